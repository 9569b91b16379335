import { freeIpv4Cidr } from '../../lib/core/ipv4';
import { planKafkaVpc, validateKafkaVpc, type KafkaVpcSpec } from '../../lib/aws/vpc-plan';
import { planKafkaVpcPeering, validateKafkaVpcPeering, type KafkaVpcPeeringSpec } from '../../lib/aws/vpc-peering-plan';
import { validationErrorOf } from '../support/conventions';

describe('freeIpv4Cidr', () => {
  test.each<[readonly string[], number, string | undefined]>([
    [[], 16, '10.0.0.0/16'],
    [['10.0.0.0/16'], 16, '10.1.0.0/16'],
    [['10.0.0.0/16', '10.1.0.0/16'], 16, '10.2.0.0/16'],
    [['10.1.0.0/24'], 16, '10.0.0.0/16'],
    [['10.0.0.0/8'], 16, '172.16.0.0/16'],
    [['10.0.0.0/8', '172.16.0.0/12'], 16, '192.168.0.0/16'],
    [['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], 16, undefined],
    [['10.0.0.0/16', 'nonsense'], 20, '10.1.0.0/20'],
  ])('taken %j, /%d -> %s', (taken, prefix, expected) => {
    expect(freeIpv4Cidr(taken, prefix)).toBe(expected);
  });
});

describe('KafkaVpc peerCidrs', () => {
  test('without cidr, the VPC takes the first /16 its peers leave free', () => {
    expect(planKafkaVpc({ peerCidrs: ['10.0.0.0/16'] }).cidr).toBe('10.1.0.0/16');
    expect(planKafkaVpc({ peerCidrs: ['10.0.0.0/16', '10.1.0.0/16'] }).cidr).toBe('10.2.0.0/16');
    expect(planKafkaVpc({ peerCidrs: ['10.1.0.0/16'] }).cidr).toBe('10.0.0.0/16');
    expect(planKafkaVpc({ peerCidrs: ['10.0.0.0/16'] }).brokerSubnets.map((s) => s.cidr)).toEqual(['10.1.0.0/22', '10.1.4.0/22', '10.1.8.0/22']);
  });

  test('no peers: the default range is unchanged', () => {
    expect(planKafkaVpc({}).cidr).toBe('10.0.0.0/16');
    expect(planKafkaVpc({ peerCidrs: [] }).cidr).toBe('10.0.0.0/16');
  });

  test('a deploy-time peer range is not checked and does not move the default', () => {
    const token = '${Token[TOKEN.1]}';
    const isUnknown = (v: unknown) => v === token;
    expect(validateKafkaVpc({ cidr: '10.0.0.0/16', peerCidrs: [token] }, { isUnknown })).toEqual([]);
    expect(planKafkaVpc({ peerCidrs: [token] }, { isUnknown }).cidr).toBe('10.0.0.0/16');
  });

  test.each<[string, KafkaVpcSpec, string]>([
    [
      'vpc/cidr-overlaps-peer',
      { cidr: '10.0.0.0/16', peerCidrs: ['10.0.0.0/16'] },
      "`cidr` must not overlap the peer range 10.0.0.0/16 (`peerCidrs.0`), got: \"10.0.0.0/16\". Peered and routed networks need distinct ranges: use `cidr: '10.1.0.0/16'` (free), or omit `cidr` to get the first free /16.",
    ],
    [
      'vpc/cidr-overlaps-peer',
      { cidr: '10.0.0.0/16', peerCidrs: ['10.1.0.0/16', '10.0.128.0/17'] },
      "`cidr` must not overlap the peer range 10.0.128.0/17 (`peerCidrs.1`), got: \"10.0.0.0/16\". Peered and routed networks need distinct ranges: use `cidr: '10.2.0.0/16'` (free), or omit `cidr` to get the first free /16.",
    ],
    [
      'vpc/peer-cidr-invalid',
      { peerCidrs: ['10.0.0.0'] },
      "`peerCidrs.0` must be an IPv4 CIDR block like 10.0.0.0/16, got: \"10.0.0.0\". Use the other network's range (a `KafkaVpc`'s `plan.cidr`).",
    ],
    [
      'vpc/peer-cidr-invalid',
      { peerCidrs: '10.0.0.0/16' as unknown as string[] },
      "`peerCidrs` must be a list of IPv4 CIDR blocks, got: \"10.0.0.0/16\". Pass e.g. ['10.0.0.0/16'] (the other VPC's `plan.cidr`).",
    ],
  ])('%s: exact message', (code, spec, message) => {
    const issues = validateKafkaVpc(spec);
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]!.message).toBe(message);
  });

  test('planKafkaVpc throws every issue at once', () => {
    const err = validationErrorOf(() => planKafkaVpc({ cidr: '10.0.0.0/16', peerCidrs: ['10.0.0.0/16', 'x'] }));
    expect(err.codes).toEqual(['vpc/cidr-overlaps-peer', 'vpc/peer-cidr-invalid']);
  });
});

