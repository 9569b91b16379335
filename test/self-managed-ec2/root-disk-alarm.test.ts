/** The root volume (OS, installation, /var/log/kafka) has its own disk alarm per node, fed by the metrics publisher. */
import { planSelfManagedCluster } from '../../lib/self-managed-ec2';
import { METRICS_NAMESPACE, ROOT_PATH } from '../../lib/self-managed-ec2/alarms';
import { renderMetricsPublisher } from '../../lib/self-managed-ec2/render/metrics-publisher';
import { kraftSpec } from '../../examples/self-managed-specs';

const plan = planSelfManagedCluster({ ...kraftSpec, monitoring: { ...kraftSpec.monitoring, diskUsedPercent: 75 } });

test('one RootDiskUsed alarm per node on path=/ at monitoring.diskUsedPercent, breaching when nothing is reported', () => {
  const root = plan.alarms.filter((a) => a.id.startsWith('RootDiskUsed'));
  expect(root.map((a) => a.id).sort()).toEqual(plan.nodes.map((n) => `RootDiskUsed${n.name.split('-').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('')}Alarm`).sort());
  for (const a of root) {
    expect(a).toMatchObject({ threshold: 75, comparison: 'GreaterThanOrEqualToThreshold', treatMissingData: 'breaching' });
    expect(a.metrics).toEqual([expect.objectContaining({ namespace: METRICS_NAMESPACE, metricName: 'disk_used_percent', dimensions: expect.objectContaining({ ClusterName: plan.clusterName, path: ROOT_PATH }) })]);
  }
});

test('the publisher reports the root file system always and the data volume when mounted, with the dimensions the alarms watch', () => {
  const script = renderMetricsPublisher(plan, plan.nodes[0]!);
  expect(script).toContain('    data+=disk("/")\n');
  expect(script).toContain('    if os.path.ismount(MOUNT): data+=disk(MOUNT)\n');
  expect(script).toContain('[{"Name":"path","Value":path}]');
});
