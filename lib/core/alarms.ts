/**
 * One CloudWatch alarm as plain data, planned by the AWS targets (MSK, self-managed EC2) and mapped by one CDK and
 * one Pulumi mapper. Field values are those of the CloudWatch `PutMetricAlarm` API, so a mapper passes them through.
 */

/** CloudWatch statistics an alarm metric may use. */
export type AlarmStatistic = 'Average' | 'Maximum' | 'Minimum' | 'Sum' | 'SampleCount';

/**
 * Static-threshold comparisons of `PutMetricAlarm` ("ComparisonOperator", CloudWatch API reference). There is no
 * not-equal operator, and the anomaly-band ones need a band the plans do not model, so neither can be planned.
 */
export type AlarmComparison = 'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';

/** How the alarm treats periods without data ("Configuring how CloudWatch alarms treat missing data"). */
export type AlarmTreatMissingData = 'breaching' | 'notBreaching' | 'missing';

/** One metric an alarm reads; `id` names it in `expression` (m0, m1, ...). */
export interface AlarmMetricPlan {
  readonly id: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly statistic: AlarmStatistic;
}

/** One CloudWatch alarm, face-agnostic. */
export interface AlarmPlan {
  /** Stable id (construct id / resource name suffix). */
  readonly id: string;
  readonly description: string;
  /** One metric, or the inputs of `expression`. */
  readonly metrics: readonly AlarmMetricPlan[];
  /**
   * Metric-math expression over `metrics` by id.
   * @default - a single-metric alarm on `metrics[0]`
   */
  readonly expression?: string;
  readonly threshold: number;
  readonly comparison: AlarmComparison;
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  /**
   * Breaching datapoints within `evaluationPeriods` that trigger the alarm ("M out of N").
   * @default - omitted, so CloudWatch uses `evaluationPeriods`
   */
  readonly datapointsToAlarm?: number;
  readonly treatMissingData: AlarmTreatMissingData;
}
