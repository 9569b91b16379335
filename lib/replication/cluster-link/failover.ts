/**
 * Failover as data: which `KafkaMirrorTopic.status` a mirror topic gets, decided without the SDK.
 *
 * The provider moves a mirror topic by updating `status`: ACTIVE <-> PAUSED, and ACTIVE/PAUSED -> PROMOTED or
 * FAILED_OVER ([provider] `KafkaMirrorTopic.status`). PROMOTED and FAILED_OVER are final: the topic is a regular
 * topic from then on, so a later `none` cannot turn it back into a mirror (fail back with a reverse link instead).
 */
import type { IssueCollector } from '../../core/issues';
import type { ClusterLinkMirrorStatus } from './plan-types';
import type { ClusterLinkFailoverAction, ClusterLinkFailoverSpec } from './spec';

export const CLUSTER_LINK_FAILOVER_ACTIONS: readonly ClusterLinkFailoverAction[] = ['none', 'promote', 'failover'];

/** The mirror topic status for a failover action: `promote` -> PROMOTED, `failover` -> FAILED_OVER, else ACTIVE/PAUSED. */
export function clusterLinkMirrorStatus(action: ClusterLinkFailoverAction, paused = false): ClusterLinkMirrorStatus {
  switch (action) {
    case 'none':
      return paused ? 'PAUSED' : 'ACTIVE';
    case 'promote':
      return 'PROMOTED';
    case 'failover':
      return 'FAILED_OVER';
    default: {
      const never: never = action;
      throw new Error(`Unexpected failover action: ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Resolves `failover` to one action per mirror topic name, checking every action and that each named topic is
 * mirrored by this link.
 */
export function resolveFailover(spec: ClusterLinkFailoverSpec | undefined, mirrorNames: readonly string[], c: IssueCollector): (name: string) => ClusterLinkFailoverAction {
  const valid = (a: unknown): a is ClusterLinkFailoverAction => (CLUSTER_LINK_FAILOVER_ACTIONS as readonly unknown[]).includes(a);
  const rule = "be 'none', 'promote' or 'failover'";
  const fix = "Use 'promote' for a planned switchover (waits for zero lag) and 'failover' when the source is down.";
  if (spec === undefined) return () => 'none';
  if (typeof spec === 'string') {
    if (!valid(spec)) {
      c.error('cluster-link/failover-action', 'failover', rule, spec, fix);
      return () => 'none';
    }
    return () => spec;
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    c.error('cluster-link/failover-action', 'failover', `${rule}, or map mirror topic names to one of them`, spec, fix);
    return () => 'none';
  }
  for (const [topic, action] of Object.entries(spec)) {
    if (!valid(action)) c.error('cluster-link/failover-action', `failover.${topic}`, rule, action, fix);
    if (!mirrorNames.includes(topic)) {
      c.error('cluster-link/failover-not-mirrored', `failover.${topic}`, `name a mirror topic of this link (${mirrorNames.length > 0 ? mirrorNames.join(', ') : 'none declared'})`, topic,
        'Key the map by the mirror topic\'s name on the cluster that hosts it (prefix included); a topic that is not mirrored has nothing to fail over.');
    }
  }
  return (name) => (valid(spec[name]) ? spec[name]! : 'none');
}
