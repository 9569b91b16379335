import { App, Fn, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { KafkaCatalogPlan } from '../../../lib/core/catalog/types';
import { KafkaValidationError } from '../../../lib/core/issues';
import { KafkaAdminFunction, type KafkaAdminFunctionProps } from '../../../lib/aws/cdk/kafka-admin-function';
import { KafkaVpc } from '../../../lib/aws/cdk/kafka-vpc';
import { acknowledgements, synthKeepingExitCode } from '../../support/cdk-examples';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const CLUSTER_ARN = 'arn:aws:kafka:eu-west-1:123456789012:cluster/orders/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab-s1';
const topics: KafkaCatalogPlan['topics'] = [
  { name: 'orders', partitions: 6, replicationFactor: 3, configs: { 'min.insync.replicas': '2' }, deleteOnRemoval: false },
  { name: 'payments', partitions: 3, replicationFactor: 3, configs: {}, deleteOnRemoval: false },
];
const iamCatalog: KafkaCatalogPlan = { topics, acls: [], quotas: [], grants: [] };
const scramCatalog: KafkaCatalogPlan = {
  topics,
  acls: [{ principal: 'User:orders-app', resourceType: 'TOPIC', resourceName: 'orders', patternType: 'LITERAL', operation: 'WRITE' }],
  quotas: [{ user: 'orders-app', producer_byte_rate: 1048576 }],
  grants: [],
};

function build(mode: 'iam' | 'scram', extra: Partial<KafkaAdminFunctionProps> = {}, nag = false) {
  const app = new App({ builtinCloudFormationValidation: false });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new Stack(app, `Admin${mode}`, { env: ENV });
  const network = new KafkaVpc(stack, 'Network', {});
  const brokers = new ec2.SecurityGroup(stack, 'Brokers', { vpc: network.vpc, allowAllOutbound: false });
  const key = new kms.Key(stack, 'SecretKey', { enableKeyRotation: true });
  const secret = new secretsmanager.Secret(stack, 'AdminSecret', { encryptionKey: key });
  // The fixture's own secret, not the construct's business.
  Validations.of(secret).acknowledge({ id: 'AwsSolutions-SMG4', reason: 'Test fixture: the admin credentials are rotated by their owner.' });
  const common = { clusterName: 'orders', vpc: network.vpc, vpcSubnets: network.brokerSubnets, brokerSecurityGroups: [brokers] };
  const props: KafkaAdminFunctionProps = mode === 'iam'
    ? { ...common, catalog: iamCatalog, auth: 'iam', brokerPort: 9098, bootstrapBrokers: 'boot-abc.c1.kafka-serverless.eu-west-1.amazonaws.com:9098', clusterArn: CLUSTER_ARN, ...extra }
    : { ...common, catalog: scramCatalog, auth: 'scram', brokerPort: 9096, bootstrapBrokers: 'kafka-0.orders.internal:9096', adminSecret: secret, caCertificateParameterName: '/kafka-iac/orders/ca', ...extra };
  const admin = new KafkaAdminFunction(stack, 'Admin', props);
  return { app, stack, admin, brokers, template: Template.fromStack(stack) };
}

const statementsOf = (t: Template) => {
  const policies = Object.values(t.findResources('AWS::IAM::Role', { Properties: { Description: Match.stringLikeRegexp('Kafka admin function') } }));
  expect(policies).toHaveLength(1);
  return (policies[0]!.Properties.Policies as { PolicyDocument: { Statement: { Sid: string }[] } }[])[0]!.PolicyDocument.Statement;
};
const bySid = (t: Template) => Object.fromEntries(statementsOf(t).map((s) => [s.Sid, s]));

describe('IAM (MSK Serverless)', () => {
  const { template: t, stack, admin, brokers } = build('iam');

  test('the bundled function runs in the broker subnets with its own security group, from an asset (no inline source)', () => {
    t.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x', Handler: 'index.handler', Timeout: 900, MemorySize: 512,
      Code: { S3Bucket: Match.anyValue(), S3Key: Match.stringLikeRegexp('^[0-9a-f]{64}\\.zip$') },
      VpcConfig: { SecurityGroupIds: [{ 'Fn::GetAtt': [stack.getLogicalId(admin.securityGroup.node.defaultChild as ec2.CfnSecurityGroup), 'GroupId'] }], SubnetIds: Match.anyValue() },
    });
  });

  test('egress to the brokers on 9098 and HTTPS for the CloudFormation response only (the IAM token is signed locally); ingress on the brokers for 9098 only', () => {
    const fnSg = stack.getLogicalId(admin.securityGroup.node.defaultChild as ec2.CfnSecurityGroup);
    const brokerSg = stack.getLogicalId(brokers.node.defaultChild as ec2.CfnSecurityGroup);
    const egress = Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).map((r) => r.Properties);
    expect(egress).toEqual([expect.objectContaining({ GroupId: { 'Fn::GetAtt': [fnSg, 'GroupId'] }, IpProtocol: 'tcp', FromPort: 9098, ToPort: 9098, DestinationSecurityGroupId: { 'Fn::GetAtt': [brokerSg, 'GroupId'] } })]);
    // The handler PUTs its answer to CloudFormation's pre-signed S3 URL itself: without HTTPS out the stack would hang.
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: Match.stringLikeRegexp('Kafka admin function'),
      SecurityGroupEgress: [{ CidrIp: '0.0.0.0/0', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Description: 'HTTPS: the CloudFormation response (a pre-signed S3 URL)' }],
    });
    const ingress = Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties)
      .filter((p) => JSON.stringify(p.SourceSecurityGroupId) === JSON.stringify({ 'Fn::GetAtt': [fnSg, 'GroupId'] }));
    expect(ingress).toEqual([expect.objectContaining({ GroupId: { 'Fn::GetAtt': [brokerSg, 'GroupId'] }, FromPort: 9098, ToPort: 9098 })]);
  });

  test('kafka-cluster actions on the cluster and exactly the catalog\'s topics; no secret, no CA', () => {
    const s = bySid(t);
    expect(Object.keys(s)).toEqual(['Logs', 'VpcAccess', 'Cluster', 'CatalogTopics', 'RemovedTopics']);
    expect(s.Cluster).toEqual({ Sid: 'Cluster', Effect: 'Allow', Action: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], Resource: CLUSTER_ARN });
    const topicArn = (n: string) => `arn:aws:kafka:eu-west-1:123456789012:topic/orders/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab-s1/${n}`;
    expect(s.CatalogTopics).toMatchObject({ Resource: [topicArn('orders'), topicArn('payments')] });
    expect(s.RemovedTopics).toMatchObject({ Action: ['kafka-cluster:DescribeTopic', 'kafka-cluster:DeleteTopic'], Resource: topicArn('*') });
  });

  test('the custom resource carries the catalog and the connection, no secret', () => {
    const [cr] = Object.values(t.findResources('Custom::KafkaCatalog'));
    const p = cr!.Properties as Record<string, string>;
    expect(JSON.parse(p.Catalog!)).toEqual(iamCatalog);
    expect(JSON.parse(p.Connection!)).toEqual({ bootstrapBrokers: 'boot-abc.c1.kafka-serverless.eu-west-1.amazonaws.com:9098', auth: 'iam', region: 'eu-west-1' });
    expect(p.CatalogId).toBe('orders');
  });

  test('its log group keeps a year and is retained', () => {
    t.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 365 }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('a deploy-time cluster ARN gives deploy-time topic ARNs', () => {
    const { template } = build('iam', { clusterArn: Fn.importValue('OrdersClusterArn') });
    const s = bySid(template);
    expect(s.Cluster).toMatchObject({ Resource: { 'Fn::ImportValue': 'OrdersClusterArn' } });
    expect(JSON.stringify(s.CatalogTopics)).toContain(':topic/');
    expect(JSON.stringify(s.RemovedTopics)).toContain('/*');
  });
});

