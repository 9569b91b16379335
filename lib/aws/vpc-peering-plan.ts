/**
 * Peering of two Kafka-ready VPCs (a disaster-recovery pair): spec -> validated plan. Pure: imports no cloud SDK.
 *
 * Both faces (`aws/cdk/kafka-vpc-peering.ts`, `aws/pulumi/kafka-vpc-peering.ts`) read every decision from the plan:
 * which range each side routes to the other, whether the peering crosses Regions.
 */
import { IssueCollector, neverUnknown, type Issue, type IsUnknown } from '../core/issues';
import { freeIpv4Cidr, ipv4CidrsOverlap, parseIpv4Cidr } from '../core/ipv4';

/** One side of a peering: its VPC range (a plan value of a `KafkaVpc`) and Region. */
export interface PeeringSide {
  /** The VPC's IPv4 range, e.g. `kafkaVpc.plan.cidr`. */
  readonly cidr: string;
  /**
   * The Region of the VPC (a name, or a deploy-time value the face cannot read), when the face decides per Region
   * at synth time (CDK). Pulumi faces leave it out: their providers know the Regions at deploy time.
   * @default - not checked; the face handles Regions at deploy time
   */
  readonly region?: string;
  /**
   * The account of the VPC (a 12-digit id, or a deploy-time value).
   * @default - unknown
   */
  readonly account?: string;
}

/** Input of `planKafkaVpcPeering`. */
export interface KafkaVpcPeeringSpec {
  /** The requester VPC (`vpc` on both faces): the peering connection is created in its Region. */
  readonly requester: PeeringSide;
  /** The accepter VPC (`peerVpc`): the same account, any Region. */
  readonly accepter: PeeringSide;
  /**
   * Whether the two sides are known to share a Region even when the Region is a deploy-time value (CDK: the same
   * stack, or two stacks with the same `env`).
   * @default false
   */
  readonly sameRegion?: boolean;
}

/** Every decision of a peering. */
export interface KafkaVpcPeeringPlan {
  readonly requesterCidr: string;
  readonly accepterCidr: string;
  /**
   * The accepter's Region when it differs from the requester's (the connection's `PeerRegion`).
   * @default - undefined: the requester's Region
   */
  readonly peerRegion?: string;
  readonly crossRegion: boolean;
  /** Route added to every private route table of the requester: the accepter's range through the peering. */
  readonly requesterRoute: { readonly destinationCidr: string };
  /** Route added to every private route table of the accepter: the requester's range through the peering. */
  readonly accepterRoute: { readonly destinationCidr: string };
}

const SUBJECT = 'KafkaVpcPeering';

/** Validates a peering without throwing; every issue has a stable code. */
export function validateKafkaVpcPeering(spec: KafkaVpcPeeringSpec, isUnknown: IsUnknown = neverUnknown): Issue[] {
  const c = new IssueCollector();
  const sides = [
    ['vpc', spec.requester],
    ['peerVpc', spec.accepter],
  ] as const;
  let bothOk = true;
  for (const [path, side] of sides) {
    if (isUnknown(side.cidr) || typeof side.cidr !== 'string' || parseIpv4Cidr(side.cidr) === undefined) {
      bothOk = false;
      c.error('vpc-peering/cidr-invalid', `${path}.cidr`, 'be a literal IPv4 CIDR block (a `KafkaVpc` plan value)', isUnknown(side.cidr) ? '<deploy-time value>' : side.cidr,
        "Peer `KafkaVpc`s: their ranges are known when the program runs, so both sides' routes can be decided.");
    }
  }
  if (bothOk && ipv4CidrsOverlap(spec.requester.cidr, spec.accepter.cidr)) {
    const free = freeIpv4Cidr([spec.requester.cidr, spec.accepter.cidr]);
    c.error('vpc-peering/cidr-overlap', 'peerVpc.cidr', `not overlap the range of \`vpc\` (${spec.requester.cidr})`, spec.accepter.cidr,
      `VPC peering refuses overlapping ranges (the connection would fail): create the peer VPC with \`cidr: '${free ?? '<a free range>'}'\`, or with \`peerCidrs: ['${spec.requester.cidr}']\` to get a free /16.`);
  }
  const known = (v: string | undefined): v is string => v !== undefined && !isUnknown(v);
  const [ra, aa] = [spec.requester.account, spec.accepter.account];
  if (known(ra) && known(aa) && ra !== aa) {
    c.error('vpc-peering/cross-account', 'peerVpc', `be in the account of \`vpc\` (${ra})`, aa,
      'Peer VPCs of one account (a cross-account peering needs a peer role in the other account: create it with ec2.CfnVPCPeeringConnection).');
  }
  const [rr, ar] = [spec.requester.region, spec.accepter.region];
  const regionsGiven = rr !== undefined || ar !== undefined;
  if (regionsGiven && !spec.sameRegion && !(known(rr) && known(ar))) {
    c.error('vpc-peering/region-unknown', 'peerVpc', 'be in a known Region (or in the Region of `vpc`)', known(ar) ? ar : '<deploy-time value>',
      "Give both stacks an `env` with a `region`: a peering's routes are created in each VPC's Region.");
  }
  return [...c.issues];
}

/** Validates and decides everything; throws one `KafkaValidationError` listing every error. */
export function planKafkaVpcPeering(spec: KafkaVpcPeeringSpec, isUnknown: IsUnknown = neverUnknown): KafkaVpcPeeringPlan {
  const c = new IssueCollector();
  c.addAll(validateKafkaVpcPeering(spec, isUnknown));
  c.throwIfErrors(SUBJECT);
  const crossRegion = !spec.sameRegion && spec.requester.region !== undefined && spec.requester.region !== spec.accepter.region;
  return {
    requesterCidr: spec.requester.cidr,
    accepterCidr: spec.accepter.cidr,
    peerRegion: crossRegion ? spec.accepter.region : undefined,
    crossRegion,
    requesterRoute: { destinationCidr: spec.accepter.cidr },
    accepterRoute: { destinationCidr: spec.requester.cidr },
  };
}
