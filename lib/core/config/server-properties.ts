/**
 * Broker `server.properties` with typed production defaults, plus a validated escape hatch.
 * Pure: used by the MSK configuration and the self-managed renderers alike.
 */
import * as D from '../defaults';
import { Issue, IssueCollector } from '../issues';
import { expectInteger } from '../typed';
import type { KeyListId } from '../kafka-version';
import { brokerKeyStatus, brokerKeys, keyListBasis, suggestKey } from './keys';
import { KafkaProperties, PropertyValue } from './properties';

/** Typed broker settings. Every field maps to one Kafka key, named in its JSDoc. */
export interface ServerPropertiesSpec {
  /**
   * `default.replication.factor`, also used for the offsets and transaction-state internal topics.
   * @default 3
   */
  readonly defaultReplicationFactor?: number;
  /**
   * `min.insync.replicas` (and `transaction.state.log.min.isr`). Must be below the replication factor
   * so that one broker can be down without refusing `acks=all` writes.
   * @default 2
   */
  readonly minInsyncReplicas?: number;
  /**
   * `auto.create.topics.enable`.
   * @default false
   */
  readonly autoCreateTopics?: boolean;
  /**
   * `unclean.leader.election.enable`. True trades acknowledged writes for availability.
   * @default false
   */
  readonly uncleanLeaderElection?: boolean;
  /**
   * `num.partitions` for topics created without a partition count.
   * @default 3
   */
  readonly numPartitions?: number;
  /**
   * `log.retention.hours`.
   * @default 168
   */
  readonly logRetentionHours?: number;
  /**
   * `delete.topic.enable`.
   * @default - Kafka's default (true)
   */
  readonly deleteTopicEnable?: boolean;
  /**
   * `message.max.bytes`.
   * @default - Kafka's default (1048588)
   */
  readonly messageMaxBytes?: number;
  /**
   * Any other broker property, validated: the key must exist for the Kafka version (and be settable on the
   * target), must not be a key the library controls, and the value must be a single line.
   * @default - none
   */
  readonly extraProperties?: Readonly<Record<string, PropertyValue>>;
}

/** What the target contributes to validation and rendering. */
export interface ServerPropertiesContext {
  /** Reference key list for the Kafka version. */
  readonly keyList: KeyListId;
  /** Dotted path of the spec in the user's props, for messages (e.g. `serverProperties`). */
  readonly path: string;
  /** Number of brokers, when known: the replication factor may not exceed it. */
  readonly brokerCount?: number;
  /** Keys the library sets itself, mapped to the prop that controls each (conventions §2). */
  readonly ownedKeys?: Readonly<Record<string, string>>;
  /**
   * Keys the target lets users set (e.g. MSK's custom-configuration list). Typed defaults outside it are
   * left to the service; explicit values outside it are errors.
   */
  readonly settableKeys?: ReadonlySet<string>;
  /** Name of the settable-key list for messages, e.g. "MSK Express broker configuration". */
  readonly settableKeysName?: string;
}

interface TypedEntry {
  readonly key: string;
  readonly prop: keyof ServerPropertiesSpec;
  readonly value: PropertyValue;
  readonly explicit: boolean;
}

