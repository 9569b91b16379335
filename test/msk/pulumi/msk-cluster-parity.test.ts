/** Pulumi faces: decisions read from the plan (keys, log group, connectivity, public ranges) and metric helpers shared with CDK. */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import { KafkaValidationError } from '../../../lib/core/issues';
import { mskKeyPolicy, mskMetricDescriptor, mskMetrics } from '../../../lib/msk';
import { MskCluster, MskServerlessCluster, type MskClusterArgs } from '../../../lib/msk/pulumi';
import { mockedArn, recordMsk } from './support';

const NETWORK = { vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] };
const MY_KEY = 'arn:aws:kms:us-east-1:123456789012:key/0000-mine';
const CTX = { partition: 'aws', dnsSuffix: 'amazonaws.com', region: 'us-east-1', accountId: '123456789012' };
const build = (args: Partial<MskClusterArgs>) => () => new MskCluster('kafka', { kind: 'standard', clusterName: 'orders', ...NETWORK, ...args } as MskClusterArgs);

async function codesOf(args: Partial<MskClusterArgs>): Promise<string[]> {
  try {
    await recordMsk(build(args));
  } catch (e) {
    if (e instanceof KafkaValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a KafkaValidationError');
}

describe('keys, as the plan decides', () => {
  test('created cluster key: its policy is exactly the plan document (account, logs for this group, Secrets Manager)', async () => {
    const r = await recordMsk(build({ clientAuthentication: { scram: { users: ['app'] } } }));
    expect(JSON.parse(r.byName('kafka-key').inputs.policy as string)).toEqual(
      mskKeyPolicy(CTX, { logGroupName: '/aws/vendedlogs/msk/orders/broker-logs', secretsManager: true }),
    );
  });

  test('your cluster key + a created secrets key: `${name}-key` encrypts the secrets only (no logs statement)', async () => {
    const r = await recordMsk(build({ encryptionKey: { kind: 'existing', keyArn: MY_KEY }, clientAuthentication: { scram: { users: ['app'], secretsKey: { kind: 'create' } } } }));
    expect(JSON.parse(r.byName('kafka-key').inputs.policy as string)).toEqual(mskKeyPolicy(CTX, { secretsManager: true }));
    expect(r.byName('kafka-scram-app').inputs.kmsKeyId).toBe(mockedArn('aws:kms/key:Key', 'kafka-key'));
    expect((r.byName('kafka').inputs as any).encryptionInfo.encryptionAtRestKmsKeyArn).toBe(MY_KEY);
  });

  test('another key of yours for the secrets: the created cluster key has no Secrets Manager statement', async () => {
    const other = 'arn:aws:kms:us-east-1:123456789012:key/0000-other';
    const r = await recordMsk(build({ clientAuthentication: { scram: { users: ['app'], secretsKey: { kind: 'existing', keyArn: other } } } }));
    expect(r.byName('kafka-scram-app').inputs.kmsKeyId).toBe(other);
    expect(JSON.parse(r.byName('kafka-key').inputs.policy as string).Statement.map((s: { Sid: string }) => s.Sid))
      .toEqual(['EnableAccountAdministration', 'AllowCloudWatchLogsForBrokerLogGroup']);
  });
});

describe('connectivity and public ranges from the plan', () => {
  test('on kafka.t3.small (no connectivity support) nothing is sent even once deployed, as on CDK', async () => {
    const r = await recordMsk(build({ instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', connectivity: { clusterAlreadyDeployed: true } }));
    expect((r.byName('kafka').inputs as any).brokerNodeGroupInfo.connectivityInfo).toBeUndefined();
  });

  test('ranges that are outputs pass through to the rules', async () => {
    const r = await recordMsk(build({ connectivity: { publicAccess: true, publicAccessCidrs: [pulumi.output('198.51.100.0/24')], clusterAlreadyDeployed: true } }));
    expect(r.byName('kafka-sg-9198-cidr0').inputs).toMatchObject({ fromPort: 9198, cidrIpv4: '198.51.100.0/24' });
  });

  test.each<[string, Partial<MskClusterArgs>, string[]]>([
    ['an IPv6 range', { connectivity: { publicAccess: true, publicAccessCidrs: ['2001:db8::/32'], clusterAlreadyDeployed: true } }, ['msk/public-access-cidr']],
    ['ranges without public access', { connectivity: { publicAccessCidrs: ['203.0.113.0/24'] } }, ['msk/public-access-cidrs-unused']],
    ['ranges with own security groups', {
      securityGroupIds: ['sg-1'], connectivity: { publicAccess: true, publicAccessCidrs: ['203.0.113.0/24'], clusterAlreadyDeployed: true },
    }, ['msk/rules-need-owned-security-group']],
  ])('%s', async (_, args, expected) => {
    expect(await codesOf(args)).toEqual(expected);
  });

  test('public access without ranges: the plan warning is logged', async () => {
    const warn = jest.spyOn(pulumi.log, 'warn').mockImplementation(() => Promise.resolve());
    await recordMsk(build({ connectivity: { publicAccess: true, clusterAlreadyDeployed: true } }));
    expect(warn.mock.calls.map((c) => c[0])).toContainEqual(expect.stringContaining('[msk/public-access-cidrs-missing]'));
    warn.mockRestore();
  });
});

describe('metric helpers: the same descriptors as the CDK face, usable in aws.cloudwatch.MetricAlarm', () => {
  test('MskCluster', async () => {
    const r = await recordMsk(() => {
      const cluster = build({})();
      expect(cluster.metricOfflinePartitionsCount()).toEqual(mskMetrics.offlinePartitionsCount('orders'));
      expect(cluster.metricUnderReplicatedPartitions(2)).toEqual(mskMetrics.underReplicatedPartitions('orders', 2));
      expect(cluster.metricKafkaDataLogsDiskUsed(1)).toEqual(mskMetrics.kafkaDataLogsDiskUsed('orders', 1));
      expect(cluster.metricCpuUser(3, { periodSeconds: 60 })).toEqual({
        namespace: 'AWS/Kafka', metricName: 'CpuUser', dimensions: { 'Cluster Name': 'orders', 'Broker ID': '3' }, statistic: 'Average', period: 60,
      });
      expect(cluster.metric('BytesInPerSec', { brokerId: 1, topic: 'orders' })).toEqual(mskMetricDescriptor('orders', 'BytesInPerSec', { brokerId: 1, topic: 'orders' }));
      new cloudwatch.MetricAlarm('cpu-3', { ...cluster.metricCpuUser(3), threshold: 70, comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 3 });
      return cluster;
    });
    expect(r.byName('cpu-3').inputs).toMatchObject({
      namespace: 'AWS/Kafka', metricName: 'CpuUser', dimensions: { 'Cluster Name': 'orders', 'Broker ID': '3' }, statistic: 'Average', period: 300, threshold: 70,
    });
  });

  test('MskServerlessCluster: Cluster Name and Topic dimensions; a default VPC follows the plan azCount', async () => {
    const r = await recordMsk(() => {
      const cluster = new MskServerlessCluster('events', { clusterName: 'events', azCount: 2 });
      expect(cluster.plan.azCount).toBe(2);
      expect(cluster.metric('BytesInPerSec', { topic: 'clicks', statistic: 'Sum' })).toEqual({
        namespace: 'AWS/Kafka', metricName: 'BytesInPerSec', dimensions: { 'Cluster Name': 'events', Topic: 'clicks' }, statistic: 'Sum', period: 300,
      });
      expect(cluster.metric('BytesInPerSec').dimensions).toEqual({ 'Cluster Name': 'events' });
      return cluster;
    });
    expect((r.byName('events').inputs as any).vpcConfigs[0].subnetIds).toHaveLength(2);
  });
});
