/** MskCluster: adopted resources, connectivity after the first deploy, warnings and bad input. */
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { KafkaValidationError } from '../../../lib/core/issues';
import { kafkaResourceArn, MskCluster, type MskClusterProps } from '../../../lib/msk/cdk';

function synth(props: MskClusterProps, extra?: (stack: Stack, cluster: MskCluster) => void) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const cluster = new MskCluster(stack, 'Cluster', props);
  extra?.(stack, cluster);
  return { stack, cluster, t: Template.fromStack(stack) };
}


describe('MskCluster, adopting a VPC, security groups and a key', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const vpc = new ec2.Vpc(stack, 'Vpc', { availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], natGateways: 0, subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc, allowAllOutbound: false });
  const key = kms.Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555');
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'standard', clusterName: 'adopted', vpc, securityGroups: [sg], encryptionKey: key });
  const t = Template.fromStack(stack);

  test('uses them and creates no VPC, security group or key of its own', () => {
    expect(cluster.kafkaVpc).toBeUndefined();
    expect(cluster.securityGroup).toBe(sg);
    t.resourceCountIs('AWS::EC2::VPC', 1);
    t.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    t.resourceCountIs('AWS::KMS::Key', 0);
    t.hasResourceProperties('AWS::MSK::Cluster', {
      EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: key.keyArn } },
      BrokerNodeGroupInfo: { SecurityGroups: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^Sg'), 'GroupId'] }] },
    });
    t.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: key.keyArn });
  });
});

describe('MskCluster, connectivity after the first deploy', () => {
  test('public access is sent explicitly as DISABLED once the cluster exists, and not at creation', () => {
    const later = synth({ kind: 'standard', clusterName: 'c', connectivity: { clusterAlreadyDeployed: true } }).t;
    later.hasResourceProperties('AWS::MSK::Cluster', { BrokerNodeGroupInfo: { ConnectivityInfo: { PublicAccess: { Type: 'DISABLED' }, VpcConnectivity: Match.absent() } } });
    const first = synth({ kind: 'standard', clusterName: 'c' }).t;
    first.hasResourceProperties('AWS::MSK::Cluster', { BrokerNodeGroupInfo: { ConnectivityInfo: Match.absent() } });
  });

  test('multi-VPC connectivity is turned off by sending every mode disabled', () => {
    const { t } = synth({ kind: 'standard', clusterName: 'c', connectivity: { multiVpc: { iam: false, scram: false, tls: false }, clusterAlreadyDeployed: true } });
    t.hasResourceProperties('AWS::MSK::Cluster', { BrokerNodeGroupInfo: { ConnectivityInfo: { VpcConnectivity: {
      ClientAuthentication: { Sasl: { Iam: { Enabled: false }, Scram: { Enabled: false } }, Tls: { Enabled: false } },
    } } } });
  });
});

describe('MskCluster, warnings and bad input', () => {
  test('plan warnings become CDK warnings with their code', () => {
    const { stack } = synth({
      kind: 'standard', clusterName: 'open', clientAuthentication: { iam: true, unauthenticated: true, allowUnauthenticated: true },
    });
    Annotations.fromStack(stack).hasWarning('/S/Cluster', Match.stringLikeRegexp('Unauthenticated access is on'));
  });

  test('publicAccessCidrs without public access is a plan error (msk/public-access-cidrs-unused), not a face warning', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    let error: unknown;
    try {
      new MskCluster(new Stack(app, 'S'), 'Cluster', { kind: 'express', clusterName: 'private', connectivity: { publicAccessCidrs: ['203.0.113.0/24'] } });
    } catch (e) {
      error = e;
    }
    expect((error as KafkaValidationError).codes).toEqual(['msk/public-access-cidrs-unused']);
  });

  test('public access without ranges: the plan warning becomes a CDK warning; no public ingress', () => {
    const { stack, t } = synth({ kind: 'standard', clusterName: 'pub', connectivity: { publicAccess: true, clusterAlreadyDeployed: true } });
    Annotations.fromStack(stack).hasWarning('/S/Cluster', Match.stringLikeRegexp('publicAccessCidrs` is empty'));
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    expect(JSON.stringify(t.findResources('AWS::EC2::SecurityGroup'))).not.toContain('9198');
  });

  test('Express on subnets covering 2 AZs -> msk/subnets-too-few-azs', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'S');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    let error: unknown;
    try {
      new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', vpc });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KafkaValidationError);
    expect((error as KafkaValidationError).codes).toEqual(['msk/subnets-too-few-azs']);
    expect((error as Error).message).toMatch(/`vpcSubnets` must cover 3 AZs/);
  });

  test('every plan error is reported at once', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    let error: unknown;
    try {
      new MskCluster(new Stack(app, 'S'), 'Cluster', { kind: 'express', clusterName: 'orders', azCount: 2, storage: { volumeSizeGiB: 100 } });
    } catch (e) {
      error = e;
    }
    expect((error as KafkaValidationError).codes).toEqual(expect.arrayContaining(['msk/express-needs-3-azs', 'msk/express-no-storage']));
    expect((error as Error).message).toMatch(/^MskCluster 'S\/Cluster'/);
  });

  test('more than 5 security groups -> msk/security-groups', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'S');
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }], availabilityZones: ['a1', 'a2', 'a3'] });
    const sgs = [1, 2, 3, 4, 5, 6].map((i) => new ec2.SecurityGroup(stack, `Sg${i}`, { vpc }));
    expect(() => new MskCluster(stack, 'Cluster', { kind: 'standard', clusterName: 'x', vpc, securityGroups: sgs })).toThrow(/msk\/security-groups/);
  });

  test('grants validate their names', () => {
    const { cluster } = synth({ kind: 'express', clusterName: 'orders' });
    const role = new iam.Role(cluster, 'R', { assumedBy: new iam.AccountRootPrincipal() });
    expect(() => cluster.grantRead(role, { topics: ['orders'], groups: [] })).toThrow(KafkaValidationError);
    expect(() => cluster.grantRead(role, { topics: ['orders'], groups: [] })).toThrow(/`groups` must list the consumer groups/);
    expect(() => cluster.grantWrite(role, { topics: ['bad topic'] })).toThrow(/must be a Kafka name/);
    expect(() => cluster.grantWrite(role, { topics: [] })).toThrow(/`topics` must list at least one topic/);
    try {
      cluster.grantRead(role, { topics: [], groups: [] });
    } catch (e) {
      expect((e as KafkaValidationError).codes).toEqual(['msk/grant-topics', 'msk/grant-groups']);
    }
  });

  test('allowFrom an audience without ports throws', () => {
    const { cluster } = synth({ kind: 'express', clusterName: 'orders' });
    const peer = new ec2.SecurityGroup(cluster, 'P', { vpc: cluster.vpc });
    expect(() => cluster.allowFrom(peer, 'monitoring')).toThrow(/has no monitoring ports/);
  });
});

describe('kafkaResourceArn', () => {
  test('plain ARNs are rewritten directly', () => {
    const arn = 'arn:aws:kafka:eu-west-1:123456789012:cluster/orders/abcd-1234-5';
    expect(kafkaResourceArn(arn, 'topic', 'orders')).toBe('arn:aws:kafka:eu-west-1:123456789012:topic/orders/abcd-1234-5/orders');
    expect(kafkaResourceArn(arn, 'group', 'app-*')).toBe('arn:aws:kafka:eu-west-1:123456789012:group/orders/abcd-1234-5/app-*');
    expect(kafkaResourceArn(arn, 'cluster', '')).toBe(arn);
  });
});
