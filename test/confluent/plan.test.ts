import { KafkaValidationError } from '../../lib/core/issues';
import {
  CLUSTER_TYPE_INFO, crnPattern, planConfluentKafka, validateConfluentKafka, type ConfluentKafkaSpec, type ConfluentPlan,
} from '../../lib/confluent';
import { DEDICATED, KMS_ARN, STANDARD, withSpec } from './fixtures';
import { MESSAGE_GRAMMAR_WITH_FIX } from '../support/conventions';

const errorsOf = (spec: ConfluentKafkaSpec) => validateConfluentKafka(spec).filter((i) => i.severity === 'error');
const warningsOf = (spec: ConfluentKafkaSpec) => validateConfluentKafka(spec).filter((i) => i.severity === 'warning').map((i) => i.code);

describe('defaults', () => {
  test('Standard: multi-zone, ADVANCED governance, deletion protection, protect, RBAC, one blue key', () => {
    const p = planConfluentKafka(STANDARD);
    expect(p.environment).toEqual({ kind: 'create', displayName: 'orders-dev', streamGovernance: 'ADVANCED' });
    expect(p.cluster).toMatchObject({ availability: 'multi-zone', providerAvailability: 'MULTI_ZONE', deletionProtection: true, shape: { block: 'standard', value: {} } });
    expect(p).toMatchObject({ protect: true, protectTopics: true, waitForApiKeys: true, accessControl: 'rbac', networking: { kind: 'public' } });
    expect(p.applications.map((a) => [a.name, a.apiKeys])).toEqual([
      ['billing', { slots: ['blue'], active: 'blue' }],
      ['order-service', { slots: ['blue'], active: 'blue' }],
    ]);
    expect(p.warnings).toEqual([]);
  });

  test('Basic: single-zone, ESSENTIALS, no server-side deletion protection, ACLs instead of RBAC', () => {
    const p = planConfluentKafka(withSpec(STANDARD, { cluster: { type: 'basic' } }));
    expect(p.environment).toMatchObject({ streamGovernance: 'ESSENTIALS' });
    expect(p.cluster).toMatchObject({ availability: 'single-zone', providerAvailability: 'SINGLE_ZONE', deletionProtection: false, shape: { block: 'basic' } });
    expect(p.accessControl).toBe('acls');
    expect(p.protect).toBe(true);
    const billing = p.applications.find((a) => a.name === 'billing')!;
    expect(billing.roleBindings).toEqual([]);
    expect(billing.acls.map((a) => `${a.permission} ${a.operation} ${a.resourceType}:${a.patternType}:${a.resourceName}`)).toEqual([
      'ALLOW READ TOPIC:LITERAL:orders', 'ALLOW DESCRIBE TOPIC:LITERAL:orders', 'ALLOW READ GROUP:LITERAL:billing',
    ]);
    // ACL management needs the cluster admin role.
    expect(p.admin?.roleBindings).toEqual([{ id: 'cluster-admin', roleName: 'CloudClusterAdmin' }]);
  });

  test('every cluster type produces exactly its own provider block', () => {
    const cases: [ConfluentKafkaSpec['cluster'], string, unknown][] = [
      [{ type: 'basic', cloud: 'GCP', region: 'europe-west1', displayName: 'k' }, 'basic', {}],
      [{ type: 'standard', cloud: 'AZURE', region: 'eastus2', displayName: 'k' }, 'standard', {}],
      [{ type: 'enterprise', cloud: 'AWS', region: 'us-east-2', displayName: 'k', maxEcku: 4 }, 'enterprises', [{ maxEcku: 4 }]],
      [{ type: 'freight', cloud: 'AWS', region: 'us-east-2', displayName: 'k' }, 'freights', [{}]],
      [{ type: 'dedicated', cloud: 'AWS', region: 'us-east-2', displayName: 'k', cku: 3 }, 'dedicated', { cku: 3 }],
    ];
    for (const [cluster, block, value] of cases) {
      const networking = cluster.type === 'enterprise' ? { kind: 'privatelink-attachment' as const } : undefined;
      const p = planConfluentKafka({ environment: { kind: 'create', displayName: 'e' }, cluster, networking });
      expect([cluster.type, p.cluster.shape]).toEqual([cluster.type, { block, value }]);
      expect(p.cluster.info.block).toBe(block);
    }
  });

  test('Enterprise and Freight map availability to LOW/HIGH, the others to SINGLE_ZONE/MULTI_ZONE', () => {
    expect(CLUSTER_TYPE_INFO.enterprise.availability).toEqual({ 'single-zone': 'LOW', 'multi-zone': 'HIGH' });
    expect(CLUSTER_TYPE_INFO.freight.availability).toEqual({ 'single-zone': 'LOW', 'multi-zone': 'HIGH' });
    expect(CLUSTER_TYPE_INFO.dedicated.availability).toEqual({ 'single-zone': 'SINGLE_ZONE', 'multi-zone': 'MULTI_ZONE' });
    expect(CLUSTER_TYPE_INFO.basic.availability).toEqual({ 'single-zone': 'SINGLE_ZONE' });
  });
});

