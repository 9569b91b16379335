/**
 * Face-agnostic input of an MSK Replicator (MSK-to-MSK). The CDK and Pulumi faces resolve their cluster objects
 * (constructs, components or imported attributes) into `MskReplicatorClusterSpec`s; everything else is decided once
 * by `planMskReplicator`. Values may be deploy-time tokens or outputs: checks on them are skipped.
 */
import type { MskReplicatorCompression, MskReplicatorStartingPosition, MskReplicatorTopicNaming } from './limits';

/** Which end of the replication flow a cluster is. */
export type MskReplicatorClusterRole = 'source' | 'target';

/** Provisioned (Standard or Express brokers) or Serverless. */
export type MskReplicatorClusterKind = 'provisioned' | 'serverless';

/** One MSK cluster of the replicator, as the face resolved it. */
export interface MskReplicatorClusterSpec {
  readonly role: MskReplicatorClusterRole;
  /** `arn:<partition>:kafka:<region>:<account>:cluster/<name>/<uuid>`. */
  readonly clusterArn: string;
  /**
   * Cluster name, for descriptions.
   * @default - the name in `clusterArn`, when it is known
   */
  readonly clusterName?: string;
  /**
   * Region of the cluster.
   * @default - the Region field of `clusterArn`, when it is known
   */
  readonly region?: string;
  readonly kind: MskReplicatorClusterKind;
  /** IAM access control is on (MSK Replicator connects with IAM only). */
  readonly iamAuthentication: boolean;
  /**
   * Broker count (provisioned).
   * @default - unknown: the broker-count requirement is not checked
   */
  readonly brokerNodes?: number;
  /**
   * Number of AZs the brokers span (provisioned).
   * @default - unknown: the two-AZ broker requirement is not checked
   */
  readonly azCount?: number;
  /**
   * Broker instance type, e.g. `kafka.m7g.large` (provisioned).
   * @default - unknown: the instance-type requirement is not checked
   */
  readonly instanceType?: string;
  /**
   * Kafka version as MSK names it, e.g. `3.9.x.kraft` (provisioned).
   * @default - unknown: the version requirements are not checked
   */
  readonly kafkaVersion?: string;
  /**
   * Multi-VPC private connectivity is on for IAM (needed on a provisioned source in another Region).
   * @default - unknown: a cross-region source gets a warning instead of a check
   */
  readonly multiVpcIam?: boolean;
  /** Subnets of the replicator's network interfaces for this cluster (2 or 3). */
  readonly subnetIds: readonly string[];
  /**
   * Security groups of the replicator's network interfaces for this cluster (1 to 16).
   * @default - none (a cross-region source needs none; the faces create one for the others)
   */
  readonly securityGroupIds?: readonly string[];
}

/** Which topics are replicated, and how. */
export interface MskReplicatorTopicsSpec {
  /**
   * Regular expressions of the topics to replicate (1 to 100).
   * @default ['.*']
   */
  readonly include?: readonly string[];
  /**
   * Regular expressions of topics to leave out; an empty list excludes nothing.
   * @default ['.*[\\-\\.]internal', '.*\\.replica', '__.*'] - internal topics, as MirrorMaker 2
   */
  readonly exclude?: readonly string[];
  /**
   * Name of the replicated topics on the target. `IDENTICAL` keeps the names and is allowed one-way only.
   * @default 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS'
   */
  readonly naming?: MskReplicatorTopicNaming;
  /**
   * Where a new replication starts in each topic.
   * @default 'EARLIEST'
   */
  readonly startingPosition?: MskReplicatorStartingPosition;
  /**
   * Keep the target topics' configurations in sync with the source.
   * @default true
   */
  readonly copyTopicConfigurations?: boolean;
  /**
   * Copy the topics' Kafka ACLs to the target. Not available with MSK Serverless.
   * @default - true, false when either cluster is Serverless
   */
  readonly copyAccessControlLists?: boolean;
  /**
   * Pick up new topics and partitions that match `include`.
   * @default true
   */
  readonly detectAndCopyNewTopics?: boolean;
}

/** Which consumer groups are replicated. */
export interface MskReplicatorConsumerGroupsSpec {
  /**
   * Replicate consumer groups at all (false: no group is replicated and no group permission is granted).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Regular expressions of the groups to replicate (at most 100).
   * @default ['.*']
   */
  readonly include?: readonly string[];
  /**
   * Regular expressions of groups to leave out; an empty list excludes nothing.
   * @default ['console-consumer-.*', 'connect-.*', '__.*']
   */
  readonly exclude?: readonly string[];
  /**
   * Write the translated offsets of the groups to the target, so consumers resume there after a failover.
   * @default true
   */
  readonly synchroniseOffsets?: boolean;
  /**
   * Pick up new groups that match `include`.
   * @default true
   */
  readonly detectAndCopyNewGroups?: boolean;
}

/** Default CloudWatch alarms of the replicator (Region of the target cluster). */
export interface MskReplicatorAlarmsSpec {
  /**
   * Create the alarms.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * `ReplicationLatency` (Maximum, milliseconds) that raises an alarm when exceeded for 5 minutes.
   * @default 60000
   */
  readonly replicationLatencyMs?: number;
  /**
   * `MessageLag` (records the replicator is behind the source) that raises an alarm when exceeded for 5 minutes.
   * @default 100000
   */
  readonly messageLag?: number;
}

/** Replication settings both faces accept as they are. */
export interface MskReplicatorSettings {
  /** Replicator name (1-128 letters, digits and hyphens, starting with a letter or digit); unique per Region. */
  readonly replicatorName: string;
  /**
   * Description.
   * @default - "kafka-iac replicator <source> -> <target>"
   */
  readonly description?: string;
  /**
   * Topics to replicate.
   * @default - every topic but internal ones, prefixed names, from the earliest offset, configs, ACLs and new topics copied
   */
  readonly topics?: MskReplicatorTopicsSpec;
  /**
   * Consumer groups to replicate.
   * @default - every group but console, Connect and internal ones, with offsets synchronised
   */
  readonly consumerGroups?: MskReplicatorConsumerGroupsSpec;
  /**
   * Compression of the records the replicator writes to the target.
   * @default 'NONE'
   */
  readonly compression?: MskReplicatorCompression;
  /**
   * A replicator in the opposite direction exists (or will): the pair is two-way. Two-way pairs must use prefixed
   * topic names, or records would loop between the clusters.
   * @default false
   */
  readonly bidirectional?: boolean;
  /**
   * Default alarms.
   * @default - `ReplicationLatency` above 60 s and `MessageLag` above 100000, each for 5 minutes
   */
  readonly alarms?: MskReplicatorAlarmsSpec;
  /**
   * Tags of the replicator and its role.
   * @default - none
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Everything `planMskReplicator` reads. */
export interface MskReplicatorSpec extends MskReplicatorSettings {
  /** Exactly two clusters: one `source`, one `target`. */
  readonly kafkaClusters: readonly MskReplicatorClusterSpec[];
  /**
   * Region the replicator is deployed to (the stack's or provider's); must be the target cluster's.
   * @default - unknown: not checked
   */
  readonly replicatorRegion?: string;
}
