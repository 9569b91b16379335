/** The cost of a found cluster: the target's cost function, with the region the review decides. */
import { KafkaValidationError, type CostEstimate, type CostOptions } from '../../core';
import { estimateMskCost } from '../../msk/cost';
import { estimateSelfManagedCost } from '../../self-managed-ec2/cost';
import { estimateConfluentCost } from '../../confluent/cost';
import { estimateEventHubsCost } from '../../event-hubs/cost';
import { estimateGcpKafkaCost } from '../../gcp-managed-kafka/cost';
import { estimateMskReplicatorCost } from '../../replication/msk-replicator/cost';
import type { FoundCluster } from './clusters';

/** An estimate, or the coded error that prevented one (unknown region, region needed, invalid usage). */
export type CostResult = { readonly estimate: CostEstimate } | { readonly error: { readonly codes: readonly string[]; readonly message: string } };

/**
 * `--region` wins for every cluster; else the region the program deploys the cluster to (CDK stack env, Pulumi
 * provider config), else the plan's own (self-managed AZs, Confluent, GCP, an MSK Replicator's target cluster).
 */
export function costOf(c: FoundCluster, options: Omit<CostOptions, 'region'> & { readonly region?: string }): CostResult {
  const o: CostOptions = { ...options, region: options.region ?? c.region };
  try {
    switch (c.target) {
      case 'msk': return { estimate: estimateMskCost(c.plan, o) };
      case 'self-managed-ec2': return { estimate: estimateSelfManagedCost(c.plan, o) };
      case 'confluent': return { estimate: estimateConfluentCost(c.plan, { ...o, region: options.region }) };
      case 'event-hubs': return { estimate: estimateEventHubsCost(c.plan, o) };
      case 'gcp-managed-kafka': return { estimate: estimateGcpKafkaCost(c.plan, { ...o, region: options.region }) };
      case 'msk-replicator': return { estimate: estimateMskReplicatorCost(c.plan, o) };
    }
  } catch (e) {
    if (e instanceof KafkaValidationError) return { error: { codes: e.codes, message: e.issues.map((i) => `[${i.code}] ${i.message}`).join(' ') } };
    throw e;
  }
}
