/**
 * Azure Event Hubs service limits and capabilities, in one place (conventions §6). Validation, the plan and the
 * docs read these; nothing else hard-codes a number.
 *
 * Sources (Microsoft Learn, checked 2026-11): "Azure Event Hubs quotas and limits" (tier table and common
 * limits), "Overview of Event Hubs Premium" (1, 2, 4, 8, 16 PUs), "Log compaction in Azure Event Hubs" (not on
 * Basic), "Namespaces - Create Or Update" REST reference, API 2024-01-01 (name pattern, `maximumThroughputUnits`),
 * "Azure built-in roles for Analytics" and "... for Security" (role ids), quickstart template
 * `eventhubs-create-cluster-namespace` (a namespace on a Dedicated cluster uses the Standard SKU plus
 * `clusterArmId`). The old 32-partition, 20-TU and 7-day caps that other modules hard-code are the Standard
 * row only: Premium allows 100 partitions and 90 days, Dedicated 1024 partitions, Standard 40 TUs. Event hubs per
 * namespace: Standard 10, Premium 100 per PU, Dedicated 1000.
 */

/** Tiers that expose the Kafka endpoint. Basic has no Kafka endpoint and is refused. */
export const EVENT_HUBS_TIERS = ['Standard', 'Premium', 'Dedicated'] as const;
export type EventHubsTier = (typeof EVENT_HUBS_TIERS)[number];

/** What one tier allows. */
export interface EventHubsTierLimits {
  /** Capacity unit name: throughput units, processing units or the cluster's capacity units. */
  readonly capacityUnit: 'TU' | 'PU' | 'CU';
  /** Capacities the service accepts for this tier. */
  readonly capacities: readonly number[];
  readonly autoInflate: boolean;
  readonly maxPartitionsPerEventHub: number;
  /** Partitions summed over every event hub, per capacity unit (Premium 200/PU, Dedicated 2000/CU). */
  readonly maxPartitionsPerCapacityUnit?: number;
  readonly maxRetentionHours: number;
  readonly maxEventHubsPerNamespace: number;
  /** Event hubs per capacity unit, where the quota scales with capacity (Premium: 100 per PU). */
  readonly maxEventHubsPerCapacityUnit?: number;
  /** Includes the `$Default` group the service creates in every event hub. */
  readonly maxConsumerGroupsPerEventHub: number;
  /**
   * Schema groups per namespace (quotas page, tier table: Standard 1 excluding the default group, Premium 100,
   * Dedicated 1000).
   */
  readonly maxSchemaGroups: number;
  readonly customerManagedKey: boolean;
  readonly compaction: boolean;
  readonly capture: boolean;
  readonly geoDisasterRecovery: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Per-tier limits ("Azure Event Hubs quotas and limits", tier comparison table). */
export const TIER_LIMITS: Readonly<Record<EventHubsTier, EventHubsTierLimits>> = {
  Standard: {
    capacityUnit: 'TU', capacities: range(1, 40), autoInflate: true,
    maxPartitionsPerEventHub: 32, maxRetentionHours: 7 * 24, maxEventHubsPerNamespace: 10, maxConsumerGroupsPerEventHub: 20, maxSchemaGroups: 1,
    customerManagedKey: false, compaction: true, capture: true, geoDisasterRecovery: true,
  },
  Premium: {
    capacityUnit: 'PU', capacities: [1, 2, 4, 8, 16], autoInflate: false,
    maxPartitionsPerEventHub: 100, maxPartitionsPerCapacityUnit: 200, maxRetentionHours: 90 * 24, maxEventHubsPerNamespace: 100,
    maxEventHubsPerCapacityUnit: 100, maxConsumerGroupsPerEventHub: 100, maxSchemaGroups: 100, customerManagedKey: true, compaction: true, capture: true, geoDisasterRecovery: true,
  },
  Dedicated: {
    capacityUnit: 'CU', capacities: range(1, 20), autoInflate: false,
    maxPartitionsPerEventHub: 1024, maxPartitionsPerCapacityUnit: 2000, maxRetentionHours: 90 * 24, maxEventHubsPerNamespace: 1000,
    maxConsumerGroupsPerEventHub: 1000, maxSchemaGroups: 1000, customerManagedKey: true, compaction: true, capture: true, geoDisasterRecovery: true,
  },
};

/** Limits common to every tier ("Common limits for all tiers"). */
export const COMMON_LIMITS = {
  /** Authorization rules per namespace; the service's own RootManageSharedAccessKey takes one of the 12. */
  maxAuthorizationRulesPerNamespace: 12,
  maxAuthorizationRulesPerEventHub: 12,
  maxIpRules: 128,
  maxVirtualNetworkRules: 128,
  maxEventHubNameLength: 256,
  /** AMQP consumer group names; Kafka group names may be longer but need no resource. */
  maxConsumerGroupNameLength: 50,
  maxSchemaGroupNameLength: 50,
  maxUserMetadataLength: 1024,
} as const;

/** Capture windows (`captureDescription`: 60-900 s, 10-500 MiB). */
export const CAPTURE_LIMITS = { minIntervalSeconds: 60, maxIntervalSeconds: 900, minSizeBytes: 10 * 1024 * 1024, maxSizeBytes: 500 * 1024 * 1024 } as const;

/** Namespace name: 6-50 letters, digits and hyphens, starting with a letter and ending with a letter or digit. */
export const NAMESPACE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{4,48}[a-zA-Z0-9]$/;
/** Event hub, rule, consumer and schema group names: letters, digits, '.', '_', '-', starting and ending alphanumeric. */
export const ENTITY_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9._-]*[a-zA-Z0-9])?$/;

