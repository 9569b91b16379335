/**
 * The `AWS::MSK::Configuration` / `aws.msk.Configuration` body: typed production defaults, keys the library
 * owns, and the user's validated extras, limited to what MSK lets a custom configuration set.
 */
import { Issue, KafkaProperties, kafkaLine, renderServerProperties, ServerPropertiesSpec, validateServerProperties } from '../core';
import type { MskVersionInfo } from './limits';

/**
 * Properties a custom configuration may set on Standard brokers (AWS doc "Custom MSK configurations",
 * checked 2026-11). ZooKeeper-only keys are left out: they do nothing on KRaft and are refused anyway.
 */
export const MSK_STANDARD_SETTABLE_KEYS: ReadonlySet<string> = new Set([
  'allow.everyone.if.no.acl.found',
  'auto.create.topics.enable',
  'compression.type',
  'connections.max.idle.ms',
  'default.replication.factor',
  'delete.topic.enable',
  'group.initial.rebalance.delay.ms',
  'group.max.session.timeout.ms',
  'group.min.session.timeout.ms',
  'leader.imbalance.per.broker.percentage',
  'log.cleaner.delete.retention.ms',
  'log.cleaner.min.cleanable.ratio',
  'log.cleanup.policy',
  'log.flush.interval.messages',
  'log.flush.interval.ms',
  'log.message.timestamp.after.max.ms',
  'log.message.timestamp.before.max.ms',
  'log.message.timestamp.type',
  'log.retention.bytes',
  'log.retention.hours',
  'log.retention.minutes',
  'log.retention.ms',
  'log.roll.ms',
  'log.segment.bytes',
  'max.incremental.fetch.session.cache.slots',
  'message.max.bytes',
  'min.insync.replicas',
  'num.io.threads',
  'num.network.threads',
  'num.partitions',
  'num.recovery.threads.per.data.dir',
  'num.replica.fetchers',
  'offsets.retention.minutes',
  'offsets.topic.replication.factor',
  'replica.fetch.max.bytes',
  'replica.fetch.response.max.bytes',
  'replica.lag.time.max.ms',
  'replica.selector.class',
  'replica.socket.receive.buffer.bytes',
  'socket.receive.buffer.bytes',
  'socket.request.max.bytes',
  'socket.send.buffer.bytes',
  'transaction.max.timeout.ms',
  'transaction.state.log.min.isr',
  'transaction.state.log.replication.factor',
  'transactional.id.expiration.ms',
  'unclean.leader.election.enable',
]);

/**
 * Properties a configuration may set on Express brokers (AWS doc "Express broker configurations",
 * static properties, checked 2026-11). Replication factor 3, min ISR 2 and unclean election off are fixed by the
 * service ("Best practices for Express brokers"), so the typed defaults for them are not rendered.
 */
export const MSK_EXPRESS_SETTABLE_KEYS: ReadonlySet<string> = new Set([
  'allow.everyone.if.no.acl.found',
  'auto.create.topics.enable',
  'compression.type',
  'connections.max.idle.ms',
  'delete.topic.enable',
  'group.initial.rebalance.delay.ms',
  'group.max.session.timeout.ms',
  'leader.imbalance.per.broker.percentage',
  'log.cleanup.policy',
  'log.message.timestamp.after.max.ms',
  'log.message.timestamp.before.max.ms',
  'log.message.timestamp.type',
  'log.retention.bytes',
  'log.retention.ms',
  'max.connections.per.ip',
  'max.incremental.fetch.session.cache.slots',
  'message.max.bytes',
  'num.partitions',
  'offsets.retention.minutes',
  'replica.fetch.max.bytes',
  'replica.selector.class',
  'socket.receive.buffer.bytes',
  'socket.request.max.bytes',
  'socket.send.buffer.bytes',
  'transaction.max.timeout.ms',
  'transactional.id.expiration.ms',
]);

/** Keys the MSK plan sets itself, and the prop that controls each. */
export const MSK_OWNED_KEYS: Readonly<Record<string, string>> = {
  'allow.everyone.if.no.acl.found': 'clientAuthentication',
};

export function settableKeysFor(kind: 'standard' | 'express'): ReadonlySet<string> {
  return kind === 'express' ? MSK_EXPRESS_SETTABLE_KEYS : MSK_STANDARD_SETTABLE_KEYS;
}

function context(kind: 'standard' | 'express', version: MskVersionInfo, brokerNodes: number | undefined) {
  return {
    keyList: kafkaLine(version.line).keyList,
    path: 'serverProperties',
    brokerCount: brokerNodes,
    ownedKeys: MSK_OWNED_KEYS,
    settableKeys: settableKeysFor(kind),
    settableKeysName: kind === 'express' ? 'an MSK Express broker configuration' : 'an MSK configuration',
  };
}

/** `brokerNodes` undefined: the count failed its own check, and the rules comparing to it are skipped. */
export function validateMskServerProperties(kind: 'standard' | 'express', version: MskVersionInfo, brokerNodes: number | undefined, spec: ServerPropertiesSpec): Issue[] {
  return validateServerProperties(spec, context(kind, version, brokerNodes));
}

/**
 * Renders the configuration's `server.properties`. ACL-based authorization (SCRAM, mTLS) denies by default:
 * without ACLs, SCRAM and TLS principals can do nothing, which is what a secure cluster wants.
 */
export function renderMskServerProperties(
  kind: 'standard' | 'express', version: MskVersionInfo, brokerNodes: number, spec: ServerPropertiesSpec, aclAuth: boolean,
): string {
  const props = new KafkaProperties();
  const security = props.section('Authorization (kafka-iac: deny when no ACL matches)');
  if (aclAuth) security('allow.everyone.if.no.acl.found', false);
  renderServerProperties(spec, context(kind, version, brokerNodes), props);
  return props.serialize();
}

/** Configuration name: cluster name plus the version, e.g. `orders-3-9-x-kraft` (1-64 chars, `[0-9A-Za-z-]`). */
export function configurationName(clusterName: string, version: string): string {
  const suffix = `-${version.replace(/[^0-9A-Za-z]+/g, '-')}`;
  return `${clusterName.slice(0, 64 - suffix.length)}${suffix}`;
}
