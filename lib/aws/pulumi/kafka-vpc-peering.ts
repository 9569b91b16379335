/**
 * `KafkaVpcPeering` for Pulumi: a thin face over `planKafkaVpcPeering`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import { getRegionOutput } from '@pulumi/aws/getRegion';
import { planKafkaVpcPeering, type KafkaVpcPeeringPlan } from '../vpc-peering-plan';
import { isUnknown } from './is-unknown';
import type { KafkaVpc } from './kafka-vpc';

/** Arguments of the Pulumi `KafkaVpcPeering`. */
export interface KafkaVpcPeeringArgs {
  /** The requester VPC: the connection and its routes use the provider `vpc` was created with. */
  readonly vpc: KafkaVpc;
  /**
   * The accepter VPC, in the same account and any Region: the accepter and its routes use the provider `peerVpc`
   * was created with. Its range must not overlap `vpc`'s.
   */
  readonly peerVpc: KafkaVpc;
}

/**
 * A VPC peering connection between two `KafkaVpc`s of one account, accepted by the accepter's provider (any Region),
 * with a route to the other side's range on every broker and client route table of both VPCs.
 *
 * Children (parented here): `${name}` (the connection, in `vpc`'s Region), `${name}-accepter` (in `peerVpc`'s),
 * `${name}-route-${i}` (routes of `vpc`), `${name}-peer-route-${i}` (routes of `peerVpc`).
 */
export class KafkaVpcPeering extends pulumi.ComponentResource {
  readonly plan: KafkaVpcPeeringPlan;
  /** The peering connection id (`pcx-...`), active once the accepter has accepted it. */
  readonly peeringConnectionId: pulumi.Output<string>;

  constructor(name: string, args: KafkaVpcPeeringArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:aws:KafkaVpcPeering', name, {}, opts);
    // Regions are the providers' business here: the plan checks the ranges, the accepter works in any Region.
    this.plan = planKafkaVpcPeering({ requester: { cidr: args.vpc.plan.cidr }, accepter: { cidr: args.peerVpc.plan.cidr } }, isUnknown);
    const plan = this.plan;
    const side = (vpc: KafkaVpc): pulumi.CustomResourceOptions => {
      const provider = vpc.getProvider('aws:ec2/vpc:Vpc');
      return provider ? { parent: this, provider } : { parent: this };
    };
    const requester = side(args.vpc);
    const accepterSide = side(args.peerVpc);

    // Requested without auto-accept (which works in one Region only), then accepted on the peer's side, in its Region;
    // `peerRegion` only when the providers' Regions differ.
    const peerRegion = pulumi.all([getRegionOutput({}, requester).region, getRegionOutput({}, accepterSide).region])
      .apply(([own, peer]) => (own === peer ? undefined : peer));
    const connection = new ec2.VpcPeeringConnection(name, {
      vpcId: args.vpc.vpcId,
      peerVpcId: args.peerVpc.vpcId,
      peerRegion,
      autoAccept: false,
      tags: { Name: name },
    }, requester);
    const accepter = new ec2.VpcPeeringConnectionAccepter(`${name}-accepter`, {
      vpcPeeringConnectionId: connection.id,
      autoAccept: true,
      tags: { Name: name },
    }, accepterSide);

    args.vpc.privateRouteTableIds.forEach((routeTableId, i) => {
      new ec2.Route(`${name}-route-${i}`, {
        routeTableId, destinationCidrBlock: plan.requesterRoute.destinationCidr, vpcPeeringConnectionId: accepter.vpcPeeringConnectionId,
      }, requester);
    });
    args.peerVpc.privateRouteTableIds.forEach((routeTableId, i) => {
      new ec2.Route(`${name}-peer-route-${i}`, {
        routeTableId, destinationCidrBlock: plan.accepterRoute.destinationCidr, vpcPeeringConnectionId: accepter.vpcPeeringConnectionId,
      }, accepterSide);
    });

    this.peeringConnectionId = accepter.vpcPeeringConnectionId;
    this.registerOutputs({ peeringConnectionId: this.peeringConnectionId });
  }
}
