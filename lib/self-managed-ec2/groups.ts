/**
 * Share groups (KIP-932) and streams groups (KIP-1071), cluster-wide: validation against the line's capabilities, and
 * the plan the renderers read (feature levels at format time, broker keys in `server.properties`). Pure.
 *
 * Since Kafka 4.1 these group types follow feature versions (`share.version`, `streams.version`), not
 * `group.coordinator.rebalance.protocols`, which KIP-1237 deprecates in 4.3. A cluster formatted at release version
 * 4.2 or later gets both at level 1; the library passes the levels explicitly so that `enabled` reads the same on every
 * line where the group type is production-ready.
 */
import {
  DEFAULT_MIN_INSYNC_REPLICAS, DEFAULT_REPLICATION_FACTOR, IssueCollector, kafkaLines, type FeatureStage, type KafkaLineInfo,
  type ServerPropertiesSpec,
} from '../core';
import type { GroupsPlan } from './plan-types';
import type { SelfManagedGroupsSpec, ShareGroupsSpec, StreamsGroupsSpec } from './spec';

interface Limit { readonly key: string; readonly min: number; readonly max?: number }

/**
 * Cluster-wide limits a platform sets, one broker key each. Bounds: Kafka's ConfigDef ranges and, for timeouts,
 * intervals and lock durations, the default min/max keys the broker checks them against at start-up
 * (GroupCoordinatorConfig and ShareGroupConfig of Kafka 4.1; checked 2026-12-04).
 */
export const GROUP_LIMITS = {
  share: {
    maxSize: { key: 'group.share.max.size', min: 1, max: 1000 },
    deliveryCountLimit: { key: 'group.share.delivery.count.limit', min: 2, max: 10 },
    recordLockDurationMs: { key: 'group.share.record.lock.duration.ms', min: 15000, max: 60000 },
    partitionMaxRecordLocks: { key: 'group.share.partition.max.record.locks', min: 100, max: 10000 },
    sessionTimeoutMs: { key: 'group.share.session.timeout.ms', min: 45000, max: 60000 },
    heartbeatIntervalMs: { key: 'group.share.heartbeat.interval.ms', min: 5000, max: 15000 },
  },
  streams: {
    maxSize: { key: 'group.streams.max.size', min: 1 },
    numStandbyReplicas: { key: 'group.streams.num.standby.replicas', min: 0 },
    maxStandbyReplicas: { key: 'group.streams.max.standby.replicas', min: 0 },
    sessionTimeoutMs: { key: 'group.streams.session.timeout.ms', min: 45000, max: 60000 },
    heartbeatIntervalMs: { key: 'group.streams.heartbeat.interval.ms', min: 5000, max: 15000 },
  },
} as const satisfies { share: Record<Exclude<keyof ShareGroupsSpec, 'enabled'>, Limit>; streams: Record<Exclude<keyof StreamsGroupsSpec, 'enabled'>, Limit> };

/** Kafka's default `group.streams.max.standby.replicas` (GroupCoordinatorConfig, 4.1). */
const DEFAULT_MAX_STANDBY_REPLICAS = 2;

/** Per group type: its KIP, the feature version naming its level, and the line capability that says how far it is. */
const KINDS = {
  share: { kip: 'KIP-932', name: 'share groups', feature: 'share.version', stage: (l: KafkaLineInfo) => l.shareGroups },
  streams: { kip: 'KIP-1071', name: 'streams groups', feature: 'streams.version', stage: (l: KafkaLineInfo) => l.streamsGroups },
} as const;
type Kind = keyof typeof KINDS;

/** The share coordinator's state topic follows the durability the offsets and transaction topics get. */
const SHARE_STATE_TOPIC = { replicationFactor: 'share.coordinator.state.topic.replication.factor', minIsr: 'share.coordinator.state.topic.min.isr' } as const;

const STAGE_WORDS: Record<FeatureStage, string> = { none: 'has none', 'early-access': 'has them in early access', preview: 'has them as a preview', ga: '' };

function firstGaLine(kind: Kind): string {
  return kafkaLines().find((l) => KINDS[kind].stage(l) === 'ga')!.line;
}

/** Keys of `server.properties` the typed group options control on a line where the group type is production-ready. */
export function groupOwnedKeys(line: KafkaLineInfo): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of Object.keys(KINDS) as Kind[]) {
    if (KINDS[kind].stage(line) !== 'ga') continue;
    for (const [prop, limit] of Object.entries(GROUP_LIMITS[kind])) out[limit.key] = `groups.${kind}.${prop}`;
    // Group types follow feature versions from 4.1; KIP-1237 deprecates this key in 4.3.
    out['group.coordinator.rebalance.protocols'] = 'groups.share.enabled / groups.streams.enabled';
  }
  if (line.shareGroups === 'ga') {
    out[SHARE_STATE_TOPIC.replicationFactor] = 'serverProperties.defaultReplicationFactor';
    out[SHARE_STATE_TOPIC.minIsr] = 'serverProperties.minInsyncReplicas';
  }
  return out;
}

