/** Pure policy documents and metric descriptors both MSK faces render. */
import {
  brokerLogGroupName, mskClusterPolicy, mskDimensions, mskKeyPolicy, mskMetricDescriptor, mskMetrics, MULTI_VPC_CLUSTER_ACTIONS, SCRAM_PASSWORD,
  scramSecretPolicy, storageScalingRoleArn,
} from '../../lib/msk';

const CTX = { partition: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', region: 'cn-north-1', accountId: '123456789012' };
const CLUSTER = 'arn:aws-cn:kafka:cn-north-1:123456789012:cluster/orders/abcd-1';

describe('key policy', () => {
  test('account administration always; logs and Secrets Manager statements only when asked; partition-aware principals', () => {
    expect(mskKeyPolicy(CTX, { secretsManager: false }).Statement).toEqual([
      { Sid: 'EnableAccountAdministration', Effect: 'Allow', Principal: { AWS: 'arn:aws-cn:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' },
    ]);
    const all = mskKeyPolicy(CTX, { logGroupName: brokerLogGroupName('orders'), secretsManager: true }).Statement;
    expect(all.map((s) => s.Sid)).toEqual(['EnableAccountAdministration', 'AllowCloudWatchLogsForBrokerLogGroup', 'AllowSecretsManagerForThisAccount']);
    expect(all[1]).toMatchObject({
      Principal: { Service: 'logs.cn-north-1.amazonaws.com.cn' },
      Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws-cn:logs:cn-north-1:123456789012:log-group:/aws/vendedlogs/msk/orders/broker-logs' } },
    });
    expect(all[2]).toMatchObject({
      Principal: { AWS: '*' },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
      Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.cn-north-1.amazonaws.com.cn', 'kms:CallerAccount': '123456789012' } },
    });
  });
});

describe('cluster policy', () => {
  test('nothing to attach without accounts or a user document', () => {
    expect(mskClusterPolicy('aws', CLUSTER, [], undefined)).toBeUndefined();
  });
  test('the multi-VPC statement is appended to the user statements (a single statement object is accepted)', () => {
    const user = { Version: '2012-10-17', Statement: { Sid: 'Mine', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kafka:DescribeCluster', Resource: '*' } };
    const doc = mskClusterPolicy('aws-cn', CLUSTER, ['111122223333', '444455556666'], user)!;
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['Mine', 'KafkaIacMultiVpcClientAccounts']);
    expect(doc.Statement[1]).toEqual({
      Sid: 'KafkaIacMultiVpcClientAccounts', Effect: 'Allow',
      Principal: { AWS: ['arn:aws-cn:iam::111122223333:root', 'arn:aws-cn:iam::444455556666:root'] },
      Action: [...MULTI_VPC_CLUSTER_ACTIONS], Resource: CLUSTER,
    });
  });
  test('a user document alone is attached as is, with a Version', () => {
    expect(mskClusterPolicy('aws', CLUSTER, [], { Statement: [] })).toEqual({ Version: '2012-10-17', Statement: [] });
  });
});

describe('fixed facts', () => {
  test('SCRAM secret policy is the one MSK attaches', () => {
    expect(scramSecretPolicy('arn:s')).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AWSKafkaResourcePolicy', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Action: 'secretsmanager:getSecretValue', Resource: 'arn:s' }],
    });
  });
  test('storage scaling role and password rule', () => {
    expect(storageScalingRoleArn('aws', '123456789012')).toBe(
      'arn:aws:iam::123456789012:role/aws-service-role/kafka.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_KafkaCluster',
    );
    expect(SCRAM_PASSWORD).toEqual({ length: 32, excludePunctuation: true, includeSpace: false, requireEachIncludedType: true });
  });
});

describe('metric descriptors', () => {
  test('dimensions per level; default statistic per metric, else Average; period 300 s', () => {
    expect(mskDimensions('c')).toEqual({ 'Cluster Name': 'c' });
    expect(mskDimensions('c', { brokerId: 2, topic: 't' })).toEqual({ 'Cluster Name': 'c', 'Broker ID': '2', Topic: 't' });
    expect(mskMetrics.offlinePartitionsCount('c')).toEqual({ namespace: 'AWS/Kafka', metricName: 'OfflinePartitionsCount', dimensions: { 'Cluster Name': 'c' }, statistic: 'Maximum', period: 300 });
    expect(mskMetrics.cpuUser('c', 1).statistic).toBe('Average');
    expect(mskMetricDescriptor('c', 'BytesInPerSec', { topic: 't', statistic: 'Sum', periodSeconds: 60 })).toEqual({
      namespace: 'AWS/Kafka', metricName: 'BytesInPerSec', dimensions: { 'Cluster Name': 'c', Topic: 't' }, statistic: 'Sum', period: 60,
    });
  });
  test('the broker argument wins over options', () => {
    expect(mskMetrics.underReplicatedPartitions('c', 3, { brokerId: 9 } as never).dimensions['Broker ID']).toBe('3');
  });
});
