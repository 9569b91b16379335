/**
 * `kafka-iac review` shows, for a cluster with a declared `workload`, the target's recommended shape with its reasons
 * (every target's recommender, from the plan), next to the plan's `sizing/*` warnings; none without a workload.
 */
import { main } from '../../lib/cli/kafka-iac';
import { classifyPlan } from '../../lib/cli/review/clusters';
import { sizingAdviceOf } from '../../lib/cli/review/sizing';
import { planConfluentKafka } from '../../lib/confluent';
import { planEventHubsNamespace } from '../../lib/event-hubs';
import { planGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { planMskCluster } from '../../lib/msk';
import { STANDARD } from '../confluent/fixtures';
import { spec as gcpSpec } from '../gcp-managed-kafka/fixtures';
import * as path from 'path';

const SUBNETS = { subnets: ['a', 'b', 'c'].map((z, i) => ({ subnetId: `subnet-${i}`, availabilityZone: `eu-west-1${z}` })) };
const advice = (plan: unknown) => sizingAdviceOf(classifyPlan(plan)!);

describe('sizingAdviceOf', () => {
  test('each target with a workload: its recommender, one line and the reasons', () => {
    expect(advice(planMskCluster({ kind: 'express', clusterName: 'orders', workload: { ingressMBps: 60, consumerFanOut: 3 } }, SUBNETS))!.recommended).toBe('3 x express.m7g.xlarge');
    expect(advice(planMskCluster({ kind: 'standard', clusterName: 'orders', workload: { ingressMBps: 1 } }, SUBNETS))!.recommended).toBe('3 x kafka.m7g.large, 676 GiB per broker');
    expect(advice(planEventHubsNamespace({ namespaceName: 'contoso-orders', tier: 'Standard', workload: { ingressMBps: 5, consumerFanOut: 3 } }))).toMatchObject({ recommended: 'Standard, 8 throughput units' });
    expect(advice(planConfluentKafka({ ...STANDARD, workload: { ingressMBps: 251 } }))!.recommended).toBe("cluster type 'enterprise'");
    const gcp = advice(planGcpKafkaCluster(gcpSpec({ workload: { ingressMBps: 40, consumerFanOut: 2 } })))!;
    expect(gcp.recommended).toBe('16 vCPU, 64 GiB');
    expect(gcp.reasons).toHaveLength(5);
  });

  test('no workload, no advice', () => {
    expect(advice(planEventHubsNamespace({ namespaceName: 'contoso-orders' }))).toBeUndefined();
    expect(advice(planGcpKafkaCluster(gcpSpec()))).toBeUndefined();
  });
});

test('the review prints the sizing row after the warnings', async () => {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  const cwd = process.cwd();
  process.chdir(path.join(__dirname, '..', '..'));
  let status: number;
  try { status = await main(['review', 'test/cli/fixtures/express-workload.ts']); } finally { process.chdir(cwd); spy.mockRestore(); }
  expect(status).toBe(0);
  const text = out.join('');
  expect(text).toContain('  warnings     2\n    [sizing/ingress-above-throughput] ');
  expect(text).toContain([
    '  sizing       for the declared workload: 3 x express.m7g.xlarge',
    '    ingress 60 MB/s / 31.2 MB/s per broker = 1.9',
    '    egress 180 MB/s / 62.5 MB/s per broker = 2.9',
    '    a multiple of 3 (one broker per AZ)',
  ].join('\n'));
});
