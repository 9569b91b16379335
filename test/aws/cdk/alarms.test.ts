/**
 * The one CDK alarm mapper (`createAlarms`), shared by the MSK and self-managed EC2 faces: every comparison the plan
 * type allows, the plan's namespace, and `datapointsToAlarm` left out when not planned.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { AlarmComparison, AlarmPlan } from '../../../lib/core';
import { createAlarms } from '../../../lib/aws/cdk/alarms';

const base = (id: string, comparison: AlarmComparison): AlarmPlan => ({
  id, description: id, comparison, threshold: 1, periodSeconds: 60, evaluationPeriods: 3, treatMissingData: 'missing',
  metrics: [{ id: 'm0', namespace: 'Test/NS', metricName: 'M', dimensions: { D: 'd' }, statistic: 'Minimum' }],
});

const COMPARISONS: readonly AlarmComparison[] = ['GreaterThanThreshold', 'GreaterThanOrEqualToThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold'];

const stack = new Stack(new App(), 'S');
const alarms = createAlarms(stack, COMPARISONS.map((c) => base(c, c)));
const t = Template.fromStack(stack);

test('one alarm per plan entry, construct id = plan id', () => {
  expect(Object.keys(alarms)).toEqual(COMPARISONS);
  t.resourceCountIs('AWS::CloudWatch::Alarm', COMPARISONS.length);
});

test.each(COMPARISONS)('%s maps to the same CloudFormation operator', (c) => {
  t.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmDescription: c, ComparisonOperator: c });
});

test('single metric: the plan namespace, no DatapointsToAlarm unless planned, missing data as planned', () => {
  t.hasResourceProperties('AWS::CloudWatch::Alarm', {
    Namespace: 'Test/NS', MetricName: 'M', Dimensions: [{ Name: 'D', Value: 'd' }], Statistic: 'Minimum', Period: 60,
    EvaluationPeriods: 3, DatapointsToAlarm: Match.absent(), TreatMissingData: 'missing', AlarmActions: Match.absent(),
  });
});

test('datapointsToAlarm and a metric-math expression when planned', () => {
  const s = new Stack(new App(), 'S');
  createAlarms(s, [{
    ...base('Math', 'GreaterThanThreshold'), datapointsToAlarm: 2, expression: 'm0 + m1',
    metrics: [base('', 'GreaterThanThreshold').metrics[0]!, { id: 'm1', namespace: 'Other/NS', metricName: 'N', dimensions: {}, statistic: 'Sum' }],
  }]);
  const metrics = Template.fromStack(s).findResources('AWS::CloudWatch::Alarm');
  const [props] = Object.values(metrics).map((r) => r.Properties);
  expect(props.DatapointsToAlarm).toBe(2);
  expect(props.Metrics.map((m: { Id: string; MetricStat?: { Metric: { Namespace: string } } }) => [m.Id, m.MetricStat?.Metric.Namespace])).toEqual([
    ['expr_1', undefined], ['m0', 'Test/NS'], ['m1', 'Other/NS'],
  ]);
});

test('a single-metric plan with more than one metric is refused', () => {
  const plan = { ...base('Two', 'GreaterThanThreshold'), metrics: [...base('', 'GreaterThanThreshold').metrics, ...base('', 'GreaterThanThreshold').metrics] };
  expect(() => createAlarms(new Stack(new App(), 'S'), [plan])).toThrow(/exactly one metric, got 2/);
});

test('CloudWatch has no not-equal comparison, so a plan cannot hold one', () => {
  // @ts-expect-error 'NotEqualToThreshold' is not an AlarmComparison
  const c: AlarmComparison = 'NotEqualToThreshold';
  expect(COMPARISONS).not.toContain(c);
});
