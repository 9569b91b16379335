/**
 * Face-agnostic input of a Confluent cluster link: two clusters, the link's mode and settings, its mirror topics and
 * the failover state you want them in. `planClusterLink` decides everything; the Pulumi face only maps the plan.
 */
import type { ConfluentClusterType } from '../../confluent/limits';

/**
 * Who creates the link and where mirror topics live:
 * - `destination`: one link object on the destination, which connects out to the source and pulls (the default).
 * - `source`: source-initiated, for a destination that accepts no inbound connection from the source's side (a
 *   private destination, a public source): an INBOUND half on the destination and an OUTBOUND half on the source.
 * - `bidirectional`: a link object on each cluster; topics can be mirrored both ways (active/active, or DR with
 *   failback). Both clusters must be Dedicated or Enterprise.
 */
export type ClusterLinkMode = 'destination' | 'source' | 'bidirectional';

/**
 * What to do with a mirror topic, mapped to `KafkaMirrorTopic.status`:
 * - `none`: keep mirroring (ACTIVE, or PAUSED when paused).
 * - `promote` (PROMOTED): planned switchover. The service waits until the mirror has no lag and offsets are synced,
 *   then makes the topic writable; it fails while the source is unreachable.
 * - `failover` (FAILED_OVER): disaster. The topic becomes writable at once, whatever its lag: records the source had
 *   not replicated are not on the destination.
 * Both are one-way: the topic stops being a mirror for good. Fail back with a reverse link (see the runbook).
 */
export type ClusterLinkFailoverAction = 'none' | 'promote' | 'failover';

/** A Kafka API key of one cluster. Pass both parts as secrets. */
export interface ClusterLinkCredentials<S = string> {
  readonly key: S;
  readonly secret: S;
}

/** One side of the link: a cluster the library built, or any Confluent Cloud cluster by its attributes. */
export interface ClusterLinkClusterSpec<S = string> {
  /** Cluster id, e.g. `lkc-abc123`. */
  readonly id: S;
  /** Environment id, e.g. `env-abc123`. */
  readonly environmentId: S;
  /** REST endpoint, `https://...:443`. */
  readonly restEndpoint: S;
  /** Bootstrap endpoint, `host:9092` (a `SASL_SSL://` scheme is accepted). */
  readonly bootstrapEndpoint: S;
  /** Cluster type: it decides which roles the cluster can take. */
  readonly type: ConfluentClusterType;
  /**
   * Kafka API key the link uses on this cluster.
   * @default - created by the face: a service account with CloudClusterAdmin on the cluster and its API key; needs `rbacCrn`
   */
  readonly credentials?: ClusterLinkCredentials<S>;
  /**
   * RBAC CRN of the cluster (`KafkaCluster.rbacCrn`), used to grant the service account the face creates.
   * @default - none: `credentials` must be given
   */
  readonly rbacCrn?: S;
}

/** One consumer group filter of the offset sync. */
export interface ClusterLinkGroupFilter {
  /** Group id, group id prefix, or `*` (with LITERAL) for every group. */
  readonly name: string;
  /**
   * LITERAL (exact name, or `*`) or PREFIXED.
   * @default 'LITERAL'
   */
  readonly patternType?: 'LITERAL' | 'PREFIXED';
  /**
   * INCLUDE or EXCLUDE; an exclude wins over an include.
   * @default 'INCLUDE'
   */
  readonly filterType?: 'INCLUDE' | 'EXCLUDE';
}

/** Consumer offset sync: committed offsets of the source's groups copied to the destination's mirror topics. */
export interface ClusterLinkOffsetSyncSpec {
  /**
   * Sync committed offsets, so consumers resume where they were after a failover.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Groups to sync. Without any filter the service syncs no group.
   * @default [{ name: '*', patternType: 'LITERAL', filterType: 'INCLUDE' }] (every group)
   */
  readonly groupFilters?: readonly ClusterLinkGroupFilter[];
  /**
   * Sync interval in milliseconds: the offset part of the RPO.
   * @default - the service default, 30000
   */
  readonly intervalMs?: number;
  /**
   * Prefix synced group names with the link's `prefix` (`consumer.group.prefix.enable`). Refused on bidirectional
   * links.
   * @default false
   */
  readonly prefixGroups?: boolean;
}

