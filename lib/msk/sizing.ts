/**
 * MSK sizing (pure): checks a provisioned plan against a declared workload (warnings: the plan stays valid), and
 * recommends a shape for a workload. Data: `MSK_INSTANCES` (partitions per broker from "Best practices for Standard
 * brokers" / "Express broker quota"; Express sustained ingress), `EXPRESS_THROUGHPUT` and `STANDARD_INGRESS_MBPS`.
 */
import {
  EBS_MAX_VOLUME_GIB, EXPRESS_THROUGHPUT, GB_PER_GIB, IssueCollector, STANDARD_INGRESS_MBPS, resolveWorkload,
  type Issue, type KafkaWorkload, type ResolvedWorkload,
} from '../core';
import { MSK_INSTANCES } from './limits';
import type { MskProvisionedPlan } from './plan-types';

const fmt = (x: number) => String(Math.round(x * 10) / 10);

/** Sizing warnings of a provisioned plan for a (validated) workload: `sizing/*` codes under `workload`. */
export function checkMskSizing(plan: Pick<MskProvisionedPlan, 'kind' | 'instance' | 'brokerNodes' | 'storage'>, workload: KafkaWorkload): Issue[] {
  const w = resolveWorkload(workload);
  const c = new IssueCollector();
  const n = plan.brokerNodes;
  const type = plan.instance.instanceType;
  const rf = plan.kind === 'express' ? 3 : w.replicationFactor; // Express always replicates 3 times.
  if (plan.kind === 'express') {
    const t = EXPRESS_THROUGHPUT.find((e) => e.instanceType === type);
    if (t && w.ingressMBps > n * t.ingressSustainedMBps) {
      c.warn('sizing/ingress-above-throughput', 'workload.ingressMBps', `\`workload.ingressMBps\` must be at most ${fmt(n * t.ingressSustainedMBps)} MB/s for ${n} x ${type} (${t.ingressSustainedMBps} MB/s sustained each, "${t.source.title}"), got: ${w.ingressMBps}. Use ${advise(w, n, type)}.`);
    }
    if (t && w.egressMBps > n * t.egressSustainedMBps) {
      c.warn('sizing/egress-above-throughput', 'workload.consumerFanOut', `\`workload.consumerFanOut\` x ingress must be at most ${fmt(n * t.egressSustainedMBps)} MB/s of egress for ${n} x ${type} (${t.egressSustainedMBps} MB/s sustained each), got: ${fmt(w.egressMBps)}. Use ${advise(w, n, type)}.`);
    }
  } else {
    const known = STANDARD_INGRESS_MBPS[type];
    if (known && w.ingressMBps * rf > n * known.mbps) {
      c.warn('sizing/ingress-above-throughput', 'workload.ingressMBps', `\`workload.ingressMBps\` x replication factor must be at most ${fmt(n * known.mbps)} MB/s for ${n} x ${type} (${known.mbps} MB/s each, "${known.source.title}"), got: ${fmt(w.ingressMBps * rf)}. Add brokers.`);
    }
    if (plan.storage && plan.storage.mode === 'LOCAL') {
      const capacityGB = n * (plan.storage.autoScaling?.maxVolumeSizeGiB ?? plan.storage.volumeSizeGiB) * GB_PER_GIB;
      if (w.storageGB > capacityGB) {
        const perBroker = Math.ceil(w.storageGB / n / GB_PER_GIB);
        c.warn('sizing/storage-too-small', 'storage.volumeSizeGiB', `\`storage.volumeSizeGiB\` must hold ingress x retention x replication factor (${fmt(w.ingressMBps)} MB/s x ${w.retentionHours} h x ${rf} = ${fmt(w.storageGB)} GB) on ${n} brokers, got: ${plan.storage.volumeSizeGiB}. ${perBroker <= EBS_MAX_VOLUME_GIB ? `Use at least ${perBroker} GiB per broker (plus headroom), or tiered storage.` : 'Add brokers or use tiered storage.'}`);
      }
    }
  }
  if (w.partitions !== undefined) {
    const perBroker = (w.partitions * rf) / n;
    if (perBroker > plan.instance.maxPartitionsPerBroker) {
      c.warn('sizing/partitions-per-broker', 'workload.partitions', `\`workload.partitions\` x replication factor per broker must be at most ${plan.instance.maxPartitionsPerBroker} on ${type} (recommended, leaders and followers), got: ${fmt(perBroker)}. Add brokers or use a larger size.`);
    }
  }
  return [...c.issues];
}

function advise(w: ResolvedWorkload, current: number, type: string): string {
  const r = recommendMskExpress(w);
  return r ? `${r.brokerNodes} x ${r.instanceType}` : `more than ${current} x ${type}`;
}

