/**
 * Each target's topic rules as data (conventions §6): reserved names, replication factor, partition limits, which
 * topic keys it takes, what it changes in place, and which versions have topics. Every row names its sources and the
 * date they were read; test/core/catalog/targets.test.ts holds every row to it.
 */
import type { KafkaLine } from '../kafka-version';
import type { CatalogAuthMode, CatalogTargetKind } from './context';

/** A fact's source: the page as titled where it is published, and when it was read. */
export interface CatalogSource {
  readonly title: string;
  /** ISO date the page was read (or published, for an archived page). */
  readonly date: string;
  readonly facts: string;
}

/** A limit and how firmly it is enforced: `warning` where the source may be outdated or the limit is a recommendation. */
export interface CatalogLimit {
  readonly value: number;
  readonly enforcement: 'error' | 'warning';
  readonly source: CatalogSource;
}

/** What a change to a deployed topic does on a target. */
export type ChangeEffect = 'in-place' | 'replaces' | 'refused' | 'not-settable';

export interface CatalogChangeCapabilities {
  readonly partitionIncrease: ChangeEffect;
  readonly replicationFactor: ChangeEffect;
  readonly configs: ChangeEffect;
  readonly rename: ChangeEffect;
  readonly source: CatalogSource;
}

export interface CatalogTargetRules {
  readonly kind: CatalogTargetKind;
  /** Topics are created by the target's own resource (`native`) or by the in-VPC admin function (`admin-function`). */
  readonly applier: 'native' | 'admin-function';
  /** Lowest Kafka line the target's topics work on; undefined = every line the target runs. */
  readonly minLine?: KafkaLine;
  readonly minLineSource?: CatalogSource;
  /** Names the target keeps for itself, besides Kafka's own (`__*`): exact names or prefixes ending in `*`. */
  readonly reservedNames: readonly string[];
  /** A stricter name rule than Kafka's, when the target has one. */
  readonly namePattern?: { readonly regex: RegExp; readonly rule: string; readonly source: CatalogSource };
  /** Replication factor: `fixed` (not settable, or only that value), or a minimum. */
  readonly replicationFactor: { readonly fixed?: number; readonly settable: boolean; readonly min?: number; readonly source?: CatalogSource };
  readonly maxPartitionsPerTopic?: CatalogLimit;
  /** Partitions per cluster (leaders only, pre-replication). */
  readonly maxPartitionsPerCluster?: CatalogLimit;
  /** Topic keys the target accepts, when it restricts them; undefined = every topic key of the line. */
  readonly topicKeys?: { readonly keys: readonly string[]; readonly enforcement: 'error' | 'warning'; readonly source: CatalogSource };
  /** Highest `max.message.bytes`. */
  readonly maxMessageBytes?: CatalogLimit;
  /** Principal kinds an intent may name on this target. */
  readonly principalKinds: readonly CatalogAuthMode[];
  /** The shape of a `native` principal's id on this target (a service account id, an email, an Entra object id). */
  readonly nativeId?: { readonly regex: RegExp; readonly rule: string; readonly example: string; readonly source: CatalogSource };
  /** Kafka client quotas can be applied. */
  readonly quotas: boolean;
  /** Why quotas cannot be applied here and what to use instead (when `quotas` is false). */
  readonly quotasUnsupported?: { readonly reason: string; readonly alternative: string; readonly source: CatalogSource };
  /** How the target grants an intent (RBAC, ACLs, IAM, roles), for docs and tests. */
  readonly accessSource?: CatalogSource;
  /** Kafka ACLs (scram/mtls principals) can be applied. */
  readonly acls: boolean;
  readonly changes: CatalogChangeCapabilities;
}

