/**
 * The customer-managed keys the library creates for a provisioned cluster: the cluster key (data volumes, broker
 * logs and, by default, SCRAM secrets) and, when the plan says so, a separate key for SCRAM secrets. The key policy
 * comes from the plan's `mskKeyPolicyStatements`, shared with the Pulumi face.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { mskKeyPolicyStatements, type AccountContext, type MskKeyPolicyOptions } from '../policies';

/** The longest KMS waiting period, so a mistaken deletion of a retained cluster's key can be cancelled. */
const PENDING_WINDOW = Duration.days(30);

export interface ClusterKeyOptions extends MskKeyPolicyOptions {
  readonly clusterName: string;
  readonly removalPolicy: RemovalPolicy;
}

/** The stack's partition, URL suffix, region and account (deploy-time tokens for an env-agnostic stack). */
export function accountContext(scope: Construct): AccountContext {
  const stack = Stack.of(scope);
  return { partition: stack.partition, dnsSuffix: stack.urlSuffix, region: stack.region, accountId: stack.account };
}

/**
 * Creates a key with rotation whose policy is exactly the plan's statements (the account's administration,
 * CloudWatch Logs for the broker log group, Secrets Manager for this account). The cluster's own key has id `Key`.
 */
export function createClusterKey(scope: Construct, id: string, o: ClusterKeyOptions): kms.Key {
  return new kms.Key(scope, id, {
    description: `Encrypts the data volumes, broker logs and SCRAM secrets of MSK cluster ${o.clusterName}`,
    enableKeyRotation: true,
    pendingWindow: PENDING_WINDOW,
    removalPolicy: o.removalPolicy,
    // A given policy replaces the default one; its first statement is the same account administration.
    policy: new iam.PolicyDocument({ statements: mskKeyPolicyStatements(accountContext(scope), o).map((s) => iam.PolicyStatement.fromJson(s)) }),
  });
}
