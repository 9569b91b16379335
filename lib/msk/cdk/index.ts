/** `kafka-iac/msk/cdk`: AWS CDK constructs for Amazon MSK (loads aws-cdk-lib, never @pulumi/*). */
export * from './kafka-vpc';
export * from './msk-cluster';
export * from './msk-serverless-cluster';
export type { MskPlacement } from './network';
export type { MskReadGrantOptions, MskWriteGrantOptions } from './grants';
export { kafkaResourceArn } from './grants';
export { mskMetric } from './alarms';
export { MSK_STORAGE_SCALABLE_DIMENSION, mskAutoScalingRoleArn } from './storage-scaling';
export { SCRAM_PASSWORD_EXCLUDED_CHARACTERS } from './scram-secrets';
export { MULTI_VPC_CLIENT_ACTIONS } from './cluster-policy';
