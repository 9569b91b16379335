/**
 * CloudWatch metric descriptors of MSK clusters (namespace `AWS/Kafka`), pure and shared by both faces: the CDK
 * face builds a `cloudwatch.Metric` from a descriptor, the Pulumi face returns it as is (its fields are those of
 * `aws.cloudwatch.MetricAlarm`, so `{ ...cluster.metricCpuUser(1), threshold: 60, ... }` is an alarm).
 *
 * Dimensions ("Amazon MSK metrics for monitoring Standard brokers with CloudWatch" and "Monitor MSK Serverless
 * clusters", checked 2026-11): provisioned clusters use `Cluster Name`, plus `Broker ID` per broker and `Topic`
 * per topic (PER_TOPIC_PER_BROKER); Serverless clusters use `Cluster Name` and `Topic`.
 */

export const MSK_METRIC_NAMESPACE = 'AWS/Kafka';

/** CloudWatch statistics the descriptors use. */
export type MskMetricStatistic = 'Average' | 'Maximum' | 'Minimum' | 'Sum' | 'SampleCount';

/** One metric, plain data. `period` is in seconds. */
export interface MskMetricDescriptor {
  readonly namespace: typeof MSK_METRIC_NAMESPACE;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly statistic: MskMetricStatistic;
  readonly period: number;
}

/** Which series of a metric, and how to aggregate it. */
export interface MskMetricOptions {
  /**
   * Broker (from 1), for per-broker metrics of provisioned clusters.
   * @default - the cluster-level series
   */
  readonly brokerId?: number;
  /**
   * Topic, for per-topic metrics.
   * @default - no Topic dimension
   */
  readonly topic?: string;
  /**
   * Statistic.
   * @default - the metric's own default (see `MSK_METRIC_DEFAULT_STATISTICS`), else 'Average'
   */
  readonly statistic?: MskMetricStatistic;
  /**
   * Period in seconds.
   * @default 300
   */
  readonly periodSeconds?: number;
}

/** The period CloudWatch alarms and dashboards use unless told otherwise (that of the CDK `Metric` class). */
export const DEFAULT_METRIC_PERIOD_SECONDS = 300;

/**
 * Default statistic per metric: the worst broker or partition state matters for counts and disk (Maximum), CPU is
 * averaged over the period.
 */
export const MSK_METRIC_DEFAULT_STATISTICS: Readonly<Record<string, MskMetricStatistic>> = {
  OfflinePartitionsCount: 'Maximum',
  UnderReplicatedPartitions: 'Maximum',
  KafkaDataLogsDiskUsed: 'Maximum',
  CpuUser: 'Average',
  CpuSystem: 'Average',
};

/** Dimensions of a cluster-, broker- or topic-level series. */
export function mskDimensions(clusterName: string, o: { readonly brokerId?: number; readonly topic?: string } = {}): Record<string, string> {
  const dimensions: Record<string, string> = { 'Cluster Name': clusterName };
  if (o.brokerId !== undefined) dimensions['Broker ID'] = String(o.brokerId);
  if (o.topic !== undefined) dimensions.Topic = o.topic;
  return dimensions;
}

/** A metric of the cluster named `clusterName`. */
export function mskMetricDescriptor(clusterName: string, metricName: string, o: MskMetricOptions = {}): MskMetricDescriptor {
  return {
    namespace: MSK_METRIC_NAMESPACE,
    metricName,
    dimensions: mskDimensions(clusterName, o),
    statistic: o.statistic ?? MSK_METRIC_DEFAULT_STATISTICS[metricName] ?? 'Average',
    period: o.periodSeconds ?? DEFAULT_METRIC_PERIOD_SECONDS,
  };
}

/** Options of the named per-broker metrics (the broker is a positional argument). */
export type MskBrokerMetricOptions = Omit<MskMetricOptions, 'brokerId'>;

/** The named metrics both faces expose as `metric*` methods. */
export const mskMetrics = {
  /** Partitions without an active leader (Maximum). Standard brokers only. */
  offlinePartitionsCount: (clusterName: string, o: MskMetricOptions = {}) => mskMetricDescriptor(clusterName, 'OfflinePartitionsCount', o),
  /** Under-replicated partitions of one broker (Maximum). Standard brokers only. */
  underReplicatedPartitions: (clusterName: string, brokerId: number, o: MskBrokerMetricOptions = {}) =>
    mskMetricDescriptor(clusterName, 'UnderReplicatedPartitions', { ...o, brokerId }),
  /** Percentage of the data volume used on one broker (Maximum). Standard brokers only. */
  kafkaDataLogsDiskUsed: (clusterName: string, brokerId: number, o: MskBrokerMetricOptions = {}) =>
    mskMetricDescriptor(clusterName, 'KafkaDataLogsDiskUsed', { ...o, brokerId }),
  /** User-space CPU of one broker, in percent (Average). */
  cpuUser: (clusterName: string, brokerId: number, o: MskBrokerMetricOptions = {}) => mskMetricDescriptor(clusterName, 'CpuUser', { ...o, brokerId }),
} as const;
