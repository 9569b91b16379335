/** Monthly cost of self-managed plans: instances, EBS gp3 (with the included IOPS and throughput), S3 tiering. */
import { roundUsd } from '../../lib/core';
import { estimateSelfManagedCost, planSelfManagedCluster, regionOfSelfManagedPlan } from '../../lib/self-managed-ec2';
import { devSpec, kraftSpec } from '../../examples/self-managed-specs';
import { validationErrorOf } from '../support/conventions';

describe('the production example (3 controllers, 6 brokers, tiered storage)', () => {
  const plan = planSelfManagedCluster(kraftSpec);

  test('its region is that of its AZs (eu-west-1): known, no figures: every line reported, none counted', () => {
    expect(regionOfSelfManagedPlan(plan)).toBe('eu-west-1');
    const est = estimateSelfManagedCost(plan);
    expect(est.region).toBe('eu-west-1');
    expect(est.lineItems).toEqual([]);
    expect(est.issues.map((i) => i.path)).toEqual([
      'prices.regions.eu-west-1.instance-hour:m7g.large', 'prices.regions.eu-west-1.instance-hour:m7g.2xlarge',
      'prices.regions.eu-west-1.ebs-gp3-storage:GB-month', 'prices.regions.eu-west-1.ebs-gp3-throughput:MiBps-month', 'usage.tieredGb',
    ]);
  });

  test('priced in us-east-1: instances, gp3 storage, throughput above 125 MiB/s, S3 for the tier', () => {
    const est = estimateSelfManagedCost(plan, { region: 'us-east-1', usage: { tieredGb: 10000 } });
    // Controllers 3 x 730 h x $0.0816 = $178.70; brokers 6 x 730 h x $0.3264 = $1,429.63;
    // gp3 (3 x 20 + 6 x 2,000) GB x $0.08 = $964.80; throughput 6 x (250 - 125) MiB/s x $0.04 = $30; S3 10,000 GB x $0.023 = $230.
    expect(est.lineItems.map((l) => [l.description, roundUsd(l.monthlyUsd)])).toEqual([
      ['3 controller nodes x m7g.large, 730 h', 178.7],
      ['6 broker nodes x m7g.2xlarge, 730 h', 1429.63],
      ['9 gp3 volumes', 964.8],
      ['gp3 throughput above 125 MiB/s per volume', 30],
      ['tiered storage in s3://example-orders-kafka-tiered-eu-west-1', 230],
    ]);
    expect(roundUsd(est.monthlyUsd)).toBe(2833.14);
    expect(est.complete).toBe(true);
  });
});

test('the development example: a t4g.large has no figure in us-east-1 (reported), its 50 GB volume is priced', () => {
  const est = estimateSelfManagedCost(planSelfManagedCluster(devSpec), { region: 'us-east-1' });
  expect(est.lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)])).toEqual([['ebs-gp3-storage:GB-month', 4]]);
  expect(est.issues.map((i) => i.code)).toEqual(['cost/no-price']);
});

test('an unknown region is cost/unknown-region', () => {
  expect(validationErrorOf(() => estimateSelfManagedCost(planSelfManagedCluster(devSpec), { region: 'eu-west-7' })).codes).toEqual(['cost/unknown-region']);
});

test('the production example priced in eu-central-1: m7g.large controllers and gp3 storage have figures, the rest is reported', () => {
  const est = estimateSelfManagedCost(planSelfManagedCluster(kraftSpec), { region: 'eu-central-1', usage: { tieredGb: 10000 } });
  // Controllers 3 x 730 h x $0.0978 = $214.182; gp3 (3 x 20 + 6 x 2,000) GB x $0.0952 = $1,148.112 (AWS Price List,
  // eu-central-1 file effective 2026-09-01). No eu-central-1 figure for m7g.2xlarge, gp3 throughput or S3.
  expect(est.lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)])).toEqual([
    ['instance-hour:m7g.large', 214.18],
    ['ebs-gp3-storage:GB-month', 1148.11],
  ]);
  expect(est.lineItems.every((l) => l.source.published === '2026-09-01')).toBe(true);
  expect(est.issues.map((i) => i.path)).toEqual([
    'prices.regions.eu-central-1.instance-hour:m7g.2xlarge', 'prices.regions.eu-central-1.ebs-gp3-throughput:MiBps-month',
    'prices.regions.eu-central-1.s3-standard-storage:GB-month',
  ]);
  expect(est.complete).toBe(false);
});
