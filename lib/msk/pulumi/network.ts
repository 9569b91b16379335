/**
 * Network of an MSK cluster on Pulumi: which subnets the plan sees, and the cluster security group with one
 * ingress rule per planned port and peer. Shared by `MskCluster` and `MskServerlessCluster`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import * as vpc from '@pulumi/aws/vpc';
import { IssueCollector } from '../../core/issues';
import type { KafkaVpc } from '../../aws/pulumi/kafka-vpc';
import type { MskPortRule } from '../plan-types';
import type { MskSubnetRef } from '../spec';

/** Where the cluster lives and who may reach it. */
export interface MskNetworkArgs {
  /**
   * A `KafkaVpc`: brokers go into its broker subnets, one per AZ.
   * @default - a new `KafkaVpc` named `${name}-vpc` with the cluster's `azCount` and `removal`, unless `vpcId` and
   * `subnetIds` are given
   */
  readonly vpc?: KafkaVpc;
  /**
   * VPC of `subnetIds`; the created security group lives there. Required with `subnetIds` unless
   * `securityGroupIds` is given.
   * @default - the VPC of `vpc`
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * Broker subnets, exactly one per AZ, in the order brokers should use them. The plan cannot see the AZ of a
   * subnet id that is an output, so it treats every entry as its own AZ and takes the first `azCount`: passing
   * two subnets of one AZ is not caught here (MSK rejects it at deploy time).
   * @default - the broker subnets of `vpc`
   */
  readonly subnetIds?: pulumi.Input<string>[];
  /**
   * Security groups to attach instead of creating one (at most 5). Add client rules to them yourself.
   * @default - a group named `${name}-sg` with ingress only on the planned ports from the peers below, and
   * no egress
   */
  readonly securityGroupIds?: pulumi.Input<string>[];
  /**
   * Security groups of clients: ingress from them on the client ports of the enabled auth modes (and the
   * multi-VPC range when it is on). Needs the created security group.
   * @default - none
   */
  readonly allowedClientSecurityGroupIds?: pulumi.Input<string>[];
  /**
   * IPv4 ranges of clients: ingress from them on the client ports. Needs the created security group.
   * @default - none
   */
  readonly allowedClientCidrs?: pulumi.Input<string>[];
}

/**
 * Subnet refs for the plan. Ids may be outputs, so the plan sees index placeholders (`#0`, `#1`, ...) and
 * {@link brokerSubnetIds} maps its selection back to real ids. Subnets of a `KafkaVpc` (given, or to be
 * created with `azCount` AZs) carry their AZ index and have no IPv6 CIDR block (KafkaVpc is IPv4 only); plain
 * `subnetIds` count as one AZ each, IPv6 unknown.
 */
export function subnetRefs(args: MskNetworkArgs, azCount: number): MskSubnetRef[] {
  if (args.subnetIds !== undefined) return args.subnetIds.map((_, i) => ({ subnetId: `#${i}` }));
  const azIndexes = args.vpc ? args.vpc.plan.brokerSubnets.map((s) => s.azIndex) : Array.from({ length: azCount }, (_, i) => i);
  return azIndexes.map((az, i) => ({ subnetId: `#${i}`, availabilityZone: `az-index-${az}`, ipv6: false }));
}

/** The real subnet ids behind the refs the plan selected. */
export function brokerSubnetIds(args: MskNetworkArgs, kafkaVpc: KafkaVpc | undefined, selected: readonly MskSubnetRef[]): pulumi.Input<string>[] {
  const index = (ref: MskSubnetRef) => Number(ref.subnetId.slice(1));
  if (args.subnetIds !== undefined) return selected.map((ref) => args.subnetIds![index(ref)]!);
  if (kafkaVpc === undefined) throw new Error('brokerSubnetIds: no subnets and no KafkaVpc');
  return selected.map((ref) => kafkaVpc.brokerSubnetIds.apply((ids) => ids[index(ref)]!));
}