function typedEntries(spec: ServerPropertiesSpec): TypedEntry[] {
  const rf = spec.defaultReplicationFactor ?? D.DEFAULT_REPLICATION_FACTOR;
  const isr = spec.minInsyncReplicas ?? D.DEFAULT_MIN_INSYNC_REPLICAS;
  const e = (key: string, prop: keyof ServerPropertiesSpec, value: PropertyValue | undefined, explicit: boolean) =>
    value === undefined ? [] : [{ key, prop, value, explicit }];
  return [
    ...e('default.replication.factor', 'defaultReplicationFactor', rf, spec.defaultReplicationFactor !== undefined),
    ...e('offsets.topic.replication.factor', 'defaultReplicationFactor', rf, spec.defaultReplicationFactor !== undefined),
    ...e('transaction.state.log.replication.factor', 'defaultReplicationFactor', rf, spec.defaultReplicationFactor !== undefined),
    ...e('min.insync.replicas', 'minInsyncReplicas', isr, spec.minInsyncReplicas !== undefined),
    ...e('transaction.state.log.min.isr', 'minInsyncReplicas', isr, spec.minInsyncReplicas !== undefined),
    ...e('unclean.leader.election.enable', 'uncleanLeaderElection', spec.uncleanLeaderElection ?? D.DEFAULT_UNCLEAN_LEADER_ELECTION, spec.uncleanLeaderElection !== undefined),
    ...e('auto.create.topics.enable', 'autoCreateTopics', spec.autoCreateTopics ?? D.DEFAULT_AUTO_CREATE_TOPICS, spec.autoCreateTopics !== undefined),
    ...e('num.partitions', 'numPartitions', spec.numPartitions ?? D.DEFAULT_NUM_PARTITIONS, spec.numPartitions !== undefined),
    ...e('log.retention.hours', 'logRetentionHours', spec.logRetentionHours ?? D.DEFAULT_LOG_RETENTION_HOURS, spec.logRetentionHours !== undefined),
    ...e('delete.topic.enable', 'deleteTopicEnable', spec.deleteTopicEnable, true),
    ...e('message.max.bytes', 'messageMaxBytes', spec.messageMaxBytes, true),
  ];
}

