import * as pulumi from '@pulumi/pulumi';
import { KafkaValidationError } from '../../../lib/core/issues';
import { KafkaVpc, type KafkaVpcArgs } from '../../../lib/aws/pulumi/kafka-vpc';
import type { MockOverrides, RecordedResource } from '../../../lib/testing/pulumi';
import { named, recordRegistrations } from '../../support/pulumi-registrations';

/** Records resources with the shared recorder, and also the engine-side options it does not show. */
async function record(args: KafkaVpcArgs = {}, mocks?: MockOverrides) {
  const rec = await recordRegistrations(
    () => {
      const vpc = new KafkaVpc('kafka', args);
      return {
        vpcId: vpc.vpcId,
        vpcCidr: vpc.vpcCidr,
        brokerSubnetIds: vpc.brokerSubnetIds,
        clientSubnetIds: vpc.clientSubnetIds,
        availabilityZones: vpc.availabilityZones,
        endpointSecurityGroupId: vpc.endpointSecurityGroupId,
      };
    },
    { project: 'proj', stack: 'dev', mocks },
  );
  return { ...rec, byName: (name: string): RecordedResource => named(rec.resources, 'resource', name) };
}

const ENDPOINTS = ['kms', 'logs', 'monitoring', 'secretsmanager', 'ssm', 'sts'];

