/** The validated archive: every default resolved, every name decided. */
import type { Issue } from '../../core/issues';
import type { RemovalMode } from '../../core/types';
import type { ArchivalBucketSpec, ArchivalCompression, ArchivalStorageClass, ArchivalValueFormat } from './spec';

/** One channel: one topic to one destination. */
export interface PlannedArchivalChannel {
  readonly channelName: string;
  readonly topic: string;
  /** The topic is in the cluster's catalog (the face makes the channel depend on it). */
  readonly inCatalog: boolean;
  /**
   * Iceberg: the Glue schema (value subject) of the topic.
   * @default - none (S3 destination)
   */
  readonly schemaName?: string;
  /**
   * Iceberg: the table (the topic name, lowercase, with other characters than letters, digits and `_` as `_`).
   * @default - none (S3 destination)
   */
  readonly tableName?: string;
}

export type PlannedArchivalDestination =
  | {
    readonly kind: 's3';
    readonly valueConverter: ArchivalValueFormat;
    readonly compression: ArchivalCompression;
    readonly storageClass: ArchivalStorageClass;
    readonly prefix: string;
  }
  | {
    readonly kind: 'iceberg';
    readonly valueConverter: 'JSON_SCHEMA_GSR';
    readonly registryName: string;
    readonly tableBucketArn: string;
    readonly namespace: string;
    readonly schemaEvolution: boolean;
    /** @default - no partitioning */
    readonly partitionByHourOn?: string;
  };

/** A bucket of the archive. */
export type PlannedArchivalBucket = ArchivalBucketSpec;

/** A lifecycle rule of a created bucket (days since the object was written). */
export interface PlannedLifecycleRule {
  readonly id: string;
  readonly transitions: readonly { readonly storageClass: 'STANDARD_IA' | 'GLACIER_IR'; readonly days: number }[];
  /** @default - never */
  readonly expirationDays?: number;
  readonly noncurrentVersionExpirationDays: number;
  readonly abortIncompleteMultipartUploadDays: number;
}

export interface ArchivalPlan {
  readonly backend: 'channel';
  readonly name: string;
  readonly clusterName: string;
  readonly channels: readonly PlannedArchivalChannel[];
  readonly destination: PlannedArchivalDestination;
  readonly dataFreshnessSeconds: number;
  /**
   * The archive bucket.
   * @default - none: Iceberg (the table bucket holds the data)
   */
  readonly bucket?: PlannedArchivalBucket;
  readonly deadLetterBucket: PlannedArchivalBucket;
  readonly dataLifecycle: PlannedLifecycleRule;
  readonly deadLetterLifecycle: PlannedLifecycleRule;
  /** Prefix of the dead-letter objects. */
  readonly errorOutputPrefix: string;
  /** The longest retention of the archived topics, in hours (`'unlimited'` when one keeps records forever). */
  readonly longestRetentionHours: number | 'unlimited';
  readonly removal: RemovalMode;
  readonly warnings: readonly Issue[];
}
