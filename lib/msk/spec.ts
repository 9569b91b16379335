/**
 * Face-agnostic input for an MSK cluster. The CDK and Pulumi props extend these with their own network
 * objects (a VPC, subnets, security groups); everything else is decided once by `planMskCluster`.
 */
import type { AccessIntent, AtRestKey, KafkaWorkload, RemovalMode, ServerPropertiesSpec, TopicSpec } from '../core';
import type { EnhancedMonitoringLevel, MskInstanceInfo, MskNetworkType, MskTopicReassignment, MskVersionInfo } from './limits';

/** Cluster kinds: provisioned Standard brokers, provisioned Express brokers, or Serverless. */
export type MskClusterKind = 'standard' | 'express' | 'serverless';

/** Client authentication. At least one mode must be on; IAM is on by default. */
export interface MskClientAuthentication {
  /**
   * IAM access control (SASL/IAM, port 9098).
   * @default true when no other mode is set, else false
   */
  readonly iam?: boolean;
  /**
   * SASL/SCRAM (port 9096). Credentials live in Secrets Manager secrets named `AmazonMSK_*`, encrypted with a
   * customer-managed KMS key and associated with the cluster. Not available on Serverless.
   * @default - off
   */
  readonly scram?: MskScramOptions;
  /**
   * Mutual TLS (port 9094) with client certificates issued by these ACM Private CAs. Not on Serverless.
   * @default - off
   */
  readonly mtls?: { readonly certificateAuthorityArns: readonly string[] };
  /**
   * Unauthenticated access. Requires `allowUnauthenticated: true` as well, so that it is never on by accident.
   * @default false
   */
  readonly unauthenticated?: boolean;
  /**
   * Explicit opt-in for `unauthenticated`.
   * @default false
   */
  readonly allowUnauthenticated?: boolean;
}

/** SASL/SCRAM users. */
export interface MskScramOptions {
  /**
   * Users to create: one secret per user named `AmazonMSK_<clusterName>_<user>` with a generated password.
   * @default - none
   */
  readonly users?: readonly string[];
  /**
   * Secrets you manage (names must start with `AmazonMSK_` and be encrypted with a customer-managed key).
   * @default - none
   */
  readonly existingSecretArns?: readonly string[];
  /**
   * Key that encrypts the secrets the library creates. MSK cannot read secrets encrypted with the AWS-managed
   * `aws/secretsmanager` key, so `aws-managed` is refused.
   * @default - the cluster's customer-managed key
   */
  readonly secretsKey?: AtRestKey | { readonly kind: 'aws-managed' };
}

/** Encryption in transit. */
export interface MskEncryptionInTransit {
  /**
   * Client-to-broker encryption. `TLS_PLAINTEXT` and `PLAINTEXT` need `allowPlaintext: true`.
   * @default 'TLS'
   */
  readonly clientBroker?: 'TLS' | 'TLS_PLAINTEXT' | 'PLAINTEXT';
  /**
   * Broker-to-broker encryption.
   * @default true
   */
  readonly inCluster?: boolean;
  /**
   * Explicit opt-in for any plaintext traffic.
   * @default false
   */
  readonly allowPlaintext?: boolean;
}

/** EBS storage of Standard brokers. Not allowed for Express (the service manages storage). */
export interface MskStorage {
  /**
   * EBS volume per broker in GiB (1-16384).
   * @default 1000
   */
  readonly volumeSizeGiB?: number;
  /**
   * Provisioned storage throughput per broker in MiB/s (250 up to the instance type's maximum). Only on
   * kafka.m5.4xlarge / kafka.m7g.2xlarge and larger.
   * @default - off
   */
  readonly provisionedThroughputMiBps?: number;
  /**
   * Storage auto-scaling (Application Auto Scaling on broker storage). MSK only grows volumes.
   * @default - off
   */
  readonly autoScaling?: {
    /** Upper bound of the volume size in GiB. */
    readonly maxVolumeSizeGiB: number;
    /**
     * Disk utilization that triggers a scale-out, in percent (10-80).
     * @default 60
     */
    readonly targetUtilizationPercent?: number;
  };
  /**
   * Tiered storage (`TIERED` storage mode): older segments move to MSK-managed storage.
   * @default false
   */
  readonly tiered?: boolean;
}

/** Where broker logs go. */
export interface MskBrokerLogging {
  /**
   * CloudWatch Logs: `true` creates an encrypted log group with `retentionDays`; `false` turns it off.
   * @default true
   */
  readonly cloudWatch?: boolean;
  /**
   * Retention of the created log group, in days (a CloudWatch Logs value).
   * @default 365
   */
  readonly retentionDays?: number;
  /**
   * An S3 bucket (name) and optional prefix.
   * @default - off
   */
  readonly s3?: { readonly bucketName: string; readonly prefix?: string };
  /**
   * A Kinesis Data Firehose delivery stream (name).
   * @default - off
   */
  readonly firehoseDeliveryStream?: string;
}

