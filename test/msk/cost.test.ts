/**
 * Monthly cost of MSK plans.
 *
 * The MSK pricing page (https://aws.amazon.com/msk/pricing/) and its worked examples were not among the stored
 * sources available when these tests were written (searched: the page and its translations, AWS blog posts, re:Post,
 * Price List API snapshots; only the first lines of a Japanese copy were readable, without figures), so its example
 * totals could not be quoted. The cases the issue names (three kafka.m7g.large brokers in us-east-1 with 1 TB for 15
 * days then 2 TB for 16 days; the same on kafka.m5.large; 2 MB/s kept 30 days in the low-cost tier) are therefore
 * priced with the figures of `MSK_PRICES` (us-east-1 rates of AWS's MSK sizing script, see the table) and the billing
 * rule the page states (storage GB-month = the GB stored each hour, summed over the month and divided by the month's
 * hours). Each derivation is written out next to its expectation. "1 TB" is taken as 1,000 GB per broker.
 */
import { MSK_PRICES, roundUsd } from '../../lib/core';
import { MSK_INSTANCES, estimateMskCost, planMskCluster, type MskClusterSpec, type MskNetworkInput, type MskPlan } from '../../lib/msk';
import { validationErrorOf } from '../support/conventions';

const SUBNETS: MskNetworkInput = {
  subnets: [
    { subnetId: 'subnet-a', availabilityZone: 'us-east-1a' },
    { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' },
    { subnetId: 'subnet-c', availabilityZone: 'us-east-1c' },
  ],
};
const plan = (spec: MskClusterSpec): MskPlan => planMskCluster(spec, spec.kind === 'serverless' ? { vpcConfigs: [{ subnets: SUBNETS.subnets!, securityGroupCount: 1 }] } : SUBNETS);
const lines = (p: MskPlan, o: Parameters<typeof estimateMskCost>[1]) => estimateMskCost(p, o).lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)]);

/** Three brokers in us-east-1 with 1 TB each for 15 days, then 2 TB for the remaining 16 days of a 31-day month. */
const PRORATED = { hours: 744, storageSegments: [{ gb: 1000, hours: 15 * 24 }, { gb: 2000, hours: 16 * 24 }] };

describe('Standard brokers: broker-hours and prorated storage', () => {
  test('3 x kafka.m7g.large, 1 TB for 15 days then 2 TB for 16 days: $910.17', () => {
    const p = plan({ kind: 'standard', clusterName: 'orders', instanceType: 'kafka.m7g.large', brokerNodes: 3, storage: { volumeSizeGiB: 2000 } });
    const est = estimateMskCost(p, { region: 'us-east-1', usage: PRORATED });
    // Brokers: 3 x 744 h x $0.204 = $455.328. Storage per broker: (1,000 GB x 360 h + 2,000 GB x 384 h) / 744 h
    // = 1,516.13 GB-month; 3 brokers x 1,516.13 x $0.10 = $454.839. Total $910.167.
    expect(lines(p, { region: 'us-east-1', usage: PRORATED })).toEqual([['broker-hour:kafka.m7g.large', 455.33], ['storage:GB-month', 454.84]]);
    expect(roundUsd(est.monthlyUsd)).toBe(910.17);
    expect(est.complete).toBe(true);
    expect(est.hoursPerMonth).toBe(744);
  });

  test('the same on kafka.m5.large: $923.56', () => {
    const p = plan({ kind: 'standard', clusterName: 'orders', instanceType: 'kafka.m5.large', brokerNodes: 3, storage: { volumeSizeGiB: 2000 } });
    // Brokers: 3 x 744 h x $0.21 = $468.72; storage as above $454.839. Total $923.559.
    expect(roundUsd(estimateMskCost(p, { region: 'us-east-1', usage: PRORATED }).monthlyUsd)).toBe(923.56);
  });

  test('without usage, the provisioned volume for a 730-hour month', () => {
    const p = plan({ kind: 'standard', clusterName: 'orders', instanceType: 'kafka.m7g.large', brokerNodes: 3 });
    // 3 x 730 h x $0.204 = $446.76; 3 x 1,000 GB-month (the default volume) x $0.10 = $300.
    expect(lines(p, { region: 'us-east-1' })).toEqual([['broker-hour:kafka.m7g.large', 446.76], ['storage:GB-month', 300]]);
  });

  test('tiered storage: 1 TB primary per broker and 2 MB/s kept 30 days in the low-cost tier: $865.99', () => {
    const p = plan({ kind: 'standard', clusterName: 'orders', instanceType: 'kafka.m7g.large', brokerNodes: 3, kafkaVersion: '3.9.x', storage: { volumeSizeGiB: 1000, tiered: true } });
    expect(estimateMskCost(p, { region: 'us-east-1' }).issues.map((i) => [i.code, i.path])).toEqual([['cost/usage-needed', 'usage.tieredGb']]);
    // 2 MB/s for 30 days kept in the tier (one copy): 2 x 86,400 x 30 / 1,000 = 5,184 GB.
    const est = estimateMskCost(p, { region: 'us-east-1', usage: { tieredGb: 5184 } });
    // Brokers 3 x 730 h x $0.204 = $446.76; primary 3 x 1,000 GB-month x $0.10 = $300; tier 5,184 x $0.023 = $119.232.
    expect(lines(p, { region: 'us-east-1', usage: { tieredGb: 5184 } })).toEqual([['broker-hour:kafka.m7g.large', 446.76], ['storage:GB-month', 300], ['tiered-storage:GB-month', 119.23]]);
    expect(roundUsd(est.monthlyUsd)).toBe(865.99);
    expect(est.complete).toBe(true);
    // A negotiated price wins over the table's.
    const withPrice = estimateMskCost(p, { region: 'us-east-1', usage: { tieredGb: 5184 }, prices: { msk: { regions: { 'us-east-1': { 'tiered-storage:GB-month': 0.02 } } } } });
    expect(withPrice.lineItems.find((l) => l.dimension === 'tiered-storage:GB-month')).toMatchObject({ quantity: 5184, unitUsd: 0.02, source: { title: 'user-supplied price' } });
  });

  test('provisioned storage throughput is a line of its own, per broker and MiB/s', () => {
    const p = plan({ kind: 'standard', clusterName: 'orders', instanceType: 'kafka.m7g.4xlarge', brokerNodes: 3, storage: { provisionedThroughputMiBps: 500 } });
    // Brokers 3 x 730 h x $1.632 = $3,574.08; storage 3 x 1,000 GB-month x $0.10 = $300; throughput 3 x 500 x $0.08 = $120.
    expect(lines(p, { region: 'us-east-1' })).toEqual([['broker-hour:kafka.m7g.4xlarge', 3574.08], ['storage:GB-month', 300], ['provisioned-throughput:MiBps-month', 120]]);
    expect(estimateMskCost(p, { region: 'us-east-1' }).complete).toBe(true);
  });
});

