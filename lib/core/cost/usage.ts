/**
 * What a plan alone does not say about a bill: how much is written, read and kept. Every field is optional; a cost
 * function that needs a missing one reports `cost/usage-needed` instead of guessing.
 */
import { IssueCollector } from '../issues';

/** Stored data over the month, for storage billed per GB-month on what is kept (GB-month = sum of GB-hours / hours). */
export interface StorageSegment {
  /** GB stored (per broker where the target bills per broker volume, else in total). */
  readonly gb: number;
  /** Hours at that level. */
  readonly hours: number;
}

export interface CostUsage {
  /**
   * Hours in the month to cost (744 for a 31-day month).
   *
   * @default 730
   */
  readonly hours?: number;
  /**
   * GB written by producers in the month (before replication).
   *
   * @default - not given: dimensions billed on data written are reported as missing
   */
  readonly gbWrittenPerMonth?: number;
  /**
   * GB read by consumers in the month.
   *
   * @default - not given: dimensions billed on data read are reported as missing
   */
  readonly gbReadPerMonth?: number;
  /**
   * GB actually kept on average (the retention actually used), where storage is billed on what is kept.
   *
   * @default - not given: storage billed on use is reported as missing
   */
  readonly storedGb?: number;
  /**
   * Stored GB over the month in segments, instead of `storedGb` (for a prorated month, or a provisioned volume that
   * grew). Per broker for MSK Standard and self-managed volumes.
   *
   * @default - `storedGb`, or the provisioned volume for the whole month
   */
  readonly storageSegments?: readonly StorageSegment[];
  /**
   * GB kept in a low-cost tier (MSK tiered storage, S3 for self-managed tiered storage).
   *
   * @default - not given: tiered storage is reported as missing where the plan enables it
   */
  readonly tieredGb?: number;
  /**
   * Partitions in the cluster, where partitions are billed (MSK Serverless).
   *
   * @default - the plan's topics' partitions when it has them, else reported as missing
   */
  readonly partitions?: number;
  /**
   * Average eCKUs in use over the month (Confluent Basic, Standard, Enterprise and Freight clusters scale elastically).
   *
   * @default - not given: eCKU-hours are reported as missing
   */
  readonly ecku?: number;
  /**
   * GB an MSK Replicator copies from its source in the month (the data written to the topics it replicates).
   *
   * @default - not given: data replicated is reported as missing
   */
  readonly gbReplicatedPerMonth?: number;
  /**
   * Million ingress events in the month (Event Hubs Standard bills them).
   *
   * @default - not given: ingress events are reported as missing on the Standard tier
   */
  readonly ingressMillionEvents?: number;
}

/** Validates a usage: every figure finite and not negative, segments within the month. Throws one error listing all. */
export function validateUsage(usage: CostUsage, subject: string): void {
  const c = new IssueCollector();
  for (const k of ['hours', 'gbWrittenPerMonth', 'gbReadPerMonth', 'storedGb', 'tieredGb', 'partitions', 'ecku', 'ingressMillionEvents', 'gbReplicatedPerMonth'] as const) {
    const v = usage[k];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) c.error('cost/invalid-usage', `usage.${k}`, 'be a finite number of at least 0', v, 'Remove it or give a number.');
  }
  const hours = usage.hours ?? 730;
  const segments = usage.storageSegments ?? [];
  segments.forEach((s, i) => {
    if (!(Number.isFinite(s.gb) && s.gb >= 0)) c.error('cost/invalid-usage', `usage.storageSegments.${i}.gb`, 'be a finite number of at least 0', s.gb, 'Give the GB stored in that segment.');
    if (!(Number.isFinite(s.hours) && s.hours >= 0)) c.error('cost/invalid-usage', `usage.storageSegments.${i}.hours`, 'be a finite number of at least 0', s.hours, 'Give the hours of that segment.');
  });
  const total = segments.reduce((s, x) => s + (Number.isFinite(x.hours) ? x.hours : 0), 0);
  if (total > hours) c.error('cost/invalid-usage', 'usage.storageSegments', `cover at most the month's ${hours} hours`, total, 'Shorten the segments or set `usage.hours`.');
  if (usage.storedGb !== undefined && usage.storageSegments) c.error('cost/invalid-usage', 'usage.storedGb', 'be omitted when `usage.storageSegments` is given', usage.storedGb, 'Give one of the two.');
  c.throwIfErrors(subject);
}

/** GB-months of the segments: sum of GB-hours divided by the month's hours (how AWS bills stored GB). */
export function gbMonths(segments: readonly StorageSegment[], hoursPerMonth: number): number {
  return segments.reduce((s, x) => s + x.gb * x.hours, 0) / hoursPerMonth;
}
