/**
 * The catalog reconciler of the in-VPC admin function: desired (`KafkaCatalogPlan`) against what the cluster holds,
 * given what the previous deployment applied (the custom resource's old properties, or the invocation's previous
 * input). Two steps, both idempotent:
 * - `planReconcile` (pure) decides every change, and every refusal: a partition shrink or a replication factor change
 *   is never applied; refusals are reported all at once and nothing is changed;
 * - `applyReconcile` applies the changes through the admin port, each request retried on transient errors.
 * Ownership: configs, ACLs and quotas are managed only where the catalog declared them. A config key, ACL or quota the
 * previous catalog declared and this one does not is reset, deleted or removed; anything else on the cluster is left
 * alone. A topic is deleted only when it left the catalog and its previous entry opted in (`deleteOnRemoval`).
 */
import type { AclBindingPlan, KafkaCatalogPlan, QuotaPlan, TopicPlan } from '../../core/catalog/types';
import { formatValue } from '../../core/issues';
import {
  QUOTA_KEYS, type ActualTopic, type KafkaAdminPort, type NewTopic, type QuotaChange, type QuotaKey, type TopicConfigChange,
} from './port';
import { withRetry, type RetryOptions } from './retry';

/** What the cluster holds, as far as the catalog is concerned. */
export interface ClusterState {
  /** Existing topics among the desired and previous ones. */
  readonly topics: readonly ActualTopic[];
  /** Topic-level overrides by topic name (existing topics only). */
  readonly configs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly acls: readonly AclBindingPlan[];
  /** Quotas of the desired and previous users. */
  readonly quotas: readonly QuotaPlan[];
}

/** Every change the reconciler applies, and what it refuses. */
export interface ReconcilePlan {
  readonly createTopics: readonly NewTopic[];
  /** Existing topics taken over as they are (same partitions and replication factor). */
  readonly adoptTopics: readonly string[];
  readonly createPartitions: readonly { name: string; count: number }[];
  readonly alterConfigs: readonly TopicConfigChange[];
  readonly deleteTopics: readonly string[];
  /** Topics that left the catalog and stay on the cluster (no `deleteOnRemoval`). */
  readonly retainTopics: readonly string[];
  readonly createAcls: readonly AclBindingPlan[];
  readonly deleteAcls: readonly AclBindingPlan[];
  readonly alterQuotas: readonly QuotaChange[];
  /** Changes the function will not make, in the project's message grammar. Non-empty: nothing is applied. */
  readonly refusals: readonly string[];
}

/** An empty catalog: the previous state of a first deployment, and the desired state when the resource is deleted. */
export const EMPTY_CATALOG: KafkaCatalogPlan = { topics: [], acls: [], quotas: [], grants: [] };

const aclKey = (a: AclBindingPlan) => [a.principal, a.resourceType, a.patternType, a.resourceName, a.operation].join('|');