const READ = '2026-12-04';
const CFN_TOPIC: CatalogSource = {
  title: 'AWS::MSK::Topic (AWS CloudFormation Template Reference)', date: READ,
  facts: 'TopicName and ReplicationFactor: update requires replacement; PartitionCount and Configs (Base64): no interruption',
};
const MSK_TOPICS_VERSION: CatalogSource = {
  title: 'Amazon MSK topic APIs (CreateTopic, Amazon MSK API Reference) and issue 14 of this library', date: READ,
  facts: 'topic APIs for provisioned clusters (Standard and Express) on Kafka 3.6 and later; not MSK Serverless',
};
const KAFKA_ADMIN: CatalogSource = {
  title: 'Apache Kafka Admin API (createPartitions, incrementalAlterConfigs, alterPartitionReassignments)', date: READ,
  facts: 'partitions only grow; configs change in place; the admin function refuses replication factor changes',
};
const KAFKA_TOPIC: CatalogSource = {
  title: 'Apache Kafka org.apache.kafka.common.internals.Topic', date: READ,
  facts: 'internal topics __consumer_offsets, __transaction_state, __share_group_state; names differing only in . and _ collide',
};
/** Archived copy of the MSK Developer Guide (awsdocs/amazon-msk-developer-guide, archived 2022): may be outdated. */
const MSK_SERVERLESS_QUOTA: CatalogSource = {
  title: 'MSK Serverless quota, in "Amazon MSK quota" (awsdocs/amazon-msk-developer-guide doc_source/limits.md, archived copy)', date: '2022-11-01',
  facts: 'Maximum number of partitions: 120; maximum message size 8 MB. The current page may allow more: enforced as warnings',
};
const MSK_SERVERLESS_CONFIG: CatalogSource = {
  title: 'Configuration for Serverless Clusters (awsdocs/amazon-msk-developer-guide doc_source/serverless-config.md, archived copy)', date: '2022-11-01',
  facts: 'settable topic keys: cleanup.policy (at creation only), compression.type, max.message.bytes (8 MiB), message.timestamp.difference.max.ms, '
    + 'message.timestamp.type, retention.bytes, retention.ms',
};
const CONFLUENT_TOPIC: CatalogSource = {
  title: 'confluentcloud.KafkaTopic (@pulumi/confluentcloud 2.82 typings) and "Manage Topics in Confluent Cloud"', date: READ,
  facts: 'no replication factor input (Confluent Cloud replicates 3 times); partitionsCount grows in place, a decrease replaces; '
    + 'topics starting with _confluent are internal',
};
const CONFLUENT_LIMITS: CatalogSource = {
  title: 'Confluent Cloud cluster types (lib/confluent/limits.ts, checked 2026-11)', date: '2026-11-30',
  facts: 'partitions per cluster by cluster type, passed by the Confluent face',
};
const GCP_TOPIC: CatalogSource = {
  title: 'gcp.managedkafka.Topic (@pulumi/gcp 9.37 typings; GoogleCloudPlatform/magic-modules managedkafka Topic)', date: READ,
  facts: 'partitionCount grows only; replicationFactor immutable (the library refuses a change); configs update in place',
};
const CONFLUENT_ACCESS: CatalogSource = {
  title: 'Confluent Cloud "Predefined RBAC roles", "Get Started with Client Quotas in Confluent Cloud", confluentcloud.RoleBinding, KafkaAcl and KafkaClientQuota (@pulumi/confluentcloud 2.82 typings)', date: READ,
  facts: 'principals are service accounts (sa-...) or identity pools (pool-...); DeveloperRead/DeveloperWrite/DeveloperManage on topic=, group=, '
    + 'transactional-id= CRN patterns (a trailing * for a prefix); client quotas hold an ingress and an egress byte rate per principal, on Enterprise, '
    + 'Freight and Dedicated clusters only (not Basic or Standard)',
};
const GCP_ACCESS: CatalogSource = {
  title: 'gcp.managedkafka.Acl (@pulumi/gcp 9.37 typings) and "Use Kafka quotas for load isolation" (Managed Service for Apache Kafka)', date: READ,
  facts: 'ACL principals are User:<service account or user email>; clients need roles/managedkafka.client; Kafka quotas are set with the Kafka '
    + 'admin tools (kafka-configs.sh --alter --entity-type users) from inside the network: no Google Cloud API or provider resource',
};
const EVENT_HUBS_ACCESS: CatalogSource = {
  title: 'Azure built-in roles "Azure Event Hubs Data Sender/Receiver/Owner" and "Resource governance with application groups" (Event Hubs)', date: READ,
  facts: 'role assignments to an Entra principal (object id) on the namespace or an event hub; per-client throttling only through application groups '
    + '(Premium and Dedicated), keyed by a SAS policy or an Entra application (client) id, not by object id; throughput and processing units are namespace-wide',
};
const EVENT_HUBS: CatalogSource = {
  title: 'Event Hubs quotas and limits (lib/event-hubs/limits.ts) and azure-native eventhub.EventHub', date: READ,
  facts: 'replication is platform-managed (no replication factor); partitions per event hub by tier; names start and end with a letter or digit',
};