describe('KafkaVpc (Pulumi), defaults', () => {
  let r: Awaited<ReturnType<typeof record>>;
  const calls: pulumi.runtime.MockCallArgs[] = [];
  beforeAll(async () => {
    r = await record({}, { call: (a) => void calls.push(a) });
  });

  test('zones come from getAvailabilityZones({ state: "available" })', () => {
    const azCall = calls.find((c) => c.token === 'aws:index/getAvailabilityZones:getAvailabilityZones');
    expect(azCall?.inputs).toEqual({ state: 'available' });
  });

  test('exact child list', () => {
    const expected = [
      'kafka-iac:aws:KafkaVpc kafka',
      'aws:cloudwatch/logGroup:LogGroup kafka-flow-log-group',
      'aws:ec2/defaultSecurityGroup:DefaultSecurityGroup kafka-default-sg',
      'aws:ec2/flowLog:FlowLog kafka-flow-log',
      'aws:ec2/routeTable:RouteTable kafka-isolated-rt',
      ...[0, 1, 2].map((i) => `aws:ec2/routeTableAssociation:RouteTableAssociation kafka-subnet-${i}-rta`),
      'aws:ec2/securityGroup:SecurityGroup kafka-endpoint-sg',
      ...[0, 1, 2].map((i) => `aws:ec2/subnet:Subnet kafka-subnet-${i}`),
      'aws:ec2/vpc:Vpc kafka-vpc',
      ...ENDPOINTS.map((s) => `aws:ec2/vpcEndpoint:VpcEndpoint kafka-endpoint-${s}`),
      'aws:ec2/vpcEndpoint:VpcEndpoint kafka-s3-endpoint',
      'aws:iam/role:Role kafka-flow-log-role',
      'aws:iam/rolePolicy:RolePolicy kafka-flow-log-policy',
      'aws:kms/key:Key kafka-flow-log-key',
    ];
    expect(r.resources.map((x) => `${x.type} ${x.name}`).sort()).toEqual(expected.sort());
  });

  test('every child is parented to the component', () => {
    const componentUrn = 'urn:pulumi:dev::proj::kafka-iac:aws:KafkaVpc::kafka';
    expect(r.registrations).toHaveLength(r.resources.length);
    for (const reg of r.registrations.filter((x) => x.name !== 'kafka')) expect(reg.parent).toBe(componentUrn);
    expect(r.urns.filter((u) => u !== componentUrn).every((u) => u.startsWith('urn:pulumi:dev::proj::kafka-iac:aws:KafkaVpc$aws:'))).toBe(true);
  });

  test('retainOnDelete on every resource of the network (a retained cluster keeps its interfaces there); protect on the log group and key', () => {
    const custom = r.registrations.filter((x) => x.type !== 'kafka-iac:aws:KafkaVpc');
    expect(custom.length).toBeGreaterThan(10);
    expect(custom.filter((x) => !x.retainOnDelete).map((x) => x.name)).toEqual([]);
    expect(custom.filter((x) => x.protect).map((x) => x.name).sort()).toEqual(['kafka-flow-log-group', 'kafka-flow-log-key']);
  });

  test('VPC, default security group emptied, isolated subnets across 3 AZs', () => {
    expect(r.byName('kafka-vpc').inputs).toMatchObject({ cidrBlock: '10.0.0.0/16', enableDnsHostnames: true, enableDnsSupport: true });
    expect(r.byName('kafka-default-sg').inputs).toMatchObject({ vpcId: 'kafka-vpc-id', ingress: [], egress: [] });
    const subnets = [0, 1, 2].map((i) => r.byName(`kafka-subnet-${i}`).inputs);
    expect(subnets.map((s) => [s.cidrBlock, s.availabilityZone, s.mapPublicIpOnLaunch])).toEqual([
      ['10.0.0.0/22', 'us-east-1a', false],
      ['10.0.4.0/22', 'us-east-1b', false],
      ['10.0.8.0/22', 'us-east-1c', false],
    ]);
    expect(r.byName('kafka-isolated-rt').inputs.routes).toBeUndefined();
    expect(r.byName('kafka-subnet-1-rta').inputs).toEqual({ routeTableId: 'kafka-isolated-rt-id', subnetId: 'kafka-subnet-1-id' });
  });

  test('endpoints: S3 gateway on the isolated route table, interfaces with private DNS behind a 443-only group', () => {
    expect(r.byName('kafka-s3-endpoint').inputs).toMatchObject({
      serviceName: 'com.amazonaws.us-east-1.s3',
      vpcEndpointType: 'Gateway',
      routeTableIds: ['kafka-isolated-rt-id'],
    });
    for (const s of ENDPOINTS) {
      expect(r.byName(`kafka-endpoint-${s}`).inputs).toMatchObject({
        serviceName: `com.amazonaws.us-east-1.${s}`,
        vpcEndpointType: 'Interface',
        privateDnsEnabled: true,
        subnetIds: ['kafka-subnet-0-id', 'kafka-subnet-1-id', 'kafka-subnet-2-id'],
        securityGroupIds: ['kafka-endpoint-sg-id'],
      });
    }
    const sg = r.byName('kafka-endpoint-sg').inputs;
    expect(sg.ingress).toEqual([{ cidrBlocks: ['10.0.0.0/16'], description: 'HTTPS from the VPC CIDR', fromPort: 443, protocol: 'tcp', toPort: 443 }]);
    expect(sg.egress).toEqual([]);
  });

  test('KMS key: rotation, 30-day window, logs principal limited to this log group', () => {
    const key = r.byName('kafka-flow-log-key').inputs;
    expect(key).toMatchObject({ enableKeyRotation: true, deletionWindowInDays: 30 });
    const policy = JSON.parse(key.policy as string);
    expect(policy.Statement).toEqual([
      { Sid: 'EnableAccountAdministration', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' },
      {
        Sid: 'AllowCloudWatchLogsForFlowLogGroup',
        Effect: 'Allow',
        Principal: { Service: 'logs.us-east-1.amazonaws.com' },
        Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        Resource: '*',
        Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-east-1:123456789012:log-group:/kafka-iac/vpc-flow-logs/proj-dev-kafka' } },
      },
    ]);
  });

  test('flow log: ALL traffic to the encrypted group through a scoped role', () => {
    expect(r.byName('kafka-flow-log-group').inputs).toEqual({
      kmsKeyId: expect.stringMatching(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/),
      name: '/kafka-iac/vpc-flow-logs/proj-dev-kafka',
      retentionInDays: 365,
    });
    const groupArn = 'arn:aws:logs:us-east-1:123456789012:log-group:/kafka-iac/vpc-flow-logs/proj-dev-kafka';
    expect(r.byName('kafka-flow-log').inputs).toMatchObject({
      vpcId: 'kafka-vpc-id',
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: groupArn,
      iamRoleArn: 'arn:aws:iam::123456789012:role/kafka-flow-log-role',
      maxAggregationInterval: 600,
    });
    const assume = JSON.parse(r.byName('kafka-flow-log-role').inputs.assumeRolePolicy as string);
    expect(assume.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'vpc-flow-logs.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': '123456789012' },
          ArnLike: { 'aws:SourceArn': 'arn:aws:ec2:us-east-1:123456789012:vpc-flow-log/*' },
        },
      },
    ]);
    const policy = r.byName('kafka-flow-log-policy').inputs;
    expect(policy.role).toBe('kafka-flow-log-role-id');
    expect(JSON.parse(policy.policy as string).Statement).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], Resource: [groupArn, `${groupArn}:*`] },
    ]);
  });

  test('outputs', () => {
    expect(r.outputs).toEqual({
      vpcId: 'kafka-vpc-id',
      vpcCidr: '10.0.0.0/16',
      brokerSubnetIds: ['kafka-subnet-0-id', 'kafka-subnet-1-id', 'kafka-subnet-2-id'],
      clientSubnetIds: [],
      availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      endpointSecurityGroupId: 'kafka-endpoint-sg-id',
    });
  });
});

