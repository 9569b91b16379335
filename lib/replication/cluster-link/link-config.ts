/**
 * The link configuration one link object gets: consumer offset sync (on, every group, by default), ACL sync (off by
 * default), topic config sync, the prefix and the checked pass-through keys. Pure; keys sorted, JSON compact, so the
 * rendered map is byte-stable.
 */
import type { IssueCollector } from '../../core/issues';
import { suggestKey } from '../../core/config/keys';
import { sortKeys } from '../../core/config/properties';
import {
  ACL_FILTER_VALUES, CLUSTER_LINK_OWNED_KEYS, CLUSTER_LINK_PASSTHROUGH_KEYS, CLUSTER_LINK_PREFIX,
} from './limits';
import type { ClusterLinkAclSyncSpec, ClusterLinkGroupFilter, ClusterLinkOffsetSyncSpec, ClusterLinkSpec } from './spec';

/** Every consumer group: `*` as a LITERAL include [filters]. */
export const ALL_GROUPS: readonly ClusterLinkGroupFilter[] = [{ name: '*', patternType: 'LITERAL', filterType: 'INCLUDE' }];

/** The settings shared by every link object of a link (everything but the prefix). */
export interface SharedLinkConfig {
  readonly offsetSync: Readonly<Record<string, string>>;
  readonly aclSync: Readonly<Record<string, string>>;
  readonly other: Readonly<Record<string, string>>;
}

function positiveInt(value: unknown, path: string, c: IssueCollector): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
    c.error('cluster-link/interval', path, 'be a positive integer of milliseconds', value, 'Omit it for the service default.');
  }
}

export function planOffsetSync(spec: ClusterLinkOffsetSyncSpec | undefined, bidirectional: boolean, prefix: string | undefined, c: IssueCollector): Record<string, string> {
  const enabled = spec?.enabled ?? true;
  positiveInt(spec?.intervalMs, 'consumerOffsetSync.intervalMs', c);
  if (spec?.prefixGroups && bidirectional) {
    c.error('cluster-link/group-prefix-bidirectional', 'consumerOffsetSync.prefixGroups', 'be false on a bidirectional link', true,
      'Confluent refuses consumer.group.prefix.enable on bidirectional links; keep group names identical on both clusters.');
  } else if (spec?.prefixGroups && prefix === undefined) {
    c.error('cluster-link/group-prefix-without-prefix', 'consumerOffsetSync.prefixGroups', 'be used together with `prefix`', true, 'Set `prefix`, or drop prefixGroups.');
  }
  if (!enabled) return {};
  const filters = spec?.groupFilters ?? ALL_GROUPS;
  if (filters.length === 0) {
    c.error('cluster-link/offset-sync-no-groups', 'consumerOffsetSync.groupFilters', 'list at least one filter when offset sync is on', filters,
      'Without a filter no group is synced; omit groupFilters for every group, or set enabled: false.');
  }
  filters.forEach((f, i) => {
    const p = `consumerOffsetSync.groupFilters[${i}]`;
    if (typeof f?.name !== 'string' || !/^[A-Za-z0-9._*-]{1,249}$/.test(f.name) || (f.name.includes('*') && f.name !== '*')) {
      c.error('cluster-link/group-filter-name', `${p}.name`, 'be a group id, a group id prefix, or "*" alone', f?.name, 'Use "*" with LITERAL for every group; a prefix takes patternType PREFIXED and no wildcard.');
    } else if (f.name === '*' && (f.patternType ?? 'LITERAL') !== 'LITERAL') {
      c.error('cluster-link/group-filter-name', `${p}.patternType`, 'be LITERAL for the "*" filter', f.patternType, 'A PREFIXED "*" matches only groups starting with "*".');
    }
    if (f?.patternType !== undefined && f.patternType !== 'LITERAL' && f.patternType !== 'PREFIXED') {
      c.error('cluster-link/group-filter-pattern', `${p}.patternType`, "be 'LITERAL' or 'PREFIXED'", f.patternType, 'Use PREFIXED for a group id prefix.');
    }
    if (f?.filterType !== undefined && f.filterType !== 'INCLUDE' && f.filterType !== 'EXCLUDE') {
      c.error('cluster-link/group-filter-type', `${p}.filterType`, "be 'INCLUDE' or 'EXCLUDE'", f.filterType, 'EXCLUDE wins over INCLUDE.');
    }
  });
  if (filters.length > 0 && filters.every((f) => f?.filterType === 'EXCLUDE')) {
    c.warn('cluster-link/offset-sync-only-excludes', 'consumerOffsetSync.groupFilters', 'Every group filter is an EXCLUDE: no group is synced. Add an INCLUDE (e.g. "*") next to the excludes.');
  }
  const groupFilters = filters.map((f) => ({ name: f?.name, patternType: f?.patternType ?? 'LITERAL', filterType: f?.filterType ?? 'INCLUDE' }));
  return {
    'consumer.offset.sync.enable': 'true',
    'consumer.offset.group.filters': JSON.stringify({ groupFilters }),
    ...(spec?.intervalMs !== undefined ? { 'consumer.offset.sync.ms': String(spec.intervalMs) } : {}),
    ...(spec?.prefixGroups ? { 'consumer.group.prefix.enable': 'true' } : {}),
  };
}

