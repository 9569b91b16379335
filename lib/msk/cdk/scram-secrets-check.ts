/**
 * The SCRAM association check (fixed id `ScramSecretsCheck`).
 *
 * `BatchAssociateScramSecret` reports secrets it could not associate (wrong name prefix, AWS-managed key, missing
 * key access, ...) in `UnprocessedScramSecrets` and still answers 200. Whether `AWS::MSK::BatchScramSecret` turns
 * that into a failure is not documented, so the deployment is made to fail loudly either way:
 *
 * 1. After the association, one `AwsCustomResource` calls `kafka:ListScramSecrets` on the cluster and keeps only
 *    `SecretArnList.<n-1>` of the response (`n` = secrets the cluster must have, at most one page of 100).
 * 2. The bootstrap-broker lookup reads that attribute (part of its physical id). When MSK lists fewer than `n`
 *    secrets the attribute does not exist, and CloudFormation fails the deployment with
 *    "Vendor response doesn't contain SecretArnList.<n-1> key in object ..." and rolls back.
 *
 * It runs again whenever the declared list changes (its physical id is the count and a digest of the ARNs as the
 * template resolves them) or the cluster is replaced (the call's `ClusterArn` changes). It checks a count: secrets
 * associated outside this stack count too, and beyond 100 secrets only the first page is checked. Its policy allows `kafka:ListScramSecrets`
 * on the cluster only, on the stack's shared custom-resource role.
 */
import { createHash } from 'crypto';
import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct, IDependable } from 'constructs';
import { providerRoleAndLogs } from '../../aws/cdk/custom-resource-provider';

/** Largest page of `ListScramSecrets` (its `MaxResults` is 1 to 100, Amazon MSK API reference). */
export const LIST_SCRAM_SECRETS_MAX_RESULTS = 100;

export interface ScramSecretsCheckOptions {
  readonly clusterArn: string;
  /** Every secret the association declares (created and existing), possibly tokens. */
  readonly secretArns: readonly string[];
  /** The association the check must follow. */
  readonly association: IDependable;
}

export interface ScramSecretsCheck {
  readonly resource: cr.AwsCustomResource;
  /** `SecretArnList.<n-1>` of the response: a deploy-time value that exists only when at least `n` secrets are associated. */
  readonly lastSecretArn: string;
  /** The response path read, e.g. `SecretArnList.2`. */
  readonly path: string;
}

export function createScramSecretsCheck(scope: Construct, o: ScramSecretsCheckOptions): ScramSecretsCheck {
  const expected = Math.min(o.secretArns.length, LIST_SCRAM_SECRETS_MAX_RESULTS);
  if (expected === 0) throw new Error(`${scope.node.path}: a SCRAM association check needs at least one secret`);
  const path = `SecretArnList.${expected - 1}`;
  // Tokens resolve to their CloudFormation expressions ({"Ref": ...}), which are stable between synths.
  const digest = createHash('sha256').update(JSON.stringify(Stack.of(scope).resolve(o.secretArns))).digest('hex').slice(0, 16);
  const call: cr.AwsSdkCall = {
    service: 'Kafka',
    action: 'listScramSecrets',
    parameters: { ClusterArn: o.clusterArn, MaxResults: LIST_SCRAM_SECRETS_MAX_RESULTS },
    physicalResourceId: cr.PhysicalResourceId.of(`scram-secrets-${o.secretArns.length}-${digest}`),
    outputPaths: [path],
  };
  const { role, logGroup } = providerRoleAndLogs(scope);
  const resource = new cr.AwsCustomResource(scope, 'ScramSecretsCheck', {
    resourceType: 'Custom::MskScramSecretsCheck',
    onCreate: call,
    onUpdate: call,
    policy: cr.AwsCustomResourcePolicy.fromStatements([new iam.PolicyStatement({ actions: ['kafka:ListScramSecrets'], resources: [o.clusterArn] })]),
    role,
    logGroup,
    // ListScramSecrets is in the SDK of the Lambda runtime; installing the latest one needs internet access and ~60 s.
    installLatestAwsSdk: false,
    timeout: Duration.minutes(2),
  });
  resource.node.addDependency(o.association);
  return { resource, lastSecretArn: resource.getResponseField(path), path };
}