describe('KafkaVpc (Pulumi), options', () => {
  test('privateEgress: IGW, public /28 subnets, one NAT and client route table per AZ', async () => {
    const r = await record({ privateEgress: true });
    const names = r.resources.map((x) => x.name);
    for (const i of [0, 1, 2]) {
      expect(names).toEqual(expect.arrayContaining([`kafka-public-subnet-${i}`, `kafka-client-subnet-${i}`, `kafka-nat-${i}`, `kafka-nat-eip-${i}`, `kafka-client-rt-${i}`]));
      expect(r.byName(`kafka-client-rt-${i}`).inputs.routes).toEqual([{ cidrBlock: '0.0.0.0/0', natGatewayId: `kafka-nat-${i}-id` }]);
      expect(r.byName(`kafka-nat-${i}`).inputs).toMatchObject({ allocationId: `kafka-nat-eip-${i}-id`, subnetId: `kafka-public-subnet-${i}-id` });
      expect(r.byName(`kafka-public-subnet-${i}`).inputs.mapPublicIpOnLaunch).toBe(false);
    }
    expect(r.byName('kafka-public-subnet-2').inputs.cidrBlock).toBe('10.0.24.32/28');
    expect(r.byName('kafka-public-rt').inputs.routes).toEqual([{ cidrBlock: '0.0.0.0/0', gatewayId: 'kafka-igw-id' }]);
    expect(r.byName('kafka-s3-endpoint').inputs.routeTableIds).toEqual(['kafka-isolated-rt-id', 'kafka-client-rt-0-id', 'kafka-client-rt-1-id', 'kafka-client-rt-2-id']);
    expect(r.resources.filter((x) => x.type === 'aws:ec2/internetGateway:InternetGateway')).toHaveLength(1);
    // Brokers stay isolated.
    expect(r.byName('kafka-isolated-rt').inputs.routes).toBeUndefined();
    expect((r.outputs as { clientSubnetIds: string[] }).clientSubnetIds).toEqual(['kafka-client-subnet-0-id', 'kafka-client-subnet-1-id', 'kafka-client-subnet-2-id']);
  });

  test("removal 'destroy': nothing retained on delete", async () => {
    const r = await record({ removal: 'destroy' });
    expect(r.registrations.filter((x) => x.retainOnDelete)).toEqual([]);
    expect(r.registrations.filter((x) => x.protect)).toEqual([]);
  });

  test('explicit availability zones, 2 AZs, custom endpoints and retention', async () => {
    const r = await record({ azCount: 2, availabilityZones: ['us-east-1d', pulumi.output('us-east-1f')], interfaceEndpoints: ['ecr.api'], flowLogRetentionDays: 30 });
    expect([0, 1].map((i) => r.byName(`kafka-subnet-${i}`).inputs.availabilityZone)).toEqual(['us-east-1d', 'us-east-1f']);
    expect(r.resources.some((x) => x.name === 'kafka-subnet-2')).toBe(false);
    expect(r.byName('kafka-endpoint-ecr-api').inputs.serviceName).toBe('com.amazonaws.us-east-1.ecr.api');
    expect(r.byName('kafka-flow-log-group').inputs.retentionInDays).toBe(30);
    expect((r.outputs as { availabilityZones: string[] }).availabilityZones).toEqual(['us-east-1d', 'us-east-1f']);
  });

  test('invalid args throw one KafkaValidationError before any child is created', async () => {
    const err = await record({ availabilityZones: ['us-east-1a', 'us-east-1b'], cidr: '10.0.0.0/25' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KafkaValidationError);
    expect((err as KafkaValidationError).codes).toEqual(['vpc/cidr-prefix', 'vpc/az-list-length']);
  });
});
