/**
 * Every rendered mm2.properties, over generated deployments (2-4 clusters, any auth, one- or two-way flows, policy,
 * nodes, versions, filters): parsed back and checked against each rule of the plan, and every key against the
 * reference key lists of the nodes' Kafka line.
 */
import * as fc from 'fast-check';
import { parseProperties } from '../../../lib/core';
import { planMirrorMaker2, renderMirrorMakerProperties, type MirrorMaker2Spec, type MirrorMakerAuth, type MirrorMakerClusterSpec } from '../../../lib/replication';
import { invalidMirrorMaker2Keys } from '../../support/kafka-keys';
import { SHA } from './fixtures';

const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'ap-southeast-2'];
const ALIASES = ['primary', 'dr', 'edge_1', 'x-2'];

const auth = (i: number, region: string, kind: 'iam' | 'scram' | 'mtls'): MirrorMakerAuth =>
  kind === 'iam' ? { mechanism: 'iam', clusterArn: `arn:aws:kafka:${region}:111111111111:cluster/c${i}/abc-${i}` }
    : { mechanism: kind, secretArn: `arn:aws:secretsmanager:${region}:111111111111:secret:c${i}-AbCdEf` };

const deployment = fc.record({
  n: fc.integer({ min: 2, max: 4 }),
  kinds: fc.array(fc.constantFrom('iam' as const, 'scram' as const, 'mtls' as const), { minLength: 4, maxLength: 4 }),
  versions: fc.array(fc.constantFrom(undefined, '2.8.2', '3.6.x', '3.9.x', '4.1.0', '4.3.2', '4.4.0'), { minLength: 4, maxLength: 4 }),
  twoWay: fc.boolean(),
  identity: fc.boolean(),
  nodes: fc.integer({ min: 1, max: 5 }),
  mm2: fc.constantFrom('3.9.1', '4.0.0', '4.1.0', '4.2.0', '4.3.2', '4.4.0'),
  topics: fc.option(fc.array(fc.constantFrom('orders\\..*', 'payments', '.*', 'a[0-9]+'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  ca: fc.boolean(),
}).map((d): MirrorMaker2Spec => {
  const clusters: MirrorMakerClusterSpec[] = Array.from({ length: d.n }, (_, i) => ({
    alias: ALIASES[i]!, region: REGIONS[i]!, auth: auth(i, REGIONS[i]!, d.kinds[i]!), kafkaVersion: d.versions[i],
    bootstrapServers: d.kinds[i] === 'iam' ? `b-1.c${i}.kafka.${REGIONS[i]}.amazonaws.com:9098` : `broker-0.c${i}.internal:9093`,
    ...(d.ca && d.kinds[i] !== 'iam' ? { trustedCaParameter: `/kafka-iac/c${i}/ca-certificate` } : {}),
  }));
  // Every other cluster replicates into `dr` (index 1); two-way adds dr -> primary (identity then refused: not generated).
  const flows = clusters.filter((_, i) => i !== 1).map((c) => ({ source: c.alias, target: 'dr', ...(d.topics ? { topics: d.topics } : {}) }));
  const twoWay = d.twoWay && !d.identity;
  const identity = d.identity && d.n === 2;
  return {
    name: 'gen', clusters, targetCluster: 'dr', region: REGIONS[1]!, nodes: d.nodes, kafkaVersion: d.mm2,
    flows: twoWay ? [...flows, { source: 'dr', target: 'primary' }] : flows,
    replicationPolicy: identity ? 'identity' : 'default',
    distribution: { kind: 'url', url: `https://archive.apache.org/dist/kafka/${d.mm2}/kafka_2.13-${d.mm2}.tgz`, sha512: SHA },
    iamAuthLibrary: { kind: 's3', bucket: 'artifacts-bucket', key: 'aws-msk-iam-auth-all.jar' },
    exactlyOnce: d.versions[1] === '2.8.2' ? false : undefined,
  };
});

test('every generated deployment renders an mm2.properties that keeps every rule', () => {
  fc.assert(fc.property(deployment, (spec) => {
    const plan = planMirrorMaker2(spec);
    const p = parseProperties(renderMirrorMakerProperties(plan));
    const aliases = p.get('clusters')!.split(',');
    // Only the flows into the target run here, and only their clusters are listed.
    const local = spec.flows.filter((f) => f.target === 'dr');
    expect(aliases).toEqual([...new Set(['dr', ...local.map((f) => f.source)])].sort());
    expect([...p.keys()].filter((k) => /^[^.]+->[^.]+\.enabled$/.test(k)).sort()).toEqual(local.map((f) => `${f.source}->dr.enabled`).sort());
    // Replication factor 3 for every topic MirrorMaker 2 creates.
    for (const k of ['replication.factor', 'checkpoints.topic.replication.factor', 'heartbeats.topic.replication.factor', 'offset-syncs.topic.replication.factor',
      'config.storage.replication.factor', 'offset.storage.replication.factor', 'status.storage.replication.factor']) expect(p.get(k)).toBe('3');
    for (const f of local) {
      expect(p.get(`${f.source}.consumer.isolation.level`)).toBe('read_committed');
      const id = `${f.source}->dr`;
      expect([p.get(`${id}.emit.checkpoints.enabled`), p.get(`${id}.sync.group.offsets.enabled`), p.get(`${id}.offset-syncs.topic.location`)]).toEqual(['true', 'true', 'target']);
    }
    // An explicit policy; identity only when nothing loops and one source feeds the target.
    expect(p.get('replication.policy.class')).toMatch(/^org\.apache\.kafka\.connect\.mirror\.(Default|Identity)ReplicationPolicy$/);
    if (p.get('replication.policy.class')!.includes('Identity')) expect(local).toHaveLength(1);
    // Exactly-once exactly when the target's brokers are known to be 3.5+ (or asked for).
    const v = spec.clusters[1]!.kafkaVersion;
    expect(p.has('dr.exactly.once.source.support')).toBe(v !== undefined && !v.startsWith('2.'));
    expect(p.get('dedicated.mode.enable.internal.rest')).toBe(spec.nodes! > 1 ? 'true' : undefined);
    // TLS on every connection, no secret, every key valid for the nodes' line.
    for (const a of aliases) expect(p.get(`${a}.security.protocol`)).toMatch(/^(SASL_SSL|SSL)$/);
    for (const [k, val] of p) expect(`${k}=${val}`).not.toMatch(/secretsmanager|password=|PRIVATE KEY/);
    expect(invalidMirrorMaker2Keys(p.keys(), aliases, plan.keyList)).toEqual([]);
    expect(plan.keyList).toBe(spec.kafkaVersion.slice(0, 3));
    // Byte-stable.
    expect(renderMirrorMakerProperties(planMirrorMaker2({ ...spec, clusters: [...spec.clusters].reverse(), flows: [...spec.flows].reverse() }))).toBe(renderMirrorMakerProperties(plan));
  }), { numRuns: 150 });
});
