/**
 * Google Cloud Managed Service for Apache Kafka: limits, formats and fixed names, in one table (conventions §6).
 *
 * Sources (checked 2026-11-23):
 * - REST reference "CapacityConfig" (vcpuCount minimum 3; memoryBytes 1:1 to 1:8 vCPU:GiB, minimum 3 GiB).
 * - "Plan your cluster size" (1-8 GiB per vCPU; vCPUs and memory can be updated after creation).
 * - "Quotas and limits" (per project and region: 5 clusters, 750 vCPUs, 6000 GiB of memory by default).
 * - "Configure networking" (Private Service Connect; service agent
 *   `service-<project-number>@gcp-sa-managedkafka.iam.gserviceaccount.com` needs
 *   `roles/managedkafka.serviceAgent` in every project where PSC endpoints are created, e.g. a Shared VPC host).
 * - "Configure message encryption" (CMEK set at creation; the service agent needs
 *   `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key; keep the key in the cluster's region).
 * - "Configure SASL authentication" (TLS only; SASL/OAUTHBEARER with Google credentials through
 *   `com.google.cloud.hosted.kafka.auth.GcpLoginCallbackHandler` from the managed-kafka-auth-login-handler library;
 *   clients need `roles/managedkafka.client` on the project).
 * - "Create a MirrorMaker 2.0 Source connector" (the Connect cluster's primary cluster is the target).
 * - @pulumi/gcp 9.37.0 type docs of `managedkafka.*` (at most 10 subnets and 10 CA pools per cluster, one subnet
 *   per VPC network in the cluster's region, broker disk at least 100 GiB, at most 100 entries per ACL, Connect
 *   primary subnet at least /22, Connect memory at least 3 GiB).
 * - Managed Kafka API `Cluster.bootstrapAddress` (googleapis managedkafka_v1 reference): new clusters report a
 *   generated `bootstrap-<id>.<id>.<region>.managedkafka.s.cloud.goog`, older ones the legacy
 *   `bootstrap.<cluster>.<region>.managedkafka.<project>.cloud.goog`; port 9092 for SASL, 9094 for mTLS. The field
 *   is not an output of `@pulumi/gcp` 9.37 `managedkafka.Cluster`, hence `bootstrapAddress` in the spec.
 * Limits go stale: quotas can be raised, and the service may lift system limits.
 */
import { OAUTHBEARER_LOGIN_MODULE } from '../core/config/login-modules';

/** Cluster capacity (REST "CapacityConfig"). */
export const CLUSTER_CAPACITY = {
  minVcpu: 3,
  minMemoryGiB: 3,
  memoryGiBPerVcpu: { min: 1, max: 8 },
  /** kafka-iac's default: 3 vCPUs (the minimum) with 4 GiB each, the middle of the allowed ratio. */
  defaultVcpu: 3,
  defaultMemoryGiBPerVcpu: 4,
  /** Broker disk (`brokerCapacityConfig.diskSizeGib`), @pulumi/gcp 9.37 docs. */
  minBrokerDiskGiB: 100,
} as const;

/** Default per-project, per-region quotas ("Quotas and limits"): exceeding them is a warning, not an error. */
export const REGION_QUOTAS = { clusters: 5, vcpu: 750, memoryGiB: 6000 } as const;

/** Kafka Connect cluster capacity (@pulumi/gcp 9.37 `ConnectClusterCapacityConfig`). */
export const CONNECT_CAPACITY = {
  minVcpu: 3,
  minMemoryGiB: 3,
  memoryGiBPerVcpu: { min: 1, max: 8 },
  defaultVcpu: 3,
  defaultMemoryGiBPerVcpu: 4,
  /** The primary subnet needs at least a /22 (1024 addresses); the plan cannot see CIDRs, the docs say so. */
  minPrimarySubnetPrefix: 22,
  maxSubnets: 10,
} as const;

/** Network, TLS and ACL system limits (@pulumi/gcp 9.37 type docs). */
export const NETWORK_LIMITS = { maxSubnets: 10 } as const;
export const MTLS_LIMITS = { maxCaPools: 10 } as const;
export const ACL_LIMITS = { maxEntries: 100 } as const;

/** Rebalance modes the API accepts; `MODE_UNSPECIFIED` is left out on purpose. */
export const REBALANCE_MODES = ['AUTO_REBALANCE_ON_SCALE_UP', 'NO_REBALANCE'] as const;
export type GcpKafkaRebalanceMode = (typeof REBALANCE_MODES)[number];
/** Rebalance when brokers are added, so a scale-up actually spreads load (kafka-iac default). */
export const DEFAULT_REBALANCE_MODE: GcpKafkaRebalanceMode = 'AUTO_REBALANCE_ON_SCALE_UP';

