/**
 * Price tables as data and the cost sheet: every entry names its source and date, an unknown region is a coded error,
 * a missing price is a coded warning (never a zero), user prices win over the library's.
 */
import {
  CONFLUENT_PRICES, CostSheet, EC2_PRICES, EVENT_HUBS_PRICES, GCP_PRICES, KafkaValidationError, MSK_PRICES, gbMonths, mergePrices, roundUsd, validateUsage,
  type PriceTable,
} from '../../lib/core';

const TABLES: PriceTable[] = [MSK_PRICES, EC2_PRICES, CONFLUENT_PRICES, EVENT_HUBS_PRICES, GCP_PRICES];

describe('price tables', () => {
  test.each(TABLES.map((t) => [t.target, t] as const))('%s: every entry is positive, has a unit and a source with title, URL and ISO dates', (_, table) => {
    const bad: string[] = [];
    for (const [region, prices] of Object.entries(table.regions)) {
      for (const [dim, p] of Object.entries(prices)) {
        const isoDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
        if (!(p.usd > 0) || !p.unit || !p.source.title || !/^https:\/\//.test(p.source.url) || !isoDate(p.source.checked)) bad.push(`${region} ${dim}`);
        // The source's own date, where given, is a real date no later than the day it was read.
        if (p.source.published !== undefined && !(isoDate(p.source.published) && p.source.published <= p.source.checked)) bad.push(`${region} ${dim} published`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('the AWS tables know us-east-1, eu-west-1 and eu-central-1; Azure and GCP their equivalents', () => {
    for (const t of [MSK_PRICES, EC2_PRICES]) expect(Object.keys(t.regions)).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'eu-central-1']));
    expect(Object.keys(EVENT_HUBS_PRICES.regions)).toEqual(expect.arrayContaining(['eastus', 'westeurope', 'germanywestcentral']));
    expect(Object.keys(GCP_PRICES.regions)).toEqual(expect.arrayContaining(['us-east1', 'europe-west1', 'europe-west3']));
    expect(Object.keys(CONFLUENT_PRICES.regions)).toEqual(expect.arrayContaining(['aws:us-east-1', 'azure:westeurope', 'gcp:europe-west3']));
  });
});

describe('CostSheet', () => {
  test('an unknown region is cost/unknown-region, naming the known ones', () => {
    let err: unknown;
    try { new CostSheet(MSK_PRICES, 'us-east-9', 'MSK cluster'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(KafkaValidationError);
    expect((err as KafkaValidationError).codes).toEqual(['cost/unknown-region']);
    expect((err as Error).message).toContain('`region` must be a region of the msk price table (eu-central-1, eu-west-1, us-east-1, us-east-2, us-west-2), got: "us-east-9".');
  });

  test('a dimension without a price is a cost/no-price warning and no line; the estimate is incomplete', () => {
    const sheet = new CostSheet(MSK_PRICES, 'eu-west-1', 'x');
    sheet.charge('broker-hour:kafka.m7g.large', '3 brokers x kafka.m7g.large', 3 * 730);
    const r = sheet.result();
    expect(r.lineItems).toEqual([]);
    expect(r.complete).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['cost/no-price', 'warning']]);
    expect(r.issues[0]!.message).toContain('No price for broker-hour:kafka.m7g.large in region eu-west-1 in the msk price table');
  });

  test('a priced dimension is a line item with its source; the total sums the lines', () => {
    const sheet = new CostSheet(MSK_PRICES, 'us-east-1', 'x');
    sheet.charge('broker-hour:kafka.m7g.large', '3 brokers', 3 * 730);
    sheet.charge('storage:GB-month', 'storage', 3000);
    const r = sheet.result();
    expect(r.complete).toBe(true);
    expect(r.lineItems.map((l) => [l.dimension, l.quantity, l.unitUsd])).toEqual([['broker-hour:kafka.m7g.large', 2190, 0.204], ['storage:GB-month', 3000, 0.1]]);
    expect(roundUsd(r.monthlyUsd)).toBe(746.76); // 2,190 h x $0.204 = $446.76; 3,000 GB-month x $0.10 = $300
    expect(r.lineItems[0]!.source.url).toBe('https://aws.amazon.com/msk/pricing/');
  });

  test('user prices win over the table, fill a known region and add an unknown one', () => {
    const merged = mergePrices(MSK_PRICES, { msk: { regions: {
      'us-east-1': { 'broker-hour:kafka.m7g.large': 0.15 },
      'eu-west-1': { 'broker-hour:kafka.m7g.large': { usd: 0.22, source: { title: 'Contract 42', url: 'https://example.com/contract', checked: '2026-12-01' } } },
      'ap-south-1': { 'storage:GB-month': 0.114 },
    } } });
    expect(merged.regions['us-east-1']!['broker-hour:kafka.m7g.large']!.usd).toBe(0.15);
    expect(merged.regions['us-east-1']!['storage:GB-month']!.usd).toBe(0.1);
    expect(merged.regions['eu-west-1']!['broker-hour:kafka.m7g.large']).toEqual({ usd: 0.22, unit: 'hour', source: { title: 'Contract 42', url: 'https://example.com/contract', checked: '2026-12-01' } });
    expect(merged.regions['ap-south-1']!['storage:GB-month']!.unit).toBe('GB-month');
    expect(MSK_PRICES.regions['us-east-1']!['broker-hour:kafka.m7g.large']!.usd).toBe(0.204); // the library's table is untouched
    expect(mergePrices(EC2_PRICES, { msk: { regions: {} } })).toBe(EC2_PRICES);
  });
});

describe('usage', () => {
  test('GB-month is the sum of GB-hours over the month\'s hours', () => {
    expect(gbMonths([{ gb: 1000, hours: 15 * 24 }, { gb: 2000, hours: 16 * 24 }], 744)).toBeCloseTo((1000 * 360 + 2000 * 384) / 744, 10);
  });

  test('invalid figures are listed at once with cost/invalid-usage', () => {
    let err: unknown;
    try {
      validateUsage({ gbWrittenPerMonth: -1, partitions: Number.NaN, storedGb: 5, storageSegments: [{ gb: 1, hours: 800 }] }, 'u');
    } catch (e) { err = e; }
    expect((err as KafkaValidationError).issues.map((i) => i.path)).toEqual(['usage.gbWrittenPerMonth', 'usage.partitions', 'usage.storageSegments', 'usage.storedGb']);
    expect(new Set((err as KafkaValidationError).codes)).toEqual(new Set(['cost/invalid-usage']));
  });
});
