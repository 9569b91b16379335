/**
 * Defaults and fixed names of a MirrorMaker 2 deployment (conventions §7: every default in one place, with its reason).
 */

/** Replicated and internal topics at RF 3: MirrorMaker 2's own default is 2 (MirrorMakerConfig `replication.factor`). */
export const DEFAULT_REPLICATION_FACTOR = 3;
/** Two nodes: a node can be replaced or patched without stopping replication. */
export const DEFAULT_NODES = 2;
/** Tasks per flow per node (`tasks.max` = nodes x this): MirrorMaker 2's default of 1 task serialises a flow on one node. */
export const TASKS_PER_NODE = 2;
/** Checkpoint emission and group offset sync interval (MirrorMaker 2's default is 60 s). */
export const DEFAULT_OFFSET_SYNC_INTERVAL_SECONDS = 30;
export const DEFAULT_INSTANCE = 'm7g.large';
export const DEFAULT_JAVA = 21;
/** Away from the self-managed brokers' exporter port (7071), so both can share a host in tests. */
export const DEFAULT_JMX_EXPORTER_PORT = 7072;
export const DEFAULT_REPLICATION_LATENCY_MS = 60000;
/** Heap: half the memory, 1-6 GiB (MirrorMaker 2 buffers records in producers and consumers, no page cache needs). */
export const HEAP = { fraction: 0.5, maxGiB: 6, minGiB: 1 } as const;
/** Connect's internal REST listener (dedicated mode with more than one node, KIP-710). */
export const REST_PORT = 8083;
/** Port of MSK's IAM listener (provisioned clusters). */
export const MSK_IAM_PORT = 9098;

/** MirrorMaker 2's own exclusions (DefaultTopicFilter / DefaultGroupFilter defaults), kept when a user adds more. */
export const MM2_TOPICS_EXCLUDE = ['.*[\\-\\.]internal', '.*\\.replica', '__.*'] as const;
export const MM2_GROUPS_EXCLUDE = ['console-consumer-.*', 'connect-.*', '__.*'] as const;

export const POLICY_CLASS = {
  default: 'org.apache.kafka.connect.mirror.DefaultReplicationPolicy',
  identity: 'org.apache.kafka.connect.mirror.IdentityReplicationPolicy',
} as const;
export const FILE_CONFIG_PROVIDER = 'org.apache.kafka.common.config.provider.FileConfigProvider';
export const IAM_LOGIN_MODULE = 'software.amazon.msk.auth.iam.IAMLoginModule';
export const IAM_CALLBACK_HANDLER = 'software.amazon.msk.auth.iam.IAMClientCallbackHandler';
export const SCRAM_LOGIN_MODULE = 'org.apache.kafka.common.security.scram.ScramLoginModule';

/** Files on a node. Secrets are files 0440 root:kafka written at boot from Secrets Manager, never in user data. */
export const MM2_PATHS = {
  kafkaHome: '/opt/kafka',
  configDir: '/etc/kafka-mm2',
  properties: '/etc/kafka-mm2/mm2.properties',
  environmentFile: '/etc/kafka-mm2/mm2.env',
  secretsDir: '/etc/kafka-mm2/secrets',
  tlsDir: '/etc/kafka-mm2/tls',
  logDir: '/var/log/kafka-mm2',
  bootLog: '/var/log/kafka-iac-mm2-boot.log',
  /** Extra class path (the MSK IAM auth library). */
  libsDir: '/opt/kafka-mm2-libs',
  jmxExporterJar: '/opt/jmx-exporter/jmx_prometheus_javaagent.jar',
  jmxExporterConfig: '/etc/kafka-mm2/jmx-exporter.yml',
  systemdUnit: '/etc/systemd/system/kafka-mirror-maker.service',
} as const;

export const MM2_SERVICE = 'kafka-mirror-maker.service';
export const MM2_USER = 'kafka';
export const METRICS_NAMESPACE = 'KafkaIac/MirrorMaker';
export const MM2_METRICS = {
  /** 1 per node per minute while the service is active. */
  up: 'mirror_maker_up',
  /** Maximum `replication-latency-ms` over every replicated partition of the deployment. */
  replicationLatency: 'mirror_maker_replication_latency_ms',
  /** Failed connector tasks on the node (Connect worker `connector-failed-task-count`, every connector). */
  failedTasks: 'mirror_maker_failed_tasks',
  /** Running MirrorSourceConnector tasks on the node (`connector-running-task-count`): 0 on every node = no replication. */
  runningSourceTasks: 'mirror_maker_running_source_tasks',
} as const;
