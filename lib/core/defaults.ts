/**
 * Every production default, as a named constant with the reason behind it.
 * Plans read these; JSDoc `@default` tags on props mirror them.
 */

/** Three copies survive one AZ loss with a quorum left (Kafka docs, "Production deployment"). */
export const DEFAULT_REPLICATION_FACTOR = 3;
/** With RF 3, acks=all writes survive one broker down and refuse writes when only one copy is left. */
export const DEFAULT_MIN_INSYNC_REPLICAS = 2;
/** Topics should be created deliberately (typos otherwise create topics with default settings). */
export const DEFAULT_AUTO_CREATE_TOPICS = false;
/** Unclean leader election loses acknowledged writes. */
export const DEFAULT_UNCLEAN_LEADER_ELECTION = false;
/** One partition per AZ-spread broker by default: a topic without an explicit count still spreads. */
export const DEFAULT_NUM_PARTITIONS = 3;
/** Kafka's own default retention: one week. */
export const DEFAULT_LOG_RETENTION_HOURS = 168;
/** Log group retention for broker and flow logs: one year (audit trails). */
export const DEFAULT_LOG_RETENTION_DAYS = 365;
/** AZs to spread brokers over. */
export const DEFAULT_AZ_COUNT = 3;

/** Values CloudWatch Logs accepts for a log group's retention (PutRetentionPolicy API reference). */
export const CLOUDWATCH_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;