describe('SCRAM (self-managed) with the cluster CA', () => {
  const { template: t, app } = build('scram');

  test('HTTPS egress for Secrets Manager and SSM besides the brokers\' port', () => {
    const sg = Object.values(t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: Match.stringLikeRegexp('Kafka admin function') } }))[0]!;
    expect(sg.Properties.SecurityGroupEgress).toEqual([expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' })]);
    expect(Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).map((r) => r.Properties.FromPort)).toEqual([9096]);
  });

  test('GetSecretValue on exactly the admin secret, Decrypt on its key through Secrets Manager only, the CA parameter; no kafka-cluster action', () => {
    const s = bySid(t);
    expect(Object.keys(s)).toEqual(['Logs', 'VpcAccess', 'AdminSecret', 'AdminSecretKey', 'ClusterCa']);
    expect(s.AdminSecret).toMatchObject({ Action: 'secretsmanager:GetSecretValue', Resource: { Ref: expect.stringMatching(/^AdminSecret/) } });
    expect(s.AdminSecretKey).toMatchObject({ Action: 'kms:Decrypt', Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } } });
    expect(s.ClusterCa).toMatchObject({ Action: 'ssm:GetParameter', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ssm:eu-west-1:123456789012:parameter/kafka-iac/orders/ca']] } });
  });

  test('the KafkaVpc\'s Secrets Manager endpoint is a path: no warning', () => {
    Annotations.fromStack(app.node.findChild('Adminscram') as Stack).hasNoWarning('*', Match.stringLikeRegexp('Secrets Manager'));
  });
});

