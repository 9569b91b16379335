import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { KafkaValidationError } from '../../../../lib/core/issues';
import { MskCluster, MskServerlessCluster } from '../../../../lib/msk/cdk';
import { MskReplicator, type MskReplicatorProps } from '../../../../lib/replication/msk-replicator/cdk';
import { constructPaths } from '../../../../lib/testing/cdk';

const app = () => new App({ builtinCloudFormationValidation: false });
const region = (name: string) => ({ env: { region: name }, crossRegionReferences: true });
const idOf = (t: Template, type: string, props: object = {}) => {
  const ids = Object.keys(t.findResources(type, { Properties: props }));
  expect(ids).toHaveLength(1);
  return ids[0]!;
};
const codesOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof KafkaValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a KafkaValidationError');
};

describe('same Region: Standard source and Express target in one stack', () => {
  const a = app();
  const stack = new Stack(a, 'Dr', region('eu-west-1'));
  const source = new MskCluster(stack, 'Source', { kind: 'standard', clusterName: 'orders-a', brokerNodes: 3 });
  const target = new MskCluster(stack, 'Target', { kind: 'express', clusterName: 'orders-b' });
  const replicator = new MskReplicator(stack, 'Replicator', {
    replicatorName: 'orders-a-to-b', source, target, topics: { include: ['orders\\..*'] }, consumerGroups: { include: ['billing-.*'] },
  });
  const t = Template.fromStack(stack);
  const sourceId = idOf(t, 'AWS::MSK::Cluster', { ClusterName: 'orders-a' });
  const targetId = idOf(t, 'AWS::MSK::Cluster', { ClusterName: 'orders-b' });
  const roleId = idOf(t, 'AWS::IAM::Role', { AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'kafka.amazonaws.com' } })] } });
  const sgId = idOf(t, 'AWS::EC2::SecurityGroup', { GroupDescription: 'MSK Replicator orders-a-to-b (target side)' });
  const sourceSgId = idOf(t, 'AWS::EC2::SecurityGroup', { GroupDescription: 'MSK Replicator orders-a-to-b (source side)' });

  test('one replicator, exactly two Kafka clusters (source first) and one replication flow between them', () => {
    t.resourceCountIs('AWS::MSK::Replicator', 1);
    t.hasResourceProperties('AWS::MSK::Replicator', {
      ReplicatorName: 'orders-a-to-b',
      Description: 'kafka-iac replicator orders-a -> orders-b',
      ServiceExecutionRoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] },
      KafkaClusters: [
        { AmazonMskCluster: { MskClusterArn: { 'Fn::GetAtt': [sourceId, 'Arn'] } }, VpcConfig: { SubnetIds: Match.anyValue(), SecurityGroupIds: [{ 'Fn::GetAtt': [sourceSgId, 'GroupId'] }] } },
        { AmazonMskCluster: { MskClusterArn: { 'Fn::GetAtt': [targetId, 'Arn'] } }, VpcConfig: { SubnetIds: Match.anyValue(), SecurityGroupIds: [{ 'Fn::GetAtt': [sgId, 'GroupId'] }] } },
      ],
      ReplicationInfoList: [{
        SourceKafkaClusterArn: { 'Fn::GetAtt': [sourceId, 'Arn'] },
        TargetKafkaClusterArn: { 'Fn::GetAtt': [targetId, 'Arn'] },
        TargetCompressionType: 'NONE',
        TopicReplication: {
          TopicsToReplicate: ['orders\\..*'], TopicsToExclude: ['.*[\\-\\.]internal', '.*\\.replica', '__.*'],
          TopicNameConfiguration: { Type: 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS' }, StartingPosition: { Type: 'EARLIEST' },
          CopyTopicConfigurations: true, CopyAccessControlListsForTopics: true, DetectAndCopyNewTopics: true,
        },
        ConsumerGroupReplication: {
          ConsumerGroupsToReplicate: ['billing-.*'], ConsumerGroupsToExclude: ['console-consumer-.*', 'connect-.*', '__.*'],
          SynchroniseConsumerGroupOffsets: true, DetectAndCopyNewConsumerGroups: true, ConsumerGroupOffsetSyncMode: 'LEGACY',
        },
      }],
    });
  });

  test('both clusters have IAM access control on', () => {
    for (const name of ['orders-a', 'orders-b']) {
      t.hasResourceProperties('AWS::MSK::Cluster', { ClusterName: name, ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } });
    }
  });

  test('execution role: only kafka.amazonaws.com, one inline policy, exact actions on the two clusters only', () => {
    const role = t.findResources('AWS::IAM::Role')[roleId]!;
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' } }]);
    const statements = role.Properties.Policies[0].PolicyDocument.Statement as { Sid: string; Action: string[]; Resource: unknown }[];
    expect(statements.map((s) => s.Sid)).toEqual(['SourceCluster', 'TargetCluster', 'SourceInternalTopics', 'SourceDataTopics', 'TargetInternalTopics', 'TargetDataTopics', 'SourceGroups', 'TargetGroups']);
    expect(statements[0]).toEqual({ Sid: 'SourceCluster', Effect: 'Allow', Action: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'], Resource: { 'Fn::GetAtt': [sourceId, 'Arn'] } });
    expect(statements[1]!.Resource).toEqual({ 'Fn::GetAtt': [targetId, 'Arn'] });
    expect(statements[1]!.Action).toContain('kafka-cluster:AlterCluster');
    const rendered = JSON.stringify(statements);
    expect(rendered).not.toMatch(/kafka-cluster:\*|"Resource":"\*"/);
    // Topic and group ARNs are split out of each cluster's own ARN.
    const dataTopics = statements.find((s) => s.Sid === 'TargetDataTopics')!;
    expect(JSON.stringify(dataTopics.Resource)).toContain(`"Fn::GetAtt":["${targetId}","Arn"]`);
    expect(JSON.stringify(dataTopics.Resource)).toContain('"/*.orders.*"');
    expect(JSON.stringify(statements.find((s) => s.Sid === 'SourceGroups')!.Resource)).toContain('"/billing-*"');
  });

  test('port 9098 only: replicator groups egress to the clusters, clusters admit the replicator', () => {
    const sourceClusterSg = idOf(t, 'AWS::EC2::SecurityGroup', { GroupDescription: 'MSK cluster orders-a brokers' });
    const targetClusterSg = idOf(t, 'AWS::EC2::SecurityGroup', { GroupDescription: 'MSK cluster orders-b brokers' });
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp', FromPort: 9098, ToPort: 9098, GroupId: { 'Fn::GetAtt': [targetClusterSg, 'GroupId'] }, SourceSecurityGroupId: { 'Fn::GetAtt': [sgId, 'GroupId'] },
    });
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp', FromPort: 9098, ToPort: 9098, GroupId: { 'Fn::GetAtt': [sourceClusterSg, 'GroupId'] }, SourceSecurityGroupId: { 'Fn::GetAtt': [sourceSgId, 'GroupId'] },
    });
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { GroupId: { 'Fn::GetAtt': [sgId, 'GroupId'] }, FromPort: 9098, ToPort: 9098, DestinationSecurityGroupId: { 'Fn::GetAtt': [targetClusterSg, 'GroupId'] } });
    for (const id of [sgId, sourceSgId]) {
      t.hasResourceProperties('AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('MSK Replicator'), SecurityGroupEgress: Match.absent() });
      expect(t.findResources('AWS::EC2::SecurityGroup')[id]!.Properties.SecurityGroupEgress).toBeUndefined();
    }
    const ports = Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties.FromPort);
    expect(new Set(ports)).toEqual(new Set([9098]));
  });

  test('the replicator waits for its security groups (referenced) and their rules (DependsOn), never a redundant DependsOn', () => {
    const replicator = Object.values(t.findResources('AWS::MSK::Replicator'))[0]!;
    const deps = replicator.DependsOn as string[];
    const groupIds = JSON.stringify(replicator.Properties.KafkaClusters);
    for (const id of [sgId, sourceSgId]) expect(groupIds).toContain(JSON.stringify({ 'Fn::GetAtt': [id, 'GroupId'] }));
    // The groups are ordered by their GroupId references; a DependsOn on them too is what cfn-lint W3005 reports.
    expect(deps).not.toContain(sgId);
    expect(deps).not.toContain(sourceSgId);
    const egress = Object.entries(t.findResources('AWS::EC2::SecurityGroupEgress'))
      .filter(([, r]) => [sgId, sourceSgId].includes((r.Properties.GroupId as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!)).map(([id]) => id);
    expect(egress).toHaveLength(2);
    expect(deps).toEqual(expect.arrayContaining(egress));
    expect(deps.some((d) => d.includes('from'))).toBe(true);
  });

  test('alarms on ReplicationLatency and MessageLag in AWS/Kafka by ReplicatorName', () => {
    for (const metric of ['ReplicationLatency', 'MessageLag']) {
      t.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Kafka', MetricName: metric, Dimensions: [{ Name: 'ReplicatorName', Value: 'orders-a-to-b' }], Statistic: 'Maximum',
        ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 5, DatapointsToAlarm: 5, Period: 60,
      });
    }
    expect(Object.keys(replicator.alarms)).toEqual(['ReplicationLatencyAlarm', 'MessageLagAlarm']);
  });

  test('stable ids', () => {
    const paths = Object.values(constructPaths(stack)).filter((p) => p.startsWith('Replicator/'));
    expect(paths.sort()).toEqual([
      'Replicator/ExecutionRole/Resource', 'Replicator/MessageLagAlarm/Resource', 'Replicator/ReplicationLatencyAlarm/Resource', 'Replicator/Resource',
      'Replicator/SecurityGroup/Resource', 'Replicator/SecurityGroup/to DrTargetSecurityGroup7C41E0AF:9098',
      'Replicator/SourceSecurityGroup/Resource', 'Replicator/SourceSecurityGroup/to DrSourceSecurityGroup4AFC04F5:9098',
    ]);
  });

  test('metric and grant helpers', () => {
    const other = new Stack(app(), 'Other', region('eu-west-1'));
    const r = new MskReplicator(other, 'Replicator', {
      replicatorName: 'x', source: new MskCluster(other, 'A', { kind: 'express', clusterName: 'a' }), target: new MskCluster(other, 'B', { kind: 'express', clusterName: 'b' }),
    });
    const m = replicator.metricReplicationLatency();
    expect([m.namespace, m.metricName, m.dimensions, m.statistic]).toEqual(['AWS/Kafka', 'ReplicationLatency', { ReplicatorName: 'orders-a-to-b' }, 'Maximum']);
    expect(replicator.metricMessageLag().metricName).toBe('MessageLag');
    const reader = new iam.Role(other, 'Ops', { assumedBy: new iam.AccountRootPrincipal() });
    r.grant(reader, 'kafka:DescribeReplicator');
    const ot = Template.fromStack(other);
    ot.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kafka:DescribeReplicator', Effect: 'Allow', Resource: { 'Fn::GetAtt': [idOf(ot, 'AWS::MSK::Replicator'), 'ReplicatorArn'] } }] },
    });
  });
});

