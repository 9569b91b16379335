/**
 * Kafka-ready VPC: spec -> validated plan. Pure: imports no cloud SDK.
 *
 * Both faces (`aws/cdk/kafka-vpc.ts`, `aws/pulumi/kafka-vpc.ts`) read every decision from the plan:
 * subnet CIDRs per AZ index, endpoint list, flow log and key settings.
 */
import { CLOUDWATCH_RETENTION_DAYS, DEFAULT_AZ_COUNT, DEFAULT_LOG_RETENTION_DAYS } from '../core/defaults';
import type { RemovalMode } from '../core/types';
import { IssueCollector, neverUnknown, type Issue, type IsUnknown } from '../core/issues';
import { formatIpv4Cidr, freeIpv4Cidr, ipv4CidrsOverlap, parseIpv4Cidr } from '../core/ipv4';
import { checkAwsAvailabilityZones } from '../core/regions';

/** Default VPC range: a /16 leaves room for broker, client and public subnets in 3 AZs. */
export const DEFAULT_VPC_CIDR = '10.0.0.0/16';
/** A /22 (1019 usable addresses per AZ) fits brokers, their ENIs and interface endpoints with headroom. */
export const DEFAULT_BROKER_SUBNET_CIDR_MASK = 22;
/** Public subnets only hold NAT gateways (one address each); /28 is the smallest subnet AWS allows. */
export const PUBLIC_SUBNET_CIDR_MASK = 28;
/** VPC prefixes accepted here (AWS allows /16../28; below /24 there is no room for per-AZ subnets). */
export const VPC_PREFIX_RANGE = { min: 16, max: 24 } as const;
/** Subnet sizes AWS allows ("Subnet sizing for IPv4", Amazon VPC User Guide). */
export const SUBNET_MASK_RANGE = { min: 16, max: 28 } as const;
/** AWS default flow log aggregation interval (seconds); 60 is the only other value. */
export const FLOW_LOG_MAX_AGGREGATION_SECONDS = 600;
/** KMS waiting period before a scheduled key deletion completes: the maximum, 30 days. */
export const FLOW_LOG_KEY_PENDING_WINDOW_DAYS = 30;
/** Key actions CloudWatch Logs needs ("Encrypt log data in CloudWatch Logs using AWS KMS", Logs User Guide). */
export const LOGS_SERVICE_KEY_ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'] as const;
/** Actions the flow log role needs on its log group ("Publish flow logs to CloudWatch Logs", VPC User Guide). */
export const FLOW_LOG_WRITER_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'] as const;
/** Flow log group names are `<prefix><unique name of the VPC>`; the key policy names the group. */
export const FLOW_LOG_GROUP_NAME_PREFIX = '/kafka-iac/vpc-flow-logs/';

/**
 * AWS services MSK clusters and their clients call from an isolated subnet:
 * Secrets Manager (SASL/SCRAM secrets), SSM, KMS, CloudWatch Logs and metrics, STS (IAM auth).
 */
export const DEFAULT_INTERFACE_ENDPOINTS = ['secretsmanager', 'ssm', 'kms', 'logs', 'monitoring', 'sts'] as const;

/**
 * Interface endpoint services this construct knows (service name suffix after `com.amazonaws.<region>.`).
 * S3 is absent on purpose: it always gets a (free) gateway endpoint.
 */
export const KNOWN_INTERFACE_ENDPOINTS = [
  'autoscaling',
  'cloudformation',
  'ec2',
  'ec2messages',
  'ecr.api',
  'ecr.dkr',
  'elasticloadbalancing',
  'events',
  'glue',
  'kafka',
  'kinesis-streams',
  'kms',
  'lambda',
  'logs',
  'monitoring',
  'secretsmanager',
  'sns',
  'sqs',
  'ssm',
  'ssmmessages',
  'sts',
] as const;

