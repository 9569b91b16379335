/**
 * The validated, fully decided MSK Replicator plan that the CDK and Pulumi faces map to resources.
 */
import type { AlarmPlan, Issue } from '../../core';
import type { MskReplicatorCompression, MskReplicatorStartingPosition, MskReplicatorTopicNaming } from './limits';
import type { MskReplicatorClusterKind, MskReplicatorClusterRole, MskReplicatorExternalAuth } from './spec';

/** One cluster as the replicator sees it. */
export interface MskReplicatorClusterPlan {
  readonly role: MskReplicatorClusterRole;
  readonly clusterArn: string;
  /**
   * Region (possibly a token), when the face or the ARN told it.
   * @default - unknown
   */
  readonly region?: string;
  readonly kind: MskReplicatorClusterKind;
  readonly subnetIds: readonly string[];
  /** Security groups of the replicator's interfaces for this cluster; empty for a cross-region source. */
  readonly securityGroupIds: readonly string[];
}

/** An Apache Kafka cluster outside MSK (always the source), as the replicator reaches it. */
export interface MskReplicatorApacheKafkaClusterPlan {
  readonly role: 'source';
  readonly kind: 'apache-kafka';
  readonly clusterId: string;
  readonly bootstrapBrokers: string;
  readonly auth: MskReplicatorExternalAuth;
  /**
   * Secret of the CA chain the brokers' certificates chain to.
   * @default - none: a public CA
   */
  readonly rootCaCertificateSecretArn?: string;
  /** Ports the replicator's security groups (next to the target) open connections to. */
  readonly ports: readonly number[];
  /**
   * Where the replicator's security groups may connect on `ports` when the face has no security group of the
   * brokers to reference (which it prefers): the brokers' IPv4 ranges, else any IPv4 address.
   */
  readonly egressCidrs: readonly string[];
}

/** Kinds of `kafka-cluster` resources a statement names. */
export type MskReplicatorIamResource = 'cluster' | 'topic' | 'group';

/** One statement of the execution role, before ARNs are filled in. */
export interface MskReplicatorStatementPlan {
  readonly sid: string;
  /** Which cluster's ARNs the statement names. */
  readonly cluster: MskReplicatorClusterRole;
  readonly resource: MskReplicatorIamResource;
  /** IAM name patterns (topics or groups); empty for the cluster itself. */
  readonly names: readonly string[];
  readonly actions: readonly string[];
}

export interface MskReplicatorPlan {
  readonly replicatorName: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
  /** An MSK cluster, or an Apache Kafka cluster outside MSK. */
  readonly source: MskReplicatorClusterPlan | MskReplicatorApacheKafkaClusterPlan;
  readonly target: MskReplicatorClusterPlan;
  /** Source and target are in different Regions (known, or decided from equal tokens). */
  readonly crossRegion: boolean;
  readonly topicReplication: {
    readonly include: readonly string[];
    /** Omitted from the resource when empty (the schema wants 1 to 100 entries). */
    readonly exclude: readonly string[];
    readonly naming: MskReplicatorTopicNaming;
    readonly startingPosition: MskReplicatorStartingPosition;
    readonly copyTopicConfigurations: boolean;
    readonly copyAccessControlLists: boolean;
    readonly detectAndCopyNewTopics: boolean;
  };
  readonly consumerGroupReplication: {
    /** Empty when group replication is off (the schema requires the list, 0 to 100 entries). */
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly synchroniseOffsets: boolean;
    readonly detectAndCopyNewGroups: boolean;
    /** LEGACY only: ENHANCED needs identical names both ways, which the plan refuses (loops). */
    readonly offsetSyncMode: 'LEGACY';
  };
  readonly compression: MskReplicatorCompression;
  /**
   * Least-privilege statements of the service execution role: `kafka-cluster` actions on the MSK clusters, and for
   * an Apache Kafka source, reading its secrets (and decrypting them with their customer-managed keys).
   */
  readonly executionRole: {
    readonly statements: readonly MskReplicatorStatementPlan[];
    /** @default - none: both clusters are on MSK */
    readonly secrets?: { readonly secretArns: readonly string[]; readonly keyArns: readonly string[] };
  };
  /** Port the replicator's interfaces reach on both clusters. */
  readonly port: number;
  /**
   * MSK clusters whose security groups must admit the replicator on `port` (a cross-region source is reached over
   * PrivateLink; an Apache Kafka source on its own `ports`).
   */
  readonly ingressFrom: readonly MskReplicatorClusterRole[];
  /** The replicator's interfaces next to the target need HTTPS to Secrets Manager and KMS (an Apache Kafka source's secrets). */
  readonly httpsEgress: boolean;
  readonly alarms: readonly AlarmPlan[];
  readonly warnings: readonly Issue[];
}
