/**
 * Share groups (KIP-932) and streams groups (KIP-1071) as cluster-wide typed options: what each line accepts, what the
 * nodes' files get, and every error code.
 */
import { isValidBrokerKey, kafkaLines, parseProperties } from '../../lib/core';
import { planSelfManagedCluster, renderNodeFiles, validateSelfManagedCluster, type SelfManagedKafkaSpec } from '../../lib/self-managed-ec2';
import { GROUP_LIMITS } from '../../lib/self-managed-ec2/groups';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';
import { invalidBrokerKeys } from '../support/kafka-keys';
import { KAFKA_410, KAFKA_432, KAFKA_440, spec } from './fixtures';

const on = (v: '4.1.0' | '4.3.2' | '4.4.0', extra: Partial<SelfManagedKafkaSpec> = {}) =>
  spec({ kafkaVersion: v, distribution: v === '4.1.0' ? KAFKA_410 : v === '4.3.2' ? KAFKA_432 : KAFKA_440, ...extra });
const errors = (s: SelfManagedKafkaSpec) => validateSelfManagedCluster(s).filter((i) => i.severity === 'error');
const props = (s: SelfManagedKafkaSpec, node = 'broker-1') => parseProperties(renderNodeFiles(planSelfManagedCluster(s)).find((n) => n.nodeName === node)!.files['server.properties']);
const boot = (s: SelfManagedKafkaSpec, node = 'controller-1') => renderNodeFiles(planSelfManagedCluster(s)).find((n) => n.nodeName === node)!.files['boot.sh'];

describe('defaults per line', () => {
  test.each(['4.3.2', '4.4.0'] as const)('%s: both group types on, formatted at level 1, the share state topic as durable as the offsets topic', (v) => {
    const plan = planSelfManagedCluster(on(v));
    expect(plan.groups).toEqual({
      share: { enabled: true, properties: { 'share.coordinator.state.topic.min.isr': 2, 'share.coordinator.state.topic.replication.factor': 3 } },
      streams: { enabled: true, properties: {} },
      formatFeatures: ['share.version=1', 'streams.version=1'],
    });
    for (const node of ['controller-1', 'broker-1']) {
      expect(boot(on(v), node)).toContain('--release-version "$RELEASE_VERSION" --ignore-formatted --feature share.version=1 --feature streams.version=1)');
      expect(props(on(v), node).get('share.coordinator.state.topic.replication.factor')).toBe('3');
    }
  });
  test.each([['3.9.1', spec()], ['4.1.0', on('4.1.0')]] as const)('%s: no group section, no feature flag (share and streams groups are not production-ready)', (_v, s) => {
    const plan = planSelfManagedCluster(s);
    expect(plan.groups).toEqual({ share: { enabled: false, properties: {} }, streams: { enabled: false, properties: {} }, formatFeatures: [] });
    expect(boot(s)).not.toContain('--feature');
    expect([...props(s).keys()].filter((k) => /^(group\.|share\.)/.test(k))).toEqual([]);
  });
  test('a development node: the share state topic follows its replication factor of 1', () => {
    const s = on('4.4.0', { mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 } });
    const p = props(s, 'combined-1');
    expect([p.get('share.coordinator.state.topic.replication.factor'), p.get('share.coordinator.state.topic.min.isr')]).toEqual(['1', '1']);
  });
});

