/**
 * Confluent Cloud capabilities and limits per cluster type, in one table (conventions §6).
 *
 * Sources, checked 2026-11:
 * - [types] Confluent docs "Kafka Cluster Types in Confluent Cloud" (cluster limit comparison: partitions
 *   pre-replication Basic 4,096, Standard 4,096, Enterprise 30,000, Dedicated 100,000; private networking
 *   Enterprise and Dedicated only; "RBAC roles for resources within the Kafka cluster (DeveloperRead,
 *   DeveloperWrite, DeveloperManage, ResourceOwner) are not available on Basic clusters"; Basic: "Multi-zone
 *   high availability: Not available"; Freight: AWS only, no idempotent producer or transactions, topic
 *   cleanup policy fixed to delete).
 * - [regions] "Confluent Cloud Regions and Availability by Cloud Provider" (cluster type support by feature).
 * - [byok] "Use Self-Managed Encryption Keys in Confluent Cloud on AWS" (Dedicated, Enterprise and Freight on
 *   AWS); "Keys (byok/v1)" API (Dedicated on AWS, Azure and GCP).
 * - [links] "Manage Private Networking for Cluster Linking": Basic, Standard or Freight clusters cannot be
 *   link destinations; Freight has no Cluster Linking at all.
 * - [platt] "Use AWS PrivateLink for Serverless Products" (PrivateLink Attachment / gateway for Enterprise).
 * - [provider] @pulumi/confluentcloud 2.82 typings: `dedicated.cku` ("MULTI_ZONE dedicated clusters must have 2
 *   CKUs or more", SINGLE_ZONE at least 1); `maxEcku` ("HIGH availability must have at least two eCKUs");
 *   availability SINGLE_ZONE|MULTI_ZONE|LOW|HIGH (examples: Enterprise and Freight use HIGH); network `cidr`
 *   must be /16; `ServiceAccount.displayName` at most 64 characters; topic names up to 249 characters of
 *   [a-zA-Z0-9._-]; KafkaTopic `partitionsCount` defaults to 6.
 * - [quotas] "Get Started with Client Quotas in Confluent Cloud" (read 2026-12-04): client quotas need an Enterprise,
 *   Freight or Dedicated cluster ("not available on Basic or Standard clusters"); each quota holds an ingress and an
 *   egress limit in bytes per second ("use values of at least 1 MB (1,000,000 bytes) per second") for service accounts
 *   or identity pools.
 * Limits go stale; each row says where it came from. Freight's partition ceiling is not published in the
 * pages above, so it is not checked.
 */
import { KAFKA_TOPIC_NAME_CHARS } from '../core/topic-name';

export const CONFLUENT_CLOUDS = ['AWS', 'AZURE', 'GCP'] as const;
export type ConfluentCloud = (typeof CONFLUENT_CLOUDS)[number];

export const CLUSTER_TYPES = ['basic', 'standard', 'enterprise', 'dedicated', 'freight'] as const;
export type ConfluentClusterType = (typeof CLUSTER_TYPES)[number];

/** The provider block that selects each type: exactly one is set on `confluentcloud.KafkaCluster`. */
export type ClusterBlock = 'basic' | 'standard' | 'enterprises' | 'freights' | 'dedicated';

/** Private networking a type offers. */
export type PrivateNetworking = 'none' | 'privatelink-attachment' | 'network';

export interface ClusterTypeInfo {
  readonly type: ConfluentClusterType;
  readonly block: ClusterBlock;
  /** Clouds the type runs on [regions]. */
  readonly clouds: readonly ConfluentCloud[];
  /** Provider availability value per availability choice; absent = not offered [types][provider]. */
  readonly availability: { readonly 'single-zone'?: string; readonly 'multi-zone'?: string };
  /** Capacity unit: provisioned CKUs (Dedicated) or an elastic eCKU ceiling [provider]. */
  readonly capacity: 'cku' | 'ecku';
  readonly privateNetworking: PrivateNetworking;
  /** Clouds on which a customer-managed key (BYOK) is allowed [byok]. */
  readonly byokClouds: readonly ConfluentCloud[];
  /** Partitions per cluster, pre-replication [types]; undefined = not published, not checked. */
  readonly maxPartitions?: number;
  /** In-cluster RBAC roles (DeveloperRead/Write/Manage) [types]. */
  readonly inClusterRbac: boolean;
  /** Can be the destination of a cluster link (mirror topics) [links]. */
  readonly linkDestination: boolean;
  /** Supports the idempotent producer [types]. */
  readonly idempotentProducer: boolean;
  /** Compacted topics allowed [types]. */
  readonly compaction: boolean;
  /** Client quotas (`KafkaClientQuota`) [quotas]. */
  readonly clientQuotas: boolean;
  /** Production type: multi-zone, ADVANCED governance and deletion protection by default. */
  readonly production: boolean;
}

