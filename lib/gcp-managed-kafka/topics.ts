/**
 * Topics and ACLs: validation and the configs sent to the API. Called by `planGcpKafkaCluster` only.
 */
import {
  DEFAULT_MIN_INSYNC_REPLICAS, DEFAULT_NUM_PARTITIONS, DEFAULT_REPLICATION_FACTOR, expectInteger, expectNumber, IssueCollector, IsUnknown, isKafkaTopicName, isKraftForbiddenKey,
  isTopicKey, KAFKA_TOPIC_NAME_RULE, sortKeys, suggestKey, topicKeys,
} from '../core';
import { analyzeCatalog } from '../core/catalog/plan';
import { OWNED_TOPIC_KEYS as CORE_OWNED_KEYS } from '../core/catalog/topics';
import { ACL_LIMITS, ACL_OPERATIONS, FORMATS } from './limits';
import type { GcpKafkaAclPlan, GcpKafkaTopicPlan } from './plan-types';
import type { GcpKafkaAclSpec, GcpKafkaTopicSpec } from './spec';

/** Topic keys set through their own props. */
const OWNED_TOPIC_KEYS: Readonly<Record<string, string>> = { 'retention.ms': 'retentionHours', 'min.insync.replicas': 'minInSyncReplicas' };
const MS_PER_HOUR = 3_600_000;


