import * as fs from 'fs';
import * as path from 'path';
import {
  brokerKeyStatus, isValidBrokerKey, suggestKey, brokerKeys, keyListBasis, lineOf, kafkaLine, isTopicKey, topicKeys, isKraftForbiddenKey, isKafkaTopicName, sortKeys, isValidMirrorMaker2Key,
} from '../../lib/core';
import * as gen from '../../lib/core/config/kafka-keys.generated';
import { brokerList, invalidBrokerKeys, readList, readPatterns, KEYS_DIR, invalidMirrorMaker2Keys } from '../support/kafka-keys';

describe('embedded key lists', () => {
  test('match the reference lists exactly (regenerate with scripts/gen-kafka-keys.ts)', () => {
    expect(fs.existsSync(KEYS_DIR)).toBe(true);
    expect(gen.broker39).toEqual(readList('broker-3.9.0-rc3.txt'));
    expect(gen.brokerInternal39).toEqual(readList('broker-3.9.0-rc3.internal.txt'));
    expect(gen.brokerInternal40).toEqual(readList('broker-4.0.0-SNAPSHOT-1eb7644.internal.txt'));
    expect(gen.topic39).toEqual(readList('topic-3.9.0-rc3.txt'));
    expect(gen.kraftForbidden).toEqual(readList('kraft-forbidden.txt'));
    for (const v of ['4.0', '4.1', '4.4'] as const) {
      expect([v, gen[`brokerPublished${v.replace('.', '')}` as 'brokerPublished40']]).toEqual([v, readList(`published/broker-${v}.txt`)]);
      expect([v, gen[`topicPublished${v.replace('.', '')}` as 'topicPublished40']]).toEqual([v, readList(`published/topic-${v}.txt`)]);
    }
    expect(gen.kraftForbidden4x).toEqual(readList('published/kraft-forbidden-4.x.txt'));
    expect(gen.clientKeys39).toEqual(readList('clients-3.9.0-rc3.txt'));
    expect(gen.mirrorMaker2Keys39).toEqual(readList('mirrormaker2-3.9.0-rc3.txt'));
    expect(gen.clientKeys40).toEqual(readList('clients-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.mirrorMaker2Keys40).toEqual(readList('mirrormaker2-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.mirrorMaker2WorkerKeys39).toEqual(readList('mirrormaker2-worker-3.9.0-rc3.txt'));
    expect(gen.mirrorMaker2WorkerKeys40).toEqual(readList('mirrormaker2-worker-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.mirrorMaker2Published44).toEqual(readList('published/mirrormaker2-4.4.txt'));
    expect(gen.keyPatterns.map((p) => p.regex)).toEqual(readPatterns().map((p) => p.re.source));
    expect(gen.keyPatterns.map((p) => [p.scopes, p.restIn])).toEqual(readPatterns().map((p) => [p.scopes, p.restIn]));
  });
  test('the supplements the READMEs name: the dynamic-only throttles (in the 4.4 table) and the MirrorMaker 2 keys the 4.4 tables leave out', () => {
    expect(gen.brokerDynamicOnly).toEqual(['follower.replication.throttled.rate', 'leader.replication.throttled.rate', 'replica.alter.log.dirs.io.max.bytes.per.second']);
    for (const k of gen.brokerDynamicOnly) expect(readList('published/broker-4.4.txt')).toContain(k);
    const unverified = readList('published/diffs.tsv').map((l) => l.split('\t')).filter((r) => r[0] === 'mirrormaker2' && r[3]!.startsWith('unverified-absent')).map((r) => r[4]);
    expect(gen.mirrorMaker2Unlisted44).toEqual([...unverified, 'clusters', 'dedicated.mode.enable.internal.rest', 'use.defaults.from'].sort());
  });
  test('the generator script exists for regeneration', () => {
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'scripts', 'gen-kafka-keys.ts'))).toBe(true);
  });
});

