import { kafkaLine, lineOf, parseProperties } from '../../../lib/core';
import { renderMirrorMakerUserData } from '../../../lib/replication/mirror-maker/render/node-files';
import { planMirrorMaker2, renderMirrorMakerProperties, type MirrorMaker2Spec } from '../../../lib/replication';
import { invalidMirrorMaker2Keys } from '../../support/kafka-keys';
import { validationErrorOf } from '../../support/conventions';
import { DR, PRIMARY, SHA, spec } from './fixtures';

const props = (s: MirrorMaker2Spec) => parseProperties(renderMirrorMakerProperties(planMirrorMaker2(s)));

describe('mm2.properties of a one-way deployment next to the target', () => {
  const p = props(spec());
  test('lists the clusters and connects to each with its own auth, never a secret', () => {
    expect(p.get('clusters')).toBe('dr,primary');
    expect(p.get('dr.security.protocol')).toBe('SASL_SSL');
    expect(p.get('dr.sasl.mechanism')).toBe('AWS_MSK_IAM');
    expect(p.get('dr.sasl.jaas.config')).toBe('software.amazon.msk.auth.iam.IAMLoginModule required;');
    expect(p.get('dr.sasl.client.callback.handler.class')).toBe('software.amazon.msk.auth.iam.IAMClientCallbackHandler');
    expect(p.get('primary.security.protocol')).toBe('SASL_SSL');
    expect(p.get('primary.sasl.mechanism')).toBe('SCRAM-SHA-512');
    expect(p.get('primary.sasl.jaas.config')).toBe('${file:/etc/kafka-mm2/secrets/primary.properties:sasl.jaas.config}');
    expect(p.get('primary.ssl.truststore.location')).toBe('/etc/kafka-mm2/tls/primary-ca.pem');
    // Sources are read committed-only (no aborted or open transactions copied); the target is not a source here.
    expect(p.get('primary.consumer.isolation.level')).toBe('read_committed');
    expect(p.has('dr.consumer.isolation.level')).toBe(false);
    expect(p.get('config.providers')).toBe('file');
    expect(p.get('config.providers.file.class')).toBe('org.apache.kafka.common.config.provider.FileConfigProvider');
    for (const [k, v] of p) {
      expect(`${k}=${v}`).not.toMatch(/password|secretsmanager|PRIVATE KEY/i);
      if (k.endsWith('security.protocol')) expect(v).not.toMatch(/PLAINTEXT/);
    }
  });
  test('replication factor 3 for replicated and every internal topic', () => {
    for (const k of ['replication.factor', 'checkpoints.topic.replication.factor', 'heartbeats.topic.replication.factor', 'offset-syncs.topic.replication.factor',
      'config.storage.replication.factor', 'offset.storage.replication.factor', 'status.storage.replication.factor']) {
      expect([k, p.get(k)]).toEqual([k, '3']);
    }
    expect([...p.keys()].filter((k) => /replication\.factor$/.test(k) && p.get(k) !== '3')).toEqual([]);
  });
  test('one enabled flow into the target, offset sync and checkpoints on, offset syncs on the target', () => {
    expect([...p.keys()].filter((k) => k.endsWith('.enabled') && k.includes('->'))).toEqual(expect.arrayContaining(['primary->dr.enabled']));
    expect(p.get('primary->dr.enabled')).toBe('true');
    expect(p.get('dr->primary.enabled')).toBeUndefined();
    expect(p.get('primary->dr.emit.checkpoints.enabled')).toBe('true');
    expect(p.get('primary->dr.sync.group.offsets.enabled')).toBe('true');
    expect(p.get('primary->dr.sync.group.offsets.interval.seconds')).toBe('30');
    expect(p.get('primary->dr.emit.offset-syncs.enabled')).toBe('true');
    expect(p.get('primary->dr.offset-syncs.topic.location')).toBe('target');
    expect(p.get('primary->dr.topics')).toBe('.*');
    expect(p.get('primary->dr.topics.exclude')).toBe('.*[\\-\\.]internal,.*\\.replica,__.*');
    expect(p.get('primary->dr.groups.exclude')).toBe('console-consumer-.*,connect-.*,__.*');
    expect(p.get('primary->dr.tasks.max')).toBe('4');
  });
  test('an explicit, loop-safe replication policy', () => {
    expect(p.get('replication.policy.class')).toBe('org.apache.kafka.connect.mirror.DefaultReplicationPolicy');
    expect(p.get('replication.policy.separator')).toBe('.');
  });
  test('exactly-once on a 3.9 target, internal REST with two nodes', () => {
    expect(p.get('dr.exactly.once.source.support')).toBe('enabled');
    expect(p.get('dedicated.mode.enable.internal.rest')).toBe('true');
    expect(p.get('listeners')).toBe('http://:8083');
  });
  test.each([['3.9.1', '3.9'], ['4.0.0', '4.0'], ['4.1.0', '4.1'], ['4.2.0', '4.2'], ['4.3.2', '4.3'], ['4.4.0', '4.4']] as const)(
    'every key is valid for MirrorMaker 2 on Kafka %s (reference lists of %s)', (v, list) => {
      const q = props(spec({ kafkaVersion: v, extraProperties: { 'dr.producer.compression.type': 'zstd', 'refresh.topics.interval.seconds': 60 } }));
      expect(planMirrorMaker2(spec({ kafkaVersion: v })).keyList).toBe(list);
      expect(invalidMirrorMaker2Keys(q.keys(), (q.get('clusters') ?? '').split(','), list)).toEqual([]);
    });
});

