/** `kafka-iac/pipelines/cdk`: AWS CDK constructs for what runs next to a cluster (loads aws-cdk-lib, never @pulumi/*). */
export * from './glue-schema-registry';
export * from './schema-grant-findings';
export * from './topic-archive';
export * from './connect-topic-archive';
