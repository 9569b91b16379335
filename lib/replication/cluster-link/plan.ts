/**
 * Confluent cluster link: spec -> validated plan. Pure: no cloud SDK. The Pulumi face calls `planClusterLink` and only
 * maps the result to resources.
 *
 * Link objects per mode ([provider] examples):
 * - destination: `${name}` on the destination, DESTINATION/OUTBOUND, with the source's bootstrap and key.
 * - source: `${name}` on the destination, DESTINATION/INBOUND, source bootstrap without a key; then `${name}-source`
 *   on the source, SOURCE/OUTBOUND, with the destination's bootstrap and key. The source opens the connection.
 * - bidirectional: `${name}` on the destination and `${name}-reverse` on the source, both BIDIRECTIONAL/OUTBOUND with
 *   the other cluster's key; each hosts the mirror topics it pulls.
 */
import { Issue, IssueCollector, IsUnknown, neverUnknown } from '../../core/issues';
import { isKafkaTopicName, KAFKA_TOPIC_NAME_RULE } from '../../core/topic-name';
import { planClusters } from './clusters';
import { clusterLinkMirrorStatus, resolveFailover } from './failover';
import { CLUSTER_LINK_NAME, CLUSTER_LINK_PREFIX } from './limits';
import { checkPrefix, objectConfig, planAclSync, planOffsetSync, planOtherConfig, type SharedLinkConfig } from './link-config';
import { NAMES } from '../../confluent/limits';
import type { ClusterLinkClusterPlan, ClusterLinkMirrorTopicPlan, ClusterLinkObjectPlan, ClusterLinkPlan, ClusterLinkSide } from './plan-types';
import type { ClusterLinkMirrorTopicSpec, ClusterLinkMode, ClusterLinkSpec } from './spec';

const MODES: readonly ClusterLinkMode[] = ['destination', 'source', 'bidirectional'];
const SERVICE_ACCOUNT_NAME_MAX = NAMES.serviceAccountMax;

