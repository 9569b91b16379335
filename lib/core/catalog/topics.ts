/**
 * Topic validation and rendering: one pass that records every issue and resolves every default. Called by
 * `analyzeCatalog` only.
 */
import { isKraftForbiddenKey, isTopicKey, suggestKey, topicKeys } from '../config/keys';
import { DEFAULT_NUM_PARTITIONS, DEFAULT_REPLICATION_FACTOR } from '../defaults';
import type { IssueCollector } from '../issues';
import { KAFKA_LINES, kafkaLine, type KeyListId } from '../kafka-version';
import { isKafkaTopicName, KAFKA_TOPIC_NAME_RULE } from '../topic-name';
import type { CatalogTargetContext } from './context';
import { CATALOG_TARGETS, KAFKA_RESERVED_TOPIC_NAMES, matchesReserved, type CatalogLimit, type CatalogTargetRules } from './targets';
import { topicValueRule } from './topic-config-types';
import type { TopicPlan, TopicSpec } from './types';

const MS_PER_HOUR = 3_600_000;

/** Topic keys set through typed props: a key in `configs` names its prop. */
export const OWNED_TOPIC_KEYS: Readonly<Record<string, keyof TopicSpec>> = {
  'retention.ms': 'retentionHours',
  'retention.bytes': 'retentionBytes',
  'cleanup.policy': 'cleanupPolicy',
  'min.insync.replicas': 'minInSyncReplicas',
  'compression.type': 'compression',
  'max.message.bytes': 'maxMessageBytes',
  'remote.storage.enable': 'tieredStorage',
  'local.retention.ms': 'localRetentionHours',
};
const TIERED_KEYS = /^(remote\.|local\.retention\.)/;
const CLEANUP = ['delete', 'compact', 'compact,delete'];
const COMPRESSION = ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'];
const NEWEST_KEY_LIST: KeyListId = '4.4';

const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