/** Pure validation of a server-properties spec; returns every issue. */
export function validateServerProperties(spec: ServerPropertiesSpec, ctx: ServerPropertiesContext): Issue[] {
  const c = new IssueCollector();
  const p = (prop: string) => `${ctx.path}.${prop}`;
  const rf = spec.defaultReplicationFactor ?? D.DEFAULT_REPLICATION_FACTOR;
  const isr = spec.minInsyncReplicas ?? D.DEFAULT_MIN_INSYNC_REPLICAS;

  const positiveInt = (prop: keyof ServerPropertiesSpec, v: unknown, min = 1) =>
    v === undefined || expectInteger(v, { code: 'core/property-not-positive-integer', path: p(prop) }, c, { min, fix: 'Use a whole number.' }) !== undefined;
  const rfOk = positiveInt('defaultReplicationFactor', spec.defaultReplicationFactor);
  const isrOk = positiveInt('minInsyncReplicas', spec.minInsyncReplicas);
  positiveInt('numPartitions', spec.numPartitions);
  positiveInt('logRetentionHours', spec.logRetentionHours);
  positiveInt('messageMaxBytes', spec.messageMaxBytes, 1024);

  if (rfOk && isrOk && isr >= rf && rf > 1) {
    c.error('core/min-isr-not-below-rf', p('minInsyncReplicas'), `be below the replication factor (${rf})`, isr,
      `Use ${rf - 1}: with min.insync.replicas equal to the replication factor, one broker down stops every acks=all producer.`);
  }
  const rfRendered = !ctx.settableKeys || ctx.settableKeys.has('default.replication.factor');
  if (rfOk && rfRendered && ctx.brokerCount !== undefined && rf > ctx.brokerCount) {
    c.error('core/rf-above-broker-count', p('defaultReplicationFactor'), `be at most the broker count (${ctx.brokerCount})`, rf,
      `Add brokers or lower the replication factor to ${ctx.brokerCount}.`);
  }
  if (rfOk && rf < 3 && spec.defaultReplicationFactor !== undefined) {
    c.warn('core/rf-below-3', p('defaultReplicationFactor'),
      `\`${p('defaultReplicationFactor')}\` is ${rf}: fewer than 3 copies cannot survive an AZ loss plus a broker restart. Use 3 in production.`);
  }
  if (spec.uncleanLeaderElection === true) {
    c.warn('core/unclean-election', p('uncleanLeaderElection'),
      `\`${p('uncleanLeaderElection')}\` is true: a lagging replica may become leader and acknowledged writes can be lost.`);
  }

  if (ctx.settableKeys) {
    const byProp = new Map<keyof ServerPropertiesSpec, TypedEntry[]>();
    for (const t of typedEntries(spec)) if (t.explicit) byProp.set(t.prop, [...(byProp.get(t.prop) ?? []), t]);
    for (const [prop, entries] of byProp) {
      if (!entries.some((t) => ctx.settableKeys!.has(t.key))) {
        c.error('core/property-not-settable', p(prop), `not be set on this target (${ctx.settableKeysName ?? 'the target'} does not accept \`${entries[0].key}\`)`,
          spec[prop], 'Remove it: the service manages this setting.');
      }
    }
  }

  const typedKeys = new Map(typedEntries(spec).map((t) => [t.key, t.prop]));
  const extra = spec.extraProperties ?? {};
  for (const key of Object.keys(extra).sort()) {
    const kp = `${p('extraProperties')}.${key}`;
    const value = extra[key];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      c.error('core/property-value-type', kp, 'be a string, number or boolean', value, 'Write the value as Kafka reads it.');
    } else if (/[\r\n]/.test(String(value))) {
      c.error('core/property-value-multiline', kp, 'be a single line', value, 'Remove line breaks from the value.');
    }
    const owner = ctx.ownedKeys?.[key];
    if (owner !== undefined) {
      c.error('core/owned-property', kp, 'not override a key the library sets', key, `Use \`${owner}\` instead.`);
      continue;
    }
    const typed = typedKeys.get(key);
    if (typed !== undefined) {
      c.error('core/typed-property', kp, 'not repeat a key that has a typed prop', key, `Use \`${p(typed)}\` instead.`);
      continue;
    }
    const status = brokerKeyStatus(key, ctx.keyList);
    if (status === 'forbidden') {
      c.error('core/forbidden-property', kp, 'not be a ZooKeeper-era or removed key', key, 'Remove it: KRaft clusters do not read it.');
    } else if (status === 'dynamic-only') {
      c.error('core/dynamic-only-property', kp, 'be a key server.properties may set', key,
        'Kafka accepts this throttle only as a dynamic config: set it with kafka-configs.sh --alter --entity-type brokers.');
    } else if (status === 'internal') {
      c.error('core/internal-property', kp, 'be a public Kafka key', key, 'Internal keys are unstable across versions; remove it.');
    } else if (status === 'unknown') {
      const s = suggestKey(key, ctx.settableKeys ? [...ctx.settableKeys] : brokerKeys(ctx.keyList));
      c.error('core/unknown-property', kp, `be a Kafka ${ctx.keyList} broker key${keyListBasis(ctx.keyList).derived ? ' (one Kafka publishes for both 4.1 and 4.4)' : ''}`, key,
        s ? `Did you mean \`${s}\`?` : 'Check the spelling against the Kafka broker configuration reference.');
    } else if (ctx.settableKeys && !ctx.settableKeys.has(key)) {
      const s = suggestKey(key, [...ctx.settableKeys]);
      c.error('core/property-not-settable', kp, `be a key ${ctx.settableKeysName ?? 'the target'} accepts`, key,
        s ? `Did you mean \`${s}\`? Otherwise remove it.` : 'Remove it: the service does not let you set it.');
    }
  }
  return [...c.issues];
}

/**
 * Renders the spec (already validated) into ordered properties. Typed defaults the target does not accept
 * (`settableKeys`) are left to the service; extra properties come last, sorted by key.
 */
export function renderServerProperties(spec: ServerPropertiesSpec, ctx: ServerPropertiesContext, into = new KafkaProperties()): KafkaProperties {
  const typed = into.section('Durability and topic defaults (kafka-iac production defaults)');
  for (const t of typedEntries(spec)) {
    if (ctx.settableKeys && !ctx.settableKeys.has(t.key)) continue;
    typed(t.key, t.value);
  }
  const extra = spec.extraProperties ?? {};
  const extras = into.section('Extra properties');
  for (const key of Object.keys(extra).sort()) extras(key, extra[key]);
  return into;
}
