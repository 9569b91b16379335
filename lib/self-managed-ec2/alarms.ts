/**
 * CloudWatch alarms of a self-managed cluster (checklist 25). Kafka metrics come from the Prometheus JMX exporter
 * (names pinned by the rules in render/jmx-exporter.ts), published by the CloudWatch agent under
 * `METRICS_NAMESPACE` with `ClusterName` (and `NodeName`) dimensions; disk use comes from the agent's disk plugin.
 */
import type { IssueCollector } from '../core/issues';
import { DEFAULT_DISK_USED_PERCENT, logBudgetMiB, ROOT_BASELINE_GIB, ROOT_VOLUME } from './defaults';
import type { NodePlan, SelfManagedAlarmPlan } from './plan-types';

export const METRICS_NAMESPACE = 'KafkaIac/SelfManaged';

/** Metric names the JMX exporter rules produce. */
export const KAFKA_METRICS = {
  underReplicated: 'kafka_server_replicamanager_underreplicatedpartitions',
  offlinePartitions: 'kafka_controller_kafkacontroller_offlinepartitionscount',
  activeControllers: 'kafka_controller_kafkacontroller_activecontrollercount',
  metadataErrors: 'kafka_controller_kafkacontroller_metadataerrorcount',
} as const;

export interface AlarmInputs {
  readonly clusterName: string;
  readonly nodes: readonly NodePlan[];
  readonly kafkaMetrics: boolean;
  readonly diskUsedPercent: number;
  readonly mountPoint: string;
}

/**
 * Published by every controller's metrics publisher (render/metrics-publisher.ts) from
 * `kafka-metadata-quorum.sh describe --status`: 1 when the node's id is among `CurrentVoters`, 0 when it is not (an
 * observer, e.g. a dynamic-quorum controller that came back on a blank metadata disk and awaits `add-controller`).
 */
export const VOTER_METRIC = 'controller_is_voter';
/** Seconds between two voter checks (each starts a JVM) and the alarm's period: two checks per period. */
export const VOTER_CHECK_SECONDS = 300;

/** The root file system: it holds the OS, the Kafka installation and `/var/log/kafka` (application logs). */
export const ROOT_PATH = '/';

/**
 * The lowest `monitoring.diskUsedPercent` at which the root-disk alarm stays quiet on a healthy node: the OS and Kafka
 * (`ROOT_BASELINE_GIB`) plus everything the bounded logs can hold (`logBudgetMiB`), as a share of the root volume.
 */
export function minRootDiskAlarmPercent(): number {
  return Math.ceil((100 * (ROOT_BASELINE_GIB + logBudgetMiB() / 1024)) / ROOT_VOLUME.sizeGiB);
}

/** A threshold below that floor would page on every node whose logs reached their cap: warned, not refused. */
export function rootDiskAlarmIssues(diskUsedPercent: number, c: IssueCollector): void {
  const min = minRootDiskAlarmPercent();
  if (diskUsedPercent >= min) return;
  c.warn('self-managed/root-disk-alarm-low', 'monitoring.diskUsedPercent',
    `\`monitoring.diskUsedPercent\` should be at least ${min} for the root-disk alarm, got: ${diskUsedPercent}. The ${ROOT_VOLUME.sizeGiB} GiB root volume holds up to `
    + `${ROOT_BASELINE_GIB} GiB of OS and Kafka and up to ${(logBudgetMiB() / 1024).toFixed(1)} GiB of rotated logs, so the alarm would fire on a healthy node; raise it (default ${DEFAULT_DISK_USED_PERCENT}).`);
}