export function planTopics(topics: readonly TopicSpec[], ctx: CatalogTargetContext, c: IssueCollector): TopicPlan[] {
  const rules = CATALOG_TARGETS[ctx.kind];
  const unknown = ctx.isUnknown ?? (() => false);
  const keyList = ctx.kafkaLine ? kafkaLine(ctx.kafkaLine).keyList : NEWEST_KEY_LIST;
  checkVersion(topics, ctx, rules, c);
  const seen = new Set<string>();
  const metricNames = new Map<string, string>();
  const out: TopicPlan[] = [];
  topics.forEach((t, i) => {
    const at = `topics[${i}]`;
    if (!unknown(t.name)) checkName(t.name, at, rules, seen, metricNames, c);
    const partitions = checkPartitions(t, at, ctx, rules, c);
    const rf = checkReplicationFactor(t, at, ctx, rules, c);
    const configs = renderConfigs(t, at, rf, keyList, ctx, rules, c);
    out.push({ name: t.name, partitions, replicationFactor: rf, configs, deleteOnRemoval: t.deleteOnRemoval === true });
  });
  checkTotals(out, ctx, rules, c);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function checkVersion(topics: readonly TopicSpec[], ctx: CatalogTargetContext, rules: CatalogTargetRules, c: IssueCollector): void {
  if (topics.length === 0 || !rules.minLine || !ctx.kafkaLine) return;
  if (KAFKA_LINES.indexOf(ctx.kafkaLine) < KAFKA_LINES.indexOf(rules.minLine)) {
    c.error('catalog/target-version', 'topics', `be empty on Kafka ${ctx.kafkaLine} (${ctx.kind} topics need Kafka ${rules.minLine} or later)`, topics.length,
      `Upgrade the cluster to Kafka ${rules.minLine} or later first, then add the topics.`);
  }
}

function checkName(name: string, at: string, rules: CatalogTargetRules, seen: Set<string>, metricNames: Map<string, string>, c: IssueCollector): void {
  if (!isKafkaTopicName(name)) {
    c.error('catalog/topic-name', `${at}.name`, KAFKA_TOPIC_NAME_RULE, name, 'Rename the topic, e.g. "orders.v1".');
    return;
  }
  if (rules.namePattern && !rules.namePattern.regex.test(name)) {
    c.error('catalog/topic-name-target', `${at}.name`, `${rules.namePattern.rule} on ${rules.kind}`, name, 'Rename the topic, e.g. "orders-v1".');
  }
  const reserved = matchesReserved(name, KAFKA_RESERVED_TOPIC_NAMES) ?? matchesReserved(name, rules.reservedNames);
  if (reserved) {
    c.error('catalog/topic-reserved', `${at}.name`, `not be a reserved name (${reserved})`, name,
      'Names starting with "__" and the service\'s internal names belong to the cluster: pick another name.');
  }
  if (seen.has(name)) {
    c.error('catalog/topic-duplicate', `${at}.name`, 'be unique in the catalog', name, 'Declare each topic once.');
  } else {
    const metric = name.replace(/\./g, '_');
    const other = metricNames.get(metric);
    if (other !== undefined) {
      c.error('catalog/topic-collision', `${at}.name`, `not collide with "${other}" ("." and "_" are the same in metric names)`, name,
        'Kafka refuses the second topic: use either "." or "_" consistently.');
    }
    metricNames.set(metric, name);
  }
  seen.add(name);
}

function checkPartitions(t: TopicSpec, at: string, ctx: CatalogTargetContext, rules: CatalogTargetRules, c: IssueCollector): number {
  const unknown = ctx.isUnknown ?? (() => false);
  const partitions = t.partitions ?? DEFAULT_NUM_PARTITIONS;
  if (unknown(partitions)) return partitions;
  if (!isPositiveInt(partitions)) {
    c.error('catalog/topic-partitions', `${at}.partitions`, 'be a positive integer', t.partitions, `Omit it for ${DEFAULT_NUM_PARTITIONS}.`);
    return partitions;
  }
  const perTopic = limitOf(ctx.maxPartitionsPerTopic, rules.maxPartitionsPerTopic);
  if (perTopic && partitions > perTopic.value) {
    report(c, perTopic, 'catalog/topic-partitions-limit', `${at}.partitions`, `be at most ${perTopic.value} on ${rules.kind}`, partitions,
      'Use fewer partitions, or a larger tier.');
  }
  if (t.partitionsFloor !== undefined && !unknown(t.partitionsFloor)) {
    if (!isPositiveInt(t.partitionsFloor)) {
      c.error('catalog/topic-partitions-floor', `${at}.partitionsFloor`, 'be a positive integer', t.partitionsFloor, 'Record the partition count the topic has today.');
    } else if (partitions < t.partitionsFloor) {
      c.error('catalog/topic-partitions-decrease', `${at}.partitions`, `not go below ${t.partitionsFloor} (partitionsFloor: the count this topic already has)`, partitions,
        `Kafka cannot remove partitions: keep ${t.partitionsFloor} or more, or create a new topic and migrate.`);
    }
  }
  return partitions;
}

function checkReplicationFactor(t: TopicSpec, at: string, ctx: CatalogTargetContext, rules: CatalogTargetRules, c: IssueCollector): number {
  const unknown = ctx.isUnknown ?? (() => false);
  const r = rules.replicationFactor;
  if (!r.settable) {
    if (t.replicationFactor !== undefined && t.replicationFactor !== r.fixed) {
      c.error('catalog/topic-rf-not-settable', `${at}.replicationFactor`, r.fixed ? `be omitted or ${r.fixed} on ${rules.kind} (the service replicates ${r.fixed} times)`
        : `be omitted on ${rules.kind} (the service manages replication)`, t.replicationFactor, 'Remove it.');
    }
    return r.fixed ?? DEFAULT_REPLICATION_FACTOR;
  }
  let rf = t.replicationFactor;
  if (rf === undefined) {
    if (ctx.brokers === 2) {
      c.error('catalog/topic-rf-required', `${at}.replicationFactor`, 'be set on a cluster of 2 brokers', undefined,
        'Set 2 explicitly: a default would change (and replace the topic) when the cluster grows to 3 brokers.');
      return 2;
    }
    rf = ctx.brokers === 1 ? 1 : DEFAULT_REPLICATION_FACTOR;
  }
  if (unknown(rf)) return rf;
  if (!isPositiveInt(rf) || (r.min !== undefined && rf < r.min)) {
    c.error('catalog/topic-replication-factor', `${at}.replicationFactor`, `be a positive integer${r.min && r.min > 1 ? ` of at least ${r.min}` : ''}`, t.replicationFactor, 'Use 3.');
    return rf;
  }
  if (ctx.brokers !== undefined && !unknown(ctx.brokers) && rf > ctx.brokers) {
    c.error('catalog/topic-rf-brokers', `${at}.replicationFactor`, `be at most the broker count (${ctx.brokers})`, rf,
      `Use ${Math.min(ctx.brokers, DEFAULT_REPLICATION_FACTOR)}, or add brokers.`);
  }
  const deployed = t.deployedReplicationFactor;
  if (deployed !== undefined && !unknown(deployed) && deployed !== rf) {
    const effect = rules.changes.replicationFactor;
    if (effect === 'refused') {
      c.error('catalog/topic-rf-change-unsupported', `${at}.replicationFactor`, `stay ${deployed} (${rules.kind} cannot change a topic's replication factor)`, rf,
        `Restore ${deployed}, or create a new topic with the new replication factor and migrate to it.`);
    } else if (effect === 'replaces' && t.acknowledgeReplacement !== true) {
      c.error('catalog/topic-rf-change', `${at}.replicationFactor`, `stay ${deployed} (deployedReplicationFactor: a change replaces the topic and deletes its data)`, rf,
        `Restore ${deployed}, or set \`acknowledgeReplacement: true\` for the one deployment that replaces "${t.name}".`);
    } else if (effect === 'replaces') {
      c.warn('catalog/topic-replacement-acknowledged', `${at}.replicationFactor`,
        `Topic "${t.name}" is replaced (replication factor ${deployed} -> ${rf}): its data is deleted. Remove \`acknowledgeReplacement\` after this deployment.`);
    }
  }
  return rf;
}

function renderConfigs(t: TopicSpec, at: string, rf: number, keyList: KeyListId, ctx: CatalogTargetContext, rules: CatalogTargetRules, c: IssueCollector): Record<string, string> {
  const unknown = ctx.isUnknown ?? (() => false);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(t.configs ?? {})) {
    const path = `${at}.configs.${key}`;
    if (OWNED_TOPIC_KEYS[key] !== undefined) {
      c.error('catalog/topic-config-owned', path, `be set through \`${String(OWNED_TOPIC_KEYS[key])}\``, value, `Remove it from configs and set \`${at}.${String(OWNED_TOPIC_KEYS[key])}\`.`);
    } else if (isKraftForbiddenKey(key, keyList) || isKraftForbiddenKey(key)) {
      c.error('catalog/topic-config-removed', path, 'not be a key Kafka removed (ZooKeeper-era or deprecated)', key, 'Remove it.');
    } else if (!isTopicKey(key, keyList)) {
      const hint = suggestKey(key, topicKeys(keyList));
      c.error('catalog/topic-config-key', path, `be a topic-level key of Kafka ${ctx.kafkaLine ?? keyList}`, key, hint ? `Did you mean "${hint}"?` : 'See the topic configs of the Kafka documentation.');
    } else if (unknown(value)) {
      out[key] = value;
    } else if (typeof value !== 'string' || /[\r\n]/.test(value)) {
      c.error('catalog/topic-config-value', path, 'be a single-line string', value, 'Quote numbers, e.g. "1048576".');
    } else {
      const rule = topicValueRule(key, value);
      if (rule) c.error('catalog/topic-config-value', path, rule, value, 'See the topic configs of the Kafka documentation.');
      else out[key] = value;
    }
  }
  typedConfigs(t, at, rf, out, unknown, c);
  const tieredWanted = t.tieredStorage === true || t.localRetentionHours !== undefined || Object.keys(t.configs ?? {}).some((k) => TIERED_KEYS.test(k));
  if (t.tieredStorage === true && /compact/.test(out['cleanup.policy'] ?? '')) {
    c.error('catalog/topic-compaction-tiered', `${at}.tieredStorage`, 'be false on a compacted topic (Kafka tiered storage does not support compaction)', true,
      'Use cleanupPolicy "delete", or keep the topic on broker storage.');
  }
  if (tieredWanted && ctx.kafkaLine && kafkaLine(ctx.kafkaLine).tieredStorage === 'none') {
    c.error('catalog/topic-tiered-line', `${at}.tieredStorage`, `be off on Kafka ${ctx.kafkaLine} (no tiered storage before 3.6)`, true, 'Upgrade the cluster, or remove the tiered settings.');
  } else if (tieredWanted && ctx.tieredStorage !== true) {
    c.error('catalog/topic-tiered-unavailable', `${at}.tieredStorage`, 'be off on a cluster without tiered storage (tieredStorage, localRetentionHours, remote.* and local.retention.* keys)', true,
      'Enable tiered storage on the cluster first, or remove the tiered settings.');
  } else if (t.localRetentionHours !== undefined && t.tieredStorage !== true) {
    c.error('catalog/topic-local-retention', `${at}.localRetentionHours`, 'be set only with `tieredStorage: true`', t.localRetentionHours, 'Set tieredStorage, or remove it.');
  }
  if (rules.topicKeys) {
    for (const key of Object.keys(out).filter((k) => !rules.topicKeys!.keys.includes(k))) {
      reportKeys(c, rules, `${at}.${OWNED_KEY_PATH[key] ?? `configs.${key}`}`, key);
    }
  }
  const maxBytes = rules.maxMessageBytes;
  const mmb = out['max.message.bytes'];
  if (maxBytes && mmb !== undefined && Number(mmb) > maxBytes.value) {
    report(c, maxBytes, 'catalog/topic-max-message-bytes', `${at}.maxMessageBytes`, `be at most ${maxBytes.value} on ${rules.kind}`, Number(mmb), 'Use smaller messages.');
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}

const OWNED_KEY_PATH: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(OWNED_TOPIC_KEYS).map(([k, v]) => [k, String(v)]));

