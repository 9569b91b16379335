/** Monthly cost of Event Hubs plans: throughput, processing and capacity units; the location is the caller's. */
import { roundUsd } from '../../lib/core';
import { estimateEventHubsCost, planEventHubsNamespace, type EventHubsNamespaceSpec } from '../../lib/event-hubs';
import { validationErrorOf } from '../support/conventions';

const plan = (extra: Partial<EventHubsNamespaceSpec> = {}) => planEventHubsNamespace({ namespaceName: 'contoso-orders', ...extra });

test('Premium (the default): processing unit-hours; no figure in westeurope: reported', () => {
  const est = estimateEventHubsCost(plan(), { region: 'westeurope' });
  expect(est.issues.map((i) => i.path)).toEqual(['prices.regions.westeurope.processing-unit-hour:premium']);
  const priced = estimateEventHubsCost(plan(), { region: 'westeurope', prices: { 'event-hubs': { regions: { westeurope: { 'processing-unit-hour:premium': 1.5 } } } } });
  expect(priced.lineItems.map((l) => [l.description, roundUsd(l.monthlyUsd)])).toEqual([['1 PU x 730 h', 1095]]);
});

test('Standard: throughput units (auto-inflate named, not counted) and ingress events', () => {
  const p = plan({ tier: 'Standard', capacity: 2, autoInflate: { maximumThroughputUnits: 40 } });
  const prices = { 'event-hubs': { regions: { eastus: { 'throughput-unit-hour:standard': 0.03, 'ingress-events:million': 0.028 } } } };
  const est = estimateEventHubsCost(p, { region: 'eastus', prices, usage: { ingressMillionEvents: 1000 } });
  // 2 TU x 730 h x $0.03 = $43.80; 1,000 million events x $0.028 = $28.
  expect(est.lineItems.map((l) => [l.description, roundUsd(l.monthlyUsd)])).toEqual([['2 TU x 730 h (auto-inflate up to 40 TU not included)', 43.8], ['ingress events', 28]]);
  expect(estimateEventHubsCost(p, { region: 'eastus', prices }).issues.map((i) => i.path)).toEqual(['usage.ingressMillionEvents']);
});

test('no location, or an unknown one, is a coded error', () => {
  expect(validationErrorOf(() => estimateEventHubsCost(plan(), {})).codes).toEqual(['cost/region-needed']);
  expect(validationErrorOf(() => estimateEventHubsCost(plan(), { region: 'westeurop' })).codes).toEqual(['cost/unknown-region']);
});