describe('Dedicated with PrivateLink', () => {
  let p: ConfluentPlan;
  beforeAll(() => {
    p = planConfluentKafka(DEDICATED);
  });

  test('network plan: PRIVATELINK, private DNS, allowed account, AWS endpoint', () => {
    expect(p.networking).toMatchObject({ kind: 'network', connectionType: 'PRIVATELINK', dnsResolution: 'PRIVATE', allowedAccounts: ['123456789012'], endpoint: { cloud: 'AWS' } });
    expect(p.cluster.byok).toEqual({ kind: 'aws', keyArn: KMS_ARN });
    expect(p.cluster.shape).toEqual({ block: 'dedicated', value: { cku: 2 } });
  });

  test('least privilege: DeveloperWrite/DeveloperRead on exact topics, prefixes and groups only', () => {
    const grants = (name: string) => p.applications.find((a) => a.name === name)!.roleBindings.map((r) => `${r.roleName} ${r.resource?.kind}=${r.resource?.name}${r.resource?.prefix ? '*' : ''}`);
    expect(grants('payments')).toEqual(['DeveloperWrite topic=payments', 'DeveloperWrite topic=payments.*', 'DeveloperRead topic=refunds', 'DeveloperRead group=payments']);
    expect(grants('ledger')).toEqual(['DeveloperRead topic=payments', 'DeveloperRead group=ledger-*']);
    expect(p.applications.every((a) => a.roleBindings.every((r) => r.roleName !== 'CloudClusterAdmin'))).toBe(true);
  });

  test('admin: DeveloperManage on exactly the managed topics (no ACLs, no mirror topics)', () => {
    expect(p.admin?.roleBindings.map((r) => `${r.roleName} ${r.resource?.name}`)).toEqual(['DeveloperManage payments', 'DeveloperManage refunds']);
    expect(p.admin?.serviceAccountName).toBe('payments-admin');
  });

  test('private cluster: readiness warning', () => {
    expect(p.warnings.map((w) => w.code)).toEqual(['confluent/private-readiness']);
    expect(warningsOf({ ...DEDICATED, waitForApiKeys: false })).toEqual([]);
  });

  test('CRN patterns are exact', () => {
    const crn = 'crn://confluent.cloud/organization=o-1/environment=env-1/cloud-cluster=lkc-1';
    expect(crnPattern(crn, 'lkc-1', { kind: 'topic', name: 'payments', prefix: false })).toBe(`${crn}/kafka=lkc-1/topic=payments`);
    expect(crnPattern(crn, 'lkc-1', { kind: 'group', name: 'ledger-', prefix: true })).toBe(`${crn}/kafka=lkc-1/group=ledger-*`);
    expect(crnPattern(crn, 'lkc-1')).toBe(crn);
  });
});

