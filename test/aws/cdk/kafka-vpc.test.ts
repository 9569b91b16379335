import { App, CfnResource, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { KafkaValidationError } from '../../../lib/core/issues';
import { KafkaVpc, type KafkaVpcProps } from '../../../lib/aws/cdk/kafka-vpc';
import { strictApp } from '../../support/cdk-examples';

const ENV = { account: '123456789012', region: 'eu-west-1' };
const AZ_CONTEXT = { [`availability-zones:account=${ENV.account}:region=${ENV.region}`]: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'] };

function synth(props: KafkaVpcProps = {}, stackProps: StackProps = {}, context: Record<string, unknown> = {}) {
  const app = new App({ builtinCloudFormationValidation: false, context });
  const stack = new Stack(app, 'Net', stackProps);
  const kvpc = new KafkaVpc(stack, 'Kafka', props);
  return { app, stack, kvpc, template: Template.fromStack(stack) };
}

const subnetsOf = (t: Template) => Object.values(t.findResources('AWS::EC2::Subnet')).map((r) => r.Properties as Record<string, unknown>);

describe('KafkaVpc (env-agnostic stack, defaults)', () => {
  const { kvpc, template: t } = synth();

  test('3 isolated broker subnets in 3 distinct AZs via Fn::GetAZs, with planned CIDRs', () => {
    const subnets = subnetsOf(t);
    expect(subnets).toHaveLength(3);
    expect(subnets.map((s) => s.AvailabilityZone)).toEqual([0, 1, 2].map((i) => ({ 'Fn::Select': [i, { 'Fn::GetAZs': '' }] })));
    expect(subnets.map((s) => s.CidrBlock)).toEqual(['10.0.0.0/22', '10.0.4.0/22', '10.0.8.0/22']);
    for (const s of subnets) {
      expect(s.MapPublicIpOnLaunch).toBe(false);
      expect(s.Tags).toEqual(expect.arrayContaining([{ Key: 'aws-cdk:subnet-type', Value: 'Isolated' }]));
    }
    expect(kvpc.availabilityZones).toHaveLength(3);
    expect(kvpc.vpc.selectSubnets(kvpc.brokerSubnets).subnets).toHaveLength(3);
    expect(kvpc.clientSubnets).toBeUndefined();
  });

  test('VPC with DNS, no internet gateway, NAT or default route', () => {
    t.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16', EnableDnsHostnames: true, EnableDnsSupport: true });
    t.resourceCountIs('AWS::EC2::InternetGateway', 0);
    t.resourceCountIs('AWS::EC2::NatGateway', 0);
    t.resourceCountIs('AWS::EC2::EIP', 0);
    t.resourceCountIs('AWS::EC2::Route', 0);
  });

  test('default security group is restricted', () => {
    t.resourceCountIs('Custom::VpcRestrictDefaultSG', 1);
  });

  test('ALL-traffic flow log to a KMS-encrypted, retained log group', () => {
    const groupId = Object.keys(t.findResources('AWS::Logs::LogGroup'))[0]!;
    const keyId = Object.keys(t.findResources('AWS::KMS::Key'))[0]!;
    t.hasResourceProperties('AWS::EC2::FlowLog', {
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
      LogGroupName: { Ref: groupId },
      MaxAggregationInterval: 600,
    });
    t.hasResource('AWS::Logs::LogGroup', {
      Properties: { KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] }, RetentionInDays: 365, LogGroupName: Match.stringLikeRegexp('^/kafka-iac/vpc-flow-logs/NetKafka') },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    t.hasResource('AWS::KMS::Key', { Properties: { EnableKeyRotation: true, PendingWindowInDays: 30 }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('key policy lets the regional logs principal use the key for this log group only', () => {
    const groupName = Object.values(t.findResources('AWS::Logs::LogGroup'))[0]!.Properties.LogGroupName as string;
    t.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          {
            Sid: 'AllowCloudWatchLogsForFlowLogGroup',
            Effect: 'Allow',
            Principal: { Service: { 'Fn::Join': ['', ['logs.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } },
            Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
            Condition: {
              ArnEquals: {
                'kms:EncryptionContext:aws:logs:arn': {
                  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:log-group:${groupName}`]],
                },
              },
            },
          },
        ]),
      },
    });
  });

  test('flow log role: confused-deputy conditions, writes to its log group only', () => {
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: { Service: 'vpc-flow-logs.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } }, ArnLike: { 'aws:SourceArn': Match.anyValue() } },
          }),
        ],
      },
    });
    const groupId = Object.keys(t.findResources('AWS::Logs::LogGroup'))[0]!;
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], Resource: { 'Fn::GetAtt': [groupId, 'Arn'] } },
        ],
      },
    });
  });

  test('S3 gateway endpoint and 6 interface endpoints with private DNS in the broker subnets', () => {
    t.resourceCountIs('AWS::EC2::VPCEndpoint', 7);
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Gateway',
      ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] },
    });
    const interfaces = Object.values(t.findResources('AWS::EC2::VPCEndpoint', { Properties: { VpcEndpointType: 'Interface' } }));
    expect(interfaces).toHaveLength(6);
    const brokerSubnetIds = Object.keys(t.findResources('AWS::EC2::Subnet')).map((id) => ({ Ref: id }));
    const sgId = Object.keys(t.findResources('AWS::EC2::SecurityGroup'))[0]!;
    for (const ep of interfaces) {
      expect(ep.Properties.PrivateDnsEnabled).toBe(true);
      expect(ep.Properties.SubnetIds).toEqual(brokerSubnetIds);
      expect(ep.Properties.SecurityGroupIds).toEqual([{ 'Fn::GetAtt': [sgId, 'GroupId'] }]);
    }
    const services = interfaces.map((ep) => JSON.stringify(ep.Properties.ServiceName).match(/\.([a-z.]+)"\]\]\}$/)![1]);
    expect(services).toEqual(['kms', 'logs', 'monitoring', 'secretsmanager', 'ssm', 'sts']);
  });

  test('endpoint security group: 443 from the VPC CIDR only, no egress', () => {
    t.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupIngress: [{ CidrIp: '10.0.0.0/16', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Description: 'HTTPS from the VPC CIDR' }],
      // CDK's marker for "no egress": an unmatchable ICMP rule.
      SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic' })],
    });
  });

  test('construct ids are a public contract', () => {
    expect(kvpc.node.children.map((c) => c.node.id)).toEqual([
      'Vpc',
      'FlowLogKey',
      'FlowLogGroup',
      'FlowLogRole',
      'FlowLog',
      'S3Endpoint',
      'EndpointSecurityGroup',
      'KmsEndpoint',
      'LogsEndpoint',
      'MonitoringEndpoint',
      'SecretsmanagerEndpoint',
      'SsmEndpoint',
      'StsEndpoint',
    ]);
    expect(kvpc.vpc.node.id).toBe('Vpc');
  });
});

describe('KafkaVpc (stack with account and region)', () => {
  test('3 distinct named AZs from the cached lookup', () => {
    const { kvpc, template } = synth({}, { env: ENV }, AZ_CONTEXT);
    expect(subnetsOf(template).map((s) => s.AvailabilityZone)).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(kvpc.availabilityZones).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logs.eu-west-1.amazonaws.com' } })]) },
    });
  });

  test('3 distinct AZs even without cached context (CDK dummy values)', () => {
    const zones = subnetsOf(synth({}, { env: ENV }).template).map((s) => s.AvailabilityZone);
    expect(new Set(zones).size).toBe(3);
  });

  test('a region with too few AZs fails with vpc/az-list-length', () => {
    const ctx = { [`availability-zones:account=${ENV.account}:region=${ENV.region}`]: ['eu-west-1a', 'eu-west-1b'] };
    expect(() => synth({}, { env: ENV }, ctx)).toThrow(KafkaValidationError);
    expect(() => synth({}, { env: ENV }, ctx)).toThrow(/\[vpc\/az-list-length\]/);
    expect(() => synth({ azCount: 2 }, { env: ENV }, ctx)).not.toThrow();
  });

  test('explicit availabilityZones are used as given', () => {
    const { template } = synth({ azCount: 2, availabilityZones: ['eu-west-1c', 'eu-west-1a'] }, { env: ENV }, AZ_CONTEXT);
    expect(subnetsOf(template).map((s) => s.AvailabilityZone)).toEqual(['eu-west-1c', 'eu-west-1a']);
  });
});

describe('KafkaVpc options', () => {
  test('privateEgress: public /28 subnets, IGW, one NAT per AZ, client subnets routed to their NAT', () => {
    const { kvpc, template: t } = synth({ privateEgress: true });
    t.resourceCountIs('AWS::EC2::InternetGateway', 1);
    t.resourceCountIs('AWS::EC2::NatGateway', 3);
    t.resourceCountIs('AWS::EC2::Subnet', 9);
    expect(subnetsOf(t).map((s) => s.CidrBlock)).toEqual(expect.arrayContaining(['10.0.12.0/22', '10.0.24.0/28', '10.0.24.32/28']));
    t.resourceCountIs('AWS::EC2::Route', 6);
    expect(kvpc.vpc.selectSubnets(kvpc.clientSubnets).subnets).toHaveLength(3);
    for (const s of subnetsOf(t)) expect(s.MapPublicIpOnLaunch).toBe(false);
  });

  test("removal 'destroy' deletes every resource of the network", () => {
    const { template: t } = synth({ removal: 'destroy', privateEgress: true });
    const all = Object.entries(t.toJSON().Resources as Record<string, { DeletionPolicy?: string }>);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter(([, r]) => r.DeletionPolicy === 'Retain').map(([id]) => id)).toEqual([]);
    t.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Delete' });
    t.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
  });

  test("removal 'retain' (default) keeps every resource of the network: VPC, subnets, route tables, gateways, endpoints", () => {
    const { template: t, stack, kvpc } = synth({ privateEgress: true });
    const all = Object.entries(t.toJSON().Resources as Record<string, { Type: string; DeletionPolicy?: string; UpdateReplacePolicy?: string }>);
    const ids = new Set(kvpc.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c)).map((c) => stack.getLogicalId(c)));
    // Only the stack-level provider of the default-security-group custom resource lives outside the KafkaVpc.
    expect(all.filter(([id]) => !ids.has(id)).map(([, r]) => r.Type).sort()).toEqual(['AWS::IAM::Role', 'AWS::Lambda::Function']);
    const inside = all.filter(([id]) => ids.has(id));
    expect(inside.filter(([, r]) => r.DeletionPolicy !== 'Retain' || r.UpdateReplacePolicy !== 'Retain').map(([id, r]) => `${id} ${r.Type}`)).toEqual([]);
    const types = new Set(inside.map(([, r]) => r.Type));
    for (const type of ['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::RouteTable', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::NatGateway', 'AWS::EC2::InternetGateway', 'AWS::EC2::VPCEndpoint', 'AWS::EC2::FlowLog']) {
      expect([type, types.has(type)]).toEqual([type, true]);
    }
  });

  test('retention, endpoints and 2 AZs', () => {
    const { template: t } = synth({ azCount: 2, flowLogRetentionDays: 3653, interfaceEndpoints: ['kafka', 'ecr.api'] });
    t.resourceCountIs('AWS::EC2::Subnet', 2);
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 3653 });
    t.resourceCountIs('AWS::EC2::VPCEndpoint', 3);
  });

  test('invalid props throw one KafkaValidationError listing every issue', () => {
    let err: KafkaValidationError | undefined;
    try {
      synth({ cidr: '10.0.0.0/12', flowLogRetentionDays: 2 });
    } catch (e) {
      err = e as KafkaValidationError;
    }
    expect(err?.codes).toEqual(['vpc/cidr-prefix', 'vpc/flow-log-retention']);
  });

  test('non-RFC 1918 range raises a warning with an id', () => {
    const { stack } = synth({ cidr: '100.64.0.0/16' });
    Annotations.fromStack(stack).hasWarning('/Net/Kafka', Match.stringLikeRegexp('outside the RFC 1918 private ranges'));
  });
});

describe('cdk-nag AwsSolutions', () => {
  test('zero findings, with no acknowledgement, for default and privateEgress VPCs', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    new KafkaVpc(new Stack(app, 'Agnostic'), 'Kafka');
    new KafkaVpc(new Stack(app, 'Egress', { env: ENV }), 'Kafka', { privateEgress: true, interfaceEndpoints: ['kafka', 'ecr.api', 'ecr.dkr'] });
    expect(() => app.synth()).not.toThrow();
    // aws-cdk-lib acknowledges some of its own CloudFormation-Validate rules; no AwsSolutions rule is acknowledged.
    const acknowledged = app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.keys(m.data as object));
    expect(acknowledged.filter((id) => id.includes('AwsSolutions'))).toEqual([]);
  });

  test('control: the plugin is active (a bare VPC fails with VPC7)', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    new ec2.Vpc(new Stack(app, 'Bare'), 'Vpc');
    const exitCode = process.exitCode;
    expect(() => app.synth()).toThrow(/AwsSolutions-VPC7/);
    process.exitCode = exitCode; // the plugin sets it on failure
  });
});

describe('built-in CloudFormation validation (strict)', () => {
  test('synthesizes with the validator on', () => {
    const app = strictApp();
    new KafkaVpc(new Stack(app, 'Strict'), 'Kafka', { privateEgress: true });
    expect(() => app.synth()).not.toThrow();
  });
});
