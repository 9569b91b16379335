/**
 * Amazon MSK service limits and capabilities, in one place (conventions §6).
 *
 * Sources (AWS documentation, checked 2026-11): "Supported Apache Kafka versions", "Amazon MSK broker
 * types", "Express brokers", "Provisioned storage throughput", "Tiered storage requirements and
 * limitations", "Custom MSK configurations", "MSK Serverless quotas", "Port information".
 * Limits go stale: `MskClusterSpec.kafkaVersionCapabilities` and `instanceCapabilities` are the escape
 * hatches for a version or instance type the service added after this table was written.
 */
import type { KafkaLine } from '../core';

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

/**
 * Kafka versions MSK offers for new clusters ("Supported Apache Kafka versions", "KRaft mode",
 * "Express brokers"; checked 2026-11). `3.7.x` alone is ZooKeeper mode, `3.7.x.kraft` KRaft; a cluster cannot
 * switch modes. 3.6.0 reached end of support on 2026-06-01 (China-region copy of the page). Express runs
 * 3.6, 3.8 and 3.9 (KRaft from 3.9) and 4.2, which is Express-only.
 */
export const MSK_VERSIONS: readonly MskVersionInfo[] = [
  { version: '2.8.2.tiered', line: '2.8', metadata: 'zookeeper', standard: true, express: false, tieredStorage: true, endOfSupport: true },
  { version: '3.5.1', line: '3.5', metadata: 'zookeeper', standard: true, express: false, tieredStorage: false, endOfSupport: true },
  { version: '3.6.0', line: '3.6', metadata: 'zookeeper', standard: true, express: true, tieredStorage: true, endOfSupport: true },
  { version: '3.7.x', line: '3.7', metadata: 'zookeeper', standard: true, express: false, tieredStorage: true },
  { version: '3.7.x.kraft', line: '3.7', metadata: 'kraft', standard: true, express: false, tieredStorage: true },
  { version: '3.8.x', line: '3.8', metadata: 'zookeeper', standard: true, express: true, tieredStorage: true },
  { version: '3.8.x.kraft', line: '3.8', metadata: 'kraft', standard: true, express: false, tieredStorage: true },
  { version: '3.9.x', line: '3.9', metadata: 'zookeeper', standard: true, express: true, tieredStorage: true },
  { version: '3.9.x.kraft', line: '3.9', metadata: 'kraft', standard: true, express: true, tieredStorage: true },
  { version: '4.0.x.kraft', line: '4.0', metadata: 'kraft', standard: true, express: false, tieredStorage: true },
  { version: '4.1.x.kraft', line: '4.1', metadata: 'kraft', standard: true, express: false, tieredStorage: true },
  { version: '4.2.x.kraft', line: '4.2', metadata: 'kraft', standard: false, express: true, tieredStorage: false },
];

/** Default Kafka version per broker kind. */
export const DEFAULT_MSK_VERSION = { standard: '3.9.x.kraft', express: '3.9.x.kraft' } as const;

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
const exp = (size: string, vcpu: number, mem: number, parts: number, ingress: number): MskInstanceInfo => ({
  instanceType: `express.m7g.${size}`, family: 'express.m7g', vcpu, memoryGiB: mem, maxPartitionsPerBroker: parts,
  tieredStorage: false, connectivity: true, kraft: true, ingressMiBps: ingress,
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
  // Express partitions and ingress: "Express broker quota" (large and 16xlarge rows confirmed on AWS pages).
  exp('large', 2, 8, 1000, 15.6),
  exp('xlarge', 4, 16, 1000, 31.2),
  exp('2xlarge', 8, 32, 2500, 62.5),
  exp('4xlarge', 16, 64, 6000, 124.9),
  exp('8xlarge', 32, 128, 12000, 250),
  exp('12xlarge', 48, 192, 16000, 375),
  exp('16xlarge', 64, 256, 20000, 500),
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

export function findVersion(version: string): MskVersionInfo | undefined {
  return MSK_VERSIONS.find((v) => v.version === version);
}

export function findInstance(instanceType: string): MskInstanceInfo | undefined {
  return MSK_INSTANCES.find((i) => i.instanceType === instanceType);
}
