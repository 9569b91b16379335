/**
 * Event Hubs sizing (pure): checks a namespace plan against a declared workload (warnings: the plan stays valid), and
 * recommends a tier and capacity for a workload.
 *
 * Data: one throughput unit carries 1 MB/s (or 1,000 events/s) in and 2 MB/s (or 4,096 events/s) out ("Scaling with
 * Event Hubs", Microsoft Learn). Premium processing units and Dedicated capacity units have no published per-unit
 * throughput ("Overview of Event Hubs Premium": the achievable throughput "isn't set by a throttle" and depends on
 * producers, consumers, payload size, partitions and features), so their throughput is not checked. Partitions per
 * unit, partitions per event hub, event hubs per namespace and retention per tier come from `TIER_LIMITS`.
 */
import { IssueCollector, resolveWorkload, type CapacitySource, type Issue, type KafkaWorkload, type ResolvedWorkload } from '../core';
import { TIER_LIMITS, type EventHubsTier } from './limits';
import type { EventHubsPlan } from './plan-types';

const SCALABILITY: CapacitySource = {
  title: 'Scaling with Event Hubs (Microsoft Learn), section Throughput units',
  url: 'https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-scalability', checked: '2026-12-04',
};
const PREMIUM_OVERVIEW: CapacitySource = {
  title: 'Overview of Event Hubs Premium (Microsoft Learn)',
  url: 'https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-premium-overview', checked: '2026-12-04',
};

/** Published per-unit capacity of the Event Hubs tiers. */
export const EVENT_HUBS_UNIT_CAPACITY = {
  /** Standard: a throughput unit. Ingress beyond it is throttled (ServerBusy); egress is capped, not throttled. */
  throughputUnit: { ingressMBps: 1, ingressEventsPerSecond: 1000, egressMBps: 2, egressEventsPerSecond: 4096, source: SCALABILITY },
  /** Premium and Dedicated: no per-unit throughput is published (capacity-based, workload-dependent). */
  unpublished: { tiers: ['Premium', 'Dedicated'] as readonly EventHubsTier[], source: PREMIUM_OVERVIEW },
} as const;

const fmt = (x: number) => String(Math.round(x * 10) / 10);
const TU = EVENT_HUBS_UNIT_CAPACITY.throughputUnit;

/** Throughput units a workload needs on Standard (at least 1). */
export function throughputUnitsFor(w: ResolvedWorkload): number {
  return Math.max(1, Math.ceil(Math.max(w.ingressMBps / TU.ingressMBps, w.egressMBps / TU.egressMBps) - 1e-9));
}

/** Smallest allowed capacity of `tier` holding `partitions` (undefined when none does). */
function unitsForPartitions(tier: 'Premium' | 'Dedicated', partitions: number): number | undefined {
  const l = TIER_LIMITS[tier];
  return l.capacities.find((n) => n * l.maxPartitionsPerCapacityUnit! >= partitions);
}

type SizedPlan = Pick<EventHubsPlan<unknown>, 'tier' | 'sku' | 'autoInflate' | 'dedicatedCluster' | 'limits'>;

/** Sizing warnings of a namespace plan for a (validated) workload: `sizing/*` codes. */
export function checkEventHubsSizing(plan: SizedPlan, workload: KafkaWorkload): Issue[] {
  const w = resolveWorkload(workload);
  const c = new IssueCollector();
  const maxTu = TIER_LIMITS.Standard.capacities.at(-1)!;
  if (plan.tier === 'Standard') {
    const tus = plan.autoInflate.enabled ? plan.autoInflate.maximumThroughputUnits : plan.sku.capacity;
    const declared = plan.autoInflate.enabled ? `\`autoInflate.maximumThroughputUnits\` ${tus}` : `\`capacity\` ${tus}`;
    const need = throughputUnitsFor(w);
    const fix = need <= maxTu
      ? `Declare ${plan.autoInflate.enabled ? '`autoInflate.maximumThroughputUnits`' : '`capacity`'} of at least ${need} throughput units.`
      : `Use tier 'Premium' or 'Dedicated': Standard stops at ${maxTu} throughput units.`;
    if (w.ingressMBps > tus * TU.ingressMBps) {
      c.warn('sizing/ingress-above-throughput', 'workload.ingressMBps', `\`workload.ingressMBps\` must be at most ${fmt(tus * TU.ingressMBps)} MB/s for ${declared} (${TU.ingressMBps} MB/s per throughput unit, "${TU.source.title}"), got: ${fmt(w.ingressMBps)}. ${fix}`);
    }
    if (w.egressMBps > tus * TU.egressMBps) {
      c.warn('sizing/egress-above-throughput', 'workload.consumerFanOut', `\`workload.consumerFanOut\` must keep egress (ingress x fan-out) at most ${fmt(tus * TU.egressMBps)} MB/s for ${declared} (${TU.egressMBps} MB/s per throughput unit), got: ${fmt(w.consumerFanOut)} (egress ${fmt(w.egressMBps)} MB/s). ${fix}`);
    }
    if (w.partitions !== undefined) {
      const max = TIER_LIMITS.Standard.maxEventHubsPerNamespace * TIER_LIMITS.Standard.maxPartitionsPerEventHub;
      if (w.partitions > max) {
        c.warn('sizing/partitions-above-capacity', 'workload.partitions', `\`workload.partitions\` must be at most ${max} on Standard (${TIER_LIMITS.Standard.maxEventHubsPerNamespace} event hubs x ${TIER_LIMITS.Standard.maxPartitionsPerEventHub} partitions), got: ${w.partitions}. Use tier 'Premium' (200 partitions per processing unit).`);
      }
    }
  } else if (w.partitions !== undefined) {
    const tier = plan.tier;
    const units = tier === 'Premium' ? plan.sku.capacity : plan.dedicatedCluster?.kind === 'create' ? plan.dedicatedCluster.capacityUnits : undefined;
    const per = plan.limits.maxPartitionsPerCapacityUnit;
    if (units !== undefined && per !== undefined && w.partitions > units * per) {
      const unitName = tier === 'Premium' ? 'processing units' : 'capacity units';
      const need = unitsForPartitions(tier, w.partitions);
      const fix = need !== undefined
        ? `Declare \`capacity\` ${need} (${unitName}).`
        : tier === 'Premium' ? "Use tier 'Dedicated' (2,000 partitions per capacity unit)." : 'Split the partitions over clusters.';
      c.warn('sizing/partitions-above-capacity', 'workload.partitions', `\`workload.partitions\` must be at most ${units * per} for ${units} ${units === 1 ? unitName.slice(0, -1) : unitName} (${per} each, "Azure Event Hubs quotas and limits"), got: ${w.partitions}. ${fix}`);
    }
  }
  if (w.retentionHours > plan.limits.maxRetentionHours) {
    c.warn('sizing/retention-above-tier', 'workload.retentionHours', `\`workload.retentionHours\` must be at most ${plan.limits.maxRetentionHours} on ${plan.tier} (the tier's longest retention), got: ${fmt(w.retentionHours)}. ${plan.tier === 'Standard' ? "Use tier 'Premium' (up to 90 days), or" : 'Use'} Capture to keep events longer.`);
  }
  return [...c.issues];
}

