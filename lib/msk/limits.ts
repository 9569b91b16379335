/**
 * Amazon MSK service limits and capabilities, in one place (conventions §6).
 *
 * Sources (AWS documentation, checked 2026-11; the version table 2026-12-04, with sources per row): "Supported
 * Apache Kafka versions", "Amazon MSK broker types", "Express brokers", "Provisioned storage throughput",
 * "Tiered storage requirements and limitations", "Custom MSK configurations", "MSK Serverless quotas",
 * "Port information".
 * Limits go stale: `MskClusterSpec.kafkaVersionCapabilities` and `instanceCapabilities` are the escape
 * hatches for a version or instance type the service added after this table was written.
 */
import type { KafkaLine } from '../core';
import { EXPRESS_THROUGHPUT } from '../core/sizing/capacity';

/** What an MSK Kafka version string supports. */
export interface MskVersionInfo {
  /** The version string as the MSK API takes it. */
  readonly version: string;
  /** Apache Kafka release line (drives the key list used to validate properties). */
  readonly line: KafkaLine;
  /** Metadata mode: KRaft controllers or ZooKeeper. */
  readonly metadata: 'kraft' | 'zookeeper';
  /** Usable with Standard brokers. */
  readonly standard: boolean;
  /** Usable with Express brokers. */
  readonly express: boolean;
  /** Standard brokers can use `TIERED` storage mode. */
  readonly tieredStorage: boolean;
  /** MSK has announced end of support: refused unless explicitly allowed. */
  readonly endOfSupport?: boolean;
}

/** Where a fact of a table row comes from: the page (its title as published) and the date of what was read. */
export interface MskTableSource {
  /** Page title, e.g. "Supported Apache Kafka versions" (MSK Developer Guide), or a release note. */
  readonly title: string;
  /** ISO date (`YYYY-MM-DD`) the fact was published or the page was read. */
  readonly date: string;
  /** Which facts of the row it gives. */
  readonly facts: string;
}

/** One row of `MSK_VERSIONS`: the capabilities, the dates MSK published, and the sources of both. */
export interface MskVersionEntry extends MskVersionInfo {
  /** MSK release date of the version. */
  readonly released: string;
  /** End-of-support date MSK published (the row is `endOfSupport` once it has passed). */
  readonly endOfSupportDate?: string;
  /** At least one source per row (a test holds every row to it). */
  readonly sources: readonly MskTableSource[];
}

/**
 * "Supported Apache Kafka versions" (MSK Developer Guide): MSK release and end-of-support dates, as endoflife.date's
 * amazon-msk record tabulates the page (it is scraped from it; record state of 2026-08-22, which has 3.7.x ending
 * on 2026-09-01 and 4.2.x released on 2026-07-15).
 */
const supportedVersions = (facts: string): MskTableSource => ({ title: 'Supported Apache Kafka versions (Amazon MSK Developer Guide)', date: '2026-08-22', facts });
/** "Amazon MSK broker types": Express brokers start at Kafka 3.6 (launch of Express brokers, 2024-11-07). */
const BROKER_TYPES: MskTableSource = { title: 'Amazon MSK broker types (Amazon MSK Developer Guide)', date: '2024-11-07', facts: 'Express brokers run Kafka 3.6.0' };
/** "KRaft mode": KRaft from 3.7.x, named `<line>.x.kraft`; a cluster cannot switch metadata modes. */
const KRAFT_MODE: MskTableSource = { title: 'KRaft mode (Amazon MSK Developer Guide)', date: '2024-05-29', facts: 'KRaft version strings end in .kraft; 4.x is KRaft only' };

/**
 * Kafka versions MSK offers (conventions §6: each row names its sources and dates; checked 2026-12-04). `3.7.x`
 * alone is ZooKeeper mode, `3.7.x.kraft` KRaft. Versions past their end-of-support date are kept, marked, so that
 * an existing cluster can stay on one with `allowEndOfSupportVersion`; a version MSK added after this table is
 * described with `kafkaVersionCapabilities`.
 */
