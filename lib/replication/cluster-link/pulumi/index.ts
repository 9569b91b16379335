/**
 * `kafka-iac/replication/cluster-link/pulumi`: Confluent Cluster Linking as a Pulumi component. Loads `@pulumi/pulumi`
 * and `@pulumi/confluentcloud` only.
 */
export { ClusterLink, type ClusterLinkArgs, type ClusterLinkClusterArgs, type ClusterLinkKafkaRef } from './cluster-link';
export { KafkaValidationError } from '../../../core/issues';