/** The Kafka endpoint listens on 9093, SASL_SSL only ("Use event hubs from Apache Kafka applications"). */
export const KAFKA_PORT = 9093;
/** TLS 1.2 is the floor: Premium already refuses older versions, and 1.0/1.1 are retired across Azure. */
export const MINIMUM_TLS_VERSION = '1.2';

/** Azure clouds: the service DNS suffix, its Private Link zone and the Entra ID login host. */
export const AZURE_CLOUDS = {
  AzureCloud: { serviceBusSuffix: 'servicebus.windows.net', loginHost: 'login.microsoftonline.com' },
  AzureUSGovernment: { serviceBusSuffix: 'servicebus.usgovcloudapi.net', loginHost: 'login.microsoftonline.us' },
  AzureChinaCloud: { serviceBusSuffix: 'servicebus.chinacloudapi.cn', loginHost: 'login.chinacloudapi.cn' },
} as const;
export type AzureCloudName = keyof typeof AZURE_CLOUDS;

/**
 * Built-in role definition ids ("Azure built-in roles for Analytics": Azure Event Hubs Data Owner, Sender,
 * Receiver; "... for Security": Key Vault Crypto Service Encryption User). Checked 2026-11.
 */
export const BUILT_IN_ROLES = {
  owner: 'f526a384-b230-433a-b45c-95f59c4a2dec',
  sender: '2b629674-e913-4c01-ae53-ef4638d8f975',
  receiver: 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde',
  keyVaultCryptoServiceEncryptionUser: 'e147488a-f6f5-4113-8e2d-b22465e65bf6',
} as const;

/**
 * What the installed provider can express. @pulumi/azure-native 3.x `eventhub` is generated from API
 * 2024-01-01, which has no `geoDataReplication` (only Service Bus has it in this SDK); the newer API versions are
 * reachable only through a locally generated package (`pulumi package add azure-native eventhub <version>`).
 * A test reads the installed SDK's type declarations, so this row fails loudly when an upgrade adds it.
 */
export const PROVIDER_CAPABILITIES = {
  eventhubApiVersion: '2024-01-01',
  geoDataReplication: false,
} as const;

/** Defaults, each with its reason. */
export const EVENT_HUBS_DEFAULTS = {
  tier: 'Premium' as EventHubsTier,
  capacity: 1,
  /** Kafka's own default retention (one week), within every tier's limit. */
  retentionHours: 168,
  /** Kafka's `delete.retention.ms` default (one day) for tombstones on compacted topics. */
  tombstoneRetentionHours: 24,
  captureIntervalSeconds: 300,
  captureSizeBytes: 300 * 1024 * 1024,
  captureArchiveNameFormat: '{Namespace}/{EventHub}/{PartitionId}/{Year}/{Month}/{Day}/{Hour}/{Minute}/{Second}',
  schemaCompatibility: 'Backward' as const,
  diagnosticsCategoryGroups: ['allLogs'] as readonly ('allLogs' | 'audit')[],
};