export const MSK_VERSIONS: readonly MskVersionEntry[] = [
  {
    version: '2.8.2.tiered', line: '2.8', metadata: 'zookeeper', standard: true, express: false, tieredStorage: true, endOfSupport: true,
    released: '2022-10-28', endOfSupportDate: '2025-01-14', sources: [supportedVersions('released 2022-10-28, end of support 2025-01-14')],
  },
  {
    version: '3.5.1', line: '3.5', metadata: 'zookeeper', standard: true, express: false, tieredStorage: false, endOfSupport: true,
    released: '2023-09-26', endOfSupportDate: '2025-10-23', sources: [supportedVersions('released 2023-09-26, end of support 2025-10-23')],
  },
  {
    version: '3.6.0', line: '3.6', metadata: 'zookeeper', standard: true, express: true, tieredStorage: true, endOfSupport: true,
    released: '2023-11-16', endOfSupportDate: '2026-06-01', sources: [supportedVersions('released 2023-11-16, end of support 2026-06-01'), BROKER_TYPES],
  },
  {
    version: '3.7.x', line: '3.7', metadata: 'zookeeper', standard: true, express: false, tieredStorage: true, endOfSupport: true,
    released: '2024-05-29', endOfSupportDate: '2026-09-01', sources: [supportedVersions('released 2024-05-29, end of support 2026-09-01')],
  },
  {
    version: '3.7.x.kraft', line: '3.7', metadata: 'kraft', standard: true, express: false, tieredStorage: true, endOfSupport: true,
    released: '2024-05-29', endOfSupportDate: '2026-09-01', sources: [supportedVersions('released 2024-05-29, end of support 2026-09-01'), KRAFT_MODE],
  },
  {
    version: '3.8.x', line: '3.8', metadata: 'zookeeper', standard: true, express: true, tieredStorage: true,
    released: '2025-02-20',
    sources: [
      supportedVersions('released 2025-02-20, no end-of-support date, marked Recommended'),
      { title: 'Document history for Amazon MSK Developer Guide: Express brokers support on Apache Kafka version 3.8.x', date: '2025-06-05', facts: 'Express brokers run 3.8.x' },
    ],
  },
  {
    version: '3.8.x.kraft', line: '3.8', metadata: 'kraft', standard: true, express: false, tieredStorage: true,
    released: '2025-02-20', sources: [supportedVersions('released 2025-02-20, no end-of-support date'), KRAFT_MODE],
  },
  {
    version: '3.9.x', line: '3.9', metadata: 'zookeeper', standard: true, express: false, tieredStorage: true,
    released: '2025-04-21',
    sources: [
      supportedVersions('released 2025-04-21, no end-of-support date; the last line with ZooKeeper'),
      // Express runs 3.9 in KRaft mode only: CreateCluster answers "Express instance types are not supported for Kafka version 3.9.x".
      { title: 'hashicorp/terraform-provider-aws issue 48309, "MSK cluster can\'t create 3.9.x express brokers"', date: '2026-06-10', facts: 'not on Express brokers' },
    ],
  },
  {
    version: '3.9.x.kraft', line: '3.9', metadata: 'kraft', standard: true, express: true, tieredStorage: true,
    released: '2025-04-21',
    sources: [
      supportedVersions('released 2025-04-21, no end-of-support date'), KRAFT_MODE,
      { title: 'What\'s New: Amazon MSK introduces KRaft support for Express Brokers with Apache Kafka v3.9 (cited by aws/aws-cdk pull request 36450)', date: '2025-12-19', facts: 'Express brokers run 3.9.x.kraft' },
    ],
  },
  {
    version: '4.0.x.kraft', line: '4.0', metadata: 'kraft', standard: true, express: false, tieredStorage: true,
    released: '2025-05-16', sources: [supportedVersions('released 2025-05-16, no end-of-support date'), KRAFT_MODE],
  },
  {
    version: '4.1.x.kraft', line: '4.1', metadata: 'kraft', standard: true, express: false, tieredStorage: true,
    released: '2025-10-15',
    sources: [
      supportedVersions('released 2025-10-15, no end-of-support date'), KRAFT_MODE,
      { title: 'Document history for Amazon MSK Developer Guide: Support for Apache Kafka version 4.1.x', date: '2025-10-15', facts: 'MSK supports 4.1.x' },
    ],
  },
  {
    version: '4.2.x.kraft', line: '4.2', metadata: 'kraft', standard: false, express: true, tieredStorage: false,
    released: '2026-07-15',
    sources: [
      supportedVersions('released 2026-07-15, currently on Express brokers only'),
      { title: 'What\'s New: Amazon MSK Express Brokers adds support for Apache Kafka version 4.2 (cited by aws/aws-cdk pull request 38323)', date: '2026-07-16', facts: 'Express brokers run 4.2.x.kraft; Standard brokers do not yet' },
    ],
  },
];

/**
 * Default Kafka version per broker kind: the newest line both kinds run (4.0 and 4.1 are Standard-only, 4.2
 * Express-only), KRaft, with no end-of-support date published (checked 2026-12-04). A default is only moved when
 * the current one nears its end of support: clusters that rely on it would be upgraded in place, which MSK cannot
 * undo. Pick a newer version explicitly with `kafkaVersion`.
 */
