/**
 * The portable catalog's access intents on Managed Kafka: validated by `analyzeCatalog` (principals are service
 * account or user emails, quotas refused with the alternative), then mapped to the cluster's Kafka ACLs, one
 * `managedkafka.Acl` per resource pattern holding every principal's entries (merged with the `acls` prop), and to
 * `roles/managedkafka.client` for service accounts, which every client needs to connect. Pure.
 */
import type { IssueCollector, IsUnknown } from '../core/issues';
import { intentAcls } from '../core/catalog/access';
import { analyzeCatalog } from '../core/catalog/plan';
import type { AccessIntent, AclBindingPlan } from '../core/catalog/types';
import { ACL_LIMITS, FORMATS, type GcpKafkaAclOperation } from './limits';
import type { GcpKafkaAclPlan } from './plan-types';

type Entry = GcpKafkaAclPlan['entries'][number];

const TYPE_IDS = { TOPIC: ['topic', 'allTopics'], GROUP: ['consumerGroup', 'allConsumerGroups'], TRANSACTIONAL_ID: ['transactionalId', 'allTransactionalIds'] } as const;

/** `topic/orders`, `topicPrefixed/orders.`, `allTopics`, `cluster`, ... (the `aclId` of a binding). */
export function aclIdOf(b: AclBindingPlan): string {
  if (b.resourceType === 'CLUSTER') return 'cluster';
  const [type, all] = TYPE_IDS[b.resourceType];
  if (b.resourceName === '*' && b.patternType === 'LITERAL') return all;
  return `${type}${b.patternType === 'PREFIXED' ? 'Prefixed' : ''}/${b.resourceName}`;
}

export function planIntentAcls(intents: readonly AccessIntent[], acls: readonly GcpKafkaAclPlan[], c: IssueCollector, isUnknown: IsUnknown):
  { acls: GcpKafkaAclPlan[]; clientServiceAccounts: string[] } {
  if (intents.length === 0) return { acls: [...acls], clientServiceAccounts: [] };
  c.addAll(analyzeCatalog({ access: intents }, { kind: 'gcp', isUnknown }).issues);
  const byId = new Map<string, Entry[]>(acls.map((a) => [a.aclId, [...a.entries]]));
  const clients = new Set<string>();
  // By name: entries join an ACL in the same order whatever the order of the intents (a reorder is no update).
  const sorted = intents.map((a, i) => [a, i] as const).sort(([x], [y]) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const [a, i] of sorted) {
    const email = a.principal?.kind === 'native' ? a.principal.id : undefined;
    if (isUnknown(email)) {
      c.error('gcp-kafka/access-principal-unknown', `access[${i}].principal.id`, 'be known when the program runs (the ACL principal "User:<email>" is built from it)', '<deploy-time value>',
        'Pass the email as a string, or write the ACL entries under `acls` with the principal built by pulumi.interpolate.');
      continue;
    }
    if (typeof email !== 'string') continue;
    if (FORMATS.serviceAccount.test(email)) clients.add(email);
    for (const b of intentAcls(a, `User:${email}`)) {
      const id = aclIdOf(b);
      const entries = byId.get(id) ?? [];
      const entry: Entry = { principal: b.principal, operation: b.operation as GcpKafkaAclOperation, permissionType: 'ALLOW', host: '*' };
      if (!entries.some((e) => e.principal === entry.principal && e.operation === entry.operation && e.permissionType === 'ALLOW')) entries.push(entry);
      byId.set(id, entries);
    }
  }
  for (const [id, entries] of byId) {
    if (entries.length > ACL_LIMITS.maxEntries) {
      c.error('gcp-kafka/access-acl-entries', 'access', `give the ACL "${id}" at most ${ACL_LIMITS.maxEntries} entries (with the acls prop's)`, entries.length,
        'Grant a prefix to fewer principals, or split the principals over prefixes.');
    }
  }
  return { acls: [...byId].map(([aclId, entries]) => ({ aclId, entries })), clientServiceAccounts: [...clients] };
}
