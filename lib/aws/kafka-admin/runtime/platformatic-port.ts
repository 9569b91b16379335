/**
 * The admin port over `@platformatic/kafka`'s `Admin` client (a maintained pure-JavaScript Kafka client with every
 * admin request the reconciler needs: Metadata, DescribeConfigs, CreateTopics, CreatePartitions,
 * IncrementalAlterConfigs, DeleteTopics, Describe/Create/DeleteAcls, Describe/AlterClientQuotas; SASL OAUTHBEARER and
 * SCRAM-SHA-512; TLS). Bundled into the function (`dist/functions/kafka-admin/index.js`); never loaded at synth.
 * Errors become `KafkaAdminError`s, retriable when the client marks them so (leader elections, timeouts, network).
 */
import {
  AclOperations, AclPermissionTypes, Admin, ClientQuotaEntityTypes, ClientQuotaMatchTypes, ConfigResourceTypes, ConfigSources,
  IncrementalAlterConfigOperationTypes, ResourcePatternTypes, ResourceTypes,
} from '@platformatic/kafka';
import type { AclBindingPlan, QuotaPlan } from '../../../core/catalog/types';
import {
  KafkaAdminError, QUOTA_KEYS, type ActualTopic, type KafkaAdminPort, type NewTopic, type QuotaChange, type TopicConfigChange,
} from '../port';
import type { AdminClientOptions } from './client-options';
import { describeError, isRetriable } from './client-errors';

const wrap = async <T>(f: () => Promise<T>): Promise<T> => {
  try {
    return await f();
  } catch (e) {
    throw new KafkaAdminError(describeError(e), isRetriable(e));
  }
};

const ACL_BASE = { host: '*', permissionType: AclPermissionTypes.ALLOW } as const;
const toAcl = (a: AclBindingPlan) => ({
  ...ACL_BASE,
  principal: a.principal,
  resourceType: ResourceTypes[a.resourceType],
  resourceName: a.resourceName,
  resourcePatternType: ResourcePatternTypes[a.patternType],
  operation: AclOperations[a.operation],
});
const labelOf = <T extends Record<string, number>>(table: T, value: number): keyof T | undefined =>
  (Object.keys(table) as (keyof T)[]).find((k) => table[k] === value);

export class PlatformaticAdminPort implements KafkaAdminPort {
  private readonly admin: Admin;

  constructor(options: AdminClientOptions) {
    this.admin = new Admin(options as unknown as ConstructorParameters<typeof Admin>[0]);
  }

  close(): Promise<void> {
    return this.admin.close();
  }

  listTopics(): Promise<string[]> {
    return wrap(() => this.admin.listTopics({ includeInternals: false }));
  }

  describeTopics(names: readonly string[]): Promise<ActualTopic[]> {
    return wrap(async () => {
      const metadata = await this.admin.metadata({ topics: [...names], forceUpdate: true });
      return names.flatMap((name) => {
        const t = metadata.topics.get(name);
        return t ? [{ name, partitions: t.partitionsCount, replicationFactor: t.partitions[0]?.replicas.length ?? 0 }] : [];
      });
    });
  }

  describeTopicConfigs(names: readonly string[]): Promise<Record<string, Record<string, string>>> {
    return wrap(async () => {
      const described = await this.admin.describeConfigs({
        resources: names.map((resourceName) => ({ resourceType: ConfigResourceTypes.TOPIC, resourceName })), includeSynonyms: false, includeDocumentation: false,
      });
      return Object.fromEntries(described.map((d) => [d.resourceName, Object.fromEntries(
        d.configs.filter((c) => c.configSource === ConfigSources.DYNAMIC_TOPIC_CONFIG && c.value !== null && !c.isSensitive).map((c) => [c.name, c.value as string]),
      )]));
    });
  }