export const DEFAULT_MSK_VERSION = { standard: '3.9.x.kraft', express: '3.9.x.kraft' } as const;

/**
 * Dual-stack (IPv4 and IPv6) network type ("Configure dual-stack network type for an Amazon MSK cluster", MSK
 * Developer Guide; KafkaServiceRolePolicy IPv6 permissions, document history 2025-11-17): for existing provisioned
 * clusters on Kafka 3.6.0 or later. New clusters are IPV4; `UpdateConnectivity` moves a cluster to DUAL, never
 * back; every subnet the cluster was created in must have an IPv6 CIDR block. `NetworkType` enum: CloudFormation
 * schema of `AWS::MSK::Cluster` (cfn-lint 1.51) and the Kafka API model.
 */
export const MSK_NETWORK_TYPES = ['IPV4', 'DUAL'] as const;
export type MskNetworkType = (typeof MSK_NETWORK_TYPES)[number];
export const DUAL_STACK = { minLine: '3.6' as KafkaLine } as const;

/**
 * Intelligent rebalancing ("Intelligent rebalancing for clusters", MSK Developer Guide, checked 2026-12-04):
 * Express brokers only; ACTIVE by default on Express clusters created from 2025-11-20, PAUSED on older ones
 * (available to them since 2026-06-18). While ACTIVE, third-party reassignment tools (Cruise Control) cannot move
 * partitions. `Rebalancing.Status` enum: CloudFormation schema and Kafka API model.
 */
export const MSK_REBALANCING_STATUSES = ['ACTIVE', 'PAUSED'] as const;

/**
 * In-place upgrade of Standard brokers to Express brokers ("Upgrade Standard brokers to Express brokers" and
 * "Initiate the in-place upgrade", MSK Developer Guide; `BrokerNodeGroupInfo.TopicReassignment` in aws-cdk-lib
 * 2.278): the cluster must run Kafka 3.9 in KRaft mode over three AZs. `MANUAL` (Controlled mode, the service
 * default, "Topic Reassignments" in the MSK API Reference) adds Express brokers and moves no topic; `AUTOMATIC`
 * moves every topic.
 */
export const MSK_TOPIC_REASSIGNMENT_MODES = ['MANUAL', 'AUTOMATIC'] as const;
export type MskTopicReassignment = (typeof MSK_TOPIC_REASSIGNMENT_MODES)[number];
export const EXPRESS_UPGRADE = { kafkaVersions: ['3.9.x.kraft'] as readonly string[] } as const;

/** Broker instance capabilities. */
export interface MskInstanceInfo {
  readonly instanceType: string;
  readonly family: 't3' | 'm5' | 'm7g' | 'express.m7g';
  readonly vcpu: number;
  readonly memoryGiB: number;
  /** Recommended maximum partitions per broker (leaders and followers). */
  readonly maxPartitionsPerBroker: number;
  /** Maximum provisioned storage throughput in MiB/s, when the type supports provisioned throughput. */
  readonly maxProvisionedThroughputMiBps?: number;
  readonly tieredStorage: boolean;
  /** Supports multi-VPC private connectivity (not kafka.t3.small). */
  readonly connectivity: boolean;
  /** Can run KRaft metadata mode (kafka.t3.small cannot). */
  readonly kraft: boolean;
  /** Express brokers: sustained ingress MiB/s per broker (sizing). */
  readonly ingressMiBps?: number;
}

const std = (t: string, family: 't3' | 'm5' | 'm7g', vcpu: number, mem: number, parts: number, tput?: number): MskInstanceInfo => ({
  instanceType: t, family, vcpu, memoryGiB: mem, maxPartitionsPerBroker: parts, maxProvisionedThroughputMiBps: tput,
  tieredStorage: family !== 't3', connectivity: family !== 't3', kraft: family !== 't3',
});
/** Express sustained ingress per broker comes from the one capacity table (`EXPRESS_THROUGHPUT`, with its source). */
const expressIngress = (instanceType: string): number => {
  const t = EXPRESS_THROUGHPUT.find((e) => e.instanceType === instanceType);
  if (!t) throw new Error(`EXPRESS_THROUGHPUT has no row for ${instanceType}`);
  return t.ingressSustainedMBps;
};
const exp = (size: string, vcpu: number, mem: number, parts: number): MskInstanceInfo => ({
  instanceType: `express.m7g.${size}`, family: 'express.m7g', vcpu, memoryGiB: mem, maxPartitionsPerBroker: parts,
  tieredStorage: false, connectivity: true, kraft: true, ingressMiBps: expressIngress(`express.m7g.${size}`),
});

