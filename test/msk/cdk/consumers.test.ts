/**
 * `addConsumer` on the MSK constructs: the event source mapping, the function role's exact grants, the cluster's
 * security group opened to itself on the port of the chosen auth only, HTTPS to the KafkaVpc endpoints, refusals.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DEFAULT_INTERFACE_ENDPOINTS } from '../../../lib/aws';
import { KafkaValidationError } from '../../../lib/core/issues';
import { KafkaVpc, MskCluster, MskServerlessCluster } from '../../../lib/msk/cdk';
import { GlueSchemaRegistry } from '../../../lib/pipelines/cdk';

const ENDPOINTS = [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'];

function fixture(): { stack: Stack; network: KafkaVpc; fn: lambda.Function } {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Kafka');
  const network = new KafkaVpc(stack, 'Network', { interfaceEndpoints: ENDPOINTS });
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
  return { stack, network, fn };
}
const sgId = (t: Template, type: string, id: string) => Object.keys(t.findResources(type)).find((k) => k.startsWith(id))!;
/** The statements of the function's default policy. */
function statements(t: Template): { Action: string | string[]; Resource: unknown }[] {
  const policies = t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^FnServiceRole') }] } });
  return Object.values(policies).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } } }).Properties.PolicyDocument.Statement);
}

describe('MskCluster, IAM (default), catalog topic', () => {
  const { stack, network, fn } = fixture();
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', vpc: network.vpc, vpcSubnets: network.brokerSubnets, topics: [{ name: 'orders', partitions: 3 }] });
  const mapping = cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', batching: { batchSize: 250 } });
  const t = Template.fromStack(stack);
  const clusterSg = sgId(t, 'AWS::EC2::SecurityGroup', 'ClusterSecurityGroup');

  test('one mapping: the cluster ARN, one topic, the group, no source access configuration', () => {
    expect(mapping.node.path).toBe('Kafka/Cluster/Consumer-billing/Resource');
    t.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Cluster'), 'Arn'] },
      Topics: ['orders'],
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 250,
      MaximumBatchingWindowInSeconds: 0,
      AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'billing' },
      SourceAccessConfigurations: Match.absent(),
      ProvisionedPollerConfig: Match.absent(),
    });
  });

  test('the role reads exactly the topic and the group, describes the cluster, manages the pollers\' interfaces', () => {
    const s = statements(t);
    const actions = (a: string | string[]) => (Array.isArray(a) ? a : [a]);
    const topic = s.find((x) => actions(x.Action).includes('kafka-cluster:ReadData'))!;
    expect(JSON.stringify(topic.Resource)).toContain(':topic/');
    expect(JSON.stringify(topic.Resource)).toContain('/orders"');
    const group = s.find((x) => actions(x.Action).includes('kafka-cluster:AlterGroup'))!;
    expect(JSON.stringify(group.Resource)).toContain('/billing"');
    expect(s.find((x) => actions(x.Action).includes('kafka:DescribeClusterV2'))!.Action).toEqual(['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers']);
    expect(s.find((x) => actions(x.Action).includes('ec2:CreateNetworkInterface'))!.Resource).toBe('*');
    expect(s.some((x) => JSON.stringify(x.Resource).includes('*"') && actions(x.Action).some((a) => a.startsWith('kafka-cluster:')))).toBe(false);
  });

  test('the cluster security group lets itself in and out on 9098 only, and out on HTTPS to the endpoints only', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { GroupId: { 'Fn::GetAtt': [clusterSg, 'GroupId'] }, SourceSecurityGroupId: { 'Fn::GetAtt': [clusterSg, 'GroupId'] }, FromPort: 9098, ToPort: 9098 });
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { GroupId: { 'Fn::GetAtt': [clusterSg, 'GroupId'] }, DestinationSecurityGroupId: { 'Fn::GetAtt': [clusterSg, 'GroupId'] }, FromPort: 9098, ToPort: 9098 });
    const endpointSg = sgId(t, 'AWS::EC2::SecurityGroup', 'NetworkEndpointSecurityGroup');
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { GroupId: { 'Fn::GetAtt': [clusterSg, 'GroupId'] }, DestinationSecurityGroupId: { 'Fn::GetAtt': [endpointSg, 'GroupId'] }, FromPort: 443, ToPort: 443 });
    const egress = Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).filter((r) => JSON.stringify(r).includes(clusterSg));
    expect(egress.map((r) => (r as { Properties: { FromPort: number } }).Properties.FromPort).sort()).toEqual([443, 9098]);
  });

  test('the mapping waits for the role policy and the rules', () => {
    const [m] = Object.values(t.findResources('AWS::Lambda::EventSourceMapping')) as { DependsOn: string[] }[];
    expect(m!.DependsOn.some((d) => d.startsWith('FnServiceRoleDefaultPolicy'))).toBe(true);
    expect(m!.DependsOn.some((d) => d.startsWith('ClusterSecurityGroupfrom'))).toBe(true);
  });

  test('a second consumer in the same group, or of a topic outside the catalog, is refused', () => {
    expect(() => cluster.addConsumer(fn, { topics: ['orders'], group: 'billing' })).toThrow(/consumer\/group-duplicate/);
    expect(() => cluster.addConsumer(fn, { topics: ['payments'], group: 'audit' })).toThrow(/consumer\/topic-not-in-catalog/);
  });
});

