/**
 * Face-agnostic input for a Google Cloud Managed Service for Apache Kafka cluster, its topics, ACLs, client IAM
 * bindings and an optional Kafka Connect cluster. `planGcpKafkaCluster` decides everything from it.
 */
import type { AccessIntent, TopicSpec } from '../core/catalog/types';
import type { KafkaWorkload } from '../core/sizing';
import type { GcpKafkaAclOperation, GcpKafkaRebalanceMode } from './limits';

/** A subnet the cluster gets Private Service Connect addresses in. */
export interface GcpKafkaSubnet {
  /** `projects/<project>/regions/<region>/subnetworks/<name>`, in the cluster's region. */
  readonly subnet: string;
  /**
   * The subnet's VPC network, `projects/<project>/global/networks/<name>`: the service allows one subnet per
   * network, and a subnet name does not say which network it belongs to.
   * @default - unchecked; required when more than one subnet is given
   */
  readonly network?: string;
}

/** The customer-managed key (CMEK) that encrypts cluster data at rest. Set at creation, immutable afterwards. */
export type GcpKafkaKey =
  | {
      readonly kind: 'create';
      /**
       * Id of the key ring created in the cluster's region (key rings can never be deleted).
       * @default `${clusterId}-kafka`
       */
      readonly keyRingId?: string;
      /**
       * Automatic rotation period of the created key, in days.
       * @default 90
       */
      readonly rotationPeriodDays?: number;
    }
  | {
      readonly kind: 'existing';
      /** `projects/<p>/locations/<cluster region>/keyRings/<r>/cryptoKeys/<k>`. */
      readonly keyName: string;
    };

/** Mutual TLS through Certificate Authority Service pools (in addition to SASL). */
export interface GcpKafkaMtls {
  /** CA pools whose certificates clients present: `projects/<p>/locations/<l>/caPools/<pool>`, 1-10. */
  readonly caPools: readonly string[];
  /**
   * `ssl.principal.mapping.rules`. Setting or changing it restarts the brokers (rolling restart).
   * @default - Kafka's default mapping (the full distinguished name)
   */
  readonly sslPrincipalMappingRules?: string;
}

/** A topic. Its partition count only grows and its replication factor never changes. */
/**
 * A topic: the portable `TopicSpec` of `kafka-iac/core` (typed props validated by `planCatalog`'s rules for this
 * target), with an explicit retention and the opt-in below a replication factor of 3.
 */
export interface GcpKafkaTopicSpec extends Omit<TopicSpec, 'name' | 'partitions' | 'partitionsFloor' | 'replicationFactor' | 'minInSyncReplicas' | 'retentionHours' | 'configs'> {
  /** Kafka topic name (the topic id). */
  readonly name: string;
  /**
   * Partition count. Raising it changes the key-to-partition mapping; lowering it is impossible.
   * @default 3
   */
  readonly partitions?: number;
  /**
   * The partition count already deployed (or any lower bound of it). The plan cannot read the deployed topic, so
   * this is how a decrease is refused before any API call: a `partitions` below it is an error. Raise it together
   * with `partitions`.
   * @default - no floor: a decrease reaches the API, which refuses it
   */
  readonly partitionsFloor?: number;
  /**
   * Replication factor. Immutable: a change is refused (the component compares with the deployed topic).
   * @default 3
   */
  readonly replicationFactor?: number;
  /**
   * Explicit opt-in for a replication factor below 3 (one zone loss then makes partitions unavailable or loses data).
   * @default false
   */
  readonly allowReplicationFactorBelow3?: boolean;
  /**
   * `min.insync.replicas`; must be below the replication factor (1 when the replication factor is 1).
   * @default 2
   */
  readonly minInSyncReplicas?: number;
  /** Retention in hours (written as `retention.ms`), or `'unlimited'`. Explicit on purpose: no silent 7-day default. */
  readonly retentionHours: number | 'unlimited';
  /**
   * Other topic configs (checked against the Kafka 3.9 topic key list). `retention.ms` and `min.insync.replicas`
   * belong to their own props.
   * @default {}
   */
  readonly configs?: Readonly<Record<string, string>>;
}

/** One ACL entry. */
export interface GcpKafkaAclEntry {
  /** `User:<service account email>` or `User:*`. */
  readonly principal: string;
  readonly operation: GcpKafkaAclOperation;
  /**
   * @default 'ALLOW'
   */
  readonly permission?: 'ALLOW' | 'DENY';
}