/** Client listeners ("Cluster.bootstrapAddress": the port is chosen by the client). */
export const GCP_KAFKA_PORTS = { sasl: 9092, mtls: 9094 } as const;

/** IAM roles and the service agent. */
export const GCP_KAFKA_ROLES = {
  client: 'roles/managedkafka.client',
  serviceAgent: 'roles/managedkafka.serviceAgent',
  kmsEncrypterDecrypter: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
} as const;
export const MANAGED_KAFKA_SERVICE = 'managedkafka.googleapis.com';

/** `service-<project-number>@gcp-sa-managedkafka.iam.gserviceaccount.com` ("Configure networking"). */
export function managedKafkaServiceAgent(projectNumber: string): string {
  return `service-${projectNumber}@gcp-sa-managedkafka.iam.gserviceaccount.com`;
}

/** Google's login callback handler for SASL/OAUTHBEARER (managed-kafka-auth-login-handler). */
export const GOOGLE_LOGIN_CALLBACK_HANDLER = 'com.google.cloud.hosted.kafka.auth.GcpLoginCallbackHandler';
/** Kafka's OAUTHBEARER login module; the handler supplies the token, so no options follow `required`. */
export const OAUTHBEARER_JAAS = `${OAUTHBEARER_LOGIN_MODULE} required;`;
/** The MirrorMaker 2 source connector class (Apache Kafka, connect/mirror). */
export const MIRROR_SOURCE_CONNECTOR = 'org.apache.kafka.connect.mirror.MirrorSourceConnector';

/** Legacy-form bootstrap address (`bootstrap.<cluster>.<region>.managedkafka.<project>.cloud.goog:9092`). */
export function derivedBootstrapAddress(project: string, region: string, clusterId: string, port: number = GCP_KAFKA_PORTS.sasl): string {
  return `bootstrap.${clusterId}.${region}.managedkafka.${project}.cloud.goog:${port}`;
}

/** Name and id formats. */
export const FORMATS = {
  /** Cluster, Connect cluster and connector ids: RFC 1035, 1-63 characters (provider docs). */
  resourceId: /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/,
  /** Project ids: 6-30 characters, lower case, digits, hyphens, starting with a letter. */
  projectId: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
  projectNumber: /^[0-9]{1,20}$/,
  region: /^[a-z]+-[a-z]+[0-9]+$/,
  subnet: /^projects\/([^/]+)\/regions\/([^/]+)\/subnetworks\/([^/]+)$/,
  network: /^projects\/([^/]+)\/global\/networks\/([^/]+)$/,
  kmsKey: /^projects\/([^/]+)\/locations\/([^/]+)\/keyRings\/([^/]+)\/cryptoKeys\/([^/]+)$/,
  caPool: /^projects\/([^/]+)\/locations\/([^/]+)\/caPools\/([^/]+)$/,
  /** GCP labels: keys start with a lower-case letter; keys and values use lower case, digits, `_` and `-`. */
  labelKey: /^[a-z][a-z0-9_-]{0,62}$/,
  labelValue: /^[a-z0-9_-]{0,63}$/,
  serviceAccount: /^[a-z0-9][a-z0-9-]{4,28}[a-z0-9]@[a-z0-9.-]+\.iam\.gserviceaccount\.com$/,
  /** ACL resource patterns (`aclId`, @pulumi/gcp 9.37 `managedkafka.Acl`). */
  aclId: /^(cluster|allTopics|allConsumerGroups|allTransactionalIds|(topic|consumerGroup|transactionalId)(Prefixed)?\/[^/\s]+)$/,
  /** Backoff durations of a connector's restart policy: seconds with up to nine decimals and `s`. */
  duration: /^[0-9]+(\.[0-9]{1,9})?s$/,
} as const;

/** At most 64 labels per resource (Resource Manager "Labels" requirements). */
export const MAX_LABELS = 64;

/** ACL operations the service accepts (`AclAclEntry.operation`). */
export const ACL_OPERATIONS = [
  'ALL', 'READ', 'WRITE', 'CREATE', 'DELETE', 'ALTER', 'DESCRIBE', 'CLUSTER_ACTION', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS', 'IDEMPOTENT_WRITE',
] as const;
export type GcpKafkaAclOperation = (typeof ACL_OPERATIONS)[number];

/** Seconds in a KMS rotation period (`rotationPeriod` is a duration in seconds with an `s`). */
export const KMS_ROTATION_DAYS = { default: 90, min: 1, max: 36500 } as const;
