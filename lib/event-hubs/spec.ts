/**
 * Face-agnostic input for an Event Hubs namespace used as a Kafka cluster. `R` is the type of a resource id or
 * principal id: `string` in pure code, `pulumi.Input<string>` in the Pulumi face. Ids the plan cannot read yet
 * (deploy-time values) are passed through untouched; everything else is decided once by `planEventHubsNamespace`.
 */
import type { KafkaWorkload, RemovalMode } from '../core';
import type { AccessIntent } from '../core/catalog/types';
import type { EventHubTopicSpec } from './topic-spec';
import type { AzureCloudName, EventHubsTier } from './limits';

/** Data-plane roles for applications (Azure Event Hubs Data Sender / Receiver / Owner). */
export type EventHubsDataRole = 'sender' | 'receiver' | 'owner';

/** SAS rights. `Manage` implies (and requires) `Listen` and `Send`. */
export type SasRight = 'Listen' | 'Send' | 'Manage';

/** How Kafka clients authenticate. */
export type EventHubsKafkaAuth = 'oauthbearer' | 'sas-plain';

export interface EventHubsNamespaceSpec<R = string> {
  /**
   * Azure location (`westeurope`, `eastus2`, ...), checked against the library's table of Azure locations: a typo is
   * refused with the closest name, an unknown but well-formed name is accepted with a warning.
   * @default - the provider's (or the resource group's) location
   */
  readonly location?: R;
  /** Namespace name: 6-50 letters, digits and hyphens; the Kafka endpoint is `<name>.servicebus.windows.net:9093`. */
  readonly namespaceName: string;
  /**
   * Tier. Basic is refused: it has no Kafka endpoint.
   * @default 'Premium'
   */
  readonly tier?: EventHubsTier;
  /**
   * Throughput units (Standard, 1-40), processing units (Premium: 1, 2, 4, 8 or 16) or capacity units of the
   * Dedicated cluster the component creates (1-20).
   * @default 1
   */
  readonly capacity?: number;
  /**
   * Standard only: let the service raise throughput units up to `maximumThroughputUnits` (>= capacity, <= 40).
   * @default - off (`isAutoInflateEnabled: false`, `maximumThroughputUnits: 0`)
   */
  readonly autoInflate?: { readonly maximumThroughputUnits: number };
  /**
   * Dedicated only: the Event Hubs cluster the namespace is placed on.
   * @default - { kind: 'create' } when the tier is Dedicated
   */
  readonly dedicatedCluster?: DedicatedClusterOption<R>;
  /**
   * Spread the namespace over availability zones where the region has them.
   * @default true
   */
  readonly zoneRedundant?: boolean;
  /**
   * Azure cloud: decides the DNS suffix, the Private Link zone and the Entra ID login host.
   * @default 'AzureCloud'
   */
  readonly cloud?: AzureCloudName;
  /**
   * Opt into SAS (local) authentication and create scoped SAS rules. Without it `disableLocalAuth` is true and
   * Kafka clients use SASL_SSL OAUTHBEARER with Entra ID.
   * @default - SAS off, no rule created
   */
  readonly sas?: EventHubsSasOptions;
  /**
   * Network access: public access, firewall rules, private endpoints and their DNS.
   * @default - public access Disabled, default action Deny, trusted services off, no private endpoint
   */
  readonly network?: EventHubsNetworkOptions<R>;
  /**
   * Customer-managed key (Premium and Dedicated) and infrastructure encryption.
   * @default - Microsoft-managed keys
   */
  readonly encryption?: EventHubsEncryptionOptions<R>;
  /**
   * Event hubs (Kafka topics): the event hub props, or the portable `TopicSpec` (kafka-iac/core) checked by the
   * catalog's rules for Event Hubs.
   * @default []
   */
  readonly eventHubs?: readonly (EventHubSpec<R> | EventHubTopicSpec<R>)[];
  /**
   * Data-plane role assignments for applications.
   * @default []
   */
  readonly roleAssignments?: readonly EventHubsRoleAssignmentSpec<R>[];
  /**
   * Access intents of the portable catalog (kafka-iac/core): each `native` principal is the Entra object id of a
   * service principal or managed identity; `produce` gets Azure Event Hubs Data Sender, `consume` Data Receiver,
   * `admin` Data Owner, on the event hubs the patterns name or match (`*`: the namespace). Quotas are refused.
   * @default []
   */
  readonly access?: readonly AccessIntent[];
  /**
   * Schema registry groups (Avro).
   * @default []
   */
  readonly schemaGroups?: readonly SchemaGroupSpec[];
  /**
   * Geo-disaster recovery: pair this (primary) namespace with a secondary one under an alias. Copies metadata
   * (event hubs, consumer groups, settings) only, never events or offsets.
   * @default - no pairing
   */
  readonly geoDisasterRecovery?: { readonly alias: string; readonly partnerNamespaceId: R };
  /**
   * Geo-replication of data and offsets. Refused: the installed provider's API version cannot express it.
   * @default - none
   */
  readonly geoReplication?: { readonly secondaryLocations: readonly string[] };
  /**
   * Diagnostic settings to a Log Analytics workspace.
   * @default - none (a warning says so)
   */
  readonly diagnostics?: EventHubsDiagnosticsOptions<R>;
  /**
   * A CanNotDelete management lock on the namespace (and on a cluster the component creates).
   * @default true
   */
  readonly lock?: boolean;
  /**
   * The Kafka client configuration the component renders as an output.
   * @default - OAUTHBEARER with Entra ID client credentials
   */
  readonly kafkaClient?: EventHubsKafkaClientOptions;
  /**
   * Tags on every taggable resource.
   * @default {}
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * `retain` keeps the namespace, cluster, event hubs, consumer groups and identity when they leave the program
   * (Pulumi `retainOnDelete`), and protects the namespace, cluster, event hubs and consumer groups (Pulumi `protect`:
   * `pulumi up` and `pulumi destroy` refuse to delete or replace them). `destroy` turns both off.
   * @default 'retain'
   */
  readonly removal?: RemovalMode;
  /**
   * The workload the namespace is meant to carry: the plan warns (`sizing/*`) when the declared throughput units
   * (with the auto-inflate maximum), processing or capacity units, or the tier's retention are too small for it, and
   * changes no resource. Premium and Dedicated throughput is not published, so only their partitions are checked.
   * @default - no sizing check
   */
  readonly workload?: KafkaWorkload;
}

