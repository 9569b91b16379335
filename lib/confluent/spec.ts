/**
 * Face-agnostic input for Confluent Cloud: an environment, one Kafka cluster, its networking, applications,
 * topics and mirror topics. The Pulumi face adds nothing but cloud-side network objects and resource options;
 * every decision is taken once by `planConfluentKafka`.
 */
import type { AccessIntent, TopicSpec } from '../core/catalog/types';
import type { KafkaWorkload } from '../core/sizing';
import type { ConfluentClusterType, ConfluentCloud } from './limits';

/** Stream Governance package of the environment (provisions Schema Registry). */
export type StreamGovernancePackage = 'ESSENTIALS' | 'ADVANCED';

/** The environment the cluster lives in: created (default) or adopted. */
export type ConfluentEnvironmentSpec =
  | {
      readonly kind: 'create';
      /** Display name: letters, digits, hyphens and underscores, starting and ending alphanumeric. */
      readonly displayName: string;
      /**
       * Stream Governance package. Schema Registry exists with either package.
       * @default 'ADVANCED' for production cluster types (all but Basic), 'ESSENTIALS' for Basic
       */
      readonly streamGovernance?: StreamGovernancePackage;
    }
  | {
      readonly kind: 'existing';
      /** Id of an existing environment, e.g. `env-abc123`. */
      readonly environmentId: string;
    };

/** Availability of the cluster. Mapped to SINGLE_ZONE/MULTI_ZONE or LOW/HIGH as each type expects. */
export type ConfluentAvailability = 'single-zone' | 'multi-zone';

/** Customer-managed key (BYOK) for data at rest: registered by the library, or a registered key's id. */
export type ConfluentByokSpec<S = string> =
  | { readonly kind: 'aws'; /** KMS key ARN. */ readonly keyArn: S }
  | {
      readonly kind: 'azure';
      /** Key Vault key identifier URL. */
      readonly keyIdentifier: S;
      /** Resource id of the Key Vault. */
      readonly keyVaultId: S;
      /** Tenant id (uuid) of the Key Vault. */
      readonly tenantId: S;
    }
  | { readonly kind: 'gcp'; /** Cloud KMS key id. */ readonly keyId: S }
  | { readonly kind: 'existing'; /** Id of a key already registered with Confluent, e.g. `cck-abc123`. */ readonly byokKeyId: S };

/** The Kafka cluster. */
export interface ConfluentClusterSpec<S = string> {
  /** Cluster type. Each type maps to exactly one provider block (basic{}, standard{}, enterprises[{}], freights[{}], dedicated{cku}). */
  readonly type: ConfluentClusterType;
  readonly cloud: ConfluentCloud;
  /** Cloud region, e.g. `us-east-2`, `eastus2`, `europe-west1`. */
  readonly region: string;
  /** Display name of the cluster. */
  readonly displayName: string;
  /**
   * Availability. Changing it replaces the cluster.
   * @default 'multi-zone' for every type that offers it (all but Basic), 'single-zone' for Basic
   */
  readonly availability?: ConfluentAvailability;
  /**
   * Confluent Kafka Units of a Dedicated cluster: at least 1, at least 2 when multi-zone.
   * @default - required for Dedicated, refused elsewhere
   */
  readonly cku?: number;
  /**
   * Ceiling of elastic units (eCKU) for Basic, Standard, Enterprise and Freight.
   * @default - the service default for the type
   */
  readonly maxEcku?: number;
  /**
   * Customer-managed encryption key. Only Dedicated (AWS, Azure, GCP), Enterprise (AWS) and Freight (AWS) take one;
   * it must be set at creation and changing it replaces the cluster.
   * @default - Confluent-managed encryption at rest
   */
  readonly byok?: ConfluentByokSpec<S>;
  /**
   * Server-side deletion protection of the cluster (`deletionProtection`), on top of Pulumi `protect`.
   * @default true for production types (all but Basic), false for Basic
   */
  readonly deletionProtection?: boolean;
}

