/**
 * SelfManagedKafkaCluster (Pulumi) under mocks: children, names, retainOnDelete, every security-relevant input, and
 * no secret anywhere in the recording, the user data or the outputs.
 */
import { renderNodeFiles, USER_DATA_LIMIT_BYTES } from '../../../lib/self-managed-ec2';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { secretFindings } from '../cdk/support';
import { AZS3, EXPORTER, spec, TIERED } from '../fixtures';
import { mockedArn, mockedState } from '../../support/pulumi-registrations';
import { MOCK_PASSWORD, MOCK_PRIVATE_KEY, mockedClusterId, record, type Recording } from './support';

/* eslint-disable @typescript-eslint/no-explicit-any */
const { kmsKeyArn: _k, ...tieredCreateKey } = TIERED;
void _k;

let r: Recording<Record<string, unknown>>;
let cluster: SelfManagedKafkaCluster;
beforeAll(async () => {
  r = await record(() => {
    cluster = new SelfManagedKafkaCluster('orders', {
      ...spec({ brokers: { count: 6 }, tieredStorage: tieredCreateKey, monitoring: { jmxExporter: EXPORTER }, availabilityZones: AZS3 }),
      allowedClientCidrs: ['10.0.0.0/16'],
    });
    return { clusterId: cluster.clusterId, scram: cluster.bootstrapServersScram, key: cluster.keyArn };
  });
});
const inputs = (name: string) => r.byName(name).inputs as Record<string, any>;
const ofType = (type: string) => r.resources.filter((x) => x.type === type);

test('every child is parented to the component; stateful ones retained', () => {
  const component = r.urns.find((u) => u.endsWith('::orders') && u.includes('SelfManagedKafkaCluster'))!;
  for (const reg of r.registrations.filter((x) => x.name !== 'orders' && !x.type.startsWith('pulumi:providers'))) {
    expect([reg.name, reg.parent === component || /KafkaVpc::orders-vpc$/.test(reg.parent)]).toEqual([reg.name, true]);
  }
  for (const name of ['orders-key', 'orders-zone', 'orders-ca', 'orders-scram-audit', 'orders-broker-1-tls', 'orders-broker-1-volume', 'orders-tiered-bucket']) {
    expect([name, r.registration(name).retainOnDelete]).toEqual([name, true]);
  }
  expect(r.registration('orders-broker-1-asg').retainOnDelete).toBe(false);
});

test('one ASG of exactly one instance per node, one subnet each; launch template IMDSv2, encrypted root, AL2023 via resolve:ssm', () => {
  const plan = cluster.plan;
  expect(ofType('aws:autoscaling/group:Group')).toHaveLength(9);
  for (const n of plan.nodes) {
    const asg = inputs(`orders-${n.name}-asg`);
    expect(asg).toMatchObject({ minSize: 1, maxSize: 1, healthCheckType: 'EC2' });
    // URL artifacts need NAT egress: the nodes sit in the KafkaVpc client (egress) subnets.
    expect(asg.vpcZoneIdentifiers).toEqual([`orders-vpc-client-subnet-${n.azIndex}-id`]);
    expect(asg.tags).toEqual(expect.arrayContaining([{ key: 'kafka-iac:node-id', value: String(n.nodeId), propagateAtLaunch: true }]));
    const lt = inputs(`orders-${n.name}-lt`);
    expect(lt.metadataOptions).toEqual({ httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 });
    expect(lt.blockDeviceMappings[0].ebs).toMatchObject({ encrypted: 'true', deleteOnTermination: 'true' });
    expect(lt.imageId).toBe('resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64');
    expect(JSON.stringify(lt.tagSpecifications)).not.toContain('node-id');
    // The group waits for the provisioner (cluster id, passwords, TLS material).
    const deps = r.registration(`orders-${n.name}-asg`).dependencies;
    for (const inv of ['orders-cluster-id', 'orders-passwords', 'orders-tls-material']) expect(deps.some((d) => d.endsWith(`::${inv}`))).toBe(true);
  }
});

