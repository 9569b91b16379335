/** Self-managed sizing: volume throughput and storage against a declared workload; recommendations; no resource change. */
import { planSelfManagedCluster, recommendSelfManaged, type SelfManagedKafkaSpec } from '../../lib/self-managed-ec2';
import { kraftSpec } from '../../examples/self-managed-specs';

const base: SelfManagedKafkaSpec = { ...kraftSpec, tieredStorage: undefined, monitoring: undefined };
const sizing = (spec: SelfManagedKafkaSpec) => planSelfManagedCluster(spec).warnings.filter((w) => w.code.startsWith('sizing/'));

test('6 brokers with 2,000 GiB at 250 MiB/s carry 100 MB/s x 3 for 10 h (10,800 GB)', () => {
  expect(sizing({ ...base, workload: { ingressMBps: 100, retentionHours: 10 } })).toEqual([]);
});

test('writes above the volume throughput and retention above the volumes warn, with the fix', () => {
  const w = sizing({ ...base, workload: { ingressMBps: 600, retentionHours: 24 } });
  expect(w.map((x) => [x.code, x.path])).toEqual([['sizing/volume-throughput', 'brokers.volume.throughputMiBps'], ['sizing/storage-too-small', 'brokers.volume.sizeGiB']]);
  // 600 MB/s x 3 / 6 = 300 MB/s per broker = 287 MiB/s > 250; 600 x 3,600 x 24 x 3 / 1,000 = 155,520 GB > 6 x 2,000 GiB.
  expect(w[0]!.message).toContain('= 300 MB/s), got: 250. Provision at least 287 MiB/s, or add brokers.');
  expect(w[1]!.message).toContain('(155520 GB) on 6 brokers, got: 2000. Add brokers or use tiered storage.');
});

test('with tiered storage, the local volumes are not held to the whole retention', () => {
  expect(sizing({ ...kraftSpec, workload: { ingressMBps: 100, retentionHours: 720 } })).toEqual([]);
});

test('the plan keeps the workload and the nodes are the same with or without it', () => {
  const withW = planSelfManagedCluster({ ...base, workload: { ingressMBps: 1 } });
  expect(withW.workload).toEqual({ ingressMBps: 1 });
  expect(withW.nodes).toEqual(planSelfManagedCluster(base).nodes);
});

test('recommendation: brokers for storage within 16 TiB and writes within 1,000 MiB/s, volumes with 20% headroom', () => {
  const r = recommendSelfManaged({ ingressMBps: 600, retentionHours: 24 });
  // 155,520 GB x 1.2 = 173,810 GiB -> 11 volumes of 16 TiB -> 12 brokers of 14,484 GiB; writes 1,716 MiB/s x 1.2 / 12 = 172 MiB/s.
  expect([r.brokerCount, r.volumeSizeGiB, r.volumeThroughputMiBps]).toEqual([12, 14484, 172]);
});
