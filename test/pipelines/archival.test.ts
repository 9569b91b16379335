import * as fs from 'fs';
import * as path from 'path';
import { channelPolicyStatements, isS3BucketName, planArchival, planSchemaRegistry, type ArchivalClusterFacts, type ArchivalSpec } from '../../lib/pipelines';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';
import { BASE, EXPRESS, GLUE, ICEBERG, TABLE_BUCKET, type Row } from './archival-rows';
import { CONNECT_ROWS } from './archival-connect-rows';
import { ORDER_JSON_SCHEMA } from './fixtures';

const LONG_TOPIC = `orders.${'x'.repeat(60)}`;
const TWIN_REGISTRY = planSchemaRegistry({ name: 'orders', subjects: ['orders.placed', 'orders_placed'].map((topic) => ({ topic, format: 'JSON' as const, schema: ORDER_JSON_SCHEMA })) }, 'glue');

const rows: Row[] = [
  { code: 'archival/channel-standard-brokers', spec: {}, cluster: { kind: 'msk-standard' },
    message: "`cluster` must be an MSK cluster with Express brokers, got: \"msk-standard cluster 'orders'\". Channels deliver from Express brokers only: use an Express cluster, or ConnectTopicArchive (the S3 sink on MSK Connect, IAM on)." },
  { code: 'archival/channel-serverless', spec: {}, cluster: { kind: 'msk-serverless' },
    message: "`cluster` must be an MSK cluster with Express brokers, got: \"msk-serverless cluster 'orders'\". MSK Serverless has no channels: use an Express cluster." },
  { code: 'archival/channel-self-managed', spec: {}, cluster: { kind: 'self-managed' },
    message: "`cluster` must be an MSK cluster with Express brokers, got: \"self-managed cluster 'orders'\". Channels are an MSK Express feature: replicate the topics into an MSK cluster (MskReplicator) and archive them there." },
  { code: 'archival/name', spec: { name: 'my archive' },
    message: '`name` must be 1-40 letters, digits, ".", "_" or "-" (it prefixes the channel names), got: "my archive". Use e.g. \'archive\'.' },
  { code: 'archival/topics-empty', spec: { topics: [] },
    message: "`topics` must name at least one topic, got: []. List the topics to archive, e.g. ['orders.placed']." },
  { code: 'archival/topic-name', spec: { topics: ['orders/placed'] },
    message: '`topics[0]` must be 1-249 letters, digits, ".", "_" or "-" (not "." or ".."), got: "orders/placed". Use the topic name as the cluster knows it.' },
  { code: 'archival/topic-duplicate', spec: { topics: ['orders.placed', { name: 'orders.placed' }] },
    message: '`topics[1]` must name each topic once, got: "orders.placed". Remove the repeated topic.' },
  { code: 'archival/topic-not-in-catalog', spec: { topics: ['payments'] },
    message: "`topics[0]` must be a topic of cluster 'orders' (orders.audit, orders.placed, orders.shipped), got: \"payments\". Add the topic to the cluster's topics, or fix its name." },
  { code: 'archival/topic-not-managed', spec: {}, cluster: { catalog: undefined }, severity: 'warning',
    message: "Cluster 'orders' has no topic catalog here: the topics (orders.placed) must exist before the channels are created. Declare them in the cluster's topics to have them created first." },
  { code: 'archival/channel-names-topic', spec: { channelNames: { payments: 'p' } },
    message: '`channelNames.payments` must name an archived topic, got: "payments". Remove the entry or add the topic to `topics`.' },
  { code: 'archival/channel-name', spec: { topics: [LONG_TOPIC] }, cluster: { catalog: [{ name: LONG_TOPIC }] },
    message: `\`topics (channel 'archive-${LONG_TOPIC}')\` must be 1-64 letters, digits, ".", "_" or "-", got: "archive-${LONG_TOPIC}". Set \`channelNames['${LONG_TOPIC}']\` to a shorter name, or shorten \`name\`.` },
  { code: 'archival/channel-name-duplicate', spec: { topics: ['orders.placed', 'orders.shipped'], channelNames: { 'orders.shipped': 'archive-orders.placed' } },
    message: '`channelNames.orders.shipped` must differ from the channel of topic \'orders.placed\', got: "archive-orders.placed". Give each topic its own channel name.' },
  { code: 'archival/destination-kind', spec: { destination: { kind: 'firehose' } as never },
    message: "`destination.kind` must be 's3' or 'iceberg', got: \"firehose\". Use { kind: 's3' }." },
  { code: 'archival/value-format', spec: { destination: { kind: 's3', format: 'AVRO' as never } },
    message: "`destination.format` must be one of BYTE_ARRAY, STRING, JSON, got: \"AVRO\". Use 'BYTE_ARRAY' to keep values as produced." },
  { code: 'archival/compression', spec: { destination: { kind: 's3', compression: 'SNAPPY' as never } },
    message: "`destination.compression` must be one of NONE, GZIP, ZSTD, got: \"SNAPPY\". Use 'GZIP'." },
  { code: 'archival/storage-class', spec: { destination: { kind: 's3', storageClass: 'DEEP_ARCHIVE' as never } },
    message: "`destination.storageClass` must be one of STANDARD, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, got: \"DEEP_ARCHIVE\". Use 'STANDARD' and let the lifecycle rules move objects." },
  { code: 'archival/prefix', spec: { destination: { kind: 's3', prefix: 'no-slash' } },
    message: "`destination.prefix` must be key segments of safe characters ending with \"/\" (at most 512, not under 'dead-letters/'), got: \"no-slash\". Use 'topics/'." },
  { code: 'archival/data-freshness', spec: { dataFreshnessSeconds: 60 },
    message: '`dataFreshnessSeconds` must be whole seconds from 300 to 900, got: 60. Use 600.' },
  { code: 'archival/bucket-kind', spec: { bucket: { kind: 'import' } as never },
    message: "`bucket.kind` must be 'create' or 'existing', got: \"import\". Use { kind: 'create' }." },
  { code: 'archival/bucket-name', spec: { bucket: { kind: 'existing', bucketName: 'Orders_Archive' } },
    message: '`bucket.bucketName` must be 3-63 lowercase letters, digits, "." or "-", starting and ending with a letter or digit, not an IP address, without ".." and without the reserved prefixes and suffixes, got: "Orders_Archive". Use e.g. \'orders-archive-123456789012\'.' },
  { code: 'archival/bucket-same', spec: { bucket: { kind: 'existing', bucketName: 'orders-archive' }, deadLetterBucket: { kind: 'existing', bucketName: 'orders-archive' } },
    message: '`deadLetterBucket.bucketName` must differ from the archive bucket (dead letters are kept apart from the archive), got: "orders-archive". Use another bucket.' },
  { code: 'archival/bucket-iceberg', spec: { destination: ICEBERG, bucket: { kind: 'create' } },
    message: '`bucket` must be unset for an Iceberg destination (the table bucket holds the data), got: "create". Remove `bucket`; keep `deadLetterBucket`.' },
  { code: 'archival/iceberg-needs-schema', spec: { destination: { ...ICEBERG, schemaRegistry: undefined as never } },
    message: '`destination.schemaRegistry` must be a Glue schema registry with a JSON schema for every archived topic, got: undefined. Pass the plan of a GlueSchemaRegistry (its `plan`) whose subjects cover the topics.' },
  { code: 'archival/iceberg-schema-backend', spec: { destination: { ...ICEBERG, schemaRegistry: { ...GLUE, backend: 'confluent' } } },
    message: "`destination.schemaRegistry` must be planned for 'glue' (channels read AWS Glue Schema Registry schemas), got: \"confluent\". Plan the registry with planSchemaRegistry(spec, 'glue'), e.g. a GlueSchemaRegistry." },
  { code: 'archival/iceberg-topic-schema', spec: { topics: ['orders.audit'], destination: ICEBERG },
    message: "`destination.schemaRegistry` must hold a value schema of topic 'orders.audit', got: \"orders.placed, orders.shipped\". Add a subject { topic: 'orders.audit', format: 'JSON', schema } to registry 'orders'." },
  { code: 'archival/iceberg-schema-format', spec: { topics: ['orders.shipped'], destination: ICEBERG },
    message: "`destination.schemaRegistry` must hold a JSON schema for topic 'orders.shipped' (channels write JSON records to Iceberg), got: \"AVRO\". Produce JSON records with a JSON Schema subject, or archive to S3 instead." },
  { code: 'archival/iceberg-partition-column', spec: { destination: { ...ICEBERG, partitionByHourOn: 'placedAt' } },
    message: "`destination.partitionByHourOn` must be a (timestamp) property of the schema of topic 'orders.placed', got: \"placedAt\". Name a timestamp property of the JSON schema." },
  { code: 'archival/iceberg-table-bucket', spec: { destination: { ...ICEBERG, tableBucketArn: 'arn:aws:s3:::orders-tables' } },
    message: "`destination.tableBucketArn` must be the ARN of an S3 Tables table bucket, got: \"arn:aws:s3:::orders-tables\". Use 'arn:aws:s3tables:<region>:<account>:bucket/<name>'." },
  { code: 'archival/iceberg-namespace', spec: { destination: { ...ICEBERG, namespace: 'Kafka-Archive' } },
    message: '`destination.namespace` must be 1-255 lowercase letters, digits or "_", starting and ending with a letter or digit, got: "Kafka-Archive". Use e.g. \'kafka_archive\'.' },
  { code: 'archival/iceberg-table-duplicate', spec: { topics: ['orders.placed', 'orders_placed'], destination: { ...ICEBERG, schemaRegistry: TWIN_REGISTRY } },
    cluster: { catalog: [{ name: 'orders.placed' }, { name: 'orders_placed' }] },
    message: "`topics` must map to distinct tables (topics 'orders.placed' and 'orders_placed' both become 'orders_placed'), got: \"orders_placed\". Archive one of them in another archive." },
  { code: 'archival/lifecycle-days', spec: { lifecycle: { expireAfterDays: 0.5 } },
    message: "`lifecycle.expireAfterDays` must be a whole number of days (at least 1) or 'never', got: 0.5. Use e.g. 365." },
  { code: 'archival/lifecycle-infrequent-access-too-early', spec: { lifecycle: { infrequentAccessAfterDays: 7 } },
    message: "`lifecycle.infrequentAccessAfterDays` must be at least 30 (S3 keeps objects 30 days in Standard before Standard-IA), got: 7. Use 30 or more, or 'never'." },
  { code: 'archival/lifecycle-order', spec: { lifecycle: { infrequentAccessAfterDays: 60, glacierInstantRetrievalAfterDays: 30 } },
    message: '`lifecycle.glacierInstantRetrievalAfterDays` must be later than lifecycle.infrequentAccessAfterDays (60), got: 30. Use more than 60 days.' },
  { code: 'archival/expiration-before-retention', spec: { topics: ['orders.shipped'], lifecycle: { infrequentAccessAfterDays: 'never', expireAfterDays: 14 } }, severity: 'warning',
    message: '`lifecycle.expireAfterDays` (14) is shorter than the longest retention of the archived topics (30 days): the archive deletes records the topic still holds. Keep objects at least as long as the topics do.' },
  { code: 'archival/removal', spec: { removal: 'delete' as never },
    message: "`removal` must be 'retain' or 'destroy', got: \"delete\". Use 'retain'." },
];

