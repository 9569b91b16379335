/**
 * An MSK cluster with Express brokers and its topics as code: native `aws.msk.Topic` resources (retained and
 * protected unless a topic opts into deletion) and an application's access from the same catalog, as one inline
 * policy with the statements of `readPolicy` / `writePolicy`. The Pulumi twin of `examples/cdk/express-topics.ts`.
 * In your own program, import from `kafka-iac/msk/pulumi`.
 */
import { KafkaVpc, MskCluster } from '../../../lib/msk/pulumi';
import { alarmTopic } from '../alarm-topic';

export function program() {
  const network = new KafkaVpc('orders-network', {});
  const cluster = new MskCluster('orders', {
    kind: 'express',
    clusterName: 'orders-topics',
    vpc: network,
    allowedClientCidrs: [network.vpcCidr],
    alarmTopicArn: alarmTopic('orders-alarms').arn,
    topics: [
      { name: 'orders.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 },
      { name: 'orders.dlq', partitions: 3, retentionHours: 720, minInSyncReplicas: 2 },
      { name: 'customers.snapshot', partitions: 6, cleanupPolicy: 'compact', retentionHours: 'unlimited', minInSyncReplicas: 2 },
    ],
    // An existing role of the orders service, by ARN: it gets the inline policy `orders-access-orders-api`.
    access: [
      { name: 'orders-api', principal: { kind: 'iam', arn: 'arn:aws:iam::123456789012:role/orders-api' }, produce: ['orders.v1', 'orders.dlq'], consume: ['customers.snapshot'], groups: ['orders-api'] },
    ],
    tags: { app: 'orders' },
  });
  cluster.addTopic({ name: 'orders.audit', partitions: 3, retentionHours: 2160, minInSyncReplicas: 2 });
  return {
    bootstrapBrokersSaslIam: cluster.bootstrapBrokersSaslIam,
    clusterArn: cluster.clusterArn,
  };
}
