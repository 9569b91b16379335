/**
 * Archival of an Express cluster's order topics to S3 with MSK channels: one channel per topic, records kept as
 * produced (bytes, GZIP), a KMS-encrypted, versioned, retained (protected) archive bucket and dead-letter bucket, and
 * lifecycle rules after the topics' retention. The Pulumi twin of `examples/cdk/archival-express-s3.ts`. In your own
 * program, import from `kafka-iac/msk/pulumi` and `kafka-iac/pipelines/pulumi`.
 */
import { MskCluster } from '../../../lib/msk/pulumi';
import { TopicArchive } from '../../../lib/pipelines/pulumi';

export function program() {
  const cluster = new MskCluster('orders', {
    kind: 'express',
    clusterName: 'orders-archived',
    brokerNodes: 3,
    topics: [
      { name: 'orders.placed', partitions: 6, retentionHours: 168, minInSyncReplicas: 2 },
      { name: 'orders.shipped', partitions: 6, retentionHours: 720, minInSyncReplicas: 2 },
    ],
  });
  const archive = new TopicArchive('orders-archive', {
    cluster,
    name: 'archive',
    topics: ['orders.placed', 'orders.shipped'],
    lifecycle: { glacierInstantRetrievalAfterDays: 180 },
  });
  return { bootstrapBrokers: cluster.bootstrapBrokersSaslIam, archiveBucket: archive.bucketName, deadLetterBucket: archive.deadLetterBucketName };
}
