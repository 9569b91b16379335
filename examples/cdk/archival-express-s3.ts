/**
 * Archival of an Express cluster's order topics to S3 with MSK channels: one channel per topic, records kept as
 * produced (bytes, GZIP), a KMS-encrypted, versioned, retained archive bucket and dead-letter bucket, and lifecycle
 * rules after the topics' retention (Standard-IA once the longest retention, 30 days, has passed).
 *
 *   npx tsx examples/cdk/archival-express-s3.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import { MskCluster } from '../../lib/msk/cdk';
import { TopicArchive } from '../../lib/pipelines/cdk';
import { runWithNag } from './run-with-nag';

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaArchival', { description: 'kafka-iac example: Express MSK cluster with its order topics archived to S3' });
  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'express',
    clusterName: 'orders-archived',
    brokerNodes: 3,
    topics: [
      { name: 'orders.placed', partitions: 6, retentionHours: 168, minInSyncReplicas: 2 },
      { name: 'orders.shipped', partitions: 6, retentionHours: 720, minInSyncReplicas: 2 },
    ],
  });
  const archive = new TopicArchive(stack, 'Archive', {
    cluster,
    name: 'archive',
    topics: ['orders.placed', 'orders.shipped'],
    lifecycle: { glacierInstantRetrievalAfterDays: 180 },
  });

  new CfnOutput(stack, 'ArchiveBucket', { value: archive.bucket!.bucketName, description: 'Archived records, under topics/' });
  new CfnOutput(stack, 'DeadLetterBucket', { value: archive.deadLetterBucket.bucketName, description: 'Records the channels could not deliver' });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
