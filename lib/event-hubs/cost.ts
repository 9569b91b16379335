/**
 * Monthly cost of an Event Hubs plan (pure): throughput unit-hours (Standard; the planned capacity, not what
 * auto-inflate may add), ingress events and Capture on Standard, processing unit-hours (Premium), capacity
 * unit-hours of a Dedicated cluster the plan creates, and on both the retention storage kept beyond what each PU or
 * CU includes (`usage.storedGb`). A namespace in an existing Dedicated cluster adds nothing (the cluster is billed
 * where it was created). The plan names no location: pass `region`.
 */
import {
  CostSheet, EVENT_HUBS_DIMENSIONS as D, EVENT_HUBS_INCLUDED_RETENTION_GB as INCLUDED, EVENT_HUBS_PRICES, mergePrices, throwInvalid, validateUsage,
  type CostEstimate, type CostOptions, type CostUsage,
} from '../core';
import type { EventHubsPlan } from './plan-types';

export function estimateEventHubsCost(plan: EventHubsPlan<unknown>, options: CostOptions): CostEstimate {
  const subject = `Event Hubs namespace '${plan.namespaceName}' cost`;
  if (!options.region) throwInvalid(subject, 'cost/region-needed', 'region', 'be given for an Event Hubs namespace (its plan names no location)', options.region, 'Pass the Azure location, e.g. "westeurope".');
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(EVENT_HUBS_PRICES, options.prices), options.region, subject, usage.hours);
  const h = sheet.hoursPerMonth;
  const dedicated = plan.dedicatedCluster;
  if (dedicated?.kind === 'create') {
    sheet.charge(D.capacityUnitHour, `${dedicated.capacityUnits} CU x ${h} h (Dedicated cluster ${dedicated.clusterName})`, dedicated.capacityUnits * h);
    extendedRetention(sheet, usage, dedicated.capacityUnits * INCLUDED.perCapacityUnit, `${dedicated.capacityUnits} CU`);
  } else if (dedicated) { /* billed with the existing cluster */ }
  else if (plan.sku.name === 'Premium') {
    sheet.charge(D.processingUnitHour, `${plan.sku.capacity} PU x ${h} h`, plan.sku.capacity * h);
    extendedRetention(sheet, usage, plan.sku.capacity * INCLUDED.perProcessingUnit, `${plan.sku.capacity} PU`);
  } else {
    sheet.charge(D.throughputUnitHour, `${plan.sku.capacity} TU x ${h} h${plan.autoInflate.enabled ? ` (auto-inflate up to ${plan.autoInflate.maximumThroughputUnits} TU not included)` : ''}`, plan.sku.capacity * h);
    if (usage.ingressMillionEvents === undefined) sheet.usageNeeded('usage.ingressMillionEvents', 'ingress events (billed per million on the Standard tier)');
    else sheet.charge(D.ingressMillionEvents, 'ingress events', usage.ingressMillionEvents);
    if (plan.eventHubs.some((e) => e.capture)) sheet.charge(D.captureHour, `Capture, ${plan.sku.capacity} TU x ${h} h`, plan.sku.capacity * h);
  }
  return sheet.result();
}

/** Retention storage kept beyond what the PUs or CUs include, from `usage.storedGb` (reported as needed without it). */
function extendedRetention(sheet: CostSheet, usage: CostUsage, includedGb: number, units: string): void {
  if (usage.storedGb === undefined) {
    sheet.usageNeeded('usage.storedGb', `retention storage beyond the ${includedGb.toLocaleString('en-US')} GB ${units} include (billed per GB-month)`);
    return;
  }
  const beyond = Math.max(0, usage.storedGb - includedGb);
  sheet.charge(D.extendedRetention, `${beyond.toLocaleString('en-US')} GB kept beyond the ${includedGb.toLocaleString('en-US')} GB ${units} include`, beyond);
}
