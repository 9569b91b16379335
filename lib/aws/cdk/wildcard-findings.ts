/**
 * cdk-nag 3 acknowledgements of the wildcard resources a library grant puts in a grantee's policy. cdk-nag reports
 * each as `AwsSolutions-IAM5[Resource::<resource as cdk-nag flattens it>]`, with deploy-time references written as
 * CloudFormation JSON: nothing a user can write down. A ledger records, per principal, the wildcards its grants added
 * and why; `acknowledge` computes the finding ids at synthesis (after cross-stack references are resolved) and
 * acknowledges exactly those, each with its reason.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, type IConstruct } from 'constructs';
import { flattenCfnReference } from './nag-ids';

/** One wildcard resource in a grantee's policy and why the grant needs it. */
export interface WildcardFinding {
  /** The resource as the policy holds it (a string or a token). */
  readonly resource: string;
  readonly reason: string;
}

/** The wildcards one kind of grant (MSK IAM access, Glue schemas, ...) added, per principal. */
export class WildcardFindingLedger {
  private readonly byPrincipal = new WeakMap<iam.IPrincipal, WildcardFinding[]>();
  private readonly acknowledged = new WeakSet<IConstruct>();

  /** Notes wildcards a grant added to `principal`'s policy. */
  record(principal: iam.IPrincipal, found: readonly WildcardFinding[]): void {
    if (found.length > 0) this.byPrincipal.set(principal, [...(this.byPrincipal.get(principal) ?? []), ...found]);
  }

  /** Acknowledges the recorded findings of `grantee` (also those of grants made later), `reason` appended to each. */
  acknowledge(grantee: iam.IGrantable, reason?: string): void {
    const principal = grantee.grantPrincipal;
    // Only a principal that is a construct (a role, user or group of the app) holds a policy cdk-nag can report on.
    if (!Construct.isConstruct(principal) || this.acknowledged.has(principal)) return;
    this.acknowledged.add(principal);
    principal.node.addValidation({
      validate: () => {
        const stack = Stack.of(principal);
        const tail = reason ? ` ${reason}` : '';
        for (const w of this.byPrincipal.get(principal) ?? []) {
          Validations.of(principal).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(w.resource))}]`, reason: `${w.reason}${tail}` });
        }
        return [];
      },
    });
  }
}