/** Monitoring. */
export interface MskMonitoring {
  /**
   * CloudWatch enhanced monitoring level.
   * @default 'PER_BROKER'
   */
  readonly enhanced?: EnhancedMonitoringLevel;
  /**
   * Prometheus JMX exporter on every broker (port 11001).
   * @default false
   */
  readonly jmxExporter?: boolean;
  /**
   * Prometheus node exporter on every broker (port 11002).
   * @default false
   */
  readonly nodeExporter?: boolean;
}

/** Default CloudWatch alarms. */
export interface MskAlarms {
  /**
   * Create the default alarms.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Disk used per broker (`KafkaDataLogsDiskUsed`) that raises an alarm, in percent. Standard brokers only.
   * @default 85
   */
  readonly diskUsedPercent?: number;
  /**
   * CPU (`CpuUser + CpuSystem`) per broker that raises an alarm, in percent.
   * @default 60
   */
  readonly cpuPercent?: number;
}

/** Connectivity that MSK only allows on an existing cluster. */
export interface MskConnectivity {
  /**
   * Public access over service-provided Elastic IPs. MSK refuses it at creation: deploy the cluster first,
   * then set this together with `clusterAlreadyDeployed: true`.
   * @default false
   */
  readonly publicAccess?: boolean;
  /**
   * IPv4 ranges (`a.b.c.d/n`) allowed on the public listeners; only with `publicAccess` (public access uses
   * IPv4 Elastic IPs). The created security group gets one ingress rule per range and public port.
   * @default - none: the public listeners are reachable from nowhere until you list a range
   */
  readonly publicAccessCidrs?: readonly string[];
  /**
   * Multi-VPC private connectivity (PrivateLink) for these client auth modes. Same two-step rule as public access.
   * To turn it off again on an existing cluster, set every mode to false for one deployment, then remove it.
   * @default - off
   */
  readonly multiVpc?: { readonly iam?: boolean; readonly scram?: boolean; readonly tls?: boolean };
  /**
   * AWS account ids allowed to create VPC connections to the cluster (renders a cluster policy).
   * @default - none
   */
  readonly multiVpcAllowedAccounts?: readonly string[];
  /**
   * Network type: `DUAL` gives the brokers IPv6 addresses next to their IPv4 ones (and the `...Ipv6` bootstrap
   * strings). MSK creates every cluster as IPV4 and moves an existing one to DUAL, never back: deploy first, then
   * set `DUAL` together with `clusterAlreadyDeployed: true`, on broker subnets that have IPv6 CIDR blocks. Keep it
   * set once deployed.
   * @default - not sent: IPV4, what MSK gives every new cluster
   */
  readonly networkType?: MskNetworkType;
  /**
   * Set to true once the cluster exists, to allow `publicAccess` / `multiVpc` / `networkType: 'DUAL'`.
   * @default false
   */
  readonly clusterAlreadyDeployed?: boolean;
}