/** Decides every change (pure). */
export function planReconcile(desired: KafkaCatalogPlan, previous: KafkaCatalogPlan, actual: ClusterState): ReconcilePlan {
  const refusals: string[] = [];
  const actualTopics = new Map(actual.topics.map((t) => [t.name, t]));
  const previousTopics = new Map(previous.topics.map((t) => [t.name, t]));
  const desiredNames = new Set(desired.topics.map((t) => t.name));
  const createTopics: NewTopic[] = [];
  const adoptTopics: string[] = [];
  const createPartitions: { name: string; count: number }[] = [];
  const alterConfigs: TopicConfigChange[] = [];

  for (const topic of desired.topics) {
    const path = `topics.${topic.name}`;
    const existing = actualTopics.get(topic.name);
    if (!existing) {
      createTopics.push({ name: topic.name, partitions: topic.partitions, replicationFactor: topic.replicationFactor, configs: { ...topic.configs } });
      continue;
    }
    if (!previousTopics.has(topic.name)) adoptTopics.push(topic.name);
    if (topic.partitions < existing.partitions) {
      refusals.push(`\`${path}.partitions\` must not decrease below the deployed count (${existing.partitions}), got: ${topic.partitions}. `
        + `Kafka cannot remove partitions: set partitions to ${existing.partitions} or more, or create a new topic.`);
    } else if (topic.partitions > existing.partitions) {
      createPartitions.push({ name: topic.name, count: topic.partitions });
    }
    if (topic.replicationFactor !== existing.replicationFactor) {
      refusals.push(`\`${path}.replicationFactor\` must equal the deployed replication factor (${existing.replicationFactor}), got: ${topic.replicationFactor}. `
        + 'The admin function does not reassign replicas: keep the deployed value, or reassign partitions with kafka-reassign-partitions.sh first.');
    }
    const change = configChange(topic, previousTopics.get(topic.name), actual.configs[topic.name] ?? {});
    if (change) alterConfigs.push(change);
  }

  const deleteTopics: string[] = [];
  const retainTopics: string[] = [];
  for (const old of previous.topics) {
    if (desiredNames.has(old.name) || !actualTopics.has(old.name)) continue;
    (old.deleteOnRemoval ? deleteTopics : retainTopics).push(old.name);
  }

  const actualAcls = new Set(actual.acls.map(aclKey));
  const desiredAcls = new Set(desired.acls.map(aclKey));
  const createAcls = desired.acls.filter((a) => !actualAcls.has(aclKey(a)));
  const deleteAcls = previous.acls.filter((a) => !desiredAcls.has(aclKey(a)) && actualAcls.has(aclKey(a)));

  return {
    createTopics, adoptTopics, createPartitions, alterConfigs, deleteTopics, retainTopics, createAcls, deleteAcls,
    alterQuotas: quotaChanges(desired.quotas, previous.quotas, actual.quotas), refusals,
  };
}

/** SET the desired keys whose override differs; reset the keys the previous catalog managed and this one dropped. */
function configChange(topic: TopicPlan, previous: TopicPlan | undefined, overrides: Readonly<Record<string, string>>): TopicConfigChange | undefined {
  const set: Record<string, string> = {};
  for (const [k, v] of Object.entries(topic.configs)) if (overrides[k] !== v) set[k] = v;
  const reset = Object.keys(previous?.configs ?? {}).filter((k) => !(k in topic.configs) && k in overrides).sort();
  return Object.keys(set).length > 0 || reset.length > 0 ? { name: topic.name, set, reset } : undefined;
}

function quotaChanges(desired: readonly QuotaPlan[], previous: readonly QuotaPlan[], actual: readonly QuotaPlan[]): QuotaChange[] {
  const byUser = (qs: readonly QuotaPlan[]) => new Map(qs.map((q) => [q.user, q]));
  const want = byUser(desired);
  const had = byUser(previous);
  const have = byUser(actual);
  const users = [...new Set([...want.keys(), ...had.keys()])].sort();
  const changes: QuotaChange[] = [];
  for (const user of users) {
    const set: Partial<Record<QuotaKey, number>> = {};
    const remove: QuotaKey[] = [];
    for (const key of QUOTA_KEYS) {
      const w = want.get(user)?.[key];
      const current = have.get(user)?.[key];
      if (w !== undefined) {
        if (current !== w) set[key] = w;
      } else if (had.get(user)?.[key] !== undefined && current !== undefined) {
        remove.push(key);
      }
    }
    if (Object.keys(set).length > 0 || remove.length > 0) changes.push({ user, set, remove });
  }
  return changes;
}

/** What the function did, for the custom resource's response and the log (names only, never a secret). */
export interface ReconcileSummary {
  readonly created: readonly string[];
  readonly adopted: readonly string[];
  readonly grown: readonly string[];
  readonly altered: readonly string[];
  readonly deleted: readonly string[];
  readonly retained: readonly string[];
  readonly aclsCreated: number;
  readonly aclsDeleted: number;
  readonly quotasAltered: readonly string[];
}

/** Raised when the plan refuses a change: the message lists every refusal; nothing was applied. */
export class ReconcileRefusedError extends Error {
  constructor(readonly refusals: readonly string[]) {
    super(`The topic catalog cannot be applied (${refusals.length} refused change${refusals.length === 1 ? '' : 's'}; nothing was changed):\n- ${refusals.join('\n- ')}`);
    this.name = 'ReconcileRefusedError';
  }
}

