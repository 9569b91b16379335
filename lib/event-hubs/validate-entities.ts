/**
 * Section validators for what lives inside the namespace: event hubs (Kafka topics) with their consumer groups
 * and capture, SAS rules, role assignments and schema groups.
 */
import { expectInteger, type IssueCollector, type IsUnknown } from '../core';
import { ARM_TYPES } from './arm-ids';
import { BUILT_IN_ROLES, CAPTURE_LIMITS, COMMON_LIMITS, ENTITY_NAME, EVENT_HUBS_DEFAULTS, EventHubsTier, EventHubsTierLimits } from './limits';
import type { PlannedEventHub, PlannedRoleAssignment, PlannedSasRule, PlannedSchemaGroup } from './plan-types';
import { checkTopicSpecHub, isTopicSpecHub } from './catalog';
import type { EventHubSpec, EventHubsNamespaceSpec, SasRight } from './spec';
import type { EventHubTopicSpec } from './topic-spec';
import { checkArmId } from './validate-namespace';

const SAS_RIGHTS: readonly SasRight[] = ['Listen', 'Manage', 'Send'];
const ROLES = ['sender', 'receiver', 'owner'] as const;
const PRINCIPAL_TYPES = ['ServicePrincipal', 'User', 'Group'] as const;
const COMPATIBILITY = ['None', 'Backward', 'Forward'] as const;
const ARCHIVE_PLACEHOLDERS = ['{Namespace}', '{EventHub}', '{PartitionId}', '{Year}', '{Month}', '{Day}', '{Hour}', '{Minute}', '{Second}'];

export function validateEventHubs<R>(
  spec: EventHubsNamespaceSpec<R>, tier: EventHubsTier, limits: EventHubsTierLimits, capacity: number, c: IssueCollector, isUnknown: IsUnknown,
): PlannedEventHub<R>[] {
  const hubs = spec.eventHubs ?? [];
  // Premium's quota scales with processing units ("100 per PU"); Standard and Dedicated have a fixed one.
  const perUnitHubs = limits.maxEventHubsPerCapacityUnit;
  const maxHubs = perUnitHubs !== undefined && Number.isInteger(capacity) && capacity > 0 ? perUnitHubs * capacity : limits.maxEventHubsPerNamespace;
  if (hubs.length > maxHubs) {
    const rule = perUnitHubs !== undefined
      ? `hold at most ${maxHubs} event hubs on ${tier} (${perUnitHubs} per ${limits.capacityUnit} x ${capacity})`
      : `hold at most ${maxHubs} event hubs on ${tier}`;
    c.error('event-hubs/event-hub-count', 'eventHubs', rule, hubs.length,
      tier === 'Standard' ? "Use tier 'Premium' (100 per processing unit) or split over namespaces."
        : perUnitHubs !== undefined ? raiseOrSplit(hubs.length, perUnitHubs, limits)
          : 'Split the event hubs over namespaces.');
  }
  const names = new Set<string>();
  const planned = hubs.map((hub, i) => {
    const path = `eventHubs[${i}]`;
    if (typeof hub.name !== 'string' || !ENTITY_NAME.test(hub.name) || hub.name.length > COMMON_LIMITS.maxEventHubNameLength) {
      c.error('event-hubs/event-hub-name', `${path}.name`, `be 1-${COMMON_LIMITS.maxEventHubNameLength} letters, digits, ".", "_" or "-", starting and ending alphanumeric`, hub.name,
        'Rename the event hub (it is the Kafka topic name).');
    } else if (names.has(hub.name.toLowerCase())) {
      c.error('event-hubs/event-hub-name-duplicate', `${path}.name`, 'be unique in the namespace (names are case-insensitive)', hub.name, 'Remove or rename the duplicate.');
    }
    names.add(String(hub.name).toLowerCase());
    if (isTopicSpecHub(hub)) checkTopicSpecHub(hub as EventHubTopicSpec<R>, i, limits, c, isUnknown);
    return planEventHub(hub as EventHubSpec<R>, path, tier, limits, c, isUnknown);
  });
  // Only counts that passed their own check: a rejected one (e.g. 10^15) is reported once, not again as a total.
  const valid = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= limits.maxPartitionsPerEventHub;
  const total = planned.reduce((sum, h) => sum + (valid(h.partitionCount) ? h.partitionCount : 0), 0);
  const perUnit = limits.maxPartitionsPerCapacityUnit;
  const knownCapacity = !(tier === 'Dedicated' && spec.dedicatedCluster?.kind === 'existing');
  if (perUnit !== undefined && knownCapacity && total > perUnit * capacity) {
    c.error('event-hubs/partitions-total', 'eventHubs', `hold at most ${perUnit * capacity} partitions in total (${perUnit} per ${limits.capacityUnit} x ${capacity})`, total,
      `Raise capacity to ${Math.ceil(total / perUnit)} ${limits.capacityUnit}s or lower partition counts.`);
  }
  return planned;
}

