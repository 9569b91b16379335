/**
 * Monthly cost of an MSK Replicator plan: replicator-hours and GB replicated, in the target cluster's Region.
 *
 * No MSK Replicator figure (per replicator-hour, per GB) was found in a readable source, so the library's table has
 * none: every line is reported as `cost/no-price`, never counted as zero, and prices the caller passes are used. The
 * MSK pricing page's Replicator example could not be read, so it is not reproduced here.
 */
import { roundUsd } from '../../../lib/core';
import { estimateMskReplicatorCost, planMskReplicator, regionOfMskReplicatorPlan } from '../../../lib/replication/msk-replicator';
import { validationErrorOf } from '../../support/conventions';
import { source, spec, target } from './fixtures';

const plan = planMskReplicator(spec());

test('billed in the target cluster\'s Region, read from its ARN (us-west-2)', () => {
  expect(plan.crossRegion).toBe(true);
  expect(regionOfMskReplicatorPlan(plan)).toBe('us-west-2');
  expect(estimateMskReplicatorCost(plan).region).toBe('us-west-2');
});

test('no figure in the table: both dimensions reported, nothing counted, the data replicated asked for', () => {
  const est = estimateMskReplicatorCost(plan);
  expect(est.lineItems).toEqual([]);
  expect(est.monthlyUsd).toBe(0);
  expect(est.complete).toBe(false);
  expect(est.issues.map((i) => [i.code, i.path])).toEqual([
    ['cost/no-price', 'prices.regions.us-west-2.replicator-hour:hour'],
    ['cost/usage-needed', 'usage.gbReplicatedPerMonth'],
  ]);
});

test('with your prices and the GB replicated: one line per dimension', () => {
  const est = estimateMskReplicatorCost(plan, {
    usage: { gbReplicatedPerMonth: 5000, hours: 744 },
    prices: { msk: { regions: { 'us-west-2': { 'replicator-hour:hour': 0.5, 'replicator-data:GB': 0.02 } } } },
  });
  // 744 h x $0.5 = $372; 5,000 GB x $0.02 = $100.
  expect(est.lineItems.map((l) => [l.dimension, l.description, roundUsd(l.monthlyUsd), l.source.title])).toEqual([
    ['replicator-hour:hour', `replicator ${plan.replicatorName}, 744 h (cross-Region)`, 372, 'user-supplied price'],
    ['replicator-data:GB', 'data replicated', 100, 'user-supplied price'],
  ]);
  expect(roundUsd(est.monthlyUsd)).toBe(472);
  expect(est.complete).toBe(true);
});

test('a Region the plan does not know (a token) must be given: cost/region-needed; an unlisted one is cost/unknown-region', () => {
  const isToken = (v: unknown) => typeof v === 'string' && v.includes('${Token');
  const tokens = planMskReplicator(spec({ kafkaClusters: [source(), target({ region: '${Token[AWS.Region.12]}' })], replicatorRegion: '${Token[AWS.Region.12]}' }), isToken);
  expect(regionOfMskReplicatorPlan(tokens)).toBeUndefined();
  expect(validationErrorOf(() => estimateMskReplicatorCost(tokens)).codes).toEqual(['cost/region-needed']);
  expect(estimateMskReplicatorCost(tokens, { region: 'eu-west-1' }).region).toBe('eu-west-1');
  expect(validationErrorOf(() => estimateMskReplicatorCost(plan, { region: 'mars-north-1' })).codes).toEqual(['cost/unknown-region']);
});

test('bad usage is one coded error', () => {
  expect(validationErrorOf(() => estimateMskReplicatorCost(plan, { usage: { gbReplicatedPerMonth: -1 } })).codes).toEqual(['cost/invalid-usage']);
});
