/**
 * The validated, fully decided MSK plan that the CDK and Pulumi faces map to resources.
 */
import type { AlarmPlan, AtRestKey, Issue, KafkaWorkload, RemovalMode } from '../core';
import type { EnhancedMonitoringLevel, MskInstanceInfo, MskNetworkType, MskTopicReassignment, MskVersionInfo } from './limits';
import type { MskSubnetRef } from './spec';

/** An ingress rule the cluster security group needs, derived from the enabled listeners. */
export interface MskPortRule {
  readonly fromPort: number;
  readonly toPort: number;
  /** `clients`: from the cluster's client peers; `public`: from `connectivity.publicAccessCidrs`; `monitoring`: Prometheus scrapers. */
  readonly audience: 'clients' | 'public' | 'multiVpc' | 'monitoring';
  readonly description: string;
}

/** Bootstrap broker strings the cluster exposes (GetBootstrapBrokers response field names). */
export type BootstrapField =
  | 'BootstrapBrokerString'
  | 'BootstrapBrokerStringTls'
  | 'BootstrapBrokerStringSaslScram'
  | 'BootstrapBrokerStringSaslIam'
  | 'BootstrapBrokerStringPublicTls'
  | 'BootstrapBrokerStringPublicSaslScram'
  | 'BootstrapBrokerStringPublicSaslIam'
  | 'BootstrapBrokerStringVpcConnectivityTls'
  | 'BootstrapBrokerStringVpcConnectivitySaslScram'
  | 'BootstrapBrokerStringVpcConnectivitySaslIam'
  | 'BootstrapBrokerStringIpv6'
  | 'BootstrapBrokerStringTlsIpv6'
  | 'BootstrapBrokerStringSaslScramIpv6'
  | 'BootstrapBrokerStringSaslIamIpv6';

/** One CloudWatch alarm of an MSK cluster (namespace `AWS/Kafka`); the shape every AWS target plans. */
export type MskAlarmPlan = AlarmPlan;

/** The rendered MSK configuration. */
export interface MskConfigurationPlan {
  /** Name carries the version, so a Kafka upgrade creates a new configuration instead of editing an immutable one. */
  readonly name: string;
  readonly description: string;
  readonly kafkaVersions: readonly string[];
  /** `server.properties` text. */
  readonly serverProperties: string;
}

/** SCRAM secrets the library creates. */
export interface MskScramSecretPlan {
  readonly user: string;
  /** `AmazonMSK_<clusterName>_<user>`. */
  readonly secretName: string;
  /** Stable construct id / resource name suffix. */
  readonly id: string;
}

/**
 * The key that encrypts the SCRAM secrets the library creates, decided once:
 * - `none`: the library creates no secret (SCRAM off, or only `existingSecretArns`);
 * - `cluster-key`: the cluster's at-rest key (created or yours); a created one then allows Secrets Manager;
 * - `create`: a separate key the library creates for the secrets (your cluster key with `secretsKey: { kind: 'create' }`);
 * - `existing`: your key, other than the cluster key.
 */
export type MskScramSecretsKeyPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'cluster-key' }
  | { readonly kind: 'create' }
  | { readonly kind: 'existing'; readonly keyArn: string };

interface MskPlanCommon {
  readonly clusterName: string;
  /** Number of AZs the brokers (or each Serverless VPC configuration's subnets) span. */
  readonly azCount: number;
  readonly removal: RemovalMode;
  readonly encryptionKey: AtRestKey;
  readonly tags: Readonly<Record<string, string>>;
  readonly ports: readonly MskPortRule[];
  readonly bootstrapFields: readonly BootstrapField[];
  readonly alarms: readonly MskAlarmPlan[];
  /** Warnings for the face to surface (CDK annotations / pulumi.log.warn). */
  readonly warnings: readonly Issue[];
}

export interface MskProvisionedPlan extends MskPlanCommon {
  readonly kind: 'standard' | 'express';
  readonly kafkaVersion: MskVersionInfo;
  readonly instance: MskInstanceInfo;
  readonly brokerNodes: number;
  /** One subnet per AZ, chosen from the face's candidates in a stable order. */
  readonly subnets: readonly MskSubnetRef[];
  /** Standard only. */
  readonly storage?: {
    readonly volumeSizeGiB: number;
    readonly provisionedThroughputMiBps?: number;
    readonly autoScaling?: { readonly maxVolumeSizeGiB: number; readonly targetUtilizationPercent: number };
    readonly mode: 'LOCAL' | 'TIERED';
  };
  readonly auth: {
    readonly iam: boolean;
    readonly scram: boolean;
    readonly tlsCertificateAuthorityArns: readonly string[];
    readonly unauthenticated: boolean;
  };
  readonly scramSecrets: readonly MskScramSecretPlan[];
  readonly existingScramSecretArns: readonly string[];
  /** Key of the SCRAM secrets the library creates. */
  readonly scramSecretsKey: MskScramSecretsKeyPlan;
  readonly encryptionInTransit: { readonly clientBroker: 'TLS' | 'TLS_PLAINTEXT' | 'PLAINTEXT'; readonly inCluster: boolean };
  readonly configuration: MskConfigurationPlan;
  readonly logging: {
    /** `logGroupName`: see `brokerLogGroupName` (fixed, so the key policy can name the group before it exists). */
    readonly cloudWatch?: { readonly retentionDays: number; readonly logGroupName: string };
    readonly s3?: { readonly bucketName: string; readonly prefix?: string };
    readonly firehoseDeliveryStream?: string;
  };
  readonly monitoring: { readonly enhanced: EnhancedMonitoringLevel; readonly jmxExporter: boolean; readonly nodeExporter: boolean };
  readonly connectivity: {
    readonly publicAccess: boolean;
    /** IPv4 ranges allowed on the public listeners (validated; may hold deploy-time values). Empty without public access. */
    readonly publicAccessCidrs: readonly string[];
    readonly multiVpc?: { readonly iam: boolean; readonly scram: boolean; readonly tls: boolean };
    readonly multiVpcAllowedAccounts: readonly string[];
    /** The cluster exists already (second deploy): connectivity settings may be sent. */
    readonly clusterAlreadyDeployed: boolean;
    /**
     * Send the broker connectivity block (public access type, VPC connectivity): only once the cluster exists (MSK
     * refuses it at creation) and on instance types that support it; from then on public access is explicit, so
     * that `DISABLED` turns it off again.
     */
    readonly sendConnectivityInfo: boolean;
    /** Network type to send (only with `sendConnectivityInfo`); absent: not sent, the cluster stays what it is. */
    readonly networkType?: MskNetworkType;
  };
  /** Intelligent rebalancing status to send (Express only); absent: MSK's default. */
  readonly rebalancing?: 'ACTIVE' | 'PAUSED';
  /** The workload declared for sizing checks (`spec.workload`); absent when none was declared. */
  readonly workload?: KafkaWorkload;
  /** How topics move in an in-place upgrade to Express brokers (AWS CDK only); absent: MSK's default. */
  readonly topicReassignment?: MskTopicReassignment;
}

export interface MskServerlessPlan extends MskPlanCommon {
  readonly kind: 'serverless';
  readonly vpcConfigs: readonly { readonly subnets: readonly MskSubnetRef[] }[];
}

export type MskPlan = MskProvisionedPlan | MskServerlessPlan;