export function planTopics(topics: readonly GcpKafkaTopicSpec[], c: IssueCollector): GcpKafkaTopicPlan[] {
  const seen = new Set<string>();
  return topics.map((t, i) => {
    const at = `topics[${i}]`;
    if (!isKafkaTopicName(t.name)) {
      c.error('gcp-kafka/topic-name', `${at}.name`, KAFKA_TOPIC_NAME_RULE, t.name, 'Rename the topic, e.g. "orders.v1".');
    } else if (seen.has(t.name)) {
      c.error('gcp-kafka/topic-duplicate', `${at}.name`, 'be unique', t.name, 'Remove the duplicate topic.');
    }
    seen.add(t.name);

    // Each count is type-checked first; a value that fails is reported once and the rules that depend on it are skipped.
    const partitions = t.partitions === undefined ? DEFAULT_NUM_PARTITIONS
      : expectInteger(t.partitions, { code: 'gcp-kafka/topic-partitions', path: `${at}.partitions` }, c, { min: 1, fix: 'Use e.g. 3, 6 or 12.' });
    if (partitions !== undefined && t.partitionsFloor !== undefined) {
      const floor = expectInteger(t.partitionsFloor, { code: 'gcp-kafka/topic-partitions-floor', path: `${at}.partitionsFloor` }, c, { min: 1, fix: 'Record the partition count deployed today.' });
      if (floor !== undefined && partitions < floor) {
        c.error('gcp-kafka/partition-decrease', `${at}.partitions`, `not be below the deployed partition count (partitionsFloor ${floor})`, partitions,
          `Kafka cannot remove partitions: keep ${floor} or more, or create a new topic and migrate.`);
      }
    }

    const rf = t.replicationFactor === undefined ? DEFAULT_REPLICATION_FACTOR
      : expectInteger(t.replicationFactor, { code: 'gcp-kafka/topic-replication-factor', path: `${at}.replicationFactor` }, c, { min: 1, fix: 'Use 3 (the default).' });
    if (rf !== undefined && rf < DEFAULT_REPLICATION_FACTOR && t.allowReplicationFactorBelow3 !== true) {
      c.error('gcp-kafka/topic-rf-below-3', `${at}.replicationFactor`, 'be at least 3 (one copy per zone)', rf,
        'Use 3, or set `allowReplicationFactorBelow3: true` for data you can afford to lose.');
    }

    const minIsr = t.minInSyncReplicas === undefined ? Math.min(DEFAULT_MIN_INSYNC_REPLICAS, Math.max(1, (rf ?? DEFAULT_REPLICATION_FACTOR) - 1))
      : expectInteger(t.minInSyncReplicas, { code: 'gcp-kafka/topic-min-isr', path: `${at}.minInSyncReplicas` }, c, { min: 1, fix: 'Use 2 with a replication factor of 3.' });
    if (minIsr !== undefined && rf !== undefined && rf > 1 && minIsr >= rf) {
      c.error('gcp-kafka/topic-min-isr', `${at}.minInSyncReplicas`, `be below the replication factor (${rf})`, minIsr,
        `With min.insync.replicas = replication factor, one broker restart stops every acks=all write; use ${rf - 1}.`);
    } else if (minIsr !== undefined && rf === 1 && minIsr !== 1) {
      c.error('gcp-kafka/topic-min-isr', `${at}.minInSyncReplicas`, 'be 1 with a replication factor of 1', minIsr, 'Use 1.');
    }

    let retentionMs: string | undefined;
    const hours: unknown = t.retentionHours;
    const numericString = typeof hours === 'string' && hours !== 'unlimited' && hours.trim() !== '' && Number.isFinite(Number(hours));
    if (hours === 'unlimited') {
      retentionMs = '-1';
    } else if (typeof hours === 'number' || numericString) {
      // "168" or NaN: the type message ("Write it without quotes"); a number then meets the rule below.
      const n = expectNumber(hours, { code: 'gcp-kafka/topic-retention', path: `${at}.retentionHours` }, c);
      if (n !== undefined && n > 0 && Number.isInteger(n * MS_PER_HOUR)) {
        retentionMs = String(n * MS_PER_HOUR);
      } else if (n !== undefined) {
        c.error('gcp-kafka/topic-retention', `${at}.retentionHours`, "be a positive number of hours or 'unlimited'", n,
          "Retention is explicit on purpose: e.g. 168 for a week, or 'unlimited' for a compacted or archival topic.");
      }
    } else {
      c.error('gcp-kafka/topic-retention', `${at}.retentionHours`, "be a positive number of hours or 'unlimited'", t.retentionHours,
        "Retention is explicit on purpose: e.g. 168 for a week, or 'unlimited' for a compacted or archival topic.");
    }

    const configs: Record<string, string> = {};
    for (const [key, value] of Object.entries(t.configs ?? {})) {
      const path = `${at}.configs.${key}`;
      if (OWNED_TOPIC_KEYS[key] !== undefined) {
        c.error('gcp-kafka/topic-owned-key', path, `be set through \`${OWNED_TOPIC_KEYS[key]}\``, value, `Remove it from configs and set \`${at}.${OWNED_TOPIC_KEYS[key]}\`.`);
      } else if (isKraftForbiddenKey(key)) {
        c.error('gcp-kafka/topic-config-removed', path, 'not be a key Kafka removed (ZooKeeper-era or deprecated)', key, 'Remove it.');
      } else if (!isTopicKey(key, '3.9')) {
        const hint = suggestKey(key, topicKeys('3.9'));
        c.error('gcp-kafka/topic-config-unknown', path, 'be a Kafka topic config key', key, hint ? `Did you mean "${hint}"?` : 'See the topic configs of the Kafka documentation.');
      } else if (typeof value !== 'string' || /[\r\n]/.test(value)) {
        c.error('gcp-kafka/topic-config-value', path, 'be a single-line string', value, 'Quote numbers, e.g. "1048576".');
      } else {
        configs[key] = value;
      }
    }
    if (retentionMs !== undefined) configs['retention.ms'] = retentionMs;
    if (minIsr !== undefined) configs['min.insync.replicas'] = String(minIsr);
    Object.assign(configs, portableExtras(t, at, rf ?? DEFAULT_REPLICATION_FACTOR, c));
    return { name: t.name, partitions: partitions ?? DEFAULT_NUM_PARTITIONS, replicationFactor: rf ?? DEFAULT_REPLICATION_FACTOR, configs: sortKeys(configs), ...(t.deleteOnRemoval ? { deleteOnRemoval: true } : {}) };
  });
}

/** Codes this file checks itself: the portable catalog's issues with these codes are left out. */
const CHECKED_HERE = new Set(['catalog/topic-name', 'catalog/topic-duplicate', 'catalog/topic-partitions', 'catalog/topic-partitions-floor',
  'catalog/topic-partitions-decrease', 'catalog/topic-replication-factor', 'catalog/topic-min-isr', 'catalog/topic-retention']);
