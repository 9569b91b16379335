import * as fc from 'fast-check';
import { KafkaProperties, parseProperties, renderServerProperties, validateServerProperties, ServerPropertiesSpec } from '../../lib/core';
import { invalidBrokerKeys } from '../support/kafka-keys';

const ctx = { keyList: '3.9' as const, path: 'serverProperties' };
const codes = (spec: ServerPropertiesSpec, extra: object = {}) => validateServerProperties(spec, { ...ctx, ...extra }).filter((i) => i.severity === 'error').map((i) => i.code);

describe('renderServerProperties', () => {
  test('production defaults', () => {
    const props = renderServerProperties({}, ctx).toRecord();
    expect(props).toEqual({
      'default.replication.factor': '3',
      'offsets.topic.replication.factor': '3',
      'transaction.state.log.replication.factor': '3',
      'min.insync.replicas': '2',
      'transaction.state.log.min.isr': '2',
      'unclean.leader.election.enable': 'false',
      'auto.create.topics.enable': 'false',
      'num.partitions': '3',
      'log.retention.hours': '168',
    });
  });

  test.each(['3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const)('every rendered key is valid for Kafka %s', (v) => {
    const p = renderServerProperties({ deleteTopicEnable: true, messageMaxBytes: 2_000_000, extraProperties: { 'log.segment.bytes': 1073741824 } }, { ...ctx, keyList: v });
    expect(invalidBrokerKeys(p.keys(), v)).toEqual([]);
  });

  test('settable keys filter typed defaults and keep explicit values', () => {
    const settable = new Set(['num.partitions', 'log.retention.hours']);
    const p = renderServerProperties({}, { ...ctx, settableKeys: settable });
    expect(p.keys()).toEqual(['num.partitions', 'log.retention.hours']);
  });

  test('byte-stable regardless of extra property order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['log.segment.bytes', 'log.cleaner.threads', 'num.io.threads', 'replica.lag.time.max.ms'], { minLength: 4 }), (keys) => {
        const extra = Object.fromEntries(keys.map((k, i) => [k, 10 + i * 0]));
        const a = renderServerProperties({ extraProperties: extra }, ctx).serialize();
        const b = renderServerProperties({ extraProperties: Object.fromEntries([...Object.entries(extra)].reverse()) }, ctx).serialize();
        expect(a).toBe(b);
      }),
    );
  });

  test('serialization round-trips through a properties parser', () => {
    const text = renderServerProperties({ extraProperties: { 'ssl.principal.mapping.rules': 'RULE:^CN=(.*?)$/$1/,DEFAULT' } }, ctx).serialize();
    const parsed = parseProperties(text);
    expect(parsed.get('ssl.principal.mapping.rules')).toBe('RULE:^CN=(.*?)$/$1/,DEFAULT');
    expect(parsed.get('min.insync.replicas')).toBe('2');
  });
});

describe('validateServerProperties', () => {
  test('defaults are valid', () => expect(codes({})).toEqual([]));
  test('min ISR must be below RF', () => {
    const issues = validateServerProperties({ minInsyncReplicas: 3 }, ctx);
    expect(issues[0].code).toBe('core/min-isr-not-below-rf');
    expect(issues[0].message).toBe('`serverProperties.minInsyncReplicas` must be below the replication factor (3), got: 3. Use 2: with min.insync.replicas equal to the replication factor, one broker down stops every acks=all producer.');
  });
  test('RF above broker count', () => expect(codes({ defaultReplicationFactor: 4, minInsyncReplicas: 2 }, { brokerCount: 3 })).toEqual(['core/rf-above-broker-count']));
  test('non-integers', () => expect(codes({ numPartitions: 0, logRetentionHours: 1.5 })).toEqual(['core/property-not-positive-integer', 'core/property-not-positive-integer']));
  test('unknown extra key with suggestion', () => {
    const i = validateServerProperties({ extraProperties: { 'log.retention.hour': 5 } }, ctx);
    expect(i.map((x) => x.code)).toEqual(['core/unknown-property']);
    expect(i[0].message).toContain('Did you mean `log.retention.hours`?');
  });
  test('forbidden, internal and owned keys', () => {
    expect(codes({ extraProperties: { 'zookeeper.connect': 'zk:2181' } })).toEqual(['core/forbidden-property']);
    expect(codes({ extraProperties: { listeners: 'X' } }, { ownedKeys: { listeners: 'clientAuthentication' } })).toEqual(['core/owned-property']);
    expect(codes({ extraProperties: { 'min.insync.replicas': 1 } })).toEqual(['core/typed-property']);
  });
  test('multi-line values are refused (no property injection)', () => {
    expect(codes({ extraProperties: { 'num.io.threads': '8\nauto.create.topics.enable=true' } })).toEqual(['core/property-value-multiline']);
  });
  test('keys outside the target list are refused, and explicit typed values too', () => {
    const settable = new Set(['num.partitions']);
    expect(codes({ extraProperties: { 'num.io.threads': 8 } }, { settableKeys: settable, settableKeysName: 'MSK' })).toEqual(['core/property-not-settable']);
    expect(codes({ minInsyncReplicas: 2 }, { settableKeys: settable })).toEqual(['core/property-not-settable']);
  });
  test('warnings for RF below 3 and unclean election', () => {
    const w = validateServerProperties({ defaultReplicationFactor: 2, minInsyncReplicas: 1, uncleanLeaderElection: true }, ctx).map((i) => i.code);
    expect(w).toEqual(['core/rf-below-3', 'core/unclean-election']);
  });
});

describe('KafkaProperties', () => {
  test('refuses duplicate keys across sections', () => {
    const p = new KafkaProperties();
    p.section('a')('x', 1);
    expect(() => p.section('b')('x', 2)).toThrow("Kafka property 'x' set twice (sections 'a' and 'b')");
  });
});
