/**
 * Monthly cost of an MSK plan (pure): broker-hours, storage, provisioned throughput, tiered storage, multi-VPC
 * connectivity for provisioned clusters; cluster-hours, partition-hours, data in and out and storage for Serverless.
 * Prices come from `MSK_PRICES` (lib/core/cost) merged with the caller's; what has no price or needs a usage figure
 * is reported, never counted as zero.
 */
import {
  CostSheet, MSK_DIMENSIONS as D, MSK_PRICES, gbMonths, mergePrices, throwInvalid, validateUsage,
  type CostEstimate, type CostOptions, type CostUsage,
} from '../core';
import type { MskPlan, MskProvisionedPlan, MskServerlessPlan } from './plan-types';

/** Estimates the monthly cost of an MSK cluster plan. `options.region` is required (the plan does not name one). */
export function estimateMskCost(plan: MskPlan, options: CostOptions): CostEstimate {
  const subject = `MSK cluster '${plan.clusterName}' cost`;
  if (!options.region) throwInvalid(subject, 'cost/region-needed', 'region', 'be given for an MSK cluster (its plan names no region)', options.region, 'Pass the stack\'s region, e.g. "us-east-1".');
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(MSK_PRICES, options.prices), options.region, subject, usage.hours);
  if (plan.kind === 'serverless') serverless(sheet, plan, usage);
  else provisioned(sheet, plan, usage);
  return sheet.result();
}

function provisioned(sheet: CostSheet, plan: MskProvisionedPlan, usage: CostUsage): void {
  const n = plan.brokerNodes;
  const h = sheet.hoursPerMonth;
  const type = plan.instance.instanceType;
  sheet.charge(D.brokerHour(type), `${n} brokers x ${type}, ${h} h`, n * h);
  if (plan.kind === 'express') {
    // Express: storage billed on the data kept, and data written per GB.
    const stored = storedGbMonths(usage, h);
    if (stored === undefined) sheet.usageNeeded('usage.storedGb', 'Express storage (billed per GB-month kept)');
    else sheet.charge(D.expressStorage, 'Express storage kept', stored);
    if (usage.gbWrittenPerMonth === undefined) sheet.usageNeeded('usage.gbWrittenPerMonth', 'Express data written (billed per GB)');
    else sheet.charge(D.expressDataWritten, 'data written to Express brokers', usage.gbWrittenPerMonth);
  } else if (plan.storage) {
    // Standard: the provisioned EBS volume of every broker, per GB-month (segments: a volume that grew in the month).
    const perBroker = usage.storageSegments ? gbMonths(usage.storageSegments, h) : plan.storage.volumeSizeGiB;
    sheet.charge(D.storage, `${n} brokers x ${round(perBroker)} GB-month of primary storage`, n * perBroker);
    if (plan.storage.provisionedThroughputMiBps !== undefined) {
      sheet.charge(D.provisionedThroughput, `${n} brokers x ${plan.storage.provisionedThroughputMiBps} MiB/s provisioned storage throughput`, n * plan.storage.provisionedThroughputMiBps);
    }
    if (plan.storage.mode === 'TIERED') {
      if (usage.tieredGb === undefined) sheet.usageNeeded('usage.tieredGb', 'tiered storage (billed per GB-month kept in the low-cost tier)');
      else sheet.charge(D.tieredStorage, 'tiered storage kept', usage.tieredGb);
    }
  }
  const mv = plan.connectivity.multiVpc;
  if (mv) {
    const schemes = [mv.iam, mv.scram, mv.tls].filter(Boolean).length;
    sheet.charge(D.privateConnectivityHour, `multi-VPC private connectivity, ${schemes} authentication scheme(s), ${h} h`, schemes * h);
  }
}

function serverless(sheet: CostSheet, _plan: MskServerlessPlan, usage: CostUsage): void {
  const h = sheet.hoursPerMonth;
  sheet.charge(D.serverlessClusterHour, `cluster, ${h} h`, h);
  if (usage.partitions === undefined) sheet.usageNeeded('usage.partitions', 'partition-hours');
  else sheet.charge(D.serverlessPartitionHour, `${usage.partitions} partitions, ${h} h`, usage.partitions * h);
  if (usage.gbWrittenPerMonth === undefined) sheet.usageNeeded('usage.gbWrittenPerMonth', 'data in (billed per GB)');
  else sheet.charge(D.serverlessDataIn, 'data in', usage.gbWrittenPerMonth);
  if (usage.gbReadPerMonth === undefined) sheet.usageNeeded('usage.gbReadPerMonth', 'data out (billed per GB)');
  else sheet.charge(D.serverlessDataOut, 'data out', usage.gbReadPerMonth);
  const stored = storedGbMonths(usage, h);
  if (stored === undefined) sheet.usageNeeded('usage.storedGb', 'storage (billed per GB-month kept)');
  else sheet.charge(D.serverlessStorage, 'storage kept', stored);
}

/** GB-months kept: the segments, else the average stored GB for the month. */
function storedGbMonths(usage: CostUsage, hours: number): number | undefined {
  if (usage.storageSegments) return gbMonths(usage.storageSegments, hours);
  return usage.storedGb;
}

const round = (x: number) => Math.round(x * 100) / 100;
