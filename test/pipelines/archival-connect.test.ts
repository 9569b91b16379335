import {
  connectorConfiguration, connectPolicyStatements, planConnectArchival, pluginCheckStatements, type ArchivalClusterFacts, type ConnectArchivalSpec,
} from '../../lib/pipelines';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';
import { CONNECT_BASE, CONNECT_ROWS, PLUGIN, STANDARD } from './archival-connect-rows';

const plan = (spec: Partial<ConnectArchivalSpec>, cluster: Partial<ArchivalClusterFacts> = {}) => planConnectArchival({ ...CONNECT_BASE, ...spec } as ConnectArchivalSpec, { ...STANDARD, ...cluster });
const ctx = { partition: 'aws', dnsSuffix: 'amazonaws.com', region: 'eu-west-1', accountId: '123456789012' };

describe('planConnectArchival: every code with its message', () => {
  test.each(CONNECT_ROWS.map((r) => [r.code, r] as const))('%s', (_code, r) => {
    const err = validationErrorOf(() => plan(r.spec, r.cluster));
    expect(err.issues).toEqual([{ code: r.code, path: expect.any(String), message: r.message, severity: 'error' }]);
    expect(r.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every problem at once, in spec order; the shared archival codes too', () => {
    const err = validationErrorOf(() => plan({ topics: ['payments'], capacity: { mcuCount: 16 }, lifecycle: { infrequentAccessAfterDays: 7 }, removal: 'delete' as never }, { iamAuth: false }));
    expect(err.codes).toEqual(['archival/connect-needs-iam', 'archival/topic-not-in-catalog', 'archival/connect-mcu', 'archival/lifecycle-infrequent-access-too-early', 'archival/removal']);
  });

  test('a cluster without a catalog: the topics must exist before the connectors (a warning)', () => {
    expect(plan({}, { catalog: undefined }).warnings.map((w) => w.message)).toEqual([
      "Cluster 'payments' has no topic catalog here: the topics (payments.v1) must exist before the connectors are created. Declare them in the cluster's topics to have them created first.",
    ]);
  });

  test('deploy-time plugin coordinates are not checked', () => {
    expect(() => plan({ plugin: { ...PLUGIN, bucketName: '${Token[1]}' } }, {})).toThrow();
    expect(planConnectArchival({ ...CONNECT_BASE, plugin: { ...PLUGIN, bucketName: '${Token[1]}' } }, STANDARD, (v) => v === '${Token[1]}').plugin.bucketName).toBe('${Token[1]}');
  });
});

describe('planConnectArchival: defaults and names', () => {
  const p = plan({ topics: ['payments.v1', 'payments.audit'] });
  const [archive, deadLetters] = p.connectors;

  test('autoscaled 1-2 workers of 1 MCU, out at 80 %, in at 20 %; the dead-letter connector one worker', () => {
    expect(archive!.capacity).toEqual({ kind: 'autoscaled', mcuCount: 1, minWorkers: 1, maxWorkers: 2, scaleInCpuPercent: 20, scaleOutCpuPercent: 80 });
    expect(deadLetters!.capacity).toEqual({ kind: 'provisioned', mcuCount: 1, workerCount: 1 });
    expect([p.kafkaConnectVersion, p.authentication, p.brokerPort, p.logRetentionDays, p.removal]).toEqual(['3.7.x', 'IAM', 9098, 365, 'retain']);
  });

  test('the archive connector: bytes as produced, GZIP, every 10 000 records or 10 minutes, conversion failures to the dead-letter topic', () => {
    expect(connectorConfiguration(archive!, 'orders-archive', 'eu-west-1')).toEqual({
      'connector.class': 'io.confluent.connect.s3.S3SinkConnector', 'tasks.max': '2', topics: 'payments.v1,payments.audit', 'topics.dir': 'topics',
      'storage.class': 'io.confluent.connect.s3.storage.S3Storage', 'partitioner.class': 'io.confluent.connect.storage.partitioner.DefaultPartitioner',
      'format.class': 'io.confluent.connect.s3.format.bytearray.ByteArrayFormat', 'key.converter': 'org.apache.kafka.connect.converters.ByteArrayConverter',
      'value.converter': 'org.apache.kafka.connect.converters.ByteArrayConverter', 's3.compression.type': 'gzip', 'flush.size': '10000',
      'rotate.schedule.interval.ms': '600000', timezone: 'UTC', 'behavior.on.null.values': 'ignore',
      'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'archive.dead-letters', 'errors.deadletterqueue.topic.replication.factor': '3',
      'errors.deadletterqueue.context.headers.enable': 'true', 'errors.log.enable': 'true', 'errors.log.include.messages': 'false',
      's3.bucket.name': 'orders-archive', 's3.region': 'eu-west-1',
    });
    expect(deadLetters!.configuration).toMatchObject({ topics: 'archive.dead-letters', 'topics.dir': 'dead-letters', 'errors.tolerance': 'none' });
  });

  test('JSON values: the JSON format and a schemaless JSON converter', () => {
    expect(plan({ format: 'JSON', compression: 'NONE' }).connectors[0]!.configuration).toMatchObject({
      'format.class': 'io.confluent.connect.s3.format.json.JsonFormat', 'value.converter': 'org.apache.kafka.connect.json.JsonConverter', 'value.converter.schemas.enable': 'false', 's3.compression.type': 'none',
    });
  });

  test('two brokers: the dead-letter topic gets replication factor 2', () => {
    expect(plan({}, { brokerNodes: 2 }).deadLetterTopic.replicationFactor).toBe(2);
  });

  test('lifecycle after the longest retention (90 days)', () => {
    expect(p.dataLifecycle.transitions).toEqual([{ storageClass: 'STANDARD_IA', days: 90 }]);
    expect(p.longestRetentionHours).toBe(2160);
  });

  test('names carry a digest of the create-only inputs: stable for the same inputs, new for a new pin or version', () => {
    expect(archive!.connectorName).toMatch(/^archive-[0-9a-f]{8}$/);
    expect(deadLetters!.connectorName).toBe(archive!.connectorName.replace('archive-', 'archive-dead-letters-'));
    expect(p.pluginName).toBe(`${archive!.connectorName}-s3-sink`);
    expect(plan({ topics: ['payments.v1', 'payments.audit'], capacity: { maxWorkers: 5 } }).connectors[0]!.connectorName).toBe(archive!.connectorName);
    expect(plan({ plugin: { ...PLUGIN, sha256: 'b'.repeat(64) } }).connectors[0]!.connectorName).not.toBe(archive!.connectorName);
    expect(plan({ kafkaConnectVersion: '2.7.1' }).workerConfigurationName).not.toBe(p.workerConfigurationName);
  });
});

describe('connectPolicyStatements and pluginCheckStatements', () => {
  const p = plan({});
  const st = connectPolicyStatements({
    ctx, plan: p, clusterArn: 'arn:aws:kafka:eu-west-1:123456789012:cluster/payments/uuid', kafkaArn: (kind, n) => `arn:aws:kafka:eu-west-1:123456789012:${kind}/payments/uuid/${n}`,
    bucketArn: 'arn:aws:s3:::a', deadLetterBucketArn: 'arn:aws:s3:::d', keyArns: ['arn:aws:kms:eu-west-1:123456789012:key/k'],
  });
  const bySid = Object.fromEntries(st.map((s) => [s.sid, s]));

  test('exact topics and groups; wildcards only for MSK Connect\'s internal names and the object prefixes', () => {
    expect(bySid.ReadArchivedTopics!.resources).toEqual(['payments.v1', 'archive.dead-letters'].map((t) => `arn:aws:kafka:eu-west-1:123456789012:topic/payments/uuid/${t}`));
    expect(bySid.WriteDeadLetterTopic!.resources).toEqual(['arn:aws:kafka:eu-west-1:123456789012:topic/payments/uuid/archive.dead-letters']);
    expect(bySid.ConsumerGroups!.resources).toEqual([
      ...p.connectors.map((c) => `arn:aws:kafka:eu-west-1:123456789012:group/payments/uuid/connect-${c.connectorName}`),
      'arn:aws:kafka:eu-west-1:123456789012:group/payments/uuid/__amazon_msk_connect_*',
    ]);
    expect(st.flatMap((s) => s.resources).filter((r) => r.endsWith('*'))).toEqual([
      'arn:aws:kafka:eu-west-1:123456789012:topic/payments/uuid/__amazon_msk_connect_*', 'arn:aws:kafka:eu-west-1:123456789012:group/payments/uuid/__amazon_msk_connect_*',
      'arn:aws:s3:::a/topics/*', 'arn:aws:s3:::d/dead-letters/*',
    ]);
    expect(bySid.BucketKeysThroughS3!.condition).toEqual({ StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } });
  });

  test('the checksum function reads one object; with the plugin bucket\'s key, decrypts through S3 only', () => {
    expect(pluginCheckStatements('aws', 'eu-west-1', 'amazonaws.com', { ...PLUGIN, keyArn: 'arn:aws:kms:eu-west-1:123456789012:key/k' }, 'arn:log')).toEqual([
      { Sid: 'ReadPlugin', Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: 'arn:aws:s3:::artifacts-123456789012/plugins/s3-sink.zip' },
      { Sid: 'PluginKeyThroughS3', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: 'arn:aws:kms:eu-west-1:123456789012:key/k', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } },
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: 'arn:log:*' },
    ]);
  });
});
