/**
 * Plan decisions for intelligent rebalancing, the dual-stack network type and the in-place upgrade to Express
 * brokers: decided once here, so both faces only map them.
 */
import { MskClusterSpec, MskNetworkInput, MskProvisionedPlan, MskProvisionedSpec, planMskCluster, validateMskCluster } from '../../lib/msk';
import { validationErrorOf } from '../support/conventions';

const SUBNETS: MskNetworkInput = { subnets: ['a', 'b', 'c'].map((z) => ({ subnetId: `subnet-${z}`, availabilityZone: `us-east-1${z}` })) };
const DUAL_STACK_SUBNETS: MskNetworkInput = { subnets: SUBNETS.subnets!.map((s) => ({ ...s, ipv6: true })) };
const IPV4_SUBNETS: MskNetworkInput = { subnets: SUBNETS.subnets!.map((s) => ({ ...s, ipv6: false })) };
const std = (extra: Partial<MskProvisionedSpec> = {}): MskClusterSpec => ({ kind: 'standard', clusterName: 'orders', ...extra } as MskProvisionedSpec);
const exp = (extra: Partial<MskProvisionedSpec> = {}): MskClusterSpec => ({ kind: 'express', clusterName: 'orders', ...extra } as MskProvisionedSpec);
const plan = (spec: MskClusterSpec, net: MskNetworkInput = SUBNETS) => planMskCluster(spec, net) as MskProvisionedPlan;
const issues = (spec: MskClusterSpec, net: MskNetworkInput = SUBNETS) => validateMskCluster(spec, net);
const errorCodes = (spec: MskClusterSpec, net: MskNetworkInput = SUBNETS) => issues(spec, net).filter((i) => i.severity === 'error').map((i) => i.code);
const existing = { clusterAlreadyDeployed: true } as const;

describe('intelligent rebalancing (Express brokers)', () => {
  test('not sent by default: MSK turns it on for new Express clusters', () => {
    expect(plan(exp()).rebalancing).toBeUndefined();
    expect(plan(std()).rebalancing).toBeUndefined();
  });
  test('true is ACTIVE, false is PAUSED', () => {
    expect(plan(exp({ intelligentRebalancing: true })).rebalancing).toBe('ACTIVE');
    expect(plan(exp({ intelligentRebalancing: false })).rebalancing).toBe('PAUSED');
  });
  test('refused on Standard brokers, whatever the value', () => {
    for (const v of [true, false]) expect(errorCodes(std({ intelligentRebalancing: v }))).toEqual(['msk/rebalancing-express-only']);
    expect(validationErrorOf(() => plan(std({ intelligentRebalancing: true }))).message).toContain(
      '`intelligentRebalancing` must be omitted on Standard brokers (intelligent rebalancing is an Express broker feature), got: true.',
    );
  });
  test('a value that is not a boolean is refused', () => {
    expect(errorCodes(exp({ intelligentRebalancing: 'ACTIVE' as unknown as boolean }))).toEqual(['msk/rebalancing']);
  });
});