/** A recommended Event Hubs shape. */
export interface EventHubsRecommendation {
  readonly tier: EventHubsTier;
  /** Throughput units (Standard), processing units (Premium) or capacity units (Dedicated). */
  readonly capacity: number;
  /** False on Premium and Dedicated: no per-unit throughput is published, so load-test the throughput. */
  readonly throughputChecked: boolean;
  /** Why: the figure that decided each choice. */
  readonly reasons: readonly string[];
}

/**
 * The smallest tier that carries the workload: Standard when its throughput units (at most 40), its 168-hour retention
 * and its partitions (10 event hubs x 32) fit, else Premium with the processing units its partitions need (200 each),
 * else Dedicated (2,000 partitions per capacity unit, at most 20). Premium and Dedicated throughput is not published:
 * `throughputChecked` is false there. Undefined when no tier fits (retention above 90 days, or more partitions than 20
 * capacity units hold).
 */
export function recommendEventHubs(workload: KafkaWorkload | ResolvedWorkload): EventHubsRecommendation | undefined {
  const w = 'egressMBps' in workload ? workload : resolveWorkload(workload);
  const std = TIER_LIMITS.Standard;
  const tus = throughputUnitsFor(w);
  const stdPartitions = std.maxEventHubsPerNamespace * std.maxPartitionsPerEventHub;
  const throughput = [
    `ingress ${fmt(w.ingressMBps)} MB/s / ${TU.ingressMBps} MB/s per throughput unit = ${fmt(w.ingressMBps / TU.ingressMBps)}`,
    `egress ${fmt(w.egressMBps)} MB/s / ${TU.egressMBps} MB/s per throughput unit = ${fmt(w.egressMBps / TU.egressMBps)}`,
  ];
  const misfit = [
    tus > std.capacities.at(-1)! && `${tus} throughput units exceed Standard's ${std.capacities.at(-1)}`,
    w.retentionHours > std.maxRetentionHours && `retention ${fmt(w.retentionHours)} h exceeds Standard's ${std.maxRetentionHours} h`,
    w.partitions !== undefined && w.partitions > stdPartitions && `${w.partitions} partitions exceed Standard's ${stdPartitions} (${std.maxEventHubsPerNamespace} event hubs x ${std.maxPartitionsPerEventHub})`,
  ].filter((x): x is string => typeof x === 'string');
  if (misfit.length === 0) {
    return { tier: 'Standard', capacity: tus, throughputChecked: true, reasons: [...throughput, 'Standard fits: its throughput units, retention and partitions hold the workload'] };
  }
  const unpublished = 'no per-unit throughput is published for this tier: load-test the throughput';
  const premium = TIER_LIMITS.Premium;
  if (w.retentionHours > premium.maxRetentionHours) return undefined;
  const partitions = w.partitions ?? 0;
  const pus = unitsForPartitions('Premium', partitions);
  if (pus !== undefined) {
    return {
      tier: 'Premium', capacity: pus, throughputChecked: false,
      reasons: [...misfit, `partitions ${partitions} / ${premium.maxPartitionsPerCapacityUnit} per processing unit, rounded up to ${premium.capacities.join(', ')}: ${pus}`, unpublished],
    };
  }
  const cus = unitsForPartitions('Dedicated', partitions);
  if (cus === undefined) return undefined;
  return {
    tier: 'Dedicated', capacity: cus, throughputChecked: false,
    reasons: [...misfit, `partitions ${partitions} exceed Premium's ${premium.capacities.at(-1)! * premium.maxPartitionsPerCapacityUnit!}`, `partitions ${partitions} / ${TIER_LIMITS.Dedicated.maxPartitionsPerCapacityUnit} per capacity unit: ${cus}`, unpublished],
  };
}
