/**
 * The validated, fully decided Confluent plan. Faces map it to resources and take no decision of their own.
 */
import type { Issue } from '../core/issues';
import type { KafkaWorkload } from '../core/sizing';
import type { ClusterBlock, ClusterTypeInfo, ConfluentCloud } from './limits';
import type {
  ApiKeySlot, ConfluentAvailability, ConfluentByokSpec, ConfluentCloudSideEndpointSpec, ConfluentPeerSpec, StreamGovernancePackage,
} from './spec';

export type EnvironmentPlan =
  | { readonly kind: 'create'; readonly displayName: string; readonly streamGovernance: StreamGovernancePackage }
  | { readonly kind: 'existing'; readonly environmentId: string };

/** The one provider block that selects the type, with its value. */
export type ClusterBlockPlan =
  | { readonly block: 'basic'; readonly value: { readonly maxEcku?: number } }
  | { readonly block: 'standard'; readonly value: { readonly maxEcku?: number } }
  | { readonly block: 'enterprises'; readonly value: readonly [{ readonly maxEcku?: number }] }
  | { readonly block: 'freights'; readonly value: readonly [{ readonly maxEcku?: number }] }
  | { readonly block: 'dedicated'; readonly value: { readonly cku: number } };

export interface ClusterPlan {
  readonly info: ClusterTypeInfo;
  readonly cloud: ConfluentCloud;
  readonly region: string;
  readonly displayName: string;
  readonly availability: ConfluentAvailability;
  /** The provider's availability value (SINGLE_ZONE, MULTI_ZONE, LOW or HIGH). */
  readonly providerAvailability: string;
  readonly shape: ClusterBlockPlan;
  readonly byok?: ConfluentByokSpec;
  readonly deletionProtection: boolean;
}

export type NetworkingPlan =
  | { readonly kind: 'public' }
  | { readonly kind: 'privatelink-attachment'; readonly endpoint?: ConfluentCloudSideEndpointSpec }
  | {
      readonly kind: 'network';
      readonly connectionType: 'PRIVATELINK' | 'PEERING' | 'TRANSITGATEWAY';
      readonly cidr?: string;
      readonly zones?: readonly string[];
      /** PRIVATE for PrivateLink networks: clients need only the private DNS zone. */
      readonly dnsResolution?: 'PRIVATE';
      readonly allowedAccounts: readonly string[];
      readonly endpoint?: ConfluentCloudSideEndpointSpec;
      /** Zones that get their own private endpoint (GCP, Azure); AWS uses one endpoint across its subnets. */
      readonly endpointZones?: readonly string[];
      readonly peer?: ConfluentPeerSpec;
      readonly transitGateway?: { readonly transitGatewayId: string; readonly ramResourceShareArn: string; readonly routes: readonly string[] };
    }
  | { readonly kind: 'existing-network'; readonly networkId: string };

export interface ApiKeysPlan {
  readonly slots: readonly ApiKeySlot[];
  readonly active: ApiKeySlot;
}

/** A resource a grant is about: exact name or prefix. */
export interface GrantResource {
  /** The CRN element: `topic=`, `group=`, `transactional-id=`. */
  readonly kind: 'topic' | 'group' | 'transactional-id';
  readonly name: string;
  readonly prefix: boolean;
}

/** One role binding on the cluster, rendered to a CRN pattern by the face (the cluster's CRN is an output). */
export interface RoleBindingPlan {
  /** Stable suffix of the resource name, e.g. `write-topic-orders`. */
  readonly id: string;
  readonly roleName: 'DeveloperRead' | 'DeveloperWrite' | 'DeveloperManage' | 'CloudClusterAdmin';
  /** Undefined: the binding is on the cluster itself. */
  readonly resource?: GrantResource;
}

export interface AclPlan {
  readonly id: string;
  readonly resourceType: 'TOPIC' | 'GROUP' | 'CLUSTER' | 'TRANSACTIONAL_ID';
  readonly resourceName: string;
  readonly patternType: 'LITERAL' | 'PREFIXED';
  readonly operation: string;
  readonly permission: 'ALLOW' | 'DENY';
}

export interface ApplicationPlan {
  readonly name: string;
  readonly description: string;
  /** Service account display name. */
  readonly serviceAccountName: string;
  readonly apiKeys: ApiKeysPlan;
  readonly roleBindings: readonly RoleBindingPlan[];
  readonly acls: readonly AclPlan[];
}

/** The admin service account used for topics, ACLs and mirror topics (data-plane calls with its API key). */
export interface AdminPlan {
  readonly serviceAccountName: string;
  readonly apiKeys: ApiKeysPlan;
  readonly roleBindings: readonly RoleBindingPlan[];
}

export interface TopicPlan {
  readonly name: string;
  readonly partitions: number;
  readonly config: Readonly<Record<string, string>>;
  /** The portable spec's `deleteOnRemoval`: the topic is neither protected nor retained. */
  readonly deleteOnRemoval?: boolean;
}

export interface MirrorTopicPlan {
  readonly name: string;
  readonly sourceTopic: string;
  readonly clusterLinkName: string;
  readonly status: 'ACTIVE' | 'PAUSED' | 'PROMOTED' | 'FAILED_OVER';
}

/** The Confluent identity an access intent binds to. */
export type IntentPrincipalPlan =
  /** An existing service account (`sa-...`) or identity pool (`pool-...`), or a deploy-time value: nothing is created for it. */
  | { readonly kind: 'existing'; readonly id: string }
  /** A service account the component creates (one per principal name, shared by the intents naming it). */
  | { readonly kind: 'created'; readonly account: string };

/** A client quota (`KafkaClientQuota`): Confluent holds both rates, in bytes per second, as strings. */
export interface ClientQuotaPlan {
  readonly displayName: string;
  readonly ingressByteRate: string;
  readonly egressByteRate: string;
}

/** One access intent of the portable catalog, mapped to Confluent grants. Resource names derive from `name`. */
export interface IntentPlan {
  readonly name: string;
  readonly principal: IntentPrincipalPlan;
  /** RBAC mode: role bindings with exact or prefixed CRN patterns. */
  readonly roleBindings: readonly RoleBindingPlan[];
  /** ACL mode: Kafka ACLs (created with the admin's key). */
  readonly acls: readonly AclPlan[];
  readonly quota?: ClientQuotaPlan;
}

export interface ConfluentPlan {
  readonly environment: EnvironmentPlan;
  readonly cluster: ClusterPlan;
  readonly networking: NetworkingPlan;
  readonly accessControl: 'rbac' | 'acls';
  readonly applications: readonly ApplicationPlan[];
  /** The catalog's access intents, sorted by name. */
  readonly access: readonly IntentPlan[];
  /** Service accounts created for intents' principals (no grants of their own: the intents' grants bind to them). */
  readonly accessAccounts: readonly ApplicationPlan[];
  /** Absent when nothing needs data-plane calls (no topics, ACLs or mirror topics). */
  readonly admin?: AdminPlan;
  readonly topics: readonly TopicPlan[];
  readonly mirrorTopics: readonly MirrorTopicPlan[];
  readonly waitForApiKeys: boolean;
  readonly protect: boolean;
  readonly protectTopics: boolean;
  /** The workload declared for sizing checks (`spec.workload`); absent when none was declared. */
  readonly workload?: KafkaWorkload;
  readonly warnings: readonly Issue[];
}

export type { ClusterBlock };
