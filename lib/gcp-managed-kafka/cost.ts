/**
 * Monthly cost of a Google Cloud Managed Service for Apache Kafka plan (pure): compute in Data Compute Units
 * (0.6 DCU per vCPU, 0.1 DCU per GiB of RAM), local storage (the pricing page's rough guide: 100 GB per vCPU,
 * provisioned automatically), persistent storage of one replica from the usage. Inter-zone transfer is not priced.
 */
import {
  CostSheet, GCP_DCU_PER_GIB, GCP_DCU_PER_VCPU, GCP_DIMENSIONS as D, GCP_PRICES, gbMonths, mergePrices, validateUsage,
  type CostEstimate, type CostOptions,
} from '../core';
import type { GcpKafkaPlan } from './plan-types';

/** Local storage per vCPU, GB (pricing page: "expect to pay for 100GB of local storage for every vCPU you provision"). */
export const GCP_LOCAL_STORAGE_GB_PER_VCPU = 100;

export function estimateGcpKafkaCost(plan: GcpKafkaPlan, options: CostOptions = {}): CostEstimate {
  const subject = `Managed Kafka cluster '${plan.clusterId}' cost`;
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(GCP_PRICES, options.prices), options.region ?? plan.region, subject, usage.hours);
  const h = sheet.hoursPerMonth;
  const memGiB = Number(plan.memoryBytes) / 2 ** 30;
  const dcu = plan.vcpuCount * GCP_DCU_PER_VCPU + memGiB * GCP_DCU_PER_GIB;
  sheet.charge(D.dcuHour, `${plan.vcpuCount} vCPU + ${memGiB} GiB = ${Math.round(dcu * 100) / 100} DCU x ${h} h`, dcu * h);
  sheet.charge(D.localStorage, `local storage, ${GCP_LOCAL_STORAGE_GB_PER_VCPU} GB x ${plan.vcpuCount} vCPU`, GCP_LOCAL_STORAGE_GB_PER_VCPU * plan.vcpuCount);
  const stored = usage.storageSegments ? gbMonths(usage.storageSegments, h) : usage.storedGb;
  if (stored === undefined) sheet.usageNeeded('usage.storedGb', 'persistent storage (billed per GB-month of one replica)');
  else sheet.charge(D.persistentStorage, 'persistent storage, one replica', stored);
  return sheet.result();
}
