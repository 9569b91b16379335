/**
 * A provisioned cluster with Standard brokers: 6 x kafka.m7g.xlarge over 3 AZs, tiered storage, storage
 * auto-scaling, SASL/SCRAM users and IAM, a topic with the SCRAM users' ACLs and quota, broker logs in CloudWatch Logs
 * and Prometheus exporters.
 * The Pulumi twin of `examples/cdk/provisioned-tiered-scram.ts`. In your own program, import from
 * `kafka-iac/msk/pulumi`.
 */
import * as ec2 from '@pulumi/aws/ec2';
import { KafkaVpc, MskCluster } from '../../../lib/msk/pulumi';
import { alarmTopic } from '../alarm-topic';

export function program() {
  // Client subnets with NAT egress for the applications; brokers stay in isolated subnets.
  const network = new KafkaVpc('payments-network', { privateEgress: true });
  // Client groups without inline rules would have no egress at all: allow exactly what they need.
  const apps = new ec2.SecurityGroup('payments-apps', {
    vpcId: network.vpcId,
    description: 'Payments applications',
    egress: [
      { protocol: 'tcp', fromPort: 9096, toPort: 9098, cidrBlocks: [network.vpcCidr], description: 'Kafka SASL/SCRAM and SASL/IAM listeners' },
      { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: [network.vpcCidr], description: 'VPC endpoints (Secrets Manager, KMS, STS)' },
    ],
  });
  const prometheus = new ec2.SecurityGroup('payments-prometheus', {
    vpcId: network.vpcId,
    description: 'Prometheus scrapers',
    egress: [{ protocol: 'tcp', fromPort: 11001, toPort: 11002, cidrBlocks: [network.vpcCidr], description: 'JMX and node exporters' }],
  });

  const cluster = new MskCluster('payments', {
    kind: 'standard',
    clusterName: 'payments',
    kafkaVersion: '3.9.x.kraft',
    instanceType: 'kafka.m7g.xlarge',
    brokerNodes: 6,
    vpc: network,
    storage: { volumeSizeGiB: 1000, tiered: true, autoScaling: { maxVolumeSizeGiB: 4000, targetUtilizationPercent: 60 } },
    clientAuthentication: { iam: true, scram: { users: ['payments-api', 'ledger'] } },
    logging: { cloudWatch: true, retentionDays: 365 },
    monitoring: { enhanced: 'PER_TOPIC_PER_BROKER', jmxExporter: true, nodeExporter: true },
    serverProperties: { logRetentionHours: 72, extraProperties: { 'log.segment.bytes': 536870912 } },
    // Applications reach every client listener (9096 SCRAM, 9098 IAM); Prometheus scrapes the exporters.
    allowedClientSecurityGroupIds: [apps.id],
    allowedMonitoringSecurityGroupIds: [prometheus.id],
    alarmTopicArn: alarmTopic('payments-alarms').arn,
    // One topic, and what each SCRAM user may do with it: Kafka ACLs and a produce quota, applied by the in-VPC
    // admin function over IAM (MSK runs no admin function of its own).
    topics: [{ name: 'payments.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 }],
    access: [
      { name: 'payments-api', principal: { kind: 'scram', username: 'payments-api' }, produce: ['payments.v1'], quota: { produceBytesPerSecond: 10_485_760 } },
      { name: 'ledger', principal: { kind: 'scram', username: 'ledger' }, consume: ['payments.v1'], groups: ['ledger'] },
    ],
  });
  return {
    bootstrapBrokersSaslScram: cluster.bootstrapBrokersSaslScram,
    bootstrapBrokersSaslIam: cluster.bootstrapBrokersSaslIam,
    clusterArn: cluster.clusterArn,
    scramSecretArns: cluster.scramSecretArns,
    appSecurityGroupId: apps.id,
  };
}
