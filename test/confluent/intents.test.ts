/** Access intents of the portable catalog on Confluent Cloud: validation (every code, exact message) and the pure mapping. */
import * as fs from 'fs';
import * as path from 'path';
import { planConfluentKafka, validateConfluentKafka, type ConfluentKafkaSpec } from '../../lib/confluent';
import type { AccessIntent } from '../../lib/core';
import { MESSAGE_GRAMMAR_WITH_FIX } from '../support/conventions';
import { DEDICATED, STANDARD, withSpec } from './fixtures';

const ORDERS: AccessIntent = {
  name: 'orders-api', principal: { kind: 'native', id: 'orders-api' },
  produce: ['orders', 'orders.retry.*'], consume: ['customers'], groups: ['orders-api'], transactionalIds: ['orders-tx-*'], admin: ['orders.dlq'],
};
const ANALYTICS: AccessIntent = { name: 'analytics', principal: { kind: 'native', id: 'sa-abc123' }, consume: ['*'], groups: ['analytics.*'] };

interface Row { readonly code: string; readonly spec: ConfluentKafkaSpec; readonly message: string; readonly severity?: 'error' | 'warning' }

const rows: Row[] = [
  { code: 'confluent/access-application-collision', spec: withSpec(STANDARD, { access: [{ ...ORDERS, principal: { kind: 'native', id: 'billing' } }] }),
    message: '`access[0].principal.id` must not name an application of `applications` (both would create the service account "orders-billing"), got: "billing". Grant through one of them: move the intent\'s topics to applications.billing, or rename the principal.' },
  { code: 'confluent/access-application-collision', spec: withSpec(STANDARD, { access: [{ ...ORDERS, principal: { kind: 'native', id: 'admin' } }] }),
    message: '`access[0].principal.id` must not name the library\'s admin service account (both would create the service account "orders-admin"), got: "admin". Grant through one of them: move the intent\'s topics to applications.admin, or rename the principal.' },
  { code: 'confluent/service-account-name', spec: withSpec(STANDARD, { cluster: { displayName: 'o'.repeat(30) }, access: [{ ...ORDERS, principal: { kind: 'native', id: `a${'b'.repeat(39)}` } }] }),
    message: `\`access[0].principal.id\` must give a service account name of at most 64 characters, got: "${'o'.repeat(30)}-a${'b'.repeat(39)}". Shorten the principal or cluster name.` },
  { code: 'confluent/access-transactions', spec: withSpec(STANDARD, { cluster: { type: 'freight', availability: undefined }, access: [ORDERS] }),
    message: '`access[0].transactionalIds` must be empty on a freight cluster (it has no transactions), got: ["orders-tx-*"]. Remove them, or use an Enterprise or Dedicated cluster for transactional producers.' },
  { code: 'confluent/quota-cluster-type', spec: withSpec(STANDARD, { access: [{ ...ANALYTICS, quota: { produceBytesPerSecond: 2_000_000, consumeBytesPerSecond: 2_000_000 } }] }),
    message: '`access[0].quota` must be omitted on a standard cluster (client quotas need an Enterprise, Freight or Dedicated cluster), got: {"produceBytesPerSecond":2000000,"consumeBytesPerSecond":2000000}. Remove the quota, or use an Enterprise or Dedicated cluster.' },
  { code: 'confluent/quota-throughput', spec: withSpec(DEDICATED, { access: [{ ...ANALYTICS, quota: { consumeBytesPerSecond: 2_000_000 } }] }),
    message: '`access[0].quota` must set both produceBytesPerSecond and consumeBytesPerSecond on Confluent Cloud (a client quota holds an ingress and an egress limit), got: {"consumeBytesPerSecond":2000000}. Set the missing rate too, e.g. the same value.' },
  { code: 'confluent/quota-request-percentage', spec: withSpec(DEDICATED, { access: [{ ...ANALYTICS, quota: { produceBytesPerSecond: 2_000_000, consumeBytesPerSecond: 2_000_000, requestPercentage: 50 } }] }),
    message: '`access[0].quota.requestPercentage` must be omitted on Confluent Cloud (its client quotas limit throughput only), got: 50. Remove requestPercentage; set produceBytesPerSecond and consumeBytesPerSecond.' },
  { code: 'confluent/quota-low', severity: 'warning', spec: withSpec(DEDICATED, { access: [{ ...ANALYTICS, quota: { produceBytesPerSecond: 2_000_000, consumeBytesPerSecond: 500_000 } }] }),
    message: "Intent 'analytics': consumeBytesPerSecond is 500000 bytes per second; Confluent recommends client quotas of at least 1000000 (1 MB) per second." },
];

