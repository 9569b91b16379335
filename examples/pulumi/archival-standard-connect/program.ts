/**
 * Archival of a Standard-broker cluster's payment topics to S3 with the Confluent S3 sink on MSK Connect: the plugin
 * ZIP pinned by object version and SHA-256 (checked at deploy), an autoscaled archive connector and a one-worker
 * dead-letter connector over IAM, KMS-encrypted worker logs, retained (protected) buckets and lifecycle rules after
 * the topics' retention. The Pulumi twin of `examples/cdk/archival-standard-connect.ts`. In your own program, import
 * from `kafka-iac/msk/pulumi` and `kafka-iac/pipelines/pulumi`.
 */
import { MskCluster } from '../../../lib/msk/pulumi';
import { ConnectTopicArchive } from '../../../lib/pipelines/pulumi';

export function program() {
  const cluster = new MskCluster('payments', {
    kind: 'standard',
    clusterName: 'payments-archived',
    brokerNodes: 3,
    clientAuthentication: { iam: true },
    topics: [
      { name: 'payments.v1', partitions: 6, retentionHours: 168, minInSyncReplicas: 2 },
      { name: 'payments.refunds', partitions: 3, retentionHours: 720, minInSyncReplicas: 2 },
      { name: 'payments-archive.dead-letters', partitions: 1, retentionHours: 720, minInSyncReplicas: 2 },
    ],
  });
  const archive = new ConnectTopicArchive('payments-archive', {
    cluster,
    name: 'payments-archive',
    topics: ['payments.v1', 'payments.refunds'],
    // Upload confluentinc-kafka-connect-s3 as a ZIP to a versioned bucket; pin the version and `sha256sum` of the ZIP.
    plugin: {
      bucketName: 'artifacts-123456789012',
      key: 'msk-connect/confluentinc-kafka-connect-s3-10.5.23.zip',
      objectVersion: 'Lx7mz1p0cP4vUj6q1Vb6k8s3Yf0w9KdE',
      sha256: '6d3f0b5c8e2a4f19b7c1e0d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9',
    },
    capacity: { mcuCount: 1, minWorkers: 1, maxWorkers: 4 },
    lifecycle: { glacierInstantRetrievalAfterDays: 180 },
  });
  return { archiveBucket: archive.bucketName, deadLetterBucket: archive.deadLetterBucketName, connectors: archive.connectors.archive.name };
}
