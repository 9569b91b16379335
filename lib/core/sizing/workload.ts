/**
 * A workload a cluster is meant to carry, declared next to the cluster: sizing advice reads it, and plans warn when
 * the declared cluster is too small for it. Throughput in MB/s (10^6 bytes), storage in GB (10^9 bytes).
 */
import { IssueCollector, type Issue } from '../issues';

export interface KafkaWorkload {
  /** Producer ingress in MB/s, before replication (peak you must sustain, not the average). */
  readonly ingressMBps: number;
  /**
   * Consumer groups reading everything written: egress = ingress x fan-out.
   *
   * @default 1
   */
  readonly consumerFanOut?: number;
  /**
   * Hours data is kept on the brokers' own storage.
   *
   * @default 168 (7 days, Kafka's `log.retention.hours` default)
   */
  readonly retentionHours?: number;
  /**
   * Copies of every partition.
   *
   * @default 3
   */
  readonly replicationFactor?: number;
  /**
   * Partitions (leaders, before replication) across all topics.
   *
   * @default - partitions are not checked
   */
  readonly partitions?: number;
}

/** The workload with its defaults applied. */
export interface ResolvedWorkload {
  readonly ingressMBps: number;
  readonly consumerFanOut: number;
  readonly retentionHours: number;
  readonly replicationFactor: number;
  readonly partitions?: number;
  /** `ingressMBps x consumerFanOut`. */
  readonly egressMBps: number;
  /** Data kept on broker storage with every replica: ingress x retention x replication factor, in GB. */
  readonly storageGB: number;
}

export const DEFAULT_WORKLOAD = { consumerFanOut: 1, retentionHours: 168, replicationFactor: 3 } as const;

/** Validates a workload (`sizing/invalid-workload` errors, all at once, under `path`). */
export function validateWorkload(w: KafkaWorkload, path = 'workload'): Issue[] {
  const c = new IssueCollector();
  const positive = (k: keyof KafkaWorkload, integer: boolean, optional: boolean) => {
    const v = w?.[k];
    if (v === undefined && optional) return;
    if (!(typeof v === 'number' && Number.isFinite(v) && v > 0 && (!integer || Number.isInteger(v)))) {
      c.error('sizing/invalid-workload', `${path}.${k}`, `be a ${integer ? 'whole ' : ''}number above 0`, v, k === 'ingressMBps' ? 'Give the peak producer throughput in MB/s.' : 'Remove it for the default, or give a number.');
    }
  };
  positive('ingressMBps', false, false);
  positive('consumerFanOut', false, true);
  positive('retentionHours', false, true);
  positive('replicationFactor', true, true);
  positive('partitions', true, true);
  return [...c.issues];
}

/** Applies the defaults and derives egress and storage. Call on a validated workload. */
export function resolveWorkload(w: KafkaWorkload): ResolvedWorkload {
  const consumerFanOut = w.consumerFanOut ?? DEFAULT_WORKLOAD.consumerFanOut;
  const retentionHours = w.retentionHours ?? DEFAULT_WORKLOAD.retentionHours;
  const replicationFactor = w.replicationFactor ?? DEFAULT_WORKLOAD.replicationFactor;
  return {
    ingressMBps: w.ingressMBps, consumerFanOut, retentionHours, replicationFactor,
    ...(w.partitions !== undefined ? { partitions: w.partitions } : {}),
    egressMBps: w.ingressMBps * consumerFanOut,
    storageGB: (w.ingressMBps * 3600 * retentionHours * replicationFactor) / 1000,
  };
}

/** GiB to GB (volumes are sized in GiB, workloads in GB). */
export const GB_PER_GIB = 2 ** 30 / 1e9;
/** MiB/s to MB/s. */
export const MBPS_PER_MIBPS = 2 ** 20 / 1e6;
