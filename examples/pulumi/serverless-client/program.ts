/**
 * An MSK Serverless cluster and a client role (for ECS tasks) that may produce to and consume from one topic.
 * The Pulumi twin of `examples/cdk/serverless-client.ts`. In your own program, import from
 * `kafka-iac/msk/pulumi`.
 */
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import { KafkaVpc, MskServerlessCluster } from '../../../lib/msk/pulumi';

export function program() {
  const network = new KafkaVpc('events-network', {});
  const clients = new ec2.SecurityGroup('events-clients', {
    vpcId: network.vpcId,
    description: 'Events clients',
    egress: [
      { protocol: 'tcp', fromPort: 9098, toPort: 9098, cidrBlocks: [network.vpcCidr], description: 'Kafka SASL/IAM listener' },
      { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: [network.vpcCidr], description: 'VPC endpoints (STS, ...)' },
    ],
  });
  const cluster = new MskServerlessCluster('events', {
    clusterName: 'events',
    vpc: network,
    allowedClientSecurityGroupIds: [clients.id],
  });

  const client = new iam.Role('events-client', {
    description: 'Producer and consumer of the events topic',
    assumeRolePolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }),
  });
  cluster.grantWrite('client-write', { role: client.name, topics: ['events'] });
  cluster.grantRead('client-read', { role: client.name, topics: ['events'], groups: ['events-processor'] });

  return {
    bootstrapBrokersSaslIam: cluster.bootstrapBrokersSaslIam,
    clusterArn: cluster.clusterArn,
    clientRoleArn: client.arn,
    clientSecurityGroupId: clients.id,
  };
}
