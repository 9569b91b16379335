/**
 * Face-agnostic input of an MSK Replicator: MSK to MSK, or from an Apache Kafka cluster outside MSK (self-managed,
 * on premises) into MSK. The CDK and Pulumi faces resolve their cluster objects (constructs, components or imported
 * attributes) into cluster specs; everything else is decided once by `planMskReplicator`. Values may be deploy-time
 * tokens or outputs: checks on them are skipped.
 */
import type { MskReplicatorCompression, MskReplicatorScramMechanism, MskReplicatorStartingPosition, MskReplicatorTopicNaming } from './limits';

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

/** How the replicator authenticates to an Apache Kafka cluster outside MSK (always over TLS). */
export type MskReplicatorExternalAuth =
  /** SASL/SCRAM with a Secrets Manager secret holding `username` and `password` (and `certificate`, a private CA's chain). */
  | { readonly scram: { readonly secretArn: string; readonly mechanism: MskReplicatorScramMechanism } }
  /** Mutual TLS with a Secrets Manager secret holding the client certificate and private key (MSK Replicator's format). */
  | { readonly mtls: { readonly secretArn: string } };

/**
 * An Apache Kafka cluster that is not on MSK (self-managed on EC2, on premises, another provider), as the source of
 * a replicator into MSK. The replicator reaches it from its network interfaces next to the target cluster, over TLS.
 */
export interface MskReplicatorApacheKafkaClusterSpec {
  /** Only `source`: the library replicates from an Apache Kafka cluster into MSK. */
  readonly role: MskReplicatorClusterRole;
  readonly kind: 'apache-kafka';
  /** The cluster's own id (`cluster.id`: 22 URL-safe base64 characters), which MSK Replicator checks against the cluster. */
  readonly clusterId: string;
  /** `host:port,...` of the TLS listener of `auth` (SASL_SSL for SCRAM, SSL for mTLS). */
  readonly bootstrapBrokers: string;
  readonly auth: MskReplicatorExternalAuth;
  /**
   * Secret whose `certificate` key holds the CA chain (PEM) of the brokers' certificates.
   * @default - none: the brokers' certificates chain to a public CA (or the SCRAM secret's `certificate` key)
   */
  readonly rootCaCertificateSecretArn?: string;
  /**
   * The brokers' certificates are issued by a private CA (self-signed or your own): `rootCaCertificateSecretArn` is then required.
   * @default false
   */
  readonly privateCa?: boolean;
  /**
   * Customer-managed KMS keys of the secrets: the execution role may decrypt with them.
   * @default - none: the secrets use the AWS managed key
   */
  readonly secretKeyArns?: readonly string[];
  /**
   * The secrets as the execution role names them, when that differs from the ARNs above (a secret imported by
   * name or partial ARN: `<partial ARN>-??????` matches its 6-character suffix).
   * @default - the ARNs of `auth` and `rootCaCertificateSecretArn`
   */
  readonly secretPolicyArns?: readonly string[];
  /**
   * Ports of the listener, for the egress rules when `bootstrapBrokers` is a deploy-time value.
   * @default - the ports in `bootstrapBrokers`
   */
  readonly ports?: readonly number[];
  /**
   * IPv4 ranges of the brokers, for the egress rules of the replicator's security groups.
   * @default - none: the face opens the brokers' security groups when it has them, else any IPv4 address on the ports
   */
  readonly networkCidrs?: readonly string[];
  /**
   * Apache Kafka version of the cluster, e.g. `3.9.1`.
   * @default - unknown: the 2.8.1 minimum is not checked
   */
  readonly kafkaVersion?: string;
  /**
   * The replicator's principal already has its ACLs on the cluster (Read and Describe on the topics and groups,
   * Describe on the cluster), or is a super user.
   * @default false - a warning lists the ACLs to grant
   */
  readonly aclsGranted?: boolean;
  /**
   * Name for descriptions.
   * @default - the cluster id
   */
  readonly clusterName?: string;
}

/** Any cluster of a replicator. */
export type MskReplicatorAnyClusterSpec = MskReplicatorClusterSpec | MskReplicatorApacheKafkaClusterSpec;

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
  /** Exactly two clusters: one `source` (MSK, or an Apache Kafka cluster outside MSK), one `target` (MSK). */
  readonly kafkaClusters: readonly MskReplicatorAnyClusterSpec[];
  /**
   * Region the replicator is deployed to (the stack's or provider's); must be the target cluster's.
   * @default - unknown: not checked
   */
  readonly replicatorRegion?: string;
}