describe('Express brokers', () => {
  test('broker-hours; storage and data written need usage', () => {
    const p = plan({ kind: 'express', clusterName: 'orders' });
    const est = estimateMskCost(p, { region: 'us-east-1' });
    // 3 x 730 h x $0.408 = $893.52.
    expect(est.lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)])).toEqual([['broker-hour:express.m7g.large', 893.52]]);
    expect(est.issues.map((i) => i.path)).toEqual(['usage.storedGb', 'usage.gbWrittenPerMonth']);
  });

  test('with usage, storage kept and data written are charged from the table', () => {
    const p = plan({ kind: 'express', clusterName: 'orders' });
    const est = estimateMskCost(p, { region: 'us-east-1', usage: { storedGb: 500, gbWrittenPerMonth: 2000 } });
    // 3 x 730 h x $0.408 = $893.52; 500 GB-month x $0.10 = $50; 2,000 GB x $0.01 = $20.
    expect(est.lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)])).toEqual([['broker-hour:express.m7g.large', 893.52], ['express-storage:GB-month', 50], ['express-data-written:GB', 20]]);
    expect(roundUsd(est.monthlyUsd)).toBe(963.52);
    expect(est.complete).toBe(true);
  });

  test('the larger Express sizes: 6 x express.m7g.4xlarge for a 31-day month', () => {
    const p = plan({ kind: 'express', clusterName: 'orders', instanceType: 'express.m7g.4xlarge', brokerNodes: 6 });
    // 6 x 744 h x $3.264 = $14,570.496.
    expect(lines(p, { region: 'us-east-1', usage: { hours: 744, storedGb: 0, gbWrittenPerMonth: 0 } })).toEqual([['broker-hour:express.m7g.4xlarge', 14570.5]]);
  });
});

/**
 * infracost's MSK fixture (internal/providers/terraform/aws/testdata/msk_cluster_test, us-east-1, 730-hour month, last
 * changed 2024-07-01) prices three of the same clusters; its lines are reproduced to the cent (a cross-check of the
 * arithmetic and of the figures it shares with the table, not of today's prices).
 */
