import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { mskMetricDescriptor, mskMetrics } from '../../../lib/msk';
import { MskCluster, type MskClusterProps } from '../../../lib/msk/cdk';
import { constructPaths } from '../../../lib/testing/cdk';

const CA = 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/11111111-2222-3333-4444-555555555555';

function synth(props: MskClusterProps | ((stack: Stack) => MskClusterProps), extra?: (stack: Stack, cluster: MskCluster) => void) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const cluster = new MskCluster(stack, 'Cluster', typeof props === 'function' ? props(stack) : props);
  extra?.(stack, cluster);
  return { stack, cluster, t: Template.fromStack(stack) };
}

const idOf = (t: Template, type: string, props: object = {}) => {
  const ids = Object.keys(t.findResources(type, { Properties: props }));
  expect(ids).toHaveLength(1);
  return ids[0]!;
};
const ingressPorts = (t: Template) =>
  Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => [r.Properties.FromPort, r.Properties.ToPort]).sort();

describe('MskCluster, Standard brokers with SCRAM + IAM, tiered storage, auto-scaling, exporters (retained)', () => {
  const { stack, cluster, t } = synth(
    {
      kind: 'standard', clusterName: 'payments', instanceType: 'kafka.m7g.xlarge', brokerNodes: 6,
      storage: { volumeSizeGiB: 1000, tiered: true, autoScaling: { maxVolumeSizeGiB: 4000 } },
      clientAuthentication: { iam: true, scram: { users: ['payments-api', 'ledger'] } },
      monitoring: { jmxExporter: true, nodeExporter: true },
      tags: { team: 'payments' },
    },
    (s, c) => {
      c.allowFrom(new ec2.SecurityGroup(s, 'Apps', { vpc: c.vpc, allowAllOutbound: false }));
      c.allowFrom(new ec2.SecurityGroup(s, 'Prometheus', { vpc: c.vpc, allowAllOutbound: false }), 'monitoring');
      const role = new iam.Role(s, 'Client', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
      c.grantRead(role, { topics: ['payments'], groups: ['ledger'] });
      c.grantWrite(role, { topics: ['payments'], transactionalIds: ['ledger-tx'] });
      void c.bootstrapBrokersSaslScram;
    },
  );
  const keyId = idOf(t, 'AWS::KMS::Key', { Description: Match.stringLikeRegexp('MSK cluster payments') });
  const clusterId = idOf(t, 'AWS::MSK::Cluster');

  test('encryption at rest with the created key (rotation on); TLS client-broker and in-cluster', () => {
    t.hasResourceProperties('AWS::KMS::Key', { Description: Match.stringLikeRegexp('MSK cluster payments'), EnableKeyRotation: true, PendingWindowInDays: 30 });
    t.hasResourceProperties('AWS::MSK::Cluster', {
      EncryptionInfo: {
        EncryptionAtRest: { DataVolumeKMSKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
        EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true },
      },
    });
    expect(cluster.encryptionKey.node.path).toBe('S/Cluster/Key');
  });

  test('IAM and SCRAM on, no unauthenticated access, no mTLS', () => {
    t.hasResourceProperties('AWS::MSK::Cluster', {
      ClientAuthentication: { Sasl: { Iam: { Enabled: true }, Scram: { Enabled: true } }, Unauthenticated: { Enabled: false }, Tls: Match.absent() },
    });
  });

  test('brokers, instance, version, subnets (one per AZ), tiered EBS storage, monitoring', () => {
    t.hasResourceProperties('AWS::MSK::Cluster', {
      ClusterName: 'payments', KafkaVersion: '3.9.x.kraft', NumberOfBrokerNodes: 6, StorageMode: 'TIERED', EnhancedMonitoring: 'PER_BROKER',
      BrokerNodeGroupInfo: {
        InstanceType: 'kafka.m7g.xlarge',
        ClientSubnets: Match.arrayEquals([1, 2, 3].map((i) => ({ Ref: Match.stringLikeRegexp(`^ClusterVpcBrokerSubnet${i}Subnet`) }))),
        StorageInfo: { EBSStorageInfo: { VolumeSize: 1000, ProvisionedThroughput: Match.absent() } },
      },
      OpenMonitoring: { Prometheus: { JmxExporter: { EnabledInBroker: true }, NodeExporter: { EnabledInBroker: true } } },
      Tags: { team: 'payments' },
    });
  });

  test('configuration: versioned name, production properties, referenced by ARN and latest revision', () => {
    const configId = idOf(t, 'AWS::MSK::Configuration');
    const props = t.findResources('AWS::MSK::Configuration')[configId]!.Properties;
    expect(props.Name).toBe(cluster.plan.configuration.name);
    expect(props.KafkaVersionsList).toEqual(['3.9.x.kraft']);
    expect(props.ServerProperties).toBe(cluster.plan.configuration.serverProperties);
    for (const line of ['min.insync.replicas=2', 'default.replication.factor=3', 'unclean.leader.election.enable=false', 'auto.create.topics.enable=false']) {
      expect(props.ServerProperties.split('\n')).toContain(line);
    }
    expect(props.ServerProperties).not.toMatch(/zookeeper/);
    t.hasResourceProperties('AWS::MSK::Cluster', {
      ConfigurationInfo: { Arn: { 'Fn::GetAtt': [configId, 'Arn'] }, Revision: { 'Fn::GetAtt': [configId, 'LatestRevision.Revision'] } },
    });
  });

  test('broker logs: encrypted log group with retention; key policy admits CloudWatch Logs for that group only', () => {
    const name = '/aws/vendedlogs/msk/payments/broker-logs';
    expect(cluster.plan.logging.cloudWatch?.logGroupName).toBe(name);
    const groupId = idOf(t, 'AWS::Logs::LogGroup', { LogGroupName: name });
    t.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: name, KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] }, RetentionInDays: 365 });
    t.hasResourceProperties('AWS::MSK::Cluster', { LoggingInfo: { BrokerLogs: { CloudWatchLogs: { Enabled: true, LogGroup: { Ref: groupId } } } } });
    t.hasResourceProperties('AWS::KMS::Key', {
      Description: Match.stringLikeRegexp('MSK cluster payments'),
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'AllowCloudWatchLogsForBrokerLogGroup',
            Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(':log-group:/aws/vendedlogs/msk/payments/broker-logs$')])] } } },
          }),
          Match.objectLike({ Sid: 'AllowSecretsManagerForThisAccount', Condition: { StringEquals: Match.objectLike({ 'kms:ViaService': Match.anyValue() }) } }),
        ]),
      },
    });
  });

  test('SCRAM: one AmazonMSK_* secret per user, encrypted with the cluster key, generated password, all associated', () => {
    const secrets = t.findResources('AWS::SecretsManager::Secret');
    expect(Object.values(secrets).map((s) => s.Properties.Name).sort()).toEqual(['AmazonMSK_payments_ledger', 'AmazonMSK_payments_payments-api']);
    for (const s of Object.values(secrets)) {
      expect(s.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
      expect(s.Properties.GenerateSecretString).toEqual({
        GenerateStringKey: 'password', SecretStringTemplate: expect.stringMatching(/^\{"username":"/),
        PasswordLength: 32, ExcludePunctuation: true, IncludeSpace: false, RequireEachIncludedType: true,
      });
    }
    t.resourceCountIs('AWS::MSK::BatchScramSecret', 1);
    t.hasResourceProperties('AWS::MSK::BatchScramSecret', {
      ClusterArn: { 'Fn::GetAtt': [clusterId, 'Arn'] },
      SecretArnList: Match.arrayEquals(Object.keys(secrets).map((id) => ({ Ref: id }))),
    });
    expect(Object.keys(cluster.scramSecrets).sort()).toEqual(['ledger', 'payments-api']);
  });

  test('RETAIN (DeletionPolicy and UpdateReplacePolicy) on everything the cluster owns', () => {
    const paths = constructPaths(stack);
    const owned = ['Cluster/Resource', 'Cluster/Key/Resource', 'Cluster/BrokerLogs/Resource', 'Cluster/Configuration', 'Cluster/ScramSecretPaymentsApi/Resource',
      'Cluster/ScramSecretPaymentsApi/Policy/Resource', 'Cluster/ScramSecretLedger/Resource', 'Cluster/ScramSecretLedger/Policy/Resource', 'Cluster/ScramSecrets',
      'Cluster/SecurityGroup/Resource'];
    const byPath = Object.fromEntries(Object.entries(paths).map(([id, p]) => [p, id]));
    const template = t.toJSON().Resources as Record<string, { DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
    for (const p of owned) {
      expect(byPath[p]).toBeDefined();
      expect({ p, d: template[byPath[p]!]!.DeletionPolicy, u: template[byPath[p]!]!.UpdateReplacePolicy }).toEqual({ p, d: 'Retain', u: 'Retain' });
    }
  });

  test('security group: no egress, ingress exactly the plan ports from the peers allowed, never ZooKeeper', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'MSK cluster payments brokers',
      SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32' })],
      SecurityGroupIngress: Match.absent(),
    });
    expect(ingressPorts(t)).toEqual([[11001, 11001], [11002, 11002], [9096, 9096], [9098, 9098]]);
    expect(JSON.stringify(t.toJSON())).not.toMatch(/\b218[12]\b/);
    expect(cluster.connections.defaultPort?.toString()).toBe('9098');
  });

  test('storage auto-scaling: target on the cluster ARN with the MSK service-linked role, target tracking without scale-in', () => {
    t.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ServiceNamespace: 'kafka', ScalableDimension: 'kafka:broker-storage:VolumeSize', ResourceId: { 'Fn::GetAtt': [clusterId, 'Arn'] }, MinCapacity: 1000, MaxCapacity: 4000,
      RoleARN: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('AWSServiceRoleForApplicationAutoScaling_KafkaCluster$')])] },
    });
    t.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'KafkaBrokerStorageUtilization' }, TargetValue: 60, DisableScaleIn: true },
    });
    // The service-linked role is referenced, never created.
    expect(JSON.stringify(t.findResources('AWS::IAM::Role'))).not.toContain('application-autoscaling');
  });

  test('one alarm per plan entry: offline partitions, and per broker under-replication, CPU and disk', () => {
    t.resourceCountIs('AWS::CloudWatch::Alarm', cluster.plan.alarms.length);
    expect(cluster.plan.alarms.length).toBe(1 + 6 * 3);
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'KafkaDataLogsDiskUsed', Namespace: 'AWS/Kafka', Dimensions: Match.arrayWith([{ Name: 'Broker ID', Value: '6' }]), Threshold: 85,
    });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { Metrics: Match.arrayWith([Match.objectLike({ Expression: 'm0 + m1' })]), Threshold: 60 });
    expect(Object.keys(cluster.alarms)).toEqual(cluster.plan.alarms.map((a) => a.id));
  });

  test('bootstrap brokers: one custom resource, fixed path, re-run on every CurrentVersion, failing loudly (gated by the SCRAM check)', () => {
    t.resourceCountIs('Custom::MskBootstrapBrokers', 1);
    const id = idOf(t, 'Custom::MskBootstrapBrokers');
    expect(constructPaths(stack)[id]).toBe('Cluster/BootstrapBrokers/Resource/Default');
    const r = t.toJSON().Resources[id];
    for (const phase of ['Create', 'Update']) {
      const call = JSON.stringify(r.Properties[phase]);
      expect(call).toContain(JSON.stringify({ 'Fn::GetAtt': [clusterId, 'CurrentVersion'] }));
      expect(call).toContain('getBootstrapBrokers');
      expect(call).toContain('BootstrapBrokerStringSaslScram');
      expect(call).not.toContain('ignoreErrorCodesMatching');
    }
    expect(r.Properties.Delete).toBeUndefined();
    expect(r.DependsOn).toEqual(expect.arrayContaining([idOf(t, 'AWS::MSK::BatchScramSecret')]));
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kafka:GetBootstrapBrokers', Effect: 'Allow', Resource: { 'Fn::GetAtt': [clusterId, 'Arn'] } }] },
    });
  });

  test('grants: kafka-cluster actions on the cluster, topic, group and transactional-id ARNs derived from the cluster ARN', () => {
    const arnOf = (kind: string, name: string) => ({
      'Fn::Join': ['', [
        { 'Fn::Select': [0, { 'Fn::Split': [':cluster/', { 'Fn::GetAtt': [clusterId, 'Arn'] }] }] }, `:${kind}/`,
        { 'Fn::Select': [1, { 'Fn::Split': [':cluster/', { 'Fn::GetAtt': [clusterId, 'Arn'] }] }] }, `/${name}`,
      ]],
    });
    const clusterArn = { 'Fn::GetAtt': [clusterId, 'Arn'] };
    const policy = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^Client') }] } }))[0]!;
    const statements = policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[];
    const actionsOn = (resource: unknown) => statements.filter((s) => JSON.stringify(s.Resource) === JSON.stringify(resource)).flatMap((s) => [s.Action].flat()).filter((a, i, all) => all.indexOf(a) === i).sort();
    expect(actionsOn(clusterArn)).toEqual(['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently']);
    expect(actionsOn(arnOf('topic', 'payments'))).toEqual(['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData', 'kafka-cluster:WriteData']);
    expect(actionsOn(arnOf('group', 'ledger'))).toEqual(['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup']);
    expect(actionsOn(arnOf('transactional-id', 'ledger-tx'))).toEqual(['kafka-cluster:AlterTransactionalId', 'kafka-cluster:DescribeTransactionalId']);
  });

  test('metrics: AWS/Kafka with Cluster Name (and Broker ID) dimensions, built from the plan descriptors', () => {
    const m = cluster.metricUnderReplicatedPartitions(2);
    expect(m.namespace).toBe('AWS/Kafka');
    expect(m.dimensions).toEqual({ 'Cluster Name': 'payments', 'Broker ID': '2' });
    expect(cluster.metricOfflinePartitionsCount().dimensions).toEqual({ 'Cluster Name': 'payments' });
    expect(cluster.metricKafkaDataLogsDiskUsed(1).metricName).toBe('KafkaDataLogsDiskUsed');
    expect(cluster.metricCpuUser(3).statistic).toBe('Average');
    const named = [
      [cluster.metricOfflinePartitionsCount(), mskMetrics.offlinePartitionsCount('payments')],
      [cluster.metricUnderReplicatedPartitions(2), mskMetrics.underReplicatedPartitions('payments', 2)],
      [cluster.metricKafkaDataLogsDiskUsed(1), mskMetrics.kafkaDataLogsDiskUsed('payments', 1)],
      [cluster.metricCpuUser(3), mskMetrics.cpuUser('payments', 3)],
      [cluster.metric('BytesInPerSec'), mskMetricDescriptor('payments', 'BytesInPerSec')],
    ] as const;
    for (const [metric, d] of named) {
      expect({ namespace: metric.namespace, metricName: metric.metricName, dimensions: metric.dimensions, statistic: metric.statistic, period: metric.period.toSeconds() })
        .toEqual({ ...d });
    }
    expect(cluster.metricCpuUser(1, { statistic: 'Maximum', period: Duration.minutes(1) })).toMatchObject({ statistic: 'Maximum' });
    expect(cluster.metricCpuUser(1, { period: Duration.minutes(1) }).period.toSeconds()).toBe(60);
  });

  test('bootstrap accessors throw for auth modes that are off', () => {
    expect(() => cluster.bootstrapBrokersTls).toThrow(/has no BootstrapBrokerStringTls: enable `clientAuthentication.mtls`/);
    expect(() => cluster.bootstrapBrokers('BootstrapBrokerStringPublicSaslIam')).toThrow(/connectivity.publicAccess/);
  });
});

