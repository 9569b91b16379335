/**
 * The execution role names topics and groups by pattern (the replicator's filters, its own internal topics and the
 * source-alias prefix MSK only picks at creation), so cdk-nag's AwsSolutions-IAM5 reports each wildcard resource.
 * Each finding is acknowledged here with its reason. cdk-nag keys a finding by the resource as it appears in the
 * final template (`Resource::<flattened CloudFormation reference>`, the format its README documents for
 * suppressions), so the keys are computed in a validation, after cross-stack references were resolved.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { flattenCfnReference } from '../../../aws/cdk/nag-ids';
import type { MskReplicatorPlan } from '../plan-types';

/** The resolved inline policy, as far as it is read here. */
interface ResolvedPolicy {
  /** @default - no statement */
  readonly Statement?: readonly {
    /** @default - no Sid (not a statement of the plan) */
    readonly Sid?: string;
    /** @default - none */
    readonly Resource?: unknown;
  }[];
}

/** Why each statement of the plan names patterns, by statement id. */
const REASONS: Record<string, string> = {
  SourceInternalTopics: 'Heartbeat, offset-sync and checkpoint topics MSK Replicator creates on the source; their names carry run-time parts ("Topic replication permissions").',
  TargetInternalTopics: 'Heartbeat, offset-sync and checkpoint topics MSK Replicator creates on the target; their names carry run-time parts ("Topic replication permissions").',
  SourceDataTopics: 'The topics the replicator copies are chosen by regular expressions; the role names their IAM patterns on the source cluster only.',
  TargetDataTopics: 'Replicated topics on the target: the source-cluster alias prefix is only known once the replicator exists, and the topics follow the filters.',
  SourceGroups: 'Consumer groups whose offsets are translated are chosen by regular expressions; DescribeGroup on the source cluster only.',
  TargetGroups: 'The replicator\'s own groups and the replicated consumer groups on the target cluster, chosen by pattern.',
  SourceSecrets: 'A secret of the source cluster imported by name or partial ARN: IAM matches its 6-character suffix with -??????.',
};

/** Acknowledges, at synthesis, every wildcard resource of the role's inline policy with the reason of its statement. */
export function acknowledgeExecutionRoleWildcards(scope: IConstruct, role: iam.Role, document: iam.PolicyDocument, plan: MskReplicatorPlan): void {
  scope.node.addValidation({
    validate: () => {
      const resolved = Stack.of(role).resolve(document) as ResolvedPolicy;
      for (const st of resolved.Statement ?? []) {
        const reason = REASONS[st.Sid ?? ''];
        if (reason === undefined) continue;
        const resources = Array.isArray(st.Resource) ? st.Resource : [st.Resource];
        for (const r of resources.map(flattenCfnReference).filter((x) => x.includes('*'))) {
          Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[Resource::${r}]`, reason: `${plan.replicatorName}: ${reason}` });
        }
      }
      return [];
    },
  });
}
