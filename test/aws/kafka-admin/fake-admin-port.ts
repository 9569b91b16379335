/**
 * An in-memory Kafka cluster behind the admin port, with the broker's own rules: a topic that exists cannot be
 * created again, partitions only grow, an ACL or quota is stored once. Failures can be scripted per request.
 */
import type { AclBindingPlan, QuotaPlan } from '../../../lib/core/catalog/types';
import {
  KafkaAdminError, type ActualTopic, type KafkaAdminPort, type NewTopic, type QuotaChange, type QuotaKey, type TopicConfigChange,
} from '../../../lib/aws/kafka-admin/port';

type Method = keyof KafkaAdminPort;
const aclKey = (a: AclBindingPlan) => JSON.stringify([a.principal, a.resourceType, a.patternType, a.resourceName, a.operation]);

export class FakeAdminPort implements KafkaAdminPort {
  readonly topics = new Map<string, ActualTopic>();
  readonly configs = new Map<string, Record<string, string>>();
  readonly acls = new Map<string, AclBindingPlan>();
  readonly quotas = new Map<string, Partial<Record<QuotaKey, number>>>();
  /** Every request, in order (method names). */
  readonly calls: Method[] = [];
  private readonly failures: { method: Method; error: Error }[] = [];

  /** The next `times` calls of `method` fail with `error`. */
  failNext(method: Method, error: Error, times = 1): this {
    for (let i = 0; i < times; i++) this.failures.push({ method, error });
    return this;
  }

  /** Seeds an existing topic. */
  withTopic(name: string, partitions: number, replicationFactor: number, configs: Record<string, string> = {}): this {
    this.topics.set(name, { name, partitions, replicationFactor });
    this.configs.set(name, { ...configs });
    return this;
  }

  writes(): Method[] {
    return this.calls.filter((m) => !/^(list|describe)/.test(m));
  }

  private enter(method: Method): void {
    this.calls.push(method);
    const i = this.failures.findIndex((f) => f.method === method);
    if (i >= 0) throw this.failures.splice(i, 1)[0]!.error;
  }

  async listTopics(): Promise<string[]> { this.enter('listTopics'); return [...this.topics.keys()]; }
  async describeTopics(names: readonly string[]): Promise<ActualTopic[]> {
    this.enter('describeTopics');
    return names.map((n) => this.topics.get(n)).filter((t): t is ActualTopic => t !== undefined);
  }
  async describeTopicConfigs(names: readonly string[]): Promise<Record<string, Record<string, string>>> {
    this.enter('describeTopicConfigs');
    return Object.fromEntries(names.map((n) => [n, { ...this.configs.get(n) }]));
  }
  async createTopics(topics: readonly NewTopic[]): Promise<void> {
    this.enter('createTopics');
    for (const t of topics) if (this.topics.has(t.name)) throw new KafkaAdminError(`TOPIC_ALREADY_EXISTS: ${t.name}`, false);
    for (const t of topics) this.withTopic(t.name, t.partitions, t.replicationFactor, { ...t.configs });
  }
  async createPartitions(topics: readonly { name: string; count: number }[]): Promise<void> {
    this.enter('createPartitions');
    for (const { name, count } of topics) {
      const t = this.topics.get(name);
      if (!t || count <= t.partitions) throw new KafkaAdminError(`INVALID_PARTITIONS: ${name}`, false);
      this.topics.set(name, { ...t, partitions: count });
    }
  }
  async incrementalAlterTopicConfigs(changes: readonly TopicConfigChange[]): Promise<void> {
    this.enter('incrementalAlterTopicConfigs');
    for (const c of changes) {
      const cfg = this.configs.get(c.name)!;
      Object.assign(cfg, c.set);
      for (const k of c.reset) delete cfg[k];
    }
  }
  async deleteTopics(names: readonly string[]): Promise<void> {
    this.enter('deleteTopics');
    for (const n of names) { this.topics.delete(n); this.configs.delete(n); }
  }
  async describeAcls(): Promise<AclBindingPlan[]> { this.enter('describeAcls'); return [...this.acls.values()]; }
  async createAcls(acls: readonly AclBindingPlan[]): Promise<void> { this.enter('createAcls'); for (const a of acls) this.acls.set(aclKey(a), a); }
  async deleteAcls(acls: readonly AclBindingPlan[]): Promise<void> { this.enter('deleteAcls'); for (const a of acls) this.acls.delete(aclKey(a)); }
  async describeUserQuotas(users: readonly string[]): Promise<QuotaPlan[]> {
    this.enter('describeUserQuotas');
    return users.filter((u) => this.quotas.has(u)).map((user) => ({ user, ...this.quotas.get(user) }));
  }
  async alterUserQuotas(changes: readonly QuotaChange[]): Promise<void> {
    this.enter('alterUserQuotas');
    for (const c of changes) {
      const q = { ...this.quotas.get(c.user), ...c.set };
      for (const k of c.remove) delete q[k];
      if (Object.keys(q).length > 0) this.quotas.set(c.user, q); else this.quotas.delete(c.user);
    }
  }
}