describe('MskCluster, SASL/SCRAM user, provisioned pollers, schema registry, on-failure', () => {
  const { stack, network, fn } = fixture();
  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'express', clusterName: 'orders', vpc: network.vpc, vpcSubnets: network.brokerSubnets,
    clientAuthentication: { scram: { users: ['billing-app'] } },
  });
  const registry = new GlueSchemaRegistry(stack, 'Schemas', { name: 'orders', subjects: [{ topic: 'orders', format: 'JSON', schema: '{"type":"object"}' }] });
  cluster.addConsumer(fn, {
    topics: ['orders'], group: 'billing', startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: '2026-01-01T00:00:00Z',
    pollers: { minimum: 1, maximum: 4 }, schemaRegistry: { registry }, onFailure: { kind: 'sns', arn: 'arn:aws:sns:eu-west-1:123456789012:billing-failures' },
  });
  const t = Template.fromStack(stack);

  test('SASL_SCRAM_512_AUTH with the user\'s secret, pollers, registry ARN, destination, timestamp', () => {
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      SourceAccessConfigurations: [{ Type: 'SASL_SCRAM_512_AUTH', URI: { Ref: Match.stringLikeRegexp('^ClusterScramSecretBillingApp') } }],
      ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 4 },
      StartingPosition: 'AT_TIMESTAMP',
      StartingPositionTimestamp: 1767225600,
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:sns:eu-west-1:123456789012:billing-failures' } },
      AmazonManagedKafkaEventSourceConfig: {
        ConsumerGroupId: 'billing',
        SchemaRegistryConfig: { SchemaRegistryURI: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Schemas[0-9A-F]{8}$'), 'Arn'] }, EventRecordFormat: 'JSON', SchemaValidationConfigs: [{ Attribute: 'VALUE' }] },
      },
    });
  });

  test('the role reads the secret, publishes to the topic, reads the registry; no kafka-cluster action', () => {
    const s = JSON.stringify(statements(t));
    expect(s).toContain('secretsmanager:GetSecretValue');
    expect(s).toContain('sns:Publish');
    expect(s).toContain('glue:GetSchemaVersion');
    expect(s).toContain('glue:GetRegistry');
    expect(s).not.toContain('kafka-cluster:');
  });

  test('the SCRAM port 9096, not the IAM one', () => {
    const ingress = Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => (r as { Properties: { FromPort: number; Description?: string } }).Properties);
    expect(ingress.filter((p) => p.Description?.startsWith('Lambda event source pollers (')).map((p) => p.FromPort)).toEqual([9096]);
  });
});