/** One ACL filter: which source ACLs the link copies. Values as Kafka's ACL filter JSON takes them. */
export interface ClusterLinkAclFilter {
  /**
   * Resource type.
   * @default 'any'
   */
  readonly resourceType?: 'any' | 'topic' | 'group' | 'cluster' | 'transactional_id';
  /**
   * Resource name.
   * @default - any name
   */
  readonly resourceName?: string;
  /**
   * Resource pattern type.
   * @default 'any'
   */
  readonly patternType?: 'any' | 'literal' | 'prefixed' | 'match';
  /**
   * Principal, e.g. `User:sa-abc123`.
   * @default - any principal
   */
  readonly principal?: string;
  /**
   * Operation.
   * @default 'any'
   */
  readonly operation?: 'any' | 'all' | 'read' | 'write' | 'create' | 'delete' | 'alter' | 'describe' | 'cluster_action' | 'describe_configs' | 'alter_configs' | 'idempotent_write';
  /**
   * Permission type.
   * @default 'any'
   */
  readonly permissionType?: 'any' | 'allow' | 'deny';
}

/**
 * ACL sync. Off by default: Confluent Cloud service accounts are organization-wide, so copied ACLs grant the same
 * principals on the destination; and the link deletes destination ACLs matching its filters that the source lacks.
 * Turn it on for a DR pair whose principals should have identical rights, with filters that leave the destination's
 * own ACLs alone.
 */
export interface ClusterLinkAclSyncSpec {
  /**
   * Copy the source's ACLs matching `filters`.
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * ACLs to copy; required when enabled (the service refuses ACL sync without filters).
   * @default []
   */
  readonly filters?: readonly ClusterLinkAclFilter[];
  /**
   * Refresh interval in milliseconds.
   * @default - the service default, 5000
   */
  readonly intervalMs?: number;
}

/** A topic to mirror. */
export interface ClusterLinkMirrorTopicSpec {
  /** Name of the topic on the cluster it is mirrored from. The mirror is named `prefix + sourceTopic`. */
  readonly sourceTopic: string;
  /**
   * Stop mirroring for now (PAUSED); resume by setting it back. Ignored once the topic is promoted or failed over.
   * @default false
   */
  readonly paused?: boolean;
}

/** Failover for the whole link, or per mirror topic name (the name on the cluster that hosts the mirror). */
export type ClusterLinkFailoverSpec = ClusterLinkFailoverAction | Readonly<Record<string, ClusterLinkFailoverAction>>;

/** Everything `planClusterLink` decides from. */
export interface ClusterLinkSpec<S = string> {
  /** Link name, the same on every half: letters, digits, ".", "_" and "-". */
  readonly name: string;
  /**
   * Who initiates the connection and where mirror topics can live.
   * @default 'destination'
   */
  readonly mode?: ClusterLinkMode;
  /** The cluster data is mirrored from (for bidirectional links: the first cluster). */
  readonly source: ClusterLinkClusterSpec<S>;
  /** The cluster that hosts the mirror topics (for bidirectional links: the second cluster). */
  readonly destination: ClusterLinkClusterSpec<S>;
  /**
   * Topics mirrored from source to destination.
   * @default []
   */
  readonly mirrorTopics?: readonly ClusterLinkMirrorTopicSpec[];
  /**
   * Bidirectional links only: topics mirrored from destination to source.
   * @default []
   */
  readonly reverseMirrorTopics?: readonly ClusterLinkMirrorTopicSpec[];
  /**
   * `cluster.link.prefix` of the link object on the destination: mirror topics there are named `prefix + source name`.
   * Set at creation; changing it means a new link.
   * @default - none: mirror topics keep their source names
   */
  readonly prefix?: string;
  /**
   * Bidirectional links only: `cluster.link.prefix` of the link object on the source (for reverse mirror topics).
   * @default - none
   */
  readonly reversePrefix?: string;
  /**
   * Consumer offset sync.
   * @default { enabled: true, groupFilters: [every group] }
   */
  readonly consumerOffsetSync?: ClusterLinkOffsetSyncSpec;
  /**
   * ACL sync.
   * @default { enabled: false }
   */
  readonly aclSync?: ClusterLinkAclSyncSpec;
  /**
   * How often mirror topics re-read their source topic's configuration, in milliseconds.
   * @default - the service default, 5000
   */
  readonly topicConfigSyncMs?: number;
  /**
   * Further link configuration: `auto.create.mirror.topics.enable`, `auto.create.mirror.topics.filters`,
   * `mirror.start.offset.spec`, `topic.config.sync.include`, `cluster.link.retry.timeout.ms`. Keys the typed props
   * control are refused.
   * @default {}
   */
  readonly config?: Readonly<Record<string, string>>;
  /**
   * Failover of mirror topics: one action for every mirror topic, or a map from mirror topic name to action.
   * @default 'none'
   */
  readonly failover?: ClusterLinkFailoverSpec;
  /**
   * Pulumi `protect` on the link objects (deleting a link stops every mirror topic on it). Mirror topics are always
   * protected and retained on delete.
   * @default true
   */
  readonly protect?: boolean;
}
