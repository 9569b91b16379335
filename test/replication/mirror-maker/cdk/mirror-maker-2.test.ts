/**
 * `MirrorMaker2` (CDK) over imported clusters with literal ARNs, so every IAM resource is checked exactly: IMDSv2, the
 * encrypted root volume, the security group (no inbound but internal REST from itself, no allow-all outbound), the
 * role's exact actions and resources, no secret in the template or user data, group sizes, alarms and warnings.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sns from 'aws-cdk-lib/aws-sns';
import { KafkaValidationError } from '../../../../lib/core/issues';
import { MirrorMaker2, MirrorMakerClusters, type MirrorMaker2Props } from '../../../../lib/replication/mirror-maker/cdk';
import { AL2023_AMI_PARAMETER } from '../../../../lib/aws/ec2-node/defaults';
import { allStrings, literalText, resourcesOf, secretFindings, type TemplateJson } from '../../../self-managed-ec2/cdk/support';
import { ACCOUNT, ARTIFACTS, CA_PARAMETER, KNOWN_SECRET_VALUES, SOURCE, SOURCE_KEY_ARN, SOURCE_SECRET_ARN, SPEC, TARGET, TARGET_CLUSTER_ARN, TARGET_REGION } from './fixtures';

function build(overrides: Partial<MirrorMaker2Props> = {}, region = TARGET_REGION, withTopic = true) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Dr', { env: { account: ACCOUNT, region } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    availabilityZones: [`${region}a`, `${region}b`], natGateways: 1,
    subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }, { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }],
  });
  const topic = withTopic ? new sns.Topic(stack, 'Alarms') : undefined;
  const mm2 = new MirrorMaker2(stack, 'MirrorMaker', {
    ...SPEC, clusters: [MirrorMakerClusters.imported(SOURCE), MirrorMakerClusters.imported(TARGET)], vpc, alarmTopic: topic, ...overrides,
  });
  return { app, stack, mm2, vpc };
}

const main = build();
const template = Template.fromStack(main.stack);
const json = template.toJSON() as TemplateJson;
const lt = resourcesOf(json, 'AWS::EC2::LaunchTemplate');
const userData = literalText(lt[0]![1].Properties.LaunchTemplateData.UserData);
const policy = resourcesOf(json, 'AWS::IAM::Role')
  .flatMap(([, r]) => (r.Properties.Policies ?? []) as { PolicyDocument: { Statement: Record<string, unknown>[] } }[])
  .flatMap((p) => p.PolicyDocument.Statement);
/** An ARN in the stack's partition, as CDK writes it. */
const arn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
const statement = (sid: string) => policy.find((s) => s.Sid === sid) ?? (() => { throw new Error(`no statement ${sid}`); })();

describe('nodes', () => {
  test('one launch template: AL2023 by architecture from SSM, IMDSv2 only with hop limit 1, encrypted gp3 root volume', () => {
    expect(lt).toHaveLength(1);
    template.hasResourceProperties('AWS::EC2::LaunchTemplate', {
      LaunchTemplateData: Match.objectLike({
        InstanceType: 'm7g.large',
        MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1 },
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeType: 'gp3', VolumeSize: 30, DeleteOnTermination: true } }],
      }),
    });
    const params = Object.values(json.Parameters ?? {}) as { Default?: string }[];
    expect(params.map((p) => p.Default)).toContain(AL2023_AMI_PARAMETER.arm64);
  });

  test('x86_64 instance types get the x86_64 AMI', () => {
    const x86 = build({ instanceType: 'm7i.large' });
    const defaults = Object.values(Template.fromStack(x86.stack).toJSON().Parameters ?? {}).map((p) => (p as { Default?: string }).Default);
    expect(defaults).toContain(AL2023_AMI_PARAMETER.x86_64);
    expect(defaults).not.toContain(AL2023_AMI_PARAMETER.arm64);
  });

  test('Auto Scaling group: min = max = desired = nodes, rolling update one node at a time, group metrics, private subnets in 2 AZs', () => {
    template.resourceCountIs('AWS::AutoScaling::AutoScalingGroup', 1);
    template.hasResource('AWS::AutoScaling::AutoScalingGroup', {
      Properties: Match.objectLike({
        MinSize: '3', MaxSize: '3', DesiredCapacity: '3', MetricsCollection: [{ Granularity: '1Minute' }],
        VPCZoneIdentifier: main.vpc.privateSubnets.map((s) => main.stack.resolve(s.subnetId)),
      }),
      UpdatePolicy: { AutoScalingRollingUpdate: Match.objectLike({ MaxBatchSize: 1, MinInstancesInService: 2, PauseTime: 'PT5M' }) },
    });
  });

  test('subnets in a single AZ are refused', () => {
    expect(() => build({ vpcSubnets: { availabilityZones: [`${TARGET_REGION}a`], subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }))
      .toThrow(/\[mirror-maker\/subnets-one-az\] `vpcSubnets` must select subnets in at least 2 AZs, got: "eu-central-1a"/);
  });
});