test('boot signal: each group is created with its launch hook (ABANDON), waits the boot timeout for capacity, and a boot-hook resource keeps the hook on older groups', () => {
  const hook = { name: 'kafka-iac-node-serving', lifecycleTransition: 'autoscaling:EC2_INSTANCE_LAUNCHING', defaultResult: 'ABANDON', heartbeatTimeout: 1800 };
  expect(ofType('aws:autoscaling/lifecycleHook:LifecycleHook')).toHaveLength(9);
  for (const n of cluster.plan.nodes) {
    const asg = inputs(`orders-${n.name}-asg`);
    expect(asg.initialLifecycleHooks).toEqual([hook]);
    expect(asg.waitForCapacityTimeout).toBe('30m');
    // A change of the initial hooks would replace the group (and its instance): the separate resource carries changes.
    expect(r.registration(`orders-${n.name}-asg`).ignoreChanges).toEqual(['initialLifecycleHooks']);
    const groupName = mockedState('aws:autoscaling/group:Group', `orders-${n.name}-asg`, asg).name;
    expect(typeof groupName).toBe('string');
    expect(inputs(`orders-${n.name}-boot-hook`)).toEqual({ ...hook, autoscalingGroupName: groupName });
    const policy = JSON.parse(inputs(`orders-${n.name}-policy`).policy);
    const bySid = Object.fromEntries(policy.Statement.map((x: any) => [x.Sid, x]));
    expect(bySid.CompleteOwnBootHook.Condition).toEqual({ StringEquals: { 'autoscaling:ResourceTag/kafka-iac:cluster': 'orders', 'autoscaling:ResourceTag/kafka-iac:node-id': String(n.nodeId) } });
    expect(bySid.CompleteOwnBootHook.Resource).toMatch(/^arn:aws:autoscaling:[a-z0-9-]+:\d{12}:autoScalingGroup:\*:autoScalingGroupName\/\*$/);
    // No CloudFormation stack to signal under Pulumi.
    expect(bySid.SignalOwnStack).toBeUndefined();
  }
  // The default VPC gives nodes without NAT a path to Auto Scaling; CloudFormation is not called.
  expect(ofType('aws:ec2/vpcEndpoint:VpcEndpoint').map((e) => (e.inputs as any).serviceName)).toEqual(expect.arrayContaining([expect.stringMatching(/\.autoscaling$/)]));
  expect(ofType('aws:ec2/vpcEndpoint:VpcEndpoint').some((e) => /cloudformation/.test((e.inputs as any).serviceName))).toBe(false);
});

test('user data is the rendered boot script, below 16 KB', () => {
  for (const f of renderNodeFiles(cluster.plan)) {
    const ud = Buffer.from(inputs(`orders-${f.nodeName}-lt`).userData, 'base64').toString('utf8');
    expect(ud).toBe(f.files['boot.sh']);
    expect(Buffer.byteLength(ud)).toBeLessThan(USER_DATA_LIMIT_BYTES);
  }
});

test('volumes encrypted in the node AZ with node tags; records point at the node network interface', () => {
  for (const n of cluster.plan.nodes) {
    expect(inputs(`orders-${n.name}-volume`)).toMatchObject({ encrypted: true, availabilityZone: n.availabilityZone, type: 'gp3', tags: { 'kafka-iac:node-id': String(n.nodeId) } });
    expect(inputs(`orders-${n.name}-dns`)).toMatchObject({ name: n.dnsName, type: 'A', zoneId: mockedState('aws:route53/zone:Zone', 'orders-zone').zoneId });
  }
});

test('security groups: exactly the plan rules; clients only on 9096; HTTPS egress', () => {
  const ingress = ofType('aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').map((x) => x.name).sort();
  expect(ingress).toEqual(['orders-sg-brokers-in-9091-brokers', 'orders-sg-brokers-in-9091-controllers', 'orders-sg-brokers-in-9096-client-cidr-0', 'orders-sg-controllers-in-9093-brokers', 'orders-sg-controllers-in-9093-controllers']);
  expect(inputs('orders-sg-brokers-in-9096-client-cidr-0')).toMatchObject({ fromPort: 9096, toPort: 9096, cidrIpv4: '10.0.0.0/16' });
  expect(inputs('orders-sg-controllers-in-9093-brokers').referencedSecurityGroupId).toBe('orders-sg-brokers-id');
  expect(inputs('orders-sg-brokers-out-443')).toMatchObject({ fromPort: 443, cidrIpv4: '0.0.0.0/0' });
});