export type DedicatedClusterOption<R = string> =
  | {
      readonly kind: 'create';
      /**
       * Cluster name.
       * @default - `<namespaceName>-cluster`
       */
      readonly clusterName?: string;
    }
  | { readonly kind: 'existing'; readonly clusterId: R };

export interface EventHubsSasOptions {
  /**
   * Scoped SAS rules, on the namespace or on one event hub.
   * @default []
   */
  readonly rules?: readonly SasRuleSpec[];
  /**
   * Allow a namespace-wide rule with `Manage` rights (the root-key equivalent).
   * @default false
   */
  readonly allowNamespaceManageRule?: boolean;
}

export interface SasRuleSpec {
  readonly name: string;
  readonly rights: readonly SasRight[];
  /**
   * Event hub the rule is scoped to.
   * @default - the whole namespace
   */
  readonly eventHub?: string;
}

export interface EventHubsNetworkOptions<R = string> {
  /**
   * Public network access, applied to the namespace AND its network rule set (one knob, one truth).
   * @default 'Disabled'
   */
  readonly publicNetworkAccess?: 'Disabled' | 'Enabled' | 'SecuredByPerimeter';
  /**
   * IPv4 addresses or CIDR ranges allowed in when public access is Enabled.
   * @default []
   */
  readonly allowedIpRanges?: readonly string[];
  /**
   * Subnets (with the Microsoft.EventHub service endpoint) allowed in when public access is Enabled.
   * @default []
   */
  readonly allowedSubnetIds?: readonly R[];
  /**
   * Default action Allow: any public address may connect. Needs public access Enabled.
   * @default false
   */
  readonly allowPublicFromAnywhere?: boolean;
  /**
   * With public access `Enabled` but no `allowedIpRanges`, `allowedSubnetIds` or `allowPublicFromAnywhere`, the
   * firewall's default action (Deny) lets no public source in and the namespace looks open for nothing: the library
   * refuses that unless you confirm it here (e.g. rules managed outside this program, or trusted services only).
   * @default false
   */
  readonly allowPublicAccessWithoutRules?: boolean;
  /**
   * Let trusted Microsoft services bypass the firewall.
   * @default false
   */
  readonly trustedServiceAccess?: boolean;
  /**
   * Private endpoints (group `namespace`), each in one subnet.
   * @default []
   */
  readonly privateEndpoints?: readonly EventHubsPrivateEndpointSpec<R>[];
  /**
   * The `privatelink.servicebus.windows.net` zone: create it (linked to the endpoints' VNets), use an existing
   * (hub) zone, or none (DNS managed elsewhere). Only used with private endpoints.
   * @default { kind: 'create' }
   */
  readonly privateDns?: PrivateDnsOption<R>;
}

export interface EventHubsPrivateEndpointSpec<R = string> {
  /** Short name, unique in this component: part of the endpoint's Azure name and of its Pulumi name. */
  readonly name: string;
  readonly subnetId: R;
}

export type PrivateDnsOption<R = string> =
  | {
      readonly kind: 'create';
      /**
       * VNets to link to the zone.
       * @default - the VNets of the private endpoints' subnets
       */
      readonly virtualNetworkIds?: readonly R[];
    }
  | { readonly kind: 'existing'; readonly zoneId: R }
  | { readonly kind: 'none' };

