/**
 * Confluent sizing: a declared workload warns when it exceeds the cluster type's published ceilings (ingress, egress,
 * partitions), naming the type that holds it; recommendConfluent picks the first production type that does.
 */
import { CONFLUENT_TYPE_CEILINGS, planConfluentKafka, recommendConfluent, type ConfluentKafkaSpec } from '../../lib/confluent';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';
import { DEDICATED, STANDARD } from './fixtures';

const withWorkload = (base: ConfluentKafkaSpec, workload: ConfluentKafkaSpec['workload']): ConfluentKafkaSpec => ({ ...base, workload });
const sizing = (s: ConfluentKafkaSpec) => planConfluentKafka(s).warnings.filter((w) => w.code.startsWith('sizing/'));

describe('Standard ceilings', () => {
  test('250 MBps in, 750 out and 4,096 partitions fit exactly', () => {
    expect(sizing(withWorkload(STANDARD, { ingressMBps: 250, consumerFanOut: 3, partitions: 4096 }))).toEqual([]);
  });

  test('above them: one warning per dimension, exact messages naming the type to use', () => {
    const w = sizing(withWorkload(STANDARD, { ingressMBps: 251, consumerFanOut: 3, partitions: 4097 }));
    expect(w.map((i) => [i.code, i.path, i.message])).toEqual([
      ['sizing/ingress-above-throughput', 'workload.ingressMBps',
        '`workload.ingressMBps` must be at most 250 MBps on cluster type \'standard\' (its ceiling, "Kafka Cluster Types in Confluent Cloud (Confluent documentation), section Cluster limit comparison"), got: 251. Use `cluster.type: \'enterprise\'`.'],
      ['sizing/egress-above-throughput', 'workload.consumerFanOut',
        '`workload.consumerFanOut` must keep egress (ingress x fan-out) at most 750 MBps on cluster type \'standard\', got: 3 (egress 753 MBps). Use `cluster.type: \'enterprise\'`.'],
      ['sizing/partitions-above-capacity', 'workload.partitions',
        '`workload.partitions` must be at most 4096 (pre-replication) on cluster type \'standard\', got: 4097. Use `cluster.type: \'enterprise\'`.'],
    ]);
    for (const i of w) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('the fix names Dedicated when Enterprise is too small too', () => {
    const [w] = sizing(withWorkload(STANDARD, { ingressMBps: 601 }));
    expect(w!.message).toMatch(/got: 601\. Use `cluster\.type: 'dedicated'`\.$/);
  });
});

describe('Dedicated ceilings', () => {
  test('9,120 MBps in fits; above it and 100,000 partitions the fix is to split', () => {
    expect(sizing(withWorkload(DEDICATED, { ingressMBps: 9120, consumerFanOut: 3, partitions: 100000 }))).toEqual([]);
    const w = sizing(withWorkload(DEDICATED, { ingressMBps: 9121, partitions: 100001 }));
    expect(w.map((i) => i.code)).toEqual(['sizing/ingress-above-throughput', 'sizing/partitions-above-capacity']);
    expect(w[0]!.message).toMatch(/Split the workload over clusters\.$/);
  });
});

describe('workload validation and plan', () => {
  test('an invalid workload is a coded error, all at once', () => {
    const err = validationErrorOf(() => planConfluentKafka(withWorkload(STANDARD, { ingressMBps: 1, consumerFanOut: 0, retentionHours: -1 })));
    expect(err.issues.filter((i) => i.code === 'sizing/invalid-workload').map((i) => i.path)).toEqual(['workload.consumerFanOut', 'workload.retentionHours']);
  });

  test('the workload is carried in the plan and changes nothing else', () => {
    const { workload, ...rest } = planConfluentKafka(withWorkload(STANDARD, { ingressMBps: 1 }));
    expect(workload).toEqual({ ingressMBps: 1 });
    expect(rest).toEqual(planConfluentKafka(STANDARD));
  });
});

describe('recommendConfluent', () => {
  test('Standard at its ceilings; eCKUs are not sized', () => {
    expect(recommendConfluent({ ingressMBps: 250, consumerFanOut: 3, partitions: 4096 })).toEqual({
      type: 'standard',
      reasons: [
        'standard holds ingress 250/250 MBps, egress 750/750 MBps, partitions 4096/4096',
        'eCKUs: no per-eCKU figure is in the library; eCKUs scale elastically up to `maxEcku`: cap it after a load test',
      ],
    });
  });

  test('Enterprise just above Standard, Dedicated above Enterprise, undefined above Dedicated', () => {
    const e = recommendConfluent({ ingressMBps: 251 })!;
    expect(e.type).toBe('enterprise');
    expect(e.reasons[0]).toBe("ingress 251 MBps exceeds standard's 250");
    expect(recommendConfluent({ ingressMBps: 1, partitions: 30000 })!.type).toBe('enterprise');
    const d = recommendConfluent({ ingressMBps: 1, partitions: 30001 })!;
    expect(d.type).toBe('dedicated');
    expect(d.reasons.at(-1)).toBe('CKUs: no per-CKU figure is in the library; start from the multi-zone minimum of 2 and load-test');
    expect(recommendConfluent({ ingressMBps: 200, consumerFanOut: 10 })!.type).toBe('dedicated'); // egress 2,000 > 1,800
    expect(recommendConfluent({ ingressMBps: 9121 })).toBeUndefined();
  });

  test('the ceilings are data with a source, Freight has none', () => {
    expect(CONFLUENT_TYPE_CEILINGS.enterprise).toMatchObject({ ingressMBps: 600, egressMBps: 1800, partitions: 30000, clientConnections: 45000 });
    expect(CONFLUENT_TYPE_CEILINGS.freight).toBeUndefined();
    expect(CONFLUENT_TYPE_CEILINGS.dedicated!.source.url).toBe('https://docs.confluent.io/cloud/current/clusters/cluster-types.html');
  });
});
