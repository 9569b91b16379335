/** Pulumi face of MSK Replicator (loads @pulumi/aws submodules only, never aws-cdk-lib). */
export { MskReplicator, type MskReplicatorArgs } from './msk-replicator';
export type { MskReplicatorClusterAttributesArgs, MskReplicatorClusterInput, MskReplicatorComponentCluster } from './cluster-input';
