/**
 * IAM policy JSON as every AWS face renders it: the CDK face turns statements into `iam.PolicyStatement.fromJson`,
 * the Pulumi faces serialize them. Pure; any string may be a deploy-time token (`Aws.PARTITION`, ...) or a resolved
 * Pulumi value.
 */

/** The AWS account the resources are deployed to. Any field may be a deploy-time token. */
export interface AccountContext {
  readonly partition: string;
  /** `amazonaws.com`, or the partition's own suffix (e.g. `amazonaws.com.cn`). */
  readonly dnsSuffix: string;
  readonly region: string;
  readonly accountId: string;
}

/** One IAM policy statement as JSON. */
export type PolicyStatementJson = Record<string, unknown>;

/** An IAM policy document as JSON. */
export interface PolicyDocumentJson {
  readonly Version: string;
  readonly Statement: readonly PolicyStatementJson[];
  readonly [key: string]: unknown;
}

/** An `Allow` statement with its `Sid`, as the node and function policies write them. */
export interface AllowStatementJson {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: string[];
  readonly Resource: string | string[];
  /**
   * Condition block, e.g. `{ StringEquals: { 'kms:ViaService': ... } }`.
   * @default - none
   */
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}
