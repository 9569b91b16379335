/**
 * Self-managed sizing (pure): checks the brokers' volumes against a declared workload (warnings), and recommends a
 * shape. Brokers write ingress x replication factor between them; each broker's volume must absorb its share
 * (gp3 includes 125 MiB/s, up to 1,000 provisioned) and keep its share of ingress x retention x replication factor
 * (16 TiB at most per volume). Partition counts per broker are not published for self-managed Kafka: not checked.
 */
import {
  EBS_MAX_VOLUME_GIB, GB_PER_GIB, GP3_BASELINE, IssueCollector, MBPS_PER_MIBPS, resolveWorkload, type Issue, type KafkaWorkload,
} from '../core';
import type { NodePlan } from './plan-types';

const fmt = (x: number) => String(Math.round(x * 10) / 10);
/** gp3's maximum provisioned throughput per volume, MiB/s (the EBS volume types table). */
const GP3_MAX_MIBPS = 1000;

/** Sizing warnings for the broker nodes of a plan (`sizing/*` codes). `tiered`: local retention may be shorter, storage not checked. */
export function checkSelfManagedSizing(nodes: readonly NodePlan[], workload: KafkaWorkload, tiered: boolean): Issue[] {
  const w = resolveWorkload(workload);
  const c = new IssueCollector();
  const brokers = nodes.filter((n) => n.processRoles.includes('broker'));
  if (brokers.length === 0) return [];
  const perBrokerWriteMBps = (w.ingressMBps * w.replicationFactor) / brokers.length;
  const volume = brokers[0]!.volume;
  if (volume.type === 'gp3') {
    const mibps = volume.throughputMiBps ?? GP3_BASELINE.throughputMiBps;
    if (perBrokerWriteMBps > mibps * MBPS_PER_MIBPS) {
      const need = Math.ceil(perBrokerWriteMBps / MBPS_PER_MIBPS);
      c.warn('sizing/volume-throughput', 'brokers.volume.throughputMiBps', `\`brokers.volume.throughputMiBps\` must carry each broker's share of ingress x replication factor (${fmt(w.ingressMBps)} MB/s x ${w.replicationFactor} / ${brokers.length} brokers = ${fmt(perBrokerWriteMBps)} MB/s), got: ${mibps}. ${need <= GP3_MAX_MIBPS ? `Provision at least ${need} MiB/s, or add brokers.` : 'Add brokers.'}`);
    }
  }
  if (!tiered) {
    const capacityGB = brokers.reduce((s, n) => s + n.volume.sizeGiB * GB_PER_GIB, 0);
    if (w.storageGB > capacityGB) {
      const per = Math.ceil(w.storageGB / brokers.length / GB_PER_GIB);
      c.warn('sizing/storage-too-small', 'brokers.volume.sizeGiB', `\`brokers.volume.sizeGiB\` must hold ingress x retention x replication factor (${fmt(w.storageGB)} GB) on ${brokers.length} brokers, got: ${volume.sizeGiB}. ${per <= EBS_MAX_VOLUME_GIB ? `Use at least ${per} GiB per broker (plus headroom), or tiered storage.` : 'Add brokers or use tiered storage.'}`);
    }
  }
  return [...c.issues];
}

export interface SelfManagedRecommendation {
  /** A multiple of 3 (one per AZ), at least 3. */
  readonly brokerCount: number;
  readonly volumeSizeGiB: number;
  readonly volumeThroughputMiBps: number;
  readonly reasons: readonly string[];
}

/** Brokers and gp3 volumes for a workload: storage with 20% headroom within 16 TiB, writes within 1,000 MiB/s. */
export function recommendSelfManaged(workload: KafkaWorkload): SelfManagedRecommendation {
  const w = resolveWorkload(workload);
  const writesMiBps = (w.ingressMBps * w.replicationFactor) / MBPS_PER_MIBPS;
  const storageGiB = (w.storageGB * 1.2) / GB_PER_GIB;
  const n = Math.max(3, Math.ceil(Math.max(storageGiB / EBS_MAX_VOLUME_GIB, writesMiBps / GP3_MAX_MIBPS) / 3) * 3);
  return {
    brokerCount: n,
    volumeSizeGiB: Math.max(1, Math.ceil(storageGiB / n)),
    volumeThroughputMiBps: Math.max(GP3_BASELINE.throughputMiBps, Math.ceil((writesMiBps * 1.2) / n)),
    reasons: [`writes ${fmt(writesMiBps)} MiB/s (ingress x ${w.replicationFactor}) over ${n} brokers, 20% headroom`, `storage ${fmt(w.storageGB)} GB + 20% over ${n} brokers`],
  };
}
