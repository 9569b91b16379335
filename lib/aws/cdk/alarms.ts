/**
 * The one mapper of planned alarms (`AlarmPlan`) to CDK alarms, used by every AWS target (MSK, self-managed EC2,
 * MirrorMaker 2, MSK Replicator).
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { AlarmComparison, AlarmPlan, AlarmTreatMissingData } from '../../core/alarms';
import { assertNever } from '../../core/types';

function comparison(c: AlarmComparison): cloudwatch.ComparisonOperator {
  switch (c) {
    case 'GreaterThanThreshold':
      return cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD;
    case 'GreaterThanOrEqualToThreshold':
      return cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
    case 'LessThanThreshold':
      return cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD;
    case 'LessThanOrEqualToThreshold':
      return cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD;
    default:
      return assertNever(c, 'alarm comparison');
  }
}

function treatMissingData(t: AlarmTreatMissingData): cloudwatch.TreatMissingData {
  switch (t) {
    case 'breaching':
      return cloudwatch.TreatMissingData.BREACHING;
    case 'notBreaching':
      return cloudwatch.TreatMissingData.NOT_BREACHING;
    case 'missing':
      return cloudwatch.TreatMissingData.MISSING;
    default:
      return assertNever(t, 'treatMissingData');
  }
}

function alarmMetric(a: AlarmPlan): cloudwatch.IMetric {
  const period = Duration.seconds(a.periodSeconds);
  const metrics = a.metrics.map(
    (m) => [m.id, new cloudwatch.Metric({ namespace: m.namespace, metricName: m.metricName, dimensionsMap: { ...m.dimensions }, statistic: m.statistic, period })] as const,
  );
  if (a.expression === undefined) {
    if (metrics.length !== 1) throw new Error(`Alarm ${a.id}: a single-metric alarm needs exactly one metric, got ${metrics.length}`);
    return metrics[0]![1];
  }
  return new cloudwatch.MathExpression({ expression: a.expression, usingMetrics: Object.fromEntries(metrics), period, label: a.id });
}

/** Creates one alarm per plan entry (construct id = plan id), each notifying `topic` on alarm and recovery when set. */
export function createAlarms(scope: Construct, plans: readonly AlarmPlan[], topic?: sns.ITopic): Record<string, cloudwatch.Alarm> {
  const out: Record<string, cloudwatch.Alarm> = {};
  for (const a of plans) {
    const alarm = new cloudwatch.Alarm(scope, a.id, {
      alarmDescription: a.description,
      metric: alarmMetric(a),
      threshold: a.threshold,
      comparisonOperator: comparison(a.comparison),
      evaluationPeriods: a.evaluationPeriods,
      datapointsToAlarm: a.datapointsToAlarm,
      treatMissingData: treatMissingData(a.treatMissingData),
    });
    if (topic) {
      const action = new cwActions.SnsAction(topic);
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    out[a.id] = alarm;
  }
  return out;
}