/** The smallest allowed capacity that holds `count` event hubs, or a split when none does. */
function raiseOrSplit(count: number, perUnit: number, limits: EventHubsTierLimits): string {
  const enough = limits.capacities.find((c) => c * perUnit >= count);
  return enough === undefined ? 'Split the event hubs over namespaces.' : `Raise capacity to ${enough} ${limits.capacityUnit}s, or split the event hubs over namespaces.`;
}

/** The default when unset, the value when it is an integer, `undefined` (reported once, naming the type) otherwise. */
function typedOr(value: unknown, fallback: number, code: string, path: string, c: IssueCollector): number | undefined {
  return value === undefined ? fallback : expectInteger(value, { code, path }, c);
}

function planEventHub<R>(hub: EventHubSpec<R>, path: string, tier: EventHubsTier, limits: EventHubsTierLimits, c: IssueCollector, isUnknown: IsUnknown): PlannedEventHub<R> {
  const max = limits.maxPartitionsPerEventHub;
  if (hub.partitions === undefined || expectInteger(hub.partitions, { code: 'event-hubs/partitions', path: `${path}.partitions` }, c) === undefined) {
    if (hub.partitions === undefined) c.error('event-hubs/partitions', `${path}.partitions`, `be an integer from 1 to ${max} on ${tier}`, hub.partitions, 'Set the partition count (it cannot shrink later).');
  } else if (hub.partitions < 1 || hub.partitions > max) {
    c.error('event-hubs/partitions', `${path}.partitions`, `be an integer from 1 to ${max} on ${tier}`, hub.partitions,
      tier === 'Standard' ? "Standard allows 32; use tier 'Premium' (100) or 'Dedicated' (1024) for more." : `Pick 1-${max}.`);
  }
  const policy = hub.cleanupPolicy ?? 'delete';
  const maxHours = limits.maxRetentionHours;
  let retention: PlannedEventHub<R>['retention'];
  if (policy === 'compact') {
    if (!limits.compaction) c.error('event-hubs/compaction-tier', `${path}.cleanupPolicy`, `be 'delete' on ${tier}`, policy, 'Log compaction needs Standard or above.');
    if (hub.retentionHours !== undefined) {
      c.error('event-hubs/retention-with-compact', `${path}.retentionHours`, "be omitted with cleanupPolicy 'compact' (compacted hubs keep the latest value per key)", hub.retentionHours,
        'Remove retentionHours, or use tombstoneRetentionHours for deletes.');
    }
    const tombstone = typedOr(hub.tombstoneRetentionHours, EVENT_HUBS_DEFAULTS.tombstoneRetentionHours, 'event-hubs/tombstone-retention', `${path}.tombstoneRetentionHours`, c);
    if (tombstone !== undefined && (tombstone < 1 || tombstone > maxHours)) {
      c.error('event-hubs/tombstone-retention', `${path}.tombstoneRetentionHours`, `be an integer from 1 to ${maxHours} hours on ${tier}`, tombstone, 'Keep tombstones long enough for every consumer to read them (default 24).');
    }
    retention = { cleanupPolicy: 'Compact', tombstoneRetentionTimeInHours: tombstone ?? EVENT_HUBS_DEFAULTS.tombstoneRetentionHours };
  } else if (policy === 'delete') {
    if (hub.tombstoneRetentionHours !== undefined) {
      c.error('event-hubs/tombstone-with-delete', `${path}.tombstoneRetentionHours`, "be set only with cleanupPolicy 'compact'", hub.tombstoneRetentionHours, 'Remove it, or compact the hub.');
    }
    const hours = typedOr(hub.retentionHours, EVENT_HUBS_DEFAULTS.retentionHours, 'event-hubs/retention', `${path}.retentionHours`, c);
    if (hours !== undefined && (hours < 1 || hours > maxHours)) {
      c.error('event-hubs/retention', `${path}.retentionHours`, `be an integer from 1 to ${maxHours} hours (${maxHours / 24} days) on ${tier}`, hours,
        tier === 'Standard' ? "Standard keeps 7 days; use tier 'Premium' for up to 90, or Capture for an archive." : `Pick 1-${maxHours}.`);
    }
    retention = { cleanupPolicy: 'Delete', retentionTimeInHours: hours ?? EVENT_HUBS_DEFAULTS.retentionHours };
  } else {
    c.error('event-hubs/cleanup-policy', `${path}.cleanupPolicy`, "be 'delete' or 'compact'", policy, "Use 'delete' (time-based) or 'compact' (latest value per key).");
    retention = { cleanupPolicy: 'Delete', retentionTimeInHours: EVENT_HUBS_DEFAULTS.retentionHours };
  }

  const groups = (hub.consumerGroups ?? []).map((g) => (typeof g === 'string' ? { name: g } : g));
  if (groups.length + 1 > limits.maxConsumerGroupsPerEventHub) {
    c.error('event-hubs/consumer-group-count', `${path}.consumerGroups`, `hold at most ${limits.maxConsumerGroupsPerEventHub - 1} groups on ${tier} ($Default takes one)`, groups.length,
      'Kafka consumer groups need no resource; declare only AMQP readers here.');
  }
  const seen = new Set<string>();
  groups.forEach((g, j) => {
    const gp = `${path}.consumerGroups[${j}]`;
    if (g.name?.toLowerCase() === '$default') {
      c.error('event-hubs/consumer-group-default', gp, 'not be $Default (the service creates it)', g.name, 'Remove it.');
    } else if (typeof g.name !== 'string' || !ENTITY_NAME.test(g.name) || g.name.length > COMMON_LIMITS.maxConsumerGroupNameLength) {
      c.error('event-hubs/consumer-group-name', gp, `be 1-${COMMON_LIMITS.maxConsumerGroupNameLength} letters, digits, ".", "_" or "-"`, g.name, 'Rename the group.');
    } else if (seen.has(g.name.toLowerCase())) {
      c.error('event-hubs/consumer-group-duplicate', gp, 'be unique in the event hub', g.name, 'Remove the duplicate.');
    }
    seen.add(String(g.name).toLowerCase());
    if ((g.userMetadata?.length ?? 0) > COMMON_LIMITS.maxUserMetadataLength) {
      c.error('event-hubs/consumer-group-metadata', `${gp}.userMetadata`, `be at most ${COMMON_LIMITS.maxUserMetadataLength} characters`, g.userMetadata!.length, 'Shorten it.');
    }
  });

  let capture: PlannedEventHub<R>['capture'];
  if (hub.capture) {
    const cap = hub.capture;
    checkArmId(c, isUnknown, `${path}.capture.storageAccountId`, cap.storageAccountId, ARM_TYPES.storageAccount, '/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Storage/storageAccounts/<name>');
    if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(cap.blobContainer ?? '')) {
      c.error('event-hubs/capture-container', `${path}.capture.blobContainer`, 'be a blob container name (3-63 lower-case letters, digits, hyphens)', cap.blobContainer, 'Pass the container name, not its URL.');
    }
    const interval = typedOr(cap.intervalSeconds, EVENT_HUBS_DEFAULTS.captureIntervalSeconds, 'event-hubs/capture-interval', `${path}.capture.intervalSeconds`, c);
    if (interval !== undefined && (interval < CAPTURE_LIMITS.minIntervalSeconds || interval > CAPTURE_LIMITS.maxIntervalSeconds)) {
      c.error('event-hubs/capture-interval', `${path}.capture.intervalSeconds`, `be ${CAPTURE_LIMITS.minIntervalSeconds}-${CAPTURE_LIMITS.maxIntervalSeconds} seconds`, interval, 'Use 300 (the default).');
    }
    const size = typedOr(cap.sizeLimitBytes, EVENT_HUBS_DEFAULTS.captureSizeBytes, 'event-hubs/capture-size', `${path}.capture.sizeLimitBytes`, c);
    if (size !== undefined && (size < CAPTURE_LIMITS.minSizeBytes || size > CAPTURE_LIMITS.maxSizeBytes)) {
      c.error('event-hubs/capture-size', `${path}.capture.sizeLimitBytes`, `be ${CAPTURE_LIMITS.minSizeBytes}-${CAPTURE_LIMITS.maxSizeBytes} bytes (10-500 MiB)`, size, 'Use 314572800 (the default).');
    }
    const format = cap.archiveNameFormat ?? EVENT_HUBS_DEFAULTS.captureArchiveNameFormat;
    const missing = ARCHIVE_PLACEHOLDERS.filter((p) => !format.includes(p));
    if (missing.length > 0) {
      c.error('event-hubs/capture-format', `${path}.capture.archiveNameFormat`, `contain every placeholder (missing ${missing.join(', ')})`, format, 'Keep the default format, or add the missing placeholders.');
    }
    capture = {
      enabled: true, encoding: 'Avro', intervalInSeconds: interval ?? EVENT_HUBS_DEFAULTS.captureIntervalSeconds, sizeLimitInBytes: size ?? EVENT_HUBS_DEFAULTS.captureSizeBytes, skipEmptyArchives: cap.skipEmptyArchives ?? true,
      destination: { name: 'EventHubArchive.AzureBlockBlob', storageAccountResourceId: cap.storageAccountId, blobContainer: cap.blobContainer, archiveNameFormat: format, userAssignedIdentityId: cap.userAssignedIdentityId },
    };
  }
  return { name: hub.name, partitionCount: hub.partitions, retention, consumerGroups: groups, capture };
}

