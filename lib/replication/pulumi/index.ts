/** `kafka-iac/replication/pulumi`: Pulumi components for MirrorMaker 2 and MSK Replicator on AWS (loads @pulumi/aws submodules, never aws-cdk-lib). */
export * from '../mirror-maker/pulumi';
export * from '../msk-replicator/pulumi';
