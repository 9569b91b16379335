/**
 * Face-agnostic input for a dedicated-mode MirrorMaker 2 deployment on EC2. The CDK and Pulumi props add their network
 * objects (VPC, subnets, security groups); everything else is decided once by `planMirrorMaker2`.
 *
 * One deployment runs next to ONE target cluster and runs the flows into it (`connect-mirror-maker.sh --clusters
 * <target>`). Two-way replication is two deployments, one per region, over the same `flows` list.
 */
import type { ArtifactSource } from '../../aws/ec2-node/artifact-source';

export type { ArtifactSource } from '../../aws/ec2-node/artifact-source';

/** How MirrorMaker 2 authenticates to one cluster. Credentials are read from Secrets Manager at boot. */
export type MirrorMakerAuth = MirrorMakerIamAuth | MirrorMakerScramAuth | MirrorMakerMtlsAuth;

/** Amazon MSK IAM access control (SASL_SSL, `AWS_MSK_IAM`, port 9098 on provisioned clusters). */
export interface MirrorMakerIamAuth {
  readonly mechanism: 'iam';
  /** ARN of the MSK cluster: the nodes' role gets exactly the `kafka-cluster:*` actions its flows need on it. */
  readonly clusterArn: string;
}

/** SASL/SCRAM over TLS. */
export interface MirrorMakerScramAuth {
  readonly mechanism: 'scram';
  /** Secrets Manager secret (ARN) holding `{"username": ..., "password": ...}`. */
  readonly secretArn: string;
  /**
   * SCRAM mechanism.
   * @default 'SCRAM-SHA-512'
   */
  readonly scramMechanism?: 'SCRAM-SHA-512' | 'SCRAM-SHA-256';
  /**
   * KMS key (ARN) the secret is encrypted with, when it is a customer-managed key: the nodes get `kms:Decrypt` on it.
   * @default - the AWS managed key of Secrets Manager
   */
  readonly secretKeyArn?: string;
}

/** Mutual TLS with a client certificate. */
export interface MirrorMakerMtlsAuth {
  readonly mechanism: 'mtls';
  /** Secrets Manager secret (ARN) holding `{"certificateChain": PEM, "privateKey": unencrypted PKCS#8 PEM}`. */
  readonly secretArn: string;
  /**
   * KMS key (ARN) the secret is encrypted with, when it is a customer-managed key.
   * @default - the AWS managed key of Secrets Manager
   */
  readonly secretKeyArn?: string;
}

/** One Kafka cluster taking part in replication. */
export interface MirrorMakerClusterSpec {
  /** Cluster alias (`[A-Za-z0-9_-]`, no dots): the prefix of replicated topic names under the default policy. */
  readonly alias: string;
  /** `host:port[,host:port...]` of the listener matching `auth`. */
  readonly bootstrapServers: string;
  /** AWS region the cluster runs in (placement is checked against it). */
  readonly region: string;
  readonly auth: MirrorMakerAuth;
  /**
   * Kafka version of the cluster's brokers (`3.9.1`, MSK `3.9.x`, `3.7.x.kraft`): exactly-once source support needs
   * the target's brokers at 3.5 or later.
   * @default - unknown: exactly-once stays off unless `exactlyOnce` is set
   */
  readonly kafkaVersion?: string;
  /**
   * SSM parameter (name) holding the PEM CA certificate the brokers' certificates chain to, for clusters with a
   * private CA (self-managed clusters publish theirs).
   * @default - the JVM's default trust store (public CAs, which include Amazon MSK's)
   */
  readonly trustedCaParameter?: string;
  /**
   * Broker count, when known: the replication factor must not exceed it.
   * @default - not checked
   */
  readonly brokerCount?: number;
  /**
   * IPv4 CIDRs the brokers' addresses are in (e.g. the source VPC's CIDR across a peering or Transit Gateway): the
   * nodes' egress to the cluster's ports goes there only.
   * @default - the cluster's security groups when it is in the deployment's region, else any IPv4 address on the
   * cluster's ports (a warning says so)
   */
  readonly networkCidrs?: readonly string[];
}

/** One replication flow `source->target`. */
export interface MirrorMakerFlowSpec {
  readonly source: string;
  readonly target: string;
  /**
   * Topics to replicate (Java regular expressions).
   * @default ['.*']
   */
  readonly topics?: readonly string[];
  /**
   * Topics never replicated, added to MirrorMaker 2's own exclusions (internal, `__` and `.replica` topics).
   * @default []
   */
  readonly topicsExclude?: readonly string[];
  /**
   * Consumer groups whose offsets are checkpointed and synced (Java regular expressions).
   * @default ['.*']
   */
  readonly groups?: readonly string[];
  /**
   * Consumer groups never synced, added to MirrorMaker 2's own exclusions (`console-consumer-`, `connect-`, `__`).
   * @default []
   */
  readonly groupsExclude?: readonly string[];
}