describe('us-east-1: infracost\'s MSK fixture, line by line', () => {
  const TWO_AZS: MskNetworkInput = { subnets: SUBNETS.subnets!.slice(0, 2) };
  // Two AZs (two subnets), and a default replication factor the two-broker clusters can hold.
  const p2 = (spec: MskClusterSpec) => planMskCluster({ azCount: 2, ...spec } as MskClusterSpec, TWO_AZS);
  const rf2 = { serverProperties: { defaultReplicationFactor: 2, minInsyncReplicas: 1 } };

  test('2 x kafka.t3.small with 500 GB each: $66.58 and $100.00', () => {
    const p = p2({ kind: 'standard', clusterName: 'cluster-2-nodes', instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', brokerNodes: 2, storage: { volumeSizeGiB: 500 }, ...rf2 });
    expect(lines(p, { region: 'us-east-1' })).toEqual([['broker-hour:kafka.t3.small', 66.58], ['storage:GB-month', 100]]);
  });

  test('4 x kafka.m5.24xlarge with 1,000 GB each: $29,433.60 and $400.00', () => {
    const p = p2({ kind: 'standard', clusterName: 'cluster-4-nodes', instanceType: 'kafka.m5.24xlarge', brokerNodes: 4, storage: { volumeSizeGiB: 1000 } });
    expect(lines(p, { region: 'us-east-1' })).toEqual([['broker-hour:kafka.m5.24xlarge', 29433.6], ['storage:GB-month', 400]]);
  });

  test('2 x kafka.t3.small whose volumes auto-scaled to 1,234 GB each for the month: storage $246.80', () => {
    const p = p2({ kind: 'standard', clusterName: 'cluster-autoscaling-usage', instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', brokerNodes: 2, storage: { volumeSizeGiB: 1000 }, ...rf2 });
    expect(lines(p, { region: 'us-east-1', usage: { storageSegments: [{ gb: 1234, hours: 730 }] } })).toEqual([['broker-hour:kafka.t3.small', 66.58], ['storage:GB-month', 246.8]]);
  });
});

describe('the table', () => {
  test('every broker type MSK offers has a us-east-1 price, and the table names no other type', () => {
    const priced = Object.keys(MSK_PRICES.regions['us-east-1']!).filter((d) => d.startsWith('broker-hour:')).map((d) => d.slice('broker-hour:'.length)).sort();
    expect(priced).toEqual(MSK_INSTANCES.map((i) => i.instanceType).sort());
  });

  test('every figure read from AWS\'s sizing script names it and its date', () => {
    const fromScript = Object.values(MSK_PRICES.regions['us-east-1']!).filter((p) => p.source.note?.includes('msk_sizing.py'));
    expect(fromScript.length).toBe(27);
    for (const p of fromScript) expect(p.source).toMatchObject({ url: 'https://aws.amazon.com/msk/pricing/', published: '2026-06-23' });
  });
});

describe('Serverless', () => {
  test('cluster-hours, partition-hours, data in and out, storage', () => {
    const p = plan({ kind: 'serverless', clusterName: 'events' });
    const usage = { partitions: 50, gbWrittenPerMonth: 1000, gbReadPerMonth: 2000, storedGb: 500 };
    // 730 h x $0.75 = $547.50; 50 x 730 x $0.0015 = $54.75; 1,000 GB x $0.10 = $100; 2,000 GB x $0.05 = $100; 500 GB-month x $0.10 = $50.
    expect(lines(p, { region: 'us-east-1', usage })).toEqual([
      ['serverless-cluster-hour:hour', 547.5], ['serverless-partition-hour:partition-hour', 54.75], ['serverless-data-in:GB', 100], ['serverless-data-out:GB', 100], ['serverless-storage:GB-month', 50],
    ]);
    expect(roundUsd(estimateMskCost(p, { region: 'us-east-1', usage }).monthlyUsd)).toBe(852.25);
  });

  test('without usage, only the cluster-hours, the rest reported as needed', () => {
    const est = estimateMskCost(plan({ kind: 'serverless', clusterName: 'events' }), { region: 'us-east-1' });
    expect(est.issues.map((i) => i.path)).toEqual(['usage.partitions', 'usage.gbWrittenPerMonth', 'usage.gbReadPerMonth', 'usage.storedGb']);
  });
});

describe('regions', () => {
  test('eu-west-1 is known but has no figures: every dimension reported, total 0 and incomplete', () => {
    const est = estimateMskCost(plan({ kind: 'express', clusterName: 'orders' }), { region: 'eu-west-1', usage: { storedGb: 1, gbWrittenPerMonth: 1 } });
    expect(est.lineItems).toEqual([]);
    expect(est.complete).toBe(false);
    expect(est.issues.map((i) => i.code)).toEqual(['cost/no-price', 'cost/no-price', 'cost/no-price']);
  });

  test('an unknown region, or none, is a coded error', () => {
    const p = plan({ kind: 'express', clusterName: 'orders' });
    expect(validationErrorOf(() => estimateMskCost(p, { region: 'eu-west-9' })).codes).toEqual(['cost/unknown-region']);
    expect(validationErrorOf(() => estimateMskCost(p, {})).codes).toEqual(['cost/region-needed']);
  });

  test('multi-VPC connectivity is charged per authentication scheme turned on (no price in the table: reported)', () => {
    const p = plan({ kind: 'express', clusterName: 'orders', clientAuthentication: { iam: true, scram: { users: ['a'] } }, connectivity: { multiVpc: { iam: true, scram: true }, clusterAlreadyDeployed: true } } as MskClusterSpec);
    const prices = { msk: { regions: { 'us-east-1': { 'private-connectivity-hour:hour': 0.01 } } } };
    const line = estimateMskCost(p, { region: 'us-east-1', prices }).lineItems.find((l) => l.dimension === 'private-connectivity-hour:hour');
    expect(line).toMatchObject({ quantity: 2 * 730, description: 'multi-VPC private connectivity, 2 authentication scheme(s), 730 h' });
    expect(estimateMskCost(p, { region: 'us-east-1' }).issues.map((i) => i.path)).toContain('prices.regions.us-east-1.private-connectivity-hour:hour');
  });
});
