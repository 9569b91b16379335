/** Specs that each raise exactly one MSK Connect archival code, with the exact message, and the cluster they are planned against. */
import type { ArchivalClusterFacts, ConnectArchivalSpec } from '../../lib/pipelines';

export const STANDARD: ArchivalClusterFacts = {
  kind: 'msk-standard', clusterName: 'payments', iamAuth: true, brokerNodes: 3,
  catalog: [{ name: 'payments.v1', retentionHours: 168 }, { name: 'payments.audit', retentionHours: 2160 }],
};
export const PLUGIN = { bucketName: 'artifacts-123456789012', key: 'plugins/s3-sink.zip', objectVersion: 'v1', sha256: 'a'.repeat(64) };
export const CONNECT_BASE: ConnectArchivalSpec = { name: 'archive', topics: ['payments.v1'], plugin: PLUGIN };

export interface ConnectRow {
  readonly code: string;
  readonly spec: Partial<ConnectArchivalSpec>;
  readonly cluster?: Partial<ArchivalClusterFacts>;
  readonly message: string;
}


export const CONNECT_ROWS: ConnectRow[] = [
  { code: 'archival/connect-express', spec: {}, cluster: { kind: 'msk-express' },
    message: "`cluster` must be an MSK Provisioned cluster with Standard brokers, got: \"msk-express cluster 'payments'\". Express clusters archive through MSK channels: use TopicArchive." },
  { code: 'archival/connect-serverless', spec: {}, cluster: { kind: 'msk-serverless' },
    message: "`cluster` must be an MSK Provisioned cluster with Standard brokers, got: \"msk-serverless cluster 'payments'\". Use an MSK Provisioned cluster with Standard brokers, or produce to an Express cluster and archive it with TopicArchive." },
  { code: 'archival/connect-self-managed', spec: {}, cluster: { kind: 'self-managed' },
    message: "`cluster` must be an MSK Provisioned cluster with Standard brokers, got: \"self-managed cluster 'payments'\". A connector authenticates with IAM or not at all, and MSK Connect refuses SASL settings in worker configurations, so it cannot join a SCRAM or mTLS cluster: replicate the topics into an MSK cluster with IAM (MskReplicator from the self-managed cluster) and archive them there." },
  { code: 'archival/connect-needs-iam', spec: {}, cluster: { iamAuth: false },
    message: "`cluster` must have IAM client authentication on (MSK Connect authenticates with IAM only; SASL settings are refused in worker configurations), got: \"cluster 'payments' without IAM\". Turn IAM on next to SCRAM or mTLS (clientAuthentication.iam: true); clients keep their listeners." },
  { code: 'archival/connect-name', spec: { name: 'my_archive' },
    message: '`name` must be 1-40 letters, digits or "-" (it prefixes the connector, plugin and worker configuration names), got: "my_archive". Use e.g. \'archive\'.' },
  { code: 'archival/connect-plugin', spec: { plugin: undefined as never },
    message: '`plugin` must locate the S3 sink plugin ZIP ({ bucketName, key, objectVersion, sha256 }), got: undefined. Upload the Confluent S3 sink ZIP to a versioned bucket and pin its version and SHA-256.' },
  { code: 'archival/connect-plugin-bucket', spec: { plugin: { ...PLUGIN, bucketName: 'Artifacts' } },
    message: '`plugin.bucketName` must be 3-63 lowercase letters, digits, "." or "-", starting and ending with a letter or digit, not an IP address, without ".." and without the reserved prefixes and suffixes, got: "Artifacts". Use the plugin bucket\'s name, e.g. \'artifacts-123456789012\'.' },
  { code: 'archival/connect-plugin-key', spec: { plugin: { ...PLUGIN, key: 'plugin.jar' } },
    message: '`plugin.key` must be the object key of a ZIP (1-1024 characters, no leading "/", ending with ".zip"), got: "plugin.jar". Use e.g. \'plugins/confluentinc-kafka-connect-s3-10.5.0.zip\'.' },
  { code: 'archival/connect-plugin-version', spec: { plugin: { ...PLUGIN, objectVersion: 'null' } },
    message: '`plugin.objectVersion` must be the version id of the uploaded object (the bucket must be versioned), got: "null". Enable versioning on the plugin bucket, upload the ZIP again and copy its VersionId.' },
  { code: 'archival/connect-plugin-sha256', spec: { plugin: { ...PLUGIN, sha256: 'ABC' } },
    message: '`plugin.sha256` must be the SHA-256 of the ZIP as 64 lowercase hex digits, got: "ABC". Use the output of `sha256sum <plugin>.zip`.' },
  { code: 'archival/connect-plugin-key-arn', spec: { plugin: { ...PLUGIN, keyArn: 'alias/x' } },
    message: "`plugin.keyArn` must be the ARN of a KMS key, got: \"alias/x\". Use 'arn:aws:kms:<region>:<account>:key/<id>', or leave it unset for SSE-S3." },
  { code: 'archival/connect-version', spec: { kafkaConnectVersion: '3.9.x' },
    message: "`kafkaConnectVersion` must be one of 2.7.1, 3.7.x, got: \"3.9.x\". Use '3.7.x'." },
  { code: 'archival/connect-mcu', spec: { capacity: { mcuCount: 3 } },
    message: '`capacity.mcuCount` must be one of 1, 2, 4, 8, got: 3. Use 1.' },
  { code: 'archival/connect-workers', spec: { capacity: { maxWorkers: 11 } },
    message: '`capacity.maxWorkers` must be a whole number from 1 to 10, got: 11. Use 2.' },
  { code: 'archival/connect-workers-order', spec: { capacity: { minWorkers: 4, maxWorkers: 2 } },
    message: '`capacity.minWorkers` must be at most capacity.maxWorkers (2), got: 4. Lower minWorkers or raise maxWorkers.' },
  { code: 'archival/connect-cpu-percent', spec: { capacity: { scaleOutCpuPercent: 0 } },
    message: '`capacity.scaleOutCpuPercent` must be a whole percentage from 1 to 100, got: 0. Use 80.' },
  { code: 'archival/connect-cpu-order', spec: { capacity: { scaleInCpuPercent: 80, scaleOutCpuPercent: 70 } },
    message: '`capacity.scaleInCpuPercent` must be below capacity.scaleOutCpuPercent (70), or the connector scales in and out in turn, got: 80. Use e.g. 20 and 80.' },
  { code: 'archival/connect-format', spec: { format: 'AVRO' as never },
    message: "`format` must be one of BYTE_ARRAY, JSON, got: \"AVRO\". Use 'BYTE_ARRAY' to keep values as produced." },
  { code: 'archival/connect-compression', spec: { compression: 'ZSTD' as never },
    message: "`compression` must be one of NONE, GZIP (the S3 sink's byte-array and JSON formats), got: \"ZSTD\". Use 'GZIP'." },
  { code: 'archival/connect-prefix', spec: { prefix: 'archive' },
    message: "`prefix` must be key segments of safe characters ending with \"/\" (at most 512, not under 'dead-letters/'), got: \"archive\". Use 'topics/'." },
  { code: 'archival/connect-flush-size', spec: { flushSize: 0 },
    message: '`flushSize` must be a whole number of records (at least 1), got: 0. Use 10000.' },
  { code: 'archival/connect-rotate-interval', spec: { rotateIntervalSeconds: 10 },
    message: '`rotateIntervalSeconds` must be whole seconds from 60 to 86400, got: 10. Use 600.' },
  { code: 'archival/connect-dead-letter-topic', spec: { deadLetterTopic: 'payments.v1' },
    message: "`deadLetterTopic` must differ from every archived topic, got: \"payments.v1\". Name a topic of its own, e.g. 'archive.dead-letters'." },
  { code: 'archival/connect-dead-letter-topic', spec: { deadLetterTopic: 'bad/topic' },
    message: '`deadLetterTopic` must be 1-249 letters, digits, ".", "_" or "-" (not "." or ".."), got: "bad/topic". Use e.g. \'archive.dead-letters\'.' },
  { code: 'archival/connect-log-retention', spec: { logRetentionDays: 10 },
    message: '`logRetentionDays` must be a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, ... 3653 days), got: 10. Use 365.' },
];
