/**
 * Monthly cost of an MSK Connect connector (pure): its workers' MSK Connect Units (MCU: 1 vCPU and 4 GiB each) per
 * hour, the one dimension MSK Connect bills (per second). Prices come from `MSK_PRICES` (the MSK pricing page covers
 * MSK Connect) merged with the caller's; a region without an MCU-hour figure is reported as "no price", never zero.
 *
 * The capacity is the input (the connector plan lives elsewhere): the MCUs of each worker and the workers billed over
 * the month. A provisioned connector bills its worker count; an auto-scaled one bills the workers it actually runs,
 * between its minimum and maximum, so pass the average you expect (the minimum is the floor, the maximum the ceiling).
 */
import {
  CostSheet, IssueCollector, MSK_DIMENSIONS as D, MSK_PRICES, mergePrices, validateUsage,
  type CostEstimate, type CostOptions,
} from '../core';

/** MCUs a worker may have (`McuCount` of `AWS::KafkaConnect::Connector`: 1, 2, 4 or 8). */
export const MSK_CONNECT_MCU_COUNTS = [1, 2, 4, 8] as const;

/** The capacity of one MSK Connect connector, as billed. */
export interface MskConnectCapacity {
  /** The connector's name (for messages and line items). */
  readonly connectorName: string;
  /** MCUs of each worker: 1, 2, 4 or 8. */
  readonly mcuCount: number;
  /**
   * Workers billed over the month: a provisioned connector's `workerCount`, or the average an auto-scaled connector
   * runs (at least its `minWorkerCount`, at most its `maxWorkerCount`); may be fractional.
   */
  readonly workerCount: number;
}

/** Estimates the monthly cost of an MSK Connect connector. `options.region` is required. */
export function estimateMskConnectCost(capacity: MskConnectCapacity, options: CostOptions): CostEstimate {
  const subject = `MSK Connect connector '${capacity.connectorName}' cost`;
  const c = new IssueCollector();
  if (!(MSK_CONNECT_MCU_COUNTS as readonly number[]).includes(capacity.mcuCount)) {
    c.error('cost/invalid-capacity', 'mcuCount', `be one of ${MSK_CONNECT_MCU_COUNTS.join(', ')} (MCUs per worker)`, capacity.mcuCount, 'Use the connector\'s `mcuCount`.');
  }
  if (!(typeof capacity.workerCount === 'number' && Number.isFinite(capacity.workerCount) && capacity.workerCount > 0)) {
    c.error('cost/invalid-capacity', 'workerCount', 'be a finite number above 0 (workers billed over the month)', capacity.workerCount, 'Use the provisioned worker count, or the average an auto-scaled connector runs.');
  }
  if (!options.region) c.error('cost/region-needed', 'region', 'be given for an MSK Connect connector', options.region, 'Pass the connector\'s region, e.g. "us-east-1".');
  c.throwIfErrors(subject);
  const region = options.region!;
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(MSK_PRICES, options.prices), region, subject, usage.hours);
  const h = sheet.hoursPerMonth;
  const mcus = capacity.mcuCount * capacity.workerCount;
  sheet.charge(D.connectMcuHour, `${capacity.workerCount} workers x ${capacity.mcuCount} MCU, ${h} h`, mcus * h);
  return sheet.result();
}
