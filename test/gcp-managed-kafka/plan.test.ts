import { KafkaValidationError, parseProperties } from '../../lib/core';
import {
  GcpKafkaClusterSpec, GcpKafkaConnectorSpec, GcpKafkaTopicSpec, kmsKeyChangeIssues, planGcpKafkaCluster, replicationFactorChangeIssues,
  validateGcpKafkaCluster,
} from '../../lib/gcp-managed-kafka';
import { invalidClientKeys, invalidMirrorMaker2ConnectorKeys } from '../support/kafka-keys';
import { APP_SA, CA_POOL, HOST_PROJECT, KEY, MINIMAL, NETWORK, PROJECT, PROJECT_NUMBER, REGION, SHARED_NETWORK, SHARED_SUBNET, SUBNET, TOPIC, spec } from './fixtures';
import { MESSAGE_GRAMMAR } from '../support/conventions';

const errorCodes = (s: GcpKafkaClusterSpec) => validateGcpKafkaCluster(s).filter((i) => i.severity === 'error').map((i) => i.code);
const warningCodes = (s: GcpKafkaClusterSpec) => validateGcpKafkaCluster(s).filter((i) => i.severity === 'warning').map((i) => i.code);
const MM2: GcpKafkaConnectorSpec = { kind: 'mirrormaker2-source', name: 'mirror-legacy', sourceBootstrapServers: 'legacy-1.internal:9093,legacy-2.internal:9093', sourceAuth: { kind: 'google' } };
const CONNECT = { primarySubnet: SUBNET, connectors: [MM2] };

describe('defaults (secure by default)', () => {
  const plan = planGcpKafkaCluster({ ...MINIMAL, topics: [TOPIC] });
  test('3 vCPUs with 4 GiB each, auto-rebalance on scale-up, regional', () => {
    expect(plan.vcpuCount).toBe(3);
    expect(plan.memoryBytes).toBe(String(12 * 1024 ** 3));
    expect(plan.rebalanceMode).toBe('AUTO_REBALANCE_ON_SCALE_UP');
    expect(plan.region).toBe(REGION);
  });
  test('a created CMEK key with 90-day rotation; key changes refused; cluster protected', () => {
    expect(plan.encryptionKey).toEqual({ kind: 'create', keyRingId: 'orders-kafka', keyId: 'orders', rotationPeriod: '7776000s' });
    expect(plan.keyChange).toBe('refuse');
    expect(plan.protect).toBe(true);
  });
  test('SASL only (no mTLS), no host projects, nothing public', () => {
    expect(plan.tls).toBeUndefined();
    expect(plan.hostProjects).toEqual([]);
    expect(plan.subnets).toEqual([{ subnet: SUBNET, network: undefined, project: PROJECT }]);
  });
  test('topics: 3 partitions, RF 3, min ISR 2, explicit retention', () => {
    expect(plan.topics).toEqual([{ name: 'orders', partitions: 3, replicationFactor: 3, configs: { 'min.insync.replicas': '2', 'retention.ms': '604800000' } }]);
  });
  test('service agent is unknown without a project number, known with one', () => {
    expect(plan.serviceAgent).toBeUndefined();
    expect(planGcpKafkaCluster(spec()).serviceAgent).toBe(`service-${PROJECT_NUMBER}@gcp-sa-managedkafka.iam.gserviceaccount.com`);
  });
});

