/** `workload` passes through the component to the plan: its sizing warning is logged, and no resource changes. */
import * as pulumi from '@pulumi/pulumi';
import { ManagedKafkaCluster } from '../../../lib/gcp-managed-kafka/pulumi';
import { spec } from '../fixtures';
import { recordGcp } from './support';

test('a workload above the default 3 vCPUs logs sizing/vcpu-below-throughput and registers the same resources', async () => {
  const warnings: string[] = [];
  const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (m: string) => void warnings.push(m));
  try {
    const sized = await recordGcp(() => new ManagedKafkaCluster('kafka', { ...spec(), workload: { ingressMBps: 10 } }));
    const plain = await recordGcp(() => new ManagedKafkaCluster('kafka', spec()));
    expect(warnings.filter((w) => w.startsWith('[sizing/'))).toEqual([expect.stringMatching(/^\[sizing\/vcpu-below-throughput\] `vcpuCount` must be at least 4 .*got: 3\. Declare `vcpuCount: 4` and `memoryGiB: 16`/)]);
    expect(sized.resources.map((r) => [r.type, r.name, r.inputs])).toEqual(plain.resources.map((r) => [r.type, r.name, r.inputs]));
  } finally {
    spy.mockRestore();
  }
});