describe('dual-stack network type', () => {
  test('not sent by default; IPV4 is sent only when set, with the connectivity block of an existing cluster', () => {
    expect(plan(std()).connectivity.networkType).toBeUndefined();
    expect(plan(std({ connectivity: existing })).connectivity.networkType).toBeUndefined();
    expect(plan(std({ connectivity: { networkType: 'IPV4', ...existing } })).connectivity).toMatchObject({ networkType: 'IPV4', sendConnectivityInfo: true });
  });
  test('DUAL on an existing cluster with IPv6 subnets: sent, with IPv6 bootstrap strings per private listener and a one-way warning', () => {
    const p = plan(std({ clientAuthentication: { iam: true, scram: { users: ['app'] } }, connectivity: { networkType: 'DUAL', ...existing } }), DUAL_STACK_SUBNETS);
    expect(p.connectivity).toMatchObject({ networkType: 'DUAL', sendConnectivityInfo: true });
    expect(p.bootstrapFields).toEqual([
      'BootstrapBrokerStringSaslIam', 'BootstrapBrokerStringSaslScram', 'BootstrapBrokerStringSaslIamIpv6', 'BootstrapBrokerStringSaslScramIpv6',
    ]);
    expect(p.warnings.map((w) => w.code)).toEqual(['msk/dual-stack-one-way']);
    expect(p.warnings[0]!.message).toContain('cannot go back to IPV4');
  });
  test('the listeners the IPv6 strings follow: TLS (mTLS) and plaintext', () => {
    const CA = 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/11111111-2222-3333-4444-555555555555';
    const p = plan(std({
      clientAuthentication: { iam: false, mtls: { certificateAuthorityArns: [CA] }, unauthenticated: true, allowUnauthenticated: true },
      encryptionInTransit: { clientBroker: 'TLS_PLAINTEXT', allowPlaintext: true }, connectivity: { networkType: 'DUAL', ...existing },
    }));
    expect(p.bootstrapFields.filter((f) => f.endsWith('Ipv6'))).toEqual(['BootstrapBrokerStringTlsIpv6', 'BootstrapBrokerStringIpv6']);
  });
  test('subnets whose IPv6 the face does not know are accepted (MSK checks them at deploy time)', () => {
    expect(errorCodes(std({ connectivity: { networkType: 'DUAL', ...existing } }))).toEqual([]);
  });
  test.each([
    ['on the first deploy', std({ connectivity: { networkType: 'DUAL' } }), DUAL_STACK_SUBNETS, ['msk/dual-stack-first-deploy'],
      "`connectivity.networkType` must be 'IPV4' when the cluster is created (MSK creates every cluster as IPV4 and moves existing ones to DUAL), got: \"DUAL\"."],
    ['on IPv4-only subnets', std({ connectivity: { networkType: 'DUAL', ...existing } }), IPV4_SUBNETS, ['msk/dual-stack-subnets'],
      '`vpcSubnets` must have IPv6 CIDR blocks for networkType \'DUAL\''],
    ['before Kafka 3.6', std({ kafkaVersion: '3.5.1', allowEndOfSupportVersion: true, connectivity: { networkType: 'DUAL', ...existing } }), DUAL_STACK_SUBNETS,
      ['msk/dual-stack-version'], 'dual-stack needs 3.6.0 or later'],
    ['on kafka.t3.small', std({ instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', connectivity: { networkType: 'DUAL', ...existing } }), DUAL_STACK_SUBNETS,
      ['msk/dual-stack-instance'], 'be \'IPV4\' on kafka.t3.small'],
    ['an unknown network type', std({ connectivity: { networkType: 'IPV6' as 'DUAL', ...existing } }), SUBNETS, ['msk/network-type'], 'must be one of IPV4, DUAL'],
  ])('DUAL is refused %s', (_name, spec, net, codes, fragment) => {
    expect(errorCodes(spec, net)).toEqual(codes);
    expect(validationErrorOf(() => plan(spec, net)).message).toContain(fragment);
  });
  test('Express brokers take it too', () => {
    expect(plan(exp({ connectivity: { networkType: 'DUAL', ...existing } }), DUAL_STACK_SUBNETS).connectivity.networkType).toBe('DUAL');
  });
});

describe('topic reassignment of an in-place upgrade to Express brokers', () => {
  test('not sent by default', () => {
    expect(plan(exp()).topicReassignment).toBeUndefined();
  });
  test.each(['MANUAL', 'AUTOMATIC'] as const)('%s is sent on an Express cluster on 3.9.x.kraft', (mode) => {
    expect(plan(exp({ topicReassignment: mode })).topicReassignment).toBe(mode);
  });
  test.each([
    ['on Standard brokers', std({ topicReassignment: 'AUTOMATIC' }), ['msk/topic-reassignment-express-only'], "`topicReassignment` must be set only with kind 'express'"],
    ['on another Kafka version', exp({ kafkaVersion: '3.8.x', topicReassignment: 'MANUAL' }), ['msk/topic-reassignment-version'],
      '`kafkaVersion` must be 3.9.x.kraft for an in-place upgrade to Express brokers, got: "3.8.x".'],
    ['with an unknown mode', exp({ topicReassignment: 'ALL' as 'MANUAL' }), ['msk/topic-reassignment'], '`topicReassignment` must be one of MANUAL, AUTOMATIC'],
  ])('refused %s', (_name, spec, codes, fragment) => {
    expect(errorCodes(spec)).toEqual(codes);
    expect(validationErrorOf(() => plan(spec)).message).toContain(fragment);
  });
});