/** The ACL entries of one resource pattern. */
export interface GcpKafkaAclSpec {
  /**
   * Resource pattern (`aclId`): `cluster`, `allTopics`, `allConsumerGroups`, `allTransactionalIds`,
   * `topic/<name>`, `topicPrefixed/<prefix>`, `consumerGroup[Prefixed]/<name>`, `transactionalId[Prefixed]/<name>`.
   */
  readonly resource: string;
  /** 1-100 entries. */
  readonly entries: readonly GcpKafkaAclEntry[];
}

/** How the MirrorMaker 2 source connector authenticates to the source cluster. */
export type GcpKafkaMirrorSourceAuth =
  /** The source is another Managed Kafka cluster: SASL_SSL OAUTHBEARER with the Connect cluster's credentials. */
  | { readonly kind: 'google' }
  /**
   * Your own `source.cluster.*` settings in `extraConfigs` (at least `source.cluster.security.protocol`).
   * `PLAINTEXT`/`SASL_PLAINTEXT` also need `allowPlaintext: true`.
   */
  | {
      readonly kind: 'configs';
      /**
       * Explicit opt-in for a `PLAINTEXT` or `SASL_PLAINTEXT` source.
       * @default false
       */
      readonly allowPlaintext?: boolean;
    };

/** A connector on the Connect cluster. */
export type GcpKafkaConnectorSpec =
  | {
      /** A MirrorMaker 2 source connector replicating into this cluster (the Connect cluster's primary = target). */
      readonly kind: 'mirrormaker2-source';
      /** Connector id (RFC 1035). */
      readonly name: string;
      /** `host:port[,host:port]` of the source cluster. */
      readonly sourceBootstrapServers: string;
      readonly sourceAuth: GcpKafkaMirrorSourceAuth;
      /**
       * Topics to mirror (`topics`, a comma-separated list of regexes).
       * @default '.*'
       */
      readonly topics?: string;
      /**
       * Alias of the source cluster (prefixes mirrored topic names with the default replication policy).
       * @default 'source'
       */
      readonly sourceAlias?: string;
      /**
       * Alias of this (target) cluster.
       * @default 'target'
       */
      readonly targetAlias?: string;
      /**
       * `tasks.max`.
       * @default 3
       */
      readonly tasksMax?: number;
      /**
       * More MirrorMaker 2 keys (checked against the Kafka 3.9 MirrorMaker 2 and client key lists).
       * @default {}
       */
      readonly extraConfigs?: Readonly<Record<string, string>>;
      /**
       * Restart failed tasks with this backoff (durations like `"60s"`).
       * @default - failed tasks are not restarted
       */
      readonly taskRestartPolicy?: GcpKafkaTaskRestartPolicy;
    }
  | {
      /** Any connector the Connect cluster offers, configured as-is. */
      readonly kind: 'custom';
      readonly name: string;
      /** Connector configs; `connector.class` is required. */
      readonly configs: Readonly<Record<string, string>>;
      /**
       * @default - failed tasks are not restarted
       */
      readonly taskRestartPolicy?: GcpKafkaTaskRestartPolicy;
    };

export interface GcpKafkaTaskRestartPolicy {
  readonly minimumBackoff: string;
  readonly maximumBackoff: string;
}

/** An optional Kafka Connect cluster attached to this cluster. */
export interface GcpKafkaConnectSpec {
  /**
   * Connect cluster id.
   * @default `${clusterId}-connect`
   */
  readonly connectClusterId?: string;
  /**
   * vCPUs (at least 3).
   * @default 3
   */
  readonly vcpuCount?: number;
  /**
   * Memory in GiB (at least 3, and 1-8 GiB per vCPU).
   * @default - 4 GiB per vCPU
   */
  readonly memoryGiB?: number;
  /** Worker subnet (PSC interface), `projects/<p>/regions/<cluster region>/subnetworks/<s>`, at least a /22. */
  readonly primarySubnet: string;
  /**
   * DNS domains of the subnet's network the workers must resolve, e.g. another Managed Kafka cluster's
   * `<cluster>.<region>.managedkafka.<project>.cloud.goog` when it is the MirrorMaker 2 source.
   * @default []
   */
  readonly dnsDomainNames?: readonly string[];
  /**
   * Connectors to run.
   * @default []
   */
  readonly connectors?: readonly GcpKafkaConnectorSpec[];
}