describe('bootstrap address and client properties', () => {
  test('derived legacy form with a warning that says how to pin the real one', () => {
    const plan = planGcpKafkaCluster(spec());
    expect(plan.bootstrapAddress).toBe(`bootstrap.orders.${REGION}.managedkafka.${PROJECT}.cloud.goog:9092`);
    expect(plan.bootstrapAddressSource).toBe('derived');
    expect(plan.warnings.map((w) => w.code)).toContain('gcp-kafka/bootstrap-derived');
    expect(plan.warnings.find((w) => w.code === 'gcp-kafka/bootstrap-derived')!.message).toContain('bootstrapAddress');
  });
  test('given address wins (port 9092 added), no warning', () => {
    const plan = planGcpKafkaCluster(spec({ bootstrapAddress: `bootstrap-abc123.c0aad26f.${REGION}.managedkafka.s.cloud.goog` }));
    expect(plan.bootstrapAddress).toBe(`bootstrap-abc123.c0aad26f.${REGION}.managedkafka.s.cloud.goog:9092`);
    expect(plan.bootstrapAddressSource).toBe('given');
    expect(warningCodes(spec({ bootstrapAddress: 'bootstrap-abc.c0.europe-west1.managedkafka.s.cloud.goog:9092' }))).not.toContain('gcp-kafka/bootstrap-derived');
  });
  test('SASL_SSL OAUTHBEARER with Google credentials, rendered by KafkaProperties', () => {
    const plan = planGcpKafkaCluster(spec());
    expect(Object.fromEntries(parseProperties(plan.clientProperties))).toEqual({
      'bootstrap.servers': plan.bootstrapAddress,
      'security.protocol': 'SASL_SSL',
      'sasl.mechanism': 'OAUTHBEARER',
      'sasl.login.callback.handler.class': 'com.google.cloud.hosted.kafka.auth.GcpLoginCallbackHandler',
      'sasl.jaas.config': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
    });
    expect(plan.clientPropertiesRecord['security.protocol']).toBe('SASL_SSL');
  });
  test('every client key is a Kafka 3.9 client key', () => {
    expect(invalidClientKeys(Object.keys(planGcpKafkaCluster(spec()).clientPropertiesRecord))).toEqual([]);
  });
});

describe('network', () => {
  test('two VPC networks, one subnet each; Shared VPC host project recorded for the service agent role', () => {
    const plan = planGcpKafkaCluster(spec({ subnets: [{ subnet: SUBNET, network: NETWORK }, { subnet: SHARED_SUBNET, network: SHARED_NETWORK }] }));
    expect(plan.hostProjects).toEqual([HOST_PROJECT]);
    expect(plan.hostProjectServiceAgentRole).toBe('grant');
  });
});

describe('mTLS, ACLs, clients, key choices', () => {
  test('CA pools and mapping rules (with a broker-restart warning)', () => {
    const s = spec({ mtls: { caPools: [CA_POOL], sslPrincipalMappingRules: 'RULE:^CN=(.*?),OU=Apps.*$/$1/,DEFAULT' } });
    expect(planGcpKafkaCluster(s).tls).toEqual({ caPools: [CA_POOL], sslPrincipalMappingRules: 'RULE:^CN=(.*?),OU=Apps.*$/$1/,DEFAULT' });
    expect(warningCodes(s)).toContain('gcp-kafka/mtls-mapping-restart');
  });
  test('ACL entries default to ALLOW on host "*"; client accounts sorted and unique', () => {
    const plan = planGcpKafkaCluster(spec({
      acls: [{ resource: 'topic/orders', entries: [{ principal: `User:${APP_SA}`, operation: 'WRITE' }] }],
      clientServiceAccounts: [APP_SA, `billing@${PROJECT}.iam.gserviceaccount.com`, APP_SA],
    }));
    expect(plan.acls).toEqual([{ aclId: 'topic/orders', entries: [{ principal: `User:${APP_SA}`, operation: 'WRITE', permissionType: 'ALLOW', host: '*' }] }]);
    expect(plan.clientServiceAccounts).toEqual([`billing@${PROJECT}.iam.gserviceaccount.com`, APP_SA]);
  });
  test('an existing key in the region; accepted replacement needs protect: false and warns', () => {
    const plan = planGcpKafkaCluster(spec({ encryptionKey: { kind: 'existing', keyName: KEY }, acceptReplacementOnKeyChange: true, protect: false }));
    expect(plan.encryptionKey).toEqual({ kind: 'existing', keyName: KEY });
    expect(plan.keyChange).toBe('replace');
    expect(plan.warnings.map((w) => w.code)).toContain('gcp-kafka/replacement-accepted');
  });
});

