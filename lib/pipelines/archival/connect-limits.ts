/**
 * What MSK Connect accepts, as data. Sources (checked 2026-12-04):
 * - MSK Connect API reference: `AutoScaling` (mcuCount 1, 2, 4 or 8; minWorkerCount and maxWorkerCount 1-10),
 *   `ScaleInPolicy` / `ScaleOutPolicy` (cpuUtilizationPercentage 1-100), `KafkaClusterClientAuthentication`
 *   (authenticationType NONE | IAM only: no SASL/SCRAM, no mTLS), `CreateConnector` (log delivery to CloudWatch Logs,
 *   S3 or Firehose).
 * - AWS CloudFormation resource schemas (cfn-lint 1.51): AWS::KafkaConnect::Connector `ConnectorName` 1-128
 *   characters, every property but `Capacity` and `ConnectorConfiguration` create-only;
 *   AWS::KafkaConnect::CustomPlugin and ::WorkerConfiguration `Name` 1-128, every property create-only.
 * - Amazon MSK developer guide, "Supported worker configuration properties": `key.converter` and `value.converter`
 *   are required; properties starting with `sasl.` or `security.` (and `producer.` / `consumer.` ones outside the
 *   listed set) are refused, so a worker cannot authenticate with SASL/SCRAM through its configuration.
 * - Amazon MSK developer guide, "Understand service execution role": trust `kafkaconnect.amazonaws.com` with
 *   `aws:SourceAccount` and `aws:SourceArn`; the `kafka-cluster` actions a connector needs on an IAM cluster.
 * - Kafka Connect versions: `2.7.1` and `3.7.x` (MSK Connect developer guide, "Kafka Connect versions"; the
 *   `3.7.x` line as named in the project's issue, not confirmed from a stored copy of that page).
 */

export const MSK_CONNECT_LIMITS = {
  kafkaConnectVersions: ['2.7.1', '3.7.x'] as readonly string[],
  defaultKafkaConnectVersion: '3.7.x',
  mcuCounts: [1, 2, 4, 8] as readonly number[],
  minWorkers: 1,
  maxWorkers: 10,
  minCpuPercent: 1,
  maxCpuPercent: 100,
  maxNameLength: 128,
  /** The broker port of the IAM listener inside the VPC (MSK "Port information"). */
  iamPort: 9098,
  /** The connector's own client authentication values. */
  authenticationTypes: ['IAM', 'NONE'] as readonly string[],
} as const;

/** Capacity defaults: one 1-MCU worker, two at most, out at 80 % CPU and in at 20 % (the console's defaults). */
export const CONNECT_CAPACITY_DEFAULTS = { mcuCount: 1, minWorkers: 1, maxWorkers: 2, scaleOutCpuPercent: 80, scaleInCpuPercent: 20 } as const;

/** Worker log retention (days), one of CloudWatch Logs' values. */
export const CONNECT_LOG_RETENTION_DAYS = 365;

/** The Confluent S3 sink connector and the classes its configuration names (Confluent "Amazon S3 Sink Connector" docs). */
export const S3_SINK = {
  connectorClass: 'io.confluent.connect.s3.S3SinkConnector',
  storageClass: 'io.confluent.connect.s3.storage.S3Storage',
  partitionerClass: 'io.confluent.connect.storage.partitioner.DefaultPartitioner',
  byteArrayFormat: 'io.confluent.connect.s3.format.bytearray.ByteArrayFormat',
  jsonFormat: 'io.confluent.connect.s3.format.json.JsonFormat',
  byteArrayConverter: 'org.apache.kafka.connect.converters.ByteArrayConverter',
  jsonConverter: 'org.apache.kafka.connect.json.JsonConverter',
  /** `s3.compression.type` of the byte-array and JSON formats. */
  compressions: ['NONE', 'GZIP'] as readonly string[],
  formats: ['BYTE_ARRAY', 'JSON'] as readonly string[],
} as const;

/** A SHA-256 digest in hex. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
