/**
 * The portable catalog on Event Hubs: an event hub written as the portable `TopicSpec` is checked by the catalog's
 * rules for Event Hubs (reserved names, no replication factor, partitions only grow) and refused any Kafka topic
 * config an event hub cannot hold; access intents become Entra role assignments (Azure Event Hubs Data Sender,
 * Receiver, Owner) on the event hubs they name, or on the namespace for `*`. Pure.
 */
import type { IssueCollector, IsUnknown } from '../core';
import { analyzeCatalog } from '../core/catalog/plan';
import type { AccessIntent, ResourcePattern, TopicSpec } from '../core/catalog/types';
import { BUILT_IN_ROLES, type EventHubsTierLimits } from './limits';
import type { PlannedRoleAssignment } from './plan-types';
import type { EventHubsDataRole, EventHubSpec } from './spec';
import type { EventHubTopicSpec } from './topic-spec';

/** Props only the portable `TopicSpec` has: an event hub with one of them is checked by the catalog's rules. */
const CORE_ONLY_KEYS = ['replicationFactor', 'retentionBytes', 'minInSyncReplicas', 'compression', 'maxMessageBytes', 'tieredStorage', 'localRetentionHours',
  'configs', 'partitionsFloor', 'deployedReplicationFactor', 'deleteOnRemoval', 'acknowledgeReplacement'] as const;

/** Typed props of `TopicSpec` an event hub has no setting for. */
const UNSUPPORTED = ['retentionBytes', 'minInSyncReplicas', 'compression', 'maxMessageBytes', 'tieredStorage', 'localRetentionHours', 'deleteOnRemoval'] as const;

/**
 * Codes the event hub validator reports itself, with the tier's numbers (not repeated from the catalog): names,
 * partitions, retention (`'unlimited'` is refused as `event-hubs/retention`) and cleanup policy (`'compact,delete'` as
 * `event-hubs/cleanup-policy`).
 */
const OWN_CHECKS = new Set(['catalog/topic-name', 'catalog/topic-name-target', 'catalog/topic-duplicate', 'catalog/topic-partitions', 'catalog/topic-partitions-limit',
  'catalog/topic-retention', 'catalog/topic-cleanup-policy']);

export function isTopicSpecHub<R>(hub: EventHubSpec<R> | EventHubTopicSpec<R>): boolean {
  return CORE_ONLY_KEYS.some((k) => (hub as unknown as Record<string, unknown>)[k] !== undefined);
}

/** The catalog's checks of one event hub written as a `TopicSpec`, re-rooted at `eventHubs[i]`. */
export function checkTopicSpecHub<R>(hub: EventHubTopicSpec<R>, i: number, limits: EventHubsTierLimits, c: IssueCollector, isUnknown: IsUnknown): void {
  const at = `eventHubs[${i}]`;
  const topic = hub as unknown as TopicSpec;
  const { issues } = analyzeCatalog({ topics: [topic] }, { kind: 'event-hubs', maxPartitionsPerTopic: limits.maxPartitionsPerEventHub, isUnknown });
  c.addAll(issues.filter((x) => !OWN_CHECKS.has(x.code)).map((x) => ({
    ...x, path: x.path.replace(/^topics\[0\]/, at), message: x.message.replace(/`topics\[0\]/g, `\`${at}`),
  })));
  for (const k of UNSUPPORTED) {
    if (topic[k] === undefined) continue;
    c.error('event-hubs/topic-spec-unsupported', `${at}.${k}`, 'be omitted on Event Hubs (an event hub holds partitions, retention in hours and a cleanup policy only)', topic[k],
      k === 'deleteOnRemoval' ? 'Event hubs follow the namespace\'s `removal`.' : 'Remove it: the service decides this setting.');
  }
  if (topic.configs !== undefined && Object.keys(topic.configs).length > 0) {
    c.error('event-hubs/topic-spec-unsupported', `${at}.configs`, 'be omitted on Event Hubs (an event hub holds partitions, retention in hours and a cleanup policy only)', topic.configs,
      'Remove it: Event Hubs takes no Kafka topic configs.');
  }
}

const ROLE_OF: readonly (readonly [EventHubsDataRole, 'produce' | 'consume' | 'admin'])[] = [['sender', 'produce'], ['receiver', 'consume'], ['owner', 'admin']];