export function planSelfManagedAlarms(i: AlarmInputs): SelfManagedAlarmPlan[] {
  const cluster = { ClusterName: i.clusterName };
  const out: SelfManagedAlarmPlan[] = [];
  if (i.kafkaMetrics) {
    out.push({
      id: 'OfflinePartitionsAlarm',
      description: `${i.clusterName}: partitions without a leader (OfflinePartitionsCount > 0, reported by the active controller).`,
      metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: KAFKA_METRICS.offlinePartitions, dimensions: cluster, statistic: 'Maximum' }],
      threshold: 0, comparison: 'GreaterThanThreshold', periodSeconds: 60, evaluationPeriods: 1, treatMissingData: 'breaching',
    }, {
      id: 'NoActiveControllerAlarm',
      description: `${i.clusterName}: no active controller (sum of ActiveControllerCount < 1): the KRaft quorum has no leader.`,
      metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: KAFKA_METRICS.activeControllers, dimensions: cluster, statistic: 'Sum' }],
      threshold: 1, comparison: 'LessThanThreshold', periodSeconds: 60, evaluationPeriods: 3, treatMissingData: 'breaching',
    }, {
      id: 'MetadataErrorsAlarm',
      description: `${i.clusterName}: a controller failed to apply a metadata record (MetadataErrorCount > 0).`,
      metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: KAFKA_METRICS.metadataErrors, dimensions: cluster, statistic: 'Maximum' }],
      threshold: 0, comparison: 'GreaterThanThreshold', periodSeconds: 300, evaluationPeriods: 1, treatMissingData: 'notBreaching',
    });
  }
  for (const n of i.nodes) {
    const node = { ClusterName: i.clusterName, NodeName: n.name };
    const pascal = n.name.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    if (i.kafkaMetrics && n.processRoles.includes('broker')) {
      out.push({
        id: `UnderReplicatedPartitions${pascal}Alarm`,
        description: `${i.clusterName} ${n.name}: under-replicated partitions for 15 minutes.`,
        metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: KAFKA_METRICS.underReplicated, dimensions: node, statistic: 'Maximum' }],
        threshold: 0, comparison: 'GreaterThanThreshold', periodSeconds: 300, evaluationPeriods: 3, treatMissingData: 'breaching',
      });
    }
    if (n.processRoles.includes('controller')) {
      // Missing data breaches: a controller that cannot say it votes (down, or the quorum unreachable) gives the quorum
      // no fault tolerance either.
      out.push({
        id: `ControllerNotVoter${pascal}Alarm`,
        description: `${i.clusterName} ${n.name}: not a voter of the KRaft quorum (${VOTER_METRIC} < 1) or not reporting: the quorum has lost fault tolerance. `
          + 'A dynamic-quorum controller back on a blank metadata disk is an observer until promoted (runbook: remove-controller, then add-controller).',
        metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: VOTER_METRIC, dimensions: node, statistic: 'Minimum' }],
        threshold: 1, comparison: 'LessThanThreshold', periodSeconds: 2 * VOTER_CHECK_SECONDS, evaluationPeriods: 1, treatMissingData: 'breaching',
      });
    }
    out.push({
      id: `DiskUsed${pascal}Alarm`,
      description: `${i.clusterName} ${n.name}: ${i.mountPoint} more than ${i.diskUsedPercent}% used. Grow the volume or lower retention.`,
      metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: 'disk_used_percent', dimensions: { ...node, path: i.mountPoint }, statistic: 'Maximum' }],
      threshold: i.diskUsedPercent, comparison: 'GreaterThanOrEqualToThreshold', periodSeconds: 300, evaluationPeriods: 1, treatMissingData: 'breaching',
    }, {
      id: `RootDiskUsed${pascal}Alarm`,
      description: `${i.clusterName} ${n.name}: the root volume (${ROOT_PATH}, with /var/log/kafka) more than ${i.diskUsedPercent}% used. Check the log rotation, then replace the node.`,
      metrics: [{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: 'disk_used_percent', dimensions: { ...node, path: ROOT_PATH }, statistic: 'Maximum' }],
      threshold: i.diskUsedPercent, comparison: 'GreaterThanOrEqualToThreshold', periodSeconds: 300, evaluationPeriods: 1, treatMissingData: 'breaching',
    });
  }
  return out;
}
