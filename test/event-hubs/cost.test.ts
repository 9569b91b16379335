/** Monthly cost of Event Hubs plans: throughput, processing and capacity units; the location is the caller's. */
import { roundUsd } from '../../lib/core';
import { estimateEventHubsCost, planEventHubsNamespace, type EventHubsNamespaceSpec } from '../../lib/event-hubs';
import { validationErrorOf } from '../support/conventions';

const plan = (extra: Partial<EventHubsNamespaceSpec> = {}) => planEventHubsNamespace({ namespaceName: 'contoso-orders', ...extra });

test('Premium (the default): processing unit-hours and retention beyond 1 TB per PU; no figure in westeurope: reported', () => {
  const est = estimateEventHubsCost(plan(), { region: 'westeurope', usage: { storedGb: 500 } });
  expect(est.issues.map((i) => i.path)).toEqual(['prices.regions.westeurope.processing-unit-hour:premium']);
  const priced = estimateEventHubsCost(plan(), { region: 'westeurope', usage: { storedGb: 500 }, prices: { 'event-hubs': { regions: { westeurope: { 'processing-unit-hour:premium': 1.5 } } } } });
  expect(priced.lineItems.map((l) => [l.description, roundUsd(l.monthlyUsd)])).toEqual([['1 PU x 730 h', 1095]]);
  expect(estimateEventHubsCost(plan(), { region: 'eastus' }).issues.map((i) => [i.code, i.path])).toEqual([['cost/usage-needed', 'usage.storedGb']]);
});

/**
 * infracost's Event Hubs fixture (internal/providers/terraform/azure/testdata/event_hubs_namespace_test, location
 * eastus, last changed 2024-07-01) prices the same inputs; its lines are reproduced to the cent with the eastus
 * figures derived from it (a cross-check of the arithmetic and of the included retention, not of today's prices).
 */
describe('eastus: infracost\'s Event Hubs fixture, line by line', () => {
  const usd = (p: ReturnType<typeof plan>, usage: object) => estimateEventHubsCost(p, { region: 'eastus', usage }).lineItems.map((l) => [l.dimension, roundUsd(l.monthlyUsd)]);

  test('Premium, 8 PU keeping 20,100 GB: $5,997.68 capacity, $1,210.00 extended retention (12,100 GB)', () => {
    expect(usd(plan({ tier: 'Premium', capacity: 8 }), { storedGb: 20100 })).toEqual([['processing-unit-hour:premium', 5997.68], ['extended-retention:GB-month', 1210]]);
    expect(usd(plan({ tier: 'Premium', capacity: 1 }), { storedGb: 0 })).toEqual([['processing-unit-hour:premium', 749.71]]);
  });

  test('Standard, 20 TU with Capture and 100 million events: $438.00, $2.80, $1,460.00', () => {
    const capture = { storageAccountId: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st', blobContainer: 'capture' };
    const p = plan({ tier: 'Standard', capacity: 20, eventHubs: [{ name: 'orders', partitions: 4, capture }] });
    expect(usd(p, { ingressMillionEvents: 100 })).toEqual([['throughput-unit-hour:standard', 438], ['ingress-events:million', 2.8], ['capture-hour:standard', 1460]]);
    expect(usd(plan({ tier: 'Standard', capacity: 1 }), { ingressMillionEvents: 0 })).toEqual([['throughput-unit-hour:standard', 21.9]]);
  });

  test('Dedicated, a 2-CU cluster keeping 20,100 GB: $9,999.54 capacity, $10.00 extended retention (100 GB)', () => {
    expect(usd(plan({ tier: 'Dedicated', capacity: 2 }), { storedGb: 20100 })).toEqual([['capacity-unit-hour:dedicated', 9999.54], ['extended-retention:GB-month', 10]]);
    expect(usd(plan({ tier: 'Dedicated', capacity: 1 }), { storedGb: 10000 })).toEqual([['capacity-unit-hour:dedicated', 4999.77]]);
  });
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