test('IAM: own secrets, tag-conditioned attach of own volume and interface', () => {
  const policy = JSON.parse(inputs('orders-broker-1-policy').policy);
  const bySid = Object.fromEntries(policy.Statement.map((s: any) => [s.Sid, s]));
  expect(bySid.ReadOwnSecrets.Resource).toEqual([mockedArn('aws:secretsmanager/secret:Secret', 'orders-broker-1-tls', { name: 'kafka-iac/orders/nodes/broker-1/tls' })]);
  expect(bySid.AttachOwnVolume.Resource).toEqual(['arn:aws:ec2:us-east-1:123456789012:volume/orders-broker-1-volume-id', 'arn:aws:ec2:us-east-1:123456789012:instance/*']);
  expect(bySid.AttachOwnVolume.Condition.StringEquals['aws:ResourceTag/kafka-iac:node-id']).toBe('101');
  const c1 = JSON.parse(inputs('orders-controller-1-policy').policy);
  expect(c1.Statement.find((s: any) => s.Sid === 'ReadOwnSecrets').Resource).toHaveLength(3);
});

test('secrets have no value in Pulumi: the provisioner fills them; cluster id generated once by it', () => {
  expect(ofType('aws:secretsmanager/secretVersion:SecretVersion')).toEqual([]);
  expect(JSON.parse(inputs('orders-cluster-id').input)).toEqual({ Action: 'cluster-id', ParameterName: '/kafka-iac/orders/cluster-id', RetainOnDelete: 'true' });
  expect(inputs('orders-tls-material').lifecycleScope).toBe('CRUD');
  expect((r.outputs as Record<string, string>).clusterId).toBe(mockedClusterId('/kafka-iac/orders/cluster-id'));
  expect(inputs('orders-provisioner').runtime).toBe('nodejs24.x');
});

test('tiered bucket: KMS with bucket key, public access blocked, TLS-only policy, abort multipart', () => {
  expect(inputs('orders-tiered-bucket').bucket).toBe('orders-tiered');
  expect(inputs('orders-tiered-bucket-encryption').rules[0]).toMatchObject({ bucketKeyEnabled: true, applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } });
  expect(inputs('orders-tiered-bucket-public-access')).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  expect(JSON.parse(inputs('orders-tiered-bucket-policy').policy).Statement[0]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  expect(inputs('orders-tiered-bucket-lifecycle').rules[0].abortIncompleteMultipartUpload).toEqual({ daysAfterInitiation: 7 });
});

test('alarms and restart document from the plan', () => {
  expect(ofType('aws:cloudwatch/metricAlarm:MetricAlarm')).toHaveLength(cluster.plan.alarms.length);
  expect(inputs('orders-restart-document')).toMatchObject({ name: 'kafka-iac-orders-restart-node', documentType: 'Command' });
  const parameters = JSON.parse(inputs('orders-restart-document').content as string).parameters;
  expect(parameters.allowActiveController).toMatchObject({ type: 'String', default: 'no', allowedPattern: '^(yes|no)$' });
  expect(parameters.timeoutSeconds).toMatchObject({ type: 'String', default: '1800', allowedPattern: '^[1-9][0-9]{1,4}$' });
});

test('no secret value in the recording, user data or outputs (mocks hand out known secrets)', () => {
  const text = JSON.stringify({ resources: r.resources, outputs: r.outputs });
  for (const s of [MOCK_PASSWORD, MOCK_PRIVATE_KEY, 'MOCKKEYMATERIAL']) expect(text).not.toContain(s);
  expect(secretFindings(r.resources.filter((x) => x.name !== 'orders-provisioner'))).toEqual([]);
  const userData = ofType('aws:ec2/launchTemplate:LaunchTemplate').map((x) => Buffer.from(String(x.inputs.userData), 'base64').toString('utf8')).join('\n');
  for (const s of [MOCK_PASSWORD, 'MOCKKEYMATERIAL']) expect(userData).not.toContain(s);
  expect(secretFindings(userData)).toEqual([]);
});

test('URNs are unique and stable (snapshot)', () => {
  expect(new Set(r.urns).size).toBe(r.urns.length);
  expect(r.urns).toMatchSnapshot();
});
