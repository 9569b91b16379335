/**
 * The validated, fully decided cluster link plan. The Pulumi face maps it to `ClusterLink` and `KafkaMirrorTopic`
 * resources and takes no decision of its own.
 */
import type { Issue } from '../../core/issues';
import type { ConfluentClusterType } from '../../confluent/limits';
import type { ClusterLinkFailoverAction, ClusterLinkMode } from './spec';

/** The two clusters, by role. */
export type ClusterLinkSide = 'source' | 'destination';

/** `KafkaMirrorTopic.status` values. */
export type ClusterLinkMirrorStatus = 'ACTIVE' | 'PAUSED' | 'PROMOTED' | 'FAILED_OVER';

/** One provider `ClusterLink` resource (a link has one or two of them). */
export interface ClusterLinkObjectPlan {
  /** Suffix of the resource name: `''` for the object on the destination, `-source` or `-reverse` for the other. */
  readonly suffix: '' | '-source' | '-reverse';
  readonly linkMode: 'DESTINATION' | 'SOURCE' | 'BIDIRECTIONAL';
  readonly connectionMode: 'OUTBOUND' | 'INBOUND';
  /** The cluster the object lives on: it gets the REST endpoint and that cluster's credentials. */
  readonly local: ClusterLinkSide;
  /** The other cluster: it gets the bootstrap endpoint, and its credentials when `remoteCredentials`. */
  readonly remote: ClusterLinkSide;
  readonly remoteCredentials: boolean;
  /** Provider blocks: `source`/`destination` for one-way links, `local`/`remote` for bidirectional ones. */
  readonly blocks: 'source-destination' | 'local-remote';
  /** Link configuration, keys sorted. */
  readonly config: Readonly<Record<string, string>>;
  /** The object on the destination must exist before this one (source-initiated links). */
  readonly afterDestinationObject: boolean;
}

export interface ClusterLinkMirrorTopicPlan {
  /** Suffix of the resource name: `mirror-<name>` or `reverse-mirror-<name>`. */
  readonly id: string;
  readonly sourceTopic: string;
  /** Name on the cluster that hosts the mirror (`prefix + sourceTopic`). */
  readonly mirrorTopicName: string;
  /** The cluster that hosts the mirror topic. */
  readonly on: ClusterLinkSide;
  /** Suffix of the link object the topic belongs to (the one on `on`). */
  readonly linkObject: '' | '-reverse';
  readonly failover: ClusterLinkFailoverAction;
  readonly status: ClusterLinkMirrorStatus;
}

export interface ClusterLinkClusterPlan {
  readonly type: ConfluentClusterType;
  /** The face creates a service account, CloudClusterAdmin binding and API key for the link on this cluster. */
  readonly createCredentials: boolean;
  /** Display name of that service account (unique in the organization): `<link>-<side>-link`. */
  readonly serviceAccountName?: string;
}

export interface ClusterLinkPlan {
  readonly name: string;
  readonly mode: ClusterLinkMode;
  readonly clusters: Readonly<Record<ClusterLinkSide, ClusterLinkClusterPlan>>;
  readonly objects: readonly ClusterLinkObjectPlan[];
  readonly mirrorTopics: readonly ClusterLinkMirrorTopicPlan[];
  readonly protect: boolean;
  readonly warnings: readonly Issue[];
}
