/**
 * `kafka-iac/replication`: the pure cross-cluster replication plans (no cloud SDK): MirrorMaker 2, MSK Replicator and
 * Confluent Cluster Linking. Faces: `kafka-iac/replication/cdk`, `kafka-iac/replication/pulumi` (AWS) and
 * `kafka-iac/replication/cluster-link/pulumi` (Confluent Cloud).
 */
export * from './mirror-maker';
export * from './msk-replicator';
export * from './cluster-link';