/** Input of `KafkaVpc` on every face. */
export interface KafkaVpcSpec {
  /**
   * Availability zones to spread subnets over: 3 survives one AZ loss with a quorum left.
   * @default 3
   */
  readonly azCount?: 2 | 3;
  /**
   * IPv4 range of the VPC, a network address with a /16../24 prefix.
   * @default - '10.0.0.0/16'; with `peerCidrs`, the first /16 of 10.0.0.0/8 (then 172.16.0.0/12) that overlaps none of them
   */
  readonly cidr?: string;
  /**
   * IPv4 ranges of the networks this VPC will be peered or routed with (Transit Gateway, VPN), e.g. the other
   * `KafkaVpc` of a disaster-recovery pair (`primaryVpc.plan.cidr`, a plain string). A `cidr` overlapping one of them
   * is refused (`vpc/cidr-overlaps-peer`): peering and routing need distinct ranges. Without `cidr`, the VPC takes
   * the first free /16 instead of 10.0.0.0/16.
   * @default - none
   */
  readonly peerCidrs?: readonly string[];
  /**
   * Prefix length of each broker (and client) subnet; `azCount` of them must fit in `cidr`.
   * @default 22
   */
  readonly brokerSubnetCidrMask?: number;
  /**
   * Retention of the VPC flow log group, one of the values CloudWatch Logs accepts.
   * @default 365
   */
  readonly flowLogRetentionDays?: number;
  /**
   * Interface endpoints (service suffix, e.g. `ecr.api`) created with private DNS in the broker subnets.
   * @default ['secretsmanager', 'ssm', 'kms', 'logs', 'monitoring', 'sts']
   */
  readonly interfaceEndpoints?: readonly string[];
  /**
   * Add public subnets, an internet gateway, one NAT gateway per AZ and private subnets with egress for clients.
   * Brokers stay in isolated subnets either way.
   * @default false
   */
  readonly privateEgress?: boolean;
  /**
   * What happens to the network when it leaves the stack or program. `retain`: every resource of the VPC (VPC,
   * subnets, route tables, gateways, endpoints, security group, flow log and its role, key and log group) stays in
   * the account (CDK RETAIN, Pulumi `retainOnDelete`), so a retained cluster keeps the subnets its network
   * interfaces live in; on Pulumi the flow log key and log group are also `protect`ed. `destroy`: all are deleted.
   * @default 'retain'
   */
  readonly removal?: RemovalMode;
}

/** Role of a subnet group. */
export type KafkaSubnetGroup = 'broker' | 'client' | 'public';

/** One subnet, fully decided. */
export interface PlannedSubnet {
  readonly group: KafkaSubnetGroup;
  /** Index into the plan's availability zones. */
  readonly azIndex: number;
  readonly cidr: string;
  readonly mask: number;
}

/** One interface endpoint, fully decided. */
export interface PlannedInterfaceEndpoint {
  /** Service suffix, e.g. `ecr.api` (full name `com.amazonaws.<region>.<service>`). */
  readonly service: string;
  /** Name-safe form for ids and names, e.g. `ecr-api`. */
  readonly slug: string;
  /** PascalCase form for CDK construct ids, e.g. `EcrApi`. */
  readonly pascal: string;
}

/** Every decision of a Kafka-ready VPC. */
export interface KafkaVpcPlan {
  readonly azCount: 2 | 3;
  readonly cidr: string;
  readonly brokerSubnetCidrMask: number;
  /** Isolated subnets for brokers, one per AZ index. */
  readonly brokerSubnets: readonly PlannedSubnet[];
  /** Private subnets with a NAT route, one per AZ index (empty unless `privateEgress`). */
  readonly clientSubnets: readonly PlannedSubnet[];
  /** Public subnets holding NAT gateways (empty unless `privateEgress`). */
  readonly publicSubnets: readonly PlannedSubnet[];
  readonly internetGateway: boolean;
  readonly natGateways: number;
  readonly enableDnsHostnames: true;
  readonly enableDnsSupport: true;
  /** Remove every rule from the VPC's default security group (CIS AWS Foundations, EC2.2). */
  readonly restrictDefaultSecurityGroup: true;
  readonly gatewayEndpoints: readonly ['s3'];
  /** Sorted by service name. */
  readonly interfaceEndpoints: readonly PlannedInterfaceEndpoint[];
  /** Endpoint security group: HTTPS from the VPC CIDR only, no egress. */
  readonly endpointIngress: { readonly port: 443; readonly source: 'vpc-cidr' };
  readonly flowLog: {
    readonly trafficType: 'ALL';
    readonly retentionDays: number;
    readonly maxAggregationIntervalSeconds: number;
    readonly logGroupNamePrefix: string;
  };
  readonly flowLogKey: {
    readonly enableKeyRotation: true;
    readonly pendingWindowDays: number;
    /** Granted to the regional CloudWatch Logs principal, for this log group's encryption context only. */
    readonly logsServiceActions: readonly string[];
  };
  /** Granted to the flow log role on the log group (and its streams) only. */
  readonly flowLogWriterActions: readonly string[];
  readonly removal: RemovalMode;
  /** Non-blocking issues (e.g. `vpc/cidr-not-private`); faces surface them. */
  readonly warnings: readonly Issue[];
}

