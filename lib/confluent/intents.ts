/**
 * The portable catalog's access intents on Confluent Cloud: validated by `analyzeCatalog` (the catalog's own rules
 * for Confluent principals and patterns), then mapped to the component's grant machinery: RBAC role bindings on
 * exact or prefixed CRN patterns, or Kafka ACLs in ACL mode, and client quotas (`KafkaClientQuota`). Pure.
 */
import type { IssueCollector, IsUnknown } from '../core/issues';
import { intentAcls } from '../core/catalog/access';
import { analyzeCatalog } from '../core/catalog/plan';
import type { AccessIntent, ResourcePattern } from '../core/catalog/types';
import { MIN_CLIENT_QUOTA_BYTES_PER_SECOND, NAMES, type ClusterTypeInfo } from './limits';
import type { AclPlan, ApplicationPlan, ClientQuotaPlan, GrantResource, IntentPlan, IntentPrincipalPlan, RoleBindingPlan } from './plan-types';

/** Ids of identities that already exist: service accounts and identity pools. */
const EXISTING_ID = /^(sa-|pool-)/;

export interface IntentsPlan {
  readonly intents: IntentPlan[];
  readonly accounts: ApplicationPlan[];
}

export function planIntents(intents: readonly AccessIntent[], opts: {
  mode: 'rbac' | 'acls'; info: ClusterTypeInfo | undefined; accountPrefix: string; applications: readonly string[]; isUnknown: IsUnknown; c: IssueCollector;
}): IntentsPlan {
  const { c, isUnknown } = opts;
  if (intents.length === 0) return { intents: [], accounts: [] };
  const { issues } = analyzeCatalog({ access: intents }, { kind: 'confluent', isUnknown });
  c.addAll(issues);
  const accounts = new Map<string, ApplicationPlan>();
  intents.forEach((a, i) => {
    const at = `access[${i}]`;
    const id = a.principal?.kind === 'native' ? a.principal.id : undefined;
    if (typeof id === 'string' && !isUnknown(id) && !EXISTING_ID.test(id)) {
      if (opts.applications.includes(id) || id === 'admin') {
        c.error('confluent/access-application-collision', `${at}.principal.id`,
          `not name ${id === 'admin' ? 'the library\'s admin service account' : 'an application of `applications`'} (both would create the service account "${opts.accountPrefix}-${id}")`, id,
          `Grant through one of them: move the intent's topics to applications.${id}, or rename the principal.`);
      }
      const serviceAccountName = `${opts.accountPrefix}-${id}`;
      if (serviceAccountName.length > NAMES.serviceAccountMax) {
        c.error('confluent/service-account-name', `${at}.principal.id`, `give a service account name of at most ${NAMES.serviceAccountMax} characters`, serviceAccountName, 'Shorten the principal or cluster name.');
      }
      if (!accounts.has(id)) {
        accounts.set(id, { name: id, description: `kafka-iac access principal ${id}`, serviceAccountName, apiKeys: { slots: ['blue'], active: 'blue' }, roleBindings: [], acls: [] });
      }
    }
    if (opts.info && !opts.info.idempotentProducer && (a.transactionalIds ?? []).length > 0) {
      c.error('confluent/access-transactions', `${at}.transactionalIds`, `be empty on a ${opts.info.type} cluster (it has no transactions)`, a.transactionalIds,
        'Remove them, or use an Enterprise or Dedicated cluster for transactional producers.');
    }
    if (a.quota !== undefined) checkQuota(a, at, opts.info, c);
  });
  const byName = (x: AccessIntent, y: AccessIntent) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  const planned = c.errors.length > 0 ? [] : [...intents].sort(byName).map((a) => planIntent(a, opts.mode, opts.accountPrefix, isUnknown));
  return { intents: planned, accounts: [...accounts.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)) };
}