function typedConfigs(t: TopicSpec, at: string, rf: number, out: Record<string, string>, unknown: (v: unknown) => boolean, c: IssueCollector): void {
  const hours = (prop: 'retentionHours' | 'localRetentionHours', key: string, allowUnlimited: boolean) => {
    const v = t[prop];
    if (v === undefined || unknown(v)) return;
    if (allowUnlimited && v === 'unlimited') out[key] = '-1';
    else if (typeof v === 'number' && v > 0 && Number.isFinite(v) && Number.isSafeInteger(v * MS_PER_HOUR)) out[key] = String(v * MS_PER_HOUR);
    else c.error('catalog/topic-retention', `${at}.${prop}`, `be a positive number of hours${allowUnlimited ? " or 'unlimited'" : ''}`, v, 'E.g. 168 for a week.');
  };
  hours('retentionHours', 'retention.ms', true);
  hours('localRetentionHours', 'local.retention.ms', false);
  if (typeof t.localRetentionHours === 'number' && typeof t.retentionHours === 'number' && t.localRetentionHours > t.retentionHours) {
    c.error('catalog/topic-local-retention', `${at}.localRetentionHours`, `be at most retentionHours (${t.retentionHours})`, t.localRetentionHours,
      'Broker storage keeps the newest part of the retained data only.');
  }
  const rb = t.retentionBytes;
  if (rb !== undefined && !unknown(rb)) {
    if (rb === 'unlimited') out['retention.bytes'] = '-1';
    else if (isPositiveInt(rb)) out['retention.bytes'] = String(rb);
    else c.error('catalog/topic-retention-bytes', `${at}.retentionBytes`, "be a positive integer of bytes or 'unlimited'", rb, 'E.g. 107374182400 for 100 GiB per partition.');
  }
  if (t.cleanupPolicy !== undefined) {
    if (CLEANUP.includes(t.cleanupPolicy)) out['cleanup.policy'] = t.cleanupPolicy;
    else c.error('catalog/topic-cleanup-policy', `${at}.cleanupPolicy`, `be one of ${CLEANUP.join(', ')}`, t.cleanupPolicy, "Use 'delete' or 'compact'.");
  }
  if (t.compression !== undefined) {
    if (COMPRESSION.includes(t.compression)) out['compression.type'] = t.compression;
    else c.error('catalog/topic-compression', `${at}.compression`, `be one of ${COMPRESSION.join(', ')}`, t.compression, "Use 'producer' to keep what producers send.");
  }
  if (t.maxMessageBytes !== undefined && !unknown(t.maxMessageBytes)) {
    if (isPositiveInt(t.maxMessageBytes) && t.maxMessageBytes <= 2 ** 31 - 1) out['max.message.bytes'] = String(t.maxMessageBytes);
    else c.error('catalog/topic-max-message-bytes', `${at}.maxMessageBytes`, 'be a positive integer of bytes', t.maxMessageBytes, 'E.g. 1048588 (Kafka\'s default).');
  }
  if (t.tieredStorage === true) out['remote.storage.enable'] = 'true';
  const minIsr = t.minInSyncReplicas;
  if (minIsr !== undefined && !unknown(minIsr)) {
    if (!isPositiveInt(minIsr)) {
      c.error('catalog/topic-min-isr', `${at}.minInSyncReplicas`, 'be a positive integer', minIsr, 'Use 2 with a replication factor of 3.');
    } else if (rf === 1 && minIsr !== 1) {
      c.error('catalog/topic-min-isr', `${at}.minInSyncReplicas`, 'be 1 with a replication factor of 1', minIsr, 'Use 1.');
    } else if (rf > 1 && minIsr >= rf) {
      c.error('catalog/topic-min-isr', `${at}.minInSyncReplicas`, `be below the replication factor (${rf})`, minIsr,
        `With min.insync.replicas at the replication factor, one broker restart stops every acks=all write; use ${rf - 1}.`);
    } else {
      out['min.insync.replicas'] = String(minIsr);
    }
  }
}

