/**
 * SASL/SCRAM users: one Secrets Manager secret per planned user (named `AmazonMSK_*`, encrypted with a
 * customer-managed key, as MSK requires, with the resource policy MSK expects), one `AWS::MSK::BatchScramSecret`
 * associating them and the secrets passed in with the cluster, and a check that MSK really associated them.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { MskScramSecretPlan } from '../plan-types';
import { SCRAM_PASSWORD, scramSecretPolicyStatement } from '../policies';
import { createScramSecretsCheck } from './scram-secrets-check';

export interface ScramSecretsOptions {
  readonly secrets: readonly MskScramSecretPlan[];
  readonly existingSecretArns: readonly string[];
  /**
   * Key of the created secrets (the plan's `scramSecretsKey`); required when `secrets` is not empty.
   * @default - none: allowed only without secrets to create
   */
  readonly key?: kms.IKey;
  readonly clusterArn: string;
  readonly removalPolicy: RemovalPolicy;
}

export interface ScramSecrets {
  /** Created secrets by user name. */
  readonly byUser: Record<string, secretsmanager.ISecret>;
  /**
   * The association (id `ScramSecrets`).
   * @default - none when there is nothing to associate
   */
  readonly association?: msk.CfnBatchScramSecret;
  /**
   * The `SecretArnList.<n-1>` attribute of the association check (id `ScramSecretsCheck`): reading it fails the
   * deployment when MSK lists fewer secrets than declared.
   * @default - none when there is nothing to associate
   */
  readonly associatedGate?: string;
}

/** Creates the secrets (ids from the plan), their association with the cluster and the association check. */
export function createScramSecrets(scope: Construct, o: ScramSecretsOptions): ScramSecrets {
  const byUser: Record<string, secretsmanager.ISecret> = {};
  const policies: secretsmanager.ResourcePolicy[] = [];
  for (const s of o.secrets) {
    if (!o.key) throw new Error(`${scope.node.path}: SCRAM secret ${s.secretName} has no key`);
    const secret = new secretsmanager.Secret(scope, s.id, {
      secretName: s.secretName,
      description: `SASL/SCRAM credentials of Kafka user ${s.user}`,
      encryptionKey: o.key,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ username: s.user }),
        generateStringKey: 'password',
        passwordLength: SCRAM_PASSWORD.length,
        excludePunctuation: SCRAM_PASSWORD.excludePunctuation,
        includeSpace: SCRAM_PASSWORD.includeSpace,
        requireEachIncludedType: SCRAM_PASSWORD.requireEachIncludedType,
      },
      removalPolicy: o.removalPolicy,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'MSK SASL/SCRAM credentials have no AWS-provided rotation function, and a rotated password breaks every client '
        + 'until it is redeployed: rotate by adding a new user, moving clients, then removing the old one.',
    });
    // The statement MSK adds on association, declared (id `Policy`) so that drift detection shows no difference.
    // It follows the cluster's removal policy: deleting it would cut a retained cluster off its secrets.
    secret.addToResourcePolicy(iam.PolicyStatement.fromJson(scramSecretPolicyStatement(secret.secretArn)));
    const policy = secret.node.findChild('Policy') as secretsmanager.ResourcePolicy;
    policy.applyRemovalPolicy(o.removalPolicy);
    policies.push(policy);
    byUser[s.user] = secret;
  }
  const arns = [...Object.values(byUser).map((s) => s.secretArn), ...o.existingSecretArns];
  if (arns.length === 0) return { byUser };
  const association = new msk.CfnBatchScramSecret(scope, 'ScramSecrets', { clusterArn: o.clusterArn, secretArnList: arns });
  association.applyRemovalPolicy(o.removalPolicy);
  for (const p of policies) association.node.addDependency(p);
  const check = createScramSecretsCheck(scope, { clusterArn: o.clusterArn, secretArns: arns, association });
  return { byUser, association, associatedGate: check.lastSecretArn };
}
