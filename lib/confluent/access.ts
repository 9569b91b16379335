/**
 * Identity and least privilege: one service account per application, API key slots for rotation, and the
 * grants of each application as RBAC role bindings (exact CRN patterns) or Kafka ACLs. Pure.
 */
import type { IssueCollector } from '../core/issues';
import { NAMES, type ClusterTypeInfo } from './limits';
import type { AclPlan, AdminPlan, ApiKeysPlan, ApplicationPlan, GrantResource, RoleBindingPlan } from './plan-types';
import type { ApiKeyRotationSpec, ApiKeySlot, ConfluentApplicationSpec, ConsumeSpec, TopicSelector } from './spec';

const SLOTS: readonly ApiKeySlot[] = ['blue', 'green'];

/** Validates API key slots: one or two distinct slots, the active one among them. */
export function planApiKeys(spec: ApiKeyRotationSpec | undefined, path: string, c: IssueCollector): ApiKeysPlan {
  const slots = spec?.slots ?? ['blue'];
  if (slots.length < 1 || slots.length > 2 || new Set(slots).size !== slots.length || slots.some((s) => !SLOTS.includes(s))) {
    c.error('confluent/api-key-slots', `${path}.slots`, "hold one or two distinct slots of 'blue' and 'green'", slots,
      "Keep one slot normally; hold both only while rotating (['blue', 'green']).");
  }
  const active = spec?.active ?? slots[slots.length - 1] ?? 'blue';
  if (!slots.includes(active)) {
    c.error('confluent/api-key-active', `${path}.active`, `be one of the slots that hold a key (${slots.join(', ')})`, active,
      'To rotate, add the new slot and make it active first; remove the old slot only after every client uses the new key.');
  }
  return { slots: [...slots], active };
}

/** `<cluster CRN>/kafka=<cluster id>/topic=<name>` (a trailing `*` for a prefix); the cluster CRN and id are outputs. */
export function crnPattern(clusterRbacCrn: string, clusterId: string, resource?: GrantResource): string {
  if (!resource) return clusterRbacCrn;
  return `${clusterRbacCrn}/kafka=${clusterId}/${resource.kind}=${resource.name}${resource.prefix ? '*' : ''}`;
}

function resources(sel: TopicSelector | ConsumeSpec | undefined, kind: 'topic' | 'group', path: string, c: IssueCollector): GrantResource[] {
  const lists = (sel ?? {}) as Record<string, readonly string[] | undefined>;
  const exactKey = kind === 'topic' ? 'topics' : 'groups';
  const prefixKey = kind === 'topic' ? 'topicPrefixes' : 'groupPrefixes';
  const re = kind === 'topic' ? NAMES.topic : NAMES.group;
  const out: GrantResource[] = [];
  for (const [key, prefix] of [[exactKey, false], [prefixKey, true]] as const) {
    (lists[key] ?? []).forEach((name, i) => {
      if (typeof name !== 'string' || !re.test(name)) {
        c.error(prefix ? 'confluent/grant-prefix' : 'confluent/grant-name', `${path}.${key}[${i}]`,
          `be a ${kind} name${prefix ? ' prefix' : ''} of letters, digits, ".", "_" or "-" (no "*")`, name,
          prefix ? 'Write the prefix without a wildcard: "orders." grants every topic starting with "orders.".' : 'Grant exact names here, prefixes under the *Prefixes list.');
        return;
      }
      if (!out.some((r) => r.name === name && r.prefix === prefix)) out.push({ kind, name, prefix });
    });
  }
  return out;
}

function resourceId(r: GrantResource): string {
  return `${r.kind}-${r.prefix ? 'prefix-' : ''}${r.name}`;
}