/** Reads the cluster's state for the desired and previous catalogs. */
export async function readClusterState(port: KafkaAdminPort, desired: KafkaCatalogPlan, previous: KafkaCatalogPlan, retry: RetryOptions): Promise<ClusterState> {
  const call = <T>(what: string, f: () => Promise<T>) => withRetry(what, f, retry);
  const wanted = new Set([...desired.topics, ...previous.topics].map((t) => t.name));
  // A catalog of ACLs and quotas only (topics native elsewhere) reads no topic: its function may not describe any.
  const listed = wanted.size > 0 ? await call('list topics', () => port.listTopics()) : [];
  const present = listed.filter((n) => wanted.has(n)).sort();
  const topics = present.length > 0 ? await call('describe topics', () => port.describeTopics(present)) : [];
  const configs = present.length > 0 ? await call('describe topic configs', () => port.describeTopicConfigs(present)) : {};
  const needsAcls = desired.acls.length > 0 || previous.acls.length > 0;
  const acls = needsAcls ? await call('describe ACLs', () => port.describeAcls()) : [];
  const users = [...new Set([...desired.quotas, ...previous.quotas].map((q) => q.user))].sort();
  const quotas = users.length > 0 ? await call('describe client quotas', () => port.describeUserQuotas(users)) : [];
  return { topics, configs, acls, quotas };
}

/** Reads, plans and applies; throws `ReconcileRefusedError` (nothing applied) or the first request that kept failing. */
export async function reconcile(port: KafkaAdminPort, desired: KafkaCatalogPlan, previous: KafkaCatalogPlan, retry: RetryOptions): Promise<ReconcileSummary> {
  const plan = planReconcile(desired, previous, await readClusterState(port, desired, previous, retry));
  if (plan.refusals.length > 0) throw new ReconcileRefusedError(plan.refusals);
  await applyReconcile(port, plan, retry);
  return {
    created: plan.createTopics.map((t) => t.name),
    adopted: plan.adoptTopics,
    grown: plan.createPartitions.map((p) => p.name),
    altered: plan.alterConfigs.map((c) => c.name),
    deleted: plan.deleteTopics,
    retained: plan.retainTopics,
    aclsCreated: plan.createAcls.length,
    aclsDeleted: plan.deleteAcls.length,
    quotasAltered: plan.alterQuotas.map((q) => q.user),
  };
}

/** Applies a plan without refusals: topics first (ACLs may name them), deletions last. */
export async function applyReconcile(port: KafkaAdminPort, plan: ReconcilePlan, retry: RetryOptions): Promise<void> {
  if (plan.refusals.length > 0) throw new ReconcileRefusedError(plan.refusals);
  const call = (what: string, f: () => Promise<void>) => withRetry(what, f, retry);
  if (plan.createTopics.length > 0) await call(`create topics ${formatValue(plan.createTopics.map((t) => t.name))}`, () => port.createTopics(plan.createTopics));
  if (plan.createPartitions.length > 0) await call(`grow partitions of ${formatValue(plan.createPartitions.map((t) => t.name))}`, () => port.createPartitions(plan.createPartitions));
  if (plan.alterConfigs.length > 0) await call(`alter configs of ${formatValue(plan.alterConfigs.map((c) => c.name))}`, () => port.incrementalAlterTopicConfigs(plan.alterConfigs));
  if (plan.createAcls.length > 0) await call(`create ${plan.createAcls.length} ACLs`, () => port.createAcls(plan.createAcls));
  if (plan.alterQuotas.length > 0) await call(`alter quotas of ${formatValue(plan.alterQuotas.map((q) => q.user))}`, () => port.alterUserQuotas(plan.alterQuotas));
  if (plan.deleteAcls.length > 0) await call(`delete ${plan.deleteAcls.length} ACLs`, () => port.deleteAcls(plan.deleteAcls));
  if (plan.deleteTopics.length > 0) await call(`delete topics ${formatValue(plan.deleteTopics)}`, () => port.deleteTopics(plan.deleteTopics));
}
