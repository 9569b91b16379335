/**
 * Disaster recovery with MirrorMaker 2: a self-managed KRaft primary in eu-west-1 (SCRAM-SHA-512 over TLS) replicated
 * into an MSK secondary in eu-central-1 (IAM access control) by MirrorMaker 2 running next to the secondary. The
 * Pulumi twin of `examples/cdk/self-managed-to-msk-mirror-maker.ts`; in your own program, import from
 * `kafka-iac/replication/pulumi`, `kafka-iac/msk/pulumi` and `kafka-iac/self-managed-ec2/pulumi`.
 *
 * The network path is part of the program: the secondary VPC takes a range the primary's does not use (10.1.0.0/16),
 * a VPC peering connection (requested in eu-central-1, accepted in eu-west-1) adds routes on every broker and client
 * route table of both VPCs, the primary's private hosted zone is associated with the secondary VPC, and the brokers
 * admit the secondary range.
 *
 * Before `pulumi up`: ACLs on the primary for `orders-mm2` (Read and Describe on the topics, Describe on the groups);
 * the artifacts in the S3 bucket named below.
 */
import { Provider } from '@pulumi/aws/provider';
import { KafkaVpc, KafkaVpcPeering, MskCluster } from '../../../lib/msk/pulumi';
import { MirrorMaker2, MirrorMakerClusters } from '../../../lib/replication/mirror-maker/pulumi';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { kraftSpec } from '../../self-managed-specs';
import { ordersDrDeployment } from '../../mirror-maker-specs';
import { alarmTopic } from '../alarm-topic';

const PRIMARY_REGION = 'eu-west-1';
const SECONDARY_REGION = 'eu-central-1';
/** The range of the primary's KafkaVpc (the default). */
const PRIMARY_CIDR = '10.0.0.0/16';

export function program() {
  const west = new Provider('primary-region', { region: PRIMARY_REGION });
  const central = new Provider('secondary-region', { region: SECONDARY_REGION });

  // `peerCidrs`: the first /16 the primary's range leaves free (10.1.0.0/16); an overlapping `cidr` would be refused.
  const network = new KafkaVpc('orders-dr-vpc', { peerCidrs: [PRIMARY_CIDR], privateEgress: true }, { providers: { aws: central } });
  const primary = new SelfManagedKafkaCluster('orders', {
    ...kraftSpec,
    clientAuthentication: { scram: { users: ['orders-admin', 'orders-app', 'orders-mm2'] } },
    // Clients in the primary VPC, and MirrorMaker 2 from the secondary VPC (security groups do not span regions).
    allowedClientCidrs: [PRIMARY_CIDR, network.plan.cidr],
  }, { providers: { aws: west } });
  // The path to the primary's brokers: peering with routes on both sides (each in its VPC's Region), and their names.
  new KafkaVpcPeering('orders-dr-peering', { vpc: network, peerVpc: primary.vpc! });
  primary.associateHostedZoneWith('dr', network);
  // The default provider (stack configuration `aws:region: eu-central-1`) holds the topic next to the alarms.
  const topic = alarmTopic('orders-dr-alarms');
  const secondary = new MskCluster('orders-dr', {
    kind: 'standard', clusterName: 'orders-dr', kafkaVersion: '3.9.x.kraft', instanceType: 'kafka.m7g.large', brokerNodes: 3,
    vpc: network, clientAuthentication: { iam: true }, alarmTopicArn: topic.arn,
  }, { providers: { aws: central } });

  const target = MirrorMakerClusters.fromMskCluster(secondary, { alias: 'dr', region: SECONDARY_REGION, auth: 'iam' });
  const mirrorMaker = new MirrorMaker2('orders-dr-mm2', {
    ...ordersDrDeployment,
    region: SECONDARY_REGION,
    // The primary is in another region: egress to its brokers goes to its VPC only.
    clusters: [MirrorMakerClusters.fromSelfManagedCluster(primary, { alias: 'primary', region: PRIMARY_REGION, auth: { scramUser: 'orders-mm2' }, networkCidrs: [primary.vpc!.plan.cidr] }), target],
    vpcId: network.vpcId,
    subnetIds: network.clientSubnetIds,
    alarmTopicArn: topic.arn,
  }, { providers: { aws: central } });
  // The IAM listener of the secondary admits the nodes' security group.
  mirrorMaker.allowIngressOn(target);

  return {
    mirrorMakerGroup: mirrorMaker.autoScalingGroupName,
    mirrorMakerSecurityGroupId: mirrorMaker.securityGroupId,
    secondaryBootstrapBrokersSaslIam: secondary.bootstrapBrokersSaslIam,
    primaryBootstrapServersScram: primary.bootstrapServersScram,
  };
}
