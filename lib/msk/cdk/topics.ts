/**
 * Native topics and catalog IAM access of an `MskCluster` (CDK). Thin: `planMskTopics` decides; this file maps each
 * topic to an `AWS::MSK::Topic` under a construct whose id is the topic name, and each `iam` intent to the policy
 * `grantRead` / `grantWrite` produce.
 *
 * Placement: `topicStacks: 0` (default) puts topics under `<cluster>/Topics/<name>` in the cluster's stack;
 * `topicStacks: N` puts each into the nested stack `<cluster>/TopicStack<k>` with k = FNV-1a(name) mod N, so adding
 * or removing a topic never moves another one. N is fixed once topics are deployed.
 */
import { NestedStack, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as msk from 'aws-cdk-lib/aws-msk';
import { Construct } from 'constructs';
import type { MskIntentGrantPlan, MskTopicResourcePlan } from '../topics';
import { topicAdminStatements } from '../topics';
import { grantRead, grantStatementsOf, grantWrite } from './grants';

/** Creates (or reuses) the scope of a topic: the inline `Topics` construct or its nested stack. */
function topicScope(owner: Construct, stack: number | undefined): Construct {
  const id = stack === undefined ? 'Topics' : `TopicStack${stack}`;
  const existing = owner.node.tryFindChild(id);
  if (existing) return existing as Construct;
  return stack === undefined ? new Construct(owner, id) : new NestedStack(owner, id, { description: `MSK topics (nested stack ${stack}) of ${owner.node.path}` });
}

/** One `AWS::MSK::Topic` per planned topic; retained unless the topic opts into deletion. */
export function createTopics(owner: Construct, clusterArn: string, topics: readonly MskTopicResourcePlan[]): Record<string, msk.CfnTopic> {
  const out: Record<string, msk.CfnTopic> = {};
  for (const t of topics) {
    const scope = topicScope(owner, t.stack);
    const topic = new msk.CfnTopic(scope, t.id, {
      clusterArn,
      topicName: t.topic.name,
      partitionCount: t.topic.partitions,
      replicationFactor: t.topic.replicationFactor,
      configs: t.configsBase64,
    });
    topic.applyRemovalPolicy(t.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
    out[t.topic.name] = topic;
  }
  return out;
}

/** The IAM principal an intent names: an imported role or user, whose policy the grant extends. */
function principalOf(owner: Construct, g: MskIntentGrantPlan): iam.IGrantable {
  const id = `Access-${g.intent}`;
  const existing = owner.node.tryFindChild(id);
  if (existing) return existing as unknown as iam.IGrantable;
  return /:user\//.test(g.principalArn) ? iam.User.fromUserArn(owner, id, g.principalArn) : iam.Role.fromRoleArn(owner, id, g.principalArn);
}

/** The grants of every `iam` intent, through the same statements as `grantRead` / `grantWrite`. */
export function createAccessGrants(owner: Construct, subject: string, clusterArn: string, grants: readonly MskIntentGrantPlan[]): void {
  for (const g of grants) {
    const grantee = principalOf(owner, g);
    if (g.read) grantRead(`${subject} access '${g.intent}'`, grantee, clusterArn, g.read);
    if (g.write) grantWrite(`${subject} access '${g.intent}'`, grantee, clusterArn, g.write);
    if (g.admin) grantStatementsOf(grantee, clusterArn, topicAdminStatements(g.admin), `${subject} access '${g.intent}'`);
  }
}
