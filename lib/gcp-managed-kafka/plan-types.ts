/**
 * The decided plan of a Managed Kafka cluster: every value a face needs, nothing it must compute.
 */
import type { Issue, KafkaWorkload } from '../core';
import type { GcpKafkaAclOperation, GcpKafkaRebalanceMode } from './limits';

export interface GcpKafkaSubnetPlan {
  readonly subnet: string;
  readonly network?: string;
  /** Project that owns the subnet (parsed from its name). */
  readonly project?: string;
}

/** The key the cluster is created with. */
export type GcpKafkaKeyPlan =
  | { readonly kind: 'create'; readonly keyRingId: string; readonly keyId: string; readonly rotationPeriod: string }
  | { readonly kind: 'existing'; readonly keyName: string };

export interface GcpKafkaTopicPlan {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Topic configs as sent to the API, keys sorted. */
  readonly configs: Readonly<Record<string, string>>;
  /** The portable spec's `deleteOnRemoval`: the topic is not retained when removed from the program. */
  readonly deleteOnRemoval?: boolean;
}

export interface GcpKafkaAclPlan {
  readonly aclId: string;
  readonly entries: readonly { readonly principal: string; readonly operation: GcpKafkaAclOperation; readonly permissionType: 'ALLOW' | 'DENY'; readonly host: '*' }[];
}

export interface GcpKafkaConnectorPlan {
  readonly connectorId: string;
  /** Connector configs, keys sorted. */
  readonly configs: Readonly<Record<string, string>>;
  /**
   * The configs hold a credential (a password, JAAS config, private key, token...): the face stores them as a
   * Pulumi secret, since `managedkafka.Connector` keeps `configs` in the state in plain text.
   */
  readonly sensitive: boolean;
  readonly taskRestartPolicy?: { readonly minimumBackoff: string; readonly maximumBackoff: string };
}

export interface GcpKafkaConnectPlan {
  readonly connectClusterId: string;
  readonly vcpuCount: number;
  readonly memoryBytes: string;
  readonly primarySubnet: string;
  readonly dnsDomainNames: readonly string[];
  readonly connectors: readonly GcpKafkaConnectorPlan[];
}

export interface GcpKafkaPlan {
  readonly clusterId: string;
  readonly project: string;
  readonly region: string;
  /** Known only when `projectNumber` was a plain value. */
  readonly serviceAgent?: string;
  readonly vcpuCount: number;
  /** Bytes as the API takes them (a decimal string). */
  readonly memoryBytes: string;
  readonly brokerDiskGiB?: number;
  readonly rebalanceMode: GcpKafkaRebalanceMode;
  readonly labels: Readonly<Record<string, string>>;
  readonly subnets: readonly GcpKafkaSubnetPlan[];
  /** Projects other than `project` that hold a subnet: the service agent needs its role there. Sorted. */
  readonly hostProjects: readonly string[];
  readonly hostProjectServiceAgentRole: 'grant' | 'already-granted';
  readonly encryptionKey: GcpKafkaKeyPlan;
  /** `refuse`: a key change fails before the cluster is touched; `replace`: the cluster is deleted and re-created. */
  readonly keyChange: 'refuse' | 'replace';
  /** Pulumi `protect` and `retainOnDelete` on the cluster, key, topics, Connect cluster and connectors. */
  readonly protect: boolean;
  /**
   * The provider's own safeguard on the same resources: `PREVENT` makes `pulumi up` and `pulumi destroy` fail
   * when they would delete the resource (@pulumi/gcp 9.37, `managedkafka` Cluster/Topic/ConnectCluster/Connector).
   */
  readonly deletionPolicy: 'PREVENT' | 'DELETE';
  /** mTLS trust; `undefined` means "no mTLS", sent as an explicit empty TLS config so that removal clears it. */
  readonly tls?: { readonly caPools: readonly string[]; readonly sslPrincipalMappingRules?: string };
  readonly topics: readonly GcpKafkaTopicPlan[];
  readonly acls: readonly GcpKafkaAclPlan[];
  /** Sorted, unique service account emails. */
  readonly clientServiceAccounts: readonly string[];
  readonly connect?: GcpKafkaConnectPlan;
  readonly bootstrapAddress: string;
  readonly bootstrapAddressSource: 'given' | 'derived';
  /** Ready-to-use client properties (SASL_SSL, OAUTHBEARER with Google credentials), `.properties` text. */
  readonly clientProperties: string;
  readonly clientPropertiesRecord: Readonly<Record<string, string>>;
  /** The workload declared for sizing checks (`spec.workload`); absent when none was declared. */
  readonly workload?: KafkaWorkload;
  readonly warnings: readonly Issue[];
}