export const CATALOG_TARGETS: Readonly<Record<CatalogTargetKind, CatalogTargetRules>> = {
  'msk-provisioned': {
    kind: 'msk-provisioned', applier: 'native', minLine: '3.6', minLineSource: MSK_TOPICS_VERSION,
    reservedNames: ['__amazon_msk_*'],
    replicationFactor: { settable: true, min: 1 },
    principalKinds: ['iam', 'scram', 'mtls'], quotas: true, acls: true,
    changes: { partitionIncrease: 'in-place', replicationFactor: 'replaces', configs: 'in-place', rename: 'replaces', source: CFN_TOPIC },
  },
  'msk-serverless': {
    kind: 'msk-serverless', applier: 'admin-function',
    reservedNames: ['__amazon_msk_*'],
    replicationFactor: { settable: false, fixed: 3, source: MSK_SERVERLESS_CONFIG },
    maxPartitionsPerCluster: { value: 120, enforcement: 'warning', source: MSK_SERVERLESS_QUOTA },
    maxMessageBytes: { value: 8 * 1024 * 1024, enforcement: 'warning', source: MSK_SERVERLESS_CONFIG },
    topicKeys: {
      keys: ['cleanup.policy', 'compression.type', 'max.message.bytes', 'message.timestamp.difference.max.ms', 'message.timestamp.type', 'retention.bytes', 'retention.ms'],
      enforcement: 'warning', source: MSK_SERVERLESS_CONFIG,
    },
    // MSK Serverless uses IAM access control only: no Kafka ACLs, no client quotas.
    principalKinds: ['iam'], quotas: false, acls: false,
    changes: { partitionIncrease: 'in-place', replicationFactor: 'not-settable', configs: 'in-place', rename: 'replaces', source: KAFKA_ADMIN },
  },
  'self-managed': {
    kind: 'self-managed', applier: 'admin-function',
    reservedNames: [],
    replicationFactor: { settable: true, min: 1 },
    principalKinds: ['scram', 'mtls'], quotas: true, acls: true,
    changes: { partitionIncrease: 'in-place', replicationFactor: 'refused', configs: 'in-place', rename: 'replaces', source: KAFKA_ADMIN },
  },
  confluent: {
    kind: 'confluent', applier: 'native',
    reservedNames: ['_confluent*'],
    replicationFactor: { settable: false, fixed: 3, source: CONFLUENT_TOPIC },
    principalKinds: ['native'], quotas: true, acls: true, accessSource: CONFLUENT_ACCESS,
    nativeId: {
      regex: /^(sa-[a-z0-9]{1,32}|pool-[A-Za-z0-9]{1,32}|[a-z][a-z0-9-]{0,39})$/,
      rule: 'be a service account id ("sa-..."), an identity pool id ("pool-...") or the name of a service account to create (1-40 lower-case letters, digits or "-")',
      example: 'E.g. "sa-abc123", or "orders-api" for a new service account.', source: CONFLUENT_ACCESS,
    },
    changes: { partitionIncrease: 'in-place', replicationFactor: 'not-settable', configs: 'in-place', rename: 'replaces', source: CONFLUENT_TOPIC },
  },
  gcp: {
    kind: 'gcp', applier: 'native',
    reservedNames: [],
    replicationFactor: { settable: true, min: 1, source: GCP_TOPIC },
    principalKinds: ['native'], quotas: false, acls: true, accessSource: GCP_ACCESS,
    nativeId: {
      regex: /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/,
      rule: 'be the email of a service account or user (rendered as the ACL principal "User:<email>")',
      example: 'E.g. "orders-api@my-project.iam.gserviceaccount.com".', source: GCP_ACCESS,
    },
    quotasUnsupported: {
      reason: 'Google Cloud has no API or provider resource for Kafka client quotas',
      alternative: 'Set them with the Kafka admin tools from inside the network (kafka-configs.sh --alter --entity-type users --entity-name User:<email>).',
      source: GCP_ACCESS,
    },
    changes: { partitionIncrease: 'in-place', replicationFactor: 'refused', configs: 'in-place', rename: 'replaces', source: GCP_TOPIC },
  },
  'event-hubs': {
    kind: 'event-hubs', applier: 'native',
    reservedNames: [],
    namePattern: { regex: /^[A-Za-z0-9]([A-Za-z0-9._-]{0,254}[A-Za-z0-9])?$/, rule: 'start and end with a letter or digit (an event hub name)', source: EVENT_HUBS },
    replicationFactor: { settable: false, source: EVENT_HUBS },
    principalKinds: ['native'], quotas: false, acls: false, accessSource: EVENT_HUBS_ACCESS,
    nativeId: {
      regex: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      rule: 'be the object id (a GUID) of an Entra service principal or managed identity',
      example: 'E.g. "00000000-0000-0000-0000-000000000000" (the principal id of a managed identity).', source: EVENT_HUBS_ACCESS,
    },
    quotasUnsupported: {
      reason: 'Event Hubs has no Kafka client quotas; throughput and processing units are namespace-wide',
      alternative: 'Throttle a client with an application group (Premium and Dedicated, keyed by its Entra application id or SAS policy), or give it its own namespace.',
      source: EVENT_HUBS_ACCESS,
    },
    changes: { partitionIncrease: 'in-place', replicationFactor: 'not-settable', configs: 'in-place', rename: 'replaces', source: EVENT_HUBS },
  },
};

/** Kafka's own internal topics (every target): exact names, and the `__` prefix Kafka keeps for internal topics. */
export const KAFKA_RESERVED_TOPIC_NAMES = ['__consumer_offsets', '__transaction_state', '__share_group_state', '__cluster_metadata', '__*'] as const;
export const KAFKA_RESERVED_SOURCE = KAFKA_TOPIC;

/** Sources of the Confluent tier limits passed through the context (for docs and messages). */
export const CONFLUENT_LIMITS_SOURCE = CONFLUENT_LIMITS;

/** True when `name` matches a reserved entry (exact, or a prefix ending in `*`). */
export function matchesReserved(name: string, entries: readonly string[]): string | undefined {
  return entries.find((e) => (e.endsWith('*') ? name.startsWith(e.slice(0, -1)) : name === e));
}
