/**
 * The tiered-storage bucket (construct id `TieredStorageBucket`).
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** Incomplete multipart uploads of segments a broker died while uploading: gone after a week. */
export const ABORT_INCOMPLETE_UPLOADS_DAYS = 7;

/** SSE-KMS with a bucket key, TLS only, no public access, owner-enforced objects, abort-multipart lifecycle. */
export function createTieredStorageBucket(scope: Construct, bucketName: string, key: kms.IKey, removalPolicy: RemovalPolicy): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'TieredStorageBucket', {
    bucketName,
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: key,
    bucketKeyEnabled: true,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ id: 'abort-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(ABORT_INCOMPLETE_UPLOADS_DAYS) }],
    removalPolicy,
  });
  Validations.of(bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'Holds Kafka log segments written and read only by the broker roles; server access logs would need a second bucket per cluster. '
      + 'Enable CloudTrail S3 data events for the bucket, or adopt a bucket with logging through `tieredStorageBucket`.',
  });
  return bucket;
}