test('without NAT or a Secrets Manager endpoint, a warning says how to give the function a path', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Isolated', { env: ENV });
  const vpc = new ec2.Vpc(stack, 'Vpc', { subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const brokers = new ec2.SecurityGroup(stack, 'Brokers', { vpc });
  new KafkaAdminFunction(stack, 'Admin', {
    clusterName: 'orders', catalog: scramCatalog, vpc, brokerSecurityGroups: [brokers], brokerPort: 9096, bootstrapBrokers: 'k:9096', auth: 'scram',
    adminSecret: new secretsmanager.Secret(stack, 'S'),
  });
  Annotations.fromStack(stack).hasWarning('/Isolated/Admin', Match.stringLikeRegexp('^The Kafka admin function reads its secret .* Add `secretsmanager` and `ssm` interface endpoints'));
});

test('refuses, all at once: Kafka ACLs on an IAM cluster, SCRAM without the admin secret, IAM without the cluster ARN', () => {
  const codes = (f: () => unknown) => {
    try { f(); } catch (e) { return (e as KafkaValidationError).issues.map((i) => i.code); }
    return [];
  };
  expect(codes(() => build('iam', { catalog: scramCatalog, clusterArn: undefined }))).toEqual(['kafka-admin/acls-need-kafka-auth', 'kafka-admin/cluster-arn-required']);
  expect(codes(() => build('scram', { adminSecret: undefined }))).toEqual(['kafka-admin/secret-required']);
  let message = '';
  try { build('scram', { adminSecret: undefined }); } catch (e) { message = (e as Error).message; }
  expect(message).toContain('`adminSecret` must be given for scram authentication, got: undefined. Pass the secret of an admin SCRAM user: {"username","password"}.');
});

describe('IAM admin of Kafka ACLs and quotas (MSK Provisioned: topics native, SCRAM and mTLS principals)', () => {
  const aclsOnly: KafkaCatalogPlan = { ...scramCatalog, topics: [] };
  const { template: t } = build('iam', { catalog: aclsOnly, kafkaAclsOverIam: true, manageTopics: false });

  test('the role may alter ACLs and client quotas on the cluster, and touches no topic', () => {
    const sids = bySid(t);
    expect(Object.keys(sids).sort()).toEqual(['CatalogAclsAndQuotas', 'Cluster', 'Logs', 'VpcAccess'].sort());
    expect(sids.CatalogAclsAndQuotas).toMatchObject({
      Action: ['kafka-cluster:AlterCluster', 'kafka-cluster:DescribeClusterDynamicConfiguration', 'kafka-cluster:AlterClusterDynamicConfiguration'],
      Resource: CLUSTER_ARN,
    });
    expect(JSON.stringify(statementsOf(t))).not.toContain(':topic/');
  });

  test('the custom resource carries the ACLs and quotas, no topic', () => {
    const [cr] = Object.values(t.findResources('Custom::KafkaCatalog'));
    const catalog = JSON.parse(cr!.Properties.Catalog as string) as KafkaCatalogPlan;
    expect(catalog).toMatchObject({ topics: [], acls: aclsOnly.acls, quotas: aclsOnly.quotas });
  });
});

describe('cdk-nag AwsSolutions', () => {
  test.each(['iam', 'scram'] as const)('%s: no unacknowledged finding; the acknowledgements name their reasons', (mode) => {
    const { app, admin } = build(mode, {}, true);
    expect(() => synthKeepingExitCode(app)).not.toThrow();
    const acks = acknowledgements(admin);
    const ids = Object.values(acks).flatMap((a) => Object.keys(a)).sort();
    expect(ids).toEqual([
      'Annotation::AwsSolutions-IAM5[Resource::*]',
      'Annotation::AwsSolutions-IAM5[Resource::<AdminLogGroupE2F18B02.Arn>:*]',
      ...(mode === 'iam' ? ['Annotation::AwsSolutions-IAM5[Resource::arn:aws:kafka:eu-west-1:123456789012:topic/orders/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab-s1/*]'] : []),
      'Annotation::AwsSolutions-L1',
    ]);
    for (const reasons of Object.values(acks)) for (const r of Object.values(reasons)) expect(r.length).toBeGreaterThan(40);
  });
});
