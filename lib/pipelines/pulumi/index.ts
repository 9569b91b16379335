/** `kafka-iac/pipelines/pulumi`: Pulumi components on AWS for what runs next to a cluster (loads @pulumi/aws submodules, never aws-cdk-lib). */
export * from './glue-schema-registry';
export * from './topic-archive';
export * from './connect-topic-archive';
