/**
 * SASL/SCRAM users: one Secrets Manager secret per planned user (named `AmazonMSK_*`, encrypted with a
 * customer-managed key, as MSK requires) and one `AWS::MSK::BatchScramSecret` associating them, and the
 * secrets passed in, with the cluster.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { MskScramSecretPlan } from '../plan-types';

/**
 * Characters left out of generated passwords: they need escaping inside a JAAS `sasl.jaas.config` line
 * (quotes, backslash, semicolon, equals sign) or in shells and URLs.
 */
export const SCRAM_PASSWORD_EXCLUDED_CHARACTERS = '"\'\\;=`$@/:{}%&?#<>|';
/** Generated password length (MSK accepts passwords of 8 to 128 characters). */
const PASSWORD_LENGTH = 32;

export interface ScramSecretsOptions {
  readonly secrets: readonly MskScramSecretPlan[];
  readonly existingSecretArns: readonly string[];
  readonly key: kms.IKey;
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
}

/** Creates the secrets (ids from the plan) and their association with the cluster. */
export function createScramSecrets(scope: Construct, o: ScramSecretsOptions): ScramSecrets {
  const byUser: Record<string, secretsmanager.ISecret> = {};
  for (const s of o.secrets) {
    const secret = new secretsmanager.Secret(scope, s.id, {
      secretName: s.secretName,
      description: `SASL/SCRAM credentials of Kafka user ${s.user}`,
      encryptionKey: o.key,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ username: s.user }),
        generateStringKey: 'password',
        excludeCharacters: SCRAM_PASSWORD_EXCLUDED_CHARACTERS,
        passwordLength: PASSWORD_LENGTH,
      },
      removalPolicy: o.removalPolicy,
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'MSK SASL/SCRAM credentials have no AWS-provided rotation function, and a rotated password breaks every client '
        + 'until it is redeployed: rotate by adding a new user, moving clients, then removing the old one.',
    });
    byUser[s.user] = secret;
  }
  const arns = [...Object.values(byUser).map((s) => s.secretArn), ...o.existingSecretArns];
  if (arns.length === 0) return { byUser };
  const association = new msk.CfnBatchScramSecret(scope, 'ScramSecrets', { clusterArn: o.clusterArn, secretArnList: arns });
  association.applyRemovalPolicy(o.removalPolicy);
  return { byUser, association };
}
