/**
 * Google Cloud Managed Service for Apache Kafka sizing (pure): checks a cluster plan's vCPUs against a declared
 * workload (a warning: the plan stays valid), and recommends vCPUs and memory for a workload.
 *
 * Data: "Plan the size of your Managed Service for Apache Kafka cluster" (Google Cloud documentation): total write
 * bandwidth = produce rate x replicas; total read bandwidth = consume rate + produce rate x (replicas - 1); reads are
 * four times cheaper than writes, so the write-equivalent rate = write + read / 4; one vCPU carries an estimated
 * 20 MBps; start from a 50% vCPU utilization target; vCPUs = ceiling(write-equivalent / 20 / utilization); 4 GiB of
 * memory per vCPU is recommended. Batches under 10 KB lower the per-vCPU throughput. No partitions-per-vCPU figure is
 * published there, so partitions are not checked; storage is managed by the service and not checked either.
 */
import { IssueCollector, resolveWorkload, type CapacitySource, type Issue, type KafkaWorkload, type ResolvedWorkload } from '../core';
import { CLUSTER_CAPACITY, REGION_QUOTAS } from './limits';

const PLAN_CLUSTER_SIZE: CapacitySource = {
  title: 'Plan the size of your Managed Service for Apache Kafka cluster (Google Cloud documentation)',
  url: 'https://cloud.google.com/managed-service-for-apache-kafka/docs/plan-cluster-size', checked: '2026-12-04',
};

/** The published sizing rule's figures. */
export const GCP_KAFKA_SIZING = {
  /** Estimated write throughput of one vCPU, MBps. */
  writeMBpsPerVcpu: 20,
  /** Read bandwidth is this many times cheaper to process than write bandwidth. */
  readEfficiency: 4,
  /** The baseline vCPU utilization target. */
  targetUtilization: 0.5,
  /** Recommended memory per vCPU, GiB. */
  memoryGiBPerVcpu: 4,
  source: PLAN_CLUSTER_SIZE,
} as const;

const S = GCP_KAFKA_SIZING;
const fmt = (x: number) => String(Math.round(x * 10) / 10);

/** Write-equivalent rate of a workload, MBps (replication included). */
export function writeEquivalentMBps(w: ResolvedWorkload): number {
  const write = w.ingressMBps * w.replicationFactor;
  const read = w.egressMBps + w.ingressMBps * (w.replicationFactor - 1);
  return write + read / S.readEfficiency;
}

/** vCPUs the published rule gives for a workload (at least the service's minimum of 3). */
export function vcpusFor(w: ResolvedWorkload): number {
  return Math.max(CLUSTER_CAPACITY.minVcpu, Math.ceil(writeEquivalentMBps(w) / S.writeMBpsPerVcpu / S.targetUtilization - 1e-9));
}

/** Sizing warnings of a cluster plan for a (validated) workload: `sizing/vcpu-below-throughput` under `vcpuCount`. */
export function checkGcpKafkaSizing(plan: { readonly vcpuCount: number }, workload: KafkaWorkload): Issue[] {
  const w = resolveWorkload(workload);
  const c = new IssueCollector();
  const need = vcpusFor(w);
  if (plan.vcpuCount < need) {
    c.warn('sizing/vcpu-below-throughput', 'vcpuCount', `\`vcpuCount\` must be at least ${need} for the workload (write-equivalent ${fmt(writeEquivalentMBps(w))} MBps / ${S.writeMBpsPerVcpu} MBps per vCPU / ${S.targetUtilization * 100}% utilization, "${S.source.title}"), got: ${plan.vcpuCount}. Declare \`vcpuCount: ${need}\` and \`memoryGiB: ${need * S.memoryGiBPerVcpu}\` (${S.memoryGiBPerVcpu} GiB per vCPU).`);
  }
  return [...c.issues];
}

/** A recommended cluster shape. */
export interface GcpKafkaRecommendation {
  readonly vcpuCount: number;
  /** `vcpuCount` x 4 GiB. */
  readonly memoryGiB: number;
  /** Why: each step of the published rule, and the regional quota when the shape exceeds it. */
  readonly reasons: readonly string[];
}

/** vCPUs and memory by the published rule (50% utilization target, 4 GiB per vCPU, at least 3 vCPUs). */
export function recommendGcpManagedKafka(workload: KafkaWorkload | ResolvedWorkload): GcpKafkaRecommendation {
  const w = 'egressMBps' in workload ? workload : resolveWorkload(workload);
  const write = w.ingressMBps * w.replicationFactor;
  const read = w.egressMBps + w.ingressMBps * (w.replicationFactor - 1);
  const we = writeEquivalentMBps(w);
  const vcpuCount = vcpusFor(w);
  return {
    vcpuCount, memoryGiB: vcpuCount * S.memoryGiBPerVcpu,
    reasons: [
      `write ${fmt(w.ingressMBps)} MBps x ${w.replicationFactor} replicas = ${fmt(write)} MBps`,
      `read ${fmt(w.egressMBps)} MBps + ${fmt(w.ingressMBps)} MBps x ${w.replicationFactor - 1} = ${fmt(read)} MBps`,
      `write-equivalent ${fmt(write)} + ${fmt(read)} / ${S.readEfficiency} = ${fmt(we)} MBps`,
      `vCPUs ${fmt(we)} / ${S.writeMBpsPerVcpu} MBps / ${S.targetUtilization * 100}% = ${fmt(we / S.writeMBpsPerVcpu / S.targetUtilization)}, rounded up, at least ${CLUSTER_CAPACITY.minVcpu}: ${vcpuCount}`,
      `memory ${S.memoryGiBPerVcpu} GiB per vCPU: ${vcpuCount * S.memoryGiBPerVcpu} GiB`,
      ...(vcpuCount > REGION_QUOTAS.vcpu ? [`${vcpuCount} vCPUs exceed the default regional quota of ${REGION_QUOTAS.vcpu}: request an increase or split the workload`] : []),
    ],
  };
}
