/**
 * IAM access-control grants for MSK clients, shared by `MskCluster` and `MskServerlessCluster` (a plain function,
 * not a base class). Statements come from `aws/msk-iam-access.ts`; only the ARNs are filled in here.
 */
import * as pulumi from '@pulumi/pulumi';
import * as iam from '@pulumi/aws/iam';
import { planGrant, resourceArn, type MskGrantKind, type MskGrantOptions, type MskIamStatementPlan } from '../../aws/msk-iam-access';

/** Topics (and groups) of a read grant. */
export interface MskReadGrantOptions extends MskGrantOptions {
  /** Consumer groups the reader joins (names or prefixes ending in `*`). */
  readonly groups: readonly string[];
}

/** A role to grant to, plus what it may do. */
export interface MskRoleGrantArgs {
  /** Name (or id) of the IAM role that receives an inline policy. */
  readonly role: pulumi.Input<string>;
}

export type { MskGrantKind };

/** IAM policy JSON for `statements` on the cluster whose ARN is `clusterArn`. Statements without names are left out. */
export function renderGrantPolicy(clusterArn: string, statements: readonly MskIamStatementPlan[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: statements
      .filter((s) => s.resource === 'cluster' || s.names.length > 0)
      .map((s) => ({
        Effect: 'Allow',
        Action: [...s.actions],
        Resource: s.resource === 'cluster' ? clusterArn : s.names.map((n) => resourceArn(clusterArn, s.resource, n)),
      })),
  });
}

/** The policy JSON of a grant, as an output of the cluster ARN. */
export function grantPolicy(subject: string, clusterArn: pulumi.Output<string>, kind: MskGrantKind, o?: MskGrantOptions): pulumi.Output<string> {
  const statements = planGrant(subject, kind, o);
  return clusterArn.apply((arn) => renderGrantPolicy(arn, statements));
}

/** Attaches the grant as an inline policy `${owner}-${grantName}` of `role`, parented to the cluster component. */
export function grantToRole(
  parent: pulumi.ComponentResource, ownerName: string, grantName: string, clusterArn: pulumi.Output<string>, kind: MskGrantKind,
  args: MskRoleGrantArgs & Partial<MskGrantOptions>,
): iam.RolePolicy {
  const { role, ...options } = args;
  const policy = grantPolicy(`${ownerName}: ${grantName}`, clusterArn, kind, kind === 'connect' ? undefined : (options as MskGrantOptions));
  return new iam.RolePolicy(`${ownerName}-${grantName}`, { role, policy }, { parent });
}