describe('Connect and MirrorMaker 2', () => {
  const plan = planGcpKafkaCluster(spec({ connect: CONNECT }));
  const configs = plan.connect!.connectors[0]!.configs;
  test('Connect cluster defaults: 3 vCPUs, 12 GiB, id from the cluster', () => {
    expect(plan.connect).toMatchObject({ connectClusterId: 'orders-connect', vcpuCount: 3, memoryBytes: String(12 * 1024 ** 3), primarySubnet: SUBNET });
  });
  test('source connector: target is this cluster over SASL_SSL OAUTHBEARER, RF 3, no ACL sync', () => {
    expect(configs).toMatchObject({
      'connector.class': 'org.apache.kafka.connect.mirror.MirrorSourceConnector',
      name: 'mirror-legacy', 'source.cluster.alias': 'source', 'target.cluster.alias': 'target', topics: '.*', 'tasks.max': '3',
      'target.cluster.bootstrap.servers': plan.bootstrapAddress,
      'target.cluster.security.protocol': 'SASL_SSL', 'target.cluster.sasl.mechanism': 'OAUTHBEARER',
      'source.cluster.security.protocol': 'SASL_SSL',
      'replication.factor': '3', 'offset-syncs.topic.replication.factor': '3', 'sync.topic.acls.enabled': 'false',
    });
    expect(Object.keys(configs)).toEqual([...Object.keys(configs)].sort());
  });
  test('every connector key is valid per the Kafka 3.9 MirrorMaker 2 and client lists', () => {
    const withExtras = planGcpKafkaCluster(spec({ connect: { ...CONNECT, connectors: [{ ...MM2, extraConfigs: { 'refresh.topics.interval.seconds': '60', 'source.consumer.max.poll.records': '500' } }] } }));
    for (const p of [plan, withExtras]) expect(invalidMirrorMaker2ConnectorKeys(Object.keys(p.connect!.connectors[0]!.configs))).toEqual([]);
  });
  test('connectors holding a credential are marked sensitive; the Google-authenticated ones are not', () => {
    expect(plan.connect!.connectors[0]!.sensitive).toBe(false);
    const jaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="mm2" password="s3cret";';
    const withPassword = planGcpKafkaCluster(spec({ connect: { ...CONNECT, connectors: [
      { ...MM2, sourceAuth: { kind: 'configs' }, extraConfigs: { 'source.cluster.security.protocol': 'SASL_SSL', 'source.cluster.sasl.mechanism': 'SCRAM-SHA-512', 'source.cluster.sasl.jaas.config': jaas } },
      { kind: 'custom', name: 'to-pubsub', configs: { 'connector.class': 'com.google.pubsub.kafka.sink.CloudPubSubSinkConnector', 'gcp.credentials.json': '{"type":"service_account"}' } },
      { kind: 'custom', name: 'plain', configs: { 'connector.class': 'com.example.Sink', topics: 'orders' } },
    ] } }));
    expect(withPassword.connect!.connectors.map((k) => [k.connectorId, k.sensitive])).toEqual([['mirror-legacy', true], ['to-pubsub', true], ['plain', false]]);
  });
  test('a custom connector keeps its configs and gets its name', () => {
    const p = planGcpKafkaCluster(spec({ connect: { ...CONNECT, connectors: [{ kind: 'custom', name: 'to-pubsub', configs: { 'connector.class': 'com.google.pubsub.kafka.sink.CloudPubSubSinkConnector', topics: 'orders' } }] } }));
    expect(p.connect!.connectors[0]!.configs).toEqual({ 'connector.class': 'com.google.pubsub.kafka.sink.CloudPubSubSinkConnector', name: 'to-pubsub', topics: 'orders' });
  });
});

const topic = (extra: Partial<GcpKafkaTopicSpec>): Partial<GcpKafkaClusterSpec> => ({ topics: [{ ...TOPIC, ...extra }] });
const mm2 = (extra: Partial<Extract<GcpKafkaConnectorSpec, { kind: 'mirrormaker2-source' }>>): Partial<GcpKafkaClusterSpec> =>
  ({ connect: { primarySubnet: SUBNET, connectors: [{ ...MM2, ...extra } as GcpKafkaConnectorSpec] } });

