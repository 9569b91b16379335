/** `workload` passes through the component to the plan: its sizing warning is logged, and no resource changes. */
import * as pulumi from '@pulumi/pulumi';
import { ConfluentKafka } from '../../../lib/confluent/pulumi';
import { STANDARD } from '../fixtures';
import { recordConfluent } from './support';

test('a workload above the Standard ceilings logs sizing warnings and registers the same resources', async () => {
  const warnings: string[] = [];
  const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (m: string) => void warnings.push(m));
  try {
    const sized = await recordConfluent(() => new ConfluentKafka('orders', { ...STANDARD, workload: { ingressMBps: 300 } }));
    const plain = await recordConfluent(() => new ConfluentKafka('orders', STANDARD));
    expect(warnings.filter((w) => w.startsWith('[sizing/'))).toEqual([expect.stringMatching(/^\[sizing\/ingress-above-throughput\] `workload\.ingressMBps` must be at most 250 MBps on cluster type 'standard' .*Use `cluster\.type: 'enterprise'`\.$/)]);
    expect(sized.resources.map((r) => [r.type, r.name, r.inputs])).toEqual(plain.resources.map((r) => [r.type, r.name, r.inputs]));
  } finally {
    spy.mockRestore();
  }
});