test('empty exclusions and group replication off: the lists the schema wants non-empty are left out', () => {
  const stack = new Stack(app(), 'S', region('eu-west-1'));
  new MskReplicator(stack, 'R', {
    replicatorName: 'r', source: new MskCluster(stack, 'A', { kind: 'express', clusterName: 'a' }), target: new MskCluster(stack, 'B', { kind: 'express', clusterName: 'b' }),
    topics: { exclude: [] }, consumerGroups: { enabled: false }, alarms: { enabled: false },
  });
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::MSK::Replicator', {
    ReplicationInfoList: [Match.objectLike({
      TopicReplication: Match.objectLike({ TopicsToExclude: Match.absent() }),
      ConsumerGroupReplication: { ConsumerGroupsToReplicate: [], SynchroniseConsumerGroupOffsets: false, DetectAndCopyNewConsumerGroups: false, ConsumerGroupOffsetSyncMode: 'LEGACY' },
    })],
  });
  t.resourceCountIs('AWS::CloudWatch::Alarm', 3 + 3);
});

describe('cross-region: the replicator lives in the target stack; the source is reached over multi-VPC', () => {
  const a = app();
  const primary = new Stack(a, 'Primary', region('us-east-1'));
  const standby = new Stack(a, 'Standby', region('us-west-2'));
  const source = new MskCluster(primary, 'Cluster', { kind: 'express', clusterName: 'orders-use1', connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true } });
  const target = new MskCluster(standby, 'Cluster', { kind: 'express', clusterName: 'orders-usw2' });
  new MskReplicator(standby, 'Replicator', { replicatorName: 'orders-use1-to-usw2', source, target });
  const t = Template.fromStack(standby);

  test('source: no security groups, no rule on its cluster; target: one group and rules', () => {
    const r = Object.values(t.findResources('AWS::MSK::Replicator'))[0]!;
    expect(r.Properties.KafkaClusters[0].VpcConfig.SecurityGroupIds).toBeUndefined();
    expect(r.Properties.KafkaClusters[1].VpcConfig.SecurityGroupIds).toHaveLength(1);
    expect(Template.fromStack(primary).findResources('AWS::EC2::SecurityGroupIngress')).toEqual({});
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
  });

  test('the source ARN crosses Regions; the replicator and its alarms are in the target Region', () => {
    expect(JSON.stringify(t.findResources('AWS::MSK::Replicator'))).toContain('ExportsReader');
    expect(standby.region).toBe('us-west-2');
    t.resourceCountIs('AWS::CloudWatch::Alarm', 3 + 2);
    Template.fromStack(primary).resourceCountIs('AWS::MSK::Replicator', 0);
  });
});

