import { randomBytes } from 'crypto';
import * as fc from 'fast-check';
import { validationErrorOf } from '../support/conventions';
import {
  clusterIdProblem, deriveDirectoryId, generateClusterId, isValidClusterId, planSelfManagedCluster, SelfManagedKafkaSpec,
  validateSelfManagedCluster,
} from '../../lib/self-managed-ec2';
import { AZS5, EXPORTER, KAFKA_410, KAFKA_432, KAFKA_440, spec, TIERED } from './fixtures';

const errorCodes = (s: SelfManagedKafkaSpec) => validateSelfManagedCluster(s).filter((i) => i.severity === 'error').map((i) => i.code);

describe('defaults (secure by default)', () => {
  const plan = planSelfManagedCluster(spec());
  test('3 dedicated controllers, one per AZ; 3 brokers, one per AZ; dynamic quorum on 3.9', () => {
    expect(plan.nodes.map((n) => [n.name, n.nodeId, n.role, n.availabilityZone])).toEqual([
      ['controller-1', 1, 'controller', 'eu-west-1a'], ['controller-2', 2, 'controller', 'eu-west-1b'], ['controller-3', 3, 'controller', 'eu-west-1c'],
      ['broker-1', 101, 'broker', 'eu-west-1a'], ['broker-2', 102, 'broker', 'eu-west-1b'], ['broker-3', 103, 'broker', 'eu-west-1c'],
    ]);
    expect(plan.quorum).toEqual({
      mode: 'dynamic', controllerIds: [1, 2, 3],
      bootstrapServers: 'controller-1.orders.kafka.internal:9093,controller-2.orders.kafka.internal:9093,controller-3.orders.kafka.internal:9093',
    });
    expect(plan.releaseVersion).toBe('3.9');
    expect(plan.javaVersion).toBe(21);
  });
  test('stable DNS names and principals per node', () => {
    expect(plan.nodes[3].dnsName).toBe('broker-1.orders.kafka.internal');
    expect(plan.nodes[3].principal).toBe('User:CN=broker-1.orders.kafka.internal');
    expect(plan.superUsers).toEqual([...plan.nodes.map((n) => n.principal)].sort());
  });
  test('cluster id generated at deploy time into a named parameter', () => {
    expect(plan.clusterId).toEqual({ source: 'deploy-time', parameterName: '/kafka-iac/orders/cluster-id' });
  });
  test('heap from the instance table: m7g.xlarge brokers 4 GiB, m7g.large controllers 4 GiB', () => {
    expect(plan.nodes.map((n) => n.heapMiB)).toEqual([4096, 4096, 4096, 4096, 4096, 4096]);
    expect(planSelfManagedCluster(spec({ brokers: { count: 3, instanceType: 'r7g.4xlarge' } })).nodes[3].heapMiB).toBe(6144);
  });
  test('volumes: encrypted, retained, gp3 baseline, tagged with cluster and node id, in the node AZ', () => {
    expect(plan.nodes[0].volume).toEqual({
      id: 'Controller1Volume', sizeGiB: 20, type: 'gp3', iops: 3000, throughputMiBps: 125, encrypted: true, retain: true,
      availabilityZone: 'eu-west-1a', deviceName: '/dev/sdf', mountPoint: '/var/lib/kafka',
      tags: { 'kafka-iac:cluster': 'orders', 'kafka-iac:node-id': '1', 'kafka-iac:node-name': 'controller-1' },
    });
    expect(plan.nodes[3].volume.sizeGiB).toBe(1000);
  });
  test('security groups: clients reach only client listeners; controllers only from cluster nodes', () => {
    expect(plan.securityGroupRules.map((r) => [r.target, r.source, r.port])).toEqual([
      ['controllers', 'brokers', 9093], ['controllers', 'controllers', 9093], ['brokers', 'brokers', 9091], ['brokers', 'controllers', 9091], ['brokers', 'clients', 9096],
    ]);
  });
  test('IAM: each node reads only its own secrets and parameters; controllers read SCRAM bootstrap secrets', () => {
    const c1 = plan.nodes[0].iam;
    const b1 = plan.nodes[3].iam;
    expect(c1.readSecrets).toEqual(['kafka-iac/orders/nodes/controller-1/tls', 'kafka-iac/orders/scram/audit', 'kafka-iac/orders/scram/orders-app']);
    expect(b1.readSecrets).toEqual(['kafka-iac/orders/nodes/broker-1/tls']);
    expect(b1.writeParameters).toEqual(['/kafka-iac/orders/nodes/broker-1/formatted']);
    expect(b1.readParameters.every((p) => p === '/kafka-iac/orders/cluster-id' || p.startsWith('/kafka-iac/orders/nodes/broker-1/') || p.startsWith('/kafka-iac/orders/roles/broker/'))).toBe(true);
    expect(b1.attachVolume).toEqual({ volumeId: 'Broker1Volume', instanceTags: { 'kafka-iac:cluster': 'orders', 'kafka-iac:node-id': '101' } });
  });
  test('alarms: offline partitions, quorum, metadata errors, per-controller voter, per-broker URP, per-node data and root disk', () => {
    expect(plan.alarms.map((a) => a.id)).toEqual([
      'OfflinePartitionsAlarm', 'NoActiveControllerAlarm', 'MetadataErrorsAlarm',
      'ControllerNotVoterController1Alarm', 'DiskUsedController1Alarm', 'RootDiskUsedController1Alarm', 'ControllerNotVoterController2Alarm', 'DiskUsedController2Alarm', 'RootDiskUsedController2Alarm',
      'ControllerNotVoterController3Alarm', 'DiskUsedController3Alarm', 'RootDiskUsedController3Alarm',
      'UnderReplicatedPartitionsBroker1Alarm', 'DiskUsedBroker1Alarm', 'RootDiskUsedBroker1Alarm',
      'UnderReplicatedPartitionsBroker2Alarm', 'DiskUsedBroker2Alarm', 'RootDiskUsedBroker2Alarm',
      'UnderReplicatedPartitionsBroker3Alarm', 'DiskUsedBroker3Alarm', 'RootDiskUsedBroker3Alarm',
    ]);
  });
  test('no exporter: disk and voter alarms only (neither needs the exporter), and a warning', () => {
    const p = planSelfManagedCluster(spec({ monitoring: {} }));
    expect(p.alarms.every((a) => a.metrics.every((m) => m.metricName === 'disk_used_percent' || m.metricName === 'controller_is_voter'))).toBe(true);
    expect(p.warnings.map((w) => w.code)).toContain('self-managed/no-kafka-metrics');
  });
});