/** Plans one application. `mode` decides between role bindings and ACLs. */
export function planApplication(name: string, app: ConfluentApplicationSpec, mode: 'rbac' | 'acls', accountPrefix: string, c: IssueCollector): ApplicationPlan {
  const path = `applications.${name}`;
  if (!NAMES.application.test(name)) {
    c.error('confluent/application-name', path, 'be named with 1-40 lower-case letters, digits or hyphens, starting with a letter', name, 'Application names become resource and service account names.');
  } else if (name === 'admin') {
    c.error('confluent/application-name-reserved', path, 'not be named "admin" (the library\'s admin service account uses that name)', name, 'Rename the application, e.g. "ops".');
  }
  const write = resources(app.produce, 'topic', `${path}.produce`, c);
  const readTopics = resources(app.consume, 'topic', `${path}.consume`, c);
  const groups = resources(app.consume, 'group', `${path}.consume`, c);
  if (app.consume && readTopics.length > 0 && groups.length === 0) {
    c.warn('confluent/consume-without-group', `${path}.consume`, `Application '${name}' may read topics but no consumer group: it can only consume with manual partition assignment. List its group ids under consume.groups.`);
  }
  if (write.length === 0 && readTopics.length === 0 && (app.acls ?? []).length === 0) {
    c.warn('confluent/application-without-access', path, `Application '${name}' has no produce, consume or ACL grant: its API key can do nothing.`);
  }

  const roleBindings: RoleBindingPlan[] = [];
  const acls: AclPlan[] = [];
  const acl = (resourceType: AclPlan['resourceType'], r: GrantResource, operation: string) => acls.push({
    id: `acl-${resourceType.toLowerCase()}-${r.prefix ? 'prefixed' : 'literal'}-${operation.toLowerCase()}-${r.name}`,
    resourceType, resourceName: r.name, patternType: r.prefix ? 'PREFIXED' : 'LITERAL', operation, permission: 'ALLOW',
  });
  if (mode === 'rbac') {
    for (const r of write) roleBindings.push({ id: `write-${resourceId(r)}`, roleName: 'DeveloperWrite', resource: r });
    for (const r of readTopics) roleBindings.push({ id: `read-${resourceId(r)}`, roleName: 'DeveloperRead', resource: r });
    for (const r of groups) roleBindings.push({ id: `read-${resourceId(r)}`, roleName: 'DeveloperRead', resource: r });
  } else {
    // WRITE implies the idempotent producer since Kafka 2.8 (KIP-679); DESCRIBE lets clients fetch metadata.
    for (const r of write) { acl('TOPIC', r, 'WRITE'); acl('TOPIC', r, 'DESCRIBE'); }
    for (const r of readTopics) { acl('TOPIC', r, 'READ'); acl('TOPIC', r, 'DESCRIBE'); }
    for (const r of groups) acl('GROUP', r, 'READ');
  }
  (app.acls ?? []).forEach((a, i) => {
    const p = `${path}.acls[${i}]`;
    if (!['TOPIC', 'GROUP', 'CLUSTER', 'TRANSACTIONAL_ID'].includes(a.resourceType)) {
      c.error('confluent/acl-resource-type', `${p}.resourceType`, 'be TOPIC, GROUP, CLUSTER or TRANSACTIONAL_ID', a.resourceType, 'Pick the Kafka resource type.');
    }
    if (a.resourceType === 'CLUSTER' && a.resourceName !== 'kafka-cluster') {
      c.error('confluent/acl-cluster-name', `${p}.resourceName`, 'be "kafka-cluster" for a CLUSTER ACL', a.resourceName, 'Confluent Cloud names the cluster resource "kafka-cluster".');
    }
    if (a.resourceName === '*' || (a.patternType === 'PREFIXED' && a.resourceName === '')) {
      c.error('confluent/acl-wildcard', `${p}.resourceName`, 'name a resource or a non-empty prefix, not every resource', a.resourceName, 'Least privilege: grant the topics and groups the application uses.');
    }
    if (a.patternType !== 'LITERAL' && a.patternType !== 'PREFIXED') {
      c.error('confluent/acl-pattern', `${p}.patternType`, "be 'LITERAL' or 'PREFIXED'", a.patternType, 'Use PREFIXED for a name prefix.');
    }
    acls.push({ id: `acl-${a.resourceType.toLowerCase()}-${a.patternType.toLowerCase()}-${a.operation.toLowerCase()}-${a.permission === 'DENY' ? 'deny-' : ''}${a.resourceName}`,
      resourceType: a.resourceType, resourceName: a.resourceName, patternType: a.patternType, operation: a.operation, permission: a.permission ?? 'ALLOW' });
  });
  const uniqueAcls = acls.filter((a, i) => acls.findIndex((b) => b.id === a.id) === i);

  // Service account names are unique in the organization: prefix them with the cluster's name.
  const serviceAccountName = `${accountPrefix}-${name}`;
  if (serviceAccountName.length > NAMES.serviceAccountMax) {
    c.error('confluent/service-account-name', path, `give a service account name of at most ${NAMES.serviceAccountMax} characters`, serviceAccountName, 'Shorten the application or cluster name.');
  }
  return {
    name,
    description: app.description ?? `kafka-iac application ${name}`,
    serviceAccountName,
    apiKeys: planApiKeys(app.apiKeys, `${path}.apiKeys`, c),
    roleBindings,
    acls: uniqueAcls,
  };
}

/**
 * The admin service account: CloudClusterAdmin on the cluster when it must manage ACLs (ACL mode, extra ACLs,
 * mirror topics), else DeveloperManage on exactly the managed topics.
 */
export function planAdmin(opts: {
  clusterName: string; needsClusterAdmin: boolean; topics: readonly string[]; info: ClusterTypeInfo | undefined;
  apiKeys: ApiKeyRotationSpec | undefined; c: IssueCollector;
}): AdminPlan {
  const clusterAdmin = opts.needsClusterAdmin || !(opts.info?.inClusterRbac ?? true);
  const roleBindings: RoleBindingPlan[] = clusterAdmin
    ? [{ id: 'cluster-admin', roleName: 'CloudClusterAdmin' }]
    : opts.topics.map((t) => ({ id: `manage-topic-${t}`, roleName: 'DeveloperManage' as const, resource: { kind: 'topic' as const, name: t, prefix: false } }));
  return {
    serviceAccountName: `${opts.clusterName}-admin`.slice(0, NAMES.serviceAccountMax),
    apiKeys: planApiKeys(opts.apiKeys, 'adminApiKeys', opts.c),
    roleBindings,
  };
}
