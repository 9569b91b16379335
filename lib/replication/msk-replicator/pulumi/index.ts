/** Pulumi face of MSK Replicator (loads @pulumi/aws submodules only, never aws-cdk-lib). */
export { MskReplicator, type MskReplicatorArgs } from './msk-replicator';
export {
  MskReplicatorClusters, type MskReplicatorApacheKafkaAuthArgs, type MskReplicatorApacheKafkaSourceArgs, type MskReplicatorClusterAttributesArgs, type MskReplicatorClusterInput,
  type MskReplicatorComponentCluster, type MskReplicatorMtlsSecretArgs, type MskReplicatorSelfManagedSourceArgs,
} from './cluster-input';