describe('MskCluster, Express brokers (defaults)', () => {
  const { cluster, t } = synth((s) => ({ kind: 'express', clusterName: 'orders', alarmTopic: new sns.Topic(s, 'Alarms') }));

  test('no EBS storage info, no storage mode, Express version and type, IAM only', () => {
    t.hasResourceProperties('AWS::MSK::Cluster', {
      KafkaVersion: '3.9.x.kraft', StorageMode: Match.absent(), NumberOfBrokerNodes: 3,
      BrokerNodeGroupInfo: { InstanceType: 'express.m7g.large', StorageInfo: Match.absent(), ConnectivityInfo: Match.absent() },
      ClientAuthentication: { Sasl: { Iam: { Enabled: true }, Scram: { Enabled: false } } },
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true } },
    });
    t.resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', 0);
    t.resourceCountIs('AWS::SecretsManager::Secret', 0);
    t.resourceCountIs('AWS::MSK::BatchScramSecret', 0);
    t.resourceCountIs('AWS::MSK::ClusterPolicy', 0);
  });

  test('the default VPC is a KafkaVpc child with 3 AZs; no ingress until a peer is allowed', () => {
    expect(cluster.kafkaVpc?.node.path).toBe('S/Cluster/Vpc');
    expect(cluster.plan.subnets).toHaveLength(3);
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    t.resourceCountIs('AWS::EC2::FlowLog', 1);
  });

  test('no Secrets Manager statement in the key policy when there are no SCRAM secrets', () => {
    const key = Object.values(t.findResources('AWS::KMS::Key', { Properties: { Description: Match.stringLikeRegexp('MSK cluster orders') } }))[0]!;
    expect(JSON.stringify(key.Properties.KeyPolicy)).not.toContain('secretsmanager');
  });

  test('alarms per broker (no disk alarm on Express), notifying the topic on ALARM and OK', () => {
    t.resourceCountIs('AWS::CloudWatch::Alarm', cluster.plan.alarms.length);
    expect(cluster.plan.alarms.some((a) => a.id.startsWith('DiskUsed'))).toBe(false);
    const topicRef = { Ref: Object.keys(t.findResources('AWS::SNS::Topic'))[0] };
    for (const a of Object.values(t.findResources('AWS::CloudWatch::Alarm'))) {
      expect(a.Properties.AlarmActions).toEqual([topicRef]);
      expect(a.Properties.OKActions).toEqual([topicRef]);
    }
  });

  test('bootstrapBrokersSaslScram throws when SCRAM is off', () => {
    expect(() => cluster.bootstrapBrokersSaslScram).toThrow(/MSK cluster 'orders' has no BootstrapBrokerStringSaslScram: enable `clientAuthentication.scram`/);
  });
});