/** The replication policy: how replicated topics are named on the target. */
export type MirrorMakerReplicationPolicy = 'default' | 'identity';

/** CloudWatch metrics and alarms of the deployment. */
export interface MirrorMakerMonitoring {
  /**
   * Prometheus JMX exporter as a Java agent bound to 127.0.0.1: the source of the replication-latency metric. Without
   * it only the node-down alarm exists (a warning says so).
   * @default - off
   */
  readonly jmxExporter?: {
    /** The `jmx_prometheus_javaagent-<version>.jar`. */
    readonly source: ArtifactSource;
    /**
     * Local port of the exporter.
     * @default 7072
     */
    readonly port?: number;
  };
  /**
   * Replication latency (ms, maximum over the flow's partitions) that raises the latency alarm of a flow.
   * @default 60000
   */
  readonly replicationLatencyMs?: number;
}

/** A dedicated MirrorMaker 2 deployment running next to its target cluster. */
export interface MirrorMaker2Spec {
  /** Deployment name (`[a-z0-9-]`, 1-40): resource names, metrics dimension and the Connect group ids derive from it. */
  readonly name: string;
  /** Every cluster named by `flows`. */
  readonly clusters: readonly MirrorMakerClusterSpec[];
  /**
   * Every replication flow of the topology, including the flows other deployments run (the reverse flow of a two-way
   * pair): loops are checked over all of them. This deployment runs the flows into `targetCluster`.
   */
  readonly flows: readonly MirrorMakerFlowSpec[];
  /** Alias of the cluster this deployment runs next to. */
  readonly targetCluster: string;
  /** AWS region the MirrorMaker 2 nodes run in: must be the target cluster's. */
  readonly region: string;
  /**
   * `default` prefixes replicated topics with the source alias (`primary.orders`) and is loop-safe; `identity` keeps
   * names and is only allowed for one-way, single-source replication.
   * @default 'default'
   */
  readonly replicationPolicy?: MirrorMakerReplicationPolicy;
  /**
   * Replication factor of replicated and internal topics on the target.
   * @default 3
   */
  readonly replicationFactor?: number;
  /**
   * MirrorMaker 2 nodes (identical configuration, one Connect group per flow).
   * @default 2
   */
  readonly nodes?: number;
  /**
   * Tasks per flow (`tasks.max`).
   * @default - 2 per node
   */
  readonly tasksMax?: number;
  /**
   * Exactly-once source delivery (KIP-618) into the target.
   * @default - on when the target's `kafkaVersion` is 3.5 or later, off (with a warning) when unknown
   */
  readonly exactlyOnce?: boolean;
  /**
   * How often consumer-group checkpoints are emitted and synced to the target, in seconds: bounds how far a failed-over
   * consumer rewinds.
   * @default 30
   */
  readonly offsetSyncIntervalSeconds?: number;
  /** Kafka version installed on the MirrorMaker 2 nodes (`3.9.1`, `4.3.2`, `4.4.0`): 3.9 or a later line the library knows (up to 4.4). */
  readonly kafkaVersion: string;
  /** The Kafka distribution (`kafka_2.13-<version>.tgz`). */
  readonly distribution: ArtifactSource;
  /**
   * The `aws-msk-iam-auth-<version>-all.jar`, put on the class path: required when a cluster uses IAM.
   * @default - none
   */
  readonly iamAuthLibrary?: ArtifactSource;
  /**
   * EC2 instance type of the nodes.
   * @default 'm7g.large'
   */
  readonly instanceType?: string;
  /**
   * Amazon Corretto version.
   * @default 21
   */
  readonly javaVersion?: 17 | 21;
  /** @default - the JMX exporter off, latency threshold 60000 ms */
  readonly monitoring?: MirrorMakerMonitoring;
  /**
   * Further `mm2.properties` entries, checked against the MirrorMaker 2, worker and client key lists. Keys the library
   * owns (clusters, connections, security, policy, replication factors, flows' enablement and filters, offset sync,
   * exactly-once, internal REST) are refused with the prop that controls them.
   * @default {}
   */
  readonly extraProperties?: Readonly<Record<string, string | number | boolean>>;
}