  async createTopics(topics: readonly NewTopic[]): Promise<void> {
    // The client sends one config list for a whole request: one request per distinct config set.
    const groups = new Map<string, NewTopic[]>();
    for (const t of topics) {
      const key = JSON.stringify(Object.entries(t.configs).sort());
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    for (const group of groups.values()) {
      await wrap(() => this.admin.createTopics({
        topics: group.map((t) => ({ topic: t.name, partitions: t.partitions, replicas: t.replicationFactor })),
        configs: Object.entries(group[0]!.configs).map(([name, value]) => ({ name, value })),
      }));
    }
  }

  createPartitions(topics: readonly { name: string; count: number }[]): Promise<void> {
    return wrap(() => this.admin.createPartitions({ topics: topics.map((t) => ({ name: t.name, count: t.count, assignments: [] })) }));
  }

  incrementalAlterTopicConfigs(changes: readonly TopicConfigChange[]): Promise<void> {
    return wrap(() => this.admin.incrementalAlterConfigs({
      resources: changes.map((c) => ({
        resourceType: ConfigResourceTypes.TOPIC,
        resourceName: c.name,
        configs: [
          ...Object.entries(c.set).map(([name, value]) => ({ name, value, configOperation: IncrementalAlterConfigOperationTypes.SET })),
          ...c.reset.map((name) => ({ name, configOperation: IncrementalAlterConfigOperationTypes.DELETE })),
        ],
      })),
    }));
  }

  deleteTopics(names: readonly string[]): Promise<void> {
    return wrap(() => this.admin.deleteTopics({ topics: [...names] }));
  }

  describeAcls(): Promise<AclBindingPlan[]> {
    return wrap(async () => {
      const resources = await this.admin.describeAcls({
        filter: {
          resourceType: ResourceTypes.ANY, resourceName: null, resourcePatternType: ResourcePatternTypes.ANY,
          principal: null, host: '*', operation: AclOperations.ANY, permissionType: AclPermissionTypes.ALLOW,
        },
      });
      return resources.flatMap((r) => r.acls.flatMap((a) => {
        const resourceType = labelOf(ResourceTypes, r.resourceType);
        const patternType = labelOf(ResourcePatternTypes, r.resourcePatternType);
        const operation = labelOf(AclOperations, a.operation);
        if (!resourceType || !patternType || !operation) return [];
        return [{ principal: a.principal, resourceType, resourceName: r.resourceName, patternType, operation } as AclBindingPlan];
      }));
    });
  }

  createAcls(acls: readonly AclBindingPlan[]): Promise<void> {
    return wrap(() => this.admin.createAcls({ creations: acls.map(toAcl) }));
  }

  async deleteAcls(acls: readonly AclBindingPlan[]): Promise<void> {
    await wrap(() => this.admin.deleteAcls({ filters: acls.map(toAcl) }));
  }

  describeUserQuotas(users: readonly string[]): Promise<QuotaPlan[]> {
    return wrap(async () => {
      const out: QuotaPlan[] = [];
      for (const user of users) {
        const entries = await this.admin.describeClientQuotas({
          components: [{ entityType: ClientQuotaEntityTypes.USER, matchType: ClientQuotaMatchTypes.EXACT, match: user }], strict: true,
        });
        const values = entries.flatMap((e) => e.values).filter((v) => (QUOTA_KEYS as readonly string[]).includes(v.key));
        if (values.length > 0) out.push({ user, ...Object.fromEntries(values.map((v) => [v.key, v.value])) });
      }
      return out;
    });
  }

  async alterUserQuotas(changes: readonly QuotaChange[]): Promise<void> {
    await wrap(() => this.admin.alterClientQuotas({
      entries: changes.map((c) => ({
        entities: [{ entityType: ClientQuotaEntityTypes.USER, entityName: c.user }],
        ops: [
          ...Object.entries(c.set).map(([key, value]) => ({ key: key as QuotaChange['remove'][number], value: value as number, remove: false as const })),
          ...c.remove.map((key) => ({ key, remove: true as const })),
        ],
      })),
    }));
  }
}