/** Private connectivity. Basic and Standard clusters have public endpoints only. */
export type ConfluentNetworkingSpec<S = string> =
  | { readonly kind: 'public' }
  | {
      /** Enterprise clusters: a PrivateLink Attachment (AWS, Azure) in the environment. */
      readonly kind: 'privatelink-attachment';
      /**
       * The cloud-side endpoint and DNS the library creates and registers with the attachment.
       * @default - none: create the endpoint yourself and register it with a PrivateLinkAttachmentConnection
       */
      readonly endpoint?: ConfluentCloudSideEndpointSpec<S>;
    }
  | {
      /** Dedicated clusters: a Confluent network with PRIVATELINK connections. */
      readonly kind: 'privatelink';
      /** AWS account ids, Azure subscription ids or GCP project ids allowed to connect. */
      readonly allowedAccounts: readonly string[];
      /**
       * Zones of the network (AWS AZ ids, GCP zones, Azure `1`-`3`). Required on GCP with a library-created endpoint.
       * @default - chosen by Confluent (AWS, Azure)
       */
      readonly zones?: readonly string[];
      /**
       * The cloud-side endpoint and DNS the library creates.
       * @default - none: create the endpoint yourself
       */
      readonly endpoint?: ConfluentCloudSideEndpointSpec<S>;
    }
  | {
      /** Dedicated clusters: a Confluent network peered with your VPC/VNet. Accepting the peering is yours. */
      readonly kind: 'peering';
      /** /16 CIDR of the Confluent network; must not overlap yours. */
      readonly cidr: string;
      readonly peer: ConfluentPeerSpec;
    }
  | {
      /** Dedicated clusters on AWS: a Confluent network attached to your Transit Gateway (shared through RAM). */
      readonly kind: 'transit-gateway';
      /** /16 CIDR of the Confluent network. */
      readonly cidr: string;
      /** Id of the transit gateway (`tgw-...`). */
      readonly transitGatewayId: string;
      /** ARN of the RAM resource share of the transit gateway. */
      readonly ramResourceShareArn: string;
      /** Destination routes from the Confluent network to yours (CIDRs). */
      readonly routes: readonly string[];
    }
  | {
      /** Dedicated clusters: a Confluent network you manage elsewhere. */
      readonly kind: 'existing-network';
      /** Id of the network, e.g. `n-abc123`. */
      readonly networkId: string;
    };

/** The peer side of a Confluent network peering. */
export type ConfluentPeerSpec =
  | { readonly cloud: 'AWS'; readonly account: string; readonly vpcId: string; readonly routes: readonly string[]; readonly customerRegion: string }
  | { readonly cloud: 'AZURE'; readonly tenantId: string; readonly vnetId: string; readonly customerRegion: string }
  | { readonly cloud: 'GCP'; readonly project: string; readonly vpcNetwork: string };

/** Which cloud-side endpoint the library creates. Resources are loaded from that cloud's SDK only when used. */
export type ConfluentCloudSideEndpointSpec<S = string> =
  | {
      /** AWS: an interface VPC endpoint, its security group and a Route 53 private hosted zone. */
      readonly cloud: 'AWS';
      readonly vpcId: S;
      /** One subnet per zone the endpoint serves. */
      readonly subnetIds: readonly S[];
      /** CIDRs allowed to reach the endpoint on 443 (REST) and 9092 (Kafka). */
      readonly allowedCidrs: readonly S[];
    }
  | {
      /** GCP: a Private Service Connect endpoint per zone (internal address + forwarding rule) and a private DNS zone. */
      readonly cloud: 'GCP';
      readonly project: S;
      /** Self link or name of the VPC network. */
      readonly network: S;
      /** Self link or name of the subnetwork the endpoint addresses come from. */
      readonly subnetwork: S;
    }
  | {
      /** Azure: a private endpoint per zone and a private DNS zone linked to the VNet. */
      readonly cloud: 'AZURE';
      readonly resourceGroupName: S;
      readonly subnetId: S;
      readonly virtualNetworkId: S;
    };

