/**
 * Default CloudWatch alarms for a provisioned cluster (namespace `AWS/Kafka`), one per broker where the
 * metric is per broker, so a hot broker is not averaged away. Metric names from the AWS docs
 * "Amazon MSK metrics for monitoring Standard brokers with CloudWatch" and "... Express brokers ..."
 * (checked 2026-11). Express brokers do not emit OfflinePartitionsCount, UnderReplicatedPartitions or
 * KafkaDataLogsDiskUsed (storage is managed and replication is enforced by the service), so an Express
 * cluster gets the CPU alarms only; an alarm on a metric that never arrives would be noise or silence.
 */
import { MSK_METRIC_NAMESPACE as namespace, mskDimensions } from './metrics';
import type { MskAlarmPlan } from './plan-types';

export interface AlarmInputs {
  readonly clusterName: string;
  readonly kind: 'standard' | 'express';
  readonly brokerNodes: number;
  readonly diskUsedPercent: number;
  readonly cpuPercent: number;
}

export function planMskAlarms(i: AlarmInputs): MskAlarmPlan[] {
  const cluster = mskDimensions(i.clusterName);
  const standard = i.kind === 'standard';
  const alarms: MskAlarmPlan[] = [];
  if (standard) {
    alarms.push({
      id: 'OfflinePartitionsAlarm',
      description: `${i.clusterName}: partitions without an active leader (OfflinePartitionsCount > 0). Producers and consumers of those partitions are blocked.`,
      metrics: [{ id: 'm0', namespace, metricName: 'OfflinePartitionsCount', dimensions: cluster, statistic: 'Maximum' }],
      threshold: 0, comparison: 'GreaterThanThreshold', periodSeconds: 60, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'breaching',
    });
  }
  for (let b = 1; b <= i.brokerNodes; b++) {
    const broker = mskDimensions(i.clusterName, { brokerId: b });
    if (standard) {
      alarms.push({
        id: `UnderReplicatedPartitionsBroker${b}Alarm`,
        description: `${i.clusterName} broker ${b}: under-replicated partitions for 15 minutes.`,
        metrics: [{ id: 'm0', namespace, metricName: 'UnderReplicatedPartitions', dimensions: broker, statistic: 'Maximum' }],
        threshold: 0, comparison: 'GreaterThanThreshold', periodSeconds: 300, evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'notBreaching',
      });
    }
    alarms.push({
      id: `CpuBroker${b}Alarm`,
      description: `${i.clusterName} broker ${b}: CpuUser + CpuSystem above ${i.cpuPercent}% for 15 minutes (AWS recommends staying under 60%).`,
      metrics: [
        { id: 'm0', namespace, metricName: 'CpuUser', dimensions: broker, statistic: 'Average' },
        { id: 'm1', namespace, metricName: 'CpuSystem', dimensions: broker, statistic: 'Average' },
      ],
      expression: 'm0 + m1',
      threshold: i.cpuPercent, comparison: 'GreaterThanThreshold', periodSeconds: 300, evaluationPeriods: 3, datapointsToAlarm: 3, treatMissingData: 'notBreaching',
    });
    if (standard) {
      alarms.push({
        id: `DiskUsedBroker${b}Alarm`,
        description: `${i.clusterName} broker ${b}: data volume more than ${i.diskUsedPercent}% used (KafkaDataLogsDiskUsed). Grow storage or lower retention.`,
        metrics: [{ id: 'm0', namespace, metricName: 'KafkaDataLogsDiskUsed', dimensions: broker, statistic: 'Maximum' }],
        threshold: i.diskUsedPercent, comparison: 'GreaterThanOrEqualToThreshold', periodSeconds: 300, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'notBreaching',
      });
    }
  }
  return alarms;
}
