/**
 * The validated, fully decided MSK Replicator plan that the CDK and Pulumi faces map to resources.
 */
import type { AlarmPlan, Issue } from '../../core';
import type { MskReplicatorCompression, MskReplicatorStartingPosition, MskReplicatorTopicNaming } from './limits';
import type { MskReplicatorClusterKind, MskReplicatorClusterRole } from './spec';

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
  readonly source: MskReplicatorClusterPlan;
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
  /** Least-privilege statements of the service execution role. */
  readonly executionRole: { readonly statements: readonly MskReplicatorStatementPlan[] };
  /** Port the replicator's interfaces reach on both clusters. */
  readonly port: number;
  /** Clusters whose security groups must admit the replicator on `port` (a cross-region source is reached over PrivateLink). */
  readonly ingressFrom: readonly MskReplicatorClusterRole[];
  readonly alarms: readonly AlarmPlan[];
  readonly warnings: readonly Issue[];
}
