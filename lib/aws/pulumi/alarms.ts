/**
 * Planned alarms (`AlarmPlan`) as `aws.cloudwatch.MetricAlarm`s named `${name}-alarm-<id>`: the one Pulumi mapper,
 * used by every AWS target (MSK, self-managed EC2, MirrorMaker 2, MSK Replicator).
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import type { AlarmPlan } from '../../core/alarms';

export interface AlarmOptions {
  /**
   * ARNs (an SNS topic) notified on ALARM and OK.
   * @default - no actions, and the action lists are left out of the inputs
   */
  readonly actions?: readonly pulumi.Input<string>[];
  /**
   * Tags of every alarm.
   * @default - no tags input
   */
  readonly tags?: Readonly<Record<string, string>>;
  readonly resourceOptions: pulumi.CustomResourceOptions;
}

/** Maps one planned alarm: a single metric, or a metric-math `expression` over `metrics`. */
export function alarmArgs(alarm: AlarmPlan, o: Pick<AlarmOptions, 'actions' | 'tags'>): cloudwatch.MetricAlarmArgs {
  const actions = o.actions === undefined ? undefined : [...o.actions];
  const common: cloudwatch.MetricAlarmArgs = {
    alarmDescription: alarm.description,
    comparisonOperator: alarm.comparison,
    threshold: alarm.threshold,
    evaluationPeriods: alarm.evaluationPeriods,
    datapointsToAlarm: alarm.datapointsToAlarm,
    treatMissingData: alarm.treatMissingData,
    alarmActions: actions,
    okActions: actions,
    ...(o.tags === undefined ? {} : { tags: { ...o.tags } }),
  };
  if (alarm.expression === undefined) {
    const [m] = alarm.metrics;
    return {
      ...common,
      namespace: m!.namespace,
      metricName: m!.metricName,
      dimensions: { ...m!.dimensions },
      statistic: m!.statistic,
      period: alarm.periodSeconds,
    };
  }
  return {
    ...common,
    metricQueries: [
      { id: 'e0', expression: alarm.expression, label: alarm.description, returnData: true },
      ...alarm.metrics.map((m) => ({
        id: m.id,
        returnData: false,
        metric: { namespace: m.namespace, metricName: m.metricName, dimensions: { ...m.dimensions }, stat: m.statistic, period: alarm.periodSeconds },
      })),
    ],
  };
}

/** One alarm per plan entry (`${name}-alarm-<id>`), keyed by plan id. */
export function createAlarms(name: string, alarms: readonly AlarmPlan[], o: AlarmOptions): Record<string, cloudwatch.MetricAlarm> {
  return Object.fromEntries(alarms.map((a) => [a.id, new cloudwatch.MetricAlarm(`${name}-alarm-${a.id}`, alarmArgs(a, o), o.resourceOptions)]));
}