describe('Java per Kafka line', () => {
  test.each(['3.9.1', '4.0.0', '4.2.0', '4.3.2', '4.4.0'])('on %s the nodes install a Corretto at least the line\'s minimum (17 for Connect on 4.x)', (v) => {
    for (const javaVersion of [undefined, 17, 21] as const) {
      const plan = planMirrorMaker2(spec({ kafkaVersion: v, ...(javaVersion ? { javaVersion } : {}) }));
      const installed = Number(/java-(\d+)-amazon-corretto-headless/.exec(renderMirrorMakerUserData(plan))![1]);
      expect([v, installed]).toEqual([v, javaVersion ?? 21]);
      expect(installed).toBeGreaterThanOrEqual(kafkaLine(lineOf(v)!).minJava);
    }
  });
});

describe('variants', () => {
  test('identity policy for one-way replication keeps topic names', () => {
    const p = props(spec({ replicationPolicy: 'identity' }));
    expect(p.get('replication.policy.class')).toBe('org.apache.kafka.connect.mirror.IdentityReplicationPolicy');
    expect(p.has('replication.policy.separator')).toBe(false);
  });
  test('two-way: each deployment runs only the flow into its own region', () => {
    const flows = [{ source: 'primary', target: 'dr' }, { source: 'dr', target: 'primary' }];
    const west = props(spec({ flows, targetCluster: 'primary', region: 'eu-west-1' }));
    expect(west.get('dr->primary.enabled')).toBe('true');
    expect(west.has('primary->dr.enabled')).toBe(false);
    expect(west.get('primary.exactly.once.source.support')).toBe('enabled');
  });
  test('mTLS writes a PEM key store; one node has no internal REST; unknown target version keeps exactly-once off with a warning', () => {
    const mtls = { ...PRIMARY, auth: { mechanism: 'mtls' as const, secretArn: PRIMARY.auth.mechanism === 'scram' ? PRIMARY.auth.secretArn : '' } };
    const plan = planMirrorMaker2(spec({ clusters: [mtls, { ...DR, kafkaVersion: undefined }], nodes: 1 }));
    const p = parseProperties(renderMirrorMakerProperties(plan));
    expect(p.get('primary.security.protocol')).toBe('SSL');
    expect(p.get('primary.ssl.keystore.type')).toBe('PEM');
    expect(p.get('primary.ssl.keystore.location')).toBe('/etc/kafka-mm2/tls/primary.pem');
    expect(p.has('config.providers')).toBe(false);
    expect(p.has('dedicated.mode.enable.internal.rest')).toBe(false);
    expect(p.has('dr.exactly.once.source.support')).toBe(false);
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['mirror-maker/single-node', 'mirror-maker/exactly-once-off']));
  });
  test('byte-stable whatever the order of clusters, flows and extras', () => {
    const a = spec({ clusters: [PRIMARY, DR], extraProperties: { 'dr.producer.linger.ms': 5, 'dr.producer.compression.type': 'zstd' } });
    const b = spec({ clusters: [DR, PRIMARY], extraProperties: { 'dr.producer.compression.type': 'zstd', 'dr.producer.linger.ms': 5 } });
    expect(renderMirrorMakerProperties(planMirrorMaker2(a))).toBe(renderMirrorMakerProperties(planMirrorMaker2(b)));
  });
});