describe('brokerKeyStatus', () => {
  test.each([
    ['min.insync.replicas', '3.9', 'known'],
    ['listener.name.client.scram-sha-512.sasl.jaas.config', '4.0', 'pattern'],
    ['super.users', '3.9', 'pattern'],
    ['zookeeper.connect', '3.9', 'forbidden'],
    ['inter.broker.protocol.version', '4.0', 'forbidden'],
    ['share.coordinator.state.topic.replication.factor', '3.9', 'unknown'],
    ['share.coordinator.state.topic.replication.factor', '4.0', 'known'],
    ['min.insync.replica', '3.9', 'unknown'],
    // 3.9 stays as it was: the ZooKeeper-era controller key is valid there, forbidden on every 4.x line.
    ['leader.imbalance.per.broker.percentage', '3.9', 'known'],
    ['leader.imbalance.per.broker.percentage', '4.4', 'forbidden'],
    // Published 4.0: ZooKeeper and password-encoder keys the pre-release snapshot still held are gone.
    ['password.encoder.secret', '4.0', 'forbidden'],
    ['group.share.max.groups', '4.0', 'known'],
    ['group.share.max.groups', '4.1', 'unknown'],
    ['group.streams.num.standby.replicas', '4.0', 'unknown'],
    ['group.streams.num.standby.replicas', '4.1', 'known'],
    // 4.2 and 4.3: published for both 4.1 and 4.4, so keys new in 4.4's table are not (yet) known there.
    ['group.streams.num.standby.replicas', '4.3', 'known'],
    ['group.share.assignment.interval.ms', '4.2', 'unknown'],
    ['group.share.assignment.interval.ms', '4.3', 'unknown'],
    ['group.share.assignment.interval.ms', '4.4', 'known'],
    ['controller.quorum.auto.join.enable', '4.4', 'known'],
    // In the 4.4 table, but Kafka only accepts them as dynamic configs.
    ['leader.replication.throttled.rate', '4.4', 'dynamic-only'],
    ['follower.replication.throttled.rate', '4.4', 'dynamic-only'],
    ['replica.alter.log.dirs.io.max.bytes.per.second', '4.4', 'dynamic-only'],
    // Internal keys of the 4.0 snapshot stay internal on 4.x unless a table makes them public.
    ['unstable.api.versions.enable', '4.4', 'internal'],
    ['group.consumer.migration.policy', '4.0', 'known'],
  ] as const)('%s on %s is %s', (key, list, status) => {
    expect(brokerKeyStatus(key, list)).toBe(status);
  });
  test('internal keys are not valid for generation', () => {
    const internal = readList('broker-3.9.0-rc3.internal.txt')[0];
    expect(brokerKeyStatus(internal, '3.9')).toBe('internal');
    expect(isValidBrokerKey(internal, '3.9')).toBe(false);
  });
  test('suggests the closest key', () => {
    expect(suggestKey('min.insync.replica', brokerKeys('3.9'))).toBe('min.insync.replicas');
    expect(suggestKey('totally.different.thing.xyz', brokerKeys('3.9'))).toBeUndefined();
  });
  test.each(['3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const)('every public key of the %s list is valid against the reference files', (v) => {
    expect(invalidBrokerKeys(brokerKeys(v).filter((k) => isValidBrokerKey(k, v)), v)).toEqual([]);
    expect([...brokerKeys(v)].sort()).toEqual([...brokerList(v)].sort());
  });
  test('key-list figures per line', () => {
    expect(Object.fromEntries((['3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const).map((v) => [v, [brokerKeys(v).length, topicKeys(v).length]]))).toEqual({
      '3.9': [314, 36], '4.0': [289, 33], '4.1': [316, 33], '4.2': [316, 33], '4.3': [316, 33], '4.4': [353, 37],
    });
    expect(keyListBasis('4.3')).toEqual({ basis: expect.stringContaining('both 4.1 and 4.4'), derived: true });
    expect(keyListBasis('4.4').derived).toBe(false);
  });
});

describe('topic keys and names', () => {
  test.each([
    ['retention.ms', true, false],
    ['message.format.version', true, true], // still listed as a topic key, but removed for KRaft
    ['zookeeper.connect', false, true],
    ['retention.msx', false, false],
  ] as const)('%s: topic key %s, KRaft-forbidden %s', (key, topic, forbidden) => {
    expect([isTopicKey(key, '3.9'), isKraftForbiddenKey(key), isKraftForbiddenKey(key, '4.4')]).toEqual([topic, forbidden, forbidden]);
  });
  test.each([
    ['retention.ms', ['4.0', '4.1', '4.2', '4.3', '4.4'], []],
    // KIP-724: the message-format keys left the 4.0 topic table.
    ['message.format.version', [], ['4.0', '4.1', '4.2', '4.3', '4.4']],
    ['remote.copy.lag.ms', ['4.4'], ['4.0', '4.1', '4.2', '4.3']],
  ] as const)('%s is a topic key of %j only', (key, yes, no) => {
    for (const v of yes) expect([v, isTopicKey(key, v)]).toEqual([v, true]);
    for (const v of no) expect([v, isTopicKey(key, v)]).toEqual([v, false]);
  });
  test('suggests the closest topic key', () => expect(suggestKey('retention.msx', topicKeys('3.9'))).toBe('retention.ms'));
  test.each([
    ['orders.v1', true], ['a'.repeat(249), true], ['a'.repeat(250), false], ['.', false], ['..', false], ['...', true], ['bad topic', false], ['', false], [7, false],
  ] as const)('topic name %p is valid: %s', (name, ok) => expect(isKafkaTopicName(name)).toBe(ok));
  test('sortKeys orders keys and keeps values', () => {
    expect(Object.entries(sortKeys({ b: '2', 'a.c': '3', a: '1' }))).toEqual([['a', '1'], ['a.c', '3'], ['b', '2']]);
  });
});

describe('Kafka lines', () => {
  test.each([
    ['3.9.x', '3.9'], ['3.7.x.kraft', '3.7'], ['2.8.2.tiered', '2.8'], ['4.1.x.kraft', '4.1'], ['4.0.0', '4.0'], ['4.3.2', '4.3'], ['4.4.0', '4.4'],
    ['4.5.0', undefined], ['9.9.9', undefined], ['banana', undefined],
  ])('%s -> %s', (v, line) => expect(lineOf(v)).toBe(line));
  test('capabilities are data', () => {
    expect(kafkaLine('4.0').kraftOnly).toBe(true);
    expect(kafkaLine('3.9').dynamicQuorum).toBe(true);
    expect(kafkaLine('3.8').dynamicQuorum).toBe(false);
    expect(kafkaLine('4.1').keyList).toBe('4.1');
    expect(kafkaLine('4.4').keyList).toBe('4.4');
  });
});

describe('isValidMirrorMaker2Key', () => {
  const aliases = ['primary', 'dr'];
  test.each([
    ['clusters', true],
    ['replication.factor', true],
    ['dedicated.mode.enable.internal.rest', true],
    ['config.storage.replication.factor', true],
    ['primary->dr.enabled', true],
    ['primary->dr.sync.group.offsets.enabled', true],
    ['primary->other.enabled', false],
    ['primary.bootstrap.servers', true],
    ['dr.exactly.once.source.support', true],
    ['dr.producer.compression.type', true],
    ['dr.producer.no.such.key', false],
    ['other.bootstrap.servers', false],
    ['producer.linger.ms', true],
    ['config.providers.file.class', true],
    ['replication.policy.separator', true],
    ['sync.group.offset.enabled', false],
    ['source.cluster.bootstrap.servers', false],
  ])('%s -> %s (3.9 to 4.4)', (key, valid) => {
    for (const v of ['3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const) {
      expect([v, isValidMirrorMaker2Key(key, aliases, v)]).toEqual([v, valid]);
      expect([v, invalidMirrorMaker2Keys([key], aliases, v).length === 0]).toEqual([v, valid]);
    }
  });
  test('keys removed in 4.0 are refused for 4.0 only', () => {
    expect(isValidMirrorMaker2Key('topics.blacklist', aliases, '3.9')).toBe(true);
    expect(isValidMirrorMaker2Key('topics.blacklist', aliases, '4.0')).toBe(false);
  });
  test.each(['4.0', '4.1', '4.2', '4.3', '4.4'] as const)('on %s: the keys the 4.4 tables leave out are still valid', (v) => {
    for (const key of ['clusters', 'dedicated.mode.enable.internal.rest', 'emit.heartbeats.enabled', 'primary->dr.emit.heartbeats.interval.seconds', 'heartbeats.topic.replication.factor']) {
      expect([key, isValidMirrorMaker2Key(key, aliases, v)]).toEqual([key, true]);
      expect([key, invalidMirrorMaker2Keys([key], aliases, v)]).toEqual([key, []]);
    }
  });
  test.each([
    ['metric.names.formats', ['4.4'], ['3.9', '4.0', '4.1', '4.2', '4.3']],
    ['connector.plugin.version', ['4.4'], ['4.3']],
    ['primary->dr.sync.group.offsets.enabled', ['3.9', '4.0', '4.3', '4.4'], []],
  ] as const)('%s is valid on %j only', (key, yes, no) => {
    for (const v of yes) expect([v, isValidMirrorMaker2Key(key, aliases, v), invalidMirrorMaker2Keys([key], aliases, v)]).toEqual([v, true, []]);
    for (const v of no) expect([v, isValidMirrorMaker2Key(key, aliases, v), invalidMirrorMaker2Keys([key], aliases, v).length]).toEqual([v, false, 1]);
  });
});
