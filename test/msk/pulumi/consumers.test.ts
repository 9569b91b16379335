/**
 * `addConsumer` on the MSK components under the provider-shaped mocks: the mapping, the exact inline policy, the
 * security group rules (each once per cluster), Serverless, and the refusals.
 */
import { DEFAULT_INTERFACE_ENDPOINTS } from '../../../lib/aws';
import { KafkaVpc, MskCluster, MskServerlessCluster } from '../../../lib/msk/pulumi';
import { recordMsk } from './support';

const ENDPOINTS = [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'];
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:billing';
type Policy = { Statement: { Action: string[]; Resource: string | string[] }[] };

describe('MskCluster: IAM and SCRAM consumers', () => {
  let r: Awaited<ReturnType<typeof recordMsk>>;
  beforeAll(async () => {
    r = await recordMsk(() => {
      const network = new KafkaVpc('orders-network', { interfaceEndpoints: ENDPOINTS });
      const cluster = new MskCluster('orders', {
        kind: 'express', clusterName: 'orders', vpc: network, topics: [{ name: 'orders', partitions: 3 }, { name: 'invoices', partitions: 3 }],
        clientAuthentication: { iam: true, scram: { users: ['audit-app'] } },
      });
      cluster.addConsumer({ functionArn: FN, role: 'billing-role', topics: ['orders'], group: 'billing', batching: { batchSize: 250 } });
      cluster.addConsumer({ functionArn: FN, role: 'billing-role', topics: ['invoices'], group: 'billing.invoices' });
      cluster.addConsumer({
        functionArn: FN, role: 'audit-role', topics: ['orders'], group: 'audit', auth: { scramUser: 'audit-app' },
        startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: '2026-01-01T00:00:00Z', pollers: { minimum: 1, maximum: 2 },
        onFailure: { kind: 'sqs', arn: 'arn:aws:sqs:us-east-1:123456789012:audit-failures' },
      });
      return {};
    });
  });

  test('the IAM mapping: cluster ARN, one topic, the group, no source access configuration', () => {
    const m = r.byName('orders-consumer-billing').inputs as Record<string, any>;
    expect(m).toMatchObject({
      functionName: FN, eventSourceArn: expect.stringMatching(/^arn:aws:kafka:us-east-1:123456789012:cluster\/orders\//), topics: ['orders'],
      startingPosition: 'TRIM_HORIZON', batchSize: 250, maximumBatchingWindowInSeconds: 0, enabled: true,
      amazonManagedKafkaEventSourceConfig: { consumerGroupId: 'billing' },
    });
    expect(m.sourceAccessConfigurations).toBeUndefined();
    expect(r.byName('orders-consumer-billing-invoices').inputs).toMatchObject({ topics: ['invoices'], amazonManagedKafkaEventSourceConfig: { consumerGroupId: 'billing.invoices' } });
  });

  test('the IAM policy: exactly the topic and the group, DescribeClusterV2, ENI actions on *', () => {
    const policy = JSON.parse(String((r.byName('orders-consumer-billing-policy').inputs as { policy: string }).policy)) as Policy;
    expect(r.byName('orders-consumer-billing-policy').inputs).toMatchObject({ role: 'billing-role' });
    const arn = policy.Statement[0]!.Resource as string;
    expect(policy.Statement.map((s) => [s.Action, s.Resource])).toEqual([
      [['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], arn],
      [['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], [arn.replace(':cluster/', ':topic/') + '/orders']],
      [['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], [arn.replace(':cluster/', ':group/') + '/billing']],
      [['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'], arn],
      [['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs'], '*'],
    ]);
  });

  test('the SCRAM mapping and its policy: the user\'s secret and key, the SQS destination, no kafka-cluster action', () => {
    const m = r.byName('orders-consumer-audit').inputs as Record<string, any>;
    expect(m).toMatchObject({
      sourceAccessConfigurations: [{ type: 'SASL_SCRAM_512_AUTH', uri: expect.stringContaining('AmazonMSK_orders_audit-app') }],
      startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: '2026-01-01T00:00:00Z',
      provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2 },
      destinationConfig: { onFailure: { destinationArn: 'arn:aws:sqs:us-east-1:123456789012:audit-failures' } },
    });
    const policy = JSON.parse(String((r.byName('orders-consumer-audit-policy').inputs as { policy: string }).policy)) as Policy;
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(actions).toEqual(expect.arrayContaining(['secretsmanager:GetSecretValue', 'kms:Decrypt', 'sqs:SendMessage']));
    expect(actions.some((a) => a.startsWith('kafka-cluster:'))).toBe(false);
  });

  test('security group rules: self on 9098 and 9096 (in and out, once each), HTTPS to the endpoints once', () => {
    const rules = r.resources.filter((x) => x.name.startsWith('orders-consumer-sg-')).map((x) => `${x.type.split(':').pop()} ${x.name}`).sort();
    expect(rules).toEqual([
      'SecurityGroupEgressRule orders-consumer-sg-443-endpoints',
      'SecurityGroupEgressRule orders-consumer-sg-egress-9096-self',
      'SecurityGroupEgressRule orders-consumer-sg-egress-9098-self',
      'SecurityGroupIngressRule orders-consumer-sg-9096-self',
      'SecurityGroupIngressRule orders-consumer-sg-9098-self',
    ]);
    expect(r.byName('orders-consumer-sg-9098-self').inputs).toMatchObject({ securityGroupId: 'orders-sg-id', referencedSecurityGroupId: 'orders-sg-id', fromPort: 9098, toPort: 9098 });
    expect(r.byName('orders-consumer-sg-443-endpoints').inputs).toMatchObject({ securityGroupId: 'orders-sg-id', fromPort: 443, referencedSecurityGroupId: expect.stringContaining('orders-network') });
  });

  test('every consumer resource is parented to the cluster component', () => {
    for (const reg of r.registrations.filter((x) => x.name.startsWith('orders-consumer-'))) expect(reg.parent).toMatch(/::kafka-iac:aws:MskCluster::orders$/);
  });
});

describe('MskServerlessCluster', () => {
  test('IAM on 9098, the topic unchecked without a catalog', async () => {
    const r = await recordMsk(() => {
      const network = new KafkaVpc('events-network', { interfaceEndpoints: ENDPOINTS });
      const cluster = new MskServerlessCluster('events', { clusterName: 'events', vpc: network });
      cluster.addConsumer({ functionArn: FN, role: 'analytics-role', topics: ['clicks'], group: 'analytics', startingPosition: 'LATEST' });
      return {};
    });
    expect(r.byName('events-consumer-analytics').inputs).toMatchObject({ topics: ['clicks'], startingPosition: 'LATEST', amazonManagedKafkaEventSourceConfig: { consumerGroupId: 'analytics' } });
    expect(r.byName('events-consumer-sg-9098-self').inputs).toMatchObject({ fromPort: 9098 });
    expect(r.byName('events-consumer-analytics').inputs).toMatchObject({ functionName: FN });
    expect(String((r.byName('events-consumer-analytics-policy').inputs as { policy: string }).policy)).toContain('kafka:DescribeClusterV2');
  });
});

describe('refusals', () => {
  test('the default KafkaVpc has no Lambda endpoint; a duplicate group; a topic outside the catalog', async () => {
    await expect(recordMsk(() => {
      const cluster = new MskCluster('orders', { kind: 'express', clusterName: 'orders' });
      cluster.addConsumer({ functionArn: FN, role: 'r', topics: ['orders'], group: 'billing' });
    })).rejects.toThrow(/\[consumer\/network-path\] `vpc.interfaceEndpoints` must give the pollers a path to lambda, sts/);
    await expect(recordMsk(() => {
      const cluster = new MskCluster('orders', { kind: 'express', clusterName: 'orders', vpc: new KafkaVpc('n', { interfaceEndpoints: ENDPOINTS }), topics: [{ name: 'orders', partitions: 3 }] });
      cluster.addConsumer({ functionArn: FN, role: 'r', topics: ['orders'], group: 'billing' });
      cluster.addConsumer({ functionArn: FN, role: 'r', topics: ['payments'], group: 'billing' });
    })).rejects.toThrow(/consumer\/topic-not-in-catalog[\s\S]*consumer\/group-duplicate/);
  });
});
