/**
 * `CostSheet`: looks prices up in a target's table for one region and collects line items, reporting what it cannot
 * price instead of counting it as zero.
 */
import { IssueCollector, formatValue, throwInvalid } from '../issues';
import { HOURS_PER_MONTH } from './hours';
import type { CostEstimate, CostLineItem, PriceEntry, PriceOverrides, PriceSource, PriceTable } from './types';

const USER_SOURCE: PriceSource = { title: 'user-supplied price', url: '-', checked: '-' };

/** The library's table with the user's prices for the same target merged over it (the user's entries win). */
export function mergePrices(table: PriceTable, overrides?: PriceOverrides): PriceTable {
  const mine = overrides?.[table.target];
  if (!mine) return table;
  const regions: Record<string, Record<string, PriceEntry>> = {};
  for (const [region, prices] of Object.entries(table.regions)) regions[region] = { ...prices };
  for (const [region, prices] of Object.entries(mine.regions)) {
    const into = (regions[region] ??= {});
    for (const [dimension, p] of Object.entries(prices)) {
      const base = into[dimension];
      into[dimension] = typeof p === 'number'
        ? { usd: p, unit: base?.unit ?? unitOf(dimension), source: USER_SOURCE }
        : { usd: p.usd, unit: p.unit ?? base?.unit ?? unitOf(dimension), source: p.source ?? USER_SOURCE };
    }
  }
  return { ...table, regions };
}

/**
 * The unit of a dimension, for a user price of a dimension the library's table lacks: `<kind>:<unit>`
 * (`storage:GB-month`), or `<kind>-hour:<what>` billed per hour (`broker-hour:kafka.m7g.large`).
 */
function unitOf(dimension: string): string {
  const [kind = '', rest = ''] = dimension.split(':');
  if (kind.endsWith('-hour')) return rest.endsWith('hour') ? rest : 'hour';
  return rest || 'unit';
}

/** Throws `cost/unknown-region` unless `region` is in the table (a region listed without prices is known). */
export function assertKnownRegion(table: PriceTable, region: string, subject: string): void {
  if (Object.prototype.hasOwnProperty.call(table.regions, region)) return;
  const known = Object.keys(table.regions).sort();
  throwInvalid(subject, 'cost/unknown-region', 'region', `be a region of the ${table.target} price table (${known.join(', ')})`, region,
    'Check the spelling, or pass your own prices for that region (`prices`, or `kafka-iac review --prices <file>`).');
}

/** Collects the line items of one estimate. */
export class CostSheet {
  private readonly items: CostLineItem[] = [];
  private readonly issues = new IssueCollector();
  readonly table: PriceTable;

  constructor(table: PriceTable, readonly region: string, subject: string, readonly hoursPerMonth: number = HOURS_PER_MONTH) {
    assertKnownRegion(table, region, subject);
    if (!(hoursPerMonth > 0 && hoursPerMonth <= 744)) throwInvalid(subject, 'cost/invalid-usage', 'usage.hours', 'be more than 0 and at most 744 (31 days)', hoursPerMonth, 'Use 730 for an average month.');
    this.table = table;
  }

  /** The price of `dimension` in this region, if the table has one. */
  price(dimension: string): PriceEntry | undefined {
    return this.table.regions[this.region]?.[dimension];
  }

  /** Adds `quantity` of `dimension`; without a price, records `cost/no-price` and adds nothing. */
  charge(dimension: string, description: string, quantity: number): void {
    if (quantity === 0) return;
    const p = this.price(dimension);
    if (!p) {
      this.issues.warn('cost/no-price', `prices.regions.${this.region}.${dimension}`,
        `No price for ${dimension} in region ${this.region} in the ${this.table.target} price table: ${description} (${formatValue(quantity)}) is left out of the total. Pass your own price for it (\`prices\`, or \`kafka-iac review --prices <file>\`).`);
      return;
    }
    this.items.push({ dimension, description, quantity, unit: p.unit, unitUsd: p.usd, monthlyUsd: quantity * p.usd, source: p.source });
  }

  /** Records that a usage figure the plan's bill depends on was not given (`cost/usage-needed`). */
  usageNeeded(path: string, what: string): void {
    this.issues.warn('cost/usage-needed', path, `\`${path}\` is not given: ${what} is left out of the total. Pass it in the usage (\`${path}\`).`);
  }

  result(): CostEstimate {
    const monthlyUsd = this.items.reduce((s, i) => s + i.monthlyUsd, 0);
    return {
      target: this.table.target, region: this.region, currency: 'USD', hoursPerMonth: this.hoursPerMonth,
      lineItems: [...this.items], monthlyUsd, complete: this.issues.issues.length === 0, issues: this.issues.issues,
    };
  }
}
