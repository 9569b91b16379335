/**
 * Lifecycle rules of the archive's buckets, after the archived topics' retention: objects stay in S3 Standard while
 * the topic still holds the same records (a replay then reads the topic), then move to Standard-IA; expiration is
 * off unless asked for, and an expiration shorter than a topic's retention is reported (the archive would drop
 * records the topic still has).
 */
import type { IssueCollector } from '../../core/issues';
import { MIN_DAYS_BEFORE_INFREQUENT_ACCESS } from './limits';
import type { PlannedLifecycleRule } from './plan-types';
import type { ArchivalLifecycleSpec } from './spec';

/** Incomplete multipart uploads of objects a delivery abandoned: gone after a week. */
export const ABORT_INCOMPLETE_UPLOADS_DAYS = 7;
/** Overwritten or deleted versions (the buckets are versioned) are kept this long by default. */
export const DEFAULT_NONCURRENT_VERSION_DAYS = 90;

type Days = number | 'never' | undefined;

function checkDays(c: IssueCollector, path: string, value: Days): number | undefined {
  if (value === undefined || value === 'never') return undefined;
  if (!Number.isInteger(value) || value < 1) {
    c.error('archival/lifecycle-days', path, "be a whole number of days (at least 1) or 'never'", value, 'Use e.g. 365.');
    return undefined;
  }
  return value;
}

/** Days of the retention in hours, rounded up. */
const daysOf = (hours: number) => Math.ceil(hours / 24);

/** Plans the data and dead-letter rules; collects errors and the retention warning. */
export function planLifecycle(c: IssueCollector, spec: ArchivalLifecycleSpec | undefined, longestRetentionHours: number | 'unlimited'): {
  data: PlannedLifecycleRule;
  deadLetter: PlannedLifecycleRule;
} {
  const s = spec ?? {};
  const defaultIa = Math.max(MIN_DAYS_BEFORE_INFREQUENT_ACCESS, longestRetentionHours === 'unlimited' ? 0 : daysOf(longestRetentionHours));
  const ia = s.infrequentAccessAfterDays === undefined ? defaultIa : checkDays(c, 'lifecycle.infrequentAccessAfterDays', s.infrequentAccessAfterDays);
  if (ia !== undefined && ia < MIN_DAYS_BEFORE_INFREQUENT_ACCESS) {
    c.error('archival/lifecycle-infrequent-access-too-early', 'lifecycle.infrequentAccessAfterDays', `be at least ${MIN_DAYS_BEFORE_INFREQUENT_ACCESS} (S3 keeps objects 30 days in Standard before Standard-IA)`, ia,
      `Use ${MIN_DAYS_BEFORE_INFREQUENT_ACCESS} or more, or 'never'.`);
  }
  const glacier = checkDays(c, 'lifecycle.glacierInstantRetrievalAfterDays', s.glacierInstantRetrievalAfterDays);
  if (glacier !== undefined && ia !== undefined && glacier <= ia) {
    c.error('archival/lifecycle-order', 'lifecycle.glacierInstantRetrievalAfterDays', `be later than lifecycle.infrequentAccessAfterDays (${ia})`, glacier, `Use more than ${ia} days.`);
  }
  const expire = checkDays(c, 'lifecycle.expireAfterDays', s.expireAfterDays);
  const lastTransition = Math.max(ia ?? 0, glacier ?? 0);
  if (expire !== undefined && expire <= lastTransition) {
    c.error('archival/lifecycle-order', 'lifecycle.expireAfterDays', `be later than every transition (${lastTransition} days)`, expire, `Use more than ${lastTransition} days, or drop the transitions.`);
  }
  if (expire !== undefined && (longestRetentionHours === 'unlimited' || expire < daysOf(longestRetentionHours))) {
    const retention = longestRetentionHours === 'unlimited' ? 'unlimited' : `${daysOf(longestRetentionHours)} days`;
    c.warn('archival/expiration-before-retention', 'lifecycle.expireAfterDays',
      `\`lifecycle.expireAfterDays\` (${expire}) is shorter than the longest retention of the archived topics (${retention}): the archive deletes records the topic still holds. Keep objects at least as long as the topics do.`);
  }
  const deadLetterExpire = checkDays(c, 'lifecycle.deadLetterExpireAfterDays', s.deadLetterExpireAfterDays);
  const noncurrent = s.noncurrentVersionExpireAfterDays ?? DEFAULT_NONCURRENT_VERSION_DAYS;
  if (!Number.isInteger(noncurrent) || noncurrent < 1) {
    c.error('archival/lifecycle-days', 'lifecycle.noncurrentVersionExpireAfterDays', 'be a whole number of days (at least 1)', noncurrent, `Use ${DEFAULT_NONCURRENT_VERSION_DAYS}.`);
  }
  const transitions = [
    ...(ia !== undefined ? [{ storageClass: 'STANDARD_IA' as const, days: ia }] : []),
    ...(glacier !== undefined ? [{ storageClass: 'GLACIER_IR' as const, days: glacier }] : []),
  ];
  const common = { noncurrentVersionExpirationDays: noncurrent, abortIncompleteMultipartUploadDays: ABORT_INCOMPLETE_UPLOADS_DAYS };
  return {
    data: { id: 'archive', transitions, ...(expire !== undefined ? { expirationDays: expire } : {}), ...common },
    deadLetter: { id: 'dead-letters', transitions: [], ...(deadLetterExpire !== undefined ? { expirationDays: deadLetterExpire } : {}), ...common },
  };
}