const plan = (spec: Partial<ArchivalSpec>, cluster: Partial<ArchivalClusterFacts> = {}) => planArchival({ ...BASE, ...spec } as ArchivalSpec, { ...EXPRESS, ...cluster });

describe('planArchival: every code with its message', () => {
  test.each(rows.map((r) => [r.code, r] as const))('%s', (_code, r) => {
    if (r.severity === 'warning') {
      expect(plan(r.spec, r.cluster).warnings).toEqual([{ code: r.code, path: expect.any(String), message: r.message, severity: 'warning' }]);
      return;
    }
    const err = validationErrorOf(() => plan(r.spec, r.cluster));
    expect(err.issues).toEqual([{ code: r.code, path: expect.any(String), message: r.message, severity: 'error' }]);
    expect(r.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every code of lib/pipelines/archival has a row', () => {
    const dir = path.join(__dirname, '../../lib/pipelines/archival');
    const src = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const codes = new Set([...src.matchAll(/'(archival\/[a-z0-9-]+)'/g)].map((m) => m[1]));
    expect([...codes].sort()).toEqual([...new Set([...rows, ...CONNECT_ROWS].map((r) => r.code))].sort());
  });

  test('every problem at once, in spec order', () => {
    const err = validationErrorOf(() => plan({ topics: ['payments'], dataFreshnessSeconds: 1000, destination: { kind: 's3', compression: 'LZ4' as never } }, { kind: 'msk-standard' }));
    expect(err.codes).toEqual(['archival/channel-standard-brokers', 'archival/topic-not-in-catalog', 'archival/compression', 'archival/data-freshness']);
  });
});

describe('planArchival: S3 defaults', () => {
  const p = plan({ topics: [{ name: 'orders.placed' }, 'orders.shipped'] });

  test('one channel per topic named <name>-<topic>, bytes kept as produced, GZIP, Standard, 600 s', () => {
    expect(p.channels).toEqual([
      { channelName: 'archive-orders.placed', topic: 'orders.placed', inCatalog: true },
      { channelName: 'archive-orders.shipped', topic: 'orders.shipped', inCatalog: true },
    ]);
    expect(p.destination).toEqual({ kind: 's3', valueConverter: 'BYTE_ARRAY', compression: 'GZIP', storageClass: 'STANDARD', prefix: 'topics/' });
    expect(p).toMatchObject({ backend: 'channel', dataFreshnessSeconds: 600, removal: 'retain', errorOutputPrefix: 'dead-letters/', warnings: [] });
    expect(p.bucket).toEqual({ kind: 'create' });
    expect(p.deadLetterBucket).toEqual({ kind: 'create' });
  });

  test('lifecycle follows the longest retention (720 h = 30 days; catalog retention wins over the spec entry), no expiration', () => {
    expect(p.longestRetentionHours).toBe(720);
    expect(p.dataLifecycle).toEqual({ id: 'archive', transitions: [{ storageClass: 'STANDARD_IA', days: 30 }], noncurrentVersionExpirationDays: 90, abortIncompleteMultipartUploadDays: 7 });
    expect(p.deadLetterLifecycle).toEqual({ id: 'dead-letters', transitions: [], noncurrentVersionExpirationDays: 90, abortIncompleteMultipartUploadDays: 7 });
  });

  test('a longer retention delays the transition; the cluster default applies to topics without one', () => {
    const long = plan({ topics: ['clicks'] }, { catalog: undefined, defaultRetentionHours: 24 * 45 });
    expect(long.dataLifecycle.transitions).toEqual([{ storageClass: 'STANDARD_IA', days: 45 }]);
    expect(long.channels[0]!.inCatalog).toBe(false);
  });

  test('an unlimited topic makes any expiration a warning; transitions and expiration as configured', () => {
    const p2 = plan({ topics: ['orders.audit'], lifecycle: { infrequentAccessAfterDays: 30, glacierInstantRetrievalAfterDays: 90, expireAfterDays: 3650, deadLetterExpireAfterDays: 30 } });
    expect(p2.longestRetentionHours).toBe('unlimited');
    expect(p2.dataLifecycle).toMatchObject({ transitions: [{ storageClass: 'STANDARD_IA', days: 30 }, { storageClass: 'GLACIER_IR', days: 90 }], expirationDays: 3650 });
    expect(p2.deadLetterLifecycle.expirationDays).toBe(30);
    expect(p2.warnings.map((w) => w.code)).toEqual(['archival/expiration-before-retention']);
  });

  test('existing buckets and a channel name override', () => {
    const p3 = plan({ bucket: { kind: 'existing', bucketName: 'orders-archive', keyArn: 'arn:aws:kms:eu-west-1:123456789012:key/k' }, channelNames: { 'orders.placed': 'placed' } });
    expect(p3.bucket).toEqual({ kind: 'existing', bucketName: 'orders-archive', keyArn: 'arn:aws:kms:eu-west-1:123456789012:key/k' });
    expect(p3.channels[0]!.channelName).toBe('placed');
  });
});

test('planArchival: Iceberg takes the JSON value schema of each topic and names the table after it', () => {
  const p = plan({ destination: { ...ICEBERG, partitionByHourOn: 'id', schemaEvolution: true } });
  expect(p.bucket).toBeUndefined();
  expect(p.channels).toEqual([{ channelName: 'archive-orders.placed', topic: 'orders.placed', inCatalog: true, schemaName: 'orders.placed', tableName: 'orders_placed' }]);
  expect(p.destination).toEqual({ kind: 'iceberg', valueConverter: 'JSON_SCHEMA_GSR', registryName: 'orders', tableBucketArn: TABLE_BUCKET, namespace: 'kafka_archive', schemaEvolution: true, partitionByHourOn: 'id' });
});

test.each([
  ['orders-archive', true], ['a.b-c', true], ['ab', false], ['Orders', false], ['192.168.1.1', false], ['a..b', false], ['xn--abc', false], ['orders-s3alias', false], ['-orders', false],
])('S3 bucket name %s: %s', (name, ok) => {
  expect(isS3BucketName(name)).toBe(ok);
});

describe('channelPolicyStatements', () => {
  const ctx = { partition: 'aws', dnsSuffix: 'amazonaws.com', region: 'eu-west-1', accountId: '123456789012' };

  test('S3: list the buckets, write under the archive and dead-letter prefixes only, keys through S3 only', () => {
    expect(channelPolicyStatements({
      ctx, bucket: { arn: 'arn:aws:s3:::a', prefix: 'topics/' }, deadLetterBucket: { arn: 'arn:aws:s3:::d', prefix: 'dead-letters/' }, keyArns: ['arn:aws:kms:eu-west-1:123456789012:key/k'],
    })).toEqual([
      { sid: 'ArchiveBucket', actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], resources: ['arn:aws:s3:::a'] },
      { sid: 'ArchiveObjects', actions: ['s3:AbortMultipartUpload', 's3:ListMultipartUploadParts', 's3:PutObject'], resources: ['arn:aws:s3:::a/topics/*'] },
      { sid: 'DeadLetterBucket', actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], resources: ['arn:aws:s3:::d'] },
      { sid: 'DeadLetterObjects', actions: ['s3:AbortMultipartUpload', 's3:ListMultipartUploadParts', 's3:PutObject'], resources: ['arn:aws:s3:::d/dead-letters/*'] },
      { sid: 'BucketKeysThroughS3', actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: ['arn:aws:kms:eu-west-1:123456789012:key/k'],
        condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } },
    ]);
  });

  test('Iceberg: the table bucket and its tables, and read access to the exact schemas', () => {
    const s = channelPolicyStatements({ ctx, deadLetterBucket: { arn: 'arn:aws:s3:::d', prefix: 'dead-letters/' }, keyArns: [], iceberg: { tableBucketArn: TABLE_BUCKET, registryName: 'orders', schemaNames: ['orders.placed'] } });
    expect(s.map((x) => x.sid)).toEqual(['DeadLetterBucket', 'DeadLetterObjects', 'IcebergTables', 'GlueSchemas0', 'GlueSchemas1']);
    expect(s[2]!.resources).toEqual([TABLE_BUCKET, `${TABLE_BUCKET}/table/*`]);
    expect(s[4]!.resources).toEqual(['arn:aws:glue:eu-west-1:123456789012:registry/orders', 'arn:aws:glue:eu-west-1:123456789012:schema/orders/orders.placed']);
  });
});
