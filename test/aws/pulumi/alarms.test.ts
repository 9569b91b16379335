/**
 * The one Pulumi alarm mapper (`alarmArgs`), shared by the MSK and self-managed EC2 faces: inputs exactly as planned,
 * each metric in its own namespace, and no tags or action lists unless given.
 */
import type { AlarmPlan } from '../../../lib/core';
import { alarmArgs } from '../../../lib/aws/pulumi/alarms';

const single: AlarmPlan = {
  id: 'Disk', description: 'disk', comparison: 'LessThanOrEqualToThreshold', threshold: 5, periodSeconds: 300, evaluationPeriods: 1, treatMissingData: 'breaching',
  metrics: [{ id: 'm0', namespace: 'Test/NS', metricName: 'disk', dimensions: { NodeName: 'broker-1' }, statistic: 'Maximum' }],
};

test('single metric: the planned fields, and neither tags, actions nor datapointsToAlarm unless given', () => {
  const args = alarmArgs(single, {});
  expect(args).toEqual({
    alarmDescription: 'disk', comparisonOperator: 'LessThanOrEqualToThreshold', threshold: 5, evaluationPeriods: 1, treatMissingData: 'breaching',
    namespace: 'Test/NS', metricName: 'disk', dimensions: { NodeName: 'broker-1' }, statistic: 'Maximum', period: 300,
  });
  expect(Object.keys(args)).not.toContain('tags');
});

test('actions and tags as given: an empty list stays an empty list', () => {
  expect(alarmArgs(single, { actions: [] })).toMatchObject({ alarmActions: [], okActions: [] });
  expect(alarmArgs(single, { actions: ['arn:topic'], tags: { team: 'x' } })).toMatchObject({ alarmActions: ['arn:topic'], okActions: ['arn:topic'], tags: { team: 'x' } });
});

test('expression: one query returning the expression, each metric in its own namespace', () => {
  const args = alarmArgs({
    ...single, expression: 'm0 + m1', datapointsToAlarm: 1,
    metrics: [single.metrics[0]!, { id: 'm1', namespace: 'Other/NS', metricName: 'n', dimensions: {}, statistic: 'Sum' }],
  }, {});
  expect(args.datapointsToAlarm).toBe(1);
  expect(args.namespace).toBeUndefined();
  expect(args.metricQueries).toEqual([
    { id: 'e0', expression: 'm0 + m1', label: 'disk', returnData: true },
    { id: 'm0', returnData: false, metric: { namespace: 'Test/NS', metricName: 'disk', dimensions: { NodeName: 'broker-1' }, stat: 'Maximum', period: 300 } },
    { id: 'm1', returnData: false, metric: { namespace: 'Other/NS', metricName: 'n', dimensions: {}, stat: 'Sum', period: 300 } },
  ]);
});
