/**
 * An MSK cluster with Express brokers and its topics as code: native `AWS::MSK::Topic` resources (retained when
 * removed from the program, unless a topic opts into deletion) and an application's access from the same catalog,
 * as the IAM policy `grantRead` / `grantWrite` would write.
 *
 *   npx tsx examples/cdk/express-topics.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { MskCluster } from '../../lib/msk/cdk';
import { alarmTopic } from './alarm-topic';
import { runWithNag } from './run-with-nag';

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaExpressTopics', { description: 'kafka-iac example: MSK Express cluster with topics and access as code' });
  const ordersApi = new iam.Role(stack, 'OrdersApi', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'), description: 'The orders service' });

  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'express',
    clusterName: 'orders-topics',
    alarmTopic: alarmTopic(stack, 'AlarmTopic'),
    topics: [
      { name: 'orders.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 },
      { name: 'orders.dlq', partitions: 3, retentionHours: 720, minInSyncReplicas: 2 },
      { name: 'customers.snapshot', partitions: 6, cleanupPolicy: 'compact', retentionHours: 'unlimited', minInSyncReplicas: 2 },
    ],
    access: [
      { name: 'orders-api', principal: { kind: 'iam', arn: ordersApi.roleArn }, produce: ['orders.v1', 'orders.dlq'], consume: ['customers.snapshot'], groups: ['orders-api'] },
    ],
    tags: { app: 'orders' },
  });
  // Topics can also be added one by one; each is validated with all the others.
  cluster.addTopic({ name: 'orders.audit', partitions: 3, retentionHours: 2160, minInSyncReplicas: 2 });

  new CfnOutput(stack, 'BootstrapBrokersSaslIam', { value: cluster.bootstrapBrokersSaslIam, description: 'Bootstrap brokers for SASL/IAM clients (port 9098)' });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