/** Validates `groups` against the line (stage of each group type, ranges) and the extras that would repeat its keys. */
export function validateGroups(spec: SelfManagedGroupsSpec | undefined, line: KafkaLineInfo, kafkaVersion: string,
  extraProperties: ServerPropertiesSpec['extraProperties'], c: IssueCollector, known: (v: unknown) => boolean): void {
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const k = KINDS[kind];
    const given: Record<string, unknown> = { ...(spec?.[kind] ?? {}) };
    const set = Object.entries(given).filter(([, v]) => v !== undefined);
    if (k.stage(line) !== 'ga') {
      for (const [prop, value] of set) {
        if (prop === 'enabled' && value === false) continue;
        c.error(`self-managed/${kind}-groups-version`, `groups.${kind}.${prop}`,
          `${prop === 'enabled' ? 'be false' : 'be unset'} on Kafka ${kafkaVersion} (${k.name} are production-ready from Kafka ${firstGaLine(kind)}, ${k.kip}; ${line.line} ${STAGE_WORDS[k.stage(line)]})`,
          value, `Upgrade to ${firstGaLine(kind)} or later, or remove it.`);
      }
      continue;
    }
    if (given.enabled !== undefined && typeof given.enabled !== 'boolean') {
      c.error(`self-managed/${kind}-groups-enabled`, `groups.${kind}.enabled`, 'be true or false', given.enabled, 'Leave it out to keep Kafka\'s default (on).');
    }
    const limits: Record<string, Limit> = GROUP_LIMITS[kind];
    for (const [prop, value] of set) {
      if (prop === 'enabled') continue;
      const limit = limits[prop];
      if (!limit) continue;
      if (given.enabled === false) {
        c.error(`self-managed/${kind}-groups-off`, `groups.${kind}.${prop}`, `be unset while \`groups.${kind}.enabled\` is false`, value, `Remove it, or turn ${k.name} on.`);
      } else if (known(value) && (typeof value !== 'number' || !Number.isInteger(value) || value < limit.min || (limit.max !== undefined && value > limit.max))) {
        const range = limit.max !== undefined ? `from ${limit.min} to ${limit.max}` : `of at least ${limit.min}`;
        c.error('self-managed/group-limit', `groups.${kind}.${prop}`, `be an integer ${range} (\`${limit.key}\`)`, value,
          limit.max !== undefined ? 'Kafka refuses to start outside this range.' : 'Use a whole number.');
      }
    }
    if (kind === 'streams') {
      const s = spec?.streams ?? {};
      const max = s.maxStandbyReplicas ?? DEFAULT_MAX_STANDBY_REPLICAS;
      if (s.enabled !== false && Number.isInteger(s.numStandbyReplicas) && Number.isInteger(max) && s.numStandbyReplicas! > max) {
        c.error('self-managed/streams-standby-replicas', 'groups.streams.numStandbyReplicas', `be at most \`groups.streams.maxStandbyReplicas\` (${max})`, s.numStandbyReplicas,
          'Raise maxStandbyReplicas as well, or ask for fewer standby replicas.');
      }
    }
  }
  const owned = groupOwnedKeys(line);
  for (const key of Object.keys(extraProperties ?? {}).sort()) {
    const prop = owned[key];
    if (prop === undefined) continue;
    const path = `serverProperties.extraProperties.${key}`;
    if (key === 'group.coordinator.rebalance.protocols') {
      c.error('self-managed/group-protocols-extra', path,
        `not be set on Kafka ${kafkaVersion} (group types follow the share.version and streams.version features; KIP-1237 deprecates this key in 4.3)`, key,
        'Use `groups.share.enabled` and `groups.streams.enabled` instead.');
    } else {
      c.error(prop.startsWith('groups.') ? 'core/typed-property' : 'core/owned-property', path,
        prop.startsWith('groups.') ? 'not repeat a key that has a typed prop' : 'not override a key the library sets', key, `Use \`${prop}\` instead.`);
    }
  }
}

/** The groups part of the plan (call after validation succeeded). */
export function planGroups(spec: SelfManagedGroupsSpec | undefined, line: KafkaLineInfo, serverProperties: ServerPropertiesSpec): GroupsPlan {
  const part = (kind: Kind) => {
    const ga = KINDS[kind].stage(line) === 'ga';
    const given: Record<string, unknown> = { ...(spec?.[kind] ?? {}) };
    const enabled = ga && given.enabled !== false;
    const properties: Record<string, number> = {};
    if (enabled) {
      for (const [prop, limit] of Object.entries(GROUP_LIMITS[kind] as Record<string, Limit>)) {
        if (typeof given[prop] === 'number') properties[limit.key] = given[prop] as number;
      }
      if (kind === 'share') {
        properties[SHARE_STATE_TOPIC.replicationFactor] = serverProperties.defaultReplicationFactor ?? DEFAULT_REPLICATION_FACTOR;
        properties[SHARE_STATE_TOPIC.minIsr] = serverProperties.minInsyncReplicas ?? DEFAULT_MIN_INSYNC_REPLICAS;
      }
    }
    return { enabled, properties: Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : 1))), ga };
  };
  const share = part('share');
  const streams = part('streams');
  const formatFeatures = ([['share', share], ['streams', streams]] as const)
    .filter(([, p]) => p.ga).map(([kind, p]) => `${KINDS[kind].feature}=${p.enabled ? 1 : 0}`);
  return { share: { enabled: share.enabled, properties: share.properties }, streams: { enabled: streams.enabled, properties: streams.properties }, formatFeatures };
}