describe('rotation, mirror topics, warnings', () => {
  test('two slots while rotating; the last one listed is active by default', () => {
    const p = planConfluentKafka(withSpec(STANDARD, { applications: { billing: { consume: { topics: ['orders'], groups: ['b'] }, apiKeys: { slots: ['blue', 'green'] } } } }));
    expect(p.applications[0]!.apiKeys).toEqual({ slots: ['blue', 'green'], active: 'green' });
  });

  test('promoted mirror topics are kept and flagged; the admin becomes CloudClusterAdmin', () => {
    const p = planConfluentKafka({ ...DEDICATED, mirrorTopics: [{ sourceTopic: 'orders', clusterLinkName: 'dr-link', status: 'PROMOTED' }] });
    expect(p.mirrorTopics).toEqual([{ name: 'orders', sourceTopic: 'orders', clusterLinkName: 'dr-link', status: 'PROMOTED' }]);
    expect(p.warnings.map((w) => w.code)).toContain('confluent/mirror-promoted');
    expect(p.admin?.roleBindings).toEqual([{ id: 'cluster-admin', roleName: 'CloudClusterAdmin' }]);
  });

  test('single-zone production, ESSENTIALS on production, protect off, consumer without group: warnings', () => {
    expect(warningsOf(withSpec(STANDARD, { cluster: { availability: 'single-zone' } }))).toEqual(['confluent/single-zone']);
    expect(warningsOf(withSpec(STANDARD, { environment: { streamGovernance: 'ESSENTIALS' } }))).toEqual(['confluent/governance-essentials']);
    expect(warningsOf({ ...STANDARD, protect: false })).toEqual(['confluent/unprotected']);
    expect(warningsOf(withSpec(STANDARD, { applications: { billing: { consume: { topics: ['orders'] } } } }))).toEqual(['confluent/consume-without-group']);
  });

  test('the plan is deterministic and independent of application order', () => {
    const reversed = { ...DEDICATED, applications: Object.fromEntries(Object.entries(DEDICATED.applications!).reverse()) };
    expect(JSON.stringify(planConfluentKafka(reversed))).toBe(JSON.stringify(planConfluentKafka(DEDICATED)));
  });

  test('values only known at deploy time are not format-checked', () => {
    const unknown = { unknown: true };
    const spec = withSpec(DEDICATED, { cluster: { byok: { kind: 'aws', keyArn: unknown } } });
    expect(errorsOf(spec).map((e) => e.code)).toEqual(['confluent/byok-key-arn']);
    expect(validateConfluentKafka(spec, (v) => v === unknown).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

type Case = [string, ConfluentKafkaSpec, string, string];
const ent = (patch: Record<string, unknown>) => withSpec({ environment: { kind: 'create', displayName: 'e' }, cluster: { type: 'enterprise', cloud: 'AWS', region: 'us-east-2', displayName: 'k' }, networking: { kind: 'privatelink-attachment' } }, patch);
const ded = (patch: Record<string, unknown>) => withSpec(DEDICATED, patch);
const std = (patch: Record<string, unknown>) => withSpec(STANDARD, patch);

const BAD: Case[] = [
  ['unknown type', std({ cluster: { type: 'premium' } }), 'confluent/cluster-type', 'must be one of basic, standard, enterprise, dedicated, freight'],
  ['unknown cloud', std({ cluster: { cloud: 'aws' } }), 'confluent/cloud', 'must be one of AWS, AZURE, GCP, got: "aws"'],
  ['Freight on GCP', std({ cluster: { type: 'freight', cloud: 'GCP', region: 'us-central1' } }), 'confluent/type-cloud', 'Freight clusters run on AWS only'],
  ['bad region', std({ cluster: { region: 'US East' } }), 'confluent/region', '`cluster.region` must be an AWS region such as "eu-west-1", got: "US East".'],
  ['region typo', std({ cluster: { region: 'us-eest-2' } }), 'confluent/region', 'Did you mean "us-east-2"'],
  ['bad cluster name', std({ cluster: { displayName: '-x' } }), 'confluent/cluster-name', '`cluster.displayName` must be'],
  ['multi-zone Basic', std({ cluster: { type: 'basic', availability: 'multi-zone' } }), 'confluent/availability', "must be 'single-zone' for a basic cluster, got: \"multi-zone\""],
  ['Dedicated without CKU', ded({ cluster: { cku: undefined } }), 'confluent/cku-required', 'at least 2 when multi-zone'],
  ['multi-zone Dedicated with 1 CKU', ded({ cluster: { cku: 1 } }), 'confluent/cku-minimum', 'must be an integer of at least 2 for a multi-zone Dedicated cluster, got: 1'],
  ['CKU on Standard', std({ cluster: { cku: 2 } }), 'confluent/cku-only-dedicated', 'be set only on Dedicated clusters'],
  ['maxEcku 1 on HIGH Enterprise', ent({ cluster: { maxEcku: 1 } }), 'confluent/max-ecku-high', 'at least 2 for a multi-zone (HIGH) enterprise cluster'],
  ['maxEcku on Dedicated', ded({ cluster: { maxEcku: 4 } }), 'confluent/ecku-not-dedicated', 'sized in CKUs'],
  ['PrivateLink on Standard', std({ networking: { kind: 'privatelink', allowedAccounts: ['123456789012'] } }), 'confluent/private-networking-not-offered', '`networking.kind` must be one of the kinds a standard cluster offers (public), got: "privatelink". standard clusters have public endpoints only'],
  ['PrivateLink Attachment on Basic', std({ cluster: { type: 'basic' }, networking: { kind: 'privatelink-attachment' } }), 'confluent/private-networking-not-offered', 'basic clusters have public endpoints only'],
  ['peering on Enterprise', ent({ networking: { kind: 'peering', cidr: '10.10.0.0/16', peer: { cloud: 'AWS', account: '123456789012', vpcId: 'vpc-1', routes: ['10.0.0.0/16'], customerRegion: 'us-east-2' } } }), 'confluent/private-networking-not-offered', "through 'privatelink-attachment'"],
  ['public Enterprise', ent({ networking: { kind: 'public' } }), 'confluent/enterprise-needs-private', 'no public endpoints'],
  ['Enterprise attachment on GCP', ent({ cluster: { cloud: 'GCP', region: 'us-central1' } }), 'confluent/privatelink-attachment-cloud', 'be used on AWS or AZURE'],
  ['transit gateway on Azure', ded({ cluster: { cloud: 'AZURE', region: 'eastus2', byok: undefined }, networking: { kind: 'transit-gateway', cidr: '10.10.0.0/16', transitGatewayId: 'tgw-0abc', ramResourceShareArn: 'arn:aws:ram:us-east-2:123456789012:resource-share/abc', routes: ['10.0.0.0/16'] } }), 'confluent/transit-gateway-aws-only', 'be used on AWS only'],
  ['peering CIDR overlapping the peer\'s routes', ded({ networking: { kind: 'peering', cidr: '10.0.0.0/16', peer: { cloud: 'AWS', account: '123456789012', vpcId: 'vpc-1', routes: ['172.16.0.0/12', '10.0.128.0/17'], customerRegion: 'us-east-2' } } }), 'confluent/cidr-overlap', "`networking.peer.routes[1]` must not overlap the Confluent network's CIDR (networking.cidr: 10.0.0.0/16), got: \"10.0.128.0/17\"."],
  ['peering with a /24', ded({ networking: { kind: 'peering', cidr: '10.10.1.0/24', peer: { cloud: 'AWS', account: '123456789012', vpcId: 'vpc-1', routes: ['10.0.0.0/16'], customerRegion: 'us-east-2' } } }), 'confluent/network-cidr', 'must be a /16 IPv4 CIDR'],
  ['PrivateLink without accounts', ded({ networking: { kind: 'privatelink', allowedAccounts: [] } }), 'confluent/privatelink-accounts', 'list at least one account'],
  ['PrivateLink account as ARN', ded({ networking: { kind: 'privatelink', allowedAccounts: ['arn:aws:iam::123456789012:root'] } }), 'confluent/account-id', 'must be an AWS account id'],
  ['GCP endpoint on AWS cluster', ded({ networking: { kind: 'privatelink', allowedAccounts: ['123456789012'], endpoint: { cloud: 'GCP', project: 'p', network: 'n', subnetwork: 's' } } }), 'confluent/endpoint-cloud', "match the cluster's cloud (AWS)"],
  ['GCP PSC endpoint without zones', ded({ cluster: { cloud: 'GCP', region: 'us-central1', byok: undefined }, networking: { kind: 'privatelink', allowedAccounts: ['my-project-123'], endpoint: { cloud: 'GCP', project: 'my-project-123', network: 'n', subnetwork: 's' } } }), 'confluent/psc-zones', 'list the network\'s zones'],
  ['BYOK on Standard', std({ cluster: { byok: { kind: 'aws', keyArn: KMS_ARN } } }), 'confluent/byok-not-offered', 'standard clusters take no customer-managed key'],
  ['BYOK on Enterprise Azure', ent({ cluster: { cloud: 'AZURE', region: 'eastus2', byok: { kind: 'azure', keyIdentifier: 'k', keyVaultId: 'v', tenantId: '00000000-0000-0000-0000-000000000000' } } }), 'confluent/byok-not-offered', 'enterprise clusters take one on AWS only'],
  ['GCP key on AWS cluster', ded({ cluster: { byok: { kind: 'gcp', keyId: 'projects/p/locations/l/keyRings/r/cryptoKeys/k' } } }), 'confluent/byok-cloud', "match the cluster's cloud (AWS)"],
  ['key alias instead of ARN', ded({ cluster: { byok: { kind: 'aws', keyArn: 'alias/kafka' } } }), 'confluent/byok-key-arn', 'must be a KMS key ARN (not an alias)'],
  ['unknown governance', std({ environment: { streamGovernance: 'PREMIUM' } }), 'confluent/stream-governance', "must be 'ESSENTIALS' or 'ADVANCED'"],
  ['bad environment name', std({ environment: { displayName: 'a b' } }), 'confluent/environment-name', '`environment.displayName` must be'],
  ['bad environment id', std({ environment: { kind: 'existing', environmentId: 'production' } }), 'confluent/environment-id', 'like "env-abc123"'],
  ['RBAC on Basic', std({ cluster: { type: 'basic' }, accessControl: 'rbac' }), 'confluent/rbac-on-basic', 'no DeveloperRead/DeveloperWrite roles'],
  ['upper-case app name', std({ applications: { Billing: {} } }), 'confluent/application-name', '`applications.Billing` must be named with 1-40 lower-case'],
  ['app named admin', std({ applications: { admin: {} } }), 'confluent/application-name-reserved', 'not be named "admin"'],
  ['wildcard prefix', std({ applications: { billing: { consume: { topicPrefixes: ['orders*'], groups: ['b'] } } } }), 'confluent/grant-prefix', 'Write the prefix without a wildcard'],
  ['ACL on every topic', std({ applications: { billing: { acls: [{ resourceType: 'TOPIC', resourceName: '*', patternType: 'LITERAL', operation: 'READ' }] } } }), 'confluent/acl-wildcard', 'not every resource'],
  ['active key not in slots', std({ applications: { billing: { apiKeys: { slots: ['blue'], active: 'green' } } } }), 'confluent/api-key-active', 'remove the old slot only after every client uses the new key'],
  ['three key slots', std({ applications: { billing: { apiKeys: { slots: ['blue', 'green', 'blue'] } } } }), 'confluent/api-key-slots', 'hold one or two distinct slots'],
  ['bad topic name', std({ topics: [{ name: 'orders/v1' }] }), 'confluent/topic-name', '`topics[0].name` must be 1-249 letters'],
  ['duplicate topic', std({ topics: [{ name: 'a' }, { name: 'a' }] }), 'confluent/topic-duplicate', '`topics[1].name` must be unique'],
  ['zero partitions', std({ topics: [{ name: 'a', partitions: 0 }] }), 'confluent/topic-partitions', 'must be a positive integer, got: 0'],
  ['partition decrease', std({ topics: [{ name: 'orders', partitions: 3, partitionsFloor: 6 }] }), 'confluent/topic-partitions-decrease', 'a lower count replaces "orders" and deletes its data'],
  ['partition floor that is not a count', std({ topics: [{ name: 'orders', partitions: 3, partitionsFloor: 2.5 }] }), 'confluent/topic-partitions-floor', '`topics[0].partitionsFloor` must be a positive integer, got: 2.5.'],
  ['too many partitions on Standard', std({ topics: [{ name: 'a', partitions: 5000 }] }), 'confluent/topic-partitions-limit', "at most 4096 (the standard cluster's partition limit)"],
  ['unknown topic key', std({ topics: [{ name: 'a', config: { 'retention.msec': '1' } }] }), 'confluent/topic-config-key', 'Did you mean "retention.ms"?'],
  ['compaction on Freight', std({ cluster: { type: 'freight' }, topics: [{ name: 'a', config: { 'cleanup.policy': 'compact' } }] }), 'confluent/topic-compaction', 'Freight topics cannot be compacted'],
  ['mirror topic on Standard', std({ mirrorTopics: [{ sourceTopic: 'orders', clusterLinkName: 'l' }] }), 'confluent/mirror-destination', 'cannot be a cluster link destination'],
  ['mirror topic also a topic', ded({ mirrorTopics: [{ sourceTopic: 'payments', clusterLinkName: 'l' }] }), 'confluent/mirror-duplicate', 'never re-declare it under topics'],
  ['mirror status', ded({ mirrorTopics: [{ sourceTopic: 'x', clusterLinkName: 'l', status: 'DELETED' }] }), 'confluent/mirror-status', "must be 'ACTIVE', 'PAUSED', 'PROMOTED' or 'FAILED_OVER'"],
];

describe('bad input', () => {
  test(`at least 20 cases (${BAD.length})`, () => expect(BAD.length).toBeGreaterThanOrEqual(20));

  test.each(BAD.map(([label, spec, code, fragment]) => [label, code, spec, fragment] as const))('%s -> %s', (_label, code, spec, fragment) => {
    const errors = errorsOf(spec);
    const hit = errors.find((e) => e.code === code);
    expect([code, hit?.message]).toEqual([code, expect.stringContaining(fragment)]);
    expect(hit!.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every case throws one KafkaValidationError naming the component', () => {
    for (const [, spec, code] of BAD) {
      let error: unknown;
      try {
        planConfluentKafka(spec, undefined, 'ConfluentKafka \'x\'');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KafkaValidationError);
      expect((error as KafkaValidationError).codes).toContain(code);
      expect((error as Error).message).toMatch(/^ConfluentKafka 'x': \d+ invalid propert/);
    }
  });

  test('errors are collected, not thrown one at a time', () => {
    const codes = errorsOf(std({ cluster: { type: 'basic', availability: 'multi-zone', byok: { kind: 'aws', keyArn: KMS_ARN } }, topics: [{ name: 'a', partitions: 0 }] })).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['confluent/availability', 'confluent/byok-not-offered', 'confluent/topic-partitions']));
  });
});

describe('topics written with the portable TopicSpec', () => {
  test('typed props render as Kafka configs; the default partition count stays 6; legacy topics keep working', () => {
    const p = planConfluentKafka(withSpec(STANDARD, { topics: [
      { name: 'orders', retentionHours: 168, cleanupPolicy: 'compact', configs: { 'segment.ms': '600000' } },
      { name: 'legacy', partitions: 3 },
    ] }));
    expect(p.topics).toEqual([
      { name: 'orders', partitions: 6, config: { 'cleanup.policy': 'compact', 'retention.ms': '604800000', 'segment.ms': '600000' }, deleteOnRemoval: false },
      { name: 'legacy', partitions: 3, config: {} },
    ]);
  });

  test('the catalog rules apply, re-rooted at the topic (reserved names, replication factor, owned keys)', () => {
    const codes = errorsOf(withSpec(STANDARD, { topics: [
      { name: 'legacy' },
      { name: '_confluent-x', replicationFactor: 2, configs: { 'retention.ms': '1' } },
    ] }));
    expect(codes.map((i) => [i.code, i.path])).toEqual([
      ['catalog/topic-reserved', 'topics[1].name'],
      ['catalog/topic-rf-not-settable', 'topics[1].replicationFactor'],
      ['catalog/topic-config-owned', 'topics[1].configs.retention.ms'],
    ]);
    expect(codes[0]!.message).toMatch(/^`topics\[1\]\.name` must not be a reserved name/);
  });

  test('a duplicate across both shapes is refused; the legacy `config` warns that it is deprecated', () => {
    expect(errorsOf(withSpec(STANDARD, { topics: [{ name: 'a', config: {} }, { name: 'a', retentionHours: 1 }] })).map((i) => i.code)).toEqual(['confluent/topic-duplicate']);
    expect(warningsOf(withSpec(STANDARD, { topics: [{ name: 'a', config: { 'retention.ms': '1' } }] }))).toEqual(['confluent/topic-config-deprecated']);
  });
});