const ALL: readonly ConfluentCloud[] = CONFLUENT_CLOUDS;

/** One row per cluster type. */
export const CLUSTER_TYPE_INFO: Readonly<Record<ConfluentClusterType, ClusterTypeInfo>> = {
  basic: {
    type: 'basic', block: 'basic', clouds: ALL, availability: { 'single-zone': 'SINGLE_ZONE' }, capacity: 'ecku',
    privateNetworking: 'none', byokClouds: [], maxPartitions: 4096, inClusterRbac: false, linkDestination: false,
    idempotentProducer: true, compaction: true, clientQuotas: false, production: false,
  },
  standard: {
    type: 'standard', block: 'standard', clouds: ALL, availability: { 'single-zone': 'SINGLE_ZONE', 'multi-zone': 'MULTI_ZONE' }, capacity: 'ecku',
    privateNetworking: 'none', byokClouds: [], maxPartitions: 4096, inClusterRbac: true, linkDestination: false,
    idempotentProducer: true, compaction: true, clientQuotas: false, production: true,
  },
  enterprise: {
    type: 'enterprise', block: 'enterprises', clouds: ALL, availability: { 'single-zone': 'LOW', 'multi-zone': 'HIGH' }, capacity: 'ecku',
    privateNetworking: 'privatelink-attachment', byokClouds: ['AWS'], maxPartitions: 30000, inClusterRbac: true, linkDestination: true,
    idempotentProducer: true, compaction: true, clientQuotas: true, production: true,
  },
  dedicated: {
    type: 'dedicated', block: 'dedicated', clouds: ALL, availability: { 'single-zone': 'SINGLE_ZONE', 'multi-zone': 'MULTI_ZONE' }, capacity: 'cku',
    privateNetworking: 'network', byokClouds: ALL, maxPartitions: 100000, inClusterRbac: true, linkDestination: true,
    idempotentProducer: true, compaction: true, clientQuotas: true, production: true,
  },
  freight: {
    type: 'freight', block: 'freights', clouds: ['AWS'], availability: { 'single-zone': 'LOW', 'multi-zone': 'HIGH' }, capacity: 'ecku',
    privateNetworking: 'none', byokClouds: ['AWS'], inClusterRbac: true, linkDestination: false,
    idempotentProducer: false, compaction: false, clientQuotas: true, production: true,
  },
};

/** CKU rules of Dedicated clusters [provider]. */
export const DEDICATED_CKU = { singleZoneMin: 1, multiZoneMin: 2 } as const;
/** eCKU rule: HIGH availability needs a ceiling of at least 2 [provider]. */
export const ECKU = { highAvailabilityMin: 2 } as const;

/** Clouds on which an Enterprise PrivateLink Attachment is created (issue scope; [platt]). */
export const PRIVATELINK_ATTACHMENT_CLOUDS: readonly ConfluentCloud[] = ['AWS', 'AZURE'];
/** Connection types of a Confluent network per cloud (Transit Gateway is AWS only; GCP PRIVATELINK = Private Service Connect). */
export const NETWORK_CONNECTION_CLOUDS = {
  PRIVATELINK: ALL,
  PEERING: ALL,
  TRANSITGATEWAY: ['AWS'] as readonly ConfluentCloud[],
} as const;

/** The lowest client quota rate Confluent recommends, in bytes per second [quotas]. */
export const MIN_CLIENT_QUOTA_BYTES_PER_SECOND = 1_000_000;

/** KafkaTopic `partitionsCount` default of the provider [provider]. */
export const DEFAULT_TOPIC_PARTITIONS = 6;

/** Name rules [provider]. */
export const NAMES = {
  topic: KAFKA_TOPIC_NAME_CHARS,
  /** Application names become resource names and service account names. */
  application: /^[a-z][a-z0-9-]{0,39}$/,
  /** Environment display names start and end alphanumeric and may hold hyphens and underscores. */
  environment: /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/,
  cluster: /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/,
  region: /^[a-z]+[a-z0-9-]*[0-9]$/,
  serviceAccountMax: 64,
  /** Consumer group ids and prefixes: printable characters that need no escaping inside a CRN. */
  group: /^[A-Za-z0-9._-]{1,249}$/,
} as const;

/** Ports of Confluent Cloud endpoints reached through a private endpoint ("Networking FAQ": Kafka 9092, REST 443). */
export const CONFLUENT_PORTS = { kafka: 9092, https: 443 } as const;

export function clusterTypeInfo(type: ConfluentClusterType): ClusterTypeInfo | undefined {
  return (CLUSTER_TYPES as readonly string[]).includes(type) ? CLUSTER_TYPE_INFO[type] : undefined;
}
