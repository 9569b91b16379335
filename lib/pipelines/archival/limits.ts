/**
 * What the services accept, as data. Sources (checked 2026-12-04):
 * - AWS CloudFormation reference, AWS::MSK::Channel: `ChannelName` 1-64 of `[a-zA-Z0-9._-]`; S3Storage
 *   `CompressionType` NONE | GZIP | ZSTD. Amazon MSK developer guide, "Data delivery" (channels): Express brokers of
 *   MSK Provisioned only (not Standard brokers, not MSK Serverless); data freshness 5-15 minutes; a dead-letter S3
 *   bucket is required; no backfill (only records produced after the channel exists are delivered); Iceberg tables
 *   on S3 Tables take JSON records validated against an AWS Glue Schema Registry schema.
 * - @pulumi/aws `msk.Channel` (one topic per channel; value converters BYTE_ARRAY, STRING, JSON for S3 and JSON or
 *   JSON_SCHEMA_GSR for Iceberg; data freshness 300-900 seconds, default 600).
 * - Amazon S3 user guide, "General purpose bucket naming rules" and "Transitioning objects using Amazon S3
 *   Lifecycle" (30 days in Standard before Standard-IA or One Zone-IA).
 * - Storage classes: the S3 classes a PUT may name with millisecond access; the CloudFormation schema lists none.
 */
import type { ArchivalCompression, ArchivalStorageClass, ArchivalValueFormat } from './spec';

export const CHANNEL_LIMITS = {
  namePattern: /^[a-zA-Z0-9._-]{1,64}$/,
  nameRule: 'be 1-64 letters, digits, ".", "_" or "-"',
  minDataFreshnessSeconds: 300,
  maxDataFreshnessSeconds: 900,
  defaultDataFreshnessSeconds: 600,
  compressions: ['NONE', 'GZIP', 'ZSTD'] as readonly ArchivalCompression[],
  s3ValueFormats: ['BYTE_ARRAY', 'STRING', 'JSON'] as readonly ArchivalValueFormat[],
  storageClasses: ['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR'] as readonly ArchivalStorageClass[],
  /** Iceberg records are JSON, validated against the topic's Glue schema. */
  icebergValueConverter: 'JSON_SCHEMA_GSR',
  icebergPartitionStrategy: 'TIME_HOUR',
} as const;

/** S3 general purpose bucket names: 3-63 lowercase letters, digits, `.` and `-`, starting and ending with a letter or digit. */
export const S3_BUCKET_NAME = {
  pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
  rule: 'be 3-63 lowercase letters, digits, "." or "-", starting and ending with a letter or digit, not an IP address, without ".." and without the reserved prefixes and suffixes',
  reservedPrefixes: ['xn--', 'sthree-', 'amzn-s3-demo-'],
  reservedSuffixes: ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'],
} as const;

/** True when `name` is a valid S3 general purpose bucket name. */
export function isS3BucketName(name: unknown): name is string {
  if (typeof name !== 'string' || !S3_BUCKET_NAME.pattern.test(name)) return false;
  if (name.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(name)) return false;
  return !S3_BUCKET_NAME.reservedPrefixes.some((p) => name.startsWith(p)) && !S3_BUCKET_NAME.reservedSuffixes.some((s) => name.endsWith(s));
}

/** S3 Lifecycle: days an object stays in S3 Standard before a transition to Standard-IA. */
export const MIN_DAYS_BEFORE_INFREQUENT_ACCESS = 30;

/** Kafka's `log.retention.hours` default, for topics and clusters that set none. */
export const KAFKA_DEFAULT_RETENTION_HOURS = 168;

/** S3 Tables namespace names: 1-255 lowercase letters, digits and `_`, starting and ending with a letter or digit. */
export const S3_TABLES_NAMESPACE = /^[a-z0-9]([a-z0-9_]{0,253}[a-z0-9])?$/;

export const S3_TABLES_BUCKET_ARN = /^arn:aws[a-z-]*:s3tables:[a-z0-9-]+:\d{12}:bucket\/[a-z0-9-]{3,63}$/;