/**
 * Role assignments of the catalog's intents. Each is keyed `access-<intent>-<role>-<event hub or 'namespace'>` (the
 * Pulumi name `<component>-role-<key>`). A prefix pattern expands to the declared event hubs it matches; `*` is the
 * namespace. Consumer groups need no role of their own: the receiver role covers them, and Kafka groups need no resource.
 */
export function planIntentRoles<R>(intents: readonly AccessIntent[], hubNames: readonly string[], existing: readonly PlannedRoleAssignment<R>[], c: IssueCollector,
  isUnknown: IsUnknown): PlannedRoleAssignment<R>[] {
  if (intents.length === 0) return [];
  c.addAll(analyzeCatalog({ access: intents }, { kind: 'event-hubs', isUnknown }).issues);
  const out: PlannedRoleAssignment<R>[] = [];
  const granted = new Map<string, string>(existing.filter((a) => !isUnknown(a.principalId))
    .map((a) => [`${a.role}/${a.eventHub ?? ''}/${String(a.principalId).toLowerCase()}`, 'roleAssignments']));
  intents.forEach((a, i) => {
    const at = `access[${i}]`;
    const principalId = a.principal?.kind === 'native' ? a.principal.id : undefined;
    if (principalId === undefined) return;
    if ((a.transactionalIds ?? []).length > 0 && (a.produce ?? []).length === 0) {
      c.error('event-hubs/access-transactional-ids', `${at}.transactionalIds`, 'come with `produce` on Event Hubs (the sender role on the produced event hubs covers transactions)', a.transactionalIds,
        'List the event hubs the application produces to.');
    }
    for (const [role, prop] of ROLE_OF) {
      const scopes = resolve(a[prop] ?? [], hubNames, `${at}.${prop}`, c, isUnknown);
      for (const eventHub of scopes) {
        // A deploy-time principal cannot be compared: it is only checked against itself.
        const who = isUnknown(principalId) ? `intent:${a.name}` : String(principalId).toLowerCase();
        const dedupe = `${role}/${eventHub ?? ''}/${who}`;
        const other = granted.get(dedupe);
        if (other !== undefined) {
          c.error('event-hubs/access-role-duplicate', at, `not grant ${role} on ${eventHub === undefined ? 'the namespace' : `event hub ${eventHub}`} to a principal ${other === 'roleAssignments' ? 'a roleAssignments entry' : `intent "${other}"`} already grants it to (Azure holds one assignment per role, scope and principal)`,
            a.name, 'Merge the grants into one intent.');
          continue;
        }
        granted.set(dedupe, a.name);
        if (role === 'owner' && eventHub === undefined) {
          c.warn('event-hubs/owner-on-namespace', `${at}.admin`, 'Azure Event Hubs Data Owner on the namespace manages every event hub in it; prefer sender/receiver or scope it to one event hub.');
        }
        out.push({ key: `access-${a.name}-${role}-${eventHub ?? 'namespace'}`, role, roleDefinitionGuid: BUILT_IN_ROLES[role], principalId: principalId as unknown as R,
          principalType: 'ServicePrincipal', eventHub });
      }
    }
  });
  return out;
}

/** Event hubs a list of patterns names (`undefined` = the namespace, for `*`); a pattern matching none is refused. */
function resolve(patterns: readonly ResourcePattern[], hubs: readonly string[], path: string, c: IssueCollector, isUnknown: IsUnknown): (string | undefined)[] {
  if (patterns.includes('*')) return [undefined];
  const out: string[] = [];
  patterns.forEach((p, j) => {
    if (isUnknown(p) || typeof p !== 'string') return;
    const matches = p.endsWith('*') ? hubs.filter((h) => h.startsWith(p.slice(0, -1))) : hubs.filter((h) => h === p);
    if (matches.length === 0) {
      c.error('event-hubs/access-unknown-event-hub', `${path}[${j}]`, `name or match an event hub declared in eventHubs (${hubs.join(', ') || 'none'})`, p,
        'Declare the event hub, or use "*" for the whole namespace.');
    }
    for (const m of matches) if (!out.includes(m)) out.push(m);
  });
  return out.sort();
}
