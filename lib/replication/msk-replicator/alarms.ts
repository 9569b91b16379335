/**
 * Default alarms of a replicator, planned as the shared `AlarmPlan` and mapped by the MSK alarm mappers of both
 * faces. Metrics ("Metrics reference", MSK Replicator, checked 2026-11-23): `ReplicationLatency` (milliseconds from
 * the record's produce time on the source to its write on the target) and `MessageLag` (records produced to the
 * source that the replicator has not consumed yet), namespace `AWS/Kafka`, dimension `ReplicatorName`, in the
 * target cluster's Region.
 */
import type { AlarmPlan } from '../../core';

export const REPLICATOR_METRIC_NAMESPACE = 'AWS/Kafka';

export interface ReplicatorAlarmInputs {
  readonly replicatorName: string;
  readonly replicationLatencyMs: number;
  readonly messageLag: number;
}

/** The `ReplicatorName` dimension of a replicator's aggregate series. */
export function replicatorDimensions(replicatorName: string): Record<string, string> {
  return { ReplicatorName: replicatorName };
}

export function planReplicatorAlarms(i: ReplicatorAlarmInputs): AlarmPlan[] {
  const dimensions = replicatorDimensions(i.replicatorName);
  const common = { periodSeconds: 60, evaluationPeriods: 5, datapointsToAlarm: 5, comparison: 'GreaterThanThreshold' } as const;
  return [
    {
      id: 'ReplicationLatencyAlarm',
      description: `${i.replicatorName}: records take more than ${i.replicationLatencyMs} ms to reach the target (ReplicationLatency, 5 minutes). `
        + 'The recovery point falls behind; check partitions, throughput and the clusters.',
      metrics: [{ id: 'm0', namespace: REPLICATOR_METRIC_NAMESPACE, metricName: 'ReplicationLatency', dimensions, statistic: 'Maximum' }],
      threshold: i.replicationLatencyMs,
      ...common,
      // No data: nothing is being produced, which is not a replication failure.
      treatMissingData: 'notBreaching',
    },
    {
      id: 'MessageLagAlarm',
      description: `${i.replicatorName}: more than ${i.messageLag} records produced to the source are not replicated yet (MessageLag, 5 minutes).`,
      metrics: [{ id: 'm0', namespace: REPLICATOR_METRIC_NAMESPACE, metricName: 'MessageLag', dimensions, statistic: 'Maximum' }],
      threshold: i.messageLag,
      ...common,
      treatMissingData: 'notBreaching',
    },
  ];
}