function checkQuota(a: AccessIntent, at: string, info: ClusterTypeInfo | undefined, c: IssueCollector): void {
  const q = a.quota!;
  if (info && !info.clientQuotas) {
    c.error('confluent/quota-cluster-type', `${at}.quota`, `be omitted on a ${info.type} cluster (client quotas need an Enterprise, Freight or Dedicated cluster)`, q,
      'Remove the quota, or use an Enterprise or Dedicated cluster.');
    return;
  }
  if (q.requestPercentage !== undefined) {
    c.error('confluent/quota-request-percentage', `${at}.quota.requestPercentage`, 'be omitted on Confluent Cloud (its client quotas limit throughput only)', q.requestPercentage,
      'Remove requestPercentage; set produceBytesPerSecond and consumeBytesPerSecond.');
  }
  if (q.produceBytesPerSecond === undefined || q.consumeBytesPerSecond === undefined) {
    c.error('confluent/quota-throughput', `${at}.quota`, 'set both produceBytesPerSecond and consumeBytesPerSecond on Confluent Cloud (a client quota holds an ingress and an egress limit)', q,
      'Set the missing rate too, e.g. the same value.');
  }
  for (const k of ['produceBytesPerSecond', 'consumeBytesPerSecond'] as const) {
    const v = q[k];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && v < MIN_CLIENT_QUOTA_BYTES_PER_SECOND) {
      c.warn('confluent/quota-low', `${at}.quota.${k}`,
        `Intent '${a.name}': ${k} is ${v} bytes per second; Confluent recommends client quotas of at least ${MIN_CLIENT_QUOTA_BYTES_PER_SECOND} (1 MB) per second.`);
    }
  }
}

/** `orders` -> exact, `orders.*` -> prefix `orders.`, `*` -> every resource (CRN `topic=*`, ACL literal `*`). */
function grantResource(kind: GrantResource['kind'], p: ResourcePattern): GrantResource {
  return p.endsWith('*') ? { kind, name: p.slice(0, -1), prefix: true } : { kind, name: p, prefix: false };
}

function grantId(r: GrantResource): string {
  return `${r.kind}-${r.prefix ? (r.name === '' ? 'all' : `prefix-${r.name}`) : r.name}`;
}

function planIntent(a: AccessIntent, mode: 'rbac' | 'acls', accountPrefix: string, isUnknown: IsUnknown): IntentPlan {
  const id = a.principal.kind === 'native' ? a.principal.id : '';
  const principal: IntentPrincipalPlan = isUnknown(id) || EXISTING_ID.test(id) ? { kind: 'existing', id } : { kind: 'created', account: id };
  const roleBindings: RoleBindingPlan[] = [];
  const acls: AclPlan[] = [];
  if (mode === 'rbac') {
    const bind = (prefix: string, roleName: RoleBindingPlan['roleName'], kind: GrantResource['kind'], patterns: readonly ResourcePattern[] | undefined) => {
      for (const p of patterns ?? []) {
        const resource = grantResource(kind, p);
        const rb: RoleBindingPlan = { id: `${prefix}-${grantId(resource)}`, roleName, resource };
        if (!roleBindings.some((x) => x.id === rb.id)) roleBindings.push(rb);
      }
    };
    // DeveloperWrite and DeveloperRead include DESCRIBE; DeveloperManage creates, deletes and alters topics (not their bindings).
    bind('write', 'DeveloperWrite', 'topic', a.produce);
    bind('read', 'DeveloperRead', 'topic', a.consume);
    bind('read', 'DeveloperRead', 'group', a.groups);
    bind('write', 'DeveloperWrite', 'transactional-id', a.transactionalIds);
    bind('manage', 'DeveloperManage', 'topic', a.admin);
  } else {
    for (const b of intentAcls(a, 'principal')) {
      const pattern = b.resourceName === '*' ? 'all' : `${b.patternType.toLowerCase()}-${b.resourceName}`;
      acls.push({ id: `acl-${b.resourceType.toLowerCase().replace('_', '-')}-${pattern}-${b.operation.toLowerCase().replace('_', '-')}`,
        resourceType: b.resourceType, resourceName: b.resourceName, patternType: b.patternType, operation: b.operation, permission: 'ALLOW' });
    }
  }
  const q = a.quota;
  const quota: ClientQuotaPlan | undefined = q && q.produceBytesPerSecond !== undefined && q.consumeBytesPerSecond !== undefined
    ? { displayName: `${accountPrefix}-${a.name}`, ingressByteRate: String(q.produceBytesPerSecond), egressByteRate: String(q.consumeBytesPerSecond) }
    : undefined;
  return { name: a.name, principal, roleBindings, acls, ...(quota ? { quota } : {}) };
}
