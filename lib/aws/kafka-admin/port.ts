/**
 * The narrow admin port the catalog reconciler (`reconcile.ts`) talks to: exactly the Kafka admin requests it needs,
 * in the catalog's own vocabulary. The function's runtime implements it over a Kafka client
 * (`runtime/platformatic-port.ts`); tests implement it in memory.
 */
import type { AclBindingPlan, QuotaPlan } from '../../core/catalog/types';

/** A topic as the cluster reports it (Metadata). */
export interface ActualTopic {
  readonly name: string;
  readonly partitions: number;
  /** Replicas of partition 0 (every partition of a topic the library created has the same count). */
  readonly replicationFactor: number;
}

/** A topic to create. */
export interface NewTopic {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly configs: Readonly<Record<string, string>>;
}

/** Config changes of one topic (IncrementalAlterConfigs): SET the given keys, DELETE (reset to the default) the others. */
export interface TopicConfigChange {
  readonly name: string;
  readonly set: Readonly<Record<string, string>>;
  readonly reset: readonly string[];
}

/** The Kafka client quota keys the catalog manages. */
export type QuotaKey = 'producer_byte_rate' | 'consumer_byte_rate' | 'request_percentage';
export const QUOTA_KEYS: readonly QuotaKey[] = ['producer_byte_rate', 'consumer_byte_rate', 'request_percentage'];

/** Quota changes of one user (AlterClientQuotas). */
export interface QuotaChange {
  readonly user: string;
  readonly set: Readonly<Partial<Record<QuotaKey, number>>>;
  readonly remove: readonly QuotaKey[];
}

/** Thrown (or wrapped) by a port when a request failed; `retriable` errors are retried with backoff. */
export class KafkaAdminError extends Error {
  constructor(message: string, readonly retriable: boolean) {
    super(message);
    this.name = 'KafkaAdminError';
  }
}

export interface KafkaAdminPort {
  /** Names of the non-internal topics. */
  listTopics(): Promise<string[]>;
  /** Partition count and replication factor of existing topics. */
  describeTopics(names: readonly string[]): Promise<ActualTopic[]>;
  /** Topic-level overrides (config source: the topic's dynamic config) of each topic, by topic name. */
  describeTopicConfigs(names: readonly string[]): Promise<Record<string, Record<string, string>>>;
  createTopics(topics: readonly NewTopic[]): Promise<void>;
  /** Grows each topic to `count` partitions. */
  createPartitions(topics: readonly { name: string; count: number }[]): Promise<void>;
  incrementalAlterTopicConfigs(changes: readonly TopicConfigChange[]): Promise<void>;
  deleteTopics(names: readonly string[]): Promise<void>;
  /** Every ALLOW ACL with host `*` (the only kind the catalog creates). */
  describeAcls(): Promise<AclBindingPlan[]>;
  createAcls(acls: readonly AclBindingPlan[]): Promise<void>;
  deleteAcls(acls: readonly AclBindingPlan[]): Promise<void>;
  /** Quotas of each named user (absent: none). */
  describeUserQuotas(users: readonly string[]): Promise<QuotaPlan[]>;
  alterUserQuotas(changes: readonly QuotaChange[]): Promise<void>;
}
