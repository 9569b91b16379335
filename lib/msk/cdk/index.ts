/**
 * `kafka-iac/msk/cdk`: AWS CDK constructs for Amazon MSK (loads aws-cdk-lib, never @pulumi/*). `KafkaVpc` and
 * `kafkaResourceArn` come from `lib/aws/cdk`, re-exported here.
 */
export * from '../../aws/cdk/kafka-vpc';
export { KafkaVpcPeering, type KafkaVpcPeeringProps } from '../../aws/cdk/kafka-vpc-peering';
export * from './msk-cluster';
export * from './msk-serverless-cluster';
export type { MskPlacement } from './network';
export type { MskReadGrantOptions, MskWriteGrantOptions } from './grants';
export type { MskConsumerCluster, MskConsumerOptions, MskConsumerSchemaRegistry } from './consumers';
export { kafkaResourceArn } from '../../aws/cdk/kafka-resource-arn';
export { acknowledgeGrantFindings } from './grant-findings';
export { metricFromDescriptor, mskMetric } from './metrics';
export { MSK_STORAGE_SCALABLE_DIMENSION, mskAutoScalingRoleArn } from './storage-scaling';
export { LIST_SCRAM_SECRETS_MAX_RESULTS } from './scram-secrets-check';