/** Every issue (errors and warnings) of a spec. Pure. */
export function validateClusterLink(spec: ClusterLinkSpec<unknown>, isUnknown: IsUnknown = neverUnknown): Issue[] {
  return decide(spec, isUnknown).issues;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing every error. */
export function planClusterLink(spec: ClusterLinkSpec<unknown>, isUnknown: IsUnknown = neverUnknown, subject?: string): ClusterLinkPlan {
  const { issues, plan } = decide(spec, isUnknown);
  new IssueCollector().addAll(issues).throwIfErrors(subject ?? `Cluster link ${typeof spec?.name === 'string' ? `'${spec.name}'` : '(unnamed)'}`);
  return plan!;
}

interface MirrorDraft { spec: ClusterLinkMirrorTopicSpec; name: string; on: ClusterLinkSide; path: string }

function mirrors(list: readonly ClusterLinkMirrorTopicSpec[], prefix: string | undefined, on: ClusterLinkSide, key: string, c: IssueCollector): MirrorDraft[] {
  const seen = new Set<string>();
  const out: MirrorDraft[] = [];
  list.forEach((m, i) => {
    const path = `${key}[${i}]`;
    if (!isKafkaTopicName(m?.sourceTopic)) {
      c.error('cluster-link/mirror-topic-name', `${path}.sourceTopic`, KAFKA_TOPIC_NAME_RULE, m?.sourceTopic, 'Name the topic as it exists on the cluster it is mirrored from.');
      return;
    }
    const name = `${prefix ?? ''}${m.sourceTopic}`;
    if (!isKafkaTopicName(name)) {
      c.error('cluster-link/mirror-topic-name', `${path}.sourceTopic`, `give a valid mirror topic name with the prefix (${KAFKA_TOPIC_NAME_RULE})`, name, 'Shorten the prefix or the topic name.');
      return;
    }
    if (seen.has(name)) {
      c.error('cluster-link/mirror-duplicate', `${path}.sourceTopic`, 'be mirrored once per link', m.sourceTopic, 'Remove the second entry.');
      return;
    }
    if (m.paused !== undefined && typeof m.paused !== 'boolean') {
      c.error('cluster-link/mirror-paused', `${path}.paused`, 'be true or false', m.paused, 'Omit it to keep mirroring.');
    }
    seen.add(name);
    out.push({ spec: m, name, on, path });
  });
  return out;
}

function decide(spec: ClusterLinkSpec<unknown>, isUnknown: IsUnknown): { issues: Issue[]; plan?: ClusterLinkPlan } {
  const c = new IssueCollector();
  const known = (v: unknown) => v !== undefined && !isUnknown(v);

  if (typeof spec?.name !== 'string' || !CLUSTER_LINK_NAME.test(spec.name)) {
    c.error('cluster-link/link-name', 'name', 'be 1-249 letters, digits, ".", "_" or "-"', spec?.name, 'E.g. "orders-dr". Every half of the link uses this name.');
  }
  const mode = spec?.mode ?? 'destination';
  if (!MODES.includes(mode)) {
    c.error('cluster-link/mode', 'mode', `be one of ${MODES.map((m) => `'${m}'`).join(', ')}`, mode, "Use 'destination' unless the destination cannot reach the source.");
  }
  const bidirectional = mode === 'bidirectional';
  const checked = planClusters(spec?.source, spec?.destination, mode, c, known);
  const clusters = checked && withServiceAccounts(spec.name, checked, c);

  checkPrefix(spec?.prefix, 'prefix', c);
  checkPrefix(spec?.reversePrefix, 'reversePrefix', c);
  if (!bidirectional && spec?.reversePrefix !== undefined) {
    c.error('cluster-link/reverse-needs-bidirectional', 'reversePrefix', "be set only on a bidirectional link", spec.reversePrefix, "Use mode: 'bidirectional', or remove reversePrefix.");
  }
  const reverseSpecs = spec?.reverseMirrorTopics ?? [];
  if (!bidirectional && reverseSpecs.length > 0) {
    c.error('cluster-link/reverse-needs-bidirectional', 'reverseMirrorTopics', `be empty on a ${mode} link (mirror topics live on the destination only)`, reverseSpecs.length,
      mode === 'source'
        ? 'A source-initiated link only connects from the source; its mirror topics go under mirrorTopics. Use a bidirectional link to mirror both ways.'
        : "Use mode: 'bidirectional' to mirror topics into the source cluster too.");
  }

  // An invalid prefix is reported once, not again on every mirror topic name it would produce.
  const usable = (p: string | undefined) => (p !== undefined && CLUSTER_LINK_PREFIX.test(p) ? p : undefined);
  const forward = mirrors(spec?.mirrorTopics ?? [], usable(spec?.prefix), 'destination', 'mirrorTopics', c);
  const reverse = bidirectional ? mirrors(reverseSpecs, usable(spec?.reversePrefix), 'source', 'reverseMirrorTopics', c) : [];
  // A mirror topic is created on the cluster it is mirrored to: it cannot share a name with a topic mirrored away from there.
  const reported = new Set<string>();
  for (const [into, from] of [[forward, reverse], [reverse, forward]] as const) {
    for (const m of into) {
      const other = from.find((o) => o.spec.sourceTopic === m.name);
      const pair = other ? [m.spec.sourceTopic, other.spec.sourceTopic].sort().join('\u0000') : '';
      if (other && !reported.has(pair)) {
        reported.add(pair);
        c.error('cluster-link/bidirectional-name-collision', `${m.path}.sourceTopic`, `give a mirror topic name not used by a topic mirrored the other way, on the ${m.on} cluster`, m.name,
          `"${m.name}" is a regular topic on the ${m.on} cluster (it is mirrored from there). Set ${m.on === 'destination' ? 'prefix' : 'reversePrefix'} (e.g. "${m.on === 'destination' ? 'src' : 'dst'}.") so mirrors get their own names.`);
      }
    }
  }
  if (bidirectional && forward.length > 0 && reverse.length > 0 && spec?.prefix === undefined && spec?.reversePrefix === undefined) {
    c.warn('cluster-link/bidirectional-without-prefix', 'prefix',
      'Topics are mirrored both ways without prefixes: producers must write to one cluster per topic. Set prefix and reversePrefix for active/active so each cluster keeps its own writable topic of every name.');
  }

  const all = [...forward, ...reverse];
  const failoverOf = resolveFailover(spec?.failover, all.map((m) => m.name), c);
  const mirrorTopics: ClusterLinkMirrorTopicPlan[] = all.map((m) => {
    const failover = failoverOf(m.name);
    if (failover !== 'none') {
      c.warn('cluster-link/mirror-failover', m.path, `Mirror topic '${m.name}' is ${failover === 'promote' ? 'PROMOTED' : 'FAILED_OVER'}: it is now a writable topic and stays so. It stays protected and retained: removing it from the program forgets it in the state and keeps the topic.`);
      if (failover === 'promote' && m.spec.paused) {
        c.warn('cluster-link/promote-paused', `${m.path}.paused`, `Mirror topic '${m.name}' is paused: promote waits for zero lag, which a paused mirror may never reach. Resume it first, or use 'failover'.`);
      }
    }
    return {
      id: `${m.on === 'destination' ? '' : 'reverse-'}mirror-${m.name}`,
      sourceTopic: m.spec.sourceTopic,
      mirrorTopicName: m.name,
      on: m.on,
      linkObject: m.on === 'destination' ? '' : '-reverse',
      failover,
      status: clusterLinkMirrorStatus(failover, m.spec.paused === true),
    };
  });

  const shared: SharedLinkConfig = {
    offsetSync: planOffsetSync(spec?.consumerOffsetSync, bidirectional, spec?.prefix, c),
    aclSync: planAclSync(spec?.aclSync, c),
    other: planOtherConfig(spec ?? ({} as ClusterLinkSpec<unknown>), c),
  };
  const objects = linkObjects(mode, shared, spec?.prefix, spec?.reversePrefix);

  const protect = spec?.protect ?? true;
  if (!protect) {
    c.warn('cluster-link/unprotected', 'protect', 'Pulumi protect is off for the link: deleting or replacing it stops every mirror topic on it without a prompt.');
  }
  if (c.errors.length > 0 || !clusters) return { issues: [...c.issues] };
  return {
    issues: [...c.issues],
    plan: { name: spec.name, mode, clusters, objects, mirrorTopics, protect, warnings: [...c.warnings] },
  };
}

/** Names the service accounts the face creates for clusters given without credentials. */
function withServiceAccounts(name: string, clusters: Record<ClusterLinkSide, ClusterLinkClusterPlan>, c: IssueCollector): Record<ClusterLinkSide, ClusterLinkClusterPlan> {
  const out = { ...clusters };
  for (const side of ['source', 'destination'] as const) {
    if (!clusters[side].createCredentials) continue;
    const serviceAccountName = `${name}-${side}-link`;
    if (serviceAccountName.length > SERVICE_ACCOUNT_NAME_MAX) {
      c.error('cluster-link/service-account-name', 'name', `give a service account name of at most ${SERVICE_ACCOUNT_NAME_MAX} characters`, serviceAccountName,
        `Shorten the link name, or pass ${side}.credentials.`);
    }
    out[side] = { ...clusters[side], serviceAccountName };
  }
  return out;
}

function linkObjects(mode: ClusterLinkMode, shared: SharedLinkConfig, prefix?: string, reversePrefix?: string): ClusterLinkObjectPlan[] {
  const onDestination = { suffix: '' as const, local: 'destination' as const, remote: 'source' as const, config: objectConfig(shared, prefix), afterDestinationObject: false };
  switch (mode) {
    case 'source':
      return [
        { ...onDestination, linkMode: 'DESTINATION', connectionMode: 'INBOUND', remoteCredentials: false, blocks: 'source-destination' },
        {
          suffix: '-source', linkMode: 'SOURCE', connectionMode: 'OUTBOUND', local: 'source', remote: 'destination', remoteCredentials: true,
          blocks: 'source-destination', config: {}, afterDestinationObject: true,
        },
      ];
    case 'bidirectional':
      return [
        { ...onDestination, linkMode: 'BIDIRECTIONAL', connectionMode: 'OUTBOUND', remoteCredentials: true, blocks: 'local-remote' },
        {
          suffix: '-reverse', linkMode: 'BIDIRECTIONAL', connectionMode: 'OUTBOUND', local: 'source', remote: 'destination', remoteCredentials: true,
          blocks: 'local-remote', config: objectConfig(shared, reversePrefix), afterDestinationObject: false,
        },
      ];
    default:
      return [{ ...onDestination, linkMode: 'DESTINATION', connectionMode: 'OUTBOUND', remoteCredentials: true, blocks: 'source-destination' }];
  }
}
