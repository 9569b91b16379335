/**
 * MSK Replicator limits, requirements and defaults, in one place (conventions §6, §7).
 *
 * Sources (AWS documentation, checked 2026-11-23):
 * - "Supported configurations" (MSK Developer Guide, MSK Replicator): cluster kinds, Kafka versions, instance
 *   types, broker counts, same account, IAM access control, multi-VPC for cross-region sources, Serverless and ACLs.
 * - "Network requirements" and "Cross-region replication": port 9098, the source cluster policy for cross-region,
 *   security groups for same-region, the replicator lives in the target cluster's Region.
 * - "AWS::MSK::Replicator" (CloudFormation template reference) and the resource provider schema shipped with
 *   cfn-lint: exactly 2 KafkaClusters, 1 ReplicationInfo, name 1-128 `^[0-9A-Za-z][0-9A-Za-z-]*$`, description at
 *   most 1024, topic lists 1-100 regexes of at most 249 characters, group lists of at most 100 regexes of at most
 *   256 characters, 2-3 subnets and 1-16 security groups per VpcConfig, the compression, starting-position and
 *   topic-name enums.
 * - "Metrics reference" (MSK Replicator): `ReplicationLatency` (ms, Maximum) and `MessageLag` (Count, Sum) in
 *   `AWS/Kafka`, dimension `ReplicatorName`, emitted in the target cluster's Region.
 *
 * An Apache Kafka cluster outside MSK as the source (checked 2026-12-04): "Migrate from non-MSK Apache Kafka
 * clusters to Amazon MSK Provisioned", "Set up prerequisites for MSK Replicator with self-managed Apache Kafka
 * clusters", "Additional SER permissions for SASL/SCRAM, mTLS, SASL/OAUTHBEARER, and customer managed keys" and
 * "CreateReplicator API examples for self-managed Kafka clusters" (MSK Developer Guide); What's New 2026-04 "Amazon
 * MSK Replicator external Kafka cluster support"; the `AWS::MSK::Replicator` schema (`ApacheKafkaCluster`,
 * `KafkaClusterClientAuthentication`, `KafkaClusterEncryptionInTransit`: EncryptionType `TLS` only) of aws-cdk-lib
 * 2.278's `CfnReplicator` (SaslScram, Mtls, SaslOAuthBearer) and of cfn-lint 1.51 (SaslScram only, older).
 * `VpcConfig` on the MSK entry only: hashicorp/terraform-provider-aws pull request 49265 (2026-08-03, acceptance-tested).
 */

/** Requirements MSK Replicator places on both MSK clusters ("Supported configurations"). */
export const REPLICATOR_CLUSTER_REQUIREMENTS = {
  /** "MSK Replicator is only supported on MSK clusters running Apache Kafka 2.7.0 or higher." */
  minKafkaVersion: [2, 7, 0] as const,
  /** "Identical topic name replication requires MSK clusters running Kafka version 2.8.1 or higher." */
  minKafkaVersionIdentical: [2, 8, 1] as const,
  /** "At least three brokers in both source and target clusters" (provisioned). */
  minBrokers: 3,
  /** "...clusters in two Availability Zones ... need a minimum of four brokers." */
  minBrokersTwoAzs: 4,
  /** "MSK Replicator supports clusters using m5.large or larger instance types. t3.small clusters are not supported." */
  unsupportedInstanceTypes: ['kafka.t3.small'] as readonly string[],
} as const;

/** Requirements on an Apache Kafka cluster outside MSK as the source (see the header's sources). */
export const REPLICATOR_EXTERNAL_REQUIREMENTS = {
  /** "Source Apache Kafka cluster running version 2.8.1 or later". */
  minKafkaVersion: [2, 8, 1] as const,
  /** Kafka's `cluster.id`: a UUID as 22 URL-safe base64 characters (what `kafka-storage.sh random-uuid` prints). */
  clusterIdPattern: /^[A-Za-z0-9_-]{22}$/,
  /** The target: an MSK Provisioned cluster (Express or Standard brokers) with IAM, "minimum three brokers across three AZs". */
  targetAzCount: 3,
  /** Secrets Manager actions the execution role needs on the authentication and CA secrets. */
  secretActions: ['secretsmanager:GetResourcePolicy', 'secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret', 'secretsmanager:ListSecretVersionIds'],
  /** KMS action on a customer managed key that encrypts those secrets. */
  keyActions: ['kms:Decrypt'],
  /**
   * The replicator's interfaces reach Secrets Manager and KMS over HTTPS ("VPC subnets configured for Secrets
   * Manager access": interface endpoints or a NAT path).
   */
  httpsPort: 443,
  /** ACLs the replicator's principal needs on the source ("Configure SASL/SCRAM user and ACL permissions"). */
  acls: 'Read and Describe on every topic and consumer group, Describe on the cluster',
} as const;

