/**
 * Network placement shared by `MskCluster` and `MskServerlessCluster`: the VPC (passed in, or a `KafkaVpc`
 * child), the candidate broker subnets handed to the plan, and the cluster's security groups.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import type { RemovalMode } from '../../core/types';
import { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import type { MskSubnetRef } from '../spec';

/** Where a cluster (or one Serverless VPC configuration) is placed. */
export interface MskPlacement {
  /**
   * The VPC of the brokers.
   * @default - a new `KafkaVpc` with construct id `Vpc` (3 AZs unless `azCount` says otherwise)
   */
  readonly vpc?: ec2.IVpc;
  /**
   * Candidate broker subnets; the plan keeps one per AZ, in order of first appearance.
   * @default - the `KafkaVpc` broker subnets, else the VPC's PRIVATE_ISOLATED subnets, else its PRIVATE_WITH_EGRESS subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * Security groups attached to the brokers (MSK allows up to 5).
   * @default - one new security group, construct id `SecurityGroup`, with no egress and only the ingress you allow
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/** A placement with every default resolved. */
export interface ResolvedPlacement {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.ISubnet[];
  readonly securityGroups: ec2.ISecurityGroup[];
  /** Security groups created here (the cluster owns them and applies its removal policy). */
  readonly ownedSecurityGroups: ec2.SecurityGroup[];
}

/** Creates the default `KafkaVpc` (id `Vpc`) when no VPC was passed. */
export function defaultKafkaVpc(scope: Construct, azCount: 2 | 3 | undefined, removal: RemovalMode | undefined): KafkaVpc {
  return new KafkaVpc(scope, 'Vpc', { azCount, removal });
}

/** Default subnets of a VPC the caller passed: isolated subnets first (no route to the internet), then private ones. */
function defaultSubnets(vpc: ec2.IVpc): ec2.SubnetSelection {
  if (vpc.isolatedSubnets.length > 0) return { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  return { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
}

/**
 * Resolves one placement. `securityGroupId` names the security group created when none is passed.
 * `kafkaVpc` is the default VPC created by the caller, if any.
 */
export function resolvePlacement(
  scope: Construct, placement: MskPlacement, kafkaVpc: KafkaVpc | undefined, securityGroupId: string, description: string,
): ResolvedPlacement {
  const vpc = placement.vpc ?? kafkaVpc?.vpc;
  if (!vpc) throw new Error(`${scope.node.path}: no VPC to place the cluster in`);
  const selection = placement.vpcSubnets ?? (kafkaVpc && vpc === kafkaVpc.vpc ? kafkaVpc.brokerSubnets : defaultSubnets(vpc));
  const subnets = vpc.selectSubnets(selection).subnets;
  if (placement.securityGroups) {
    return { vpc, subnets, securityGroups: [...placement.securityGroups], ownedSecurityGroups: [] };
  }
  // No egress: MSK brokers answer client connections, they never open connections into the VPC.
  const sg = new ec2.SecurityGroup(scope, securityGroupId, { vpc, description, allowAllOutbound: false });
  return { vpc, subnets, securityGroups: [sg], ownedSecurityGroups: [sg] };
}

/** Subnet facts for the plan (AZ names may be tokens; equal tokens mean the same AZ). */
export function subnetRefs(subnets: readonly ec2.ISubnet[]): MskSubnetRef[] {
  return subnets.map((s) => {
    const ipv6 = ipv6Of(s);
    return { subnetId: s.subnetId, availabilityZone: availabilityZoneOf(s), ...(ipv6 === undefined ? {} : { ipv6 }) };
  });
}

/** Whether a subnet of this app has an IPv6 CIDR block; unknown for an imported one. */
function ipv6Of(subnet: ec2.ISubnet): boolean | undefined {
  const cfn = subnet.node.defaultChild;
  if (!(cfn instanceof ec2.CfnSubnet)) return undefined;
  return cfn.ipv6CidrBlock !== undefined || cfn.ipv6Native === true || cfn.ipv6IpamPoolId !== undefined;
}

/** `ISubnet.availabilityZone` throws for a subnet imported without its AZ: the plan then counts it as its own AZ. */
function availabilityZoneOf(subnet: ec2.ISubnet): string | undefined {
  try {
    return subnet.availabilityZone;
  } catch {
    return undefined;
  }
}
