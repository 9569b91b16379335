import * as pulumi from '@pulumi/pulumi';
import { KafkaValidationError } from '../../../lib/core/issues';
import { MSK_PORTS } from '../../../lib/msk/limits';
import { MskCluster, type MskClusterArgs } from '../../../lib/msk/pulumi';
import { childList, MOCK_PASSWORD, mockedArn, recordMsk, type MskRecording } from './support';

const NETWORK = { vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] };
const KEY_ARN = mockedArn('aws:kms/key:Key', 'kafka-key');
const CLUSTER_ARN = mockedArn('aws:msk/cluster:Cluster', 'kafka', { clusterName: 'orders' });
const COMPONENT_URN = 'urn:pulumi:dev::proj::kafka-iac:aws:MskCluster::kafka';

type Built = { cluster: MskCluster };

function build(args: Partial<MskClusterArgs> = {}): () => Built {
  return () => ({ cluster: new MskCluster('kafka', { kind: 'standard', clusterName: 'orders', ...NETWORK, ...args } as MskClusterArgs) });
}

async function codesOf(args: Partial<MskClusterArgs>): Promise<string[]> {
  try {
    await recordMsk(() => new MskCluster('kafka', { kind: 'standard', clusterName: 'orders', ...args } as MskClusterArgs));
  } catch (e) {
    if (e instanceof KafkaValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a KafkaValidationError');
}

const parsed = (json: unknown) => JSON.parse(json as string) as { Statement: Record<string, any>[] };

describe('MskCluster (Pulumi): Standard, SCRAM + IAM, auto-scaling, Prometheus', () => {
  let r: MskRecording<Built>;
  let cluster: MskCluster;
  beforeAll(async () => {
    r = await recordMsk(() => {
      const built = build({
        clientAuthentication: { iam: true, scram: { users: ['app', 'ops'] } },
        storage: { volumeSizeGiB: 1000, autoScaling: { maxVolumeSizeGiB: 2000 } },
        monitoring: { jmxExporter: true },
        allowedClientSecurityGroupIds: ['sg-0client'],
        allowedClientCidrs: ['10.1.0.0/16'],
        alarmTopicArn: 'arn:aws:sns:us-east-1:123456789012:alarms',
      })();
      cluster = built.cluster;
      return built;
    });
  });

  test('exact child list', () => {
    const alarms = ['OfflinePartitionsAlarm', ...[1, 2, 3].flatMap((b) => [`UnderReplicatedPartitionsBroker${b}Alarm`, `CpuBroker${b}Alarm`, `DiskUsedBroker${b}Alarm`])];
    expect(childList(r.resources)).toEqual([
      'kafka-iac:aws:MskCluster kafka',
      'aws:msk/cluster:Cluster kafka',
      'aws:kms/key:Key kafka-key',
      'aws:msk/configuration:Configuration kafka-config',
      'aws:cloudwatch/logGroup:LogGroup kafka-broker-logs',
      'aws:ec2/securityGroup:SecurityGroup kafka-sg',
      ...['9096', '9098'].flatMap((p) => [`kafka-sg-${p}-sg-0client`, `kafka-sg-${p}-10.1.0.0_16`]).map((n) => `aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule ${n}`),
      ...['app', 'ops'].map((u) => `aws:secretsmanager/secret:Secret kafka-scram-${u}`),
      ...['app', 'ops'].map((u) => `aws:secretsmanager/secretVersion:SecretVersion kafka-scram-${u}-version`),
      ...['app', 'ops'].map((u) => `aws:secretsmanager/secretPolicy:SecretPolicy kafka-scram-${u}-policy`),
      'aws:msk/scramSecretAssociation:ScramSecretAssociation kafka-scram-association',
      'aws:appautoscaling/target:Target kafka-storage-scaling',
      'aws:appautoscaling/policy:Policy kafka-storage-scaling-policy',
      ...alarms.map((a) => `aws:cloudwatch/metricAlarm:MetricAlarm kafka-alarm-${a}`),
    ].sort());
  });

  test('every child is parented to the component; URNs are unique', () => {
    const children = r.registrations.filter((x) => x.type !== 'kafka-iac:aws:MskCluster');
    expect(children.length).toBe(r.resources.length - 1);
    for (const child of children) expect(child.parent).toBe(COMPONENT_URN);
    expect(new Set(r.urns).size).toBe(r.urns.length);
    expect(r.urns.filter((u) => u !== COMPONENT_URN).every((u) => u.startsWith('urn:pulumi:dev::proj::kafka-iac:aws:MskCluster$'))).toBe(true);
  });

  test("removal 'retain' (default): retainOnDelete on everything the cluster depends on, not on alarms", () => {
    for (const reg of r.registrations.filter((x) => x.type !== 'kafka-iac:aws:MskCluster')) {
      expect([reg.name, reg.retainOnDelete]).toEqual([reg.name, !reg.name.startsWith('kafka-alarm-')]);
    }
  });

  test('cluster: customer key at rest, TLS everywhere, IAM + SCRAM, no unauthenticated access', () => {
    const c = r.byName('kafka').inputs as Record<string, any>;
    expect(c.clusterName).toBe('orders');
    expect(c.encryptionInfo).toEqual({ encryptionAtRestKmsKeyArn: KEY_ARN, encryptionInTransit: { clientBroker: 'TLS', inCluster: true } });
    expect(c.clientAuthentication).toEqual({ sasl: { iam: true, scram: true }, unauthenticated: false });
    expect(c.brokerNodeGroupInfo).toEqual({
      instanceType: 'kafka.m7g.large',
      clientSubnets: ['subnet-a', 'subnet-b', 'subnet-c'],
      securityGroups: ['kafka-sg-id'],
      storageInfo: { ebsStorageInfo: { volumeSize: 1000 } },
    });
    expect(c.numberOfBrokerNodes).toBe(3);
    expect(c.storageMode).toBe('LOCAL');
    expect(c.configurationInfo).toEqual({ arn: mockedArn('aws:msk/configuration:Configuration', 'kafka-config', { name: 'orders-3-9-x-kraft' }), revision: 1 });
    expect(c.loggingInfo.brokerLogs.cloudwatchLogs).toEqual({ enabled: true, logGroup: '/aws/vendedlogs/msk/orders/broker-logs' });
    expect(c.openMonitoring).toEqual({ prometheus: { jmxExporter: { enabledInBroker: true }, nodeExporter: { enabledInBroker: false } } });
    expect(c.enhancedMonitoring).toBe('PER_BROKER');
    expect(c.brokerNodeGroupInfo.connectivityInfo).toBeUndefined();
  });

  test('auto-scaling: the cluster ignores volumeSize drift', () => {
    expect(r.registration('kafka', 'aws:msk/cluster:Cluster').ignoreChanges).toEqual(['brokerNodeGroupInfo.storageInfo.ebsStorageInfo.volumeSize']);
    expect(r.byName('kafka-storage-scaling').inputs).toMatchObject({
      serviceNamespace: 'kafka', scalableDimension: 'kafka:broker-storage:VolumeSize', resourceId: CLUSTER_ARN, minCapacity: 1000, maxCapacity: 2000,
    });
    expect(r.byName('kafka-storage-scaling-policy').inputs).toMatchObject({
      policyType: 'TargetTrackingScaling',
      resourceId: CLUSTER_ARN,
      targetTrackingScalingPolicyConfiguration: { predefinedMetricSpecification: { predefinedMetricType: 'KafkaBrokerStorageUtilization' }, targetValue: 60, disableScaleIn: true },
    });
  });

  test('security group: ingress exactly on the planned ports, from the named peers only, never ZooKeeper', () => {
    const ingress = r.resources.filter((x) => x.type === 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').map((x) => x.inputs as Record<string, any>);
    const clientPorts = cluster.plan.ports.filter((p) => p.audience === 'clients').map((p) => p.fromPort).sort();
    expect(clientPorts).toEqual([MSK_PORTS.scram, MSK_PORTS.iam]);
    expect([...new Set(ingress.map((i) => i.fromPort))].sort()).toEqual(clientPorts);
    for (const rule of ingress) {
      expect(rule).toMatchObject({ securityGroupId: 'kafka-sg-id', ipProtocol: 'tcp' });
      expect(rule.toPort).toBe(rule.fromPort);
      expect([rule.referencedSecurityGroupId, rule.cidrIpv4]).toContainEqual(expect.stringMatching(/^(sg-0client|10\.1\.0\.0\/16)$/));
    }
    expect(ingress.some((i) => i.fromPort <= 2181 && i.toPort >= 2181)).toBe(false);
    // The exporter port is planned but stays closed without scrapers.
    expect(cluster.plan.ports.map((p) => p.fromPort)).toContain(MSK_PORTS.jmxExporter);
    expect(r.resources.filter((x) => x.type.includes('EgressRule'))).toEqual([]);
    expect(r.byName('kafka-sg').inputs).not.toHaveProperty('ingress');
    expect(r.byName('kafka-sg').inputs).not.toHaveProperty('egress');
  });

  test('SCRAM: AmazonMSK_* secrets encrypted with the customer key, associated, passwords only as secrets', () => {
    for (const u of ['app', 'ops']) {
      expect(r.byName(`kafka-scram-${u}`).inputs).toMatchObject({ name: `AmazonMSK_orders_${u}`, kmsKeyId: KEY_ARN });
      expect(r.byName(`kafka-scram-${u}-version`).inputs).toEqual({ secretId: `kafka-scram-${u}-id`, secretStringWo: '[secret]', secretStringWoVersion: 1 });
      const policy = parsed(r.byName(`kafka-scram-${u}-policy`).inputs.policy);
      expect(policy.Statement).toEqual([expect.objectContaining({ Principal: { Service: 'kafka.amazonaws.com' }, Action: 'secretsmanager:getSecretValue' })]);
    }
    expect(r.byName('kafka-scram-association').inputs).toEqual({
      clusterArn: CLUSTER_ARN,
      secretArnLists: ['app', 'ops'].map((u) => mockedArn('aws:secretsmanager/secret:Secret', `kafka-scram-${u}`, { name: `AmazonMSK_orders_${u}` })),
    });
    expect(JSON.stringify(r)).not.toContain(MOCK_PASSWORD);
    expect(Object.keys(cluster.scramSecretArns)).toEqual(['app', 'ops']);
  });

  test('key: rotation, account administration, CloudWatch Logs for this log group only, Secrets Manager via service', () => {
    const key = r.byName('kafka-key').inputs as Record<string, any>;
    expect(key.enableKeyRotation).toBe(true);
    const statements = parsed(key.policy).Statement;
    expect(statements.map((s) => s.Sid)).toEqual(['EnableAccountAdministration', 'AllowCloudWatchLogsForBrokerLogGroup', 'AllowSecretsManagerForThisAccount']);
    expect(statements[1]!.Condition).toEqual({ ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/msk/orders/broker-logs' } });
    expect(statements[2]!.Condition).toEqual({ StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com', 'kms:CallerAccount': '123456789012' } });
    expect(r.byName('kafka-broker-logs').inputs).toEqual({ name: '/aws/vendedlogs/msk/orders/broker-logs', kmsKeyId: KEY_ARN, retentionInDays: 365, tags: {} });
  });

  test('configuration: the plan\'s server properties, named with the Kafka version', () => {
    expect(r.byName('kafka-config').inputs).toEqual({
      name: cluster.plan.configuration.name,
      description: cluster.plan.configuration.description,
      kafkaVersions: ['3.9.x.kraft'],
      serverProperties: cluster.plan.configuration.serverProperties,
    });
    expect(cluster.plan.configuration.name).toContain('3-9-x-kraft');
    expect(cluster.plan.configuration.serverProperties).toContain('min.insync.replicas=2');
  });

  test('alarms: one per planned alarm, per broker, notifying the topic', () => {
    const alarms = r.resources.filter((x) => x.type === 'aws:cloudwatch/metricAlarm:MetricAlarm');
    expect(alarms.map((a) => a.name).sort()).toEqual(cluster.plan.alarms.map((a) => `kafka-alarm-${a.id}`).sort());
    for (const a of alarms) {
      expect(a.inputs).toMatchObject({ alarmActions: ['arn:aws:sns:us-east-1:123456789012:alarms'], okActions: ['arn:aws:sns:us-east-1:123456789012:alarms'] });
    }
    expect(r.byName('kafka-alarm-DiskUsedBroker2Alarm').inputs).toMatchObject({ namespace: 'AWS/Kafka', metricName: 'KafkaDataLogsDiskUsed', dimensions: { 'Cluster Name': 'orders', 'Broker ID': '2' }, threshold: 85 });
    const cpu = r.byName('kafka-alarm-CpuBroker3Alarm').inputs as Record<string, any>;
    expect(cpu.metricQueries.map((q: any) => q.id)).toEqual(['e0', 'm0', 'm1']);
    expect(cpu.metricQueries[0]).toMatchObject({ expression: 'm0 + m1', returnData: true });
  });

  test('outputs: bootstrap brokers of the enabled listeners only', async () => {
    const value = (o: pulumi.Output<string> | undefined) => new Promise((resolve) => (o ? o.apply(resolve) : resolve(undefined)));
    expect(await value(cluster.bootstrapBrokersSaslIam)).toMatch(/:9098/);
    expect(await value(cluster.bootstrapBrokersSaslScram)).toMatch(/:9096/);
    for (const absent of [cluster.bootstrapBrokers, cluster.bootstrapBrokersTls, cluster.bootstrapBrokersPublicSaslIam, cluster.bootstrapBrokersVpcConnectivitySaslIam]) {
      expect(absent).toBeUndefined();
    }
    expect(await value(cluster.keyArn)).toBe(KEY_ARN);
    expect(await value(cluster.securityGroupId)).toBe('kafka-sg-id');
  });
});

describe('MskCluster (Pulumi): Express with the default network', () => {
  let r: MskRecording<unknown>;
  beforeAll(async () => {
    r = await recordMsk(() => new MskCluster('kafka', { kind: 'express', clusterName: 'fast' }));
  });

  test('creates a KafkaVpc child and uses its broker subnets', () => {
    expect(r.registration('kafka-vpc')).toMatchObject({ type: 'kafka-iac:aws:KafkaVpc', parent: COMPONENT_URN });
    const c = r.byName('kafka').inputs as Record<string, any>;
    expect(c.brokerNodeGroupInfo.clientSubnets).toEqual([0, 1, 2].map((i) => `kafka-vpc-subnet-${i}-id`));
    expect(r.byName('kafka-sg').inputs).toMatchObject({ vpcId: 'kafka-vpc-vpc-id' });
  });

  test('no storage settings, no auto-scaling, CPU alarms only', () => {
    const c = r.byName('kafka').inputs as Record<string, any>;
    expect(c.brokerNodeGroupInfo.instanceType).toBe('express.m7g.large');
    expect(c.brokerNodeGroupInfo).not.toHaveProperty('storageInfo');
    expect(c).not.toHaveProperty('storageMode');
    expect(r.registration('kafka', 'aws:msk/cluster:Cluster').ignoreChanges).toEqual([]);
    expect(r.resources.filter((x) => x.type.startsWith('aws:appautoscaling'))).toEqual([]);
    expect(r.resources.filter((x) => x.type === 'aws:cloudwatch/metricAlarm:MetricAlarm').map((x) => x.name).sort()).toEqual([1, 2, 3].map((b) => `kafka-alarm-CpuBroker${b}Alarm`));
    expect(r.resources.filter((x) => x.type.startsWith('aws:secretsmanager') || x.type.startsWith('aws:msk/scram'))).toEqual([]);
  });
});

describe('MskCluster (Pulumi): options', () => {
  test("removal 'destroy': nothing is retained", async () => {
    const r = await recordMsk(build({ removal: 'destroy', clientAuthentication: { scram: { users: ['app'] } } }));
    expect(r.registrations.filter((x) => x.retainOnDelete)).toEqual([]);
  });

  test('existing key (an output): no key created; cluster and log group use it', async () => {
    const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/0000-existing';
    const r = await recordMsk(build({ encryptionKey: { kind: 'existing', keyArn: pulumi.output(keyArn) } }));
    expect(r.resources.filter((x) => x.type === 'aws:kms/key:Key')).toEqual([]);
    expect((r.byName('kafka').inputs as any).encryptionInfo.encryptionAtRestKmsKeyArn).toBe(keyArn);
    expect(r.byName('kafka-broker-logs').inputs.kmsKeyId).toBe(keyArn);
  });

  test('own security groups: none created, attached as given', async () => {
    const r = await recordMsk(build({ securityGroupIds: ['sg-own1', 'sg-own2'] }));
    expect(r.resources.filter((x) => x.type.includes('ecurityGroup'))).toEqual([]);
    expect((r.byName('kafka').inputs as any).brokerNodeGroupInfo.securityGroups).toEqual(['sg-own1', 'sg-own2']);
  });

  test('second deploy with public access and multi-VPC: connectivity, public and multi-VPC rules, merged cluster policy, warning', async () => {
    const warn = jest.spyOn(pulumi.log, 'warn').mockImplementation(() => Promise.resolve());
    const user = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Mine', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kafka:DescribeCluster', Resource: '*' }] });
    const r = await recordMsk(build({
      connectivity: {
        publicAccess: true, publicAccessCidrs: ['203.0.113.0/24'], multiVpc: { iam: true }, multiVpcAllowedAccounts: ['210987654321'], clusterAlreadyDeployed: true,
      },
      allowedClientCidrs: ['10.1.0.0/16'],
      clusterPolicy: user,
    }));
    expect((r.byName('kafka').inputs as any).brokerNodeGroupInfo.connectivityInfo).toEqual({
      publicAccess: { type: 'SERVICE_PROVIDED_EIPS' }, vpcConnectivity: { clientAuthentication: { sasl: { iam: true, scram: false }, tls: false } },
    });
    expect(r.byName('kafka-sg-9198-203.0.113.0_24').inputs).toMatchObject({ fromPort: 9198, toPort: 9198, cidrIpv4: '203.0.113.0/24' });
    expect(r.byName('kafka-sg-14001-14100-10.1.0.0_16').inputs).toMatchObject({ fromPort: 14001, toPort: 14100 });
    const policy = parsed(r.byName('kafka-policy').inputs.policy);
    expect(policy.Statement.map((s) => s.Sid)).toEqual(['Mine', 'KafkaIacMultiVpcClientAccounts']);
    expect(policy.Statement[1]).toMatchObject({ Principal: { AWS: ['arn:aws:iam::210987654321:root'] }, Resource: CLUSTER_ARN });
    expect(warn.mock.calls.map((c) => c[0])).toContainEqual(expect.stringContaining('[msk/public-access]'));
    warn.mockRestore();
  });

  test('existing SCRAM secrets only: associated as given, no secret created, no key for secrets', async () => {
    const existing = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_orders_legacy-Xy12Ab';
    const r = await recordMsk(build({ clientAuthentication: { scram: { existingSecretArns: [existing] } } }));
    expect(r.resources.filter((x) => x.type.startsWith('aws:secretsmanager'))).toEqual([]);
    expect(r.byName('kafka-scram-association').inputs).toEqual({ clusterArn: CLUSTER_ARN, secretArnLists: [existing] });
    expect(parsed(r.byName('kafka-key').inputs.policy).Statement.map((s) => s.Sid)).toEqual(['EnableAccountAdministration', 'AllowCloudWatchLogsForBrokerLogGroup']);
  });

  test('once deployed, public access is explicitly DISABLED (so turning it off works)', async () => {
    const r = await recordMsk(build({ connectivity: { clusterAlreadyDeployed: true } }));
    expect((r.byName('kafka').inputs as any).brokerNodeGroupInfo.connectivityInfo).toEqual({ publicAccess: { type: 'DISABLED' } });
  });

  test('multi-VPC connectivity is turned off by sending every mode disabled', async () => {
    const r = await recordMsk(build({ connectivity: { multiVpc: { iam: false, scram: false, tls: false }, clusterAlreadyDeployed: true } }));
    expect((r.byName('kafka').inputs as any).brokerNodeGroupInfo.connectivityInfo.vpcConnectivity)
      .toEqual({ clientAuthentication: { sasl: { iam: false, scram: false }, tls: false } });
  });

  test('grants: inline role policies with cluster, topic and group ARNs; clear errors on bad names', async () => {
    let error: unknown;
    const r = await recordMsk(() => {
      const { cluster } = build()();
      cluster.grantRead('reader', { role: 'app-role', topics: ['orders'], groups: ['orders-svc'] });
      cluster.grantWrite('writer', { role: 'app-role', topics: ['orders*'], transactionalIds: ['tx-1'] });
      cluster.grantConnect('admin', { role: 'ops-role' });
      try {
        cluster.grantRead('bad', { role: 'app-role', topics: [], groups: [] });
      } catch (e) {
        error = e;
      }
      return cluster.connectPolicy();
    });
    const base = 'arn:aws:kafka:us-east-1:123456789012';
    const uuid = CLUSTER_ARN.split(':cluster/')[1];
    expect(r.registration('kafka-reader').parent).toBe(COMPONENT_URN);
    expect(r.byName('kafka-reader').inputs.role).toBe('app-role');
    expect(parsed(r.byName('kafka-reader').inputs.policy).Statement).toEqual([
      { Effect: 'Allow', Action: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], Resource: CLUSTER_ARN },
      { Effect: 'Allow', Action: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], Resource: [`${base}:topic/${uuid}/orders`] },
      { Effect: 'Allow', Action: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], Resource: [`${base}:group/${uuid}/orders-svc`] },
    ]);
    const write = parsed(r.byName('kafka-writer').inputs.policy).Statement;
    expect(write[0]!.Action).toContain('kafka-cluster:WriteDataIdempotently');
    expect(write[1]!.Resource).toEqual([`${base}:topic/${uuid}/orders*`]);
    expect(write[2]!.Resource).toEqual([`${base}:transactional-id/${uuid}/tx-1`]);
    expect(parsed(r.byName('kafka-admin').inputs.policy).Statement).toHaveLength(1);
    expect(parsed(r.outputs).Statement[0]!.Resource).toBe(CLUSTER_ARN);
    expect(error).toBeInstanceOf(KafkaValidationError);
    expect((error as KafkaValidationError).codes).toEqual(['msk/grant-topics', 'msk/grant-groups']);
    expect((error as Error).message).toContain('`topics` must list at least one topic');
  });
});