/** A recommended shape. */
export interface MskRecommendation {
  readonly kind: 'express' | 'standard';
  readonly instanceType: string;
  /** A multiple of 3 (one per AZ), at least 3. */
  readonly brokerNodes: number;
  /** Standard: EBS GiB per broker (storage with 20% headroom). */
  readonly volumeSizeGiB?: number;
  /** Why: the figure that decided each count. */
  readonly reasons: readonly string[];
}

const multipleOf3 = (x: number) => Math.max(3, Math.ceil(x / 3) * 3);

/**
 * An Express shape whose sustained ingress and egress and recommended partitions per broker carry the workload: among
 * the sizes within 15% of the fewest vCPUs in total (MSK prices brokers by size, so vCPUs track cost), the one with the
 * fewest brokers. Undefined when no size fits in 30 brokers.
 */
export function recommendMskExpress(workload: KafkaWorkload | ResolvedWorkload): MskRecommendation | undefined {
  const w = 'egressMBps' in workload ? workload : resolveWorkload(workload);
  const candidates: (MskRecommendation & { vcpus: number })[] = [];
  for (const t of EXPRESS_THROUGHPUT) {
    const info = MSK_INSTANCES.find((i) => i.instanceType === t.instanceType)!;
    const byIn = w.ingressMBps / t.ingressSustainedMBps;
    const byOut = w.egressMBps / t.egressSustainedMBps;
    const byParts = w.partitions !== undefined ? (w.partitions * 3) / info.maxPartitionsPerBroker : 0;
    const n = multipleOf3(Math.max(byIn, byOut, byParts));
    if (n > 30) continue; // MSK's default quota: 30 brokers per cluster.
    candidates.push({
      kind: 'express', instanceType: t.instanceType, brokerNodes: n, vcpus: n * info.vcpu,
      reasons: [
        `ingress ${fmt(w.ingressMBps)} MB/s / ${t.ingressSustainedMBps} MB/s per broker = ${fmt(byIn)}`,
        `egress ${fmt(w.egressMBps)} MB/s / ${t.egressSustainedMBps} MB/s per broker = ${fmt(byOut)}`,
        ...(w.partitions !== undefined ? [`partitions ${w.partitions} x 3 / ${info.maxPartitionsPerBroker} per broker = ${fmt(byParts)}`] : []),
        'a multiple of 3 (one broker per AZ)',
      ],
    });
  }
  if (candidates.length === 0) return undefined;
  const fewest = Math.min(...candidates.map((x) => x.vcpus));
  const [best] = candidates.filter((x) => x.vcpus <= fewest * 1.15).sort((a, b) => a.brokerNodes - b.brokerNodes || a.vcpus - b.vcpus);
  const { vcpus: _vcpus, ...rec } = best!;
  return rec;
}

/**
 * A Standard shape on `instanceType` (default kafka.m7g.large): brokers for partitions (recommended per broker) and
 * for storage (ingress x retention x replication factor with 20% headroom, at most 16 TiB per volume). Throughput is
 * not published for most Standard sizes: test it.
 */
export function recommendMskStandard(workload: KafkaWorkload, instanceType = 'kafka.m7g.large'): MskRecommendation | undefined {
  const w = resolveWorkload(workload);
  const info = MSK_INSTANCES.find((i) => i.instanceType === instanceType && i.family !== 'express.m7g');
  if (!info) return undefined;
  const storageGiB = (w.storageGB * 1.2) / GB_PER_GIB;
  const byStorage = storageGiB / EBS_MAX_VOLUME_GIB;
  const byParts = w.partitions !== undefined ? (w.partitions * w.replicationFactor) / info.maxPartitionsPerBroker : 0;
  const known = STANDARD_INGRESS_MBPS[instanceType];
  const byIngress = known ? (w.ingressMBps * w.replicationFactor) / known.mbps : 0;
  const n = multipleOf3(Math.max(byStorage, byParts, byIngress));
  return {
    kind: 'standard', instanceType, brokerNodes: n, volumeSizeGiB: Math.max(1, Math.ceil(storageGiB / n)),
    reasons: [
      `storage ${fmt(w.storageGB)} GB + 20% over ${n} brokers`,
      ...(w.partitions !== undefined ? [`partitions ${w.partitions} x ${w.replicationFactor} / ${info.maxPartitionsPerBroker} per broker = ${fmt(byParts)}`] : []),
      known ? `ingress ${fmt(w.ingressMBps)} MB/s x ${w.replicationFactor} / ${known.mbps} MB/s per broker = ${fmt(byIngress)}` : `no published throughput for ${instanceType}: load-test it`,
    ],
  };
}
