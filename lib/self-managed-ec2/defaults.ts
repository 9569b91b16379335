/**
 * Defaults and fixed layout of a self-managed cluster, each with the reason behind it. JSDoc `@default` tags in
 * spec.ts mirror these. What every kafka-iac EC2 node shares (service user, open files, AMI, metrics interval) is in
 * `lib/aws/ec2-node/defaults.ts`, listed here too so that `selfManagedDefaults` names every value a node uses.
 */
export { AL2023_AMI_PARAMETER, KAFKA_USER, LIMIT_NOFILE, METRICS_PUBLISH_INTERVAL_SECONDS } from '../aws/ec2-node/defaults';

/**
 * The Kafka release the examples and docs build new clusters with (`kafkaVersion` has no default: a version is a
 * decision). 4.4 is the newest line that is production-ready (4.4.0 is Apache Kafka's newest release; share groups and
 * the Streams rebalance protocol are production-ready since 4.2, https://kafka.apache.org/42/getting-started/upgrade),
 * whose configuration keys Kafka publishes (exact key validation, not the 4.1/4.4 intersection of 4.2 and 4.3), and
 * that both disaster-recovery paths take: MirrorMaker 2 nodes run 3.9 to 4.4, and MSK Replicator reads a self-managed
 * SASL/SCRAM source on Kafka 2.8.1 or later (MSK Developer Guide, "MSK Replicator: Supported configurations").
 * Checked 2026-12-04.
 */
export const RECOMMENDED_KAFKA_VERSION = '4.4.0';

/** Graviton general purpose: 16 GiB leaves ~12 GiB of page cache next to a 4 GiB heap. */
export const DEFAULT_BROKER_INSTANCE = 'm7g.xlarge';
/** Controllers need ~5 GB of RAM for the metadata log and its snapshots (Kafka ops docs, KRaft). */
export const DEFAULT_CONTROLLER_INSTANCE = 'm7g.large';
export const DEFAULT_CONTROLLER_COUNT = 3;
export const DEFAULT_BROKER_VOLUME_GIB = 1000;
/** The metadata log is small (5 GB is plenty); 20 GiB leaves room for snapshots. */
export const DEFAULT_CONTROLLER_VOLUME_GIB = 20;
/** gp3 baseline performance (EBS docs, "General Purpose SSD volumes"). */
export const GP3 = { minIops: 3000, maxIops: 16000, iopsPerGiB: 500, minThroughput: 125, maxThroughput: 1000, throughputPerIops: 0.25, minSize: 1, maxSize: 16384 } as const;
export const IO2 = { minIops: 100, maxIops: 64000, iopsPerGiB: 1000, minSize: 4, maxSize: 65536 } as const;

/** Broker heap: 25% of memory, at most 6 GiB; the page cache does the heavy lifting (Kafka ops docs, "Java Version"). */
export const BROKER_HEAP = { fraction: 0.25, maxGiB: 6, minGiB: 1 } as const;
/** Controller heap: 50% of memory, at most 4 GiB. */
export const CONTROLLER_HEAP = { fraction: 0.5, maxGiB: 4, minGiB: 1 } as const;

export const DEFAULT_JAVA = 21;
export const DEFAULT_JMX_EXPORTER_PORT = 7071;
export const DEFAULT_DISK_USED_PERCENT = 80;
/** Aiven plugin: 4 MiB chunks (plugin docs recommend starting there); 10 GiB of disk cache. */
export const TIERED_CHUNK_SIZE = 4194304;
export const DEFAULT_TIERED_CACHE_BYTES = 10737418240;
/** SCRAM iterations for the bootstrap credentials (KIP-900 examples; SHA-512 needs >= 4096). */
export const SCRAM_ITERATIONS = 8192;

/** Listener names (upper case in listeners; Kafka lower-cases them in `listener.name.<l>.` prefixes). */
export const LISTENERS = {
  controller: { name: 'CONTROLLER', port: 9093 },
  replication: { name: 'REPLICATION', port: 9091 },
  scram: { name: 'CLIENT_SCRAM', port: 9096 },
  mtls: { name: 'CLIENT_MTLS', port: 9094 },
} as const;

/** SASL PLAIN user of the controller listener (`sasl-plain`). Reserved: no SCRAM user may take this name. */
export const CONTROLLER_PLAIN_USER = 'kafka_controller';

/** Fixed paths on every node. */
export const PATHS = {
  kafkaHome: '/opt/kafka',
  configDir: '/etc/kafka',
  serverProperties: '/etc/kafka/server.properties',
  environmentFile: '/etc/kafka/kafka.env',
  jmxExporterConfig: '/etc/kafka/jmx-exporter.yml',
  jmxExporterJar: '/opt/jmx-exporter/jmx_prometheus_javaagent.jar',
  systemdUnit: '/etc/systemd/system/kafka.service',
  /** PEM files written at boot from the node's TLS secret; read through the `dir` config provider. */
  tlsDir: '/etc/kafka/tls',
  /** Password files written at boot; read through the `file` config provider. */
  secretsDir: '/etc/kafka/secrets',
  mountPoint: '/var/lib/kafka',
  dataDir: '/var/lib/kafka/data',
  metadataDir: '/var/lib/kafka/metadata',
  tieredCacheDir: '/var/lib/kafka/tiered-storage-cache',
  tieredPluginDir: '/opt/kafka-tiered-storage',
  logDir: '/var/log/kafka',
  bootLog: '/var/log/kafka-iac-boot.log',
} as const;