describe('plan', () => {
  const plan = planMirrorMaker2(spec());
  test('secrets are read in their own region; CA parameters too', () => {
    expect(plan.secretReads).toEqual([{ alias: 'primary', kind: 'scram', secretArn: PRIMARY.auth.mechanism === 'scram' ? PRIMARY.auth.secretArn : '', region: 'eu-west-1' }]);
    expect(plan.parameterReads).toEqual([{ alias: 'primary', name: '/kafka-iac/orders/ca-certificate', region: 'eu-west-1' }]);
  });
  test('IAM: write on the target only for replicated topics, checkpoints, heartbeats and mm2 internals', () => {
    expect(plan.iamGrants).toHaveLength(1);
    const g = plan.iamGrants[0]!;
    expect(g.alias).toBe('dr');
    const topic = g.statements.find((s) => s.resource === 'topic')!;
    expect(topic.names).toEqual(['heartbeats', 'mm2-*', 'primary.*']);
    expect(topic.actions).toContain('kafka-cluster:WriteData');
    expect(g.statements.find((s) => s.resource === 'transactional-id')!.names).toEqual(['connect-cluster-primary-mm2', 'primary-mm2*']);
  });
  test('IAM on a source is read-only', () => {
    const plan2 = planMirrorMaker2(spec({ clusters: [PRIMARY, DR], flows: [{ source: 'dr', target: 'primary', topics: ['orders\\..*', 'payments'] }], targetCluster: 'primary', region: 'eu-west-1' }));
    const g = plan2.iamGrants[0]!;
    expect(g.alias).toBe('dr');
    const actions = g.statements.flatMap((s) => s.actions);
    expect(actions.filter((a) => /Write|Alter|Create/.test(a))).toEqual([]);
    expect(g.statements.find((s) => s.resource === 'topic')!.names).toEqual(['heartbeats', 'orders.*', 'payments']);
  });
  test('IAM names cover every name a filter matches (shared with MSK Replicator): groups and identity targets too', () => {
    const p = planMirrorMaker2(spec({ replicationPolicy: 'identity', flows: [{ source: 'primary', target: 'dr', topics: ['orders\\..*|payments', 'a[bc]d'], groups: ['billing-.*'] }] }));
    const g = p.iamGrants[0]!;
    expect(g.statements.find((s) => s.resource === 'topic')!.names).toEqual(['a*', 'heartbeats', 'mm2-*', 'orders.*', 'payments', 'primary.checkpoints.internal']);
    expect(g.statements.find((s) => s.resource === 'group')!.names).toEqual(['billing-*', 'primary-mm2']);
  });
  test('alarms: nodes down always; latency, failed tasks and stalled replication with the exporter', () => {
    expect(plan.alarms.map((a) => a.id)).toEqual(['NodesDownAlarm', 'ReplicationLatencyAlarm', 'FailedTasksAlarm', 'ReplicationStalledAlarm']);
    expect(plan.alarms[3]).toMatchObject({ threshold: 1, comparison: 'LessThanThreshold', treatMissingData: 'breaching', metrics: [{ metricName: 'mirror_maker_running_source_tasks', statistic: 'Sum' }] });
    expect(plan.alarms[0]).toMatchObject({ threshold: 1.5, comparison: 'LessThanThreshold', treatMissingData: 'breaching' });
    expect(planMirrorMaker2(spec({ monitoring: undefined })).alarms.map((a) => a.id)).toEqual(['NodesDownAlarm']);
  });
  test('a cluster in another region without networkCidrs gets a warning (egress on its port to any address)', () => {
    expect(plan.warnings.map((w) => w.code)).toContain('mirror-maker/egress-any-address');
    const narrowed = planMirrorMaker2(spec({ clusters: [{ ...PRIMARY, networkCidrs: ['10.0.0.0/16'] }, DR] }));
    expect(narrowed.warnings.map((w) => w.code)).not.toContain('mirror-maker/egress-any-address');
    expect(narrowed.clusters.find((c) => c.alias === 'primary')!.networkCidrs).toEqual(['10.0.0.0/16']);
  });
  test('sizing defaults', () => {
    expect(plan).toMatchObject({ nodes: 2, tasksMax: 4, replicationFactor: 3, javaVersion: 21, heapMiB: 4096, keyList: '3.9', internetEgress: true });
  });
});

