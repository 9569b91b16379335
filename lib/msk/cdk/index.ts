/** `kafka-iac/msk/cdk`: AWS CDK constructs for Amazon MSK (loads aws-cdk-lib, never @pulumi/*). */
export * from './kafka-vpc';
export * from './msk-cluster';
export * from './msk-serverless-cluster';
export type { MskPlacement } from './network';
export type { MskReadGrantOptions, MskWriteGrantOptions } from './grants';
export { kafkaResourceArn } from './grants';
export { metricFromDescriptor, mskMetric } from './alarms';
export { MSK_STORAGE_SCALABLE_DIMENSION, mskAutoScalingRoleArn } from './storage-scaling';
export { LIST_SCRAM_SECRETS_MAX_RESULTS } from './scram-secrets-check';
