/**
 * Native topics and catalog IAM access of an `MskCluster` (Pulumi). Thin: `planMskTopics` decides; this file maps
 * each topic to an `aws.msk.Topic` named `${name}-topic-<topic name>` and each `iam` intent to one inline policy
 * `${name}-access-<intent>` holding the statements `readPolicy` / `writePolicy` produce.
 *
 * Retained topics get `retainOnDelete` and `protect`: a replacement (new replication factor) or a removal from the
 * program fails the preview; `pulumi state unprotect <urn>` then removing the topic forgets it and keeps its data.
 */
import * as pulumi from '@pulumi/pulumi';
import * as iam from '@pulumi/aws/iam';
import * as msk from '@pulumi/aws/msk';
import { planGrant, type MskIamStatementPlan } from '../../aws/msk-iam-access';
import { topicAdminStatements, type MskIntentGrantPlan, type MskTopicResourcePlan } from '../topics';
import { renderGrantPolicy } from './grants';

export function createTopics(parent: pulumi.ComponentResource, name: string, clusterArn: pulumi.Input<string>, topics: readonly MskTopicResourcePlan[]): Record<string, msk.Topic> {
  const out: Record<string, msk.Topic> = {};
  for (const t of topics) {
    out[t.topic.name] = new msk.Topic(`${name}-topic-${t.id}`, {
      name: t.topic.name,
      clusterArn,
      partitionCount: t.topic.partitions,
      replicationFactor: t.topic.replicationFactor,
      configs: t.configsJson,
    }, { parent, retainOnDelete: t.retain, protect: t.retain });
  }
  return out;
}

/** The statements of one intent: the same as `readPolicy`, `writePolicy` and topic administration. */
export function intentStatements(subject: string, g: MskIntentGrantPlan): MskIamStatementPlan[] {
  return [
    ...(g.read ? planGrant(subject, 'read', g.read) : []),
    ...(g.write ? planGrant(subject, 'write', g.write) : []),
    ...(g.admin ? topicAdminStatements(g.admin) : []),
  ];
}

/** One inline policy per `iam` intent, on the role or user its ARN names. */
export function createAccessPolicies(parent: pulumi.ComponentResource, name: string, clusterArn: pulumi.Output<string>, grants: readonly MskIntentGrantPlan[]): void {
  for (const g of grants) {
    const statements = intentStatements(`MskCluster '${name}' access '${g.intent}'`, g);
    const policy = clusterArn.apply((arn) => renderGrantPolicy(arn, statements));
    const principal = g.principalArn.slice(g.principalArn.lastIndexOf('/') + 1);
    if (/:user\//.test(g.principalArn)) new iam.UserPolicy(`${name}-access-${g.intent}`, { user: principal, policy }, { parent });
    else new iam.RolePolicy(`${name}-access-${g.intent}`, { role: principal, policy }, { parent });
  }
}
