/**
 * `kafka-iac/aws`: what the AWS targets (`msk`, `self-managed-ec2`, `replication`) share, pure (no cloud SDK): the
 * Kafka-ready VPC plan, IAM policy JSON, MSK IAM access control, the deploy-time function pattern and the EC2 node
 * toolkit (`ec2-node/`: instance catalog, artifact sources, defaults, shell prelude, systemd pieces), the Kafka admin
 * function's plan and reconciler (`kafka-admin/`), Lambda consumers (`consumers/`). Faces:
 * `kafka-iac/aws/cdk`, `kafka-iac/aws/pulumi`.
 */
export * from './vpc-plan';
export * from './vpc-peering-plan';
export * from './iam-policy';
export * from './msk-iam-access';
export * from './ec2-node/instances';
export type { ArtifactSource, PreinstalledArtifact, S3Artifact, UrlArtifact } from './ec2-node/artifact-source';
export type { KafkaAdminAuth, KafkaAdminConnection } from './kafka-admin/input';
export { validateKafkaAdminTarget, type KafkaAdminTarget } from './kafka-admin/function';
export { planReconcile, type ClusterState, type ReconcilePlan } from './kafka-admin/reconcile';
export * from './consumers';
