/**
 * Disaster recovery with MirrorMaker 2: a self-managed KRaft primary in eu-west-1 (SCRAM-SHA-512 over TLS) replicated
 * into an MSK secondary in eu-central-1 (IAM access control) by a dedicated MirrorMaker 2 deployment running next to
 * the secondary, the target (docs/disaster-recovery.md).
 *
 *   npx tsx examples/cdk/self-managed-to-msk-mirror-maker.ts    # synth both stacks with cdk-nag
 *
 * The network path is part of the example: the secondary VPC takes a range the primary's does not use (10.1.0.0/16
 * next to 10.0.0.0/16), a VPC peering connection joins them with routes on every broker and client route table of both,
 * the primary's private hosted zone (`orders.kafka.internal`) is associated with the secondary VPC so the nodes resolve
 * the brokers' names, and the brokers admit the secondary range. All of it is created from the secondary stack, which
 * references the primary one and never the reverse.
 *
 * Before deploying, outside this example:
 * - ACLs on the primary for the `orders-mm2` SCRAM user: Read and Describe on the replicated topics, Describe on the
 *   consumer groups and DescribeConfigs on the cluster (kafka-acls.sh, as `orders-admin`);
 * - the artifacts in the S3 bucket `example-kafka-artifacts-eu-central-1` (Kafka, the aws-msk-iam-auth jar, JMX exporter).
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { KafkaVpc, KafkaVpcPeering, MskCluster } from '../../lib/msk/cdk';
import { MirrorMaker2, MirrorMakerClusters } from '../../lib/replication/mirror-maker/cdk';
import { SelfManagedKafkaCluster } from '../../lib/self-managed-ec2/cdk';
import { kraftSpec } from '../self-managed-specs';
import { ordersDrDeployment } from '../mirror-maker-specs';
import { alarmTopic } from './alarm-topic';
import { runWithNag } from './run-with-nag';

const ACCOUNT = '111111111111';
const PRIMARY_REGION = 'eu-west-1';
const SECONDARY_REGION = 'eu-central-1';

/**
 * The stack's AZ names as `cdk.context.json` would cache them: a VPC in a stack with an explicit environment checks
 * its AZs against the region's, which would otherwise need a lookup at synth.
 */
function pinAvailabilityZones(stack: Stack): void {
  const { account, region } = stack;
  stack.node.setContext(`availability-zones:account=${account}:region=${region}`, ['a', 'b', 'c'].map((z) => `${region}${z}`));
}

/** Builds both stacks into `app` (a new App by default) and returns the secondary one, where MirrorMaker 2 runs. */
export function buildApp(app: App = new App()): Stack {
  // Cross-region references carry the SCRAM secret and key ARNs from the primary stack to the secondary one.
  const primaryStack = new Stack(app, 'KafkaDrPrimary', {
    env: { account: ACCOUNT, region: PRIMARY_REGION }, crossRegionReferences: true,
    description: 'kafka-iac example: self-managed KRaft primary replicated by MirrorMaker 2',
  });
  pinAvailabilityZones(primaryStack);
  const primary = new SelfManagedKafkaCluster(primaryStack, 'Cluster', {
    ...kraftSpec,
    availabilityZones: [...kraftSpec.availabilityZones],
    clientAuthentication: { scram: { users: ['orders-admin', 'orders-app', 'orders-mm2'] } },
    alarmTopic: alarmTopic(primaryStack, 'AlarmTopic'),
  });
  primary.allowClientsFrom(ec2.Peer.ipv4(primary.kafkaVpc!.plan.cidr));

  const stack = new Stack(app, 'KafkaDrSecondary', {
    env: { account: ACCOUNT, region: SECONDARY_REGION }, crossRegionReferences: true,
    description: 'kafka-iac example: MSK secondary and the MirrorMaker 2 deployment replicating into it',
  });
  pinAvailabilityZones(stack);
  // Brokers in isolated subnets; MirrorMaker 2 in private subnets with NAT egress: it reads the primary's secret and
  // CA certificate from eu-west-1, which the VPC's endpoints (eu-central-1 only) do not serve.
  // `peerCidrs`: the first /16 the primary's range leaves free (10.1.0.0/16); an overlapping `cidr` would be refused.
  const network = new KafkaVpc(stack, 'Network', {
    peerCidrs: [primary.kafkaVpc!.plan.cidr], privateEgress: true, availabilityZones: [`${SECONDARY_REGION}a`, `${SECONDARY_REGION}b`, `${SECONDARY_REGION}c`],
  });
  // The path to the primary's brokers: peering with routes on both sides, their names, their listeners (security groups
  // do not span regions, so by range: a plan value, not a reference to this stack).
  new KafkaVpcPeering(stack, 'Peering', { vpc: network, peerVpc: primary.kafkaVpc! });
  primary.associateHostedZoneWith(network.vpc);
  primary.allowClientsFromVpc(network);
  const topic = alarmTopic(stack, 'AlarmTopic');
  const secondary = new MskCluster(stack, 'Cluster', {
    kind: 'standard',
    clusterName: 'orders-dr',
    kafkaVersion: '3.9.x.kraft',
    instanceType: 'kafka.m7g.large',
    brokerNodes: 3,
    vpc: network.vpc,
    vpcSubnets: network.brokerSubnets,
    clientAuthentication: { iam: true },
    alarmTopic: topic,
  });

  const mirrorMaker = new MirrorMaker2(stack, 'MirrorMaker', {
    ...ordersDrDeployment,
    clusters: [
      // The primary is in another region: egress to its brokers goes to its VPC only.
      MirrorMakerClusters.fromSelfManagedCluster(primary, { alias: 'primary', auth: { scramUser: 'orders-mm2' }, networkCidrs: [primary.kafkaVpc!.plan.cidr] }),
      MirrorMakerClusters.fromMskCluster(secondary, { alias: 'dr', auth: 'iam' }),
    ],
    vpc: network.vpc,
    vpcSubnets: network.clientSubnets,
    alarmTopic: topic,
  });
  // The IAM listener of the secondary admits the MirrorMaker 2 nodes (same region: security group to security group).
  secondary.allowFrom(mirrorMaker);

  new CfnOutput(stack, 'MirrorMakerGroup', { value: mirrorMaker.autoScalingGroup.autoScalingGroupName, description: 'Auto Scaling group of the MirrorMaker 2 nodes' });
  new CfnOutput(stack, 'SecondaryBootstrapBrokersSaslIam', { value: secondary.bootstrapBrokersSaslIam, description: 'Consumers and producers switch here on failover (port 9098)' });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