export function planAclSync(spec: ClusterLinkAclSyncSpec | undefined, c: IssueCollector): Record<string, string> {
  positiveInt(spec?.intervalMs, 'aclSync.intervalMs', c);
  const filters = spec?.filters ?? [];
  if (!spec?.enabled) {
    if (filters.length > 0) c.warn('cluster-link/acl-filters-unused', 'aclSync.filters', 'ACL filters are set but ACL sync is off (aclSync.enabled): no ACL is copied.');
    return {};
  }
  if (filters.length === 0) {
    c.error('cluster-link/acl-sync-no-filters', 'aclSync.filters', 'list at least one filter when ACL sync is on', filters,
      'The service refuses ACL sync without filters; name the principals or resources to copy, never ACLs the destination manages itself.');
  }
  const aclFilters = filters.map((f, i) => {
    const p = `aclSync.filters[${i}]`;
    for (const [field, allowed] of Object.entries(ACL_FILTER_VALUES)) {
      const v = (f as Record<string, unknown> | undefined)?.[field];
      if (v !== undefined && !(allowed as readonly unknown[]).includes(v)) {
        c.error('cluster-link/acl-filter-value', `${p}.${field}`, `be one of ${allowed.join(', ')}`, v, 'Values are lower-case, as in Kafka\'s ACL filter JSON.');
      }
    }
    if (f?.principal !== undefined && !/^User:\S+$/.test(f.principal)) {
      c.error('cluster-link/acl-filter-principal', `${p}.principal`, 'be a principal like "User:sa-abc123"', f.principal, 'Omit it for every principal.');
    }
    return {
      resourceFilter: { resourceType: f?.resourceType ?? 'any', ...(f?.resourceName !== undefined ? { name: f.resourceName } : {}), patternType: f?.patternType ?? 'any' },
      accessFilter: { ...(f?.principal !== undefined ? { principal: f.principal } : {}), operation: f?.operation ?? 'any', permissionType: f?.permissionType ?? 'any' },
    };
  });
  return {
    'acl.sync.enable': 'true',
    'acl.filters': JSON.stringify({ aclFilters }),
    ...(spec.intervalMs !== undefined ? { 'acl.sync.ms': String(spec.intervalMs) } : {}),
  };
}

/** `config` pass-through keys and `topicConfigSyncMs`. */
export function planOtherConfig(spec: ClusterLinkSpec<unknown>, c: IssueCollector): Record<string, string> {
  positiveInt(spec.topicConfigSyncMs, 'topicConfigSyncMs', c);
  const out: Record<string, string> = spec.topicConfigSyncMs !== undefined ? { 'topic.config.sync.ms': String(spec.topicConfigSyncMs) } : {};
  for (const [key, value] of Object.entries(spec.config ?? {})) {
    const p = `config.${key}`;
    const owner = CLUSTER_LINK_OWNED_KEYS[key];
    const kind = CLUSTER_LINK_PASSTHROUGH_KEYS[key];
    if (owner !== undefined) {
      c.error('cluster-link/config-key-owned', p, `not be set in config (the library writes it from \`${owner}\`)`, key, `Set \`${owner}\` instead.`);
      continue;
    }
    if (kind === undefined) {
      const hint = suggestKey(key, [...Object.keys(CLUSTER_LINK_PASSTHROUGH_KEYS), ...Object.keys(CLUSTER_LINK_OWNED_KEYS)]);
      c.error('cluster-link/config-key-unknown', p, `be a cluster link configuration key (${Object.keys(CLUSTER_LINK_PASSTHROUGH_KEYS).join(', ')})`, key,
        hint ? `Did you mean "${hint}"?` : 'See "Configure and Manage Cluster Links on Confluent Cloud".');
      continue;
    }
    if (typeof value !== 'string' || /[\r\n]/.test(value) || !valueOk(kind, value)) {
      c.error('cluster-link/config-value', p, `be ${kind === 'boolean' ? '"true" or "false"' : kind === 'positive-int' ? 'a positive integer as a string' : kind === 'json' ? 'a JSON object on one line' : 'a single-line string'}`, value,
        'Pass every value as a string.');
      continue;
    }
    out[key] = value;
  }
  return out;
}

function valueOk(kind: string, value: string): boolean {
  switch (kind) {
    case 'boolean': return value === 'true' || value === 'false';
    case 'positive-int': return /^[1-9]\d*$/.test(value);
    case 'json':
      try { const v: unknown = JSON.parse(value); return v !== null && typeof v === 'object' && !Array.isArray(v); } catch { return false; }
    default: return value.length > 0;
  }
}

/** Checks a prefix (it becomes part of topic names). */
export function checkPrefix(prefix: string | undefined, path: string, c: IssueCollector): void {
  if (prefix !== undefined && (typeof prefix !== 'string' || !CLUSTER_LINK_PREFIX.test(prefix))) {
    c.error('cluster-link/prefix', path, 'be 1-64 letters, digits, ".", "_" or "-"', prefix, 'It is prepended to every mirror topic name, e.g. "west.".');
  }
}

/** One object's config: the shared settings plus its own prefix, keys sorted. */
export function objectConfig(shared: SharedLinkConfig, prefix: string | undefined): Record<string, string> {
  return sortKeys({ ...shared.offsetSync, ...shared.aclSync, ...shared.other, ...(prefix !== undefined ? { 'cluster.link.prefix': prefix } : {}) });
}