/** Options that come from a face rather than from the spec. */
export interface KafkaVpcPlanOptions {
  /**
   * Availability zones the face will use (names, tokens or outputs), checked against `azCount`.
   * @default - not checked (the face checks them when they become known)
   */
  readonly availabilityZones?: readonly unknown[];
  /**
   * Whether the user listed `availabilityZones` (their names are checked); false for zones the face picked itself
   * (a CDK stack's zones, which are placeholders such as `dummy1a` before the context lookup).
   * @default true
   */
  readonly zonesFromUser?: boolean;
  /** Tells which values are only known at deploy time. @default - nothing is unknown */
  readonly isUnknown?: IsUnknown;
}

export { formatIpv4Cidr, parseIpv4Cidr };

function isRfc1918(address: number): boolean {
  const inRange = (base: string, prefix: number) => {
    const b = parseIpv4Cidr(`${base}/${prefix}`)!;
    return Math.floor(address / 2 ** (32 - prefix)) === Math.floor(b.address / 2 ** (32 - prefix));
  };
  return inRange('10.0.0.0', 8) || inRange('172.16.0.0', 12) || inRange('192.168.0.0', 16);
}

/** The peer ranges a plan can check: known, well-formed ones (tokens and outputs are skipped). */
function knownPeerCidrs(spec: KafkaVpcSpec, isUnknown: IsUnknown): string[] {
  const peers: unknown = spec.peerCidrs ?? [];
  if (!Array.isArray(peers)) return [];
  return (peers as readonly string[]).filter((c) => !isUnknown(c) && typeof c === 'string' && parseIpv4Cidr(c) !== undefined);
}

function resolveDefaults(spec: KafkaVpcSpec, isUnknown: IsUnknown = neverUnknown) {
  const peers = knownPeerCidrs(spec, isUnknown);
  return {
    azCount: spec.azCount ?? (DEFAULT_AZ_COUNT as 2 | 3),
    cidr: spec.cidr ?? (peers.length > 0 ? (freeIpv4Cidr(peers) ?? DEFAULT_VPC_CIDR) : DEFAULT_VPC_CIDR),
    mask: spec.brokerSubnetCidrMask ?? DEFAULT_BROKER_SUBNET_CIDR_MASK,
    retention: spec.flowLogRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
    endpoints: spec.interfaceEndpoints ?? DEFAULT_INTERFACE_ENDPOINTS,
    privateEgress: spec.privateEgress ?? false,
    removal: spec.removal ?? 'retain',
  };
}

/** Number of address blocks the layout needs, in units of one public (/28) subnet. */
function addressesNeeded(azCount: number, mask: number, privateEgress: boolean): number {
  const perGroup = azCount * 2 ** (32 - mask);
  return privateEgress ? 2 * perGroup + azCount * 2 ** (32 - PUBLIC_SUBNET_CIDR_MASK) : perGroup;
}