/** [name, spec change, expected code, message fragment] */
const BAD: [string, Partial<GcpKafkaClusterSpec>, string, string][] = [
  ['vCPU below 3', { vcpuCount: 2 }, 'gcp-kafka/vcpu', '`vcpuCount` must be an integer of at least 3, got: 2.'],
  ['memory below 1 GiB per vCPU', { vcpuCount: 4, memoryGiB: 3 }, 'gcp-kafka/memory', 'be 4-32 GiB for 4 vCPUs'],
  ['memory above 8 GiB per vCPU', { vcpuCount: 3, memoryGiB: 25 }, 'gcp-kafka/memory', 'got: 25.'],
  ['memory not a MiB multiple', { memoryGiB: 12.0001 }, 'gcp-kafka/memory', 'MiB granularity'],
  ['broker disk below 100 GiB', { brokerDiskGiB: 50 }, 'gcp-kafka/broker-disk', 'at least 100'],
  ['cluster id not RFC 1035', { clusterId: 'Orders_1' }, 'gcp-kafka/cluster-id', 'RFC 1035'],
  ['zone instead of region', { region: 'europe-west1-b' }, 'gcp-kafka/region', 'never zonal'],
  ['project number not numeric', { projectNumber: 'orders-prod' }, 'gcp-kafka/project-number', 'numeric project number'],
  ['unknown rebalance mode', { rebalanceMode: 'ALWAYS' as never }, 'gcp-kafka/rebalance-mode', 'AUTO_REBALANCE_ON_SCALE_UP'],
  ['upper-case label', { labels: { Team: 'x' } }, 'gcp-kafka/label', '`labels.Team`'],
  ['no subnet', { subnets: [] }, 'gcp-kafka/subnet-count', 'no public endpoint'],
  ['subnet in another region', { subnets: [{ subnet: `projects/${PROJECT}/regions/us-central1/subnetworks/kafka` }] }, 'gcp-kafka/subnet-region', "be in the cluster's region (europe-west1), got: \"us-central1\""],
  ['two subnets in one VPC network', { subnets: [{ subnet: SUBNET, network: NETWORK }, { subnet: `projects/${PROJECT}/regions/${REGION}/subnetworks/kafka-2`, network: NETWORK }] }, 'gcp-kafka/subnet-same-network', 'one subnet per VPC network'],
  ['several subnets without networks', { subnets: [{ subnet: SUBNET }, { subnet: SHARED_SUBNET }] }, 'gcp-kafka/subnet-network-missing', 'one subnet per network'],
  ['subnet not a full name', { subnets: [{ subnet: 'kafka' }] }, 'gcp-kafka/subnet-format', 'projects/<project>/regions/<region>/subnetworks/<name>'],
  ['CMEK key in another region', { encryptionKey: { kind: 'existing', keyName: `projects/${PROJECT}/locations/us-central1/keyRings/k/cryptoKeys/c` } }, 'gcp-kafka/kms-key-region', "be in the cluster's region"],
  ['global CMEK key', { encryptionKey: { kind: 'existing', keyName: `projects/${PROJECT}/locations/global/keyRings/k/cryptoKeys/c` } }, 'gcp-kafka/kms-key-region', 'global'],
  ['CMEK key version instead of key', { encryptionKey: { kind: 'existing', keyName: `${KEY}/cryptoKeyVersions/1` } }, 'gcp-kafka/kms-key-format', 'not a key version'],
  ['rotation period of 0 days', { encryptionKey: { kind: 'create', rotationPeriodDays: 0 } }, 'gcp-kafka/key-rotation', 'rotationPeriodDays'],
  ['accepting replacement while protected', { acceptReplacementOnKeyChange: true }, 'gcp-kafka/replacement-needs-unprotect', 'Pulumi cannot replace a protected cluster'],
  ['mTLS without CA pools', { mtls: { caPools: [] } }, 'gcp-kafka/mtls-ca-pools', 'hold 1 to 10 CA pools'],
  ['mTLS CA pool not a pool name', { mtls: { caPools: ['clients'] } }, 'gcp-kafka/mtls-ca-pool', 'caPools/<pool>'],
  ['partition decrease below the recorded floor', topic({ partitions: 6, partitionsFloor: 12 }), 'gcp-kafka/partition-decrease', 'Kafka cannot remove partitions'],
  ['zero partitions', topic({ partitions: 0 }), 'gcp-kafka/topic-partitions', 'positive integer'],
  ['RF below 3 without opt-in', topic({ replicationFactor: 1 }), 'gcp-kafka/topic-rf-below-3', 'allowReplicationFactorBelow3'],
  ['min ISR equal to RF', topic({ minInSyncReplicas: 3 }), 'gcp-kafka/topic-min-isr', 'be below the replication factor (3), got: 3.'],
  ['min ISR above RF', topic({ replicationFactor: 2, allowReplicationFactorBelow3: true, minInSyncReplicas: 2 }), 'gcp-kafka/topic-min-isr', 'below the replication factor (2)'],
  ['retention missing', { topics: [{ name: 'orders' } as GcpKafkaTopicSpec] }, 'gcp-kafka/topic-retention', 'explicit on purpose'],
  ['unknown topic config key', topic({ configs: { 'retention.msec': '1000' } }), 'gcp-kafka/topic-config-unknown', 'Did you mean'],
  ['broker key as topic config', topic({ configs: { 'log.retention.hours': '1' } }), 'gcp-kafka/topic-config-unknown', '`topics[0].configs.log.retention.hours` must be a Kafka topic config key'],
  ['removed topic key', topic({ configs: { 'message.format.version': '3.0' } }), 'gcp-kafka/topic-config-removed', 'removed'],
  ['owned topic key', topic({ configs: { 'min.insync.replicas': '1' } }), 'gcp-kafka/topic-owned-key', '`minInSyncReplicas`'],
  ['duplicate topic', { topics: [TOPIC, TOPIC] }, 'gcp-kafka/topic-duplicate', 'unique'],
  ['invalid topic name', topic({ name: 'orders/v1' }), 'gcp-kafka/topic-name', 'letters, digits'],
  ['ACL resource pattern', { acls: [{ resource: 'topics/orders', entries: [{ principal: 'User:*', operation: 'READ' }] }] }, 'gcp-kafka/acl-resource', 'topicPrefixed'],
  ['ACL principal without User:', { acls: [{ resource: 'allTopics', entries: [{ principal: APP_SA, operation: 'READ' }] }] }, 'gcp-kafka/acl-principal', 'User:'],
  ['ACL operation', { acls: [{ resource: 'allTopics', entries: [{ principal: 'User:*', operation: 'PRODUCE' as never }] }] }, 'gcp-kafka/acl-operation', 'IDEMPOTENT_WRITE'],
  ['client given as a member string', { clientServiceAccounts: [`serviceAccount:${APP_SA}`] }, 'gcp-kafka/client-service-account', 'Pass the email only'],
  ['bootstrap address not a Managed Kafka host', { bootstrapAddress: 'kafka.example.com:9092' }, 'gcp-kafka/bootstrap-address', 'cloud.goog'],
  ['Connect with 2 vCPUs', { connect: { primarySubnet: SUBNET, vcpuCount: 2 } }, 'gcp-kafka/connect-vcpu', 'at least 3'],
  ['Connect subnet in another region', { connect: { primarySubnet: `projects/${PROJECT}/regions/us-east1/subnetworks/c` } }, 'gcp-kafka/connect-subnet-region', 'us-east1'],
  ['MM2 unknown config key', mm2({ extraConfigs: { 'sync.topic.config.enabled': 'true' } }), 'gcp-kafka/mm2-config-unknown', 'Did you mean "sync.topic.configs.enabled"?'],
  ['MM2 overriding the target auth', mm2({ extraConfigs: { 'target.cluster.security.protocol': 'PLAINTEXT' } }), 'gcp-kafka/mm2-owned-key', 'target'],
  ['MM2 plaintext source without opt-in', mm2({ sourceAuth: { kind: 'configs' }, extraConfigs: { 'source.cluster.security.protocol': 'PLAINTEXT' } }), 'gcp-kafka/mm2-source-plaintext', 'allowPlaintext'],
  ['MM2 configs auth without protocol', mm2({ sourceAuth: { kind: 'configs' } }), 'gcp-kafka/mm2-source-auth', 'source.cluster.security.protocol'],
  ['MM2 same aliases', mm2({ sourceAlias: 'a', targetAlias: 'a' }), 'gcp-kafka/mm2-alias', 'differ from sourceAlias'],
  ['custom connector without class', { connect: { primarySubnet: SUBNET, connectors: [{ kind: 'custom', name: 'x', configs: {} }] } }, 'gcp-kafka/connector-class', 'connector.class'],
  ['restart backoff not a duration', mm2({ taskRestartPolicy: { minimumBackoff: '1m', maximumBackoff: '30m' } }), 'gcp-kafka/connector-backoff', '"60s"'],
];

