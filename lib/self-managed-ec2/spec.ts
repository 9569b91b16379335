/**
 * Face-agnostic input for a self-managed Apache Kafka (KRaft) cluster on EC2. The CDK and Pulumi props add
 * their network objects (VPC, subnets, hosted zone); everything else is decided once by `planSelfManagedCluster`.
 */
import type { KafkaWorkload, ServerPropertiesSpec } from '../core';
import type { RemovalMode } from '../core/types';
import type { ArtifactSource } from '../aws/ec2-node/artifact-source';
import type { Ec2InstanceInfo } from '../aws/ec2-node/instances';

export type { ArtifactSource, PreinstalledArtifact, S3Artifact, UrlArtifact } from '../aws/ec2-node/artifact-source';
import type { SelfManagedGroupsSpec } from './groups-spec';
export type { SelfManagedGroupsSpec, ShareGroupsSpec, StreamsGroupsSpec } from './groups-spec';

/** EBS volume of a node: the data volume of a broker or the metadata volume of a controller. */
export interface NodeVolumeSpec {
  /**
   * Size in GiB.
   * @default 1000 for brokers, 20 for controllers
   */
  readonly sizeGiB?: number;
  /**
   * EBS volume type.
   * @default 'gp3'
   */
  readonly type?: 'gp3' | 'io2';
  /**
   * Provisioned IOPS (gp3: 3000-16000, at most 500 per GiB; io2: required, 100-64000).
   * @default 3000 for gp3 (the gp3 baseline)
   */
  readonly iops?: number;
  /**
   * gp3 throughput in MiB/s (125-1000, at most IOPS/4).
   * @default 125 (the gp3 baseline)
   */
  readonly throughputMiBps?: number;
}

/** Settings shared by a group of nodes with the same role. */
export interface NodeGroupSpec {
  /**
   * EC2 instance type (Graviton by default: Amazon Linux 2023 arm64).
   * @default 'm7g.xlarge' for brokers, 'm7g.large' for controllers
   */
  readonly instanceType?: string;
  /**
   * Describes an instance type the library's table does not know yet (vCPU, memory, architecture).
   * @default - looked up in the instance table
   */
  readonly instanceCapabilities?: Omit<Ec2InstanceInfo, 'instanceType'>;
  /**
   * JVM heap in GiB (`-Xms` = `-Xmx`). Leave the rest of the memory to the page cache.
   * @default - brokers: 25% of the instance memory, at most 6 GiB; controllers: 50%, at most 4 GiB
   */
  readonly heapGiB?: number;
  /**
   * The node's dedicated EBS volume.
   * @default - gp3, 1000 GiB for brokers and 20 GiB for controllers, baseline IOPS and throughput
   */
  readonly volume?: NodeVolumeSpec;
}

/** Brokers: data nodes spread evenly over the first `azCount` availability zones. */
export interface BrokerGroupSpec extends NodeGroupSpec {
  /**
   * Number of brokers; a multiple of `azCount`.
   * @default - one per broker AZ (`azCount`)
   */
  readonly count?: number;
  /**
   * How many of `availabilityZones` (the first ones in sorted order) hold brokers.
   * @default - min(3, availabilityZones.length)
   */
  readonly azCount?: number;
}

/** Dedicated KRaft controllers, one per availability zone. */
export interface ControllerGroupSpec extends NodeGroupSpec {
  /**
   * Number of controllers: 3, or 5 on Kafka 4.x. Each needs its own AZ.
   * @default 3
   */
  readonly count?: 3 | 5;
}

/** SASL/SCRAM-SHA-512 over TLS on the client listener (port 9096). */
export interface ScramClientAuth {
  /**
   * Users created at format time (KIP-900 bootstrap records), one Secrets Manager secret each holding
   * `{"username","password"}`. Add later users with `kafka-configs.sh`.
   */
  readonly users: readonly string[];
}

/** Mutual TLS on the client listener (port 9094): `ssl.client.auth=required`. */
export interface MtlsClientAuth {
  /**
   * Client certificate requirement. Only `required` is accepted: `requested` lets clients in without a certificate.
   * @default 'required'
   */
  readonly clientAuth?: 'required';
  /**
   * `ssl.principal.mapping.rules` for this listener, e.g. `RULE:^CN=([^,]+).*$/$1/,DEFAULT`.
   * @default - Kafka's default: the full distinguished name (`User:CN=app,O=...`)
   */
  readonly principalMappingRules?: string;
}