/** Validates a spec without throwing; every issue has a stable code. */
export function validateKafkaVpc(spec: KafkaVpcSpec, options: KafkaVpcPlanOptions = {}): Issue[] {
  const c = new IssueCollector();
  const isUnknown = options.isUnknown ?? neverUnknown;
  const d = resolveDefaults(spec, isUnknown);

  const azCountOk = d.azCount === 2 || d.azCount === 3;
  if (!azCountOk) {
    c.error('vpc/az-count', 'azCount', 'be 2 or 3', d.azCount, 'Use 3 for production (quorum survives one AZ loss).');
  }

  const parsed = parseIpv4Cidr(d.cidr);
  let cidrOk = false;
  if (!parsed) {
    c.error('vpc/cidr-invalid', 'cidr', 'be an IPv4 CIDR block like 10.0.0.0/16', d.cidr, 'Use a network address and prefix.');
  } else if (parsed.prefix < VPC_PREFIX_RANGE.min || parsed.prefix > VPC_PREFIX_RANGE.max) {
    c.error('vpc/cidr-prefix', 'cidr', `have a prefix between /${VPC_PREFIX_RANGE.min} and /${VPC_PREFIX_RANGE.max}`, d.cidr, 'Use e.g. 10.0.0.0/16.');
  } else if (parsed.address % 2 ** (32 - parsed.prefix) !== 0) {
    const network = formatIpv4Cidr(parsed.address - (parsed.address % 2 ** (32 - parsed.prefix)), parsed.prefix);
    c.error('vpc/cidr-host-bits', 'cidr', 'be a network address (no host bits set)', d.cidr, `Use ${network}.`);
  } else {
    cidrOk = true;
    if (!isRfc1918(parsed.address)) {
      c.warn('vpc/cidr-not-private', 'cidr', `\`cidr\` ${d.cidr} is outside the RFC 1918 private ranges; prefer 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.`);
    }
  }
  c.addAll(validatePeerCidrs(spec, d.cidr, cidrOk, isUnknown));

  const maskOk = Number.isInteger(d.mask) && d.mask >= SUBNET_MASK_RANGE.min && d.mask <= SUBNET_MASK_RANGE.max;
  if (!maskOk) {
    c.error('vpc/subnet-mask-range', 'brokerSubnetCidrMask', `be an integer between ${SUBNET_MASK_RANGE.min} and ${SUBNET_MASK_RANGE.max}`, d.mask, 'Use 22 (default) or a larger number for smaller subnets.');
  }
  if (azCountOk && cidrOk && maskOk && parsed) {
    const available = 2 ** (32 - parsed.prefix);
    const needed = addressesNeeded(d.azCount, d.mask, d.privateEgress);
    if (d.mask < parsed.prefix || needed > available) {
      const groups = d.privateEgress ? `${d.azCount} broker + ${d.azCount} client /${d.mask} and ${d.azCount} public /${PUBLIC_SUBNET_CIDR_MASK} subnets` : `${d.azCount} /${d.mask} subnets`;
      c.error('vpc/subnets-do-not-fit', 'brokerSubnetCidrMask', `leave room for ${groups} in ${d.cidr}`, d.mask, 'Use a larger mask or a larger VPC range.');
    }
  }

  if (!(CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(d.retention)) {
    c.error('vpc/flow-log-retention', 'flowLogRetentionDays', 'be a retention CloudWatch Logs accepts', d.retention, `Use one of ${CLOUDWATCH_RETENTION_DAYS.join(', ')}.`);
  }

  const seen = new Set<string>();
  d.endpoints.forEach((service, i) => {
    if (!(KNOWN_INTERFACE_ENDPOINTS as readonly string[]).includes(service)) {
      const fix = service === 's3' ? 'S3 always gets a gateway endpoint; remove it.' : `Use one of ${KNOWN_INTERFACE_ENDPOINTS.join(', ')}.`;
      c.error('vpc/endpoint-unknown', `interfaceEndpoints.${i}`, 'be a known interface endpoint service', service, fix);
    } else if (seen.has(service)) {
      c.error('vpc/endpoint-duplicate', `interfaceEndpoints.${i}`, 'not repeat a service', service, 'Remove the duplicate.');
    }
    seen.add(service);
  });

  if (d.removal !== 'retain' && d.removal !== 'destroy') {
    c.error('vpc/removal', 'removal', "be 'retain' or 'destroy'", d.removal, "Use 'retain' for production.");
  }

  if (options.availabilityZones !== undefined && azCountOk) {
    c.addAll(validateAvailabilityZones(options.availabilityZones, d.azCount, options.isUnknown ?? neverUnknown, options.zonesFromUser ?? true));
  }
  return [...c.issues];
}

/** `peerCidrs`: well-formed ranges, none overlapping the VPC's own `cidr`. */
function validatePeerCidrs(spec: KafkaVpcSpec, cidr: string, cidrOk: boolean, isUnknown: IsUnknown): Issue[] {
  const c = new IssueCollector();
  const peers = spec.peerCidrs ?? [];
  if (!Array.isArray(peers)) {
    c.error('vpc/peer-cidr-invalid', 'peerCidrs', 'be a list of IPv4 CIDR blocks', peers, "Pass e.g. ['10.0.0.0/16'] (the other VPC's `plan.cidr`).");
    return [...c.issues];
  }
  const known = knownPeerCidrs(spec, isUnknown);
  peers.forEach((peer, i) => {
    if (isUnknown(peer)) return;
    if (typeof peer !== 'string' || parseIpv4Cidr(peer) === undefined) {
      c.error('vpc/peer-cidr-invalid', `peerCidrs.${i}`, 'be an IPv4 CIDR block like 10.0.0.0/16', peer, "Use the other network's range (a `KafkaVpc`'s `plan.cidr`).");
    } else if (cidrOk && ipv4CidrsOverlap(cidr, peer)) {
      const free = freeIpv4Cidr([...known, cidr]);
      const fix = free
        ? `Peered and routed networks need distinct ranges: use \`cidr: '${free}'\` (free), or omit \`cidr\` to get the first free /16.`
        : 'Peered and routed networks need distinct ranges: pick a range outside every peer.';
      c.error('vpc/cidr-overlaps-peer', 'cidr', `not overlap the peer range ${peer} (\`peerCidrs.${i}\`)`, cidr, fix);
    }
  });
  return [...c.issues];
}

/** Checks the zones a face picked: exactly `azCount`, distinct where known. */
export function validateAvailabilityZones(azs: readonly unknown[], azCount: number, isUnknown: IsUnknown = neverUnknown, checkNames = true): Issue[] {
  const c = new IssueCollector();
  if (azs.length !== azCount) {
    c.error('vpc/az-list-length', 'availabilityZones', `list exactly azCount (${azCount}) zones`, azs.map((a) => (isUnknown(a) ? '<unknown>' : a)), `Pass ${azCount} zones or change azCount.`);
  }
  const known = azs.filter((a) => !isUnknown(a));
  if (new Set(known).size !== known.length) {
    c.error('vpc/az-duplicate', 'availabilityZones', 'list distinct zones', known, 'Remove the duplicates.');
  }
  if (checkNames) checkAwsAvailabilityZones(azs, { code: 'vpc/availability-zone', path: 'availabilityZones', isUnknown }, c);
  return [...c.issues];
}

function toPascal(service: string): string {
  return service
    .split(/[.-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** Validates and decides everything; throws one `KafkaValidationError` listing every error. */
export function planKafkaVpc(spec: KafkaVpcSpec = {}, options: KafkaVpcPlanOptions = {}): KafkaVpcPlan {
  const c = new IssueCollector();
  c.addAll(validateKafkaVpc(spec, options));
  c.throwIfErrors('KafkaVpc');
  const warnings = [...c.warnings];

  const d = resolveDefaults(spec, options.isUnknown ?? neverUnknown);
  const { address } = parseIpv4Cidr(d.cidr)!;
  let next = address;
  const allocate = (group: KafkaSubnetGroup, mask: number): PlannedSubnet[] =>
    Array.from({ length: d.azCount }, (_, azIndex) => {
      const cidr = formatIpv4Cidr(next, mask);
      next += 2 ** (32 - mask);
      return { group, azIndex, cidr, mask };
    });
  // Order matters for determinism: broker blocks first, then client, then the small public blocks,
  // so every block is aligned to its own size.
  const brokerSubnets = allocate('broker', d.mask);
  const clientSubnets = d.privateEgress ? allocate('client', d.mask) : [];
  const publicSubnets = d.privateEgress ? allocate('public', PUBLIC_SUBNET_CIDR_MASK) : [];

  const interfaceEndpoints = [...d.endpoints]
    .sort()
    .map((service) => ({ service, slug: service.replace(/\./g, '-'), pascal: toPascal(service) }));

  return {
    azCount: d.azCount,
    cidr: d.cidr,
    brokerSubnetCidrMask: d.mask,
    brokerSubnets,
    clientSubnets,
    publicSubnets,
    internetGateway: d.privateEgress,
    natGateways: d.privateEgress ? d.azCount : 0,
    enableDnsHostnames: true,
    enableDnsSupport: true,
    restrictDefaultSecurityGroup: true,
    gatewayEndpoints: ['s3'],
    interfaceEndpoints,
    endpointIngress: { port: 443, source: 'vpc-cidr' },
    flowLog: {
      trafficType: 'ALL',
      retentionDays: d.retention,
      maxAggregationIntervalSeconds: FLOW_LOG_MAX_AGGREGATION_SECONDS,
      logGroupNamePrefix: FLOW_LOG_GROUP_NAME_PREFIX,
    },
    flowLogKey: {
      enableKeyRotation: true,
      pendingWindowDays: FLOW_LOG_KEY_PENDING_WINDOW_DAYS,
      logsServiceActions: LOGS_SERVICE_KEY_ACTIONS,
    },
    flowLogWriterActions: FLOW_LOG_WRITER_ACTIONS,
    removal: d.removal,
    warnings,
  };
}

/** Name of the flow log group for a VPC with the given unique name (the key policy needs it up front). */
export function flowLogGroupName(plan: KafkaVpcPlan, uniqueName: string): string {
  // CloudWatch Logs allows [.-_/#A-Za-z0-9] in group names.
  return `${plan.flowLog.logGroupNamePrefix}${uniqueName.replace(/[^.\-_/#A-Za-z0-9]/g, '-')}`;
}
