import { KafkaValidationError } from '../../../../lib/core/issues';
import { MskCluster } from '../../../../lib/msk/pulumi';
import { MskReplicator, type MskReplicatorArgs } from '../../../../lib/replication/msk-replicator/pulumi';
import { childList, mockedArn, recordMsk, type MskRecording } from '../../../msk/pulumi/support';

const COMPONENT = 'kafka-iac:replication:MskReplicator';
const ARN = (region: string, name: string) => `arn:aws:kafka:${region}:123456789012:cluster/${name}/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee-1`;

async function codesOf(program: () => unknown): Promise<string[]> {
  try {
    await recordMsk(program);
  } catch (e) {
    if (e instanceof KafkaValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a KafkaValidationError');
}

describe('MskReplicator (Pulumi), two MskCluster components in two Regions', () => {
  let r: MskRecording<{ replicator: MskReplicator }>;
  beforeAll(async () => {
    r = await recordMsk(() => {
      const source = new MskCluster('primary', { kind: 'express', clusterName: 'orders-use1', connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true } });
      const target = new MskCluster('standby', { kind: 'express', clusterName: 'orders-usw2' });
      const replicator = new MskReplicator('dr', {
        replicatorName: 'orders-use1-to-usw2',
        source: { cluster: source, region: 'us-east-1' },
        target: { cluster: target, region: 'us-west-2' },
        topics: { include: ['orders\\..*'] },
        alarmTopicArn: 'arn:aws:sns:us-west-2:123456789012:alarms',
      });
      return { replicator };
    });
  });
  const mine = () => r.resources.filter((x) => x.name === 'dr' || x.name.startsWith('dr-'));

  test('exact child list, parented to the component, stable names', () => {
    expect(childList(mine())).toEqual([
      `${COMPONENT} dr`,
      'aws:msk/replicator:Replicator dr',
      'aws:iam/role:Role dr-execution-role',
      'aws:iam/rolePolicy:RolePolicy dr-execution-policy',
      'aws:ec2/securityGroup:SecurityGroup dr-sg',
      'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule dr-egress-9098-target',
      'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule dr-ingress-9098-target',
      'aws:cloudwatch/metricAlarm:MetricAlarm dr-alarm-ReplicationLatencyAlarm',
      'aws:cloudwatch/metricAlarm:MetricAlarm dr-alarm-MessageLagAlarm',
    ].sort());
    const componentUrn = r.urns.find((u) => u.endsWith(`::${COMPONENT}::dr`))!;
    for (const reg of r.registrations.filter((x) => x.name.startsWith('dr') && x.type !== COMPONENT)) expect(reg.parent).toBe(componentUrn);
  });

  test('the replicator: target Region, two clusters (source without security groups), one flow, IAM role', () => {
    const inputs = r.byName('dr').inputs as Record<string, any>;
    expect(inputs.region).toBe('us-west-2');
    expect(inputs.replicatorName).toBe('orders-use1-to-usw2');
    expect(inputs.description).toBe('kafka-iac replicator orders-use1 -> orders-usw2');
    expect(inputs.serviceExecutionRoleArn).toBe('arn:aws:iam::123456789012:role/dr-execution-role');
    expect(inputs.kafkaClusters).toHaveLength(2);
    expect(inputs.kafkaClusters[0].amazonMskCluster.mskClusterArn).toMatch(/:cluster\/orders-use1\//);
    expect(inputs.kafkaClusters[0].vpcConfig.securityGroupsIds).toBeUndefined();
    expect(inputs.kafkaClusters[0].vpcConfig.subnetIds).toHaveLength(3);
    expect(inputs.kafkaClusters[1].amazonMskCluster.mskClusterArn).toMatch(/:cluster\/orders-usw2\//);
    expect(inputs.kafkaClusters[1].vpcConfig.securityGroupsIds).toEqual(['dr-sg-id']);
    expect(inputs.replicationInfoList).toMatchObject({
      targetCompressionType: 'NONE',
      topicReplications: [{ topicsToReplicates: ['orders\\..*'], topicNameConfiguration: { type: 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS' }, startingPosition: { type: 'EARLIEST' } }],
      consumerGroupReplications: [{ consumerGroupsToReplicates: ['.*'], synchroniseConsumerGroupOffsets: true, consumerGroupOffsetSyncMode: 'LEGACY' }],
    });
  });

  test('execution role: trusted by kafka.amazonaws.com only; exact actions on the two clusters\' ARNs', () => {
    expect(JSON.parse(r.byName('dr-execution-role').inputs.assumeRolePolicy as string)).toEqual({
      Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const doc = JSON.parse(r.byName('dr-execution-policy').inputs.policy as string);
    const byId = Object.fromEntries(doc.Statement.map((s: { Sid: string }) => [s.Sid, s]));
    const source = mockedArn('aws:msk/cluster:Cluster', 'primary', { clusterName: 'orders-use1' });
    const targetTopic = mockedArn('aws:msk/cluster:Cluster', 'standby', { clusterName: 'orders-usw2' }).replace(':cluster/', ':topic/');
    expect(byId.SourceCluster.Resource).toEqual([source]);
    expect(byId.SourceDataTopics.Resource).toEqual([source.replace(':cluster/', ':topic/') + '/orders.*']);
    expect(byId.TargetDataTopics.Resource).toEqual([`${targetTopic}/*.orders.*`]);
    expect(JSON.stringify(doc)).not.toMatch(/kafka-cluster:\*|"\*"/);
  });

  test('port 9098 between the replicator group and the target cluster group only', () => {
    expect(r.byName('dr-egress-9098-target').inputs).toMatchObject({ fromPort: 9098, toPort: 9098, ipProtocol: 'tcp', securityGroupId: 'dr-sg-id', referencedSecurityGroupId: 'standby-sg-id', region: 'us-west-2' });
    expect(r.byName('dr-ingress-9098-target').inputs).toMatchObject({ fromPort: 9098, securityGroupId: 'standby-sg-id', referencedSecurityGroupId: 'dr-sg-id' });
    expect(r.byName('dr-sg').inputs).toMatchObject({ region: 'us-west-2', description: 'MSK Replicator orders-use1-to-usw2 (target side)' });
    expect(r.byName('dr-sg').inputs.egress).toBeUndefined();
  });

  test('alarms in the target Region, by ReplicatorName, notifying the topic', () => {
    expect(r.byName('dr-alarm-ReplicationLatencyAlarm').inputs).toMatchObject({
      region: 'us-west-2', namespace: 'AWS/Kafka', metricName: 'ReplicationLatency', dimensions: { ReplicatorName: 'orders-use1-to-usw2' }, statistic: 'Maximum',
      threshold: 60000, alarmActions: ['arn:aws:sns:us-west-2:123456789012:alarms'], okActions: ['arn:aws:sns:us-west-2:123456789012:alarms'],
    });
    expect(r.byName('dr-alarm-MessageLagAlarm').inputs).toMatchObject({ metricName: 'MessageLag', threshold: 100000 });
  });

  test('the replicator waits for its policy and its security-group rules', () => {
    const urnOf = (n: string) => r.urns.find((u) => u.endsWith(`::${n}`) && !u.includes(`${COMPONENT}::${n}`))!;
    expect(r.registration('dr', 'aws:msk/replicator:Replicator').dependencies).toEqual(
      expect.arrayContaining(['dr-execution-policy', 'dr-egress-9098-target', 'dr-ingress-9098-target'].map(urnOf)));
  });

  test('recorded resources of the component (snapshot)', () => {
    expect(mine()).toMatchSnapshot();
  });
});

describe('same Region with attributes', () => {
  test('one replicator group shared by both clusters in one VPC; rules on both cluster groups', async () => {
    const rec = await recordMsk(() => new MskReplicator('local', {
      replicatorName: 'a-to-b',
      source: { clusterArn: ARN('eu-west-1', 'a'), region: 'eu-west-1', kind: 'provisioned', iamAuthentication: true, subnetIds: ['subnet-1', 'subnet-2', 'subnet-3'], vpcId: 'vpc-1', securityGroupIds: ['sg-a'] },
      target: { clusterArn: ARN('eu-west-1', 'b'), region: 'eu-west-1', kind: 'serverless', iamAuthentication: true, subnetIds: ['subnet-1', 'subnet-2'], vpcId: 'vpc-1', securityGroupIds: ['sg-b'] },
    }));
    expect(childList(rec.resources).filter((x) => x.includes('gress-9098') || x.includes('SecurityGroup '))).toEqual([
      'aws:ec2/securityGroup:SecurityGroup local-sg',
      'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule local-egress-9098-source',
      'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule local-egress-9098-target',
      'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule local-ingress-9098-source',
      'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule local-ingress-9098-target',
    ]);
    const inputs = rec.byName('local').inputs as Record<string, any>;
    expect(inputs.kafkaClusters.map((c: any) => c.vpcConfig)).toEqual([
      { subnetIds: ['subnet-1', 'subnet-2', 'subnet-3'], securityGroupsIds: ['local-sg-id'] },
      { subnetIds: ['subnet-1', 'subnet-2'], securityGroupsIds: ['local-sg-id'] },
    ]);
    // A Serverless cluster: no ACL copy, so no AlterCluster.
    expect(inputs.replicationInfoList.topicReplications[0].copyAccessControlListsForTopics).toBe(false);
    expect(rec.byName('local-ingress-9098-source').inputs).toMatchObject({ securityGroupId: 'sg-a', referencedSecurityGroupId: 'local-sg-id' });
  });
});

describe('bad input throws one KafkaValidationError', () => {
  const attrs = (region: string, name: string, extra: object = {}) => ({
    clusterArn: ARN(region, name), region, kind: 'provisioned' as const, iamAuthentication: true, subnetIds: ['s1', 's2'], vpcId: 'vpc-1', ...extra,
  });
  const args = (extra: Partial<MskReplicatorArgs> = {}): MskReplicatorArgs => ({ replicatorName: 'r', source: attrs('eu-west-1', 'a'), target: attrs('eu-west-1', 'b'), ...extra });

  test('the same cluster twice, a source without IAM, an invalid name', async () => {
    expect(await codesOf(() => new MskReplicator('x', args({ target: attrs('eu-west-1', 'a') })))).toEqual(['msk-replicator/same-cluster']);
    expect(await codesOf(() => new MskReplicator('x', args({ source: attrs('eu-west-1', 'a', { iamAuthentication: false }) })))).toEqual(['msk-replicator/iam-auth']);
    expect(await codesOf(() => new MskReplicator('x', args({ replicatorName: 'bad name' })))).toEqual(['msk-replicator/name']);
  });

  test('a component cluster on subnets of your own: the replicator uses its broker subnets and VPC', async () => {
    const rec = await recordMsk(() => {
      const c = new MskCluster('c', { kind: 'express', clusterName: 'c', vpcId: 'vpc-9', subnetIds: ['s1', 's2', 's3'] });
      return new MskReplicator('x', args({ target: { cluster: c, region: 'eu-west-1' } }));
    });
    const inputs = rec.byName('x').inputs as Record<string, any>;
    expect(inputs.kafkaClusters[1].vpcConfig.subnetIds).toEqual(['s1', 's2', 's3']);
    expect(rec.resources.filter((r) => r.type === 'aws:ec2/securityGroup:SecurityGroup' && r.name.startsWith('x')).map((r) => r.inputs.vpcId)).toContain('vpc-9');
  });

  test('duplicate names and identical names both ways in one program', async () => {
    expect(await codesOf(() => {
      new MskReplicator('one', args());
      new MskReplicator('two', args({ source: attrs('eu-west-1', 'c') }));
    })).toEqual(['msk-replicator/duplicate-name']);
    expect(await codesOf(() => {
      new MskReplicator('ab', args({ topics: { naming: 'IDENTICAL' } }));
      new MskReplicator('ba', args({ replicatorName: 'r2', source: attrs('eu-west-1', 'b'), target: attrs('eu-west-1', 'a') }));
    })).toEqual(['msk-replicator/identical-two-way']);
  });
});