/** Everything about a Managed Kafka cluster that a plan decides. */
export interface GcpKafkaClusterSpec {
  /** Cluster id (RFC 1035, 1-63 characters). */
  readonly clusterId: string;
  /** Project id of the cluster (also part of the bootstrap address and of IAM bindings). */
  readonly project: string;
  /** Region; the cluster is always regional, spread over three zones by the service. */
  readonly region: string;
  /**
   * The project's number, for the service agent's address. Deploy-time values are allowed.
   * @default - looked up by the face from `project`
   */
  readonly projectNumber?: string;
  /**
   * vCPUs (at least 3).
   * @default 3
   */
  readonly vcpuCount?: number;
  /**
   * Memory in GiB, 1-8 GiB per vCPU (at least 3 GiB). MiB granularity.
   * @default - 4 GiB per vCPU
   */
  readonly memoryGiB?: number;
  /**
   * Disk per broker in GiB (at least 100).
   * @default - the service's default
   */
  readonly brokerDiskGiB?: number;
  /**
   * `AUTO_REBALANCE_ON_SCALE_UP` moves partitions onto brokers added by a scale-up; `NO_REBALANCE` leaves them.
   * @default 'AUTO_REBALANCE_ON_SCALE_UP'
   */
  readonly rebalanceMode?: GcpKafkaRebalanceMode;
  /**
   * Labels of the cluster and the Connect cluster.
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** 1-10 subnets, one per VPC network, in the cluster's region. The cluster has no public endpoint. */
  readonly subnets: readonly GcpKafkaSubnet[];
  /**
   * For subnets in another project (Shared VPC host, or another project's VPC), the service agent needs
   * `roles/managedkafka.serviceAgent` there. `'grant'` creates that binding (you need IAM admin rights on the host
   * project); `'already-granted'` states that someone else did.
   * @default 'grant'
   */
  readonly hostProjectServiceAgentRole?: 'grant' | 'already-granted';
  /**
   * Customer-managed encryption key, set at creation and immutable afterwards.
   * @default { kind: 'create' } - a key ring and a key with 90-day rotation in the cluster's region
   */
  readonly encryptionKey?: GcpKafkaKey;
  /**
   * Explicit consent to delete and re-create the cluster (losing every message) when `encryptionKey` changes.
   * Without it a key change is refused. Requires `protect: false`.
   * @default false
   */
  readonly acceptReplacementOnKeyChange?: boolean;
  /**
   * Protection of every data-holding resource (cluster, created key ring and key, topics, Connect cluster,
   * connectors): Pulumi `protect` (Pulumi refuses to delete or replace them), `retainOnDelete` (leaving the program
   * or `pulumi destroy` after `pulumi state unprotect` forgets them instead of deleting them) and, on the Managed Kafka
   * resources, the provider's `deletionPolicy: 'PREVENT'`. `false` turns all three off (`deletionPolicy: 'DELETE'`).
   * @default true
   */
  readonly protect?: boolean;
  /**
   * The workload the cluster is meant to carry: the plan warns (`sizing/vcpu-below-throughput`) when `vcpuCount` is
   * below what Google's published sizing rule gives for it, and changes no resource.
   * @default - no sizing check
   */
  readonly workload?: KafkaWorkload;
  /**
   * Mutual TLS through CA Service pools. Removing it clears the TLS config (an explicit empty config is sent).
   * @default - SASL only
   */
  readonly mtls?: GcpKafkaMtls;
  /**
   * Topics.
   * @default []
   */
  readonly topics?: readonly GcpKafkaTopicSpec[];
  /**
   * Kafka ACLs. Managed Kafka allows every IAM-authorized principal while no ACL exists for a resource.
   * @default []
   */
  readonly acls?: readonly GcpKafkaAclSpec[];
  /**
   * Access intents of the portable catalog (kafka-iac/core): each `native` principal is a service account or user
   * email. Their Kafka ACL entries (principal `User:<email>`) join the ACL of each resource pattern (merged with
   * `acls`); service accounts also get `roles/managedkafka.client`. Quotas are refused (no Google Cloud resource).
   * @default []
   */
  readonly access?: readonly AccessIntent[];
  /**
   * Service account emails granted `roles/managedkafka.client` on the project (needed for any connection).
   * @default []
   */
  readonly clientServiceAccounts?: readonly string[];
  /**
   * A Kafka Connect cluster attached to this cluster.
   * @default - none
   */
  readonly connect?: GcpKafkaConnectSpec;
  /**
   * The cluster's bootstrap address as the API reports it (`gcloud managed-kafka clusters describe <id>
   * --location=<region> --format='value(bootstrapAddress)'`), with or without a port.
   * @default - derived in the legacy form `bootstrap.<cluster>.<region>.managedkafka.<project>.cloud.goog:9092`
   */
  readonly bootstrapAddress?: string;
}
