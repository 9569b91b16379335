/** Monthly cost of Confluent plans: no list figures in the library's table, so prices are the user's here. */
import { roundUsd } from '../../lib/core';
import { confluentPriceRegion, estimateConfluentCost, planConfluentKafka } from '../../lib/confluent';
import { DEDICATED, STANDARD, withSpec } from './fixtures';
import { validationErrorOf } from '../support/conventions';

const inUsEast1 = (s: typeof STANDARD) => planConfluentKafka(withSpec(s, { cluster: { region: 'us-east-1' } }));

test('Dedicated: CKU-hours from the plan; with user prices, a line per dimension', () => {
  const plan = inUsEast1(DEDICATED);
  expect(confluentPriceRegion(plan)).toBe('aws:us-east-1');
  const prices = { confluent: { regions: { 'aws:us-east-1': { 'cku-hour:dedicated': 2, 'ingress:GB': 0.05, 'egress:GB': 0.05, 'storage:GB-month': 0.08 } } } };
  const est = estimateConfluentCost(plan, { prices, usage: { gbWrittenPerMonth: 1000, gbReadPerMonth: 3000, storedGb: 500 } });
  // 2 CKU x 730 h x $2 = $2,920; 1,000 GB x $0.05 = $50; 3,000 GB x $0.05 = $150; 500 GB-month x $0.08 = $40.
  expect(est.lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)])).toEqual([['cku-hour:dedicated', 2920], ['ingress:GB', 50], ['egress:GB', 150], ['storage:GB-month', 40]]);
  expect(roundUsd(est.monthlyUsd)).toBe(3160);
});

test('Standard without usage or prices: eCKUs and data needed, nothing counted', () => {
  const est = estimateConfluentCost(inUsEast1(STANDARD));
  expect(est.lineItems).toEqual([]);
  expect(est.issues.map((i) => i.path)).toEqual(['usage.ecku', 'usage.gbWrittenPerMonth', 'usage.gbReadPerMonth', 'usage.storedGb']);
  expect(estimateConfluentCost(inUsEast1(STANDARD), { usage: { ecku: 2 } }).issues[0]!.path).toBe('prices.regions.aws:us-east-1.ecku-hour:standard');
});

test('a region the table does not list is cost/unknown-region; the user can add it', () => {
  const plan = planConfluentKafka(withSpec(STANDARD, { cluster: { region: 'ap-south-2' } }));
  expect(validationErrorOf(() => estimateConfluentCost(plan)).codes).toEqual(['cost/unknown-region']);
  const est = estimateConfluentCost(plan, { usage: { ecku: 1 }, prices: { confluent: { regions: { 'aws:ap-south-2': { 'ecku-hour:standard': 0.1 } } } } });
  expect(roundUsd(est.lineItems[0]!.monthlyUsd)).toBe(73);
});
