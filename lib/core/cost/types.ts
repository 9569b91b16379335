/**
 * Price tables and cost estimates: the shapes every target's cost function shares (conventions §6: prices are data,
 * each entry with its source and the date it was read).
 */
import type { Issue } from '../issues';

/** The targets that have a price table. */
export type CostTarget = 'msk' | 'self-managed-ec2' | 'confluent' | 'event-hubs' | 'gcp-managed-kafka';

/** Where a price comes from: the page (title as published, URL) and the date it was read. */
export interface PriceSource {
  /** Page title, e.g. "Amazon MSK pricing". */
  readonly title: string;
  readonly url: string;
  /** ISO date (`YYYY-MM-DD`) the figure was read. */
  readonly checked: string;
  /**
   * ISO date (`YYYY-MM-DD`) of the source itself where it has one (a page's date, a repository file's last commit):
   * the figure is the list price as of that date.
   *
   * @default - not known
   */
  readonly published?: string;
  /**
   * How the figure was read when not from the provider's page itself (a secondary source to verify).
   *
   * @default - read on the page itself
   */
  readonly note?: string;
}

/** One billing dimension's list price in one region. */
export interface PriceEntry {
  /** Price in US dollars per `unit`. */
  readonly usd: number;
  /** What one unit is: `hour`, `GB-month`, `GB`, `partition-hour`, `MiBps-month`, `IOPS-month`, ... */
  readonly unit: string;
  readonly source: PriceSource;
}

/** A region's prices by dimension (`broker-hour:kafka.m7g.large`, `storage:GB-month`, ...). */
export type RegionPrices = Readonly<Record<string, PriceEntry>>;

/**
 * A target's price table. A region listed with an empty (or partial) map is known: a dimension it lacks is reported
 * as "no price" by the cost function. A region not listed at all is an error.
 */
export interface PriceTable {
  readonly target: CostTarget;
  readonly currency: 'USD';
  readonly regions: Readonly<Record<string, RegionPrices>>;
}

/** A price a user supplies (negotiated, or a region the library has no figure for): a number, or a full entry. */
export type PriceOverride = number | { readonly usd: number; readonly unit?: string; readonly source?: PriceSource };

/** A user's own prices for one target, merged over (and winning against) the library's table. */
export interface PriceTableOverride {
  readonly regions: Readonly<Record<string, Readonly<Record<string, PriceOverride>>>>;
}

/** The user's own prices, per target (what `kafka-iac review --prices <file>` reads). */
export type PriceOverrides = Partial<Readonly<Record<CostTarget, PriceTableOverride>>>;

/** One line of a monthly cost estimate. */
export interface CostLineItem {
  /** The price table dimension, e.g. `broker-hour:kafka.m7g.large`. */
  readonly dimension: string;
  /** What is charged, for a person: `3 brokers x kafka.m7g.large`. */
  readonly description: string;
  readonly quantity: number;
  readonly unit: string;
  readonly unitUsd: number;
  /** `quantity x unitUsd`, not rounded (round only what you display: {@link roundUsd}). */
  readonly monthlyUsd: number;
  readonly source: PriceSource;
}

/** A monthly cost estimate of one cluster. */
export interface CostEstimate {
  readonly target: CostTarget;
  readonly region: string;
  readonly currency: 'USD';
  /** Hours the month has in this estimate (730 unless the usage says otherwise). */
  readonly hoursPerMonth: number;
  readonly lineItems: readonly CostLineItem[];
  /** Sum of the line items, not rounded. */
  readonly monthlyUsd: number;
  /** False when a dimension the plan uses has no price, or a usage figure it needs was not given. */
  readonly complete: boolean;
  /** `cost/no-price` and `cost/usage-needed` warnings: what the total leaves out. */
  readonly issues: readonly Issue[];
}
