/**
 * The operational files added for the faces: the metrics publisher (Python + unit), the rolling-restart script of the
 * SSM document, the node network interface and the per-node IAM statements.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  KAFKA_METRICS, METRICS_NAMESPACE, nodePolicyStatements, planSelfManagedCluster, renderNodeFiles, renderRestartScript, restartDocumentContent,
  SelfManagedKafkaSpec,
} from '../../lib/self-managed-ec2';
import { spec, TIERED } from './fixtures';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tool = (cmd: string) => (has(cmd) || process.env.CI ? test : test.skip);
const SPECS: SelfManagedKafkaSpec[] = [
  spec(),
  spec({ quorum: 'static', clientAuthentication: { mtls: {} }, controllerListenerAuthentication: 'sasl-plain', tieredStorage: TIERED, monitoring: {} }),
  spec({ mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 } }),
];
const PLANS = SPECS.map((s) => planSelfManagedCluster(s));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-ops-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

tool('shellcheck')('the restart script passes shellcheck (SSM placeholders filled)', () => {
  const files = PLANS.map((p, i) => {
    const f = path.join(tmp, `restart-${i}.sh`);
    fs.writeFileSync(f, renderRestartScript(p).replace('{{ allowActiveController }}', 'no').replace('{{ timeoutSeconds }}', '1800'));
    return f;
  });
  const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', ...files], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
});

test('every node the restart document runs on reaches the brokers it asks (security group rules of the plan)', () => {
  for (const plan of PLANS) {
    const bootstrap = /^BOOTSTRAP='([^']*)'$/m.exec(renderRestartScript(plan))![1].split(',');
    const ports = [...new Set(bootstrap.map((b) => Number(b.split(':')[1])))];
    for (const node of plan.nodes) {
      // A combined node sits in the broker group; dedicated controllers in their own.
      const group = node.processRoles.includes('broker') ? 'brokers' : 'controllers';
      for (const port of ports) {
        expect(plan.securityGroupRules.some((r) => r.target === 'brokers' && r.source === group && r.port === port)).toBe(true);
      }
    }
  }
});

test('every document parameter has an allowedPattern that admits its default and no shell injection', () => {
  const doc = restartDocumentContent(PLANS[0]) as { parameters: Record<string, { type: string; default: string; allowedPattern?: string }>; mainSteps: { inputs: { runCommand: string[] } }[] };
  const placeholders = [...new Set([...doc.mainSteps[0].inputs.runCommand.join('\n').matchAll(/\{\{ *(\w+) *\}\}/g)].map((m) => m[1]))].sort();
  expect(Object.keys(doc.parameters).sort()).toEqual(placeholders);
  for (const p of Object.values(doc.parameters)) {
    expect(p.type).toBe('String');
    const re = new RegExp(p.allowedPattern!);
    expect(re.test(p.default)).toBe(true);
    for (const bad of ["no'; reboot; '", 'a[$(reboot)]', 'yes\nreboot', '1800; reboot', '', '$(id)']) expect(re.test(bad)).toBe(false);
  }
  expect(new RegExp(doc.parameters.allowActiveController.allowedPattern!).test('yes')).toBe(true);
  expect(new RegExp(doc.parameters.timeoutSeconds.allowedPattern!).test('3600')).toBe(true);
});

test('the restart script waits for zero under-replicated partitions and guards the active controller', () => {
  const s = renderRestartScript(PLANS[0]);
  expect(s).toContain("BOOTSTRAP='broker-1.orders.kafka.internal:9091,broker-2.orders.kafka.internal:9091,broker-3.orders.kafka.internal:9091'");
  expect(s.indexOf('wait_urp "before the restart"')).toBeLessThan(s.indexOf('systemctl restart kafka.service'));
  expect(s.indexOf('systemctl restart kafka.service')).toBeLessThan(s.indexOf('wait_urp "after the restart"'));
  expect(s).toContain('the active controller: restart the other controllers first');
  expect(s).not.toMatch(/PRIVATE KEY|password=/);
});

tool('python3')('the metrics publisher compiles and publishes exactly the alarm metrics of its roles', () => {
  for (const n of renderNodeFiles(PLANS[0])) {
    const f = path.join(tmp, `${n.nodeName}.py`);
    fs.writeFileSync(f, n.files['kafka-metrics.py']);
    const r = spawnSync('python3', ['-m', 'py_compile', f], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const metrics = JSON.parse(/^METRICS=(.*)$/m.exec(n.files['kafka-metrics.py'])![1]);
    expect(Object.keys(metrics).sort()).toEqual(n.nodeName.startsWith('broker')
      ? [KAFKA_METRICS.underReplicated]
      : [KAFKA_METRICS.activeControllers, KAFKA_METRICS.metadataErrors, KAFKA_METRICS.offlinePartitions].sort());
    expect(n.files['kafka-metrics.py']).toContain(`NS=${JSON.stringify(METRICS_NAMESPACE)}`);
  }
  // Without the exporter only disk use is published.
  expect(renderNodeFiles(PLANS[1])[0].files['kafka-metrics.py']).toMatch(/^EXPORTER=None$/m);
});

tool('systemd-analyze')('the metrics unit passes systemd-analyze verify', () => {
  const unit = renderNodeFiles(PLANS[0])[0].files['kafka-metrics.service'];
  const f = path.join(tmp, 'kafka-iac-metrics.service');
  fs.writeFileSync(f, unit.replace('/usr/bin/python3 /usr/local/bin/kafka-iac-metrics.py', '/bin/true'));
  const r = spawnSync('systemd-analyze', ['verify', '--man=no', f], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(unit).toMatch(/^User=kafka$/m);
});

test('boot script attaches the node interface before the volume, and starts the metrics publisher after Kafka', () => {
  const boot = renderNodeFiles(PLANS[0])[3].files['boot.sh'];
  expect(boot.indexOf('attach_own network-interfaces')).toBeLessThan(boot.indexOf('attach_own volumes'));
  expect(boot).toContain('attach-network-interface --device-index 1 --network-interface-id');
  expect(boot.indexOf('systemctl enable --now kafka.service')).toBeLessThan(boot.indexOf('systemctl enable --now kafka-iac-metrics.service'));
});

test('per-node IAM: own secrets, parameters, volume and interface only; wildcards only where AWS has no resource-level permission', () => {
  const plan = PLANS[1];
  const node = plan.nodes[3];
  const refs = { partition: 'aws', region: 'eu-west-1', account: '123456789012', secretArn: (n: string) => `arn:secret:${n}`, volumeId: 'vol-1', networkInterfaceId: 'eni-1' };
  const st = Object.fromEntries(nodePolicyStatements(node, refs).map((s) => [s.Sid, s]));
  expect(st.ReadOwnSecrets.Resource).toEqual(['arn:secret:kafka-iac/orders/nodes/broker-1/tls', 'arn:secret:kafka-iac/orders/controller-password']);
  expect(st.AttachOwnVolume).toEqual({
    Sid: 'AttachOwnVolume', Effect: 'Allow', Action: ['ec2:AttachVolume'],
    Resource: ['arn:aws:ec2:eu-west-1:123456789012:volume/vol-1', 'arn:aws:ec2:eu-west-1:123456789012:instance/*'],
    Condition: { StringEquals: { 'aws:ResourceTag/kafka-iac:cluster': 'orders', 'aws:ResourceTag/kafka-iac:node-id': '101' } },
  });
  expect(st.AttachOwnNetworkInterface.Resource).toEqual(['arn:aws:ec2:eu-west-1:123456789012:network-interface/eni-1', 'arn:aws:ec2:eu-west-1:123456789012:instance/*']);
  expect(st.PublishMetrics.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': METRICS_NAMESPACE } });
  expect(st.WriteFormatMarker.Resource).toEqual(['arn:aws:ssm:eu-west-1:123456789012:parameter/kafka-iac/orders/nodes/broker-1/formatted']);
  const wildcard = Object.values(st).filter((s) => s.Resource === '*').map((s) => s.Sid).sort();
  expect(wildcard).toEqual(['DescribeOwnResources', 'FindOwnGroup', 'PublishMetrics', 'SsmAgent']);
  expect(st.FindOwnGroup.Action).toEqual(['autoscaling:DescribeAutoScalingGroups']);
  expect(st.TieredStorageKey.Resource).toEqual([TIERED.kmsKeyArn]);
  // The boot hook: only the group tagged with this node's cluster and id; no stack signal outside CloudFormation.
  expect(st.CompleteOwnBootHook).toEqual({
    Sid: 'CompleteOwnBootHook', Effect: 'Allow', Action: ['autoscaling:CompleteLifecycleAction'],
    Resource: 'arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:*:autoScalingGroupName/*',
    Condition: { StringEquals: { 'autoscaling:ResourceTag/kafka-iac:cluster': 'orders', 'autoscaling:ResourceTag/kafka-iac:node-id': '101' } },
  });
  expect(st.SignalOwnStack).toBeUndefined();
  const stackId = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/S/1';
  const cfn = nodePolicyStatements(node, { ...refs, cloudFormationStackId: stackId }).find((s) => s.Sid === 'SignalOwnStack');
  expect(cfn).toEqual({ Sid: 'SignalOwnStack', Effect: 'Allow', Action: ['cloudformation:SignalResource'], Resource: stackId });
});