/** Face-level checks of the network arguments (the plan checks subnet counts and AZs). */
export function networkIssues(
  args: MskNetworkArgs & {
    readonly connectivity?: { readonly publicAccessCidrs?: readonly unknown[] };
    readonly allowedMonitoringSecurityGroupIds?: readonly unknown[];
    readonly allowedMonitoringCidrs?: readonly unknown[];
  },
  c: IssueCollector,
): void {
  if (args.vpc !== undefined && (args.vpcId !== undefined || args.subnetIds !== undefined)) {
    c.error('msk/network-conflict', 'vpc', 'be set without `vpcId`/`subnetIds`', 'vpc and vpcId/subnetIds', 'Pass either a KafkaVpc or a VPC id with its broker subnets.');
  }
  if (args.vpcId !== undefined && args.subnetIds === undefined && args.vpc === undefined) {
    c.error('msk/network-vpc-id-needs-subnets', 'subnetIds', 'list the broker subnets when `vpcId` is set', undefined, 'Pass one subnet id per AZ.');
  }
  if (args.subnetIds !== undefined && args.vpcId === undefined && args.securityGroupIds === undefined && args.vpc === undefined) {
    c.error('msk/network-subnets-need-vpc-id', 'vpcId', 'be set with `subnetIds` when the library creates the security group', undefined,
      'Pass the VPC id of the subnets, or your own `securityGroupIds`.');
  }
  if (args.securityGroupIds !== undefined) {
    const rules = { allowedClientSecurityGroupIds: args.allowedClientSecurityGroupIds, allowedClientCidrs: args.allowedClientCidrs, 'connectivity.publicAccessCidrs': args.connectivity?.publicAccessCidrs,
      allowedMonitoringSecurityGroupIds: args.allowedMonitoringSecurityGroupIds, allowedMonitoringCidrs: args.allowedMonitoringCidrs };
    for (const [prop, value] of Object.entries(rules)) {
      if (value !== undefined) {
        c.error('msk/rules-need-owned-security-group', prop, 'be set only when the library creates the security group', `${prop} with securityGroupIds`,
          'Remove `securityGroupIds`, or add the rule to your own security group.');
      }
    }
  }
}

/** Peers allowed per audience of a planned port. */
export type PortPeers = Record<MskPortRule['audience'], { readonly securityGroupIds?: pulumi.Input<string>[]; readonly cidrs?: pulumi.Input<string>[] }>;

export interface SecurityGroupOptions {
  readonly vpcId: pulumi.Input<string>;
  readonly description: string;
  readonly ports: readonly MskPortRule[];
  readonly peers: PortPeers;
  readonly tags: Readonly<Record<string, string>>;
  readonly resourceOptions: pulumi.CustomResourceOptions;
}

/**
 * Name part of a rule's peer: the peer itself when it is a plain string (`sg-0abc`, `10.0.0.0_16`), so that
 * reordering a list does not replace rules (AWS rejects a duplicate rule while the old one still exists);
 * its kind and position when it is an output.
 */
function source(peer: pulumi.Input<string>, fallback: string): string {
  return typeof peer === 'string' ? peer.replace(/[^A-Za-z0-9.-]/g, '_') : fallback;
}

/**
 * `${name}-sg` with no inline rules (the provider removes AWS's default allow-all egress rule) and one ingress rule
 * `${name}-sg-<port>-<peer>` per planned port and peer (see `source`). No egress rule, as on the CDK face: the broker
 * network interfaces only answer clients, and security groups are stateful, so replies need no egress rule.
 */
export function createClusterSecurityGroup(name: string, o: SecurityGroupOptions): ec2.SecurityGroup {
  const sg = new ec2.SecurityGroup(`${name}-sg`, { vpcId: o.vpcId, description: o.description, tags: { ...o.tags, Name: `${name}-sg` } }, o.resourceOptions);
  for (const port of o.ports) {
    const label = port.fromPort === port.toPort ? `${port.fromPort}` : `${port.fromPort}-${port.toPort}`;
    const peers = o.peers[port.audience];
    const common = { securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: port.fromPort, toPort: port.toPort, description: port.description, tags: o.tags };
    (peers.securityGroupIds ?? []).forEach((peer, i) => {
      new vpc.SecurityGroupIngressRule(`${name}-sg-${label}-${source(peer, `sg${i}`)}`, { ...common, referencedSecurityGroupId: peer }, o.resourceOptions);
    });
    (peers.cidrs ?? []).forEach((cidr, i) => {
      new vpc.SecurityGroupIngressRule(`${name}-sg-${label}-${source(cidr, `cidr${i}`)}`, { ...common, cidrIpv4: cidr }, o.resourceOptions);
    });
  }
  return sg;
}
