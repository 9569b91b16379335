/**
 * Topics and mirror topics: names, partitions (never lower), configuration keys. Pure.
 *
 * A lower partition count replaces a Confluent topic (and loses its data). The plan cannot see the deployed
 * count, so two guards work together:
 * 1. `partitionsFloor` (here): the highest count the topic has had, recorded in the program next to
 *    `partitions`; a count below it is refused with a clear error before anything runs.
 * 2. Pulumi `protect` on every topic (the face, default on): the engine compares with the real state and
 *    refuses the replacement at `pulumi preview` ("unable to replace resource ... marked for protection").
 */
import type { IssueCollector, IsUnknown } from '../core/issues';
import { analyzeCatalog } from '../core/catalog/plan';
import type { TopicSpec } from '../core/catalog/types';
import { isTopicKey, suggestKey, topicKeys } from '../core/config/keys';
import { sortKeys } from '../core/config/properties';
import { isKafkaTopicName, KAFKA_TOPIC_NAME_RULE } from '../core/topic-name';
import { expectInteger } from '../core/typed';
import { DEFAULT_TOPIC_PARTITIONS, NAMES, type ClusterTypeInfo } from './limits';
import type { MirrorTopicPlan, TopicPlan } from './plan-types';
import type { ConfluentMirrorTopicSpec, ConfluentTopicSpec } from './spec';

/** Keys only the portable `TopicSpec` has: a topic with one of them is validated by `planCatalog`. */
const CORE_ONLY_KEYS = ['configs', 'replicationFactor', 'retentionHours', 'retentionBytes', 'cleanupPolicy', 'minInSyncReplicas', 'compression',
  'maxMessageBytes', 'tieredStorage', 'localRetentionHours', 'deployedReplicationFactor', 'deleteOnRemoval', 'acknowledgeReplacement'] as const;

/** True for a topic written with the portable `TopicSpec` (a key only it has); others keep today's validation. */
export function isCoreTopicSpec(t: ConfluentTopicSpec | TopicSpec): t is TopicSpec {
  return CORE_ONLY_KEYS.some((k) => (t as unknown as Record<string, unknown>)[k] !== undefined);
}

/** One core topic through `planCatalog`'s rules for Confluent Cloud, its issues re-rooted at `topics[i]`. */
function planCoreTopic(t: TopicSpec, i: number, info: ClusterTypeInfo | undefined, c: IssueCollector, isUnknown?: IsUnknown): TopicPlan {
  // Confluent's default stays 6 partitions: a topic moved to the core spec keeps its count.
  const { plan, issues } = analyzeCatalog({ topics: [{ ...t, partitions: t.partitions ?? DEFAULT_TOPIC_PARTITIONS }] },
    { kind: 'confluent', maxPartitionsPerTopic: info?.maxPartitions, isUnknown });
  c.addAll(issues.filter((x) => x.code !== 'catalog/topic-duplicate').map((x) => ({
    ...x, path: x.path.replace(/^topics\[0\]/, `topics[${i}]`), message: x.message.replace(/`topics\[0\]/g, `\`topics[${i}]`),
  })));
  if (info && !info.compaction && /compact/.test(plan.topics[0]?.configs['cleanup.policy'] ?? '')) {
    c.error('confluent/topic-compaction', `topics[${i}].cleanupPolicy`, `be "delete" on a ${info.type} cluster`, t.cleanupPolicy, 'Freight topics cannot be compacted; use an Enterprise or Dedicated cluster.');
  }
  const p = plan.topics[0];
  return { name: t.name, partitions: p?.partitions ?? DEFAULT_TOPIC_PARTITIONS, config: p?.configs ?? {}, deleteOnRemoval: t.deleteOnRemoval === true };
}

