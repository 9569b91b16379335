/**
 * cdk-nag 3 and the grants. A topic, group or transactional-id prefix (`orders.*`) is a wildcard in an IAM resource,
 * so cdk-nag's AwsSolutions-IAM5 reports it on the grantee's policy, one finding per resource. cdk-nag 3 acknowledges
 * a finding by its full id, `AwsSolutions-IAM5[Resource::<resource as cdk-nag flattens it>]`, and these resources
 * are split out of the cluster ARN at deploy time (`Fn::Select` of `Fn::Split`), which cdk-nag writes as
 * CloudFormation JSON with logical ids: nothing a user can write down. `acknowledgeGrantFindings` computes those ids
 * at synthesis, for the prefixes the grants named, and acknowledges each with its reason.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, type IConstruct } from 'constructs';
import type { MskIamResourceKind } from '../../aws/msk-iam-access';
import { flattenCfnReference } from '../../aws/cdk/nag-ids';

/** One prefix a grant named: the kind and name as given, the resource ARN in the policy, and the grant. */
interface GrantWildcard {
  readonly subject: string;
  readonly kind: MskIamResourceKind;
  readonly name: string;
  readonly arn: string;
}

const wildcardsByPrincipal = new WeakMap<iam.IPrincipal, GrantWildcard[]>();
const acknowledged = new WeakSet<IConstruct>();

/** Notes the prefixes (names with `*`) a grant added to `principal`'s policy; `arns` are in the order of `names`. */
export function recordGrantWildcards(principal: iam.IPrincipal, subject: string, kind: MskIamResourceKind, names: readonly string[], arns: readonly string[]): void {
  const found = names.flatMap((name, i) => (name.includes('*') ? [{ subject, kind, name, arn: arns[i]! }] : []));
  if (found.length > 0) wildcardsByPrincipal.set(principal, [...(wildcardsByPrincipal.get(principal) ?? []), ...found]);
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
  const principal = grantee.grantPrincipal;
  // Only a principal that is a construct (a role, user or group of the app) holds a policy cdk-nag can report on.
  if (!Construct.isConstruct(principal) || acknowledged.has(principal)) return;
  acknowledged.add(principal);
  principal.node.addValidation({
    validate: () => {
      // Validations run after cross-stack references are resolved: the ids match the template cdk-nag reads.
      const stack = Stack.of(principal);
      for (const w of wildcardsByPrincipal.get(principal) ?? []) {
        Validations.of(principal).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(w.arn))}]`,
          reason: `${w.subject}: the ${w.kind} prefix ${w.name} (MSK IAM access control names ${w.kind}s by ARN; a prefix is its only wildcard).${reason ? ` ${reason}` : ''}`,
        });
      }
      return [];
    },
  });
}
