/**
 * The archival spec for MSK Connect (Standard brokers): the same topics, buckets, lifecycle and removal as the
 * channel back-end, plus the S3 sink plugin, the connector's capacity and the object format. One spec for both faces.
 */
import type { ArchivalBucketSpec, ArchivalSpec } from './spec';

/** The S3 sink plugin: a ZIP in S3, pinned by object version and SHA-256. */
export interface ConnectPluginSpec {
  /** Bucket holding the plugin ZIP (the Confluent S3 sink connector). */
  readonly bucketName: string;
  /** Key of the ZIP. */
  readonly key: string;
  /** The object version to use (the bucket must be versioned): a later upload under the same key is not picked up. */
  readonly objectVersion: string;
  /** SHA-256 of the ZIP, 64 lowercase hex digits: checked against the object at deploy, before the plugin is created. */
  readonly sha256: string;
  /**
   * The plugin bucket's customer-managed KMS key, when it has one (the checksum check decrypts through S3).
   * @default - none: SSE-S3 or no encryption
   */
  readonly keyArn?: string;
}

/** Autoscaled capacity of the archive connector. */
export interface ConnectCapacitySpec {
  /**
   * MSK Connect units per worker (1 vCPU and 4 GiB each): 1, 2, 4 or 8.
   * @default 1
   */
  readonly mcuCount?: number;
  /**
   * Fewest workers (1-10).
   * @default 1
   */
  readonly minWorkers?: number;
  /**
   * Most workers (1-10).
   * @default 2
   */
  readonly maxWorkers?: number;
  /**
   * Add a worker above this CPU utilization (percent).
   * @default 80
   */
  readonly scaleOutCpuPercent?: number;
  /**
   * Remove a worker below this CPU utilization (percent).
   * @default 20
   */
  readonly scaleInCpuPercent?: number;
}

export interface ConnectArchivalSpec extends Pick<ArchivalSpec, 'topics' | 'lifecycle' | 'removal'> {
  /** Prefix of the connector, plugin and worker configuration names: letters, digits and `-`. */
  readonly name: string;
  readonly plugin: ConnectPluginSpec;
  /**
   * Kafka Connect version of the workers.
   * @default '3.7.x'
   */
  readonly kafkaConnectVersion?: string;
  /**
   * Autoscaled capacity of the archive connector (the dead-letter connector runs one 1-MCU worker).
   * @default - 1 MCU per worker, 1 to 2 workers, out at 80 % CPU, in at 20 %
   */
  readonly capacity?: ConnectCapacitySpec;
  /**
   * How values are written: `BYTE_ARRAY` keeps each value's bytes as produced (one value per line is not
   * guaranteed for binary values); `JSON` parses values as schemaless JSON, one record per line.
   * @default 'BYTE_ARRAY'
   */
  readonly format?: 'BYTE_ARRAY' | 'JSON';
  /**
   * Compression of the objects.
   * @default 'GZIP'
   */
  readonly compression?: 'NONE' | 'GZIP';
  /**
   * Key prefix of the archived objects (`topics.dir`), ending with `/`.
   * @default 'topics/'
   */
  readonly prefix?: string;
  /**
   * Records per object before it is written (`flush.size`).
   * @default 10000
   */
  readonly flushSize?: number;
  /**
   * Longest time a record waits before its object is written, in seconds (`rotate.schedule.interval.ms`, UTC).
   * @default 600
   */
  readonly rotateIntervalSeconds?: number;
  /**
   * Topic of the records the archive connector cannot convert (Kafka Connect's dead-letter queue); a second
   * connector archives it to the dead-letter bucket.
   * @default '<name>.dead-letters'
   */
  readonly deadLetterTopic?: string;
  /**
   * Bucket of the archived objects.
   * @default { kind: 'create' }
   */
  readonly bucket?: ArchivalBucketSpec;
  /**
   * Bucket of the dead-letter topic's records.
   * @default { kind: 'create' }
   */
  readonly deadLetterBucket?: ArchivalBucketSpec;
  /**
   * Retention of the workers' CloudWatch log group, in days.
   * @default 365
   */
  readonly logRetentionDays?: number;
}