/** Two API key slots make rotation possible without downtime (create the new key before deleting the old). */
export type ApiKeySlot = 'blue' | 'green';

/** API keys of one service account. */
export interface ApiKeyRotationSpec {
  /**
   * Slots that hold a key. Rotate: add the other slot and make it active, roll your clients, then remove the old slot.
   * @default ['blue']
   */
  readonly slots?: readonly ApiKeySlot[];
  /**
   * The slot whose key goes into the rendered client properties.
   * @default - the only slot, or the last one listed
   */
  readonly active?: ApiKeySlot;
}

/** Topics (exact names) and topic prefixes. */
export interface TopicSelector {
  /**
   * Exact topic names.
   * @default []
   */
  readonly topics?: readonly string[];
  /**
   * Topic name prefixes (without `*`).
   * @default []
   */
  readonly topicPrefixes?: readonly string[];
}

/** Consumer access: topics plus the consumer groups the application uses. */
export interface ConsumeSpec extends TopicSelector {
  /**
   * Exact consumer group ids.
   * @default []
   */
  readonly groups?: readonly string[];
  /**
   * Consumer group id prefixes (without `*`).
   * @default []
   */
  readonly groupPrefixes?: readonly string[];
}

/** One Kafka ACL, bound to the application's service account. */
export interface ConfluentAclSpec {
  readonly resourceType: 'TOPIC' | 'GROUP' | 'CLUSTER' | 'TRANSACTIONAL_ID';
  readonly resourceName: string;
  readonly patternType: 'LITERAL' | 'PREFIXED';
  readonly operation: 'READ' | 'WRITE' | 'CREATE' | 'DELETE' | 'ALTER' | 'DESCRIBE' | 'DESCRIBE_CONFIGS' | 'ALTER_CONFIGS' | 'IDEMPOTENT_WRITE';
  /**
   * ALLOW or DENY.
   * @default 'ALLOW'
   */
  readonly permission?: 'ALLOW' | 'DENY';
}

/** An application: one service account, its API keys and its least-privilege grants. */
export interface ConfluentApplicationSpec {
  /**
   * Description of the service account.
   * @default - `kafka-iac application <name>`
   */
  readonly description?: string;
  /**
   * Topics the application writes (DeveloperWrite, or WRITE+DESCRIBE ACLs).
   * @default - no write access
   */
  readonly produce?: TopicSelector;
  /**
   * Topics the application reads and the groups it consumes as (DeveloperRead, or READ+DESCRIBE / READ ACLs).
   * @default - no read access
   */
  readonly consume?: ConsumeSpec;
  /**
   * Further Kafka ACLs for this application's service account.
   * @default []
   */
  readonly acls?: readonly ConfluentAclSpec[];
  /**
   * API key slots and the active one.
   * @default { slots: ['blue'] }
   */
  readonly apiKeys?: ApiKeyRotationSpec;
}

/** A topic. */
export interface ConfluentTopicSpec {
  readonly name: string;
  /**
   * Partition count. It can only grow: a lower count would replace the topic and lose its data.
   * @default 6
   */
  readonly partitions?: number;
  /**
   * The highest partition count this topic has had. `partitions` below it is refused. Raise it whenever you raise
   * `partitions`; the engine-side guard is `protect` (see `ConfluentKafkaSpec.protectTopics`).
   * @default - no floor
   */
  readonly partitionsFloor?: number;
  /**
   * Topic configuration (Kafka topic keys, e.g. `retention.ms`).
   * @deprecated Write the topic as the portable `TopicSpec` (kafka-iac/core): typed props and `configs`, validated
   * by `planCatalog` like on every target. Still applied; the plan warns (`confluent/topic-config-deprecated`).
   * @default {}
   */
  readonly config?: Readonly<Record<string, string>>;
}