describe('typed limits', () => {
  const groups = {
    share: { maxSize: 500, deliveryCountLimit: 8, recordLockDurationMs: 45000, partitionMaxRecordLocks: 5000, sessionTimeoutMs: 50000, heartbeatIntervalMs: 6000 },
    streams: { maxSize: 64, numStandbyReplicas: 1, maxStandbyReplicas: 3, sessionTimeoutMs: 60000, heartbeatIntervalMs: 5000 },
  };
  test.each(['4.3.2', '4.4.0'] as const)('%s: rendered on brokers and controllers, one key each, every key valid for the line', (v) => {
    for (const node of ['controller-1', 'broker-1']) {
      const p = props(on(v, { groups }), node);
      expect(Object.fromEntries([...p].filter(([k]) => k.startsWith('group.')))).toEqual({
        'group.share.delivery.count.limit': '8', 'group.share.heartbeat.interval.ms': '6000', 'group.share.max.size': '500',
        'group.share.partition.max.record.locks': '5000', 'group.share.record.lock.duration.ms': '45000', 'group.share.session.timeout.ms': '50000',
        'group.streams.heartbeat.interval.ms': '5000', 'group.streams.max.size': '64', 'group.streams.max.standby.replicas': '3',
        'group.streams.num.standby.replicas': '1', 'group.streams.session.timeout.ms': '60000',
      });
      expect(invalidBrokerKeys(p.keys(), v === '4.3.2' ? '4.3' : '4.4')).toEqual([]);
    }
  });
  test('sections in the server.properties text, byte-stable whatever the order of the options', () => {
    const text = renderNodeFiles(planSelfManagedCluster(on('4.4.0', { groups }))).find((n) => n.nodeName === 'broker-1')!.files['server.properties'];
    expect(text).toMatch(/# Share groups \(KIP-932\)\n(group\.share\.[a-z.]+=\d+\n)+share\.coordinator\.state\.topic\.min\.isr=2\nshare\.coordinator\.state\.topic\.replication\.factor=3\n/);
    expect(text).toMatch(/# Streams groups \(KIP-1071\)\n(group\.streams\.[a-z.]+=\d+\n){5}/);
    const reversed = { streams: Object.fromEntries(Object.entries(groups.streams).reverse()), share: Object.fromEntries(Object.entries(groups.share).reverse()) };
    expect(JSON.stringify(renderNodeFiles(planSelfManagedCluster(on('4.4.0', { groups: reversed }))))).toBe(JSON.stringify(renderNodeFiles(planSelfManagedCluster(on('4.4.0', { groups })))));
  });
  test('turned off: level 0 at format time, no section, nothing of the type rendered', () => {
    const s = on('4.4.0', { groups: { share: { enabled: false }, streams: { enabled: false } } });
    expect(planSelfManagedCluster(s).groups.formatFeatures).toEqual(['share.version=0', 'streams.version=0']);
    expect(boot(s)).toContain('--feature share.version=0 --feature streams.version=0)');
    expect([...props(s).keys()].filter((k) => /^(group\.|share\.)/.test(k))).toEqual([]);
  });
  test('every typed key is a broker key of every line where its group type is production-ready (and only there is it accepted)', () => {
    for (const line of kafkaLines()) {
      for (const [kind, limits] of Object.entries(GROUP_LIMITS)) {
        if ((kind === 'share' ? line.shareGroups : line.streamsGroups) !== 'ga') continue;
        for (const { key } of Object.values(limits)) expect([line.line, key, isValidBrokerKey(key, line.keyList)]).toEqual([line.line, key, true]);
      }
    }
  });
  test('deploy-time values are deferred, not rejected', () => {
    const token = '${Token[TOKEN.9]}';
    const issues = validateSelfManagedCluster(on('4.4.0', { groups: { share: { maxSize: token as unknown as number } } }), (v) => v === token);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

// Each bad input: the spec, the expected error codes, and the message (or a fragment of it).
const BAD: [string, SelfManagedKafkaSpec, string[], string][] = [
  ['share groups on a preview line', on('4.1.0', { groups: { share: { enabled: true } } }), ['self-managed/share-groups-version'],
    '`groups.share.enabled` must be false on Kafka 4.1.0 (share groups are production-ready from Kafka 4.2, KIP-932; 4.1 has them as a preview), got: true. Upgrade to 4.2 or later, or remove it.'],
  ['a share limit on a line without share groups', spec({ groups: { share: { maxSize: 50 } } }), ['self-managed/share-groups-version'],
    '`groups.share.maxSize` must be unset on Kafka 3.9.1 (share groups are production-ready from Kafka 4.2, KIP-932; 3.9 has none), got: 50.'],
  ['a streams limit on 4.1 (early access)', on('4.1.0', { groups: { streams: { numStandbyReplicas: 1 } } }), ['self-managed/streams-groups-version'],
    '`groups.streams.numStandbyReplicas` must be unset on Kafka 4.1.0 (streams groups are production-ready from Kafka 4.2, KIP-1071; 4.1 has them in early access), got: 1.'],
  ['share group size above Kafka\'s range', on('4.4.0', { groups: { share: { maxSize: 1001 } } }), ['self-managed/group-limit'],
    '`groups.share.maxSize` must be an integer from 1 to 1000 (`group.share.max.size`), got: 1001. Kafka refuses to start outside this range.'],
  ['delivery count limit below 2', on('4.3.2', { groups: { share: { deliveryCountLimit: 1 } } }), ['self-managed/group-limit'], 'from 2 to 10 (`group.share.delivery.count.limit`), got: 1'],
  ['record lock longer than the maximum lock', on('4.4.0', { groups: { share: { recordLockDurationMs: 90000 } } }), ['self-managed/group-limit'], 'from 15000 to 60000'],
  ['a fractional standby count', on('4.4.0', { groups: { streams: { numStandbyReplicas: 1.5 } } }), ['self-managed/group-limit'], 'be an integer of at least 0'],
  ['streams session timeout outside the default bounds', on('4.4.0', { groups: { streams: { sessionTimeoutMs: 30000 } } }), ['self-managed/group-limit'], 'from 45000 to 60000 (`group.streams.session.timeout.ms`)'],
  ['limits on a group type turned off', on('4.4.0', { groups: { share: { enabled: false, maxSize: 10 } } }), ['self-managed/share-groups-off'],
    '`groups.share.maxSize` must be unset while `groups.share.enabled` is false, got: 10. Remove it, or turn share groups on.'],
  ['more standby replicas than allowed', on('4.4.0', { groups: { streams: { numStandbyReplicas: 3 } } }), ['self-managed/streams-standby-replicas'],
    '`groups.streams.numStandbyReplicas` must be at most `groups.streams.maxStandbyReplicas` (2), got: 3.'],
  ['enabled that is not a boolean', on('4.4.0', { groups: { streams: { enabled: 'yes' as unknown as boolean } } }), ['self-managed/streams-groups-enabled'], 'be true or false'],
  ['a typed group key as an extra', on('4.4.0', { serverProperties: { extraProperties: { 'group.share.max.size': 10 } } }), ['core/typed-property'], 'Use `groups.share.maxSize` instead.'],
  ['the share state topic as an extra', on('4.3.2', { serverProperties: { extraProperties: { 'share.coordinator.state.topic.replication.factor': 2 } } }), ['core/owned-property'],
    'Use `serverProperties.defaultReplicationFactor` instead.'],
  ['the rebalance protocols list as an extra', on('4.4.0', { serverProperties: { extraProperties: { 'group.coordinator.rebalance.protocols': 'classic,consumer' } } }), ['self-managed/group-protocols-extra'],
    'KIP-1237 deprecates this key in 4.3), got: "group.coordinator.rebalance.protocols". Use `groups.share.enabled` and `groups.streams.enabled` instead.'],
];

describe('bad input', () => {
  test.each(BAD)('%s', (_name, s, codes, fragment) => {
    expect(errors(s).map((i) => i.code)).toEqual(codes);
    const e = validationErrorOf(() => planSelfManagedCluster(s));
    expect(e.message).toContain(fragment);
    for (const i of e.issues) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });
  test('accepted: group types turned off on lines without them, extras of the preview era on 4.1, enough standby replicas allowed', () => {
    expect(errors(on('4.1.0', { groups: { share: { enabled: false }, streams: { enabled: false } } }))).toEqual([]);
    expect(errors(on('4.1.0', { serverProperties: { extraProperties: { 'group.share.max.size': 10, 'group.coordinator.rebalance.protocols': 'classic,consumer' } } }))).toEqual([]);
    expect(errors(on('4.4.0', { groups: { streams: { numStandbyReplicas: 3, maxStandbyReplicas: 3 } } }))).toEqual([]);
  });
});
