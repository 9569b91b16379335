/**
 * Monthly cost of a Confluent Cloud plan (pure): capacity (CKU-hours of a Dedicated cluster, eCKU-hours of an
 * elastic one, from `usage.ecku`), ingress, egress and storage from the usage. Prices are keyed `<cloud>:<region>`;
 * the library's table has no figures (see `CONFLUENT_PRICES`), so pass your own.
 */
import {
  CONFLUENT_DIMENSIONS as D, CONFLUENT_PRICES, CostSheet, gbMonths, mergePrices, validateUsage,
  type CostEstimate, type CostOptions,
} from '../core';
import type { ConfluentPlan } from './plan-types';

/** The price-table region of a plan: `<cloud>:<region>`, e.g. `aws:us-east-1`. */
export function confluentPriceRegion(plan: ConfluentPlan): string {
  return `${plan.cluster.cloud.toLowerCase()}:${plan.cluster.region}`;
}

/** Estimates the monthly cost of a Confluent Cloud plan; the region defaults to the cluster's. */
export function estimateConfluentCost(plan: ConfluentPlan, options: CostOptions = {}): CostEstimate {
  const subject = `Confluent cluster '${plan.cluster.displayName}' cost`;
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(CONFLUENT_PRICES, options.prices), options.region ?? confluentPriceRegion(plan), subject, usage.hours);
  const h = sheet.hoursPerMonth;
  const shape = plan.cluster.shape;
  if (shape.block === 'dedicated') sheet.charge(D.ckuHour, `${shape.value.cku} CKU x ${h} h`, shape.value.cku * h);
  else if (usage.ecku === undefined) sheet.usageNeeded('usage.ecku', `eCKU-hours of the ${plan.cluster.info.type} cluster (elastic: billed on the eCKUs in use)`);
  else sheet.charge(D.eckuHour(plan.cluster.info.type), `${usage.ecku} eCKU x ${h} h`, usage.ecku * h);
  if (usage.gbWrittenPerMonth === undefined) sheet.usageNeeded('usage.gbWrittenPerMonth', 'ingress (billed per GB written)');
  else sheet.charge(D.ingress, 'ingress', usage.gbWrittenPerMonth);
  if (usage.gbReadPerMonth === undefined) sheet.usageNeeded('usage.gbReadPerMonth', 'egress (billed per GB read)');
  else sheet.charge(D.egress, 'egress', usage.gbReadPerMonth);
  const stored = usage.storageSegments ? gbMonths(usage.storageSegments, h) : usage.storedGb;
  if (stored === undefined) sheet.usageNeeded('usage.storedGb', 'storage (billed per GB-hour kept)');
  else sheet.charge(D.storage, 'storage kept', stored);
  return sheet.result();
}