/** Device name the volume is attached as; Nitro instances expose it as an NVMe device found by volume id. */
export const VOLUME_DEVICE = '/dev/sdf';
/** Controlled shutdown moves leadership away first; give it time before SIGKILL. */
export const STOP_TIMEOUT_SECONDS = { broker: 600, controller: 180 } as const;
/** Tag keys on volumes and instances: the boot script finds its own volume with them. */
export const TAGS = { cluster: 'kafka-iac:cluster', nodeId: 'kafka-iac:node-id', nodeName: 'kafka-iac:node-name' } as const;

/** Device index of the node's own network interface (0 is the instance's primary interface). */
export const NODE_INTERFACE_DEVICE_INDEX = 1;
/**
 * Node certificates: no public-CA rules apply to a private cluster CA; a long life avoids an outage nobody planned
 * for. Re-issue with `tls.generation`. The CA outlives every certificate it signs.
 */
export const DEFAULT_CERTIFICATE_VALIDITY_DAYS = 3650;
export const MAX_CERTIFICATE_VALIDITY_DAYS = 7300;
/**
 * Interface endpoints the nodes call from a subnet without a NAT path: Auto Scaling (the boot lifecycle hook), Secrets
 * Manager, SSM (parameters and Run Command: ssm, ssmmessages, ec2messages), EC2 (attach volume/interface), KMS,
 * CloudWatch, STS. The CDK face adds CloudFormation (the boot signal of a group's CreationPolicy).
 */
export const NODE_INTERFACE_ENDPOINTS = ['autoscaling', 'ec2', 'ec2messages', 'kms', 'logs', 'monitoring', 'secretsmanager', 'ssm', 'ssmmessages', 'sts'] as const;

/**
 * Upper bound of `brokers.count`: no Kafka limit, a guard against a slipped digit (3000 for 30). A CloudFormation stack
 * holds about 30-35 brokers (500 resources per stack), a Pulumi stack many more.
 */
export const MAX_BROKERS = 300;

/**
 * What an Auto Scaling lifecycle hook accepts (CloudFormation Template Reference, "AWS::AutoScaling::AutoScalingGroup
 * LifecycleHookSpecification": HeartbeatTimeout from 30 to 7200 seconds, DefaultResult CONTINUE or ABANDON (default
 * ABANDON), LifecycleHookName 1-255 of `[A-Za-z0-9\-_/]`; checked 2026-12-04).
 */
export const LIFECYCLE_HOOK_LIMITS = { minHeartbeatSeconds: 30, maxHeartbeatSeconds: 7200 } as const;

/**
 * The boot signal: every node's group holds a new instance (launch lifecycle hook, default result ABANDON) until its
 * boot script reports that the node serves. `bootTimeoutMinutes` is whole minutes, at most the hook's 7200 s; at least
 * 10, since a node installs Java and Kafka, may wait up to ~18 min for a terminating predecessor to release its volume
 * (boot-script.ts, attach_own) and must then join the cluster. The script gives up `marginSeconds` before the hook
 * times out, leaving time to complete the hook itself (the heartbeat starts at launch, before the script runs).
 */
export const BOOT_SIGNAL = {
  hookName: 'kafka-iac-node-serving',
  defaultTimeoutMinutes: 30,
  minTimeoutMinutes: 10,
  maxTimeoutMinutes: LIFECYCLE_HOOK_LIMITS.maxHeartbeatSeconds / 60,
  marginSeconds: 180,
  pollSeconds: 15,
} as const;

/** Root volume of every node: the OS, Java, the Kafka installation and `/var/log/kafka` (data lives on the node's own volume). */
export const ROOT_VOLUME = { deviceName: '/dev/xvda', sizeGiB: 30 } as const;

/**
 * Size-based rolling of Kafka's own logs under `/var/log/kafka` on the root volume (Kafka's shipped configs roll
 * hourly and never delete: unbounded). Files per log = `backups` + the live one, each at most `maxFileMiB`; the GC log
 * through the JVM's own rotation (`-Xlog:...:filecount,filesize`); journald capped too (Kafka's stderr and the metrics
 * publisher go there). `logBudgetMiB()` is the most these can hold together.
 */
export const LOG_ROTATION = {
  maxFileMiB: 100,
  backups: { server: 5, controller: 3, stateChange: 3, request: 1, cleaner: 1, authorizer: 3 },
  gc: { files: 5, fileMiB: 20 },
  journalMaxMiB: 512,
} as const;

/** Upper bound of what the rolled logs, the GC logs and the journal hold on the root volume (MiB). */
export function logBudgetMiB(): number {
  const files = Object.values(LOG_ROTATION.backups).reduce((s, b) => s + b + 1, 0);
  return files * LOG_ROTATION.maxFileMiB + LOG_ROTATION.gc.files * LOG_ROTATION.gc.fileMiB + LOG_ROTATION.journalMaxMiB;
}

/**
 * What the root volume holds besides logs: Amazon Linux 2023 (~1.6 GiB installed), Corretto (~0.3 GiB), Kafka and
 * plugins (< 0.5 GiB), dnf caches; rounded up to 4 GiB. With the log budget this sets the lowest root-disk alarm
 * threshold that does not fire on a healthy node.
 */
export const ROOT_BASELINE_GIB = 4;