/** Common to all kinds. */
export interface MskCommonSpec {
  /** Cluster name (1-64 letters, digits, hyphens; starts with a letter). Part of ARNs and secret names. */
  readonly clusterName: string;
  /**
   * What happens to the cluster, its key, log group, secrets, security group and a `KafkaVpc` created for it when
   * they leave the stack or program. `retain`: CDK RETAIN; Pulumi `retainOnDelete`, plus `protect` on the cluster,
   * key, log group and secrets. `destroy`: deleted with the stack or program (the opt-out for test environments).
   * @default 'retain'
   */
  readonly removal?: RemovalMode;
  /**
   * Number of AZs the brokers (or Serverless VPC config subnets) span. Express needs 3.
   * @default 3
   */
  readonly azCount?: 2 | 3;
  /**
   * Encryption-at-rest key; also encrypts broker logs and SCRAM secrets.
   * @default { kind: 'create' } - a customer-managed key with rotation
   */
  readonly encryptionKey?: AtRestKey;
  /**
   * Tags applied to every resource.
   * @default - none
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Provisioned cluster (Standard or Express brokers). */
export interface MskProvisionedSpec extends MskCommonSpec {
  readonly kind: 'standard' | 'express';
  /**
   * The workload the cluster is meant to carry: the plan warns (`sizing/*`) when the brokers' published sustained
   * throughput, partitions per broker or storage are too small for it. Changes no resource.
   * @default - no sizing check
   */
  readonly workload?: KafkaWorkload;
  /**
   * Kafka version, as MSK names it.
   * @default '3.9.x.kraft'
   */
  readonly kafkaVersion?: string;
  /**
   * Allow a version MSK has announced end of support for.
   * @default false
   */
  readonly allowEndOfSupportVersion?: boolean;
  /**
   * Capabilities of a version missing from the library's table (escape hatch for new MSK versions).
   * @default - looked up in the table
   */
  readonly kafkaVersionCapabilities?: Omit<MskVersionInfo, 'version'>;
  /**
   * Broker instance type.
   * @default 'kafka.m7g.large' for Standard, 'express.m7g.large' for Express
   */
  readonly instanceType?: string;
  /**
   * Capabilities of an instance type missing from the library's table (escape hatch).
   * @default - looked up in the table
   */
  readonly instanceCapabilities?: Omit<MskInstanceInfo, 'instanceType'>;
  /**
   * Total broker count, a multiple of `azCount`. Explicit and stable: it never follows the VPC's AZs.
   * @default - one broker per AZ (`azCount`)
   */
  readonly brokerNodes?: number;
  /**
   * Account quota for brokers per cluster.
   * @default 30
   */
  readonly maxBrokerNodes?: number;
  /**
   * EBS storage (Standard only).
   * @default - 1000 GiB, no provisioned throughput, no auto-scaling, local storage
   */
  readonly storage?: MskStorage;
  /**
   * Client authentication.
   * @default { iam: true }
   */
  readonly clientAuthentication?: MskClientAuthentication;
  /**
   * Encryption in transit.
   * @default - TLS between clients and brokers and inside the cluster
   */
  readonly encryptionInTransit?: MskEncryptionInTransit;
  /**
   * Broker properties rendered into an `MSK configuration` (typed production defaults plus validated extras).
   * @default - production defaults: RF 3, min ISR 2, no auto-create, no unclean election
   */
  readonly serverProperties?: ServerPropertiesSpec;
  /**
   * Broker logs.
   * @default - CloudWatch Logs, encrypted, 365 days
   */
  readonly logging?: MskBrokerLogging;
  /**
   * Monitoring.
   * @default - PER_BROKER enhanced monitoring, no Prometheus exporters
   */
  readonly monitoring?: MskMonitoring;
  /**
   * Default alarms.
   * @default - CPU per broker; on Standard brokers also offline partitions, under-replicated partitions and disk used
   */
  readonly alarms?: MskAlarms;
  /**
   * Public access, multi-VPC connectivity and the network type.
   * @default - private only, IPv4
   */
  readonly connectivity?: MskConnectivity;
  /**
   * Intelligent rebalancing (Express brokers only): MSK moves partitions when brokers are added or removed and
   * whenever their load drifts apart. `false` pauses it (needed before a third-party tool such as Cruise Control
   * may reassign partitions).
   * @default - not sent: MSK's default, on (ACTIVE) for Express clusters created from 2025-11-20, paused before
   */
  readonly intelligentRebalancing?: boolean;
  /**
   * How MSK moves topics when this cluster, deployed before with Standard brokers, is upgraded in place to Express
   * brokers (`kind` and `instanceType` change to Express; Kafka must be 3.9.x.kraft). `MANUAL` adds the Express
   * brokers and moves no topic (move them with StartTopicReassignment); `AUTOMATIC` moves them all. AWS CDK only:
   * @pulumi/aws has no input for it.
   * @default - not sent: MSK's default, MANUAL
   */
  readonly topicReassignment?: MskTopicReassignment;
  /**
   * Topics created natively (`AWS::MSK::Topic` / `aws.msk.Topic`, Kafka 3.6+), validated by `planCatalog`. Each is
   * retained when removed from the program unless its `deleteOnRemoval` is set. More with `addTopic`.
   * @default []
   */
  readonly topics?: readonly TopicSpec[];
  /**
   * Application access: `iam` intents become IAM policies (the same statements as `grantRead` / `grantWrite`);
   * `scram` and `mtls` intents become Kafka ACLs and client quotas, applied by the in-VPC admin function over IAM
   * (the cluster needs IAM access control on next to SCRAM or mTLS, else `msk/catalog-acls`).
   * @default []
   */
  readonly access?: readonly AccessIntent[];
}

/** Serverless cluster: IAM authentication only. */
export interface MskServerlessSpec extends MskCommonSpec {
  readonly kind: 'serverless';
  /**
   * Client authentication: only IAM is available on Serverless.
   * @default { iam: true }
   */
  readonly clientAuthentication?: MskClientAuthentication;
}

export type MskClusterSpec = MskProvisionedSpec | MskServerlessSpec;

/** Network facts the face resolved from its own objects, for validation and placement. */
export interface MskNetworkInput {
  /** Provisioned: candidate broker subnets, in the face's order. */
  readonly subnets?: readonly MskSubnetRef[];
  /** Serverless: one entry per VPC configuration. */
  readonly vpcConfigs?: readonly { readonly subnets: readonly MskSubnetRef[]; readonly securityGroupCount: number }[];
  /** Number of security groups attached to a provisioned cluster (MSK allows up to 5). */
  readonly securityGroupCount?: number;
}

/** Subnet facts the face resolved from its network objects (ids and AZs may be deploy-time tokens). */
export interface MskSubnetRef {
  readonly subnetId: string;
  /** AZ name or id, when known at synth time. */
  readonly availabilityZone?: string;
  /**
   * Whether the subnet has an IPv6 CIDR block (dual-stack network type), when the face knows.
   * @default - unknown
   */
  readonly ipv6?: boolean;
}
