/**
 * The portable topic and access catalog: what a team puts on a cluster (topics, application access, quotas), one
 * shape for every target. `validateCatalog` checks it against a target's rules; `planCatalog` renders it to the
 * target-neutral plan below, which each target maps to native resources (MSK topics, Confluent topics and ACLs,
 * GCP topics and ACLs, Event Hubs entities) or hands to the in-VPC admin function (MSK Serverless, self-managed).
 */

/** `cleanup.policy`. */
export type TopicCleanupPolicy = 'delete' | 'compact' | 'compact,delete';

/** `compression.type` at the topic level. */
export type TopicCompression = 'producer' | 'uncompressed' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

/** One topic, as a team declares it. Typed props cover the common configs; `configs` takes any other topic key. */
export interface TopicSpec {
  /** Kafka topic name: 1-249 of `[a-zA-Z0-9._-]`, not `.`/`..`, not reserved (`__*`). */
  readonly name: string;
  /**
   * Partition count. Only grows: a lower count than the deployed one is refused.
   * @default 3
   */
  readonly partitions?: number;
  /**
   * Replication factor. Changing it on an existing topic replaces it on MSK (its data is lost) and is refused unless
   * `acknowledgeReplacement` is set.
   * @default - the target's default (3, or 1 on a single-broker development cluster)
   */
  readonly replicationFactor?: number;
  /**
   * Retention in hours (`retention.ms`), or `'unlimited'` (-1).
   * @default - the cluster's `log.retention.*` (Kafka: 168 hours)
   */
  readonly retentionHours?: number | 'unlimited';
  /**
   * Retention by size per partition in bytes (`retention.bytes`), or `'unlimited'` (-1).
   * @default - the cluster's `log.retention.bytes` (Kafka: unlimited)
   */
  readonly retentionBytes?: number | 'unlimited';
  /**
   * `cleanup.policy`.
   * @default - the cluster's `log.cleanup.policy` (Kafka: 'delete')
   */
  readonly cleanupPolicy?: TopicCleanupPolicy;
  /**
   * `min.insync.replicas`; below the replication factor.
   * @default - the cluster's `min.insync.replicas` (the library's clusters: replication factor - 1)
   */
  readonly minInSyncReplicas?: number;
  /**
   * `compression.type`.
   * @default - the cluster's `compression.type` (Kafka: 'producer')
   */
  readonly compression?: TopicCompression;
  /**
   * `max.message.bytes`.
   * @default - the cluster's `message.max.bytes` (Kafka: 1048588)
   */
  readonly maxMessageBytes?: number;
  /**
   * Tiered storage for this topic (`remote.storage.enable`); the cluster must have tiered storage.
   * @default false
   */
  readonly tieredStorage?: boolean;
  /**
   * Hours kept on broker storage when tiered (`local.retention.ms`).
   * @default - the cluster's `log.local.retention.ms`
   */
  readonly localRetentionHours?: number;
  /**
   * Any other topic-level config key of the cluster's Kafka line (checked against the reference key lists). Keys of
   * the typed props above belong to those props.
   * @default {}
   */
  readonly configs?: Readonly<Record<string, string>>;
  /**
   * The partition count already deployed (or any lower bound of it), for faces that cannot read the deployed topic:
   * a `partitions` below it is refused before any API call.
   * @default - no floor
   */
  readonly partitionsFloor?: number;
  /**
   * The replication factor already deployed, for faces that cannot read the deployed topic: a different
   * `replicationFactor` replaces the topic (MSK) and is refused unless `acknowledgeReplacement` is set.
   * @default - not recorded: the face's own guard applies (Pulumi `protect`, CloudFormation `Retain`)
   */
  readonly deployedReplicationFactor?: number;
  /**
   * Removing this topic from the catalog deletes it (and its data). Otherwise a removed topic is retained.
   * @default false
   */
  readonly deleteOnRemoval?: boolean;
  /**
   * Accepts that a change of name or replication factor replaces the topic and loses its data. Set it for the one
   * deployment that makes the change, then remove it.
   * @default false
   */
  readonly acknowledgeReplacement?: boolean;
}

/** Topics or groups by exact name, or by prefix (a trailing `*`: `orders.*`). `'*'` is every one. */
export type ResourcePattern = string;