/** Broker instance types MSK offers. */
export const MSK_INSTANCES: readonly MskInstanceInfo[] = [
  std('kafka.t3.small', 't3', 2, 2, 300),
  std('kafka.m5.large', 'm5', 2, 8, 1000),
  std('kafka.m5.xlarge', 'm5', 4, 16, 1000),
  std('kafka.m5.2xlarge', 'm5', 8, 32, 2000),
  std('kafka.m5.4xlarge', 'm5', 16, 64, 4000, 593),
  std('kafka.m5.8xlarge', 'm5', 32, 128, 4000, 850),
  std('kafka.m5.12xlarge', 'm5', 48, 192, 4000, 1000),
  std('kafka.m5.16xlarge', 'm5', 64, 256, 4000, 1000),
  std('kafka.m5.24xlarge', 'm5', 96, 384, 4000, 1000),
  std('kafka.m7g.large', 'm7g', 2, 8, 1000),
  std('kafka.m7g.xlarge', 'm7g', 4, 16, 1000),
  std('kafka.m7g.2xlarge', 'm7g', 8, 32, 2000, 312.5),
  std('kafka.m7g.4xlarge', 'm7g', 16, 64, 4000, 625),
  std('kafka.m7g.8xlarge', 'm7g', 32, 128, 4000, 1000),
  std('kafka.m7g.12xlarge', 'm7g', 48, 192, 4000, 1000),
  std('kafka.m7g.16xlarge', 'm7g', 64, 256, 4000, 1000),
  // Express partitions: "Express broker quota" (large and 16xlarge rows confirmed on AWS pages); ingress: EXPRESS_THROUGHPUT.
  exp('large', 2, 8, 1000),
  exp('xlarge', 4, 16, 1000),
  exp('2xlarge', 8, 32, 2500),
  exp('4xlarge', 16, 64, 6000),
  exp('8xlarge', 32, 128, 12000),
  exp('12xlarge', 48, 192, 16000),
  exp('16xlarge', 64, 256, 20000),
];

/** Default instance type per broker kind. */
export const DEFAULT_MSK_INSTANCE = { standard: 'kafka.m7g.large', express: 'express.m7g.large' } as const;

/** EBS storage per broker ("Amazon MSK quota"). */
export const EBS_VOLUME_GIB = { min: 1, max: 16384, default: 1000 } as const;
/** Provisioned storage throughput: from 250 MiB/s, on volumes of at least 10 GiB ("Manage storage throughput"). */
export const PROVISIONED_THROUGHPUT_MIBPS = { min: 250, minVolumeGiB: 10 } as const;
/** Storage auto-scaling target utilization range in percent (Application Auto Scaling for MSK). */
export const STORAGE_SCALING_TARGET_PERCENT = { min: 10, max: 80, default: 60 } as const;
/** Brokers per cluster (default quota: 30 for ZooKeeper clusters, 60 for KRaft; "Amazon MSK quota"). */
export const MAX_BROKER_NODES = { zookeeper: 30, kraft: 60 } as const;
/** MSK Serverless quotas ("MSK Serverless quotas"). */
export const SERVERLESS = { maxVpcConfigs: 5, minSubnetsPerVpcConfig: 2, maxSubnetsPerVpcConfig: 6, maxSecurityGroups: 5 } as const;
/** Cluster name rule (CreateCluster API: 1-64 characters, letters, digits and hyphens, starting with a letter). */
export const CLUSTER_NAME = { pattern: /^[a-zA-Z][a-zA-Z0-9-]{0,63}$/, maxLength: 64 } as const;

/** Client and monitoring ports ("Port information"). */
export const MSK_PORTS = {
  plaintext: 9092,
  tls: 9094,
  scram: 9096,
  iam: 9098,
  publicTls: 9194,
  publicScram: 9196,
  publicIam: 9198,
  jmxExporter: 11001,
  nodeExporter: 11002,
  /** Multi-VPC (PrivateLink) listeners, one port per broker from 14001 (community-documented range). */
  multiVpcFirst: 14001,
  multiVpcLast: 14100,
} as const;

/** Enhanced monitoring levels. */
export const ENHANCED_MONITORING_LEVELS = ['DEFAULT', 'PER_BROKER', 'PER_TOPIC_PER_BROKER', 'PER_TOPIC_PER_PARTITION'] as const;
export type EnhancedMonitoringLevel = (typeof ENHANCED_MONITORING_LEVELS)[number];

export function findVersion(version: string): MskVersionEntry | undefined {
  return MSK_VERSIONS.find((v) => v.version === version);
}

export function findInstance(instanceType: string): MskInstanceInfo | undefined {
  return MSK_INSTANCES.find((i) => i.instanceType === instanceType);
}
