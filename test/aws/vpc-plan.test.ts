import { validationErrorOf } from '../support/conventions';
import {
  DEFAULT_INTERFACE_ENDPOINTS,
  flowLogGroupName,
  formatIpv4Cidr,
  parseIpv4Cidr,
  planKafkaVpc,
  validateAvailabilityZones,
  validateKafkaVpc,
  type KafkaVpcSpec,
} from '../../lib/aws/vpc-plan';

const codes = (spec: KafkaVpcSpec, azs?: unknown[]) => validateKafkaVpc(spec, azs ? { availabilityZones: azs } : {}).map((i) => i.code);
const messageOf = (spec: KafkaVpcSpec, code: string) => validateKafkaVpc(spec).find((i) => i.code === code)?.message;

describe('planKafkaVpc defaults', () => {
  const plan = planKafkaVpc();

  test('isolated-only 3-AZ /16 with /22 broker subnets', () => {
    expect(plan.azCount).toBe(3);
    expect(plan.cidr).toBe('10.0.0.0/16');
    expect(plan.brokerSubnets.map((s) => [s.azIndex, s.cidr])).toEqual([
      [0, '10.0.0.0/22'],
      [1, '10.0.4.0/22'],
      [2, '10.0.8.0/22'],
    ]);
    expect(plan.clientSubnets).toEqual([]);
    expect(plan.publicSubnets).toEqual([]);
    expect(plan.internetGateway).toBe(false);
    expect(plan.natGateways).toBe(0);
    expect(plan.restrictDefaultSecurityGroup).toBe(true);
  });

  test('flow log, key and removal', () => {
    expect(plan.flowLog).toEqual({ trafficType: 'ALL', retentionDays: 365, maxAggregationIntervalSeconds: 600, logGroupNamePrefix: '/kafka-iac/vpc-flow-logs/' });
    expect(plan.flowLogKey.enableKeyRotation).toBe(true);
    expect(plan.flowLogKey.pendingWindowDays).toBe(30);
    expect(plan.removal).toBe('retain');
    expect(plan.warnings).toEqual([]);
  });

  test('endpoints are sorted, with slugs and ids', () => {
    expect(plan.interfaceEndpoints.map((e) => e.service)).toEqual(['kms', 'logs', 'monitoring', 'secretsmanager', 'ssm', 'sts']);
    expect(plan.gatewayEndpoints).toEqual(['s3']);
    const p = planKafkaVpc({ interfaceEndpoints: ['ecr.dkr', 'ecr.api', ...DEFAULT_INTERFACE_ENDPOINTS] });
    expect(p.interfaceEndpoints.slice(0, 2)).toEqual([
      { service: 'ecr.api', slug: 'ecr-api', pascal: 'EcrApi' },
      { service: 'ecr.dkr', slug: 'ecr-dkr', pascal: 'EcrDkr' },
    ]);
    expect(planKafkaVpc({ interfaceEndpoints: [] }).interfaceEndpoints).toEqual([]);
  });

  test('output does not depend on endpoint input order', () => {
    const a = planKafkaVpc({ interfaceEndpoints: ['sts', 'kafka', 'kms'] });
    const b = planKafkaVpc({ interfaceEndpoints: ['kms', 'sts', 'kafka'] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('subnet CIDR math', () => {
  test('privateEgress: broker, then client, then /28 public blocks', () => {
    const p = planKafkaVpc({ privateEgress: true });
    expect(p.clientSubnets.map((s) => s.cidr)).toEqual(['10.0.12.0/22', '10.0.16.0/22', '10.0.20.0/22']);
    expect(p.publicSubnets.map((s) => s.cidr)).toEqual(['10.0.24.0/28', '10.0.24.16/28', '10.0.24.32/28']);
    expect(p.internetGateway).toBe(true);
    expect(p.natGateways).toBe(3);
  });

  test('2 AZs in a /24 with /26 subnets', () => {
    const p = planKafkaVpc({ azCount: 2, cidr: '192.168.10.0/24', brokerSubnetCidrMask: 26 });
    expect(p.brokerSubnets.map((s) => s.cidr)).toEqual(['192.168.10.0/26', '192.168.10.64/26']);
  });

  test('tight fit is accepted: 6 x /27 + 3 x /28 (240 addresses) in a /24', () => {
    const p = planKafkaVpc({ cidr: '10.1.0.0/24', brokerSubnetCidrMask: 27, privateEgress: true });
    expect(p.publicSubnets.map((s) => s.cidr)).toEqual(['10.1.0.192/28', '10.1.0.208/28', '10.1.0.224/28']);
  });

  test('carries across octets', () => {
    const p = planKafkaVpc({ cidr: '172.16.0.0/16', brokerSubnetCidrMask: 18 });
    expect(p.brokerSubnets.map((s) => s.cidr)).toEqual(['172.16.0.0/18', '172.16.64.0/18', '172.16.128.0/18']);
  });

  test('parse/format round trip', () => {
    const c = parseIpv4Cidr('255.255.255.255/32')!;
    expect(formatIpv4Cidr(c.address, c.prefix)).toBe('255.255.255.255/32');
    expect(parseIpv4Cidr('256.0.0.0/16')).toBeUndefined();
    expect(parseIpv4Cidr('10.0.0.0/33')).toBeUndefined();
    expect(parseIpv4Cidr('10.0.0/16')).toBeUndefined();
  });

  test('flow log group name is sanitized', () => {
    expect(flowLogGroupName(planKafkaVpc(), 'proj-dev-my vpc:1')).toBe('/kafka-iac/vpc-flow-logs/proj-dev-my-vpc-1');
  });
});

describe('validation: every code', () => {
  test.each<[string, KafkaVpcSpec, string]>([
    ['vpc/az-count', { azCount: 4 as 3 }, '`azCount` must be 2 or 3, got: 4. Use 3 for production (quorum survives one AZ loss).'],
    ['vpc/cidr-invalid', { cidr: '10.0.0.0' }, '`cidr` must be an IPv4 CIDR block like 10.0.0.0/16, got: "10.0.0.0". Use a network address and prefix.'],
    ['vpc/cidr-prefix', { cidr: '10.0.0.0/8' }, '`cidr` must have a prefix between /16 and /24, got: "10.0.0.0/8". Use e.g. 10.0.0.0/16.'],
    ['vpc/cidr-host-bits', { cidr: '10.0.1.0/16' }, '`cidr` must be a network address (no host bits set), got: "10.0.1.0/16". Use 10.0.0.0/16.'],
    ['vpc/subnet-mask-range', { brokerSubnetCidrMask: 29 }, '`brokerSubnetCidrMask` must be an integer between 16 and 28, got: 29. Use 22 (default) or a larger number for smaller subnets.'],
    [
      'vpc/subnets-do-not-fit',
      { cidr: '10.0.0.0/24', brokerSubnetCidrMask: 24 },
      '`brokerSubnetCidrMask` must leave room for 3 /24 subnets in 10.0.0.0/24, got: 24. Use a larger mask or a larger VPC range.',
    ],
    ['vpc/flow-log-retention', { flowLogRetentionDays: 100 }, '`flowLogRetentionDays` must be a retention CloudWatch Logs accepts, got: 100. Use one of'],
    ['vpc/endpoint-unknown', { interfaceEndpoints: ['s3'] }, '`interfaceEndpoints.0` must be a known interface endpoint service, got: "s3". S3 always gets a gateway endpoint; remove it.'],
    ['vpc/endpoint-duplicate', { interfaceEndpoints: ['kms', 'kms'] }, '`interfaceEndpoints.1` must not repeat a service, got: "kms". Remove the duplicate.'],
    ['vpc/removal', { removal: 'delete' as 'destroy' }, "`removal` must be 'retain' or 'destroy', got: \"delete\". Use 'retain' for production."],
  ])('%s', (code, spec, message) => {
    expect(codes(spec)).toEqual([code]);
    expect(messageOf(spec, code)).toContain(message);
  });

  test('subnets-do-not-fit counts client and public subnets with privateEgress', () => {
    const spec: KafkaVpcSpec = { cidr: '10.0.0.0/24', brokerSubnetCidrMask: 26, privateEgress: true };
    expect(codes(spec)).toEqual(['vpc/subnets-do-not-fit']);
    expect(messageOf(spec, 'vpc/subnets-do-not-fit')).toContain('3 broker + 3 client /26 and 3 public /28 subnets');
    expect(codes({ ...spec, privateEgress: false })).toEqual([]);
  });

  test('unknown endpoint lists the known ones', () => {
    expect(messageOf({ interfaceEndpoints: ['kafkaa'] }, 'vpc/endpoint-unknown')).toContain('ec2messages, ecr.api, ecr.dkr');
  });

  test('vpc/cidr-not-private is a warning, not an error', () => {
    const issues = validateKafkaVpc({ cidr: '100.64.0.0/16' });
    expect(issues).toEqual([expect.objectContaining({ code: 'vpc/cidr-not-private', severity: 'warning' })]);
    expect(planKafkaVpc({ cidr: '100.64.0.0/16' }).warnings.map((w) => w.code)).toEqual(['vpc/cidr-not-private']);
  });

  test('availability zones: length and duplicates; unknown values are deferred', () => {
    expect(codes({}, ['eu-west-1a', 'eu-west-1b'])).toEqual(['vpc/az-list-length']);
    expect(codes({}, ['eu-west-1a', 'eu-west-1a', 'eu-west-1b'])).toEqual(['vpc/az-duplicate']);
    expect(validateAvailabilityZones(['eu-west-1a', 'eu-west-1b'], 3)[0]!.message).toBe(
      '`availabilityZones` must list exactly azCount (3) zones, got: ["eu-west-1a","eu-west-1b"]. Pass 3 zones or change azCount.',
    );
    expect(validateAvailabilityZones(['eu-west-1a', 'eu-west-1b', 'eu-wset-1c'], 3).map((i) => [i.code, i.message])).toEqual([
      ['vpc/availability-zone', '`availabilityZones[2]` must be an AZ of an AWS region, got: "eu-wset-1c". Did you mean "eu-west-1c"?'],
    ]);
    expect(validateAvailabilityZones(['eu-west-1a', 'eu-west-2b'], 2).map((i) => i.code)).toEqual(['vpc/availability-zone']);
    const unknown = (v: unknown) => v === 'TOKEN';
    expect(validateAvailabilityZones(['TOKEN', 'TOKEN', 'TOKEN'], 3, unknown)).toEqual([]);
    expect(validateAvailabilityZones(['TOKEN', 'TOKEN'], 3, unknown)[0]!.message).toContain('got: ["<unknown>","<unknown>"]');
  });

  test('planKafkaVpc throws once, listing every error', () => {
    const v = validationErrorOf(() => planKafkaVpc({ azCount: 1 as 2, cidr: 'nope', flowLogRetentionDays: 2, interfaceEndpoints: ['x'] }));
    expect(v.codes).toEqual(['vpc/az-count', 'vpc/cidr-invalid', 'vpc/flow-log-retention', 'vpc/endpoint-unknown']);
    expect(v.message).toMatch(/^KafkaVpc: 4 invalid properties:\n {2}- \[vpc\/az-count\]/);
  });
});
