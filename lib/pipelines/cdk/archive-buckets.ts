/**
 * The archive's buckets (construct ids `Bucket`, `DeadLetterBucket`) and their key (`Key`): SSE-KMS with a
 * customer-managed key and a bucket key, versioned, no public access, TLS only, owner-enforced objects, lifecycle
 * rules from the plan; retained unless the plan says `destroy`.
 */
import { Duration, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { PlannedLifecycleRule } from '../archival/plan-types';

/** S3 lifecycle rule of a planned rule. */
export function lifecycleRuleOf(rule: PlannedLifecycleRule): s3.LifecycleRule {
  const storageClass = { STANDARD_IA: s3.StorageClass.INFREQUENT_ACCESS, GLACIER_IR: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL } as const;
  return {
    id: rule.id,
    abortIncompleteMultipartUploadAfter: Duration.days(rule.abortIncompleteMultipartUploadDays),
    noncurrentVersionExpiration: Duration.days(rule.noncurrentVersionExpirationDays),
    ...(rule.transitions.length > 0 ? { transitions: rule.transitions.map((t) => ({ storageClass: storageClass[t.storageClass], transitionAfter: Duration.days(t.days) })) } : {}),
    ...(rule.expirationDays !== undefined ? { expiration: Duration.days(rule.expirationDays) } : {}),
  };
}

/** The archive's buckets and key as both archive constructs take them. */
export interface ArchiveStorageProps {
  /**
   * An existing bucket for the archived objects; its key, when it has one, must be on it
   * (`Bucket.fromBucketAttributes({ bucketName, encryptionKey })`).
   * @default - a bucket is created
   */
  readonly bucket?: s3.IBucket;
  /**
   * Name of the created archive bucket.
   * @default - generated
   */
  readonly bucketName?: string;
  /**
   * An existing bucket for dead letters.
   * @default - a bucket is created
   */
  readonly deadLetterBucket?: s3.IBucket;
  /**
   * Name of the created dead-letter bucket.
   * @default - generated
   */
  readonly deadLetterBucketName?: string;
  /**
   * Key of the created buckets (and, for MSK Connect, of the workers' log group: its policy must let CloudWatch Logs
   * use it for that group).
   * @default - a customer-managed key is created (rotation on), with the buckets' removal policy
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Bucket for the S3 server access logs of the created buckets.
   * @default - none (AwsSolutions-S1 is acknowledged with its reason)
   */
  readonly serverAccessLogsBucket?: s3.IBucket;
}

export interface ArchiveBucketOptions {
  /**
   * Bucket name.
   * @default - generated
   */
  readonly bucketName?: string;
  readonly key: kms.IKey;
  readonly lifecycle: PlannedLifecycleRule;
  readonly removalPolicy: RemovalPolicy;
  /**
   * Bucket of the server access logs.
   * @default - none (AwsSolutions-S1 acknowledged with its reason)
   */
  readonly serverAccessLogsBucket?: s3.IBucket;
  /** What the bucket holds, for the key and the acknowledgement. */
  readonly holds: string;
  /**
   * Who writes it, for the acknowledgement.
   * @default 'the MSK channel role'
   */
  readonly writtenBy?: string;
}

/** A bucket of the archive. */
export function createArchiveBucket(scope: Construct, id: string, o: ArchiveBucketOptions): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    ...(o.bucketName !== undefined ? { bucketName: o.bucketName } : {}),
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: o.key,
    bucketKeyEnabled: true,
    enforceSSL: true,
    versioned: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [lifecycleRuleOf(o.lifecycle)],
    removalPolicy: o.removalPolicy,
    ...(o.serverAccessLogsBucket ? { serverAccessLogsBucket: o.serverAccessLogsBucket, serverAccessLogsPrefix: `${id}/` } : {}),
  });
  if (!o.serverAccessLogsBucket) {
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: `Holds ${o.holds}, written only by ${o.writtenBy ?? 'the MSK channel role'}; server access logs need a second bucket. `
        + 'Pass `serverAccessLogsBucket`, or enable CloudTrail S3 data events for the bucket.',
    });
  }
  return bucket;
}

/** The customer-managed key of the created buckets (rotated yearly). */
export function createArchiveKey(scope: Construct, description: string, removalPolicy: RemovalPolicy): kms.Key {
  return new kms.Key(scope, 'Key', { description, enableKeyRotation: true, removalPolicy });
}