/** A mirror topic fed by an existing cluster link whose destination is this cluster. */
export interface ConfluentMirrorTopicSpec {
  /** Topic on the source cluster. */
  readonly sourceTopic: string;
  /** Name of the cluster link (on this cluster). */
  readonly clusterLinkName: string;
  /**
   * Name of the mirror topic when the link has a prefix.
   * @default - the source topic's name
   */
  readonly mirrorTopicName?: string;
  /**
   * ACTIVE, PAUSED, PROMOTED or FAILED_OVER. A promoted or failed-over topic is never destroyed by the library.
   * @default 'ACTIVE'
   */
  readonly status?: 'ACTIVE' | 'PAUSED' | 'PROMOTED' | 'FAILED_OVER';
}

/** Everything `planConfluentKafka` decides from. */
export interface ConfluentKafkaSpec<S = string> {
  /** The environment: created (with Stream Governance) or adopted. */
  readonly environment: ConfluentEnvironmentSpec;
  readonly cluster: ConfluentClusterSpec<S>;
  /**
   * Networking.
   * @default { kind: 'public' }
   */
  readonly networking?: ConfluentNetworkingSpec<S>;
  /**
   * Applications by name (lower-case letters, digits and hyphens): one service account each.
   * @default {}
   */
  readonly applications?: Readonly<Record<string, ConfluentApplicationSpec>>;
  /**
   * Access intents of the portable catalog (kafka-iac/core): each `native` principal is a service account or identity
   * pool id (`sa-...`, `pool-...`: bound as is) or the name of a service account the component creates (with an API key
   * and client properties, like an application). Grants follow `accessControl` (role bindings or ACLs); a `quota`
   * becomes a client quota (Enterprise, Freight and Dedicated clusters).
   * @default []
   */
  readonly access?: readonly AccessIntent[];
  /**
   * Topics.
   * @default []
   */
  readonly topics?: readonly (TopicSpec | ConfluentTopicSpec)[];
  /**
   * Mirror topics (Enterprise and Dedicated destinations only).
   * @default []
   */
  readonly mirrorTopics?: readonly ConfluentMirrorTopicSpec[];
  /**
   * How application access is granted: RBAC role bindings or Kafka ACLs. Basic clusters have no in-cluster RBAC roles.
   * @default 'rbac', 'acls' on Basic
   */
  readonly accessControl?: 'rbac' | 'acls';
  /**
   * API keys of the admin service account the library uses for topics, ACLs and mirror topics.
   * @default { slots: ['blue'] }
   */
  readonly adminApiKeys?: ApiKeyRotationSpec;
  /**
   * Wait until new Kafka API keys work before continuing. The check dials the cluster: turn it off for private
   * clusters provisioned from outside their network (the provider's `disableWaitForReady`).
   * @default true
   */
  readonly waitForApiKeys?: boolean;
  /**
   * Pulumi `protect` and `retainOnDelete` on the environment, network, attachment, BYOK key and cluster: Pulumi
   * refuses to delete or replace them (a changed availability, cloud, region, network or key replaces a cluster), and
   * once unprotected, removing them from the program forgets them instead of deleting them. `false` turns both off.
   * @default true
   */
  readonly protect?: boolean;
  /**
   * Pulumi `protect` and `retainOnDelete` on topics, `protect` on mirror topics (always retained): a change that
   * would replace a topic (a lower partition count) or delete it fails at preview instead of losing its data.
   * @default true
   */
  readonly protectTopics?: boolean;
  /**
   * The workload the cluster is meant to carry: the plan warns (`sizing/*`) when its ingress, egress (ingress x
   * fan-out) or partitions exceed the cluster type's published ceilings, and changes no resource. `maxEcku` and `cku`
   * are not checked: no per-unit figure is in the library.
   * @default - no sizing check
   */
  readonly workload?: KafkaWorkload;
}