export interface EventHubsEncryptionOptions<R = string> {
  /**
   * Customer-managed key in Key Vault, reached through a user-assigned identity (never system-assigned).
   * @default - none
   */
  readonly customerManagedKey?: CustomerManagedKeySpec<R>;
  /**
   * Double encryption at the infrastructure layer. Needs a customer-managed key.
   * @default false
   */
  readonly requireInfrastructureEncryption?: boolean;
}

export interface CustomerManagedKeySpec<R = string> {
  /** e.g. `https://kv-kafka.vault.azure.net/` */
  readonly keyVaultUri: R;
  readonly keyName: string;
  /**
   * Key version.
   * @default - the current version (the service follows rotations)
   */
  readonly keyVersion?: string;
  /**
   * The identity that reads the key: create one (and grant it Key Vault Crypto Service Encryption User on
   * `keyVaultId`), or use an existing one you granted yourself.
   * @default { kind: 'create' }
   */
  readonly identity?: { readonly kind: 'create' } | { readonly kind: 'existing'; readonly resourceId: R };
  /**
   * Key Vault resource id (RBAC permission model): scope of the grant for a created identity.
   * @default - none; required when the identity is created
   */
  readonly keyVaultId?: R;
}

export interface EventHubSpec<R = string> {
  /** Event hub (Kafka topic) name. */
  readonly name: string;
  /** Partitions: explicit, within the tier's limit. */
  readonly partitions: number;
  /**
   * Retention for the delete policy, in hours (Standard up to 168, Premium and Dedicated up to 2160).
   * @default 168
   */
  readonly retentionHours?: number;
  /**
   * Kafka `cleanup.policy`: delete by time, or compact by key.
   * @default 'delete'
   */
  readonly cleanupPolicy?: 'delete' | 'compact';
  /**
   * Compact policy only: how long tombstones stay readable, in hours.
   * @default 24
   */
  readonly tombstoneRetentionHours?: number;
  /**
   * Consumer groups for AMQP readers and Capture-style consumers (Kafka groups need no resource).
   * @default []
   */
  readonly consumerGroups?: readonly (string | ConsumerGroupSpec)[];
  /**
   * Capture to a storage account (Blob, or ADLS Gen2 with hierarchical namespace).
   * @default - off
   */
  readonly capture?: CaptureSpec<R>;
}

export interface ConsumerGroupSpec {
  readonly name: string;
  /**
   * Free text (at most 1024 characters), e.g. the owning team.
   * @default - none
   */
  readonly userMetadata?: string;
}

export interface CaptureSpec<R = string> {
  readonly storageAccountId: R;
  readonly blobContainer: string;
  /**
   * Window in seconds (60-900).
   * @default 300
   */
  readonly intervalSeconds?: number;
  /**
   * Window in bytes (10 MiB - 500 MiB).
   * @default 314572800
   */
  readonly sizeLimitBytes?: number;
  /**
   * Skip empty files.
   * @default true
   */
  readonly skipEmptyArchives?: boolean;
  /**
   * Blob naming format; every placeholder must appear.
   * @default '{Namespace}/{EventHub}/{PartitionId}/{Year}/{Month}/{Day}/{Hour}/{Minute}/{Second}'
   */
  readonly archiveNameFormat?: string;
  /**
   * User-assigned identity that writes to storage (grant it Storage Blob Data Contributor).
   * @default - the service's trusted access to the account
   */
  readonly userAssignedIdentityId?: R;
}

export interface EventHubsRoleAssignmentSpec<R = string> {
  readonly role: EventHubsDataRole;
  readonly principalId: R;
  /**
   * @default 'ServicePrincipal'
   */
  readonly principalType?: 'ServicePrincipal' | 'User' | 'Group';
  /**
   * Event hub the role is scoped to.
   * @default - the whole namespace
   */
  readonly eventHub?: string;
  /**
   * Stable key (part of the Pulumi name). Required when `principalId` is only known at deploy time.
   * @default - `<role>-<eventHub or 'namespace'>-<principalId>`
   */
  readonly name?: string;
}

export interface SchemaGroupSpec {
  readonly name: string;
  /**
   * @default 'Backward'
   */
  readonly compatibility?: 'None' | 'Backward' | 'Forward';
}

export interface EventHubsDiagnosticsOptions<R = string> {
  readonly logAnalyticsWorkspaceId: R;
  /**
   * Log category groups.
   * @default ['allLogs']
   */
  readonly categoryGroups?: readonly ('allLogs' | 'audit')[];
  /**
   * Send AllMetrics too.
   * @default true
   */
  readonly metrics?: boolean;
}

export interface EventHubsKafkaClientOptions {
  /**
   * @default 'oauthbearer'
   */
  readonly auth?: EventHubsKafkaAuth;
  /**
   * Entra ID tenant for the OAUTHBEARER token endpoint.
   * @default - read from the AZURE_TENANT_ID environment variable by the client (Kafka config provider)
   */
  readonly tenantId?: string;
  /**
   * `sas-plain` only: the SAS rule whose connection string is the password.
   * @default - none; required for `sas-plain`
   */
  readonly sasRuleName?: string;
}
