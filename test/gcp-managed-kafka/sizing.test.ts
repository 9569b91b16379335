/**
 * Managed Kafka sizing: Google's published rule (write-equivalent rate / 20 MBps per vCPU / 50% utilization, 4 GiB per
 * vCPU) decides the recommendation and the `sizing/vcpu-below-throughput` warning, at its boundaries.
 */
import { GCP_KAFKA_SIZING, planGcpKafkaCluster, recommendGcpManagedKafka, validateGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';
import { spec } from './fixtures';

const sizing = (extra: Parameters<typeof spec>[0]) => planGcpKafkaCluster(spec(extra)).warnings.filter((w) => w.code.startsWith('sizing/'));

describe('sizing/vcpu-below-throughput', () => {
  test('8 MBps in, one consumer group, RF 3: write-equivalent 30 MBps fits the default 3 vCPUs exactly', () => {
    expect(sizing({ workload: { ingressMBps: 8 } })).toEqual([]);
  });

  test('just above, the warning names the vCPUs and memory to declare', () => {
    const w = sizing({ workload: { ingressMBps: 8.1 } });
    expect(w.map((i) => [i.code, i.path, i.message])).toEqual([[
      'sizing/vcpu-below-throughput', 'vcpuCount',
      '`vcpuCount` must be at least 4 for the workload (write-equivalent 30.4 MBps / 20 MBps per vCPU / 50% utilization, "Plan the size of your Managed Service for Apache Kafka cluster (Google Cloud documentation)"), got: 3. Declare `vcpuCount: 4` and `memoryGiB: 16` (4 GiB per vCPU).',
    ]]);
    expect(w[0]!.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
    expect(sizing({ vcpuCount: 4, workload: { ingressMBps: 8.1 } })).toEqual([]);
  });

  test('fan-out and replication factor count: egress is read bandwidth, replicas write and read', () => {
    // write 40 x 3 = 120, read 80 + 40 x 2 = 160, write-equivalent 120 + 40 = 160 MBps -> 16 vCPUs
    expect(sizing({ vcpuCount: 16, memoryGiB: 64, workload: { ingressMBps: 40, consumerFanOut: 2 } })).toEqual([]);
    expect(sizing({ vcpuCount: 15, memoryGiB: 60, workload: { ingressMBps: 40, consumerFanOut: 2 } }).map((i) => i.code)).toEqual(['sizing/vcpu-below-throughput']);
  });

  test('an invalid workload is a coded error; the workload is carried and changes nothing else', () => {
    const err = validationErrorOf(() => planGcpKafkaCluster(spec({ workload: { ingressMBps: Number.NaN, replicationFactor: 0 } })));
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([['sizing/invalid-workload', 'workload.ingressMBps'], ['sizing/invalid-workload', 'workload.replicationFactor']]);
    expect(validateGcpKafkaCluster(spec({ workload: { ingressMBps: 1 } })).filter((i) => i.code.startsWith('sizing/'))).toEqual([]);
    const { workload, ...rest } = planGcpKafkaCluster(spec({ workload: { ingressMBps: 1 } }));
    expect(workload).toEqual({ ingressMBps: 1 });
    expect(rest).toEqual(planGcpKafkaCluster(spec()));
  });
});

describe('recommendGcpManagedKafka', () => {
  test('each step of the rule is a reason', () => {
    expect(recommendGcpManagedKafka({ ingressMBps: 40, consumerFanOut: 2 })).toEqual({
      vcpuCount: 16, memoryGiB: 64,
      reasons: [
        'write 40 MBps x 3 replicas = 120 MBps',
        'read 80 MBps + 40 MBps x 2 = 160 MBps',
        'write-equivalent 120 + 160 / 4 = 160 MBps',
        'vCPUs 160 / 20 MBps / 50% = 16, rounded up, at least 3: 16',
        'memory 4 GiB per vCPU: 64 GiB',
      ],
    });
  });

  test('at least 3 vCPUs; the default regional quota (750) is named above it', () => {
    expect(recommendGcpManagedKafka({ ingressMBps: 0.1 })).toMatchObject({ vcpuCount: 3, memoryGiB: 12 });
    expect(recommendGcpManagedKafka({ ingressMBps: 2000 }).vcpuCount).toBe(750); // 2000 x 3.75 = 7500 MBps
    expect(recommendGcpManagedKafka({ ingressMBps: 2000 }).reasons).toHaveLength(5);
    expect(recommendGcpManagedKafka({ ingressMBps: 2001 }).reasons.at(-1)).toBe('751 vCPUs exceed the default regional quota of 750: request an increase or split the workload');
  });

  test('the published figures are the data used', () => {
    expect(GCP_KAFKA_SIZING).toMatchObject({ writeMBpsPerVcpu: 20, readEfficiency: 4, targetUtilization: 0.5, memoryGiBPerVcpu: 4 });
    expect(GCP_KAFKA_SIZING.source.url).toBe('https://cloud.google.com/managed-service-for-apache-kafka/docs/plan-cluster-size');
  });
});
