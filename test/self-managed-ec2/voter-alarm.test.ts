/** A controller that is not a voter (or cannot say) raises its own alarm, on both faces through the plan's alarms. */
import { planSelfManagedCluster } from '../../lib/self-managed-ec2';
import { METRICS_NAMESPACE, VOTER_METRIC } from '../../lib/self-managed-ec2/alarms';
import { renderMetricsPublisher } from '../../lib/self-managed-ec2/render/metrics-publisher';
import { devSpec, kraftSpec } from '../../examples/self-managed-specs';

test('one ControllerNotVoter alarm per controller (none for brokers), at < 1 over 10 minutes, breaching when nothing is reported', () => {
  const plan = planSelfManagedCluster(kraftSpec);
  const alarms = plan.alarms.filter((a) => a.id.startsWith('ControllerNotVoter'));
  expect(alarms.map((a) => a.id)).toEqual(['ControllerNotVoterController1Alarm', 'ControllerNotVoterController2Alarm', 'ControllerNotVoterController3Alarm']);
  for (const [i, a] of alarms.entries()) {
    expect(a).toMatchObject({ threshold: 1, comparison: 'LessThanThreshold', periodSeconds: 600, evaluationPeriods: 1, treatMissingData: 'breaching' });
    expect(a.metrics).toEqual([{ id: 'm0', namespace: METRICS_NAMESPACE, metricName: VOTER_METRIC, dimensions: { ClusterName: plan.clusterName, NodeName: `controller-${i + 1}` }, statistic: 'Minimum' }]);
  }
  // The single development node votes alone: it is watched too.
  expect(planSelfManagedCluster(devSpec).alarms.filter((a) => a.id.startsWith('ControllerNotVoter')).map((a) => a.id)).toEqual(['ControllerNotVoterCombined1Alarm']);
});

test('the publisher checks the quorum every 5 minutes on controllers only, through the brokers\' REPLICATION listener with the node certificate', () => {
  const plan = planSelfManagedCluster(kraftSpec);
  const controller = renderMetricsPublisher(plan, plan.nodes.find((n) => n.role === 'controller')!);
  const broker = renderMetricsPublisher(plan, plan.nodes.find((n) => n.role === 'broker')!);
  expect(controller).toContain('    if n%5==0: data+=voter()\n');
  expect(controller).toContain('"--bootstrap-server","broker-1.orders.kafka.internal:9091,');
  expect(controller).toContain('ssl.keystore.key=${dir:/etc/kafka/tls:node.key}');
  expect(controller).not.toMatch(/password/i);
  expect(broker).toContain('def voter(): return []\n');
  expect(broker).not.toContain('kafka-metadata-quorum');
});
