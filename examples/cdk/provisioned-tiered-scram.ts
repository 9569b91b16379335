/**
 * A provisioned cluster with Standard brokers: 6 x kafka.m7g.xlarge over 3 AZs, tiered storage, storage
 * auto-scaling, SASL/SCRAM users and IAM, a topic with the SCRAM users' ACLs and quota, broker logs in CloudWatch Logs
 * and Prometheus exporters.
 *
 *   npx tsx examples/cdk/provisioned-tiered-scram.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { KafkaVpc, MskCluster } from '../../lib/msk/cdk';
import { alarmTopic } from './alarm-topic';
import { runWithNag } from './run-with-nag';

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaProvisionedTieredScram', { description: 'kafka-iac example: MSK Standard brokers, tiered storage, SCRAM + IAM' });

  // Client subnets with NAT egress for the applications; brokers stay in isolated subnets.
  const network = new KafkaVpc(stack, 'Network', { privateEgress: true });

  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'standard',
    clusterName: 'payments',
    kafkaVersion: '3.9.x.kraft',
    instanceType: 'kafka.m7g.xlarge',
    brokerNodes: 6,
    vpc: network.vpc,
    vpcSubnets: network.brokerSubnets,
    storage: { volumeSizeGiB: 1000, tiered: true, autoScaling: { maxVolumeSizeGiB: 4000, targetUtilizationPercent: 60 } },
    clientAuthentication: { iam: true, scram: { users: ['payments-api', 'ledger'] } },
    logging: { cloudWatch: true, retentionDays: 365 },
    monitoring: { enhanced: 'PER_TOPIC_PER_BROKER', jmxExporter: true, nodeExporter: true },
    serverProperties: { logRetentionHours: 72, extraProperties: { 'log.segment.bytes': 536870912 } },
    alarmTopic: alarmTopic(stack, 'AlarmTopic'),
    // One topic, and what each SCRAM user may do with it: Kafka ACLs and a produce quota, applied by the in-VPC
    // admin function over IAM (MSK runs no admin function of its own).
    topics: [{ name: 'payments.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 }],
    access: [
      { name: 'payments-api', principal: { kind: 'scram', username: 'payments-api' }, produce: ['payments.v1'], quota: { produceBytesPerSecond: 10_485_760 } },
      { name: 'ledger', principal: { kind: 'scram', username: 'ledger' }, consume: ['payments.v1'], groups: ['ledger'] },
    ],
  });

  // Applications reach every client listener (9096 SCRAM, 9098 IAM); Prometheus scrapes the exporters.
  const apps = new ec2.SecurityGroup(stack, 'AppSecurityGroup', { vpc: network.vpc, description: 'Payments applications', allowAllOutbound: false });
  cluster.allowFrom(apps);
  const prometheus = new ec2.SecurityGroup(stack, 'PrometheusSecurityGroup', { vpc: network.vpc, description: 'Prometheus scrapers', allowAllOutbound: false });
  cluster.allowFrom(prometheus, 'monitoring');

  new CfnOutput(stack, 'BootstrapBrokersSaslScram', { value: cluster.bootstrapBrokersSaslScram });
  new CfnOutput(stack, 'BootstrapBrokersSaslIam', { value: cluster.bootstrapBrokersSaslIam });
  new CfnOutput(stack, 'ClusterArn', { value: cluster.clusterArn });
  for (const [user, secret] of Object.entries(cluster.scramSecrets)) {
    new CfnOutput(stack, `ScramSecret-${user}`, { value: secret.secretArn, description: `SCRAM credentials of ${user}` });
  }
  return stack;
}

if (require.main === module) runWithNag(buildApp);
