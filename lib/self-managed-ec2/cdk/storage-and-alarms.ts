/**
 * The tiered-storage bucket (construct id `TieredStorageBucket`) and the CloudWatch alarms of the plan.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { assertNever } from '../../core/types';
import type { SelfManagedAlarmPlan } from '../plan-types';

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

function comparison(c: SelfManagedAlarmPlan['comparison']): cloudwatch.ComparisonOperator {
  switch (c) {
    case 'GreaterThanThreshold': return cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD;
    case 'GreaterThanOrEqualToThreshold': return cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
    case 'LessThanThreshold': return cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD;
    case 'LessThanOrEqualToThreshold': return cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD;
    case 'NotEqualToThreshold': throw new Error('CloudWatch alarms have no not-equal comparison');
    default: return assertNever(c, 'alarm comparison');
  }
}

/** One alarm per plan entry (construct id = plan id), notifying `topic` on alarm and recovery. */
export function createSelfManagedAlarms(scope: Construct, plans: readonly SelfManagedAlarmPlan[], topic?: sns.ITopic): Record<string, cloudwatch.Alarm> {
  const out: Record<string, cloudwatch.Alarm> = {};
  for (const a of plans) {
    const alarm = new cloudwatch.Alarm(scope, a.id, {
      alarmDescription: a.description,
      metric: new cloudwatch.Metric({
        namespace: a.namespace, metricName: a.metricName, dimensionsMap: { ...a.dimensions }, statistic: a.statistic, period: Duration.seconds(a.periodSeconds),
      }),
      threshold: a.threshold,
      comparisonOperator: comparison(a.comparison),
      evaluationPeriods: a.evaluationPeriods,
      treatMissingData: a.treatMissingData === 'breaching' ? cloudwatch.TreatMissingData.BREACHING : cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    if (topic) {
      const action = new cwActions.SnsAction(topic);
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    out[a.id] = alarm;
  }
  return out;
}
