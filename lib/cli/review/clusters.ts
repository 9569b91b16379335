/**
 * What `kafka-iac review` reads: the plans of the library's cluster constructs and components (and of MSK Replicators,
 * which bill on their own), recognised by shape (every face exposes its validated plan as `plan`), and the per-cluster
 * summary a person reads in a pull request.
 */
import type { MskPlan } from '../../msk/plan-types';
import type { SelfManagedClusterPlan } from '../../self-managed-ec2/plan-types';
import type { ConfluentPlan } from '../../confluent/plan-types';
import type { EventHubsPlan } from '../../event-hubs/plan-types';
import type { GcpKafkaPlan } from '../../gcp-managed-kafka/plan-types';
import type { MskReplicatorPlan } from '../../replication/msk-replicator/plan-types';

export type ClusterPlan =
  | { readonly target: 'msk'; readonly plan: MskPlan }
  | { readonly target: 'self-managed-ec2'; readonly plan: SelfManagedClusterPlan }
  | { readonly target: 'confluent'; readonly plan: ConfluentPlan }
  | { readonly target: 'event-hubs'; readonly plan: EventHubsPlan<unknown> }
  | { readonly target: 'gcp-managed-kafka'; readonly plan: GcpKafkaPlan }
  | { readonly target: 'msk-replicator'; readonly plan: MskReplicatorPlan };

/** A cluster found in a program: its plan, where it was declared, and the region the program deploys it to, if known. */
export type FoundCluster = ClusterPlan & {
  /** Construct path (CDK) or component type and name (Pulumi). */
  readonly declaredAt: string;
  readonly region?: string;
  /** Topics the construct or component manages from its catalog (MSK native topics), when it exposes them. */
  readonly topicCount?: number;
};

const obj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/**
 * Recognises a cluster plan (or an MSK Replicator plan) by its shape; undefined for anything else (VPC plans, node
 * plans, MirrorMaker 2 plans).
 */
export function classifyPlan(plan: unknown): ClusterPlan | undefined {
  if (!obj(plan)) return undefined;
  if ((plan.kind === 'standard' || plan.kind === 'express') && obj(plan.instance) && typeof plan.brokerNodes === 'number') return { target: 'msk', plan: plan as unknown as MskPlan };
  if (plan.kind === 'serverless' && Array.isArray(plan.vpcConfigs)) return { target: 'msk', plan: plan as unknown as MskPlan };
  if (Array.isArray(plan.nodes) && Array.isArray(plan.listeners) && typeof plan.clusterName === 'string') return { target: 'self-managed-ec2', plan: plan as unknown as SelfManagedClusterPlan };
  if (obj(plan.cluster) && obj(plan.networking) && obj(plan.environment)) return { target: 'confluent', plan: plan as unknown as ConfluentPlan };
  if (typeof plan.namespaceName === 'string' && obj(plan.sku)) return { target: 'event-hubs', plan: plan as unknown as EventHubsPlan<unknown> };
  if (typeof plan.clusterId === 'string' && typeof plan.vcpuCount === 'number') return { target: 'gcp-managed-kafka', plan: plan as unknown as GcpKafkaPlan };
  if (typeof plan.replicatorName === 'string' && obj(plan.topicReplication) && obj(plan.target)) return { target: 'msk-replicator', plan: plan as unknown as MskReplicatorPlan };
  return undefined;
}

/** The cluster's own name in its plan. */
export function clusterName(c: ClusterPlan): string {
  switch (c.target) {
    case 'msk': return c.plan.clusterName;
    case 'self-managed-ec2': return c.plan.clusterName;
    case 'confluent': return c.plan.cluster.displayName;
    case 'event-hubs': return c.plan.namespaceName;
    case 'gcp-managed-kafka': return c.plan.clusterId;
    case 'msk-replicator': return c.plan.replicatorName;
  }
}

/**
 * The number of topics the plan declares, read from its `topics` field where it has one (Confluent and GCP today;
 * a target that gains catalog topics is counted the same way). Undefined: the plan does not manage topics.
 */
export function topicCountOf(plan: unknown): number | undefined {
  const topics = obj(plan) ? plan.topics : undefined;
  return Array.isArray(topics) ? topics.length : undefined;
}

/** The catalog topics a construct or component manages (`topicsPlan.catalog.topics`, MSK clusters), if it has any. */
export function catalogTopicCountOf(owner: unknown): number | undefined {
  const topicsPlan = obj(owner) ? owner.topicsPlan : undefined;
  const catalog = obj(topicsPlan) ? topicsPlan.catalog : undefined;
  const topics = obj(catalog) ? catalog.topics : undefined;
  return Array.isArray(topics) ? topics.length : undefined;
}
