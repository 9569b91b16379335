/** AWS CDK face of MSK Replicator: `MskReplicator` and the source cluster policy of a cross-region replicator. */
export { MskReplicator, type MskReplicatorProps } from './msk-replicator';
export {
  MskReplicatorClusters, type MskReplicatorApacheKafkaAuth, type MskReplicatorApacheKafkaSource, type MskReplicatorClusterAttributes, type MskReplicatorClusterInput,
  type MskReplicatorSelfManagedSourceOptions,
} from './cluster-input';
export { mskReplicatorSourceClusterPolicy } from './source-cluster-policy';
