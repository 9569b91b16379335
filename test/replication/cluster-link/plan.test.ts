/**
 * The pure cluster link plan: link objects per mode, rendered link configuration, mirror topic names and statuses,
 * and every error code with its message.
 */
import * as fc from 'fast-check';
import {
  clusterLinkMirrorStatus, planClusterLink, validateClusterLink, type ClusterLinkFailoverAction, type ClusterLinkSpec,
} from '../../../lib/replication/cluster-link';
import { cluster, DR, withLink } from './fixtures';

const ALL_GROUPS = '{"groupFilters":[{"name":"*","patternType":"LITERAL","filterType":"INCLUDE"}]}';

describe('defaults: destination mode', () => {
  const plan = planClusterLink(DR);

  test('one DESTINATION/OUTBOUND object on the destination, pulling with the source key', () => {
    expect(plan.mode).toBe('destination');
    expect(plan.objects).toEqual([{
      suffix: '', linkMode: 'DESTINATION', connectionMode: 'OUTBOUND', local: 'destination', remote: 'source', remoteCredentials: true,
      blocks: 'source-destination', afterDestinationObject: false,
      config: { 'consumer.offset.group.filters': ALL_GROUPS, 'consumer.offset.sync.enable': 'true' },
    }]);
  });

  test('offset sync on for every group, ACL sync off, service intervals, protected', () => {
    const config = plan.objects[0]!.config;
    expect(config['acl.sync.enable']).toBeUndefined();
    expect(config['consumer.offset.sync.ms']).toBeUndefined();
    expect(plan.protect).toBe(true);
    expect(plan.warnings).toEqual([]);
  });

  test('mirror topics keep their names and are ACTIVE', () => {
    expect(plan.mirrorTopics).toEqual([
      { id: 'mirror-orders', sourceTopic: 'orders', mirrorTopicName: 'orders', on: 'destination', linkObject: '', failover: 'none', status: 'ACTIVE' },
      { id: 'mirror-payments', sourceTopic: 'payments', mirrorTopicName: 'payments', on: 'destination', linkObject: '', failover: 'none', status: 'ACTIVE' },
    ]);
  });

  test('credentials given: the face creates none', () => {
    expect(plan.clusters).toEqual({ source: { type: 'standard', createCredentials: false }, destination: { type: 'dedicated', createCredentials: false } });
  });
});

test('source mode: INBOUND half on the destination without the source key, then the SOURCE/OUTBOUND half', () => {
  const plan = planClusterLink(withLink({ mode: 'source', prefix: 'pri.' }));
  expect(plan.objects.map((o) => [o.suffix, o.local, o.linkMode, o.connectionMode, o.remoteCredentials, o.afterDestinationObject])).toEqual([
    ['', 'destination', 'DESTINATION', 'INBOUND', false, false],
    ['-source', 'source', 'SOURCE', 'OUTBOUND', true, true],
  ]);
  expect(plan.objects[0]!.config['cluster.link.prefix']).toBe('pri.');
  expect(plan.objects[1]!.config).toEqual({});
  expect(plan.mirrorTopics.map((m) => [m.mirrorTopicName, m.on, m.linkObject])).toEqual([['pri.orders', 'destination', ''], ['pri.payments', 'destination', '']]);
});

test('bidirectional mode: an object on each cluster with its own prefix; reverse mirrors live on the source', () => {
  const plan = planClusterLink(withLink({
    mode: 'bidirectional', source: cluster('lkc-east', 'enterprise'), destination: cluster('lkc-west'), prefix: 'east.', reversePrefix: 'west.',
    mirrorTopics: [{ sourceTopic: 'orders' }], reverseMirrorTopics: [{ sourceTopic: 'orders' }],
  }));
  expect(plan.objects.map((o) => [o.suffix, o.local, o.remote, o.linkMode, o.blocks, o.config['cluster.link.prefix']])).toEqual([
    ['', 'destination', 'source', 'BIDIRECTIONAL', 'local-remote', 'east.'],
    ['-reverse', 'source', 'destination', 'BIDIRECTIONAL', 'local-remote', 'west.'],
  ]);
  expect(plan.mirrorTopics.map((m) => `${m.id} ${m.on} ${m.linkObject}`)).toEqual(['mirror-east.orders destination ', 'reverse-mirror-west.orders source -reverse']);
  expect(plan.warnings).toEqual([]);
});

test('link configuration: typed settings, pass-through keys, sorted keys', () => {
  const plan = planClusterLink(withLink({
    consumerOffsetSync: { groupFilters: [{ name: 'billing', patternType: 'PREFIXED' }, { name: 'billing-test', filterType: 'EXCLUDE' }], intervalMs: 5000 },
    aclSync: { enabled: true, filters: [{ principal: 'User:sa-abc123' }], intervalMs: 10000 },
    topicConfigSyncMs: 60000,
    config: { 'mirror.start.offset.spec': 'earliest', 'auto.create.mirror.topics.enable': 'false' },
  }));
  const config = plan.objects[0]!.config;
  expect(Object.keys(config)).toEqual([...Object.keys(config)].sort());
  expect(config).toEqual({
    'acl.filters': '{"aclFilters":[{"resourceFilter":{"resourceType":"any","patternType":"any"},"accessFilter":{"principal":"User:sa-abc123","operation":"any","permissionType":"any"}}]}',
    'acl.sync.enable': 'true',
    'acl.sync.ms': '10000',
    'auto.create.mirror.topics.enable': 'false',
    'consumer.offset.group.filters': '{"groupFilters":[{"name":"billing","patternType":"PREFIXED","filterType":"INCLUDE"},{"name":"billing-test","patternType":"LITERAL","filterType":"EXCLUDE"}]}',
    'consumer.offset.sync.enable': 'true',
    'consumer.offset.sync.ms': '5000',
    'mirror.start.offset.spec': 'earliest',
    'topic.config.sync.ms': '60000',
  });
});