export function validateSas(spec: EventHubsNamespaceSpec<unknown>, hubNames: ReadonlySet<string>, c: IssueCollector): PlannedSasRule[] {
  const s = spec.sas;
  if (s === undefined) return [];
  c.warn('event-hubs/sas-enabled', 'sas', 'SAS (local) authentication is on: connection strings are long-lived shared keys. Prefer Entra ID (OAUTHBEARER) and role assignments.');
  const rules = s.rules ?? [];
  if (rules.length === 0) {
    // With local auth on and no scoped rule, the only usable key is the service's RootManageSharedAccessKey.
    c.error('event-hubs/sas-no-rules', 'sas.rules', 'declare at least one scoped rule when SAS is on', [],
      'Add a rule per application (e.g. { name: "orders-app", rights: ["Send"], eventHub: "orders" }), or remove `sas` to keep local auth off.');
  }
  const seen = new Set<string>();
  const planned = rules.map((r, i) => {
    const path = `sas.rules[${i}]`;
    if (typeof r.name !== 'string' || !ENTITY_NAME.test(r.name) || r.name.length > 256) {
      c.error('event-hubs/sas-rule-name', `${path}.name`, 'be 1-256 letters, digits, ".", "_" or "-"', r.name, 'Name the rule after its application, e.g. "orders-producer".');
    }
    const scopeKey = `${r.eventHub ?? ''}/${String(r.name).toLowerCase()}`;
    if (seen.has(scopeKey)) c.error('event-hubs/sas-rule-duplicate', `${path}.name`, 'be unique in its scope', r.name, 'Remove or rename the duplicate.');
    seen.add(scopeKey);
    const rights = [...new Set(r.rights ?? [])].sort();
    if (rights.length === 0 || rights.some((x) => !SAS_RIGHTS.includes(x))) {
      c.error('event-hubs/sas-rights', `${path}.rights`, "be a non-empty list of 'Listen', 'Send', 'Manage'", r.rights, "Grant only what the application needs, e.g. ['Send'].");
    } else if (rights.includes('Manage') && !(rights.includes('Listen') && rights.includes('Send'))) {
      c.error('event-hubs/sas-manage-rights', `${path}.rights`, "include 'Listen' and 'Send' when it includes 'Manage'", r.rights, "Use ['Listen', 'Manage', 'Send'], or drop 'Manage'.");
    }
    if (r.eventHub !== undefined && !hubNames.has(r.eventHub)) {
      c.error('event-hubs/sas-unknown-event-hub', `${path}.eventHub`, 'name an event hub declared in eventHubs', r.eventHub, 'Declare the event hub, or scope the rule to the namespace.');
    }
    if (r.eventHub === undefined && rights.includes('Manage') && !s.allowNamespaceManageRule) {
      c.error('event-hubs/sas-namespace-manage', `${path}.rights`, 'not grant Manage on the whole namespace unless `sas.allowNamespaceManageRule` is true', rights,
        'A namespace Manage key is a root key: scope the rule to one event hub, or opt in explicitly.');
    }
    return { name: r.name, rights, eventHub: r.eventHub };
  });
  const namespaceRules = planned.filter((r) => r.eventHub === undefined).length;
  if (namespaceRules > COMMON_LIMITS.maxAuthorizationRulesPerNamespace - 1) {
    c.error('event-hubs/sas-rule-count', 'sas.rules', `hold at most ${COMMON_LIMITS.maxAuthorizationRulesPerNamespace - 1} namespace rules (the service's RootManageSharedAccessKey is the 12th)`,
      namespaceRules, 'Scope rules to event hubs, or use role assignments.');
  }
  return planned;
}

