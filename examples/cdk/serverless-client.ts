/**
 * An MSK Serverless cluster and a client role (for ECS tasks) that may produce to and consume from one topic.
 *
 *   npx tsx examples/cdk/serverless-client.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { MskServerlessCluster } from '../../lib/msk/cdk';
import { runWithNag } from './run-with-nag';

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaServerlessClient', { description: 'kafka-iac example: MSK Serverless cluster and an IAM client' });

  const cluster = new MskServerlessCluster(stack, 'Cluster', { clusterName: 'events' });

  const client = new iam.Role(stack, 'ClientRole', {
    assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'),
    description: 'Producer and consumer of the events topic',
  });
  cluster.grantWrite(client, { topics: ['events'] });
  cluster.grantRead(client, { topics: ['events'], groups: ['events-processor'] });

  const clientSg = new ec2.SecurityGroup(stack, 'ClientSecurityGroup', { vpc: cluster.kafkaVpc!.vpc, description: 'Events clients', allowAllOutbound: false });
  cluster.allowFrom(clientSg);

  new CfnOutput(stack, 'BootstrapBrokersSaslIam', { value: cluster.bootstrapBrokersSaslIam });
  new CfnOutput(stack, 'ClusterArn', { value: cluster.clusterArn });
  new CfnOutput(stack, 'ClientRoleArn', { value: client.roleArn });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
