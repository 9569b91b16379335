/**
 * An MSK cluster with Express brokers, IAM access control, a new 3-AZ Kafka-ready VPC with flow logs, and the
 * default alarms notifying an SNS topic. The Pulumi twin of `examples/cdk/express-default.ts`.
 * In your own program, import from `kafka-iac/msk/pulumi`.
 */
import { KafkaVpc, MskCluster } from '../../../lib/msk/pulumi';
import { alarmTopic } from '../alarm-topic';

export function program() {
  const network = new KafkaVpc('orders-network', {});
  const cluster = new MskCluster('orders', {
    kind: 'express',
    clusterName: 'orders-express',
    vpc: network,
    // Clients anywhere in the VPC may reach the SASL/IAM listener; IAM policies decide what they may do.
    allowedClientCidrs: [network.vpcCidr],
    alarmTopicArn: alarmTopic('orders-alarms').arn,
    tags: { app: 'orders' },
  });
  return {
    bootstrapBrokersSaslIam: cluster.bootstrapBrokersSaslIam,
    clusterArn: cluster.clusterArn,
    securityGroupId: cluster.securityGroupId,
  };
}