export function planTopics(topics: readonly (ConfluentTopicSpec | TopicSpec)[], info: ClusterTypeInfo | undefined, c: IssueCollector, isUnknown?: IsUnknown): TopicPlan[] {
  const seen = new Set<string>();
  const out: TopicPlan[] = [];
  let total = 0;
  topics.forEach((spec, i) => {
    const p = `topics[${i}]`;
    if (isCoreTopicSpec(spec)) {
      if (seen.has(spec.name)) c.error('confluent/topic-duplicate', `${p}.name`, 'be unique', spec.name, 'Each topic is declared once.');
      seen.add(spec.name);
      const planned = planCoreTopic(spec, i, info, c, isUnknown);
      total += Number.isInteger(planned.partitions) && planned.partitions > 0 ? planned.partitions : 0;
      out.push(planned);
      return;
    }
    const t = spec;
    if (t.config !== undefined) {
      c.warn('confluent/topic-config-deprecated', `${p}.config`,
        `\`${p}.config\` is deprecated: write the topic as the portable TopicSpec (typed props such as retentionHours, other keys under \`configs\`), validated like every target's topics.`);
    }
    if (!isKafkaTopicName(t.name)) {
      c.error('confluent/topic-name', `${p}.name`, KAFKA_TOPIC_NAME_RULE, t.name, 'Rename the topic, e.g. "orders.v1".');
    } else if (seen.has(t.name)) {
      c.error('confluent/topic-duplicate', `${p}.name`, 'be unique', t.name, 'Each topic is declared once.');
    }
    seen.add(t.name);
    const partitions = t.partitions ?? DEFAULT_TOPIC_PARTITIONS;
    if (expectInteger(partitions, { code: 'confluent/topic-partitions', path: `${p}.partitions` }, c) === undefined) {
      // Reported by its type check.
    } else if (partitions < 1) {
      c.error('confluent/topic-partitions', `${p}.partitions`, 'be a positive integer', t.partitions, `Omit it for ${DEFAULT_TOPIC_PARTITIONS}.`);
    } else if (info?.maxPartitions !== undefined && partitions > info.maxPartitions) {
      c.error('confluent/topic-partitions-limit', `${p}.partitions`, `be at most ${info.maxPartitions} (the ${info.type} cluster's partition limit)`, partitions, 'Use fewer partitions or a larger cluster type.');
    }
    if (t.partitionsFloor !== undefined && (!Number.isInteger(t.partitionsFloor) || t.partitionsFloor < 1)) {
      c.error('confluent/topic-partitions-floor', `${p}.partitionsFloor`, 'be a positive integer', t.partitionsFloor, 'Record the partition count the topic has today.');
    } else if (t.partitionsFloor !== undefined && Number.isInteger(partitions) && partitions < t.partitionsFloor) {
      c.error('confluent/topic-partitions-decrease', `${p}.partitions`, `not go below ${t.partitionsFloor} (partitionsFloor: the count this topic already has)`, partitions,
        `Kafka cannot remove partitions: a lower count replaces "${t.name}" and deletes its data. Keep ${t.partitionsFloor} or more, or create a new topic and migrate.`);
    }
    total += Number.isInteger(partitions) && partitions > 0 ? partitions : 0;
    const config = t.config ?? {};
    for (const [key, value] of Object.entries(config)) {
      const kp = `${p}.config.${key}`;
      if (!isTopicKey(key, '3.9')) {
        const hint = suggestKey(key, topicKeys('3.9'));
        c.error('confluent/topic-config-key', kp, 'be a Kafka topic configuration key', key, hint ? `Did you mean "${hint}"?` : 'See the topic configuration reference.');
      } else if (typeof value !== 'string' || /[\r\n]/.test(value)) {
        c.error('confluent/topic-config-value', kp, 'be a single-line string', value, 'Pass numbers as strings, e.g. "604800000".');
      }
    }
    if (info && !info.compaction && /compact/.test(config['cleanup.policy'] ?? '')) {
      c.error('confluent/topic-compaction', `${p}.config.cleanup.policy`, `be "delete" on a ${info.type} cluster`, config['cleanup.policy'], 'Freight topics cannot be compacted; use an Enterprise or Dedicated cluster.');
    }
    out.push({ name: t.name, partitions, config: sortKeys(config) });
  });
  if (info?.maxPartitions !== undefined && total > info.maxPartitions) {
    c.error('confluent/cluster-partitions-limit', 'topics', `hold at most ${info.maxPartitions} partitions in total on a ${info.type} cluster`, total, 'Lower partition counts or use a larger cluster type.');
  }
  return out;
}

export function planMirrorTopics(mirrors: readonly ConfluentMirrorTopicSpec[], topics: readonly TopicPlan[], info: ClusterTypeInfo | undefined, c: IssueCollector): MirrorTopicPlan[] {
  if (mirrors.length > 0 && info && !info.linkDestination) {
    c.error('confluent/mirror-destination', 'mirrorTopics', `be empty on a ${info.type} cluster (it cannot be a cluster link destination)`, mirrors.length,
      'Mirror into an Enterprise or Dedicated cluster.');
  }
  const seen = new Set(topics.map((t) => t.name));
  return mirrors.map((m, i) => {
    const p = `mirrorTopics[${i}]`;
    const name = m.mirrorTopicName ?? m.sourceTopic;
    if (typeof name !== 'string' || !NAMES.topic.test(name)) {
      c.error('confluent/topic-name', `${p}.mirrorTopicName`, 'be 1-249 letters, digits, ".", "_" or "-"', name, 'Check the source topic and link prefix.');
    } else if (seen.has(name)) {
      c.error('confluent/mirror-duplicate', `${p}.mirrorTopicName`, 'not also be declared as a topic or another mirror topic', name,
        'A promoted mirror topic stays a mirror topic resource: keep it under mirrorTopics (status "PROMOTED"), never re-declare it under topics.');
    }
    seen.add(name);
    if (!/^[A-Za-z0-9._-]{1,249}$/.test(m.clusterLinkName ?? '')) {
      c.error('confluent/cluster-link-name', `${p}.clusterLinkName`, 'name an existing cluster link', m.clusterLinkName, 'Create the link first (ClusterLink) and pass its name.');
    }
    const status = m.status ?? 'ACTIVE';
    if (!['ACTIVE', 'PAUSED', 'PROMOTED', 'FAILED_OVER'].includes(status)) {
      c.error('confluent/mirror-status', `${p}.status`, "be 'ACTIVE', 'PAUSED', 'PROMOTED' or 'FAILED_OVER'", status, 'Promote or fail over by changing the status; never by deleting the mirror topic.');
    } else if (status === 'PROMOTED' || status === 'FAILED_OVER') {
      c.warn('confluent/mirror-promoted', p, `Mirror topic '${name}' is ${status}: it is now a writable topic. It stays protected and retained: removing it from the program forgets it in the state and keeps the topic.`);
    }
    return { name, sourceTopic: m.sourceTopic, clusterLinkName: m.clusterLinkName, status };
  });
}