function checkTotals(topics: readonly TopicPlan[], ctx: CatalogTargetContext, rules: CatalogTargetRules, c: IssueCollector): void {
  const valid = topics.filter((t) => isPositiveInt(t.partitions));
  const leaders = valid.reduce((s, t) => s + t.partitions, 0);
  const perCluster = limitOf(ctx.maxPartitionsPerCluster, rules.maxPartitionsPerCluster);
  if (perCluster && leaders > perCluster.value) {
    report(c, perCluster, 'catalog/cluster-partitions-limit', 'topics', `hold at most ${perCluster.value} partitions in total on ${rules.kind}`, leaders,
      'Lower partition counts, or use a larger tier.');
  }
  if (ctx.maxPartitionsPerBroker !== undefined && ctx.brokers !== undefined && ctx.brokers > 0) {
    const replicas = valid.reduce((s, t) => s + t.partitions * (isPositiveInt(t.replicationFactor) ? t.replicationFactor : 1), 0);
    const perBroker = Math.ceil(replicas / ctx.brokers);
    if (perBroker > ctx.maxPartitionsPerBroker) {
      const what = ctx.instanceType ? `a ${ctx.instanceType} broker` : 'a broker';
      c.error('catalog/broker-partitions-limit', 'topics', `place at most ${ctx.maxPartitionsPerBroker} partitions (leaders and followers) on ${what}`, perBroker,
        `${replicas} replicas over ${ctx.brokers} brokers: use a larger instance type, more brokers, or fewer partitions.`);
    }
  }
}

function limitOf(override: number | undefined, row: CatalogLimit | undefined): CatalogLimit | undefined {
  if (override !== undefined) return { value: override, enforcement: 'error', source: row?.source ?? { title: 'the target context', date: '', facts: '' } };
  return row;
}

function report(c: IssueCollector, limit: CatalogLimit, code: string, path: string, rule: string, got: unknown, fix: string): void {
  if (limit.enforcement === 'error') {
    c.error(code, path, rule, got, fix);
  } else {
    c.warn(code, path, `\`${path}\` should ${rule}, got: ${JSON.stringify(got)}. ${fix} Source: ${limit.source.title} (${limit.source.date}), which may be outdated.`);
  }
}

function reportKeys(c: IssueCollector, rules: CatalogTargetRules, path: string, key: string): void {
  const k = rules.topicKeys!;
  const rule = `be a topic key ${rules.kind} lets clients set (${k.keys.join(', ')})`;
  if (k.enforcement === 'error') c.error('catalog/topic-config-target', path, rule, key, 'Remove it.');
  else c.warn('catalog/topic-config-target', path, `\`${path}\` should ${rule}, got: ${JSON.stringify(key)}. The service may refuse it. Source: ${k.source.title} (${k.source.date}).`);
}
