/** `kafka-iac/replication/cdk`: AWS CDK constructs for MirrorMaker 2 and MSK Replicator (loads aws-cdk-lib, never @pulumi/*). */
export * from '../mirror-maker/cdk';
export * from '../msk-replicator/cdk';
