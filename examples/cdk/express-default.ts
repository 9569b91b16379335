/**
 * The default app (`npm run synth`): an MSK cluster with Express brokers, IAM access control, a new 3-AZ
 * Kafka-ready VPC with flow logs (the cluster's default), and the default alarms notifying an SNS topic.
 *
 *   npx cdk synth                       # cdk.json runs this file with tsx
 *   npx tsx examples/cdk/express-default.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import { MskCluster } from '../../lib/msk/cdk';
import { alarmTopic } from './alarm-topic';
import { runWithNag } from './run-with-nag';

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaExpressDefault', { description: 'kafka-iac example: MSK Express cluster with IAM auth' });

  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'express',
    clusterName: 'orders-express',
    alarmTopic: alarmTopic(stack, 'AlarmTopic'),
    tags: { app: 'orders' },
  });

  new CfnOutput(stack, 'BootstrapBrokersSaslIam', { value: cluster.bootstrapBrokersSaslIam, description: 'Bootstrap brokers for SASL/IAM clients (port 9098)' });
  new CfnOutput(stack, 'ClusterArn', { value: cluster.clusterArn });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