describe('planKafkaVpcPeering', () => {
  const spec = (over: Partial<KafkaVpcPeeringSpec> = {}): KafkaVpcPeeringSpec => ({
    requester: { cidr: '10.1.0.0/16', region: 'eu-central-1', account: '111111111111' },
    accepter: { cidr: '10.0.0.0/16', region: 'eu-west-1', account: '111111111111' },
    ...over,
  });

  test('cross-Region: the accepter Region is the peer Region; each side routes to the other range', () => {
    expect(planKafkaVpcPeering(spec())).toEqual({
      requesterCidr: '10.1.0.0/16',
      accepterCidr: '10.0.0.0/16',
      peerRegion: 'eu-west-1',
      crossRegion: true,
      requesterRoute: { destinationCidr: '10.0.0.0/16' },
      accepterRoute: { destinationCidr: '10.1.0.0/16' },
    });
  });

  test('same Region (or known to be the same): no peer Region', () => {
    const p = planKafkaVpcPeering(spec({ accepter: { cidr: '10.0.0.0/16', region: 'eu-central-1' } }));
    expect([p.crossRegion, p.peerRegion]).toEqual([false, undefined]);
    const token = '${Token[AWS.Region.1]}';
    const q = planKafkaVpcPeering(spec({ requester: { cidr: '10.1.0.0/16', region: token }, accepter: { cidr: '10.0.0.0/16', region: token }, sameRegion: true }), (v) => v === token);
    expect([q.crossRegion, q.peerRegion]).toEqual([false, undefined]);
  });

  test('no Regions given (Pulumi: providers decide): not cross-Region in the plan, no issue', () => {
    expect(validateKafkaVpcPeering({ requester: { cidr: '10.1.0.0/16' }, accepter: { cidr: '10.0.0.0/16' } })).toEqual([]);
  });

  test.each<[string, Partial<KafkaVpcPeeringSpec>, string]>([
    [
      'vpc-peering/cidr-overlap',
      { accepter: { cidr: '10.1.0.0/16', region: 'eu-west-1' } },
      "`peerVpc.cidr` must not overlap the range of `vpc` (10.1.0.0/16), got: \"10.1.0.0/16\". VPC peering refuses overlapping ranges (the connection would fail): create the peer VPC with `cidr: '10.0.0.0/16'`, or with `peerCidrs: ['10.1.0.0/16']` to get a free /16.",
    ],
    [
      'vpc-peering/cidr-invalid',
      { accepter: { cidr: '10.0.0.0/33', region: 'eu-west-1' } },
      "`peerVpc.cidr` must be a literal IPv4 CIDR block (a `KafkaVpc` plan value), got: \"10.0.0.0/33\". Peer `KafkaVpc`s: their ranges are known when the program runs, so both sides' routes can be decided.",
    ],
    [
      'vpc-peering/cross-account',
      { accepter: { cidr: '10.0.0.0/16', region: 'eu-west-1', account: '222222222222' } },
      '`peerVpc` must be in the account of `vpc` (111111111111), got: "222222222222". Peer VPCs of one account (a cross-account peering needs a peer role in the other account: create it with ec2.CfnVPCPeeringConnection).',
    ],
    [
      'vpc-peering/region-unknown',
      { accepter: { cidr: '10.0.0.0/16', region: '${Token[AWS.Region.1]}' } },
      '`peerVpc` must be in a known Region (or in the Region of `vpc`), got: "<deploy-time value>". Give both stacks an `env` with a `region`: a peering\'s routes are created in each VPC\'s Region.',
    ],
  ])('%s: exact message', (code, over, message) => {
    const issues = validateKafkaVpcPeering(spec(over), (v) => typeof v === 'string' && v.startsWith('${Token'));
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]!.message).toBe(message);
  });

  test('a deploy-time range is refused: routes need both ranges', () => {
    const err = validationErrorOf(() => planKafkaVpcPeering(spec({ requester: { cidr: '${Token[X.1]}', region: 'eu-central-1' } }), (v) => v === '${Token[X.1]}'));
    expect(err.codes).toEqual(['vpc-peering/cidr-invalid']);
    expect(err.issues[0]!.message).toContain('got: "<deploy-time value>"');
  });
});