describe('MskCluster, removal destroy', () => {
  const { t } = synth({ kind: 'standard', clusterName: 'scratch', removal: 'destroy', clientAuthentication: { scram: { users: ['a'] } } });
  test('everything the cluster owns is deleted with it', () => {
    for (const type of ['AWS::MSK::Cluster', 'AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::SecretsManager::Secret', 'AWS::MSK::Configuration', 'AWS::MSK::BatchScramSecret']) {
      for (const r of Object.values(t.findResources(type))) expect({ type, d: r.DeletionPolicy }).toEqual({ type, d: 'Delete' });
    }
    t.hasResource('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: 'MSK cluster scratch brokers' }, DeletionPolicy: 'Delete' });
  });
});

describe('MskCluster, public access, mTLS, multi-VPC and a cluster policy (second deploy)', () => {
  const userPolicy = new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('210987654321')], actions: ['kafka:DescribeCluster'], resources: ['*'] })],
  });
  const { t } = synth({
    kind: 'standard', clusterName: 'shared',
    clientAuthentication: { iam: true, mtls: { certificateAuthorityArns: [CA] } },
    connectivity: {
      publicAccess: true, publicAccessCidrs: ['203.0.113.0/24'], multiVpc: { iam: true }, multiVpcAllowedAccounts: ['111122223333'], clusterAlreadyDeployed: true,
    },
    clusterPolicy: userPolicy,
  });

  test('connectivity info and mTLS CA list', () => {
    t.hasResourceProperties('AWS::MSK::Cluster', {
      BrokerNodeGroupInfo: { ConnectivityInfo: { PublicAccess: { Type: 'SERVICE_PROVIDED_EIPS' }, VpcConnectivity: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } } } },
      ClientAuthentication: { Tls: { Enabled: true, CertificateAuthorityArnList: [CA] } },
    });
  });

  test('public listeners open to the given CIDR only', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'MSK cluster shared brokers',
      SecurityGroupIngress: Match.arrayEquals([
        Match.objectLike({ CidrIp: '203.0.113.0/24', FromPort: 9198, ToPort: 9198 }),
        Match.objectLike({ CidrIp: '203.0.113.0/24', FromPort: 9194, ToPort: 9194 }),
      ]),
    });
  });

  test('cluster policy: the caller statement plus the multi-VPC statement for the allowed accounts', () => {
    t.resourceCountIs('AWS::MSK::ClusterPolicy', 1);
    t.hasResourceProperties('AWS::MSK::ClusterPolicy', {
      Policy: {
        Statement: Match.arrayEquals([
          Match.objectLike({ Action: 'kafka:DescribeCluster' }),
          Match.objectLike({
            Sid: 'KafkaIacMultiVpcClientAccounts',
            Action: ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeCluster', 'kafka:DescribeClusterV2'],
            Principal: { AWS: [{ 'Fn::Join': ['', Match.arrayWith([':iam::111122223333:root'])] }] },
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Cluster'), 'Arn'] },
          }),
        ]),
      },
    });
    const cr = Object.values(t.findResources('Custom::MskBootstrapBrokers'))[0]!;
    expect(cr.DependsOn).toEqual(expect.arrayContaining([Object.keys(t.findResources('AWS::MSK::ClusterPolicy'))[0]]));
  });

  test('bootstrap fields include the public and VPC-connectivity strings', () => {
    const call = JSON.stringify(Object.values(t.findResources('Custom::MskBootstrapBrokers'))[0]!.Properties.Create);
    for (const f of ['BootstrapBrokerStringSaslIam', 'BootstrapBrokerStringTls', 'BootstrapBrokerStringPublicSaslIam', 'BootstrapBrokerStringPublicTls', 'BootstrapBrokerStringVpcConnectivitySaslIam']) {
      expect(call).toContain(f);
    }
  });
});
