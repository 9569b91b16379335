/**
 * cdk-nag 3 and the grants. A topic, group or transactional-id prefix (`orders.*`) is a wildcard in an IAM resource,
 * so cdk-nag's AwsSolutions-IAM5 reports it on the grantee's policy, one finding per resource. cdk-nag 3 acknowledges
 * a finding by its full id, `AwsSolutions-IAM5[Resource::<resource as cdk-nag flattens it>]`, and these resources
 * are split out of the cluster ARN at deploy time (`Fn::Select` of `Fn::Split`), which cdk-nag writes as
 * CloudFormation JSON with logical ids: nothing a user can write down. `acknowledgeGrantFindings` computes those ids
 * at synthesis, for the prefixes the grants named, and acknowledges each with its reason.
 */
import type * as iam from 'aws-cdk-lib/aws-iam';
import type { MskIamResourceKind } from '../../aws/msk-iam-access';
import { WildcardFindingLedger } from '../../aws/cdk/wildcard-findings';

const ledger = new WildcardFindingLedger();

/** Notes the prefixes (names with `*`) a grant added to `principal`'s policy; `arns` are in the order of `names`. */
export function recordGrantWildcards(principal: iam.IPrincipal, subject: string, kind: MskIamResourceKind, names: readonly string[], arns: readonly string[]): void {
  ledger.record(principal, names.flatMap((name, i) => (name.includes('*')
    ? [{ resource: arns[i]!, reason: `${subject}: the ${kind} prefix ${name} (MSK IAM access control names ${kind}s by ARN; a prefix is its only wildcard).` }]
    : [])));
}

/**
 * Acknowledges, for cdk-nag 3 (`Validations.of(...).acknowledge`), the AwsSolutions-IAM5 findings that the grants of
 * `MskCluster` and `MskServerlessCluster` (`grantRead`, `grantWrite`) leave on `grantee`'s policy: one per topic,
 * group or transactional-id prefix ending in `*`, each with its reason, and nothing else. Grants made after this call
 * count too (the ids are computed at synthesis). Exact names need no acknowledgement: they are no wildcard.
 *
 * @param grantee the role, user, group or resource the grants were given to
 * @param reason why the grantee may use every name under those prefixes, appended to each finding's reason
 */
export function acknowledgeGrantFindings(grantee: iam.IGrantable, reason?: string): void {
  ledger.acknowledge(grantee, reason);
}