describe('security group', () => {
  test('no allow-all egress: HTTPS and the clusters\' ports only; no inbound rule but internal REST from itself', () => {
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    const [sgId, sg] = resourcesOf(json, 'AWS::EC2::SecurityGroup')[0]!;
    const egress = (sg.Properties.SecurityGroupEgress as Record<string, unknown>[]).map((r) => `${r.CidrIp} ${r.FromPort}-${r.ToPort}`).sort();
    expect(egress).toEqual(['0.0.0.0/0 443-443', '0.0.0.0/0 9096-9096', '0.0.0.0/0 9098-9098']);
    expect(sg.Properties.SecurityGroupIngress).toBeUndefined();
    const ingress = resourcesOf(json, 'AWS::EC2::SecurityGroupIngress');
    expect(ingress).toHaveLength(1);
    expect(ingress[0]![1].Properties).toMatchObject({ FromPort: 8083, ToPort: 8083, IpProtocol: 'tcp', SourceSecurityGroupId: { 'Fn::GetAtt': [sgId, 'GroupId'] } });
    expect(allStrings(json).filter((s) => s === '::/0')).toEqual([]);
  });

  test('a single node has no internal REST rule at all', () => {
    const one = Template.fromStack(build({ nodes: 1 }).stack);
    one.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
  });
});

describe('instance role: least privilege', () => {
  test('kafka-cluster actions on the target with exact ARNs (lib/aws/msk-iam-access.ts resourceArn)', () => {
    const plan = main.mm2.plan;
    expect(plan.iamGrants.map((g) => g.clusterArn)).toEqual([TARGET_CLUSTER_ARN]);
    const prefix = `arn:aws:kafka:${TARGET_REGION}:${ACCOUNT}`;
    const kafka = policy.filter((s) => String(s.Sid).startsWith('Kafka'));
    expect(kafka.length).toBeGreaterThan(0);
    for (const s of kafka) {
      for (const a of s.Action as string[]) expect(a).toMatch(/^kafka-cluster:[A-Za-z]+$/);
      for (const r of [s.Resource].flat() as string[]) {
        expect(r === TARGET_CLUSTER_ARN || r.startsWith(`${prefix}:topic/orders-dr/0a1b2c3d-1111-2222-3333-444455556666-2/`)
          || r.startsWith(`${prefix}:group/orders-dr/0a1b2c3d-1111-2222-3333-444455556666-2/`)
          || r.startsWith(`${prefix}:transactional-id/orders-dr/0a1b2c3d-1111-2222-3333-444455556666-2/`)).toBe(true);
      }
    }
    expect(statement('KafkaDr1')).toMatchObject({ Resource: TARGET_CLUSTER_ARN });
    // The SCRAM source gets no IAM statement at all.
    expect(JSON.stringify(kafka)).not.toContain(':kafka:eu-west-1:');
  });

  test('credentials: GetSecretValue on exactly the source secret; kms:Decrypt on its key through Secrets Manager in its region', () => {
    expect(statement('ReadCredentials')).toEqual({ Sid: 'ReadCredentials', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: SOURCE_SECRET_ARN });
    expect(statement('DecryptCredentials1')).toEqual({
      Sid: 'DecryptCredentials1', Effect: 'Allow', Action: 'kms:Decrypt', Resource: SOURCE_KEY_ARN,
      Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } },
    });
  });

  test('CA certificate parameter in the source region; S3 artifacts by key; metrics only in the kafka-iac namespace', () => {
    expect(statement('ReadCaCertificates')).toMatchObject({ Action: 'ssm:GetParameter', Resource: arn(`:ssm:eu-west-1:${ACCOUNT}:parameter${CA_PARAMETER}`) });
    expect(statement('ReadArtifacts')).toMatchObject({
      Action: 's3:GetObject',
      Resource: [
        arn(`:s3:::${ARTIFACTS}/jmx/jmx_prometheus_javaagent-1.0.1.jar`),
        arn(`:s3:::${ARTIFACTS}/kafka/kafka_2.13-3.9.1.tgz`),
        arn(`:s3:::${ARTIFACTS}/msk-iam-auth/aws-msk-iam-auth-2.3.2-all.jar`),
      ],
    });
    expect(statement('PublishMetrics')).toEqual({
      Sid: 'PublishMetrics', Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*',
      Condition: { StringEquals: { 'cloudwatch:namespace': 'KafkaIac/MirrorMaker' } },
    });
  });

  test('no managed policy, no wildcard action, Resource * only for actions without resource-level permissions', () => {
    const [[, role]] = resourcesOf(json, 'AWS::IAM::Role');
    expect(role!.Properties.ManagedPolicyArns).toBeUndefined();
    for (const s of policy) for (const a of [s.Action].flat() as string[]) expect(a).not.toContain('*');
    expect(policy.filter((s) => s.Resource === '*').map((s) => s.Sid).sort()).toEqual(['PublishMetrics', 'SsmAgent']);
    expect(policy.map((s) => s.Sid)).toEqual(expect.arrayContaining(['ReadCredentials', 'ReadCaCertificates', 'ReadArtifacts', 'SsmAgent']));
  });
});

