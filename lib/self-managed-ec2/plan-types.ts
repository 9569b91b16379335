/**
 * The validated, fully decided plan of a self-managed KRaft cluster. The CDK and Pulumi faces map it to
 * resources; the renderers turn it into each node's files.
 */
import type { AlarmPlan, Issue, KafkaLineInfo, KafkaWorkload, ServerPropertiesSpec } from '../core';
import type { RemovalMode } from '../core/types';
import type { ArtifactSource } from '../aws/ec2-node/artifact-source';
import type { Ec2InstanceInfo } from '../aws/ec2-node/instances';

export type NodeRole = 'broker' | 'controller' | 'combined';
export type ProcessRole = 'broker' | 'controller';
export type SecurityProtocol = 'SSL' | 'SASL_SSL';

/** One listener of the cluster. */
export interface ListenerPlan {
  /** Upper-case name as in `listeners` (`CONTROLLER`, `REPLICATION`, `CLIENT_SCRAM`, `CLIENT_MTLS`). */
  readonly name: string;
  readonly port: number;
  readonly protocol: SecurityProtocol;
  /** Which nodes open it. */
  readonly on: 'controllers' | 'brokers';
  /** Who may connect (security group sources). */
  readonly audience: 'clients' | 'brokers' | 'cluster-nodes';
  /** `ssl.client.auth=required` on this listener. */
  readonly mutualTls: boolean;
  /** SASL mechanism, when SASL_SSL. */
  readonly saslMechanism?: 'SCRAM-SHA-512' | 'PLAIN';
}

/** An ingress rule: from `source` to the nodes of `target` on one port. Egress is left to the face (all). */
export interface SecurityGroupRulePlan {
  readonly target: 'brokers' | 'controllers';
  readonly source: 'clients' | 'brokers' | 'controllers';
  readonly port: number;
  readonly description: string;
}

