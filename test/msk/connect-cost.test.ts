/**
 * Monthly cost of an MSK Connect connector: its workers' MCU-hours.
 *
 * The MSK pricing page's MSK Connect example could not be read (the page was not among the stored sources), so it is
 * not reproduced; the cases below are priced with the table's us-east-1 figure ($0.11 per MCU-hour, see
 * `MSK_PRICES`), each derivation written out next to its expectation.
 */
import { MSK_PRICES, roundUsd } from '../../lib/core';
import { estimateMskConnectCost } from '../../lib/msk';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';

test('the table\'s figure: $0.11 per MCU-hour in us-east-1, with its source', () => {
  expect(MSK_PRICES.regions['us-east-1']!['connect-mcu-hour:MCU-hour']).toMatchObject({ usd: 0.11, unit: 'MCU-hour', source: { url: 'https://aws.amazon.com/msk/pricing/', published: '2023-12-14' } });
});

test('a provisioned connector, 2 workers of 1 MCU for a 730-hour month: $160.60', () => {
  const est = estimateMskConnectCost({ connectorName: 'orders-sink', mcuCount: 1, workerCount: 2 }, { region: 'us-east-1' });
  // 2 workers x 1 MCU x 730 h = 1,460 MCU-hours x $0.11 = $160.60.
  expect(est.lineItems.map((l) => [l.dimension, l.description, l.quantity, roundUsd(l.monthlyUsd)])).toEqual([
    ['connect-mcu-hour:MCU-hour', '2 workers x 1 MCU, 730 h', 1460, 160.6],
  ]);
  expect(est.complete).toBe(true);
});

test('an auto-scaled connector priced on its average workers, 4 MCU each, a 31-day month: $818.40', () => {
  // 2.5 workers x 4 MCU x 744 h = 7,440 MCU-hours x $0.11 = $818.40; at 2 workers: 5,952 MCU-hours x $0.11 = $654.72.
  expect(roundUsd(estimateMskConnectCost({ connectorName: 'cdc', mcuCount: 4, workerCount: 2.5 }, { region: 'us-east-1', usage: { hours: 744 } }).monthlyUsd)).toBe(818.4);
  expect(roundUsd(estimateMskConnectCost({ connectorName: 'cdc', mcuCount: 4, workerCount: 2 }, { region: 'us-east-1', usage: { hours: 744 } }).monthlyUsd)).toBe(654.72);
});

test('a region without a figure (eu-west-1) reports the line, counts nothing; your price fills it', () => {
  const none = estimateMskConnectCost({ connectorName: 'orders-sink', mcuCount: 2, workerCount: 1 }, { region: 'eu-west-1' });
  expect(none.lineItems).toEqual([]);
  expect(none.issues.map((i) => [i.code, i.path])).toEqual([['cost/no-price', 'prices.regions.eu-west-1.connect-mcu-hour:MCU-hour']]);
  const mine = estimateMskConnectCost({ connectorName: 'orders-sink', mcuCount: 2, workerCount: 1 }, { region: 'eu-west-1', prices: { msk: { regions: { 'eu-west-1': { 'connect-mcu-hour:MCU-hour': 0.12 } } } } });
  // 1 worker x 2 MCU x 730 h x $0.12 = $175.20.
  expect(roundUsd(mine.monthlyUsd)).toBe(175.2);
  expect(mine.lineItems[0]).toMatchObject({ unit: 'MCU-hour', source: { title: 'user-supplied price' } });
});

test('bad capacity and a missing region: every issue at once, in the project grammar', () => {
  const err = validationErrorOf(() => estimateMskConnectCost({ connectorName: 'x', mcuCount: 3, workerCount: 0 }, {}));
  expect(err.codes).toEqual(['cost/invalid-capacity', 'cost/invalid-capacity', 'cost/region-needed']);
  expect(err.issues.map((i) => i.path)).toEqual(['mcuCount', 'workerCount', 'region']);
  for (const i of err.issues) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  expect(err.issues[0]!.message).toBe('`mcuCount` must be one of 1, 2, 4, 8 (MCUs per worker), got: 3. Use the connector\'s `mcuCount`.');
  expect(validationErrorOf(() => estimateMskConnectCost({ connectorName: 'x', mcuCount: 1, workerCount: 1 }, { region: 'mars-north-1' })).codes).toEqual(['cost/unknown-region']);
});