describe('MskCluster, mTLS with the client certificate secret', () => {
  const { stack, network, fn } = fixture();
  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'express', clusterName: 'orders', vpc: network.vpc, vpcSubnets: network.brokerSubnets,
    clientAuthentication: { iam: false, mtls: { certificateAuthorityArns: ['arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/11111111-2222-3333-4444-555555555555'] } },
  });
  const secretArn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:billing-cert-AbCdEf';
  cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: { mtls: { clientCertificateSecretArn: secretArn } } });
  const t = Template.fromStack(stack);

  test('CLIENT_CERTIFICATE_TLS_AUTH with the secret, the role reads it, port 9094', () => {
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', { SourceAccessConfigurations: [{ Type: 'CLIENT_CERTIFICATE_TLS_AUTH', URI: secretArn }] });
    expect(statements(t)).toContainEqual(expect.objectContaining({ Action: 'secretsmanager:GetSecretValue', Resource: secretArn }));
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 9094, Description: 'Lambda event source pollers (mtls)' });
  });
});

describe('MskServerlessCluster', () => {
  const { stack, network, fn } = fixture();
  const cluster = new MskServerlessCluster(stack, 'Cluster', { clusterName: 'events', vpc: network.vpc, vpcSubnets: network.brokerSubnets });
  cluster.addConsumer(fn, { topics: ['clicks'], group: 'analytics', startingPosition: 'LATEST' });
  const t = Template.fromStack(stack);

  test('IAM on 9098, DescribeClusterV2, a warning that the topic is not checked', () => {
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', { Topics: ['clicks'], StartingPosition: 'LATEST', AmazonManagedKafkaEventSourceConfig: { ConsumerGroupId: 'analytics' } });
    expect(JSON.stringify(statements(t))).toContain('kafka:DescribeClusterV2');
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 9098, Description: 'Lambda event source pollers (iam)' });
    const warnings = Annotations.fromStack(stack).findWarning('/Kafka/Cluster/Consumer-analytics', Match.stringLikeRegexp('consumer/topic-no-catalog'));
    expect(warnings).toHaveLength(1);
  });
});

describe('refusals of the face', () => {
  test('the default KafkaVpc has no Lambda endpoint: on-demand mode is refused, provisioned mode accepted', () => {
    const stack = new Stack(new App(), 'Kafka');
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
    const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders' });
    expect(() => cluster.addConsumer(fn, { topics: ['orders'], group: 'billing' })).toThrow(
      "`vpc.interfaceEndpoints` must give the pollers a path to lambda, sts (the cluster's subnets have no NAT route), got: [\"kms\",\"logs\",\"monitoring\",\"secretsmanager\",\"ssm\",\"sts\"]. Add 'lambda' to the `interfaceEndpoints` of the cluster's KafkaVpc (pass the cluster a KafkaVpc of your own when it created one), or set `pollers` (provisioned mode needs no endpoint).");
    expect(() => cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', pollers: {} })).not.toThrow();
  });

  test('an imported function without its role is refused (consumer/function-role)', () => {
    const { stack, network } = fixture();
    const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', vpc: network.vpc, vpcSubnets: network.brokerSubnets });
    const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:billing');
    let error: unknown;
    try {
      cluster.addConsumer(imported, { topics: ['orders'], group: 'billing' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KafkaValidationError);
    expect((error as KafkaValidationError).codes).toEqual(['consumer/function-role']);
  });

  test('a VPC the library cannot see: a warning naming the endpoints, HTTPS to the VPC CIDR', () => {
    const stack = new Stack(new App(), 'Kafka', { env: { account: '123456789012', region: 'eu-west-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 0, subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
    const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', vpc });
    cluster.addConsumer(fn, { topics: ['orders'], group: 'billing' });
    expect(Annotations.fromStack(stack).findWarning('/Kafka/Cluster/Consumer-billing', Match.stringLikeRegexp('consumer/network-unverified'))).toHaveLength(1);
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'MSK cluster orders brokers',
      SecurityGroupEgress: [Match.objectLike({ FromPort: 443, ToPort: 443, CidrIp: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Vpc'), 'CidrBlock'] } })],
    });
  });
});
