/**
 * Policy documents and fixed names the MSK Pulumi face renders. Pure (no SDK import): every value comes from
 * the plan and the account context, so these functions can move into the plan when the CDK face needs them.
 */
import type { BootstrapField } from '../plan-types';

/** The AWS account the resources are deployed to. */
export interface AccountContext {
  readonly partition: string;
  readonly dnsSuffix: string;
  readonly region: string;
  readonly accountId: string;
}

type PolicyStatement = Record<string, unknown>;

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
/** Key actions Secrets Manager uses on behalf of callers in the account ("How Secrets Manager uses AWS KMS"). */
export const SECRETS_MANAGER_KEY_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'] as const;

/**
 * Policy of the key the library creates: the account administers it through IAM; CloudWatch Logs may use it for
 * this cluster's broker log group only (encryption-context condition); Secrets Manager may use it for callers in
 * this account only (`kms:ViaService` + `kms:CallerAccount`), which is how MSK reads the SCRAM secrets.
 */
export function mskKeyPolicy(ctx: AccountContext, o: { readonly logGroupName?: string; readonly secretsManager: boolean }): string {
  const statements: PolicyStatement[] = [
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
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * Resource policy of a SCRAM secret: the statement MSK attaches itself on association (Sid
 * `AWSKafkaResourcePolicy`), declared so that the next refresh shows no drift.
 */
export function scramSecretPolicy(secretArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'AWSKafkaResourcePolicy', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Action: 'secretsmanager:getSecretValue', Resource: secretArn }],
  });
}

/** Actions a client account needs to create a managed VPC connection ("Multi-VPC private connectivity", cluster policy). */
export const MULTI_VPC_CLUSTER_ACTIONS = ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeCluster', 'kafka:DescribeClusterV2'] as const;

/**
 * The cluster policy: the user's document (if any) with the multi-VPC statement for `accounts` appended.
 * Returns undefined when there is nothing to attach.
 */
export function clusterPolicy(ctx: Pick<AccountContext, 'partition'>, clusterArn: string, accounts: readonly string[], userPolicy?: string): string | undefined {
  if (accounts.length === 0 && userPolicy === undefined) return undefined;
  let doc: { Version?: string; Statement?: unknown } = { Version: '2012-10-17', Statement: [] };
  if (userPolicy !== undefined) {
    try {
      doc = JSON.parse(userPolicy) as typeof doc;
    } catch (e) {
      throw new Error(`\`clusterPolicy\` must be a JSON policy document, got: ${JSON.stringify(userPolicy)}. ${(e as Error).message}`);
    }
  }
  const existing = doc.Statement === undefined ? [] : Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const statements = [...existing];
  if (accounts.length > 0) {
    statements.push({
      Sid: 'KafkaIacMultiVpcClientAccounts',
      Effect: 'Allow',
      Principal: { AWS: accounts.map((a) => `arn:${ctx.partition}:iam::${a}:root`) },
      Action: [...MULTI_VPC_CLUSTER_ACTIONS],
      Resource: clusterArn,
    });
  }
  return JSON.stringify({ ...doc, Version: doc.Version ?? '2012-10-17', Statement: statements });
}

/** Output property of `aws.msk.Cluster` for each bootstrap field of the plan. */
export const BOOTSTRAP_OUTPUTS = {
  BootstrapBrokerString: 'bootstrapBrokers',
  BootstrapBrokerStringTls: 'bootstrapBrokersTls',
  BootstrapBrokerStringSaslScram: 'bootstrapBrokersSaslScram',
  BootstrapBrokerStringSaslIam: 'bootstrapBrokersSaslIam',
  BootstrapBrokerStringPublicTls: 'bootstrapBrokersPublicTls',
  BootstrapBrokerStringPublicSaslScram: 'bootstrapBrokersPublicSaslScram',
  BootstrapBrokerStringPublicSaslIam: 'bootstrapBrokersPublicSaslIam',
  BootstrapBrokerStringVpcConnectivityTls: 'bootstrapBrokersVpcConnectivityTls',
  BootstrapBrokerStringVpcConnectivitySaslScram: 'bootstrapBrokersVpcConnectivitySaslScram',
  BootstrapBrokerStringVpcConnectivitySaslIam: 'bootstrapBrokersVpcConnectivitySaslIam',
} as const satisfies Record<BootstrapField, string>;

export type BootstrapOutputName = (typeof BOOTSTRAP_OUTPUTS)[BootstrapField];

/**
 * Application Auto Scaling of broker storage ("Automatic scaling for Amazon MSK clusters"): the dimension, and
 * the predefined metric a target-tracking policy follows.
 */
export const STORAGE_SCALING = {
  serviceNamespace: 'kafka',
  scalableDimension: 'kafka:broker-storage:VolumeSize',
  predefinedMetricType: 'KafkaBrokerStorageUtilization',
} as const;

/**
 * Generated SCRAM passwords: 32 letters and digits (about 190 bits). Punctuation is excluded so the password can
 * be pasted into a JAAS config line and JSON without escaping.
 */
export const SCRAM_PASSWORD = { length: 32, excludePunctuation: true } as const;
