/**
 * The customer-managed key of a provisioned cluster: data volumes, broker logs and (by default) SCRAM secrets.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/** Key actions CloudWatch Logs needs ("Encrypt log data in CloudWatch Logs using AWS KMS", Logs User Guide). */
const LOGS_KEY_ACTIONS = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'];
/** Key actions Secrets Manager uses on behalf of a caller ("How Secrets Manager uses AWS KMS"). */
const SECRETS_MANAGER_KEY_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'];
/** The longest KMS waiting period, so a mistaken deletion of a retained cluster's key can be cancelled. */
const PENDING_WINDOW = Duration.days(30);

export interface ClusterKeyOptions {
  readonly clusterName: string;
  readonly removalPolicy: RemovalPolicy;
  /**
   * ARN of the broker log group, when the key encrypts it (the key policy names it in an encryption-context condition).
   * @default - no CloudWatch Logs statement
   */
  readonly logGroupArn?: string;
  /** Secrets Manager secrets are encrypted with this key (SCRAM users). */
  readonly secretsManager: boolean;
}

/** Creates a cluster key (the cluster's own has id `Key`) with rotation and a key policy for the services that use it. */
export function createClusterKey(scope: Construct, id: string, o: ClusterKeyOptions): kms.Key {
  const stack = Stack.of(scope);
  const key = new kms.Key(scope, id, {
    description: `Encrypts the data volumes, broker logs and SCRAM secrets of MSK cluster ${o.clusterName}`,
    enableKeyRotation: true,
    pendingWindow: PENDING_WINDOW,
    removalPolicy: o.removalPolicy,
  });
  if (o.logGroupArn) {
    // The regional CloudWatch Logs principal, for this one log group only (encryption context).
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchLogsForBrokerLogGroup',
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: LOGS_KEY_ACTIONS,
        resources: ['*'],
        conditions: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': o.logGroupArn } },
      }),
    );
  }
  if (o.secretsManager) {
    // MSK reads SCRAM secrets through Secrets Manager, which decrypts on the caller's behalf: principals of
    // this account, only through Secrets Manager in this region (the pattern of the aws/secretsmanager key).
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSecretsManagerForScramSecrets',
        principals: [new iam.AnyPrincipal()],
        actions: SECRETS_MANAGER_KEY_ACTIONS,
        resources: ['*'],
        conditions: {
          StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.amazonaws.com`, 'kms:CallerAccount': stack.account },
        },
      }),
    );
  }
  return key;
}