describe('access intents on Confluent: every code with its message', () => {
  test.each(rows.map((r, i) => [`${r.code} #${i}`, r] as const))('%s', (_name, r) => {
    const issues = validateConfluentKafka(r.spec).filter((x) => x.code.startsWith('confluent/access') || x.code.startsWith('confluent/quota') || x.code === 'confluent/service-account-name');
    expect(issues).toEqual([{ code: r.code, path: expect.any(String), message: r.message, severity: r.severity ?? 'error' }]);
    if ((r.severity ?? 'error') === 'error') expect(r.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every code of lib/confluent/intents.ts has a row', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../lib/confluent/intents.ts'), 'utf8');
    const codes = new Set([...src.matchAll(/'(confluent\/[a-z-]+)'/g)].map((m) => m[1]));
    expect([...codes].sort()).toEqual([...new Set(rows.map((r) => r.code))].sort());
  });

  test('the catalog rules apply to Confluent intents: principal shape, patterns, consumers without groups; all reported at once', () => {
    const issues = validateConfluentKafka(withSpec(STANDARD, { access: [
      { name: 'a', principal: { kind: 'native', id: 'Orders API' }, produce: ['orders'] },
      { name: 'b', principal: { kind: 'scram', username: 'b' }, consume: ['orders/x'] },
    ] })).filter((x) => x.severity === 'error');
    expect(issues.map((x) => [x.code, x.path])).toEqual([
      ['catalog/access-principal', 'access[0].principal.id'],
      ['catalog/access-auth-mode', 'access[1].principal.kind'],
      ['catalog/access-pattern', 'access[1].consume[0]'],
      ['catalog/access-consume-groups', 'access[1].groups'],
    ]);
  });
});

describe('access intents on Confluent: the mapping', () => {
  test('RBAC: DeveloperWrite/Read/Manage on exact and prefixed topic, group and transactional-id patterns; one service account per new principal', () => {
    const plan = planConfluentKafka(withSpec(STANDARD, { access: [ORDERS, ANALYTICS] }));
    expect(plan.accessAccounts).toEqual([{ name: 'orders-api', serviceAccountName: 'orders-orders-api', description: 'kafka-iac access principal orders-api',
      apiKeys: { slots: ['blue'], active: 'blue' }, roleBindings: [], acls: [] }]);
    expect(plan.access.map((a) => a.name)).toEqual(['analytics', 'orders-api']);
    expect(plan.access[0]).toEqual({ name: 'analytics', principal: { kind: 'existing', id: 'sa-abc123' }, acls: [], roleBindings: [
      { id: 'read-topic-all', roleName: 'DeveloperRead', resource: { kind: 'topic', name: '', prefix: true } },
      { id: 'read-group-prefix-analytics.', roleName: 'DeveloperRead', resource: { kind: 'group', name: 'analytics.', prefix: true } },
    ] });
    expect(plan.access[1]!.principal).toEqual({ kind: 'created', account: 'orders-api' });
    expect(plan.access[1]!.roleBindings.map((b) => [b.id, b.roleName])).toEqual([
      ['write-topic-orders', 'DeveloperWrite'], ['write-topic-prefix-orders.retry.', 'DeveloperWrite'], ['read-topic-customers', 'DeveloperRead'],
      ['read-group-orders-api', 'DeveloperRead'], ['write-transactional-id-prefix-orders-tx-', 'DeveloperWrite'], ['manage-topic-orders.dlq', 'DeveloperManage'],
    ]);
    // Applications keep working next to intents; the admin stays DeveloperManage on the managed topics only.
    expect(plan.applications.map((a) => a.name)).toEqual(['billing', 'order-service']);
    expect(plan.admin!.roleBindings.map((b) => b.roleName)).toEqual(['DeveloperManage']);
  });

  test('ACL mode: the catalog\'s ACL set per intent, with stable ids; the admin becomes CloudClusterAdmin to manage them', () => {
    const plan = planConfluentKafka(withSpec(STANDARD, { accessControl: 'acls', access: [ANALYTICS, { name: 'writer', principal: { kind: 'native', id: 'sa-w1' }, produce: ['orders'] }] }));
    expect(plan.access.map((a) => [a.name, a.roleBindings.length, a.acls.map((x) => x.id)])).toEqual([
      ['analytics', 0, ['acl-topic-all-read', 'acl-topic-all-describe', 'acl-group-prefixed-analytics.-read', 'acl-group-prefixed-analytics.-describe']],
      ['writer', 0, ['acl-topic-literal-orders-write', 'acl-topic-literal-orders-describe', 'acl-cluster-literal-kafka-cluster-idempotent-write']],
    ]);
    expect(plan.access[0]!.acls[0]).toEqual({ id: 'acl-topic-all-read', resourceType: 'TOPIC', resourceName: '*', patternType: 'LITERAL', operation: 'READ', permission: 'ALLOW' });
    expect(plan.admin!.roleBindings).toEqual([{ id: 'cluster-admin', roleName: 'CloudClusterAdmin' }]);
  });

  test('quota on a Dedicated cluster: both rates as strings, named after the intent', () => {
    const plan = planConfluentKafka(withSpec(DEDICATED, { access: [{ ...ANALYTICS, quota: { produceBytesPerSecond: 5_000_000, consumeBytesPerSecond: 10_000_000 } }] }));
    expect(plan.access[0]!.quota).toEqual({ displayName: 'payments-analytics', ingressByteRate: '5000000', egressByteRate: '10000000' });
  });

  test('the mapping does not depend on the order of intents', () => {
    const a = planConfluentKafka(withSpec(STANDARD, { access: [ORDERS, ANALYTICS] }));
    const b = planConfluentKafka(withSpec(STANDARD, { access: [ANALYTICS, ORDERS] }));
    expect([a.access, a.accessAccounts]).toEqual([b.access, b.accessAccounts]);
  });
});
