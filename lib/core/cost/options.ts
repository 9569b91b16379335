/** What every target's cost function takes besides the plan. */
import type { PriceOverrides } from './types';
import type { CostUsage } from './usage';

export interface CostOptions {
  /**
   * The region to price in (AWS region, Azure location, Google Cloud region; Confluent: the cluster's own).
   *
   * @default - the region the plan names, where it names one (self-managed: its availability zones; GCP and
   * Confluent: their region); required otherwise
   */
  readonly region?: string;
  /**
   * What the plan does not say: data written, read and kept, partitions, hours in the month.
   *
   * @default - none: what depends on it is reported as `cost/usage-needed`
   */
  readonly usage?: CostUsage;
  /**
   * Your own prices (negotiated, or figures the library lacks), merged over its tables.
   *
   * @default - the library's tables only
   */
  readonly prices?: PriceOverrides;
}