describe('bad input: clear errors before any cloud API', () => {
  test('at least 15 cases', () => expect(BAD.length).toBeGreaterThanOrEqual(15));
  test.each(BAD)('%s', (_name, change, code, fragment) => {
    const s = spec(change);
    expect(errorCodes(s)).toContain(code);
    const issue = validateGcpKafkaCluster(s).find((i) => i.code === code)!;
    expect(issue.message).toContain(fragment);
    expect(issue.message).toMatch(MESSAGE_GRAMMAR);
    expect(() => planGcpKafkaCluster(s)).toThrow(KafkaValidationError);
  });
  test('all problems are reported at once', () => {
    try {
      planGcpKafkaCluster(spec({ vcpuCount: 2, subnets: [], ...topic({ replicationFactor: 2 }) }));
      throw new Error('expected an error');
    } catch (e) {
      expect((e as KafkaValidationError).codes).toEqual(['gcp-kafka/vcpu', 'gcp-kafka/subnet-count', 'gcp-kafka/topic-rf-below-3']);
      expect((e as Error).message).toMatch(/^Managed Kafka cluster 'orders': 3 invalid properties:/);
    }
  });
  test('RF 1 with the opt-in is allowed, with min ISR 1', () => {
    expect(planGcpKafkaCluster(spec(topic({ replicationFactor: 1, allowReplicationFactorBelow3: true }))).topics[0]!.configs['min.insync.replicas']).toBe('1');
  });
  test('raising partitions above the floor is fine', () => {
    expect(planGcpKafkaCluster(spec(topic({ partitions: 24, partitionsFloor: 12 }))).topics[0]!.partitions).toBe(24);
  });
});

