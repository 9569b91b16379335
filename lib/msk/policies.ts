/**
 * Policy documents and fixed AWS facts both MSK faces render. Pure (no SDK import): every value comes from the
 * plan and the account context, whose strings may be CDK tokens (`Aws.PARTITION`, ...) or resolved Pulumi values.
 * Statements are plain IAM JSON: the CDK face turns them into `iam.PolicyStatement.fromJson`, Pulumi serializes them.
 */
import type { AccountContext, PolicyDocumentJson, PolicyStatementJson } from '../aws/iam-policy';

export type { AccountContext, PolicyDocumentJson, PolicyStatementJson } from '../aws/iam-policy';

/**
 * Broker log group name. Fixed (not auto-named) so the key policy can name it; under `/aws/vendedlogs/` so
 * CloudWatch Logs adds one wildcard resource policy for MSK log delivery instead of one per group (CloudWatch
 * Logs User Guide, "Enabling logging from AWS services": resource policies are limited per account and Region).
 */
export function brokerLogGroupName(clusterName: string): string {
  return `/aws/vendedlogs/msk/${clusterName}/broker-logs`;
}

/** Key actions CloudWatch Logs needs ("Encrypt log data in CloudWatch Logs using AWS KMS"). */
export const LOGS_KEY_ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'] as const;
/**
 * Key actions Secrets Manager uses on behalf of callers in the account: those of the AWS managed
 * `aws/secretsmanager` key's policy ("How Secrets Manager uses AWS KMS").
 */
export const SECRETS_MANAGER_KEY_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'] as const;

/** What a key the library creates must allow besides the account's administration. */
export interface MskKeyPolicyOptions {
  /**
   * The broker log group the key encrypts (CloudWatch Logs may use the key for this group only).
   * @default - no CloudWatch Logs statement
   */
  readonly logGroupName?: string;
  /** Secrets Manager may use the key for callers in this account (the SCRAM secrets MSK reads). */
  readonly secretsManager: boolean;
}

/**
 * Statements of the key the library creates: the account administers it through IAM; CloudWatch Logs may use it
 * for this cluster's broker log group only (encryption-context condition); Secrets Manager may use it for callers in
 * this account only (`kms:ViaService` + `kms:CallerAccount`), which is how MSK reads the SCRAM secrets.
 */
export function mskKeyPolicyStatements(ctx: AccountContext, o: MskKeyPolicyOptions): PolicyStatementJson[] {
  const statements: PolicyStatementJson[] = [
    { Sid: 'EnableAccountAdministration', Effect: 'Allow', Principal: { AWS: `arn:${ctx.partition}:iam::${ctx.accountId}:root` }, Action: 'kms:*', Resource: '*' },
  ];
  if (o.logGroupName !== undefined) {
    statements.push({
      Sid: 'AllowCloudWatchLogsForBrokerLogGroup',
      Effect: 'Allow',
      Principal: { Service: `logs.${ctx.region}.${ctx.dnsSuffix}` },
      Action: [...LOGS_KEY_ACTIONS],
      Resource: '*',
      Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${o.logGroupName}` } },
    });
  }
  if (o.secretsManager) {
    statements.push({
      Sid: 'AllowSecretsManagerForThisAccount',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: [...SECRETS_MANAGER_KEY_ACTIONS],
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${ctx.region}.${ctx.dnsSuffix}`, 'kms:CallerAccount': ctx.accountId } },
    });
  }
  return statements;
}

/** The key policy document (see {@link mskKeyPolicyStatements}). */
export function mskKeyPolicy(ctx: AccountContext, o: MskKeyPolicyOptions): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: mskKeyPolicyStatements(ctx, o) };
}

/**
 * The statement MSK itself adds to a SCRAM secret's resource policy on association (Sid `AWSKafkaResourcePolicy`),
 * declared so that the next refresh or drift check shows no difference.
 */
export function scramSecretPolicyStatement(secretArn: string): PolicyStatementJson {
  return { Sid: 'AWSKafkaResourcePolicy', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Action: 'secretsmanager:getSecretValue', Resource: secretArn };
}

/** Resource policy document of a SCRAM secret. */
export function scramSecretPolicy(secretArn: string): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: [scramSecretPolicyStatement(secretArn)] };
}

/** Actions a client account needs to create a managed VPC connection ("Multi-VPC private connectivity", cluster policy). */
export const MULTI_VPC_CLUSTER_ACTIONS = ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeCluster', 'kafka:DescribeClusterV2'] as const;

/** The statement that lets `accounts` create VPC connections to the cluster. */
export function multiVpcClusterPolicyStatement(partition: string, clusterArn: string, accounts: readonly string[]): PolicyStatementJson {
  return {
    Sid: 'KafkaIacMultiVpcClientAccounts',
    Effect: 'Allow',
    Principal: { AWS: accounts.map((a) => `arn:${partition}:iam::${a}:root`) },
    Action: [...MULTI_VPC_CLUSTER_ACTIONS],
    Resource: clusterArn,
  };
}

/**
 * The cluster policy: the user's document (if any) with the multi-VPC statement for `accounts` appended.
 * Returns undefined when there is nothing to attach. `userPolicy` is a parsed JSON document.
 */
export function mskClusterPolicy(
  partition: string, clusterArn: string, accounts: readonly string[], userPolicy?: { readonly Version?: string; readonly Statement?: unknown },
): PolicyDocumentJson | undefined {
  if (accounts.length === 0 && userPolicy === undefined) return undefined;
  const doc = userPolicy ?? {};
  const existing = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const statements = [...(existing as PolicyStatementJson[])];
  if (accounts.length > 0) statements.push(multiVpcClusterPolicyStatement(partition, clusterArn, accounts));
  return { ...doc, Version: doc.Version ?? '2012-10-17', Statement: statements };
}

/**
 * Application Auto Scaling of broker storage ("Automatic scaling for Amazon MSK clusters"): the dimension, the
 * predefined metric a target-tracking policy follows, and the service-linked role the service creates on first use.
 */
export const STORAGE_SCALING = {
  serviceNamespace: 'kafka',
  scalableDimension: 'kafka:broker-storage:VolumeSize',
  predefinedMetricType: 'KafkaBrokerStorageUtilization',
  serviceLinkedRolePath: 'aws-service-role/kafka.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_KafkaCluster',
} as const;

/** ARN of the service-linked role Application Auto Scaling uses for MSK storage. */
export function storageScalingRoleArn(partition: string, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:role/${STORAGE_SCALING.serviceLinkedRolePath}`;
}

/**
 * Generated SCRAM passwords, one rule for both faces: 32 letters and digits (about 190 bits; MSK accepts 8 to 128
 * characters). Punctuation and spaces are excluded so the password can be pasted into a JAAS config line, a shell
 * or JSON without escaping. Field names follow Secrets Manager's `GetRandomPassword` / `GenerateSecretString`.
 */
export const SCRAM_PASSWORD = { length: 32, excludePunctuation: true, includeSpace: false, requireEachIncludedType: true } as const;
