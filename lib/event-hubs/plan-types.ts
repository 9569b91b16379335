/**
 * The decided plan for an Event Hubs namespace: every value a face needs, nothing left to decide. Faces map
 * it to resources one to one. `R` is the id type passed through from the spec.
 */
import type { Issue, KafkaWorkload, RemovalMode } from '../core';
import type { AzureCloudName, EventHubsTier, EventHubsTierLimits } from './limits';
import type { EventHubsDataRole, EventHubsKafkaAuth, SasRight } from './spec';

export interface EventHubsPlan<R = string> {
  readonly namespaceName: string;
  readonly tier: EventHubsTier;
  readonly limits: EventHubsTierLimits;
  readonly cloud: AzureCloudName;
  /** Namespace SKU: a namespace on a Dedicated cluster uses Standard with capacity 1 plus `clusterArmId`. */
  readonly sku: { readonly name: 'Standard' | 'Premium'; readonly tier: 'Standard' | 'Premium'; readonly capacity: number };
  /** `maximumThroughputUnits` is 0 whenever auto-inflate is off (the service rejects a maximum without it). */
  readonly autoInflate: { readonly enabled: boolean; readonly maximumThroughputUnits: number };
  readonly zoneRedundant: boolean;
  readonly minimumTlsVersion: '1.2';
  readonly disableLocalAuth: boolean;
  readonly publicNetworkAccess: 'Disabled' | 'Enabled' | 'SecuredByPerimeter';
  readonly dedicatedCluster?: { readonly kind: 'create'; readonly clusterName: string; readonly capacityUnits: number } | { readonly kind: 'existing'; readonly clusterId: R };
  /** User-assigned identities on the namespace (never system-assigned). */
  readonly identity: PlannedIdentity<R>;
  readonly encryption?: PlannedEncryption<R>;
  readonly networkRuleSet: PlannedNetworkRuleSet<R>;
  readonly privateEndpoints: readonly PlannedPrivateEndpoint<R>[];
  readonly privateDns: PlannedPrivateDns<R>;
  readonly eventHubs: readonly PlannedEventHub<R>[];
  readonly sasRules: readonly PlannedSasRule[];
  readonly roleAssignments: readonly PlannedRoleAssignment<R>[];
  readonly schemaGroups: readonly PlannedSchemaGroup[];
  readonly geoDisasterRecovery?: { readonly alias: string; readonly partnerNamespaceId: R; readonly aliasBootstrapServer: string };
  readonly diagnostics?: PlannedDiagnostics<R>;
  readonly locks: readonly PlannedLock[];
  readonly kafka: KafkaClientPlan;
  readonly tags: Readonly<Record<string, string>>;
  readonly removal: RemovalMode;
  /** The workload declared for sizing checks (`spec.workload`); absent when none was declared. */
  readonly workload?: KafkaWorkload;
  readonly warnings: readonly Issue[];
}

export interface PlannedIdentity<R> {
  /** Create a user-assigned identity for the customer-managed key. */
  readonly createCmkIdentity: boolean;
  /** Existing user-assigned identities to attach (CMK and capture), deduplicated when known. */
  readonly existingIds: readonly R[];
}

export interface PlannedEncryption<R> {
  readonly keySource: 'Microsoft.KeyVault';
  readonly keyVaultUri: R;
  readonly keyName: string;
  readonly keyVersion?: string;
  /** Which identity reads the key: the created one, or an existing resource id. */
  readonly identity: { readonly kind: 'create' } | { readonly kind: 'existing'; readonly resourceId: R };
  /** Scope of the Key Vault Crypto Service Encryption User grant for a created identity. */
  readonly keyVaultId?: R;
  readonly requireInfrastructureEncryption: boolean;
}