// Props that arrive through JSON or YAML: a wrong type is one issue that names the type, under the prop's own code.
const conn = (extra: object): Partial<GcpKafkaClusterSpec> => ({ connect: { primarySubnet: SUBNET, ...extra } as never });
const TYPED: [string, Partial<GcpKafkaClusterSpec>, string, string][] = [
  ['vCPU as a string', { vcpuCount: '3' as never }, 'gcp-kafka/vcpu', '`vcpuCount` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
  ['vCPU fractional', { vcpuCount: 3.5 }, 'gcp-kafka/vcpu', '`vcpuCount` must be an integer, got: 3.5 (a number). Use a whole number, e.g. 4.'],
  ['vCPU negative', { vcpuCount: -3 }, 'gcp-kafka/vcpu', '`vcpuCount` must be an integer of at least 3, got: -3. Use 3 or more vCPUs; the service needs three zones of brokers.'],
  ['memory as a string', { memoryGiB: '12' as never }, 'gcp-kafka/memory', '`memoryGiB` must be a finite number, got: "12" (a string). Write it without quotes: 12.'],
  ['memory Infinity', { memoryGiB: Number.POSITIVE_INFINITY }, 'gcp-kafka/memory', '`memoryGiB` must be a finite number, got: Infinity (a number). Pass a number.'],
  ['Connect vCPU as a string', conn({ vcpuCount: '3' }), 'gcp-kafka/connect-vcpu', '`connect.vcpuCount` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
  ['Connect vCPU negative', conn({ vcpuCount: -3 }), 'gcp-kafka/connect-vcpu', '`connect.vcpuCount` must be an integer of at least 3, got: -3. Use 3 or more vCPUs.'],
  ['Connect memory NaN', conn({ memoryGiB: Number.NaN }), 'gcp-kafka/connect-memory', '`connect.memoryGiB` must be a finite number, got: NaN (a number). Pass a number.'],
  ['MM2 tasksMax as a string', mm2({ tasksMax: '3' as never }), 'gcp-kafka/mm2-tasks', '`connect.connectors[0].tasksMax` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
  ['MM2 tasksMax fractional', mm2({ tasksMax: 2.5 }), 'gcp-kafka/mm2-tasks', '`connect.connectors[0].tasksMax` must be an integer, got: 2.5 (a number). Use a whole number, e.g. 3.'],
  ['MM2 tasksMax negative', mm2({ tasksMax: -1 }), 'gcp-kafka/mm2-tasks', '`connect.connectors[0].tasksMax` must be a positive integer, got: -1. Use e.g. 3.'],
  ['topic partitions as a string', topic({ partitions: '6' as never }), 'gcp-kafka/topic-partitions', '`topics[0].partitions` must be an integer, got: "6" (a string). Write it without quotes: 6.'],
  ['topic partitions negative', topic({ partitions: -6 }), 'gcp-kafka/topic-partitions', '`topics[0].partitions` must be a positive integer, got: -6. Use e.g. 3, 6 or 12.'],
  ['partitions floor fractional', topic({ partitions: 12, partitionsFloor: 6.5 }), 'gcp-kafka/topic-partitions-floor', '`topics[0].partitionsFloor` must be an integer, got: 6.5 (a number). Use a whole number, e.g. 7.'],
  ['replication factor as a string', topic({ replicationFactor: '3' as never }), 'gcp-kafka/topic-replication-factor', '`topics[0].replicationFactor` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
  ['replication factor negative', topic({ replicationFactor: -3 }), 'gcp-kafka/topic-replication-factor', '`topics[0].replicationFactor` must be a positive integer, got: -3. Use 3 (the default).'],
  ['min ISR NaN', topic({ minInSyncReplicas: Number.NaN }), 'gcp-kafka/topic-min-isr', '`topics[0].minInSyncReplicas` must be an integer, got: NaN (a number). Pass a whole number.'],
  ['retention as a string', topic({ retentionHours: '168' as never }), 'gcp-kafka/topic-retention', '`topics[0].retentionHours` must be a finite number, got: "168" (a string). Write it without quotes: 168.'],
  ['retention Infinity', topic({ retentionHours: Number.POSITIVE_INFINITY }), 'gcp-kafka/topic-retention', '`topics[0].retentionHours` must be a finite number, got: Infinity (a number). Pass a number.'],
  ['retention negative', topic({ retentionHours: -1 }), 'gcp-kafka/topic-retention',
    "`topics[0].retentionHours` must be a positive number of hours or 'unlimited', got: -1. Retention is explicit on purpose: e.g. 168 for a week, or 'unlimited' for a compacted or archival topic."],
  ['key rotation as a string', { encryptionKey: { kind: 'create', rotationPeriodDays: '90' as never } }, 'gcp-kafka/key-rotation', '`encryptionKey.rotationPeriodDays` must be an integer, got: "90" (a string). Write it without quotes: 90.'],
  ['key rotation fractional', { encryptionKey: { kind: 'create', rotationPeriodDays: 90.5 } }, 'gcp-kafka/key-rotation', '`encryptionKey.rotationPeriodDays` must be an integer, got: 90.5 (a number). Use a whole number, e.g. 91.'],
];

describe('wrong JSON types: one issue that names the expected type', () => {
  test.each(TYPED)('%s', (_name, change, code, message) => {
    const errors = validateGcpKafkaCluster(spec(change)).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.message])).toEqual([[code, message]]);
    expect(() => planGcpKafkaCluster(spec(change))).toThrow(KafkaValidationError);
  });
});

describe('deploy-time checks of immutable settings (pure)', () => {
  test('key change refused with both keys named; first creation and same key pass', () => {
    expect(kmsKeyChangeIssues(KEY, undefined)).toEqual([]);
    expect(kmsKeyChangeIssues(KEY, KEY)).toEqual([]);
    const [issue] = kmsKeyChangeIssues(`${KEY}-2`, KEY);
    expect(issue!.code).toBe('gcp-kafka/kms-key-change');
    expect(issue!.message).toBe(`\`encryptionKey\` must stay "${KEY}" (a cluster's key is fixed at creation), got: "${KEY}-2". Restore the previous key, or set \`acceptReplacementOnKeyChange: true\` and \`protect: false\` to delete and re-create the cluster (every message is lost).`);
  });
  test('replication factor change refused', () => {
    expect(replicationFactorChangeIssues(0, 3, undefined)).toEqual([]);
    expect(replicationFactorChangeIssues(0, 3, 3)).toEqual([]);
    expect(replicationFactorChangeIssues(1, 5, 3).map((i) => [i.code, i.path])).toEqual([['gcp-kafka/replication-factor-change', 'topics[1].replicationFactor']]);
  });
});

describe('unknown values are deferred, not rejected', () => {
  const unknown = (v: unknown) => typeof v === 'string' && v.startsWith('<unknown');
  test('subnets, networks, key, CA pools and project number', () => {
    const s = spec({
      projectNumber: '<unknown-number>',
      subnets: [{ subnet: '<unknown-subnet>', network: '<unknown-net>' }, { subnet: SUBNET, network: NETWORK }],
      encryptionKey: { kind: 'existing', keyName: '<unknown-key>' },
      mtls: { caPools: ['<unknown-pool>'] },
    });
    expect(validateGcpKafkaCluster(s, unknown).filter((i) => i.severity === 'error')).toEqual([]);
    expect(planGcpKafkaCluster(s, unknown).serviceAgent).toBeUndefined();
  });
});

test('plans are deterministic', () => {
  const s = spec({ topics: [{ ...TOPIC, configs: { 'segment.bytes': '1073741824', 'cleanup.policy': 'delete' } }], connect: CONNECT, clientServiceAccounts: [APP_SA] });
  expect(JSON.stringify(planGcpKafkaCluster(s))).toBe(JSON.stringify(planGcpKafkaCluster(JSON.parse(JSON.stringify(s)))));
  expect(Object.keys(planGcpKafkaCluster(s).topics[0]!.configs)).toEqual(['cleanup.policy', 'min.insync.replicas', 'retention.ms', 'segment.bytes']);
});

describe('topics with the portable TopicSpec props', () => {
  const at = (topic: Record<string, unknown>) => planGcpKafkaCluster({ ...MINIMAL, topics: [{ ...TOPIC, ...topic } as typeof TOPIC] });
  const issues = (topic: Record<string, unknown>) => validateGcpKafkaCluster({ ...MINIMAL, topics: [{ ...TOPIC, ...topic } as typeof TOPIC] }).filter((i) => i.severity === 'error');

  test('typed props render as Kafka configs next to retention and min ISR; deleteOnRemoval is carried', () => {
    expect(at({ cleanupPolicy: 'compact', compression: 'zstd', maxMessageBytes: 2097152, deleteOnRemoval: true }).topics[0]).toEqual({
      name: 'orders', partitions: 3, replicationFactor: 3, deleteOnRemoval: true,
      configs: { 'cleanup.policy': 'compact', 'compression.type': 'zstd', 'max.message.bytes': '2097152', 'min.insync.replicas': '2', 'retention.ms': '604800000' },
    });
  });

  test('the catalog rules apply, re-rooted at the topic: reserved names, value ranges, tiered storage, replication factor changes', () => {
    expect(issues({ name: '__orders' }).map((i) => [i.code, i.path])).toEqual([['catalog/topic-reserved', 'topics[0].name']]);
    expect(issues({ compression: 'brotli' }).map((i) => i.message)).toEqual([
      '`topics[0].compression` must be one of producer, uncompressed, gzip, snappy, lz4, zstd, got: "brotli". Use \'producer\' to keep what producers send.']);
    expect(issues({ tieredStorage: true }).map((i) => i.code)).toEqual(['catalog/topic-tiered-unavailable']);
    expect(issues({ replicationFactor: 3, deployedReplicationFactor: 4 }).map((i) => i.code)).toEqual(['catalog/topic-rf-change-unsupported']);
  });

  test('a key set both by a typed prop and in configs is refused', () => {
    expect(issues({ cleanupPolicy: 'compact', configs: { 'cleanup.policy': 'delete' } }).map((i) => i.code)).toEqual(['gcp-kafka/topic-owned-key']);
  });
});
