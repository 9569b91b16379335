/** MirrorMaker 2 on EC2 for Pulumi (part of `kafka-iac/replication/pulumi`; @pulumi/aws submodules only). */
export * from './mirror-maker-2';
export * from './clusters';