export interface PlannedNetworkRuleSet<R> {
  readonly defaultAction: 'Allow' | 'Deny';
  /** Always the namespace's value: the rule set never re-opens what the namespace closed. */
  readonly publicNetworkAccess: 'Disabled' | 'Enabled' | 'SecuredByPerimeter';
  readonly trustedServiceAccessEnabled: boolean;
  readonly ipRules: readonly { readonly ipMask: string; readonly action: 'Allow' }[];
  readonly virtualNetworkRules: readonly { readonly subnetId: R; readonly ignoreMissingVnetServiceEndpoint: false }[];
}

export interface PlannedPrivateEndpoint<R> {
  /** Unique key: the Pulumi name is `<component>-pe-<key>`. */
  readonly key: string;
  /** Azure resource name, `<namespace>-pe-<key>`. */
  readonly azureName: string;
  readonly subnetId: R;
  readonly groupId: 'namespace';
}

export type PlannedPrivateDns<R> =
  | { readonly kind: 'create'; readonly zoneName: string; readonly links: readonly { readonly key: string; readonly virtualNetworkId: R }[] }
  | { readonly kind: 'existing'; readonly zoneName: string; readonly zoneId: R }
  | { readonly kind: 'none' };

export interface PlannedEventHub<R> {
  readonly name: string;
  readonly partitionCount: number;
  readonly retention:
    | { readonly cleanupPolicy: 'Delete'; readonly retentionTimeInHours: number }
    | { readonly cleanupPolicy: 'Compact'; readonly tombstoneRetentionTimeInHours: number };
  readonly consumerGroups: readonly { readonly name: string; readonly userMetadata?: string }[];
  readonly capture?: PlannedCapture<R>;
}

export interface PlannedCapture<R> {
  readonly enabled: true;
  readonly encoding: 'Avro';
  readonly intervalInSeconds: number;
  readonly sizeLimitInBytes: number;
  readonly skipEmptyArchives: boolean;
  readonly destination: {
    readonly name: 'EventHubArchive.AzureBlockBlob';
    readonly storageAccountResourceId: R;
    readonly blobContainer: string;
    readonly archiveNameFormat: string;
    readonly userAssignedIdentityId?: R;
  };
}

export interface PlannedSasRule {
  readonly name: string;
  /** Sorted, so a reordering is not a change. */
  readonly rights: readonly SasRight[];
  readonly eventHub?: string;
}

export interface PlannedRoleAssignment<R> {
  /** Unique key: the Pulumi name is `<component>-role-<key>`. */
  readonly key: string;
  readonly role: EventHubsDataRole;
  readonly roleDefinitionGuid: string;
  readonly principalId: R;
  readonly principalType: 'ServicePrincipal' | 'User' | 'Group';
  /** Namespace-wide, or one event hub. */
  readonly eventHub?: string;
}

export interface PlannedSchemaGroup {
  readonly name: string;
  readonly schemaType: 'Avro';
  readonly compatibility: 'None' | 'Backward' | 'Forward';
}

export interface PlannedDiagnostics<R> {
  readonly name: string;
  readonly workspaceId: R;
  readonly categoryGroups: readonly ('allLogs' | 'audit')[];
  readonly metrics: boolean;
}

export interface PlannedLock {
  readonly target: 'namespace' | 'cluster';
  readonly name: string;
  readonly level: 'CanNotDelete';
  readonly notes: string;
}

/** Everything the Kafka client configuration needs except a SAS connection string. */
export interface KafkaClientPlan {
  readonly auth: EventHubsKafkaAuth;
  /** `<namespace>.servicebus.windows.net:9093` */
  readonly bootstrapServer: string;
  /** OAUTHBEARER: the Entra ID token endpoint (`${env:AZURE_TENANT_ID}` when the tenant was not given). */
  readonly tokenEndpointUrl?: string;
  /** OAUTHBEARER: the token scope, `https://<namespace>.servicebus.windows.net/.default`. */
  readonly scope?: string;
  /** SAS PLAIN: the rule whose connection string is the password. */
  readonly sasRule?: { readonly name: string; readonly eventHub?: string };
}
