/**
 * `kafka-iac/confluent/pulumi`: Confluent Cloud as a Pulumi component. Loads `@pulumi/pulumi` and
 * `@pulumi/confluentcloud` (whose index loads each resource class on first use); the cloud SDK of a private
 * endpoint (`@pulumi/aws`, `@pulumi/gcp` or `@pulumi/azure-native` submodules) is loaded only when a component
 * asks the library to create that endpoint. Never loads `aws-cdk-lib`.
 */
export { ConfluentKafka, type ConfluentKafkaArgs } from './confluent-kafka';
export type { CloudSideArgs, CloudSideResult } from './cloud-side';
export { KafkaValidationError } from '../../core/issues';
