/** The cluster-wide share group and streams group settings of a self-managed cluster (part of its spec). */

/**
 * Share groups (KIP-932, Queues for Kafka) as the platform sets them for the whole cluster. Production-ready from
 * Kafka 4.2; refused on earlier lines (early access in 4.0, preview in 4.1). Applications tune their own groups with
 * group-level configs (`kafka-configs.sh --entity-type groups`) within these limits.
 */
export interface ShareGroupsSpec {
  /**
   * Share groups on the cluster: new clusters are formatted with `share.version=1` (or `0` when false). A cluster
   * formatted before keeps its feature level: change it with `kafka-features.sh`.
   * @default - true from Kafka 4.2 (what Kafka gives a cluster formatted at that release), false before
   */
  readonly enabled?: boolean;
  /**
   * `group.share.max.size`: members per share group (1-1000).
   * @default - Kafka's default (200)
   */
  readonly maxSize?: number;
  /**
   * `group.share.delivery.count.limit`: deliveries of a record before it is archived as undeliverable (2-10).
   * @default - Kafka's default
   */
  readonly deliveryCountLimit?: number;
  /**
   * `group.share.record.lock.duration.ms`: how long a consumer holds a record it fetched before Kafka releases it
   * (15000-60000, the bounds Kafka's min and max lock durations give by default).
   * @default - Kafka's default
   */
  readonly recordLockDurationMs?: number;
  /**
   * `group.share.partition.max.record.locks`: records in flight per share-partition (100-10000).
   * @default - Kafka's default
   */
  readonly partitionMaxRecordLocks?: number;
  /**
   * `group.share.session.timeout.ms` (45000-60000, Kafka's default min and max session timeouts).
   * @default - Kafka's default (45000)
   */
  readonly sessionTimeoutMs?: number;
  /**
   * `group.share.heartbeat.interval.ms` (5000-15000, Kafka's default min and max heartbeat intervals).
   * @default - Kafka's default (5000)
   */
  readonly heartbeatIntervalMs?: number;
}

/**
 * Streams groups (KIP-1071, the Streams rebalance protocol) as the platform sets them for the whole cluster.
 * Production-ready from Kafka 4.2; refused on earlier lines (early access in 4.1).
 */
export interface StreamsGroupsSpec {
  /**
   * Streams groups on the cluster: new clusters are formatted with `streams.version=1` (or `0` when false). A cluster
   * formatted before keeps its feature level: change it with `kafka-features.sh`.
   * @default - true from Kafka 4.2 (what Kafka gives a cluster formatted at that release), false before
   */
  readonly enabled?: boolean;
  /**
   * `group.streams.max.size`: Kafka Streams clients per streams group (at least 1).
   * @default - Kafka's default (no limit)
   */
  readonly maxSize?: number;
  /**
   * `group.streams.num.standby.replicas`: standby replicas per task, at most `maxStandbyReplicas`.
   * @default - Kafka's default (0)
   */
  readonly numStandbyReplicas?: number;
  /**
   * `group.streams.max.standby.replicas`: the most standby replicas a group may ask for.
   * @default - Kafka's default (2)
   */
  readonly maxStandbyReplicas?: number;
  /**
   * `group.streams.session.timeout.ms` (45000-60000, Kafka's default min and max session timeouts).
   * @default - Kafka's default (45000)
   */
  readonly sessionTimeoutMs?: number;
  /**
   * `group.streams.heartbeat.interval.ms` (5000-15000, Kafka's default min and max heartbeat intervals).
   * @default - Kafka's default (5000)
   */
  readonly heartbeatIntervalMs?: number;
}

/** The group types beyond consumer groups, and the limits the platform sets for them. */
export interface SelfManagedGroupsSpec {
  /**
   * Share groups (KIP-932).
   * @default - on from Kafka 4.2 with Kafka's limits
   */
  readonly share?: ShareGroupsSpec;
  /**
   * Streams groups (KIP-1071).
   * @default - on from Kafka 4.2 with Kafka's limits
   */
  readonly streams?: StreamsGroupsSpec;
}
