/**
 * The service execution role of the channels, after the Amazon MSK developer guide ("Data delivery", Service
 * execution role, checked 2026-12-04): MSK (`kafka.amazonaws.com`) assumes it for the channels of one cluster
 * (`aws:SourceAccount` and `aws:SourceArn` against confused deputies); it lists the buckets and writes objects under
 * the archive prefix and the dead-letter prefix only; with SSE-KMS it uses the buckets' key through S3 only; for
 * Iceberg it writes the tables of one table bucket and reads the topics' Glue schemas. It never reads or deletes
 * archived objects.
 */
import type { AccountContext } from '../../aws/iam-policy';
import { glueGrantStatements } from '../schema-registry/glue-access';

export interface ChannelStatementPlan {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  /** @default - none */
  readonly condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The principal that assumes the role. */
export const CHANNEL_SERVICE_PRINCIPAL = 'kafka.amazonaws.com';

/** The channels of one cluster: `arn:<partition>:kafka:<region>:<account>:channel/<cluster name>/*`. */
export function channelArnPattern(ctx: AccountContext, clusterName: string): string {
  return `arn:${ctx.partition}:kafka:${ctx.region}:${ctx.accountId}:channel/${clusterName}/*`;
}

/** Conditions of the trust policy. */
export function channelTrustConditions(ctx: AccountContext, clusterName: string): Record<string, Record<string, string>> {
  return { StringEquals: { 'aws:SourceAccount': ctx.accountId }, ArnLike: { 'aws:SourceArn': channelArnPattern(ctx, clusterName) } };
}

/** Actions on a bucket itself (listing, multipart bookkeeping). */
export const CHANNEL_BUCKET_ACTIONS = ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'] as const;
/** Actions on the objects it writes (single and multipart uploads). */
export const CHANNEL_OBJECT_ACTIONS = ['s3:AbortMultipartUpload', 's3:ListMultipartUploadParts', 's3:PutObject'] as const;
/** Actions on the buckets' KMS key, through S3 only. */
export const CHANNEL_KEY_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'] as const;
/** Actions on the S3 Tables table bucket and its tables (Iceberg). */
export const CHANNEL_S3_TABLES_ACTIONS = [
  's3tables:CreateNamespace', 's3tables:CreateTable', 's3tables:GetTable', 's3tables:GetTableBucket', 's3tables:GetTableData', 's3tables:GetTableMetadataLocation',
  's3tables:PutTableData', 's3tables:PutTableEncryption', 's3tables:PutTableRecordExpirationConfiguration', 's3tables:TagResource', 's3tables:UpdateTableMetadataLocation',
] as const;

export interface ChannelPolicyInput {
  readonly ctx: AccountContext;
  /**
   * The archive bucket's ARN and the prefix of its objects.
   * @default - none: Iceberg destination
   */
  readonly bucket?: { readonly arn: string; readonly prefix: string };
  readonly deadLetterBucket: { readonly arn: string; readonly prefix: string };
  /** Customer-managed keys of the buckets. */
  readonly keyArns: readonly string[];
  /**
   * Iceberg: the table bucket, the registry and the schemas the channels read.
   * @default - none: S3 destination
   */
  readonly iceberg?: { readonly tableBucketArn: string; readonly registryName: string; readonly schemaNames: readonly string[] };
}

/** The statements of the role's policy, in a stable order. */
export function channelPolicyStatements(i: ChannelPolicyInput): ChannelStatementPlan[] {
  const out: ChannelStatementPlan[] = [];
  if (i.bucket) {
    out.push({ sid: 'ArchiveBucket', actions: [...CHANNEL_BUCKET_ACTIONS], resources: [i.bucket.arn] });
    out.push({ sid: 'ArchiveObjects', actions: [...CHANNEL_OBJECT_ACTIONS], resources: [`${i.bucket.arn}/${i.bucket.prefix}*`] });
  }
  out.push({ sid: 'DeadLetterBucket', actions: [...CHANNEL_BUCKET_ACTIONS], resources: [i.deadLetterBucket.arn] });
  out.push({ sid: 'DeadLetterObjects', actions: [...CHANNEL_OBJECT_ACTIONS], resources: [`${i.deadLetterBucket.arn}/${i.deadLetterBucket.prefix}*`] });
  if (i.keyArns.length > 0) {
    out.push({
      sid: 'BucketKeysThroughS3', actions: [...CHANNEL_KEY_ACTIONS], resources: [...i.keyArns],
      condition: { StringEquals: { 'kms:ViaService': `s3.${i.ctx.region}.${i.ctx.dnsSuffix}` } },
    });
  }
  if (i.iceberg) {
    out.push({ sid: 'IcebergTables', actions: [...CHANNEL_S3_TABLES_ACTIONS], resources: [i.iceberg.tableBucketArn, `${i.iceberg.tableBucketArn}/table/*`] });
    glueGrantStatements(i.ctx, i.iceberg.registryName, 'read', i.iceberg.schemaNames).forEach((s, n) => {
      out.push({ sid: `GlueSchemas${n}`, actions: s.actions, resources: s.resources });
    });
  }
  return out;
}
