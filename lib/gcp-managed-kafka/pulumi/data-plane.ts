/**
 * Topics, ACLs and the client role bindings of applications' service accounts.
 */
import * as pulumi from '@pulumi/pulumi';
import * as managedkafka from '@pulumi/gcp/managedkafka';
import * as projects from '@pulumi/gcp/projects';
import { KafkaValidationError } from '../../core/issues';
import { replicationFactorChangeIssues } from '../immutability';
import { GCP_KAFKA_ROLES } from '../limits';
import type { GcpKafkaPlan } from '../plan-types';

/** Deployed partition count and replication factor of each topic, by name. */
export type TopicState = Record<string, { partitions: number; replicationFactor: number }>;

/**
 * One `managedkafka.Topic` per planned topic. The replication factor is in `ignoreChanges`, so the resource keeps
 * reporting the deployed value; a different desired value then fails here, before any replacement.
 */
export function createTopics(name: string, plan: GcpKafkaPlan, cluster: pulumi.Input<string>, parent: pulumi.Resource): pulumi.Output<TopicState> {
  const keep = (t: { readonly deleteOnRemoval?: boolean }) => plan.protect && t.deleteOnRemoval !== true;
  const states = plan.topics.map((t, i) => {
    const topic = new managedkafka.Topic(
      `${name}-topic-${t.name}`,
      {
        topicId: t.name,
        cluster,
        location: plan.region,
        project: plan.project,
        partitionCount: t.partitions,
        replicationFactor: t.replicationFactor,
        configs: { ...t.configs },
        deletionPolicy: keep(t) ? plan.deletionPolicy : 'DELETE',
      },
      // Removing a topic from the program must not delete its messages (see `protect` in the spec), unless the topic
      // opts into deletion with `deleteOnRemoval`.
      { parent, ignoreChanges: ['replicationFactor'], protect: keep(t), retainOnDelete: keep(t) },
    );
    return pulumi.all([topic.partitionCount, topic.replicationFactor]).apply(([partitions, deployed]) => {
      const issues = replicationFactorChangeIssues(i, t.replicationFactor, deployed);
      if (issues.length > 0) throw new KafkaValidationError(`ManagedKafkaCluster '${name}'`, issues);
      return [t.name, { partitions: partitions ?? t.partitions, replicationFactor: t.replicationFactor }] as const;
    });
  });
  return pulumi.all(states).apply((entries) => Object.fromEntries(entries));
}

export function createAcls(name: string, plan: GcpKafkaPlan, cluster: pulumi.Input<string>, parent: pulumi.Resource): managedkafka.Acl[] {
  return plan.acls.map(
    (a) =>
      new managedkafka.Acl(
        `${name}-acl-${a.aclId}`,
        {
          aclId: a.aclId,
          cluster,
          location: plan.region,
          project: plan.project,
          aclEntries: a.entries.map((e) => ({ principal: e.principal, operation: e.operation, permissionType: e.permissionType, host: e.host })),
        },
        { parent },
      ),
  );
}

/** `roles/managedkafka.client` on the project (the role has no cluster-level binding in the provider). */
export function bindClients(name: string, plan: GcpKafkaPlan, parent: pulumi.Resource): projects.IAMMember[] {
  return plan.clientServiceAccounts.map(
    (email) =>
      new projects.IAMMember(`${name}-client-${email}`, { project: plan.project, role: GCP_KAFKA_ROLES.client, member: `serviceAccount:${email}` }, { parent }),
  );
}