/** Client authentication; at least one mode is required. */
export interface SelfManagedClientAuthentication {
  /**
   * SASL/SCRAM-SHA-512 over TLS.
   * @default - off
   */
  readonly scram?: ScramClientAuth;
  /**
   * Mutual TLS. Client certificates are verified against the `clientCaCertificates` of each node's TLS secret
   * (or the cluster CA when that field is absent).
   * @default - off
   */
  readonly mtls?: MtlsClientAuth;
}

/** Tiered storage (KIP-405) to S3 with the Aiven plugin. */
export interface SelfManagedTieredStorage {
  /** S3 bucket name (not its ARN). */
  readonly bucketName: string;
  /** Region of the bucket, e.g. `eu-west-1`. */
  readonly region: string;
  /**
   * Object key prefix, ending in `/`.
   * @default - none (the bucket root)
   */
  readonly keyPrefix?: string;
  /**
   * KMS key the bucket encrypts with (SSE-KMS); brokers get GenerateDataKey/Decrypt on it.
   * @default - none (SSE-S3)
   */
  readonly kmsKeyArn?: string;
  /** The Aiven tiered-storage plugin: its core and S3 archives (tgz), or a pre-installed directory. */
  readonly plugin: {
    /** Plugin version, for the record and the install path. */
    readonly version: string;
    /** The `core-<version>.tgz` archive, or `preinstalled` with the directory holding `core/` and `s3/`. */
    readonly core: ArtifactSource;
    /**
     * The `s3-<version>.tgz` archive.
     * @default - none: required unless `core` is `preinstalled`
     */
    readonly s3?: ArtifactSource;
  };
  /**
   * Size of the on-disk chunk cache in bytes (on the data volume).
   * @default 10737418240 (10 GiB)
   */
  readonly chunkCacheSizeBytes?: number;
  /**
   * Upload rate limit per broker in bytes/s (at least 1 MiB/s).
   * @default - unlimited
   */
  readonly uploadRateLimitBytesPerSecond?: number;
}

/** Metrics. */
export interface SelfManagedMonitoring {
  /**
   * Prometheus JMX exporter as a Java agent bound to 127.0.0.1 (never exposed off-host). The alarms read its
   * metrics through the CloudWatch agent. Without it no Kafka alarms are created (a warning says so).
   * @default - off
   */
  readonly jmxExporter?: {
    /** The `jmx_prometheus_javaagent-<version>.jar`. */
    readonly source: ArtifactSource;
    /**
     * Local port of the exporter.
     * @default 7071
     */
    readonly port?: number;
  };
  /**
   * Disk use (percent) that raises the disk alarms of a node: its data volume and its root volume (which holds
   * `/var/log/kafka`).
   * @default 80
   */
  readonly diskUsedPercent?: number;
}

