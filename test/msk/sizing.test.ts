/**
 * MSK sizing: the plan warns when a declared workload is too big for the declared brokers (published sustained
 * throughput, partitions per broker, storage), recommendations carry the workload, and `workload` changes no resource.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { planMskCluster, recommendMskExpress, recommendMskStandard, type MskClusterSpec, type MskNetworkInput } from '../../lib/msk';
import { MskCluster } from '../../lib/msk/cdk';
import { validationErrorOf } from '../support/conventions';

const SUBNETS: MskNetworkInput = {
  subnets: [
    { subnetId: 'subnet-a', availabilityZone: 'us-east-1a' },
    { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' },
    { subnetId: 'subnet-c', availabilityZone: 'us-east-1c' },
  ],
};
const warnings = (spec: MskClusterSpec) => planMskCluster(spec, SUBNETS).warnings.filter((w) => w.code.startsWith('sizing/')).map((w) => w.code);

describe('Express', () => {
  test('3 x express.m7g.large carry 45 MB/s in and 90 MB/s out (the Express best-practices example): no warning', () => {
    expect(warnings({ kind: 'express', clusterName: 'orders', workload: { ingressMBps: 45, consumerFanOut: 2 } })).toEqual([]);
  });

  test('ingress and egress above the brokers\' sustained throughput warn, naming the shape that fits', () => {
    const plan = planMskCluster({ kind: 'express', clusterName: 'orders', workload: { ingressMBps: 60, consumerFanOut: 3 } }, SUBNETS);
    const sizing = plan.warnings.filter((w) => w.code.startsWith('sizing/'));
    expect(sizing.map((w) => [w.code, w.path])).toEqual([['sizing/ingress-above-throughput', 'workload.ingressMBps'], ['sizing/egress-above-throughput', 'workload.consumerFanOut']]);
    expect(sizing[0]!.message).toMatch(/^`workload\.ingressMBps` must be at most 46\.8 MB\/s for 3 x express\.m7g\.large \(15\.6 MB\/s sustained each, .*\), got: 60\. Use 3 x express\.m7g\.xlarge\.$/);
  });

  test('partitions x 3 above the recommended partitions per broker warn', () => {
    expect(warnings({ kind: 'express', clusterName: 'orders', workload: { ingressMBps: 1, partitions: 1200 } })).toEqual(['sizing/partitions-per-broker']);
  });
});

describe('Standard', () => {
  test('ingress x retention x RF above the brokers\' volumes warns; the default 1,000 GiB holds a small workload', () => {
    expect(warnings({ kind: 'standard', clusterName: 'orders', workload: { ingressMBps: 1 } })).toEqual([]); // 1 x 3600 x 168 x 3 / 1000 = 1,814 GB < 3,221 GB
    const plan = planMskCluster({ kind: 'standard', clusterName: 'orders', workload: { ingressMBps: 5, retentionHours: 72 } }, SUBNETS);
    const w = plan.warnings.find((x) => x.code === 'sizing/storage-too-small')!;
    // 5 MB/s x 3,600 s x 72 h x 3 / 1,000 = 3,888 GB > 3 x 1,000 GiB = 3,221 GB.
    expect(w.message).toContain('(5 MB/s x 72 h x 3 = 3888 GB) on 3 brokers, got: 1000. Use at least 1207 GiB per broker');
  });

  test('tiered storage: local storage not held to the whole retention', () => {
    expect(warnings({ kind: 'standard', clusterName: 'orders', kafkaVersion: '3.9.x', storage: { tiered: true }, workload: { ingressMBps: 5, retentionHours: 720 } })).toEqual([]);
  });

  test('the published 16xlarge figure (154 MB/s each) is checked against ingress x RF', () => {
    expect(warnings({ kind: 'standard', clusterName: 'orders', instanceType: 'kafka.m7g.16xlarge', storage: { volumeSizeGiB: 16384 }, workload: { ingressMBps: 200, retentionHours: 1 } })).toEqual(['sizing/ingress-above-throughput']);
  });

  test('an invalid workload is a coded error, listed with the others', () => {
    const err = validationErrorOf(() => planMskCluster({ kind: 'standard', clusterName: 'orders', workload: { ingressMBps: 0, replicationFactor: 2.5 } }, SUBNETS));
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([['sizing/invalid-workload', 'workload.ingressMBps'], ['sizing/invalid-workload', 'workload.replicationFactor']]);
  });
});

describe('recommendations', () => {
  test('Express: near the fewest vCPUs, the fewest brokers that carry ingress, egress and partitions', () => {
    expect(recommendMskExpress({ ingressMBps: 45, consumerFanOut: 2 })).toMatchObject({ kind: 'express', instanceType: 'express.m7g.large', brokerNodes: 3 });
    // 21 x large (42 vCPUs) or 3 x 4xlarge (48 vCPUs, within 15%): the fewer brokers.
    expect(recommendMskExpress({ ingressMBps: 300, consumerFanOut: 2 })).toMatchObject({ instanceType: 'express.m7g.4xlarge', brokerNodes: 3 });
    expect(recommendMskExpress({ ingressMBps: 30, partitions: 2000 })).toMatchObject({ instanceType: 'express.m7g.large', brokerNodes: 6 }); // 2,000 x 3 / 1,000 per broker
    expect(recommendMskExpress({ ingressMBps: 100000 })).toBeUndefined();
  });

  test('Standard: brokers for storage and partitions, volume with 20% headroom', () => {
    const r = recommendMskStandard({ ingressMBps: 10, retentionHours: 168, partitions: 1500 })!;
    // Storage 10 x 3,600 x 168 x 3 / 1,000 = 18,144 GB; partitions 1,500 x 3 / 1,000 = 4.5 -> 6 brokers.
    expect([r.brokerNodes, r.volumeSizeGiB]).toEqual([6, 3380]); // 18,144 GB x 1.2 / 1.0737 / 6 = 3,380 GiB
    expect(recommendMskStandard({ ingressMBps: 1 }, 'express.m7g.large')).toBeUndefined();
  });
});

test('workload changes no resource: the CDK template is the same with and without it', () => {
  const template = (workload?: { ingressMBps: number }) => {
    const stack = new Stack(new App(), 'S', { env: { account: '123456789012', region: 'us-east-1' } });
    new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', ...(workload ? { workload } : {}) });
    return Template.fromStack(stack).toJSON();
  };
  expect(template({ ingressMBps: 500 })).toEqual(template());
});
