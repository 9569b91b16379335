/**
 * `kafka-iac/gcp-managed-kafka/pulumi`: Google Cloud Managed Service for Apache Kafka as a Pulumi component. Loads
 * `@pulumi/pulumi` and `@pulumi/gcp` submodules only (managedkafka, kms, projects, organizations), never the
 * `@pulumi/gcp` index and never `aws-cdk-lib`.
 */
export { ManagedKafkaCluster, type ManagedKafkaClusterArgs, type ManagedKafkaKeyInput } from './managed-kafka-cluster';
export type { TopicState } from './data-plane';
export { KafkaValidationError } from '../../core/issues';