export function validateRoles<R>(spec: EventHubsNamespaceSpec<R>, hubNames: ReadonlySet<string>, c: IssueCollector, isUnknown: IsUnknown): PlannedRoleAssignment<R>[] {
  const keys = new Set<string>();
  return (spec.roleAssignments ?? []).map((a, i) => {
    const path = `roleAssignments[${i}]`;
    if (!(ROLES as readonly string[]).includes(a.role)) {
      c.error('event-hubs/role', `${path}.role`, `be one of ${ROLES.join(', ')}`, a.role, "Use 'sender' for producers and 'receiver' for consumers.");
    }
    const principalType = a.principalType ?? 'ServicePrincipal';
    if (!(PRINCIPAL_TYPES as readonly string[]).includes(principalType)) {
      c.error('event-hubs/principal-type', `${path}.principalType`, `be one of ${PRINCIPAL_TYPES.join(', ')}`, principalType, "Managed identities are 'ServicePrincipal'.");
    }
    const knownPrincipal = typeof a.principalId === 'string' && !isUnknown(a.principalId);
    if (knownPrincipal && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(a.principalId as unknown as string)) {
      c.error('event-hubs/principal-id', `${path}.principalId`, 'be an Entra ID object id (GUID)', a.principalId, "Pass the principal's object id, not its name or client id.");
    }
    if (a.eventHub !== undefined && !hubNames.has(a.eventHub)) {
      c.error('event-hubs/role-unknown-event-hub', `${path}.eventHub`, 'name an event hub declared in eventHubs', a.eventHub, 'Declare the event hub, or scope the role to the namespace.');
    }
    if (a.role === 'owner' && a.eventHub === undefined) {
      c.warn('event-hubs/owner-on-namespace', path, 'Azure Event Hubs Data Owner on the namespace manages every event hub in it; prefer sender/receiver or scope it to one event hub.');
    }
    let key = a.name;
    if (key === undefined && !knownPrincipal) {
      c.error('event-hubs/role-name-needed', `${path}.name`, 'be set when principalId is only known at deploy time', undefined,
        'Give the assignment a stable name, e.g. "orders-api-sender": it names the resource.');
    }
    key ??= `${a.role}-${a.eventHub ?? 'namespace'}-${String(a.principalId)}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(key)) {
      c.error('event-hubs/role-name', `${path}.name`, 'be 1-101 letters, digits, ".", "_" or "-"', key, 'Use a short stable name.');
    } else if (keys.has(key)) {
      c.error('event-hubs/role-duplicate', path, 'be unique (same role, scope and principal, or same name)', key, 'Remove the duplicate.');
    }
    keys.add(key);
    return { key, role: a.role, roleDefinitionGuid: BUILT_IN_ROLES[a.role] ?? '', principalId: a.principalId, principalType, eventHub: a.eventHub };
  });
}

export function validateSchemaGroups(spec: EventHubsNamespaceSpec<unknown>, tier: EventHubsTier, limits: EventHubsTierLimits, c: IssueCollector): PlannedSchemaGroup[] {
  const groups = spec.schemaGroups ?? [];
  if (groups.length > limits.maxSchemaGroups) {
    c.error('event-hubs/schema-group-count', 'schemaGroups', `hold at most ${limits.maxSchemaGroups} group${limits.maxSchemaGroups === 1 ? '' : 's'} on ${tier}`, groups.length,
      tier === 'Standard' ? "Use tier 'Premium' (100 groups) or one group for every schema." : 'Merge groups.');
  }
  const seen = new Set<string>();
  return groups.map((g, i) => {
    const compatibility = g.compatibility ?? EVENT_HUBS_DEFAULTS.schemaCompatibility;
    if (typeof g.name !== 'string' || !ENTITY_NAME.test(g.name) || g.name.length > COMMON_LIMITS.maxSchemaGroupNameLength) {
      c.error('event-hubs/schema-group-name', `schemaGroups[${i}].name`, `be 1-${COMMON_LIMITS.maxSchemaGroupNameLength} letters, digits, ".", "_" or "-"`, g.name, 'Rename the group.');
    } else if (seen.has(g.name.toLowerCase())) {
      c.error('event-hubs/schema-group-duplicate', `schemaGroups[${i}].name`, 'be unique', g.name, 'Remove the duplicate.');
    }
    seen.add(String(g.name).toLowerCase());
    if (!(COMPATIBILITY as readonly string[]).includes(compatibility)) {
      c.error('event-hubs/schema-compatibility', `schemaGroups[${i}].compatibility`, `be one of ${COMPATIBILITY.join(', ')}`, compatibility, "Use 'Backward' so consumers can read older events.");
    }
    return { name: g.name, schemaType: 'Avro' as const, compatibility };
  });
}
