import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { KafkaValidationError } from '../../../lib/core/issues';
import { mskMetricDescriptor } from '../../../lib/msk';
import { MskServerlessCluster, type MskServerlessClusterProps } from '../../../lib/msk/cdk';
import { constructPaths } from '../../../lib/testing/cdk';

function synth(props: MskServerlessClusterProps, extra?: (stack: Stack, cluster: MskServerlessCluster) => void) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const cluster = new MskServerlessCluster(stack, 'Cluster', props);
  extra?.(stack, cluster);
  return { stack, cluster, t: Template.fromStack(stack) };
}

const isolatedVpc = (stack: Stack, id: string, azs: string[]) =>
  new ec2.Vpc(stack, id, { availabilityZones: azs, natGateways: 0, subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });

describe('MskServerlessCluster (defaults)', () => {
  const { stack, cluster, t } = synth({ clusterName: 'events' }, (s, c) => {
    const role = new iam.Role(s, 'Client', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
    c.grantWrite(role, { topics: ['events'] });
    c.grantRead(role, { topics: ['events'], groups: ['processor'] });
    c.allowFrom(new ec2.SecurityGroup(s, 'Apps', { vpc: c.kafkaVpc!.vpc, allowAllOutbound: false }));
    void c.bootstrapBrokersSaslIam;
  });
  const clusterId = Object.keys(t.findResources('AWS::MSK::ServerlessCluster'))[0]!;

  test('IAM access control, 3 subnets of the default KafkaVpc, its own security group', () => {
    t.hasResourceProperties('AWS::MSK::ServerlessCluster', {
      ClusterName: 'events',
      ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      VpcConfigs: [{
        SubnetIds: Match.arrayEquals([1, 2, 3].map((i) => ({ Ref: Match.stringLikeRegexp(`^ClusterVpcBrokerSubnet${i}Subnet`) }))),
        SecurityGroups: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ClusterSecurityGroup'), 'GroupId'] }],
      }],
    });
    expect(cluster.kafkaVpc?.node.path).toBe('S/Cluster/Vpc');
  });

  test('retained by default: the cluster and its security group', () => {
    t.hasResource('AWS::MSK::ServerlessCluster', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    t.hasResource('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: 'MSK Serverless cluster events (VPC 1)' }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('only port 9098 is opened, to the allowed peer; default port 9098', () => {
    const ingress = Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => [r.Properties.FromPort, r.Properties.ToPort]);
    expect(ingress).toEqual([[9098, 9098]]);
    expect(cluster.connections.defaultPort?.toString()).toBe('9098');
  });

  test('bootstrap brokers through the shared lookup, fixed id, SASL/IAM only', () => {
    const crs = t.findResources('Custom::MskBootstrapBrokers');
    expect(Object.keys(crs)).toHaveLength(1);
    const [id, cr] = Object.entries(crs)[0]!;
    expect(constructPaths(stack)[id]).toBe('Cluster/BootstrapBrokers/Resource/Default');
    const call = JSON.stringify(cr.Properties.Create);
    expect(call).toContain('"outputPaths\\":[\\"BootstrapBrokerStringSaslIam\\"]');
    expect(call).toContain(JSON.stringify({ 'Fn::GetAtt': [clusterId, 'Arn'] }));
  });

  test('grants use the same topic and group ARN format as provisioned clusters', () => {
    const policy = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^Client') }] } }))[0]!;
    const text = JSON.stringify(policy.Properties.PolicyDocument);
    for (const a of ['kafka-cluster:Connect', 'kafka-cluster:WriteData', 'kafka-cluster:WriteDataIdempotently', 'kafka-cluster:ReadData', 'kafka-cluster:AlterGroup']) {
      expect(text).toContain(a);
    }
    expect(text).toContain('":topic/"');
    expect(text).toContain('"/events"');
    expect(text).toContain('":group/"');
    expect(text).toContain('"/processor"');
  });
});

describe('MskServerlessCluster metrics', () => {
  const { cluster } = synth({ clusterName: 'events' });
  test('metric(name, { topic }): Cluster Name and Topic dimensions, from the plan descriptor', () => {
    const m = cluster.metric('BytesInPerSec', { topic: 'clicks', statistic: 'Sum' });
    expect({ namespace: m.namespace, metricName: m.metricName, dimensions: m.dimensions, statistic: m.statistic, period: m.period.toSeconds() })
      .toEqual({ ...mskMetricDescriptor('events', 'BytesInPerSec', { topic: 'clicks', statistic: 'Sum' }) });
    expect(cluster.metric('BytesInPerSec').dimensions).toEqual({ 'Cluster Name': 'events' });
  });
});

describe('MskServerlessCluster placement and removal', () => {
  test('one VPC config per VPC, a security group each, no KafkaVpc', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'S');
    const a = isolatedVpc(stack, 'A', ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    const b = isolatedVpc(stack, 'B', ['eu-west-1a', 'eu-west-1b']);
    const c = new MskServerlessCluster(stack, 'Cluster', { clusterName: 'multi', vpcConfigs: [{ vpc: a }, { vpc: b }] });
    const tt = Template.fromStack(stack);
    expect(c.kafkaVpc).toBeUndefined();
    expect(c.securityGroups.map((sg) => sg.node.path)).toEqual(['S/Cluster/SecurityGroup', 'S/Cluster/SecurityGroup2']);
    const configs = Object.values(tt.findResources('AWS::MSK::ServerlessCluster'))[0]!.Properties.VpcConfigs;
    expect(configs.map((cfg: { SubnetIds: unknown[] }) => cfg.SubnetIds.length)).toEqual([3, 2]);
  });

  test('removal destroy deletes the cluster and its security group', () => {
    const { t } = synth({ clusterName: 'scratch', removal: 'destroy' });
    t.hasResource('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: 'MSK Serverless cluster scratch (VPC 1)' }, DeletionPolicy: 'Delete' });
    t.hasResource('AWS::MSK::ServerlessCluster', { DeletionPolicy: 'Delete' });
  });
});

describe('MskServerlessCluster bad input', () => {
  test('SCRAM on Serverless -> msk/serverless-iam-only', () => {
    let error: unknown;
    try {
      synth({ clusterName: 'x', clientAuthentication: { scram: { users: ['a'] } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KafkaValidationError);
    expect((error as KafkaValidationError).codes).toEqual(['msk/serverless-iam-only']);
  });

  test('more than 5 VPC configs -> msk/serverless-vpc-configs', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'S');
    const vpcConfigs = [1, 2, 3, 4, 5, 6].map((i) => ({ vpc: isolatedVpc(stack, `V${i}`, ['eu-west-1a', 'eu-west-1b']) }));
    expect(() => new MskServerlessCluster(stack, 'Cluster', { clusterName: 'x', vpcConfigs })).toThrow(/msk\/serverless-vpc-configs/);
  });

  test('a VPC config in one AZ -> msk/serverless-subnets', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'S');
    const vpc = isolatedVpc(stack, 'V', ['eu-west-1a']);
    expect(() => new MskServerlessCluster(stack, 'Cluster', { clusterName: 'x', vpc })).toThrow(/msk\/serverless-subnets/);
  });

  test('vpc and vpcConfigs together are refused', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'S');
    const vpc = isolatedVpc(stack, 'V', ['eu-west-1a', 'eu-west-1b']);
    expect(() => new MskServerlessCluster(stack, 'Cluster', { clusterName: 'x', vpc, vpcConfigs: [{ vpc }] })).toThrow(/either `vpcConfigs` or `vpc`/);
  });
});
