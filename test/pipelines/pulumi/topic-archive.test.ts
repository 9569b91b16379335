import { KafkaValidationError } from '../../../lib/core/issues';
import { MskCluster, MskServerlessCluster } from '../../../lib/msk/pulumi';
import { GlueSchemaRegistry, TopicArchive, type ArchivableClusterComponent } from '../../../lib/pipelines/pulumi';
import type { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { recordPulumi, type RecordedResource } from '../../../lib/testing/pulumi';
import { program } from '../../../examples/pulumi/archival-express-s3/program';
import { recordRegistrations, type RegistrationRecording } from '../../support/pulumi-registrations';
import { ORDER_JSON_SCHEMA } from '../fixtures';

const byType = (rs: RecordedResource[], type: string) => rs.filter((r) => r.type === type);
const TABLE_BUCKET = 'arn:aws:s3tables:us-east-1:123456789012:bucket/orders-tables';

describe('examples/pulumi/archival-express-s3 (TopicArchive on S3)', () => {
  let resources: RecordedResource[];
  let archive: RecordedResource[];
  let recording: RegistrationRecording<unknown>;
  const registration = (name: string) => recording.registrations.find((r) => r.name === name)!;
  beforeAll(async () => {
    recording = await recordRegistrations(program, { project: 'proj', stack: 'dev' });
    ({ resources } = recording);
    archive = resources.filter((r) => r.name.startsWith('orders-archive'));
  });

  test('exact children with stable names', () => {
    expect(archive.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
      'aws:iam/role:Role orders-archive-role',
      'aws:iam/rolePolicy:RolePolicy orders-archive-role-policy',
      'aws:kms/key:Key orders-archive-key',
      'aws:msk/channel:Channel orders-archive-channel-orders.placed',
      'aws:msk/channel:Channel orders-archive-channel-orders.shipped',
      ...['', '-encryption', '-lifecycle', '-ownership', '-policy', '-public-access', '-versioning'].flatMap((s) => [`orders-archive-bucket${s}`, `orders-archive-dead-letter-bucket${s}`]).map((n) => {
        const type = { '': 'aws:s3/bucket:Bucket', encryption: 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
          lifecycle: 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', ownership: 'aws:s3/bucketOwnershipControls:BucketOwnershipControls',
          policy: 'aws:s3/bucketPolicy:BucketPolicy', 'public-access': 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock', versioning: 'aws:s3/bucketVersioning:BucketVersioning' }[
          n.replace(/^orders-archive-(dead-letter-)?bucket-?/, '')]!;
        return `${type} ${n}`;
      }),
      'kafka-iac:pipelines:TopicArchive orders-archive',
    ].sort());
  });

  test('channels: the topic ARN of the cluster, bytes to the archive bucket under topics/, dead letters to their bucket', () => {
    const [placed] = byType(archive, 'aws:msk/channel:Channel');
    const cluster = byType(resources, 'aws:msk/cluster:Cluster')[0]!;
    expect(String(placed!.inputs.clusterArn)).toMatch(/^arn:aws:kafka:us-east-1:123456789012:cluster\/orders-archived\//);
    expect(placed!.inputs).toMatchObject({
      channelName: 'archive-orders.placed',
      topicConfiguration: { recordConverter: { valueConverter: 'BYTE_ARRAY' }, topicArn: String(placed!.inputs.clusterArn).replace(':cluster/', ':topic/') + '/orders.placed' },
      s3Destination: {
        dataFreshnessInSeconds: 600,
        deadLetterQueueS3: { errorOutputPrefix: 'dead-letters/', bucketArn: expect.stringMatching(/^arn:aws:s3:::orders-archive-dead-letter-bucket/) },
        serviceExecutionRoleArn: expect.stringMatching(/^arn:aws:iam::123456789012:role\//),
        storage: { bucketArn: expect.stringMatching(/^arn:aws:s3:::orders-archive-bucket/), compressionType: 'GZIP', storageClass: 'STANDARD', outputPrefix: 'topics/' },
      },
    });
    expect(cluster).toBeDefined();
  });

  test('buckets: KMS with the archive key and a bucket key, versioned, private, TLS only, protected and retained', () => {
    for (const b of byType(archive, 'aws:s3/bucket:Bucket')) expect([b.name, b.inputs.forceDestroy]).toEqual([b.name, false]);
    for (const name of ['orders-archive-bucket', 'orders-archive-dead-letter-bucket', 'orders-archive-key']) {
      expect([name, registration(name)]).toEqual([name, expect.objectContaining({ protect: true, retainOnDelete: true })]);
    }
    expect(registration('orders-archive-bucket-lifecycle')).toMatchObject({ retainOnDelete: true });
    expect(registration('orders-archive-channel-orders.placed').retainOnDelete).toBeFalsy();
    // A channel is created after its role policy and its topic.
    expect(registration('orders-archive-channel-orders.placed').dependencies).toEqual(expect.arrayContaining([
      expect.stringMatching(/::orders-archive-role-policy$/), expect.stringMatching(/\$aws:msk\/topic:Topic::orders-topic-orders\.placed$/),
    ]));
    for (const e of byType(archive, 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration')) {
      expect(e.inputs.rules).toEqual([{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: expect.stringMatching(/^arn:aws:kms:/) }, bucketKeyEnabled: true }]);
    }
    for (const v of byType(archive, 'aws:s3/bucketVersioning:BucketVersioning')) expect(v.inputs.versioningConfiguration).toEqual({ status: 'Enabled' });
    for (const p of byType(archive, 'aws:s3/bucketPolicy:BucketPolicy')) {
      expect(JSON.parse(String(p.inputs.policy)).Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    }
    expect(byType(archive, 'aws:kms/key:Key')[0]!.inputs).toMatchObject({ enableKeyRotation: true });
  });

  test('lifecycle: Standard-IA after the longest retention (30 days), Glacier IR at 180, dead letters kept', () => {
    const rules = Object.fromEntries(byType(archive, 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration').map((r) => [r.name, r.inputs.rules]));
    expect(rules['orders-archive-bucket-lifecycle']).toEqual([{
      id: 'archive', status: 'Enabled', filter: {}, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 }, noncurrentVersionExpiration: { noncurrentDays: 90 },
      transitions: [{ days: 30, storageClass: 'STANDARD_IA' }, { days: 180, storageClass: 'GLACIER_IR' }],
    }]);
    expect(rules['orders-archive-dead-letter-bucket-lifecycle']).toEqual([{
      id: 'dead-letters', status: 'Enabled', filter: {}, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 }, noncurrentVersionExpiration: { noncurrentDays: 90 },
    }]);
  });

  test('the role: assumed by MSK for this cluster\'s channels; writes under the two prefixes, the key through S3 only', () => {
    const role = byType(archive, 'aws:iam/role:Role')[0]!;
    expect(JSON.parse(String(role.inputs.assumeRolePolicy)).Statement).toEqual([{
      Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnLike: { 'aws:SourceArn': 'arn:aws:kafka:us-east-1:123456789012:channel/orders-archived/*' } },
    }]);
    const st = JSON.parse(String(byType(archive, 'aws:iam/rolePolicy:RolePolicy')[0]!.inputs.policy)).Statement as { Sid: string; Resource: string[]; Condition?: unknown }[];
    expect(st.map((s) => s.Sid)).toEqual(['ArchiveBucket', 'ArchiveObjects', 'DeadLetterBucket', 'DeadLetterObjects', 'BucketKeysThroughS3']);
    expect(st[1]!.Resource).toEqual([expect.stringMatching(/^arn:aws:s3:::orders-archive-bucket[^/]*\/topics\/\*$/)]);
    expect(st[4]!.Condition).toEqual({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } });
  });
});

test('Iceberg: the topic\'s Glue schema, one table in the namespace, only the dead-letter bucket created', async () => {
  const { resources } = await recordPulumi(() => {
    const cluster = new MskCluster('c', { kind: 'express', clusterName: 'orders', topics: [{ name: 'orders.placed' }] });
    const registry = new GlueSchemaRegistry('schemas', { name: 'orders', subjects: [{ topic: 'orders.placed', format: 'JSON', schema: ORDER_JSON_SCHEMA }] });
    new TopicArchive('lake', { cluster, name: 'lake', topics: ['orders.placed'], destination: { kind: 'iceberg', schemaRegistry: registry, tableBucketArn: TABLE_BUCKET, namespace: 'kafka_archive' }, removal: 'destroy' });
    return {};
  });
  expect(byType(resources, 'aws:s3/bucket:Bucket').map((b) => [b.name, b.inputs.forceDestroy])).toEqual([['lake-dead-letter-bucket', true]]);
  const [channel] = byType(resources, 'aws:msk/channel:Channel');
  expect(channel!.inputs).toMatchObject({
    topicConfiguration: { recordConverter: { valueConverter: 'JSON_SCHEMA_GSR' }, recordSchema: { gsrArn: 'arn:aws:glue:us-east-1:123456789012:schema/orders/orders.placed' } },
    icebergDestination: {
      appendOnly: true, catalog: { warehouseLocation: TABLE_BUCKET }, destinationTable: { destinationDatabaseName: 'kafka_archive', destinationTableName: 'orders_placed' },
      schemaEvolution: { enableSchemaEvolution: false }, tableCreation: { enableTableCreation: true },
    },
  });
  const st = JSON.parse(String(byType(resources, 'aws:iam/rolePolicy:RolePolicy').find((r) => r.name === 'lake-role-policy')!.inputs.policy)).Statement as { Sid: string }[];
  expect(st.map((s) => s.Sid)).toEqual(['DeadLetterBucket', 'DeadLetterObjects', 'BucketKeysThroughS3', 'IcebergTables', 'GlueSchemas0', 'GlueSchemas1']);
});

test('refused before any resource: a channel on MSK Serverless, and on Standard brokers', async () => {
  await expect(recordPulumi(() => new TopicArchive('a', { cluster: new MskServerlessCluster('s', { clusterName: 's' }), name: 'a', topics: ['t'] })))
    .rejects.toMatchObject({ codes: ['archival/channel-serverless'] } as Partial<KafkaValidationError>);
  await expect(recordPulumi(() => new TopicArchive('b', {
    cluster: new MskCluster('std', { kind: 'standard', clusterName: 'std', instanceType: 'kafka.m7g.large', brokerNodes: 3 }), name: 'b', topics: ['t'],
  }))).rejects.toMatchObject({ codes: ['archival/channel-standard-brokers'] } as Partial<KafkaValidationError>);
});

// Compile-time check (tsc -p tsconfig.json): the cluster components of every target fit `cluster` by their shape.
const fitsCluster = (c: MskCluster | MskServerlessCluster | SelfManagedKafkaCluster): ArchivableClusterComponent => c;
void fitsCluster;
