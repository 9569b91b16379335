/**
 * `kafka-iac/msk/pulumi`: Amazon MSK as Pulumi components. Loads `@pulumi/pulumi` and `@pulumi/aws` service
 * submodules only (never `aws-cdk-lib`, never the whole `@pulumi/aws`). `KafkaVpc` comes from `lib/aws/pulumi`.
 */
export { MskCluster, type MskClusterArgs, type MskClusterConnectivityArgs, type MskKeyInput } from './msk-cluster';
export { MskServerlessCluster, type MskServerlessClusterArgs, type MskServerlessVpcConfigArgs } from './msk-serverless-cluster';
export { KafkaVpc, type KafkaVpcArgs } from '../../aws/pulumi/kafka-vpc';
export { KafkaVpcPeering, type KafkaVpcPeeringArgs } from '../../aws/pulumi/kafka-vpc-peering';
export type { MskNetworkArgs } from './network';
export type { MskConsumerArgs, MskConsumerSchemaRegistry, MskConsumerTarget } from './consumers';
export { renderGrantPolicy, type MskGrantKind, type MskReadGrantOptions, type MskRoleGrantArgs } from './grants';
export type { MskGrantOptions } from '../../aws/msk-iam-access';
export type { MskBrokerMetricOptions, MskMetricDescriptor, MskMetricOptions } from '../metrics';
export { KafkaValidationError } from '../../core/issues';