/** The node's dedicated EBS volume: a separate resource, kept on termination, attached by the boot script. */
export interface NodeVolumePlan {
  /** Stable logical id (CDK construct id / Pulumi name suffix). */
  readonly id: string;
  readonly sizeGiB: number;
  readonly type: 'gp3' | 'io2';
  readonly iops: number;
  readonly throughputMiBps?: number;
  readonly encrypted: true;
  /** Never deleted with the instance (a separate resource); with the stack/program it follows `removal`. */
  readonly retain: true;
  readonly availabilityZone: string;
  readonly deviceName: string;
  readonly mountPoint: string;
  /** Tags the boot script filters on (cluster + node id): only this node's volume matches. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The node's own network interface, created with the stack and attached by the boot script at device index 1. Its
 * private IP never changes, so the node's DNS record is a plain A record owned by the stack: no node writes DNS,
 * and clients' cached addresses stay valid when the instance is replaced.
 */
export interface NodeNetworkInterfacePlan {
  readonly deviceIndex: 1;
  readonly availabilityZone: string;
  /** Tags the boot script filters on (cluster + node id), as for the volume. */
  readonly tags: Readonly<Record<string, string>>;
}

/** What a node's instance role may do, each item scoped to this node. */
export interface NodeIamPlan {
  /** Secrets Manager secret names (the face appends `-??????` or uses ARNs). */
  readonly readSecrets: readonly string[];
  /** SSM parameter names the node reads. */
  readonly readParameters: readonly string[];
  /** SSM parameter names the node writes (its own format marker; a controller's quorum-formed marker too). */
  readonly writeParameters: readonly string[];
  /** SSM paths the node lists (`GetParametersByPath`): a controller reads every node's markers under `<prefix>/nodes`. */
  readonly readParameterPaths: readonly string[];
  /** Attach only the volume with these tags, only to an instance tagged with the same node id. */
  readonly attachVolume: { readonly volumeId: string; readonly instanceTags: Readonly<Record<string, string>> };
  /** Attach only this node's network interface, only to an instance tagged with the same node id. */
  readonly attachNetworkInterface: { readonly instanceTags: Readonly<Record<string, string>> };
  /** `cloudwatch:PutMetricData`, only into this namespace. */
  readonly putMetricDataNamespace: string;
  /** S3 statements (tiered storage on brokers, artifacts in S3). */
  readonly s3: readonly S3StatementPlan[];
  /** KMS key ARNs for SSE-KMS of the tiered storage bucket. */
  readonly kmsKeyArns: readonly string[];
  /** Complete the boot lifecycle hook, only of the Auto Scaling group with these tags (cluster + node id). */
  readonly completeLifecycleAction: { readonly hookName: string; readonly groupTags: Readonly<Record<string, string>> };
}

export interface S3StatementPlan {
  readonly actions: readonly string[];
  readonly bucket: string;
  /** Object key pattern (`prefix/*`), or undefined for a bucket-level action (ListBucket). */
  readonly keyPattern?: string;
  /** For ListBucket: restrict to this prefix (`s3:prefix` condition). */
  readonly listPrefix?: string;
}

/** SSM parameter names of one node. The face stores the rendered files in the first four. */
export interface NodeParametersPlan {
  readonly serverProperties: string;
  readonly environment: string;
  readonly systemdUnit: string;
  readonly jmxExporterConfig?: string;
  /** The metrics publisher script and its systemd unit. */
  readonly metricsScript: string;
  readonly metricsUnit: string;
  /** Kafka's logging configuration (`log4j.properties` or `log4j2.xml`, by Kafka line). */
  readonly logConfig: string;
  /** The boot script's Python helper (secret files, SCRAM records, directory ids). */
  readonly nodeHelper: string;
  /** The serving check the boot script waits on before completing the boot lifecycle hook. */
  readonly servingCheck: string;
  /** Written by the node after its first format (value: the cluster id). */
  readonly formattedMarker: string;
  /** Written by an operator to approve formatting a blank controller disk in a static quorum (runbook). */
  readonly replaceDiskApproval: string;
  /**
   * Controllers only: written (value: the cluster id) by a controller that saw every controller's format marker, i.e.
   * the initial quorum has been formatted. Any node's such marker means "this cluster exists" to the format guard.
   */
  readonly quorumFormedMarker?: string;
}

export interface NodePlan {
  /** `broker-1`, `controller-2`, `combined-1`: folder name for `kafka-iac render`, resource name suffix. */
  readonly name: string;
  readonly nodeId: number;
  readonly role: NodeRole;
  readonly processRoles: readonly ProcessRole[];
  readonly azIndex: number;
  readonly availabilityZone: string;
  /** Stable DNS name `<name>.<zone>`: advertised listeners and the quorum use it, never an IP. */
  readonly dnsName: string;
  /** Principal of the node certificate (`User:CN=<dnsName>`). */
  readonly principal: string;
  readonly instance: Ec2InstanceInfo;
  readonly heapMiB: number;
  readonly volume: NodeVolumePlan;
  readonly networkInterface: NodeNetworkInterfacePlan;
  /** SSM public parameter naming the AMI (resolved at deploy time, never looked up at synth). */
  readonly amiSsmParameter: string;
  /** Listener names this node opens. */
  readonly listeners: readonly string[];
  readonly parameters: NodeParametersPlan;
  /** Secrets Manager name of the node's TLS secret `{certificateChain, privateKey, caCertificates, clientCaCertificates?}`. */
  readonly tlsSecretName: string;
  readonly iam: NodeIamPlan;
}

export interface ClusterIdPlan {
  /** `spec`: given by the user; `deploy-time`: the face generates it once (see `generateClusterId`). */
  readonly source: 'spec' | 'deploy-time';
  readonly value?: string;
  /** SSM parameter holding it; the boot script reads it and refuses a malformed value. */
  readonly parameterName: string;
}

export interface QuorumPlan {
  readonly mode: 'static' | 'dynamic';
  /** `controller.quorum.voters` (static only): `1@controller-1.<zone>:9093,...`. */
  readonly voters?: string;
  /** `controller.quorum.bootstrap.servers` (dynamic only). */
  readonly bootstrapServers?: string;
  readonly controllerIds: readonly number[];
}

export interface TieredStoragePlan {
  readonly bucketName: string;
  readonly region: string;
  readonly keyPrefix?: string;
  readonly kmsKeyArn?: string;
  readonly pluginVersion: string;
  readonly core: ArtifactSource;
  readonly s3?: ArtifactSource;
  readonly chunkCacheSizeBytes: number;
  readonly uploadRateLimitBytesPerSecond?: number;
}

/** One CloudWatch alarm on a metric the CloudWatch agent publishes from the JMX exporter (or disk use). */
export type SelfManagedAlarmPlan = AlarmPlan;

/**
 * TLS material: a cluster CA and one certificate per node (ECDSA P-256, CN and SAN = the node's DNS name), generated
 * at deploy time by the provisioner function straight into Secrets Manager. Never in a template, user data or log.
 */
export interface TlsPlan {
  /** Secret holding the CA certificate and key; only the provisioner reads it (and admins issuing client certs). */
  readonly caSecretName: string;
  /** SSM parameter (String, public) holding the CA certificate for clients. */
  readonly caCertificateParameter: string;
  readonly caCommonName: string;
  readonly caValidityDays: number;
  readonly certificateValidityDays: number;
  /** Raising it re-issues every node certificate (same CA) on the next deploy; nodes load them at their next boot. */
  readonly generation: number;
}

/** What the nodes' subnets must reach. */
export interface NetworkPlan {
  /** An artifact is downloaded from a URL: the nodes need a NAT path (the default VPC gets one). */
  readonly internetEgress: boolean;
  /** Interface endpoints the nodes call (the default VPC creates them; S3 always has a gateway endpoint). */
  readonly interfaceEndpoints: readonly string[];
}

/** Share and streams groups (KIP-932, KIP-1071) on a line where they are production-ready; off on earlier lines. */
export interface GroupsPlan {
  readonly share: { readonly enabled: boolean; readonly properties: Readonly<Record<string, number>> };
  readonly streams: { readonly enabled: boolean; readonly properties: Readonly<Record<string, number>> };
  /** `--feature <name>=<level>` arguments of `kafka-storage.sh format` (empty on lines before 4.2). */
  readonly formatFeatures: readonly string[];
}

/**
 * The boot signal of every node: a launch lifecycle hook on its Auto Scaling group (created with the group, default
 * result ABANDON) that the boot script completes once the node serves; the CDK face adds the group's CreationPolicy.
 */
export interface BootSignalPlan {
  readonly hookName: string;
  readonly timeoutMinutes: number;
  /** The hook's HeartbeatTimeout: `timeoutMinutes` in seconds. */
  readonly heartbeatTimeoutSeconds: number;
  /** Seconds after which the boot script stops waiting and abandons the instance (before the hook times out). */
  readonly scriptDeadlineSeconds: number;
  readonly pollSeconds: number;
}

export interface SelfManagedClusterPlan {
  readonly clusterName: string;
  readonly kafkaVersion: string;
  readonly line: KafkaLineInfo;
  /** `--release-version` at format time. */
  readonly releaseVersion: string;
  readonly mode: 'production' | 'development';
  readonly combined: boolean;
  readonly javaVersion: 11 | 17 | 21;
  readonly distribution: ArtifactSource;
  readonly dnsZoneName: string;
  readonly availabilityZones: readonly string[];
  readonly brokerAzCount: number;
  readonly clusterId: ClusterIdPlan;
  readonly quorum: QuorumPlan;
  readonly listeners: readonly ListenerPlan[];
  readonly controllerListenerAuthentication: 'ssl' | 'sasl-plain';
  readonly scramUsers: readonly { readonly user: string; readonly secretName: string }[];
  readonly mtls?: { readonly principalMappingRules?: string };
  /** Every super user principal, sorted: node principals, the controller PLAIN user, then the user's. */
  readonly superUsers: readonly string[];
  /** Shared secret with the controller listener's PLAIN password (`sasl-plain` only). */
  readonly controllerPasswordSecretName?: string;
  readonly tieredStorage?: TieredStoragePlan;
  readonly jmxExporter?: { readonly source: ArtifactSource; readonly port: number };
  /** Effective typed server properties (production defaults, or development defaults for a combined node). */
  readonly serverProperties: ServerPropertiesSpec;
  readonly groups: GroupsPlan;
  readonly parameterPrefix: string;
  readonly secretPrefix: string;
  readonly nodes: readonly NodePlan[];
  readonly securityGroupRules: readonly SecurityGroupRulePlan[];
  readonly tls: TlsPlan;
  readonly network: NetworkPlan;
  /** Volumes, secrets, keys, bucket and hosted zone when they leave the stack or program. */
  readonly removal: RemovalMode;
  readonly bootSignal: BootSignalPlan;
  /** Name of the SSM Command document restarting one node (rolling restart runbook). */
  readonly restartDocumentName: string;
  readonly alarms: readonly SelfManagedAlarmPlan[];
  /** The workload declared for sizing checks (`spec.workload`); absent when none was declared. */
  readonly workload?: KafkaWorkload;
  readonly warnings: readonly Issue[];
}