describe('bad input: one clear error each', () => {
  const two = [{ source: 'primary', target: 'dr' }, { source: 'dr', target: 'primary' }];
  const cases: [string, Partial<MirrorMaker2Spec>, string, RegExp][] = [
    ['identity policy on a two-way link', { replicationPolicy: 'identity', flows: two }, 'mirror-maker/identity-two-way', /loop/],
    ['identity policy on a three-cluster cycle', { replicationPolicy: 'identity', clusters: [PRIMARY, DR, { ...DR, alias: 'third', region: 'us-east-1', auth: { mechanism: 'iam', clusterArn: 'arn:aws:kafka:us-east-1:111111111111:cluster/t/abc-1' } }],
      flows: [{ source: 'primary', target: 'dr' }, { source: 'dr', target: 'third' }, { source: 'third', target: 'primary' }] }, 'mirror-maker/identity-two-way', /one-way/],
    ['identity policy with two sources into one target', { replicationPolicy: 'identity', clusters: [PRIMARY, DR, { ...PRIMARY, alias: 'other' }], flows: [{ source: 'primary', target: 'dr' }, { source: 'other', target: 'dr' }] }, 'mirror-maker/identity-fan-in', /collide/],
    ['MirrorMaker placed by the source', { region: 'eu-west-1' }, 'mirror-maker/placed-by-source', /next to the TARGET/],
    ['MirrorMaker in a third region', { region: 'us-east-1' }, 'mirror-maker/placed-away-from-target', /eu-central-1/],
    ['replication factor below 3', { replicationFactor: 2 }, 'mirror-maker/replication-factor-below-3', /got: 2/],
    ['replication factor above the target brokers', { replicationFactor: 4 }, 'mirror-maker/replication-factor-above-brokers', /3 brokers/],
    ['target without a flow into it', { targetCluster: 'primary', region: 'eu-west-1' }, 'mirror-maker/target-no-flows', /flow's target/],
    ['unknown target', { targetCluster: 'nope' }, 'mirror-maker/target-unknown', /dr, primary|primary, dr/],
    ['flow to an unknown cluster', { flows: [{ source: 'primary', target: 'drr' }] }, 'mirror-maker/flow-unknown-cluster', /"drr"/],
    ['flow to itself', { flows: [{ source: 'dr', target: 'dr' }, { source: 'primary', target: 'dr' }] }, 'mirror-maker/flow-self', /two different/],
    ['duplicate flow', { flows: [{ source: 'primary', target: 'dr' }, { source: 'primary', target: 'dr' }] }, 'mirror-maker/flow-duplicate', /Merge/],
    ['no flows', { flows: [] }, 'mirror-maker/flows-empty', /at least one flow/],
    ['one cluster only', { clusters: [DR] }, 'mirror-maker/clusters-count', /source and the target/],
    ['alias with a dot', { clusters: [{ ...PRIMARY, alias: 'prim.ary' }, DR] }, 'mirror-maker/alias', /no dots/],
    ['duplicate alias', { clusters: [PRIMARY, { ...DR, alias: 'primary' }] }, 'mirror-maker/alias-duplicate', /unique/],
    ['comma in a topic pattern', { flows: [{ source: 'primary', target: 'dr', topics: ['orders,payments'] }] }, 'mirror-maker/filter-pattern', /one pattern per entry/],
    ['invalid topic regex', { flows: [{ source: 'primary', target: 'dr', topics: ['orders(['] }] }, 'mirror-maker/filter-pattern', /regular expression/],
    ['empty topic list', { flows: [{ source: 'primary', target: 'dr', topics: [] }] }, 'mirror-maker/filter-empty', /'\.\*'/],
    ['IAM auth on the SCRAM port', { clusters: [PRIMARY, { ...DR, bootstrapServers: 'b-1.dr.kafka.eu-central-1.amazonaws.com:9096' }] }, 'mirror-maker/iam-port', /9098/],
    ['IAM cluster ARN from another region', { clusters: [PRIMARY, { ...DR, auth: { mechanism: 'iam', clusterArn: 'arn:aws:kafka:eu-west-1:111111111111:cluster/dr/abc-1' } }] }, 'mirror-maker/iam-cluster-region', /eu-central-1/],
    ['password passed instead of a secret ARN', { clusters: [{ ...PRIMARY, auth: { mechanism: 'scram', secretArn: 'hunter2' } }, DR] }, 'mirror-maker/secret-arn', /never pass them inline/],
    ['PLAINTEXT auth', { clusters: [{ ...PRIMARY, auth: { mechanism: 'plaintext' } as never }, DR] }, 'mirror-maker/auth', /PLAINTEXT is not offered/],
    ['IAM without the IAM auth library', { iamAuthLibrary: undefined }, 'mirror-maker/iam-library-missing', /aws-msk-iam-auth/],
    ['MirrorMaker nodes on an old Kafka', { kafkaVersion: '3.6.2' }, 'mirror-maker/kafka-version', /3\.9, 4\.0, 4\.1, 4\.2, 4\.3, 4\.4/],
    ['MirrorMaker nodes on a Kafka line the library does not know', { kafkaVersion: '4.5.0' }, 'mirror-maker/kafka-version', /got: "4\.5\.0"\. e\.g\. "3\.9\.1" or "4\.4\.0"/],
    ['a 4.4 metric format key on 4.3 nodes', { kafkaVersion: '4.3.2', extraProperties: { 'metric.names.formats': 'x' } }, 'mirror-maker/extra-unknown', /Kafka 4\.3/],
    ['exactly-once against an old target', { exactlyOnce: true, clusters: [PRIMARY, { ...DR, kafkaVersion: '2.8.2' }] }, 'mirror-maker/exactly-once-unsupported', /3\.5 or later/],
    ['zero nodes', { nodes: 0 }, 'mirror-maker/nodes', /1 to 20/],
    ['unknown instance type', { instanceType: 'm99.large' }, 'mirror-maker/instance-type', /m7g\.large/],
    ['extra key the library owns', { extraProperties: { 'primary->dr.sync.group.offsets.enabled': false } }, 'mirror-maker/extra-owned', /offsetSyncIntervalSeconds/],
    ['extra key overriding the policy', { extraProperties: { 'replication.policy.class': 'x' } }, 'mirror-maker/extra-owned', /replicationPolicy/],
    ['misspelt extra key', { extraProperties: { 'refresh.topic.interval.seconds': 30 } }, 'mirror-maker/extra-unknown', /refresh\.topics\.interval\.seconds/],
    ['extra key for a cluster that is not there', { extraProperties: { 'other.producer.linger.ms': 5 } }, 'mirror-maker/extra-unknown', /alias/],
    ['bad deployment name', { name: 'Orders_DR' }, 'mirror-maker/name', /lower-case/],
    ['network CIDR that is not one', { clusters: [{ ...PRIMARY, networkCidrs: ['10.0.0.0/33'] }, DR] }, 'mirror-maker/network-cidrs', /IPv4 CIDR/],
    ['network CIDR of everything', { clusters: [{ ...PRIMARY, networkCidrs: ['0.0.0.0/0'] }, DR] }, 'mirror-maker/network-cidrs', /narrower than \/0/],
    ['bad artifact hash', { distribution: { kind: 'url', url: 'https://archive.apache.org/dist/kafka/3.9.1/kafka_2.13-3.9.1.tgz', sha512: 'abc' } }, 'self-managed/artifact-sha512', /128 hex/],
  ];
  test.each(cases)('%s', (_name, over, code, message) => {
    const e = validationErrorOf(() => planMirrorMaker2(spec(over)));
    expect(e.codes).toContain(code);
    const issue = e.issues.find((i) => i.code === code)!;
    expect(issue.message).toMatch(message);
    expect(issue.message).toMatch(/^`[^`]+` must .+, got: .+\./);
  });
  // Props that arrive through JSON or YAML: a wrong type is one issue that names the type, under the prop's own code.
  const JMX = { source: { kind: 's3', bucket: 'artifacts-bucket', key: 'jmx_prometheus_javaagent-1.0.1.jar' } } as const;
  const typed: [string, Partial<MirrorMaker2Spec>, string, string][] = [
    ['broker count as a string', { clusters: [PRIMARY, { ...DR, brokerCount: '3' as never }] }, 'mirror-maker/broker-count',
      '`clusters[1].brokerCount` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
    ['broker count negative (the replication factor rule is skipped)', { clusters: [PRIMARY, { ...DR, brokerCount: -3 }] }, 'mirror-maker/broker-count',
      '`clusters[1].brokerCount` must be a positive integer, got: -3. Leave it out when unknown.'],
    ['replication factor as a string', { replicationFactor: '3' as never }, 'mirror-maker/replication-factor',
      '`replicationFactor` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
    ['replication factor fractional', { replicationFactor: 3.5 }, 'mirror-maker/replication-factor', '`replicationFactor` must be an integer, got: 3.5 (a number). Use a whole number, e.g. 4.'],
    ['nodes as a string', { nodes: '2' as never }, 'mirror-maker/nodes', '`nodes` must be an integer, got: "2" (a string). Write it without quotes: 2.'],
    ['nodes negative', { nodes: -2 }, 'mirror-maker/nodes', '`nodes` must be an integer from 1 to 20, got: -2. Use 2 or more for high availability.'],
    ['tasksMax NaN', { tasksMax: Number.NaN }, 'mirror-maker/tasks-max', '`tasksMax` must be an integer, got: NaN (a number). Pass a whole number.'],
    ['tasksMax fractional', { tasksMax: 2.5 }, 'mirror-maker/tasks-max', '`tasksMax` must be an integer, got: 2.5 (a number). Use a whole number, e.g. 3.'],
    ['offset sync interval as a string', { offsetSyncIntervalSeconds: '30' as never }, 'mirror-maker/offset-sync-interval',
      '`offsetSyncIntervalSeconds` must be an integer, got: "30" (a string). Write it without quotes: 30.'],
    ['offset sync interval Infinity', { offsetSyncIntervalSeconds: Number.POSITIVE_INFINITY }, 'mirror-maker/offset-sync-interval',
      '`offsetSyncIntervalSeconds` must be an integer, got: Infinity (a number). Pass a whole number.'],
    ['latency threshold as a string', { monitoring: { jmxExporter: JMX, replicationLatencyMs: '60000' as never } }, 'mirror-maker/latency-threshold',
      '`monitoring.replicationLatencyMs` must be an integer, got: "60000" (a string). Write it without quotes: 60000.'],
    ['latency threshold negative', { monitoring: { jmxExporter: JMX, replicationLatencyMs: -1 } }, 'mirror-maker/latency-threshold',
      '`monitoring.replicationLatencyMs` must be a positive integer (milliseconds), got: -1. e.g. 60000.'],
    ['exporter port as a string', { monitoring: { jmxExporter: { ...JMX, port: '7072' as never } } }, 'mirror-maker/exporter-port',
      '`monitoring.jmxExporter.port` must be an integer, got: "7072" (a string). Write it without quotes: 7072.'],
    ['exporter port negative', { monitoring: { jmxExporter: { ...JMX, port: -7072 } } }, 'mirror-maker/exporter-port',
      '`monitoring.jmxExporter.port` must be an unprivileged port other than 8083 (internal REST), got: -7072. Use 7072.'],
  ];
  test.each(typed)('wrong JSON type: %s', (_name, over, code, message) => {
    const e = validationErrorOf(() => planMirrorMaker2(spec(over)));
    expect(e.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.message])).toEqual([[code, message]]);
  });
  test('every error is reported at once', () => {
    const e = validationErrorOf(() => planMirrorMaker2(spec({ replicationFactor: 2, region: 'eu-west-1', nodes: 0 })));
    expect(e.codes).toEqual(expect.arrayContaining(['mirror-maker/replication-factor-below-3', 'mirror-maker/placed-by-source', 'mirror-maker/nodes']));
  });
  test('unknown values (tokens) are not judged', () => {
    const token = '${Token[TOKEN.1]}';
    const plan = planMirrorMaker2(spec({ clusters: [PRIMARY, { ...DR, bootstrapServers: token, region: token, auth: { mechanism: 'iam', clusterArn: token } }] }), (v) => v === token);
    expect(plan.clusters.find((c) => c.alias === 'dr')!.bootstrapServers).toBe(token);
  });
  test('fixtures use a real-looking hash', () => expect(SHA).toHaveLength(128));
});

test('rendered mm2.properties (snapshot)', () => {
  expect(renderMirrorMakerProperties(planMirrorMaker2(spec()))).toMatchSnapshot();
});