describe('secrets', () => {
  test('no known secret value in the template; the user data names secrets, never holds them', () => {
    const all = JSON.stringify(json);
    for (const v of KNOWN_SECRET_VALUES) expect(all).not.toContain(v);
    expect(secretFindings(json)).toEqual([]);
    expect(userData).not.toMatch(/password\s*=\s*"[^"$]/i);
    expect(userData).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(userData).not.toMatch(/AKIA[0-9A-Z]{16}/);
    expect(userData).toContain(SOURCE_SECRET_ARN);
  });
});

describe('alarms and warnings', () => {
  test('one alarm per planned alarm, notifying the topic on ALARM and OK', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', main.mm2.plan.alarms.length);
    expect(Object.keys(main.mm2.alarms).sort()).toEqual(main.mm2.plan.alarms.map((a) => a.id).sort());
    const topicRef = { Ref: main.stack.getLogicalId(main.stack.node.findChild('Alarms').node.defaultChild as never) };
    for (const [, a] of resourcesOf(json, 'AWS::CloudWatch::Alarm')) {
      expect(a.Properties.AlarmActions).toEqual([topicRef]);
      expect(a.Properties.OKActions).toEqual([topicRef]);
    }
    expect(JSON.stringify(resourcesOf(json, 'AWS::CloudWatch::Alarm'))).toContain('mirror_maker_up');
    expect(JSON.stringify(resourcesOf(json, 'AWS::CloudWatch::Alarm'))).toContain('mirror_maker_replication_latency_ms');
  });

  test('plan warnings become annotations with their code; without a topic the group is acknowledged for AS3', () => {
    const single = build({ nodes: 1 }, TARGET_REGION, false);
    Annotations.fromStack(single.stack).hasWarning('/Dr/MirrorMaker', Match.stringLikeRegexp('One MirrorMaker 2 node'));
    const t = Template.fromStack(single.stack);
    t.hasResourceProperties('AWS::AutoScaling::AutoScalingGroup', { MinSize: '1', MaxSize: '1', NotificationConfigurations: Match.absent() });
  });
});

test('placement: a deployment away from the target cluster fails with the plan\'s error', () => {
  let err: unknown;
  try {
    build({}, 'eu-west-1');
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(KafkaValidationError);
  expect((err as KafkaValidationError).issues.map((i) => i.code)).toContain('mirror-maker/placed-by-source');
});

test('env-agnostic stacks defer the placement check (region is a token) and still synthesize', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Agnostic');
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-1', availabilityZones: ['a', 'b'], privateSubnetIds: ['subnet-1', 'subnet-2'],
  });
  const mm2 = new MirrorMaker2(stack, 'MirrorMaker', { ...SPEC, clusters: [MirrorMakerClusters.imported(SOURCE), MirrorMakerClusters.imported(TARGET)], vpc });
  expect(mm2.plan.region).toBe(stack.region);
  expect(() => Template.fromStack(stack)).not.toThrow();
});


describe('cluster adapters: bad input is a KafkaValidationError with a code', () => {
  const stack = new Stack(new App(), 'Adapters', { env: { account: ACCOUNT, region: TARGET_REGION } });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const errorOf = (fn: () => unknown) => {
    try { fn(); } catch (e) { return e as KafkaValidationError; }
    throw new Error('no error');
  };
  test('MSK Serverless with SCRAM', async () => {
    const { MskServerlessCluster } = await import('../../../../lib/msk/cdk');
    const serverless = new MskServerlessCluster(stack, 'Serverless', { clusterName: 'events', vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    const secret = new (await import('aws-cdk-lib/aws-secretsmanager')).Secret(stack, 'Secret');
    const e = errorOf(() => MirrorMakerClusters.fromMskCluster(serverless, { alias: 'events', auth: { scram: secret } }));
    expect(e).toBeInstanceOf(KafkaValidationError);
    expect(e.codes).toEqual(['mirror-maker/serverless-iam-only']);
    expect(e.message).toMatch(/`auth` must be 'iam' for MSK Serverless cluster 'Adapters\/Serverless', got: "scram"\. MSK Serverless offers IAM access control only\./);
  });
});