describe('shapes', () => {
  test.each([['4.3.2', KAFKA_432, '4.3'], ['4.4.0', KAFKA_440, '4.4']] as const)('Kafka %s is accepted: its line, key list and release version', (v, dist, line) => {
    const plan = planSelfManagedCluster(spec({ kafkaVersion: v, distribution: dist, availabilityZones: AZS5, controllers: { count: 5 } }));
    expect([plan.line.line, plan.line.keyList, plan.releaseVersion, plan.quorum.mode, plan.javaVersion]).toEqual([line, line, line, 'dynamic', 21]);
  });
  test('a 4.4 key is accepted on 4.4', () => {
    expect(errorCodes(spec({ kafkaVersion: '4.4.0', distribution: KAFKA_440, serverProperties: { extraProperties: { 'log.remote.copy.lag.ms': 60000 } } }))).toEqual([]);
  });
  test('5 controllers over 5 AZs on 4.x with 6 brokers over the first 3 AZs', () => {
    const plan = planSelfManagedCluster(spec({ kafkaVersion: '4.1.0', distribution: KAFKA_410, availabilityZones: AZS5, controllers: { count: 5 }, brokers: { count: 6 } }));
    expect(plan.nodes.filter((n) => n.role === 'controller').map((n) => n.availabilityZone)).toEqual(AZS5);
    expect(plan.nodes.filter((n) => n.role === 'broker').map((n) => n.azIndex)).toEqual([0, 1, 2, 0, 1, 2]);
  });
  test('static quorum renders the voters string', () => {
    const plan = planSelfManagedCluster(spec({ quorum: 'static' }));
    expect(plan.quorum.voters).toBe('1@controller-1.orders.kafka.internal:9093,2@controller-2.orders.kafka.internal:9093,3@controller-3.orders.kafka.internal:9093');
    expect(plan.quorum.bootstrapServers).toBeUndefined();
  });
  test('mTLS + SASL PLAIN controller listener: listener set, shared password secret, PLAIN principal is a super user', () => {
    const plan = planSelfManagedCluster(spec({ clientAuthentication: { mtls: {} }, controllerListenerAuthentication: 'sasl-plain' }));
    expect(plan.listeners.map((l) => [l.name, l.protocol, l.port])).toEqual([['CONTROLLER', 'SASL_SSL', 9093], ['REPLICATION', 'SSL', 9091], ['CLIENT_MTLS', 'SSL', 9094]]);
    expect(plan.controllerPasswordSecretName).toBe('kafka-iac/orders/controller-password');
    expect(plan.superUsers).toContain('User:kafka_controller');
    expect(plan.nodes[3].iam.readSecrets).toEqual(['kafka-iac/orders/nodes/broker-1/tls', 'kafka-iac/orders/controller-password']);
  });
  test('tiered storage: least-privilege S3 statements on brokers only, KMS key, artifacts from S3', () => {
    const plan = planSelfManagedCluster(spec({ tieredStorage: TIERED }));
    expect(plan.nodes[0].iam.s3).toEqual([]);
    expect(plan.nodes[3].iam.s3).toEqual([
      { actions: ['s3:GetObject'], bucket: 'artifacts-bucket', keyPattern: 'tiered/s3-1.0.0.tgz' },
      { actions: ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject'], bucket: 'orders-tiered', keyPattern: 'tiered/*' },
      { actions: ['s3:ListBucket'], bucket: 'orders-tiered', listPrefix: 'tiered/*' },
    ]);
    expect(plan.nodes[3].iam.kmsKeyArns).toEqual([TIERED.kmsKeyArn]);
  });
  test('development: one combined node with RF 1 defaults', () => {
    const plan = planSelfManagedCluster(spec({ mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 } }));
    expect(plan.nodes.map((n) => [n.name, n.processRoles])).toEqual([['combined-1', ['broker', 'controller']]]);
    expect(plan.serverProperties.defaultReplicationFactor).toBe(1);
    expect(plan.serverProperties.minInsyncReplicas).toBe(1);
  });
  test('an explicit cluster id is kept', () => {
    const id = generateClusterId(randomBytes);
    expect(planSelfManagedCluster(spec({ clusterId: id })).clusterId).toEqual({ source: 'spec', value: id, parameterName: '/kafka-iac/orders/cluster-id' });
  });
});

describe('cluster and directory ids', () => {
  test('generated ids are 22 URL-safe characters, never leading "-", always valid', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
      const id = generateClusterId(() => bytes);
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
      expect(isValidClusterId(id)).toBe(true);
    }), { numRuns: 300 });
  });
  test('draws again when the first draw starts with "-"', () => {
    const draws = [Uint8Array.from([0xf8, ...new Array(15).fill(1)]), Uint8Array.from(new Array(16).fill(7))];
    const id = generateClusterId(() => draws.shift()!);
    expect(id.startsWith('-')).toBe(false);
    expect(id).toBe(Buffer.from(new Array(16).fill(7)).toString('base64url'));
  });
  test.each([
    ['-bad-leading-dash-id-A', "not start with '-'"], ['short', '22 characters'], ['AAAAAAAAAAAAAAAAAAAAAA', 'reserved'],
    ['AAAAAAAAAAAAAAAAAAAAAB', 'exactly 16 bytes'], ['MkU3OEVBNTcwNTJENDM2Qk', 'exactly 16 bytes'],
  ])('%s is refused', (id, why) => expect(clusterIdProblem(id)).toContain(why));
  test('directory ids are valid Kafka Uuids and differ per node', () => {
    const id = generateClusterId(randomBytes);
    const dirs = [1, 2, 3, 4, 5].map((n) => deriveDirectoryId(id, n));
    expect(new Set(dirs).size).toBe(5);
    for (const d of dirs) expect(isValidClusterId(d)).toBe(true);
  });
});

// Each bad input: the spec, the expected error codes, and a fragment of the message.
const BAD: [string, SelfManagedKafkaSpec, string[], string][] = [
  ['cluster name with upper case', spec({ clusterName: 'Orders' }), ['self-managed/cluster-name'], '`clusterName` must be 1-48 lower-case letters'],
  ['unknown Kafka version', spec({ kafkaVersion: '3.10.0' }), ['self-managed/kafka-version'], 'be a KRaft-ready Kafka release'],
  ['ZooKeeper-era version', spec({ kafkaVersion: '2.8.2' }), ['self-managed/kafka-version'], 'got: "2.8.2"'],
  ['even controller count', spec({ controllers: { count: 4 as 3 } }), ['self-managed/controller-count-even'], '`controllers.count` must be odd (3 or 5), got: 4'],
  ['a single controller', spec({ controllers: { count: 1 as 3 } }), ['self-managed/controller-count'], 'single point of failure'],
  ['5 controllers on 3.8', spec({ kafkaVersion: '3.8.1', quorum: 'static', availabilityZones: AZS5, controllers: { count: 5 } }), ['self-managed/five-controllers-need-4x'], 'be 3 on Kafka 3.8.1'],
  ['controllers in fewer AZs than their number', spec({ kafkaVersion: '4.1.0', distribution: KAFKA_410, controllers: { count: 5 } }), ['self-managed/controllers-fewer-azs'], 'list at least as many AZs as controllers (5), got: 3'],
  ['brokers not a multiple of the AZ count', spec({ brokers: { count: 4 } }), ['self-managed/broker-count'], '`brokers.count` must be a multiple of the broker AZ count (3), got: 4. Use 3, 6, 9'],
  ['broker azCount above the AZs', spec({ brokers: { count: 4, azCount: 4 } }), ['self-managed/broker-az-count'], 'be from 1 to the number of AZs (3)'],
  ['duplicate AZ', spec({ availabilityZones: ['eu-west-1a', 'eu-west-1a', 'eu-west-1b'] }), ['self-managed/az-duplicate'], 'not repeat an AZ'],
  ['no client auth', spec({ clientAuthentication: {} }), ['self-managed/no-client-auth'], 'never opens a PLAINTEXT'],
  ['SCRAM on the controller listener', spec({ controllerListenerAuthentication: 'sasl-scram' as 'ssl' }), ['self-managed/scram-on-controller-listener'], 'KAFKA-15513'],
  ['mTLS with ssl.client.auth requested', spec({ clientAuthentication: { mtls: { clientAuth: 'requested' as 'required' } } }), ['self-managed/mtls-not-required'], "be 'required', got: \"requested\""],
  ['ssl.client.auth=requested as an extra property', spec({ serverProperties: { extraProperties: { 'ssl.client.auth': 'requested' } } }), ['core/owned-property'], 'Use `clientAuthentication` instead'],
  ['combined mode in production', spec({ combinedMode: true, brokers: { count: 1 } }), ['self-managed/combined-mode-production', 'core/rf-above-broker-count'], "unless `mode` is 'development'"],
  ['combined mode for more than one node', spec({ mode: 'development', combinedMode: true, brokers: { count: 3 } }), ['self-managed/combined-mode-multi-node'], 'be 1 in combined mode'],
  ['RF above the broker count', spec({ brokers: { count: 3 }, serverProperties: { defaultReplicationFactor: 4, minInsyncReplicas: 2 } }), ['core/rf-above-broker-count'], 'at most the broker count (3)'],
  ['min ISR not below RF', spec({ serverProperties: { minInsyncReplicas: 3 } }), ['core/min-isr-not-below-rf'], 'be below the replication factor (3)'],
  ['tiered storage on a version without it (3.8)', spec({ kafkaVersion: '3.8.1', quorum: 'static', tieredStorage: TIERED }), ['self-managed/tiered-version'], 'production-ready from 3.9'],
  ['tiered storage with a compacting default', spec({ tieredStorage: TIERED, serverProperties: { extraProperties: { 'log.cleanup.policy': 'compact' } } }), ['self-managed/tiered-cleanup-policy'], 'Compacted topics cannot be tiered'],
  ['tiered storage bucket given as an ARN', spec({ tieredStorage: { ...TIERED, bucketName: 'arn:aws:s3:::orders' } }), ['self-managed/tiered-bucket'], 'not the ARN'],
  ['unknown extra property', spec({ serverProperties: { extraProperties: { 'log.retention.hour': 24 } } }), ['core/unknown-property'], 'Did you mean `log.retention.hours`?'],
  ['owned extra property (listeners)', spec({ serverProperties: { extraProperties: { listeners: 'PLAINTEXT://:9092' } } }), ['core/owned-property'], '`serverProperties.extraProperties.listeners` must not override a key the library sets'],
  ['owned extra property (quorum voters)', spec({ serverProperties: { extraProperties: { 'controller.quorum.voters': '1@x:9093' } } }), ['core/owned-property'], 'Use `quorum` instead'],
  ['ZooKeeper key as an extra', spec({ serverProperties: { extraProperties: { 'zookeeper.connect': 'zk:2181' } } }), ['core/forbidden-property'], 'ZooKeeper-era'],
  ['heap above instance memory', spec({ brokers: { count: 3, instanceType: 'm7g.large', heapGiB: 8 } }), ['self-managed/heap-above-memory'], 'memory (8 GiB)'],
  ['bad cluster id (leading dash)', spec({ clusterId: '-AAAAAAAAAAAAAAAAAAAAQ' }), ['self-managed/cluster-id'], "not start with '-'"],
  ['dynamic quorum without KIP-853 (3.8)', spec({ kafkaVersion: '3.8.1', quorum: 'dynamic' }), ['self-managed/dynamic-quorum-version'], 'KIP-853 dynamic quorums start in 3.9'],
  ['Java 11 on Kafka 4.x', spec({ kafkaVersion: '4.0.0', distribution: KAFKA_410, javaVersion: 11 }), ['self-managed/java-too-old'], 'be at least 17 for Kafka 4.0.0'],
  ['Java 11 on Kafka 4.4', spec({ kafkaVersion: '4.4.0', distribution: KAFKA_440, javaVersion: 11 }), ['self-managed/java-too-old'], '`javaVersion` must be at least 17 for Kafka 4.4.0, got: 11.'],
  ['a Kafka line newer than the library knows', spec({ kafkaVersion: '4.5.0' }), ['self-managed/kafka-version'], '`kafkaVersion` must be a KRaft-ready Kafka release x.y.z of the lines 3.7 to 4.4 (e.g. 3.9.1, 4.3.2, 4.4.0), got: "4.5.0". Self-managed clusters run KRaft only; pick a release of 3.9 to 4.4.'],
  ['a 4.4 key on 4.3 (not published for 4.1)', spec({ kafkaVersion: '4.3.2', distribution: KAFKA_432, serverProperties: { extraProperties: { 'log.remote.copy.lag.ms': 60000 } } }), ['core/unknown-property'],
    'be a Kafka 4.3 broker key (one Kafka publishes for both 4.1 and 4.4), got: "log.remote.copy.lag.ms"'],
  ['a dynamic-only throttle as an extra on 4.4', spec({ kafkaVersion: '4.4.0', distribution: KAFKA_440, serverProperties: { extraProperties: { 'leader.replication.throttled.rate': 1048576 } } }),
    ['core/dynamic-only-property'], 'be a key server.properties may set, got: "leader.replication.throttled.rate". Kafka accepts this throttle only as a dynamic config'],
  ['a key removed in 4.0 (published table), on 4.4', spec({ kafkaVersion: '4.4.0', distribution: KAFKA_440, serverProperties: { extraProperties: { 'leader.imbalance.per.broker.percentage': 10 } } }),
    ['core/forbidden-property'], 'ZooKeeper-era or removed key'],
  ['unknown instance type', spec({ brokers: { count: 3, instanceType: 'm9z.large' } }), ['self-managed/unknown-instance-type'], 'instanceCapabilities'],
  ['gp3 IOPS above the maximum', spec({ brokers: { count: 3, volume: { iops: 20000 } } }), ['self-managed/volume-iops'], 'from 3000 to 16000'],
  ['gp3 throughput above IOPS/4', spec({ brokers: { count: 3, volume: { throughputMiBps: 1000 } } }), ['self-managed/volume-throughput'], 'at most IOPS/4 (750)'],
  ['io2 without IOPS', spec({ controllers: { volume: { type: 'io2', sizeGiB: 20 } } }), ['self-managed/volume-iops'], 'be set for io2'],
  ['distribution URL over http', spec({ distribution: { kind: 'url', url: 'http://archive.apache.org/kafka.tgz', sha512: 'f'.repeat(128) } }), ['self-managed/artifact-url'], 'be an https:// URL'],
  ['distribution without a proper SHA-512', spec({ distribution: { kind: 'url', url: 'https://archive.apache.org/kafka.tgz', sha512: 'abc' } }), ['self-managed/artifact-sha512'], '128 hex digits'],
  ['SCRAM user with a comma', spec({ clientAuthentication: { scram: { users: ['a,b'] } } }), ['self-managed/scram-user'], 'break the SCRAM arguments'],
  ['too many bootstrap SCRAM users', spec({ clientAuthentication: { scram: { users: Array.from({ length: 101 }, (_, i) => `u${i}`) } } }), ['self-managed/scram-too-many-users'], 'list at most 100 bootstrap users'],
  ['SCRAM user named like the controller user', spec({ clientAuthentication: { scram: { users: ['kafka_controller'] } } }), ['self-managed/scram-user-reserved'], 'super user principal'],
  ['super user without the User: prefix', spec({ superUsers: ['alice'] }), ['self-managed/super-user'], 'be a principal `User:<name>`'],
  ['release version of another line', spec({ releaseVersion: '3.8' }), ['self-managed/release-version'], 'be the 3.9 line'],
  ['bad DNS zone', spec({ dnsZoneName: 'Kafka_Internal' }), ['self-managed/dns-zone'], 'lower-case DNS name'],
  ['no AZs', spec({ availabilityZones: [] }), ['self-managed/no-azs', 'self-managed/broker-az-count'], 'list at least one AZ'],
];

describe('bad input: clear errors before any cloud API', () => {
  test('at least 20 cases', () => expect(BAD.length).toBeGreaterThanOrEqual(20));
  test.each(BAD)('%s', (_name, s, codes, fragment) => {
    expect(errorCodes(s)).toEqual(codes);
    expect(validationErrorOf(() => planSelfManagedCluster(s)).message).toContain(fragment);
  });
  test('all problems are reported at once', () => {
    expect(errorCodes(spec({ clusterName: 'X', controllers: { count: 4 as 3 }, brokers: { count: 4 }, clientAuthentication: {} }))).toEqual([
      'self-managed/cluster-name', 'self-managed/controller-count-even', 'self-managed/broker-count', 'self-managed/no-client-auth',
    ]);
  });
  test('deploy-time values are deferred, not rejected', () => {
    const token = '${Token[TOKEN.7]}';
    const issues = validateSelfManagedCluster(spec({ availabilityZones: [token, `${token}b`, `${token}c`], clusterId: token, tieredStorage: { ...TIERED, bucketName: token } }), (v) => typeof v === 'string' && v.startsWith(token));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  test('the exporter is optional but its source is validated', () => {
    expect(errorCodes(spec({ monitoring: { jmxExporter: { ...EXPORTER, source: { kind: 'preinstalled', path: 'relative/jar' } } } }))).toEqual(['self-managed/artifact-path']);
  });
});