describe('MskCluster (Pulumi): bad input throws one KafkaValidationError at construction', () => {
  test.each<[string, Partial<MskClusterArgs>, string[]]>([
    ['brokers not a multiple of AZs', { ...NETWORK, brokerNodes: 4 }, ['msk/broker-count']],
    ['Express with EBS settings', { ...NETWORK, kind: 'express', storage: { volumeSizeGiB: 100 } }, ['msk/express-no-storage']],
    ['too few subnets', { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'] }, ['msk/subnets-too-few-azs']],
    ['vpcId without subnets', { vpcId: 'vpc-1' }, ['msk/network-vpc-id-needs-subnets']],
    ['subnets without vpcId for the created group', { subnetIds: ['a', 'b', 'c'] }, ['msk/network-subnets-need-vpc-id']],
    ['client rules with own security groups', { subnetIds: ['a', 'b', 'c'], securityGroupIds: ['sg-1'], allowedClientCidrs: ['10.0.0.0/8'] }, ['msk/rules-need-owned-security-group']],
    ['Serverless kind', { ...NETWORK, kind: 'serverless' as 'standard' }, ['msk/pulumi-kind']],
    ['bad key ARN', { ...NETWORK, encryptionKey: { kind: 'existing', keyArn: 'alias/mine' } }, ['msk/encryption-key-arn']],
    ['SCRAM without users, multi-VPC on t3 at first deploy: every issue at once', {
      ...NETWORK, instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', clientAuthentication: { iam: true, scram: { users: [] } }, connectivity: { multiVpc: { iam: true } },
    }, ['msk/scram-no-users', 'msk/multi-vpc-first-deploy', 'msk/multi-vpc-instance']],
  ])('%s', async (_, args, expected) => {
    const codes = await codesOf(args);
    expect(codes).toEqual(expect.arrayContaining(expected));
  });
});