/** The whole cluster. */
export interface SelfManagedKafkaSpec {
  /** Cluster name: 1-48 lower-case letters, digits or hyphens, starting with a letter. Used in names and tags. */
  readonly clusterName: string;
  /** Apache Kafka version, e.g. `3.9.1`, `4.3.2`, `4.4.0` (lines 3.7 to 4.4; see `kafkaLine` for what each line supports). */
  readonly kafkaVersion: string;
  /**
   * AZ names (e.g. `eu-west-1a`). Placement is by name, in sorted order: controller `n` goes to the `n`-th name,
   * brokers round-robin over the first `brokers.azCount` names. The order of the list does not matter.
   */
  readonly availabilityZones: readonly string[];
  /**
   * Brokers.
   * @default - one broker per broker AZ, m7g.xlarge, 1000 GiB gp3
   */
  readonly brokers?: BrokerGroupSpec;
  /**
   * The workload the cluster is meant to carry: the plan warns (`sizing/*`) when the brokers' volumes cannot absorb
   * or keep it. Changes no resource.
   * @default - no sizing check
   */
  readonly workload?: KafkaWorkload;
  /**
   * Dedicated controllers.
   * @default - 3 controllers on m7g.large, 20 GiB gp3 metadata volumes
   */
  readonly controllers?: ControllerGroupSpec;
  /**
   * KRaft quorum: `static` (`controller.quorum.voters`) or `dynamic` (KIP-853, `controller.quorum.bootstrap.servers`,
   * Kafka 3.9+). 3.9 cannot migrate static to dynamic later.
   * @default 'dynamic' on Kafka 3.9+, else 'static'
   */
  readonly quorum?: 'static' | 'dynamic';
  /** Client authentication: SCRAM-SHA-512 over TLS and/or mTLS. No PLAINTEXT listener exists. */
  readonly clientAuthentication: SelfManagedClientAuthentication;
  /**
   * Authentication on the controller listener: `ssl` (mTLS with the node certificates) or `sasl-plain`
   * (SASL PLAIN over TLS, shared password). SCRAM does not work there (KAFKA-15513).
   * @default 'ssl'
   */
  readonly controllerListenerAuthentication?: 'ssl' | 'sasl-plain';
  /**
   * Extra super users, as principals exactly as Kafka builds them (`User:alice`, `User:CN=ops,O=Example`).
   * Node principals are always added.
   * @default - the nodes only
   */
  readonly superUsers?: readonly string[];
  /**
   * Tiered storage to S3.
   * @default - off
   */
  readonly tieredStorage?: SelfManagedTieredStorage;
  /**
   * Amazon Corretto major version. Kafka 4.x needs 17+.
   * @default 21
   */
  readonly javaVersion?: 11 | 17 | 21;
  /** The Kafka distribution (`kafka_2.13-<version>.tgz`): URL + SHA-512, S3 object, or pre-installed directory. */
  readonly distribution: ArtifactSource;
  /**
   * Private hosted zone for the stable node names (`broker-1.<zone>`).
   * @default - `<clusterName>.kafka.internal`
   */
  readonly dnsZoneName?: string;
  /**
   * Cluster id (22 characters of URL-safe base64 from 16 random bytes, not starting with '-'). Pass the id of an
   * existing cluster when adopting it; see `generateClusterId`.
   * @default - generated once at deploy time by the face and kept in the cluster-id SSM parameter
   */
  readonly clusterId?: string;
  /**
   * `--release-version` passed to `kafka-storage.sh format` (the initial metadata.version).
   * @default - the Kafka line, e.g. '3.9'
   */
  readonly releaseVersion?: string;
  /**
   * `production` or `development`. Only development clusters may use `combinedMode`.
   * @default 'production'
   */
  readonly mode?: 'production' | 'development';
  /**
   * One node running `process.roles=broker,controller`. Development only, and only with a single node.
   * @default false
   */
  readonly combinedMode?: boolean;
  /**
   * Broker/controller properties: typed production defaults plus validated extras (rendered on brokers AND
   * controllers). Keys the library owns (listeners, quorum, security, storage, tiered storage) are refused.
   * @default - production defaults (RF 3, min ISR 2, auto-create off, unclean election off)
   */
  readonly serverProperties?: ServerPropertiesSpec;
  /**
   * Share groups and streams groups, cluster-wide (Kafka 4.2 and later).
   * @default - both on from Kafka 4.2 with Kafka's limits; off (and refused) before
   */
  readonly groups?: SelfManagedGroupsSpec;
  /**
   * Metrics and alarms.
   * @default - no exporter, disk alarms at 80%
   */
  readonly monitoring?: SelfManagedMonitoring;
  /**
   * Prefix of the SSM parameters holding the cluster id, per-node files and markers.
   * @default - `/kafka-iac/<clusterName>`
   */
  readonly parameterPrefix?: string;
  /**
   * Prefix of the Secrets Manager secrets (node TLS material, SCRAM users, controller password).
   * @default - `kafka-iac/<clusterName>`
   */
  readonly secretPrefix?: string;
  /**
   * SSM parameter naming the AMI of every node, resolved at deploy time (a custom AMI for `preinstalled` artifacts).
   * @default - Amazon Linux 2023 for the instance architecture, `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64` (or `-x86_64`)
   */
  readonly amiSsmParameter?: string;
  /**
   * How long a new node (created or replacing one) has to serve: a broker registered and unfenced, a controller a
   * caught-up voter. Its Auto Scaling group holds the instance until then; a boot that fails or runs out of time
   * abandons the instance (the group launches another) and fails the deployment that created the group. Whole
   * minutes from 10 to 120 (an Auto Scaling lifecycle hook waits at most 7200 seconds).
   * @default 30
   */
  readonly bootTimeoutMinutes?: number;
  /**
   * Node certificates (the cluster CA signs them at deploy time).
   * @default - valid 3650 days, generation 1
   */
  readonly tls?: SelfManagedTls;
  /**
   * What happens to the volumes, secrets, keys, tiered-storage bucket, hosted zone and a `KafkaVpc` created for
   * the cluster when they leave the stack or program. `retain`: CDK RETAIN; Pulumi `retainOnDelete`, plus `protect`
   * on the volumes, secrets, key, bucket, hosted zone and provisioner log group. `destroy`: deleted with the stack
   * or program. Volumes always survive instance termination.
   * @default 'retain'
   */
  readonly removal?: RemovalMode;
}

/** Node certificates. */
export interface SelfManagedTls {
  /**
   * Validity of node certificates in days (the CA is valid twice as long).
   * @default 3650
   */
  readonly certificateValidityDays?: number;
  /**
   * Raise to re-issue every node certificate on the next deploy (same CA); replace the instances one at a time to load them.
   * @default 1
   */
  readonly generation?: number;
}
