/**
 * Monthly cost of a self-managed cluster plan (pure): every node's instance-hours and its EBS volume (gp3 storage,
 * IOPS above the 3,000 and throughput above the 125 MiB/s gp3 includes; io2 storage and IOPS), and S3 for tiered
 * storage. Data transfer between AZs is not priced. Prices: `EC2_PRICES` merged with the caller's.
 */
import {
  CostSheet, EC2_DIMENSIONS as D, EC2_PRICES, gbMonths, mergePrices, throwInvalid, validateUsage,
  type CostEstimate, type CostOptions,
} from '../core';
import type { SelfManagedClusterPlan } from './plan-types';

/** gp3 includes 3,000 IOPS and 125 MiB/s ("Amazon EBS pricing": free baseline performance of every gp3 volume). */
const GP3_INCLUDED_IOPS = 3000;
const GP3_INCLUDED_MIBPS = 125;

/** The region of the plan's first availability zone (`eu-west-1a` -> `eu-west-1`). */
export function regionOfSelfManagedPlan(plan: SelfManagedClusterPlan): string | undefined {
  const az = plan.availabilityZones[0];
  return az ? az.replace(/[a-z]$/, '') : undefined;
}

/** Estimates the monthly cost of a self-managed cluster plan; the region defaults to the plan's. */
export function estimateSelfManagedCost(plan: SelfManagedClusterPlan, options: CostOptions = {}): CostEstimate {
  const subject = `Self-managed Kafka cluster '${plan.clusterName}' cost`;
  const region = options.region ?? regionOfSelfManagedPlan(plan);
  if (!region) throwInvalid(subject, 'cost/region-needed', 'region', 'be given when the plan has no availability zones', region, 'Pass the region.');
  const usage = options.usage ?? {};
  validateUsage(usage, subject);
  const sheet = new CostSheet(mergePrices(EC2_PRICES, options.prices), region, subject, usage.hours);
  const h = sheet.hoursPerMonth;

  // Nodes of one instance type and volume shape are charged together, in plan order.
  const groups = new Map<string, { type: string; count: number; roles: Set<string> }>();
  for (const n of plan.nodes) {
    const g = groups.get(n.instance.instanceType) ?? { type: n.instance.instanceType, count: 0, roles: new Set<string>() };
    g.count++;
    g.roles.add(n.role);
    groups.set(g.type, g);
  }
  for (const g of groups.values()) sheet.charge(D.instanceHour(g.type), `${g.count} ${[...g.roles].join('/')} nodes x ${g.type}, ${h} h`, g.count * h);

  const volumes = plan.nodes.map((n) => n.volume);
  const gp3 = volumes.filter((v) => v.type === 'gp3');
  const io2 = volumes.filter((v) => v.type === 'io2');
  const brokerGb = usage.storageSegments ? gbMonths(usage.storageSegments, h) : undefined;
  const sizeOf = (v: (typeof volumes)[number], i: number) => (brokerGb !== undefined && plan.nodes[i]!.processRoles.includes('broker') ? brokerGb : v.sizeGiB);
  const gbMonth = (type: 'gp3' | 'io2') => plan.nodes.reduce((s, n, i) => s + (n.volume.type === type ? sizeOf(n.volume, i) : 0), 0);
  if (gp3.length) {
    sheet.charge(D.gp3Storage, `${gp3.length} gp3 volumes`, gbMonth('gp3'));
    const iops = gp3.reduce((s, v) => s + Math.max(0, v.iops - GP3_INCLUDED_IOPS), 0);
    if (iops > 0) sheet.charge(D.gp3Iops, `gp3 IOPS above ${GP3_INCLUDED_IOPS} per volume`, iops);
    const mibps = gp3.reduce((s, v) => s + Math.max(0, (v.throughputMiBps ?? GP3_INCLUDED_MIBPS) - GP3_INCLUDED_MIBPS), 0);
    if (mibps > 0) sheet.charge(D.gp3Throughput, `gp3 throughput above ${GP3_INCLUDED_MIBPS} MiB/s per volume`, mibps);
  }
  if (io2.length) {
    sheet.charge(D.io2Storage, `${io2.length} io2 volumes`, gbMonth('io2'));
    sheet.charge(D.io2Iops, 'io2 provisioned IOPS', io2.reduce((s, v) => s + v.iops, 0));
  }
  if (plan.tieredStorage) {
    if (usage.tieredGb === undefined) sheet.usageNeeded('usage.tieredGb', `tiered storage in s3://${plan.tieredStorage.bucketName} (billed per GB-month kept)`);
    else sheet.charge(D.s3Standard, `tiered storage in s3://${plan.tieredStorage.bucketName}`, usage.tieredGb);
  }
  return sheet.result();
}
