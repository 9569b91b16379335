/**
 * Confluent Cluster Linking facts, as data (conventions §6): which cluster types can take which role, the link
 * configuration keys the library writes or lets through, and their service defaults.
 *
 * Sources, checked 2026-11 (page titles):
 * - [private-net] Confluent Cloud docs "Manage Private Networking for Cluster Linking on Confluent Cloud":
 *   "Cluster Linking across Basic, Standard, or Freight clusters as a destination is not supported. Cluster Linking
 *   on Freight clusters is not supported at all."
 * - [links] Confluent Cloud docs "Configure and Manage Cluster Links on Confluent Cloud": `acl.filters` (string,
 *   default ""), `acl.sync.enable` (boolean, default false), `acl.sync.ms` (int, default 5000),
 *   `auto.create.mirror.topics.enable`; bidirectional mode: "both clusters must be [...] Dedicated or Enterprise";
 *   "Consumer group prefixing cannot be enabled for bidirectional links" (`consumer.group.prefix.enable`).
 * - [cli] confluentinc/cli `kafka link create`: the link configuration keys it prints (`consumer.offset.sync.enable`,
 *   `consumer.offset.group.filters`, `consumer.offset.sync.ms`, `consumer.group.prefix.enable`, `acl.sync.enable`,
 *   `acl.filters`, `acl.sync.ms`, `auto.create.mirror.topics.enable`, `auto.create.mirror.topics.filters`,
 *   `cluster.link.prefix`, `topic.config.sync.ms`, `topic.config.sync.include`, `mirror.start.offset.spec`,
 *   `link.mode`, `connection.mode`, security keys).
 * - [server] Confluent Server `ClusterLinkConfig`: `consumer.offset.sync.enable` default false,
 *   `consumer.offset.sync.ms` default 30000, `acl.sync.ms` 5000, `topic.config.sync.ms` 5000,
 *   `cluster.link.retry.timeout.ms` 300000; "ACL migration is enabled but acl.filters is not set" is refused.
 * - [provider] @pulumi/confluentcloud 2.82 `ClusterLink` (`linkMode` DESTINATION|SOURCE|BIDIRECTIONAL default
 *   DESTINATION; `connectionMode` INBOUND|OUTBOUND default OUTBOUND; "Exactly one from the rest_endpoint and
 *   bootstrap_endpoint attributes must be specified"; source_/destination_ blocks for one-way links, local_/remote_
 *   for bidirectional) and `KafkaMirrorTopic` (`status` ACTIVE|PAUSED|PROMOTED|FAILED_OVER; "When promoting or
 *   failing over a mirror topic, don't destroy a mirror topic"); the provider's examples
 *   source-initiated-cluster-link-rbac (DESTINATION/INBOUND half without source credentials, then SOURCE/OUTBOUND
 *   half) and regular-bidirectional-cluster-link-rbac.
 * - [filters] Group filter JSON `{"groupFilters":[{"name","patternType":LITERAL|PREFIXED,"filterType":INCLUDE|EXCLUDE}]}`
 *   (`"*"` LITERAL = every group) and ACL filter JSON `{"aclFilters":[{"resourceFilter":{...},"accessFilter":{...}}]}`,
 *   as in the Confluent Server cluster-link command tests and Confluent's cluster-linking walkthroughs.
 */
import type { ConfluentClusterType } from '../../confluent/limits';

/** What a cluster type can be in a link [private-net][links]. */
export interface ClusterLinkRoles {
  /** Can be the source of a link. */
  readonly source: boolean;
  /** Can be the destination (hosts mirror topics). */
  readonly destination: boolean;
  /** Can be either side of a bidirectional link. */
  readonly bidirectional: boolean;
}

export const CLUSTER_LINK_ROLES: Readonly<Record<ConfluentClusterType, ClusterLinkRoles>> = {
  basic: { source: true, destination: false, bidirectional: false },
  standard: { source: true, destination: false, bidirectional: false },
  enterprise: { source: true, destination: true, bidirectional: true },
  dedicated: { source: true, destination: true, bidirectional: true },
  freight: { source: false, destination: false, bidirectional: false },
};

/** Service defaults of the link settings the library exposes as typed props [server][links]. */
export const CLUSTER_LINK_DEFAULTS = {
  consumerOffsetSyncMs: 30_000,
  aclSyncMs: 5_000,
  topicConfigSyncMs: 5_000,
} as const;

/**
 * Keys the library writes from typed props; `config` may not set them. Each names the prop that controls it.
 * `link.mode` and `connection.mode` are provider arguments; the security keys come from `credentials`.
 */
export const CLUSTER_LINK_OWNED_KEYS: Readonly<Record<string, string>> = {
  'link.mode': 'mode',
  'connection.mode': 'mode',
  'bootstrap.servers': 'source/destination',
  'security.protocol': 'credentials',
  'sasl.mechanism': 'credentials',
  'sasl.jaas.config': 'credentials',
  'local.security.protocol': 'credentials',
  'local.sasl.mechanism': 'credentials',
  'local.sasl.jaas.config': 'credentials',
  'cluster.link.prefix': 'prefix',
  'consumer.offset.sync.enable': 'consumerOffsetSync.enabled',
  'consumer.offset.group.filters': 'consumerOffsetSync.groupFilters',
  'consumer.offset.sync.ms': 'consumerOffsetSync.intervalMs',
  'consumer.group.prefix.enable': 'consumerOffsetSync.prefixGroups',
  'acl.sync.enable': 'aclSync.enabled',
  'acl.filters': 'aclSync.filters',
  'acl.sync.ms': 'aclSync.intervalMs',
  'topic.config.sync.ms': 'topicConfigSyncMs',
};

/** How a pass-through key's value is checked. */
export type LinkKeyValue = 'boolean' | 'positive-int' | 'json' | 'text';

/** Further link keys `config` may set [cli][links][server]; anything else is refused as unknown. */
export const CLUSTER_LINK_PASSTHROUGH_KEYS: Readonly<Record<string, LinkKeyValue>> = {
  'auto.create.mirror.topics.enable': 'boolean',
  'auto.create.mirror.topics.filters': 'json',
  'mirror.start.offset.spec': 'text',
  'topic.config.sync.include': 'text',
  'cluster.link.retry.timeout.ms': 'positive-int',
};

/**
 * Link names: the characters of a Kafka resource name, 1-249 long. Conservative: Confluent publishes no stricter
 * rule we found, and the name is part of the provider's import id `<link>/<mode>/<connection>/<src>/<dst>`.
 */
export const CLUSTER_LINK_NAME = /^[A-Za-z0-9._-]{1,249}$/;

/** A link prefix becomes part of every mirror topic's name, so it may hold only topic-name characters. */
export const CLUSTER_LINK_PREFIX = /^[A-Za-z0-9._-]{1,64}$/;

/** Confluent ids as the provider prints them. */
export const CONFLUENT_IDS = { cluster: /^lkc-[a-z0-9]+$/, environment: /^env-[a-z0-9]+$/ } as const;

/** Values an ACL filter accepts (case-insensitive in Kafka; written lower-case here) [filters]. */
export const ACL_FILTER_VALUES = {
  resourceType: ['any', 'topic', 'group', 'cluster', 'transactional_id'],
  patternType: ['any', 'literal', 'prefixed', 'match'],
  operation: ['any', 'all', 'read', 'write', 'create', 'delete', 'alter', 'describe', 'cluster_action', 'describe_configs', 'alter_configs', 'idempotent_write'],
  permissionType: ['any', 'allow', 'deny'],
} as const;
