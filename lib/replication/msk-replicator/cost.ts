/**
 * Monthly cost of an MSK Replicator plan (pure): the replicator's hours and the GB it replicates
 * (`usage.gbReplicatedPerMonth`), the two dimensions MSK Replicator bills. The replicator runs (and is billed) in its
 * target cluster's Region. Prices come from `MSK_PRICES` (the MSK pricing page covers MSK Replicator) merged with the
 * caller's: the library's table has no MSK Replicator figure yet (none was found in a readable source), so both lines
 * are reported as "no price" until you pass yours. Data transfer between Regions (a cross-Region replicator reads its
 * source over the source's multi-VPC connectivity) is billed by AWS as data transfer and is not priced here.
 */
import {
  CostSheet, MSK_DIMENSIONS as D, MSK_PRICES, mergePrices, throwInvalid, validateUsage,
  type CostEstimate, type CostOptions,
} from '../../core';
import type { MskReplicatorPlan } from './plan-types';

/** An AWS Region name (a token or an unresolved output is not one). */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The Region the replicator is billed in, when its plan knows it: the target cluster's. */
export function regionOfMskReplicatorPlan(plan: MskReplicatorPlan): string | undefined {
  const r = plan.target.region;
  return r !== undefined && REGION.test(r) ? r : undefined;
}

/** Estimates the monthly cost of an MSK Replicator; the region defaults to the target cluster's, when the plan knows it. */
export function estimateMskReplicatorCost(plan: MskReplicatorPlan, options: CostOptions = {}): CostEstimate {
  const subject = `MSK Replicator '${plan.replicatorName}' cost`;
  const region = options.region ?? regionOfMskReplicatorPlan(plan);
  if (!region) throwInvalid(subject, 'cost/region-needed', 'region', 'be given when the plan does not know the target cluster\'s Region', region, 'Pass the Region of the target cluster, e.g. "us-west-2".');
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(MSK_PRICES, options.prices), region, subject, usage.hours);
  const h = sheet.hoursPerMonth;
  sheet.charge(D.replicatorHour, `replicator ${plan.replicatorName}, ${h} h${plan.crossRegion ? ' (cross-Region)' : ''}`, h);
  if (usage.gbReplicatedPerMonth === undefined) sheet.usageNeeded('usage.gbReplicatedPerMonth', 'data replicated (billed per GB)');
  else sheet.charge(D.replicatorData, 'data replicated', usage.gbReplicatedPerMonth);
  return sheet.result();
}