test('offset sync can be turned off', () => {
  expect(planClusterLink(withLink({ consumerOffsetSync: { enabled: false } })).objects[0]!.config).toEqual({});
});

test('rendered config is byte-stable whatever the order of pass-through keys', () => {
  const keys: [string, string][] = [['mirror.start.offset.spec', 'latest'], ['topic.config.sync.include', 'retention.ms'], ['cluster.link.retry.timeout.ms', '600000']];
  const reference = JSON.stringify(planClusterLink(withLink({ config: Object.fromEntries(keys) })).objects);
  fc.assert(fc.property(fc.shuffledSubarray(keys, { minLength: 3, maxLength: 3 }), (shuffled) => {
    expect(JSON.stringify(planClusterLink(withLink({ config: Object.fromEntries(shuffled) })).objects)).toBe(reference);
  }), { numRuns: 20 });
});

describe('failover', () => {
  test.each<[ClusterLinkFailoverAction, boolean, string]>([
    ['none', false, 'ACTIVE'], ['none', true, 'PAUSED'], ['promote', false, 'PROMOTED'], ['promote', true, 'PROMOTED'], ['failover', false, 'FAILED_OVER'], ['failover', true, 'FAILED_OVER'],
  ])('clusterLinkMirrorStatus(%s, paused=%s) = %s', (action, paused, status) => {
    expect(clusterLinkMirrorStatus(action, paused)).toBe(status);
  });

  test('whole link: every mirror topic, with a warning each', () => {
    const plan = planClusterLink(withLink({ failover: 'failover' }));
    expect(plan.mirrorTopics.map((m) => m.status)).toEqual(['FAILED_OVER', 'FAILED_OVER']);
    expect(plan.warnings.map((w) => w.code)).toEqual(['cluster-link/mirror-failover', 'cluster-link/mirror-failover']);
  });

  test('per topic, keyed by mirror topic name (prefix included); others keep mirroring', () => {
    const plan = planClusterLink(withLink({ prefix: 'pri.', failover: { 'pri.orders': 'promote' }, mirrorTopics: [{ sourceTopic: 'orders' }, { sourceTopic: 'payments', paused: true }] }));
    expect(plan.mirrorTopics.map((m) => `${m.mirrorTopicName} ${m.failover} ${m.status}`)).toEqual(['pri.orders promote PROMOTED', 'pri.payments none PAUSED']);
  });

  test('promoting a paused mirror warns', () => {
    const plan = planClusterLink(withLink({ failover: 'promote', mirrorTopics: [{ sourceTopic: 'orders', paused: true }] }));
    expect(plan.warnings.map((w) => w.code)).toContain('cluster-link/promote-paused');
  });
});

test('warnings: bidirectional both ways without prefixes; unprotected; only excludes; unused ACL filters', () => {
  const codes = validateClusterLink(withLink({
    mode: 'bidirectional', source: cluster('lkc-east', 'enterprise'), mirrorTopics: [{ sourceTopic: 'orders' }], reverseMirrorTopics: [{ sourceTopic: 'refunds' }],
    protect: false, consumerOffsetSync: { groupFilters: [{ name: 'tmp', filterType: 'EXCLUDE' }] }, aclSync: { filters: [{}] },
  })).map((i) => `${i.severity} ${i.code}`);
  expect(codes).toEqual([
    'warning cluster-link/bidirectional-without-prefix', 'warning cluster-link/offset-sync-only-excludes', 'warning cluster-link/acl-filters-unused', 'warning cluster-link/unprotected',
  ]);
});

test('unknown values (deploy-time outputs) are not judged; identical outputs on both sides still are', () => {
  const out = { unknown: true };
  const isUnknown = (v: unknown) => v === out;
  const deferred = withLink({ source: { ...cluster('x'), id: out, restEndpoint: out, bootstrapEndpoint: out, environmentId: out }, destination: cluster('lkc-dr') });
  expect(validateClusterLink(deferred as ClusterLinkSpec<unknown>, isUnknown)).toEqual([]);
  const same = withLink({ source: { ...cluster('x'), id: out }, destination: { ...cluster('y'), id: out } });
  expect(validateClusterLink(same as ClusterLinkSpec<unknown>, isUnknown).map((i) => i.code)).toEqual(['cluster-link/same-cluster']);
});

test('rbacCrn instead of credentials: the face creates the link key', () => {
  const { credentials: _omit, ...noKey } = cluster('lkc-primary', 'standard');
  const plan = planClusterLink(withLink({ source: { ...noKey, rbacCrn: 'crn://confluent.cloud/organization=o/environment=env-abc123/cloud-cluster=lkc-primary' } }));
  expect(plan.clusters.source.createCredentials).toBe(true);
});