describe('imported clusters and Serverless', () => {
  test('attributes with a VPC: the group goes there, rules open the given cluster groups', () => {
    const a = app();
    const stack = new Stack(a, 'S', region('eu-central-1'));
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 3, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const clusterSg = new ec2.SecurityGroup(stack, 'ExistingSg', { vpc, allowAllOutbound: false });
    const target = new MskServerlessCluster(stack, 'Events', { clusterName: 'events' });
    new MskReplicator(stack, 'R', {
      replicatorName: 'legacy-to-events',
      source: {
        clusterArn: 'arn:aws:kafka:eu-central-1:123456789012:cluster/legacy/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee-1', kind: 'provisioned', iamAuthentication: true,
        subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId), vpc, securityGroups: [clusterSg], brokerNodes: 3, instanceType: 'kafka.m5.large', kafkaVersion: '3.6.0',
      },
      target,
    });
    const t = Template.fromStack(stack);
    // The source lives in another VPC than the Serverless target: one replicator group in each.
    idOf(t, 'AWS::EC2::SecurityGroup', { GroupDescription: 'MSK Replicator legacy-to-events (source side)', VpcId: { Ref: 'Vpc8378EB38' } });
    t.hasResourceProperties('AWS::MSK::Replicator', {
      Description: 'kafka-iac replicator legacy -> events',
      ReplicationInfoList: [Match.objectLike({ TopicReplication: Match.objectLike({ CopyAccessControlListsForTopics: false }) })],
    });
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 9098, GroupId: { 'Fn::GetAtt': [idOf(t, 'AWS::EC2::SecurityGroup', { GroupDescription: 'S/ExistingSg' }), 'GroupId'] } });
  });

  test('a Serverless target placed in a VPC of yours: the replicator group goes into that VPC (shared by both sides here)', () => {
    const stack = new Stack(app(), 'S', region('eu-central-1'));
    const vpc = new ec2.Vpc(stack, 'Mine', { maxAzs: 3, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const target = new MskServerlessCluster(stack, 'Events', { clusterName: 'events', vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    expect(target.vpc).toBe(vpc);
    new MskReplicator(stack, 'R', {
      replicatorName: 'legacy-to-events',
      source: {
        clusterArn: 'arn:aws:kafka:eu-central-1:123456789012:cluster/legacy/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee-1', kind: 'provisioned', iamAuthentication: true,
        subnetIds: vpc.isolatedSubnets.map((s) => s.subnetId), vpc, brokerNodes: 3, instanceType: 'kafka.m5.large', kafkaVersion: '3.6.0',
      },
      target,
    });
    const t = Template.fromStack(stack);
    const mine = { Ref: stack.getLogicalId(vpc.node.defaultChild as ec2.CfnVPC) };
    expect(Object.values(t.findResources('AWS::EC2::SecurityGroup')).filter((r) => /MSK Replicator/.test(String(r.Properties.GroupDescription))).map((r) => r.Properties.VpcId))
      .toEqual([mine]);
  });

  test('a cluster without a known VPC needs the replicator groups', () => {
    const stack = new Stack(app(), 'S', region('eu-central-1'));
    const props: MskReplicatorProps = {
      replicatorName: 'r',
      source: { clusterArn: 'arn:aws:kafka:eu-west-1:123456789012:cluster/a/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee-1', kind: 'serverless', iamAuthentication: true, subnetIds: ['subnet-1', 'subnet-2'] },
      target: { clusterArn: 'arn:aws:kafka:eu-central-1:123456789012:cluster/b/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee-2', kind: 'serverless', iamAuthentication: true, subnetIds: ['subnet-3', 'subnet-4'] },
    };
    expect(() => new MskReplicator(stack, 'R', props)).toThrow(/\[msk-replicator\/vpc-unknown\] `target.vpc` must be known to create the replicator's target-side security group, got: undefined\. Pass `vpc` in the target cluster's attributes, or `securityGroups`\./);
    const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Given', 'sg-0123');
    new MskReplicator(stack, 'R2', { ...props, replicatorName: 'r2', securityGroups: [sg] });
    Template.fromStack(stack).hasResourceProperties('AWS::MSK::Replicator', { KafkaClusters: [Match.objectLike({ VpcConfig: { SubnetIds: ['subnet-1', 'subnet-2'] } }), Match.objectLike({ VpcConfig: { SubnetIds: ['subnet-3', 'subnet-4'], SecurityGroupIds: ['sg-0123'] } })] });
  });
});

describe('bad input fails at synth with the plan codes', () => {
  const setup = () => {
    const a = app();
    const east = new Stack(a, 'East', region('us-east-1'));
    const west = new Stack(a, 'West', region('us-west-2'));
    const e = new MskCluster(east, 'C', { kind: 'express', clusterName: 'e', connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true } });
    const w = new MskCluster(west, 'C', { kind: 'express', clusterName: 'w', connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true } });
    return { east, west, e, w };
  };

  test('the replicator outside the target Region', () => {
    const { east, e, w } = setup();
    expect(codesOf(() => new MskReplicator(east, 'R', { replicatorName: 'e-to-w', source: e, target: w }))).toEqual(['msk-replicator/not-in-target-region']);
  });

  test('the same cluster as source and target', () => {
    const { west, w } = setup();
    expect(codesOf(() => new MskReplicator(west, 'R', { replicatorName: 'w-to-w', source: w, target: w }))).toEqual(['msk-replicator/same-cluster']);
  });

  test('a source without IAM access control', () => {
    const { west, w } = setup();
    const scramOnly = new MskCluster(west, 'Scram', { kind: 'standard', clusterName: 's', clientAuthentication: { scram: { users: ['app'] } } });
    expect(codesOf(() => new MskReplicator(west, 'R', { replicatorName: 's-to-w', source: scramOnly, target: w }))).toEqual(['msk-replicator/iam-auth']);
  });

  test('a cross-region source without multi-VPC connectivity', () => {
    const { east, west, w } = setup();
    const plain = new MskCluster(east, 'Plain', { kind: 'express', clusterName: 'plain' });
    expect(codesOf(() => new MskReplicator(west, 'R', { replicatorName: 'p-to-w', source: plain, target: w }))).toEqual(['msk-replicator/source-multi-vpc']);
  });

  test('two replicators with one name in one Region', () => {
    const { west, e, w } = setup();
    const w2 = new MskCluster(west, 'C2', { kind: 'express', clusterName: 'w2' });
    new MskReplicator(west, 'R1', { replicatorName: 'dup', source: e, target: w });
    expect(codesOf(() => new MskReplicator(west, 'R2', { replicatorName: 'dup', source: e, target: w2 }))).toEqual(['msk-replicator/duplicate-name']);
  });

  test('a two-way pair with identical names, declared or found', () => {
    const { east, west, e, w } = setup();
    expect(codesOf(() => new MskReplicator(west, 'Declared', { replicatorName: 'e-to-w', source: e, target: w, bidirectional: true, topics: { naming: 'IDENTICAL' } })))
      .toEqual(['msk-replicator/identical-two-way']);
    new MskReplicator(west, 'EW', { replicatorName: 'e-to-w', source: e, target: w, topics: { naming: 'IDENTICAL' } });
    expect(codesOf(() => new MskReplicator(east, 'WE', { replicatorName: 'w-to-e', source: w, target: e }))).toEqual(['msk-replicator/identical-two-way']);
  });
});