/** `KafkaClusterSaslScramAuthentication.Mechanism` values (CloudFormation schema enum). */
export const REPLICATOR_SCRAM_MECHANISMS = ['SHA256', 'SHA512'] as const;
export type MskReplicatorScramMechanism = (typeof REPLICATOR_SCRAM_MECHANISMS)[number];

/** Limits of the `AWS::MSK::Replicator` resource (CloudFormation schema). */
export const REPLICATOR_SCHEMA = {
  name: { pattern: /^[0-9A-Za-z][0-9A-Za-z-]*$/, maxLength: 128 },
  descriptionMaxLength: 1024,
  topicRegex: { maxLength: 249, maxItems: 100 },
  groupRegex: { maxLength: 256, maxItems: 100 },
  subnets: { min: 2, max: 3 },
  securityGroups: { min: 1, max: 16 },
  tag: { keyMaxLength: 128, valueMaxLength: 256 },
} as const;

/** `TargetCompressionType` values (CloudFormation schema enum). */
export const REPLICATOR_COMPRESSION_TYPES = ['NONE', 'GZIP', 'SNAPPY', 'LZ4', 'ZSTD'] as const;
export type MskReplicatorCompression = (typeof REPLICATOR_COMPRESSION_TYPES)[number];

/** `StartingPosition.Type` values. */
export const REPLICATOR_STARTING_POSITIONS = ['EARLIEST', 'LATEST'] as const;
export type MskReplicatorStartingPosition = (typeof REPLICATOR_STARTING_POSITIONS)[number];

/** `TopicNameConfiguration.Type` values ("Topic naming (Prefixed vs Identical)"). */
export const REPLICATOR_TOPIC_NAMING = ['PREFIXED_WITH_SOURCE_CLUSTER_ALIAS', 'IDENTICAL'] as const;
export type MskReplicatorTopicNaming = (typeof REPLICATOR_TOPIC_NAMING)[number];

/** The IAM access-control port MSK Replicator uses on both clusters ("Network requirements"). */
export const REPLICATOR_PORT = 9098;

/**
 * Topics MSK Replicator creates on both clusters, as IAM resource-name patterns ("Topic replication permissions"):
 * heartbeats, offset syncs and checkpoints. The execution role needs them on both clusters.
 */
export const REPLICATOR_INTERNAL_TOPICS = ['*__amazon_msk_replicator_*', 'mskr-offset-syncs.*', '*.checkpoints.internal'] as const;

/** Consumer groups MSK Replicator uses on the target cluster ("Topic replication permissions"). */
export const REPLICATOR_INTERNAL_GROUPS = ['*__amazon_msk_replicator_*'] as const;

/**
 * Actions the source cluster policy grants the MSK service for a cross-region replicator ("Network requirements":
 * `kafka.amazonaws.com` may call `CreateVpcConnection`, `GetBootstrapBrokers` and `DescribeClusterV2`).
 */
export const REPLICATOR_SOURCE_CLUSTER_POLICY_ACTIONS = ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeClusterV2'] as const;

/** The service principal of the execution role's trust policy and of the source cluster policy. */
export const REPLICATOR_SERVICE_PRINCIPAL = 'kafka.amazonaws.com';

/** Defaults of every optional replicator setting (conventions §7), each with its reason. */
export const REPLICATOR_DEFAULTS = {
  /** Everything: a DR copy that silently misses a new topic is not a DR copy. */
  topicsInclude: ['.*'],
  /**
   * Internal and already-replicated topics, as MirrorMaker 2's `topics.exclude` default of Kafka 3.x (Apache Kafka
   * documentation, "Geo-Replication (Cross-Cluster Data Mirroring)": `.*[\-\.]internal, .*\.replica, __.*`):
   * `__consumer_offsets`, checkpoints and the replicator's own topics.
   */
  topicsExclude: ['.*[\\-\\.]internal', '.*\\.replica', '__.*'],
  /** Every group, so consumers can fail over with translated offsets. */
  groupsInclude: ['.*'],
  /** Console and Connect groups and internal ones: MirrorMaker 2's `groups.exclude` default (same page). */
  groupsExclude: ['console-consumer-.*', 'connect-.*', '__.*'],
  /** A DR copy must hold the retained history too, not only what is written after creation. */
  startingPosition: 'EARLIEST' as MskReplicatorStartingPosition,
  /** Prefixed names cannot loop between two clusters ("Topic naming (Prefixed vs Identical)"). */
  topicNaming: 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS' as MskReplicatorTopicNaming,
  /** The service's own default; the producer's compression is not carried over. */
  compression: 'NONE' as MskReplicatorCompression,
  /** Alarm when records take longer than a minute to reach the target. */
  replicationLatencyMs: 60_000,
  /** Alarm when the replicator is this many records behind the source. */
  messageLag: 100_000,
} as const;
