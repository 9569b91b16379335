import * as fs from 'fs';
import * as path from 'path';
import {
  brokerKeyStatus, isValidBrokerKey, suggestKey, brokerKeys, lineOf, kafkaLine, isTopicKey, topicKeys, isKraftForbiddenKey, isKafkaTopicName, sortKeys, isValidMirrorMaker2Key,
} from '../../lib/core';
import * as gen from '../../lib/core/config/kafka-keys.generated';
import { readList, readPatterns, KEYS_DIR, invalidMirrorMaker2Keys } from '../support/kafka-keys';

describe('embedded key lists', () => {
  test('match the reference lists exactly (regenerate with scripts/gen-kafka-keys.ts)', () => {
    expect(fs.existsSync(KEYS_DIR)).toBe(true);
    expect(gen.broker39).toEqual(readList('broker-3.9.0-rc3.txt'));
    expect(gen.broker40).toEqual(readList('broker-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.brokerInternal39).toEqual(readList('broker-3.9.0-rc3.internal.txt'));
    expect(gen.brokerInternal40).toEqual(readList('broker-4.0.0-SNAPSHOT-1eb7644.internal.txt'));
    expect(gen.topic39).toEqual(readList('topic-3.9.0-rc3.txt'));
    expect(gen.topic40).toEqual(readList('topic-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.kraftForbidden).toEqual(readList('kraft-forbidden.txt'));
    expect(gen.clientKeys39).toEqual(readList('clients-3.9.0-rc3.txt'));
    expect(gen.mirrorMaker2Keys39).toEqual(readList('mirrormaker2-3.9.0-rc3.txt'));
    expect(gen.clientKeys40).toEqual(readList('clients-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.mirrorMaker2Keys40).toEqual(readList('mirrormaker2-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.mirrorMaker2WorkerKeys39).toEqual(readList('mirrormaker2-worker-3.9.0-rc3.txt'));
    expect(gen.mirrorMaker2WorkerKeys40).toEqual(readList('mirrormaker2-worker-4.0.0-SNAPSHOT-1eb7644.txt'));
    expect(gen.keyPatterns.map((p) => p.regex)).toEqual(readPatterns().map((p) => p.re.source));
    expect(gen.keyPatterns.map((p) => [p.scopes, p.restIn])).toEqual(readPatterns().map((p) => [p.scopes, p.restIn]));
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
});

describe('topic keys and names', () => {
  test.each([
    ['retention.ms', true, false],
    ['message.format.version', true, true], // still listed as a topic key, but removed for KRaft
    ['zookeeper.connect', false, true],
    ['retention.msx', false, false],
  ] as const)('%s: topic key %s, KRaft-forbidden %s', (key, topic, forbidden) => {
    expect([isTopicKey(key, '3.9'), isTopicKey(key, '4.0'), isKraftForbiddenKey(key)]).toEqual([topic, topic, forbidden]);
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
    ['3.9.x', '3.9'], ['3.7.x.kraft', '3.7'], ['2.8.2.tiered', '2.8'], ['4.1.x.kraft', '4.1'], ['4.0.0', '4.0'],
    ['9.9.9', undefined], ['banana', undefined],
  ])('%s -> %s', (v, line) => expect(lineOf(v)).toBe(line));
  test('capabilities are data', () => {
    expect(kafkaLine('4.0').kraftOnly).toBe(true);
    expect(kafkaLine('3.9').dynamicQuorum).toBe(true);
    expect(kafkaLine('3.8').dynamicQuorum).toBe(false);
    expect(kafkaLine('4.1').keyList).toBe('4.0');
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
  ])('%s -> %s (3.9 and 4.0)', (key, valid) => {
    expect(isValidMirrorMaker2Key(key, aliases, '3.9')).toBe(valid);
    expect(isValidMirrorMaker2Key(key, aliases, '4.0')).toBe(valid);
    expect(invalidMirrorMaker2Keys([key], aliases, '3.9').length === 0).toBe(valid);
  });
  test('keys removed in 4.0 are refused for 4.0 only', () => {
    expect(isValidMirrorMaker2Key('topics.blacklist', aliases, '3.9')).toBe(true);
    expect(isValidMirrorMaker2Key('topics.blacklist', aliases, '4.0')).toBe(false);
  });
});