/** Typed props of the portable `TopicSpec` this target renders besides its own (`retentionHours`, `minInSyncReplicas`). */
const PORTABLE_PROPS = ['cleanupPolicy', 'compression', 'retentionBytes', 'maxMessageBytes', 'tieredStorage', 'localRetentionHours'] as const;

/**
 * The portable catalog's rules for one topic (reserved names, the typed props above, replication factor changes), its
 * issues re-rooted at the topic; returns the configs those props render.
 */
function portableExtras(t: GcpKafkaTopicSpec, at: string, rf: number, c: IssueCollector): Record<string, string> {
  const extras = Object.fromEntries(PORTABLE_PROPS.filter((k) => t[k] !== undefined).map((k) => [k, t[k]]));
  const { plan, issues } = analyzeCatalog({ topics: [{
    name: t.name, replicationFactor: rf, deployedReplicationFactor: t.deployedReplicationFactor, acknowledgeReplacement: t.acknowledgeReplacement, ...extras,
  }] }, { kind: 'gcp' });
  c.addAll(issues.filter((i) => !CHECKED_HERE.has(i.code)).map((i) => ({
    ...i, path: i.path.replace(/^topics\[0\]/, at), message: i.message.replace(/`topics\[0\]/g, `\`${at}`),
  })));
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(plan.topics[0]?.configs ?? {})) {
    const prop = CORE_OWNED_KEYS[key];
    if (prop === undefined || !(PORTABLE_PROPS as readonly string[]).includes(prop)) continue;
    if (t.configs?.[key] !== undefined) {
      c.error('gcp-kafka/topic-owned-key', `${at}.configs.${key}`, `be set through \`${String(prop)}\` only`, t.configs[key], `Remove it from configs: \`${at}.${String(prop)}\` sets it.`);
    }
    out[key] = value;
  }
  return out;
}

export function planAcls(acls: readonly GcpKafkaAclSpec[], c: IssueCollector, isUnknown: IsUnknown): GcpKafkaAclPlan[] {
  const seen = new Set<string>();
  return acls.map((a, i) => {
    const at = `acls[${i}]`;
    if (typeof a.resource !== 'string' || !FORMATS.aclId.test(a.resource)) {
      c.error('gcp-kafka/acl-resource', `${at}.resource`, 'be cluster, allTopics, allConsumerGroups, allTransactionalIds or <type>[Prefixed]/<name>', a.resource,
        'Use e.g. "topic/orders", "topicPrefixed/orders." or "consumerGroup/billing".');
    } else if (seen.has(a.resource)) {
      c.error('gcp-kafka/acl-duplicate', `${at}.resource`, 'be unique (one ACL resource holds all its entries)', a.resource, 'Merge the entries into one ACL.');
    }
    seen.add(a.resource);
    const entries = a.entries ?? [];
    if (entries.length < 1 || entries.length > ACL_LIMITS.maxEntries) {
      c.error('gcp-kafka/acl-entries', `${at}.entries`, `hold 1 to ${ACL_LIMITS.maxEntries} entries`, entries.length, 'Split the ACL by resource pattern.');
    }
    return {
      aclId: a.resource,
      entries: entries.map((e, j) => {
        const ep = `${at}.entries[${j}]`;
        if (!isUnknown(e.principal) && (typeof e.principal !== 'string' || !/^User:(\*|[^\s]+@[^\s]+)$/.test(e.principal))) {
          c.error('gcp-kafka/acl-principal', `${ep}.principal`, 'be "User:<service account email>" or "User:*"', e.principal,
            'Prefix the Google principal with "User:", e.g. "User:orders@my-project.iam.gserviceaccount.com".');
        }
        if (!(ACL_OPERATIONS as readonly string[]).includes(e.operation)) {
          c.error('gcp-kafka/acl-operation', `${ep}.operation`, `be one of ${ACL_OPERATIONS.join(', ')}`, e.operation, 'Use the Kafka operation name in upper case.');
        }
        const permission = e.permission ?? 'ALLOW';
        if (permission !== 'ALLOW' && permission !== 'DENY') {
          c.error('gcp-kafka/acl-permission', `${ep}.permission`, "be 'ALLOW' or 'DENY'", e.permission, 'Omit it for ALLOW.');
        }
        return { principal: e.principal, operation: e.operation, permissionType: permission, host: '*' as const };
      }),
    };
  });
}
