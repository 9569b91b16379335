/**
 * `kafka-iac/replication`: the pure cross-cluster replication plans (no cloud SDK): MirrorMaker 2, MSK Replicator and
 * Confluent Cluster Linking. Faces: `kafka-iac/replication/cdk`, `kafka-iac/replication/pulumi` (AWS) and
 * `kafka-iac/replication/cluster-link/pulumi` (Confluent Cloud). The AWS pieces (EC2 node toolkit, alarms, IAM) come
 * from `lib/aws`; a target (`msk`, `self-managed-ec2`) is imported only by the cluster adapters
 * (`mirror-maker/{cdk,pulumi}/clusters.ts`, `msk-replicator/{cdk,pulumi}/cluster-input.ts`).
 */
export * from './mirror-maker';
export * from './msk-replicator';
export * from './cluster-link';