/** Who an intent is for. The kind decides how access is granted: IAM policies, Kafka ACLs, or the target's roles. */
export type CatalogPrincipal =
  /** An AWS IAM role or user (MSK IAM access control): gets an IAM policy. */
  | { readonly kind: 'iam'; readonly arn: string }
  /** A SASL/SCRAM user of the cluster: gets Kafka ACLs `User:<username>`. */
  | { readonly kind: 'scram'; readonly username: string }
  /** A TLS client certificate: gets Kafka ACLs `User:<principal>` (the mapped distinguished name). */
  | { readonly kind: 'mtls'; readonly principal: string }
  /** A target-native identity (Confluent service account, GCP service account email, Entra object id). */
  | { readonly kind: 'native'; readonly id: string };

/** One application's access: what it produces to, consumes from (with which groups), or administers. */
export interface AccessIntent {
  /** A name for the intent, unique in the catalog (used in logical ids and messages). */
  readonly name: string;
  readonly principal: CatalogPrincipal;
  /**
   * Topics it writes (WRITE, DESCRIBE; IDEMPOTENT_WRITE on the cluster for idempotent producers).
   * @default []
   */
  readonly produce?: readonly ResourcePattern[];
  /**
   * Topics it reads (READ, DESCRIBE).
   * @default []
   */
  readonly consume?: readonly ResourcePattern[];
  /**
   * Consumer groups it uses (READ, DESCRIBE on the group). Required with `consume`.
   * @default []
   */
  readonly groups?: readonly ResourcePattern[];
  /**
   * Transactional ids it uses (WRITE, DESCRIBE on the transactional id).
   * @default []
   */
  readonly transactionalIds?: readonly ResourcePattern[];
  /**
   * Topics it administers (CREATE, DELETE, ALTER, ALTER_CONFIGS, DESCRIBE, DESCRIBE_CONFIGS).
   * @default []
   */
  readonly admin?: readonly ResourcePattern[];
  /**
   * Client quotas for this principal.
   * @default - none
   */
  readonly quota?: QuotaSpec;
}

/** Kafka client quotas (KIP-13, KIP-124). */
export interface QuotaSpec {
  /**
   * `producer_byte_rate` in bytes per second, per broker.
   * @default - unlimited
   */
  readonly produceBytesPerSecond?: number;
  /**
   * `consumer_byte_rate` in bytes per second, per broker.
   * @default - unlimited
   */
  readonly consumeBytesPerSecond?: number;
  /**
   * `request_percentage`: percentage of one request handler and network thread, per broker.
   * @default - unlimited
   */
  readonly requestPercentage?: number;
}

/** A team's catalog: topics and access. */
export interface KafkaCatalogSpec {
  /** @default [] */
  readonly topics?: readonly TopicSpec[];
  /** @default [] */
  readonly access?: readonly AccessIntent[];
}

/** A validated topic: every default resolved, configs rendered as Kafka strings (sorted keys). */
export interface TopicPlan {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Topic-level Kafka configs, typed props included, keys sorted. */
  readonly configs: Readonly<Record<string, string>>;
  readonly deleteOnRemoval: boolean;
}

export type AclResourceType = 'TOPIC' | 'GROUP' | 'CLUSTER' | 'TRANSACTIONAL_ID';
export type AclPatternType = 'LITERAL' | 'PREFIXED';
export type AclOperation =
  | 'READ'
  | 'WRITE'
  | 'CREATE'
  | 'DELETE'
  | 'ALTER'
  | 'DESCRIBE'
  | 'DESCRIBE_CONFIGS'
  | 'ALTER_CONFIGS'
  | 'IDEMPOTENT_WRITE';

/** One Kafka ACL binding (always ALLOW, host `*`). */
export interface AclBindingPlan {
  /** `User:<name>`. */
  readonly principal: string;
  readonly resourceType: AclResourceType;
  /** `kafka-cluster` for CLUSTER. */
  readonly resourceName: string;
  readonly patternType: AclPatternType;
  readonly operation: AclOperation;
}

/** Client quotas of one user principal (Kafka quota keys). */
export interface QuotaPlan {
  /** The user name (without `User:`). */
  readonly user: string;
  /** @default - no limit */
  readonly producer_byte_rate?: number;
  /** @default - no limit */
  readonly consumer_byte_rate?: number;
  /** @default - no limit */
  readonly request_percentage?: number;
}

/** A validated catalog, target-neutral: sorted, deduplicated, stable. */
export interface KafkaCatalogPlan {
  readonly topics: readonly TopicPlan[];
  /** ACLs for `scram`/`mtls` principals. */
  readonly acls: readonly AclBindingPlan[];
  readonly quotas: readonly QuotaPlan[];
  /** The intents of `iam` and `native` principals, for the target's own grants (IAM policies, roles, RBAC). */
  readonly grants: readonly AccessIntent[];
}
