/** The portable catalog on Event Hubs: event hubs written as `TopicSpec`, access intents as Entra role assignments. */
import * as fs from 'fs';
import * as path from 'path';
import { planEventHubsNamespace, validateEventHubsNamespace, type EventHubsNamespaceSpec } from '../../lib/event-hubs';
import { MESSAGE_GRAMMAR_WITH_FIX } from '../support/conventions';

const APP = '11111111-2222-3333-4444-555555555555';
const OPS = '66666666-7777-8888-9999-000000000000';
const spec = (extra: Partial<EventHubsNamespaceSpec> = {}): EventHubsNamespaceSpec => ({
  namespaceName: 'contoso-orders',
  eventHubs: [{ name: 'orders', partitions: 12, retentionHours: 72 }, { name: 'orders.retry', partitions: 4 }, { name: 'customers', partitions: 4, cleanupPolicy: 'compact' }],
  ...extra,
});

interface Row { readonly code: string; readonly spec: EventHubsNamespaceSpec; readonly message: string; readonly severity?: 'error' | 'warning' }

const rows: Row[] = [
  { code: 'event-hubs/topic-spec-unsupported', spec: spec({ eventHubs: [{ name: 'orders', partitions: 4, compression: 'zstd' }] }),
    message: '`eventHubs[0].compression` must be omitted on Event Hubs (an event hub holds partitions, retention in hours and a cleanup policy only), got: "zstd". Remove it: the service decides this setting.' },
  { code: 'event-hubs/topic-spec-unsupported', spec: spec({ eventHubs: [{ name: 'orders', partitions: 4, deleteOnRemoval: true }] }),
    message: '`eventHubs[0].deleteOnRemoval` must be omitted on Event Hubs (an event hub holds partitions, retention in hours and a cleanup policy only), got: true. Event hubs follow the namespace\'s `removal`.' },
  { code: 'event-hubs/topic-spec-unsupported', spec: spec({ eventHubs: [{ name: 'orders', partitions: 4, configs: { 'segment.ms': '1000' } }] }),
    message: '`eventHubs[0].configs` must be omitted on Event Hubs (an event hub holds partitions, retention in hours and a cleanup policy only), got: {"segment.ms":"1000"}. Remove it: Event Hubs takes no Kafka topic configs.' },
  { code: 'event-hubs/access-transactional-ids', spec: spec({ access: [{ name: 'tx', principal: { kind: 'native', id: APP }, transactionalIds: ['tx-*'] }] }),
    message: '`access[0].transactionalIds` must come with `produce` on Event Hubs (the sender role on the produced event hubs covers transactions), got: ["tx-*"]. List the event hubs the application produces to.' },
  { code: 'event-hubs/access-unknown-event-hub', spec: spec({ access: [{ name: 'app', principal: { kind: 'native', id: APP }, produce: ['payments.*'] }] }),
    message: '`access[0].produce[0]` must name or match an event hub declared in eventHubs (customers, orders, orders.retry), got: "payments.*". Declare the event hub, or use "*" for the whole namespace.' },
  { code: 'event-hubs/access-role-duplicate', spec: spec({ roleAssignments: [{ role: 'sender', principalId: APP, eventHub: 'orders' }],
    access: [{ name: 'app', principal: { kind: 'native', id: APP }, produce: ['orders'] }] }),
  message: '`access[0]` must not grant sender on event hub orders to a principal a roleAssignments entry already grants it to (Azure holds one assignment per role, scope and principal), got: "app". Merge the grants into one intent.' },
  { code: 'event-hubs/access-role-duplicate', spec: spec({ access: [
    { name: 'app', principal: { kind: 'native', id: APP }, consume: ['*'], groups: ['app'] },
    { name: 'app-b', principal: { kind: 'native', id: APP }, consume: ['*'], groups: ['app-b'] }] }),
  message: '`access[1]` must not grant receiver on the namespace to a principal intent "app" already grants it to (Azure holds one assignment per role, scope and principal), got: "app-b". Merge the grants into one intent.' },
];

describe('the catalog on Event Hubs: every code with its message', () => {
  test.each(rows.map((r, i) => [`${r.code} #${i}`, r] as const))('%s', (_name, r) => {
    const issues = validateEventHubsNamespace(r.spec).filter((x) => !['event-hubs/no-diagnostics', 'event-hubs/no-network-path'].includes(x.code));
    expect(issues).toEqual([{ code: r.code, path: expect.any(String), message: r.message, severity: r.severity ?? 'error' }]);
    if ((r.severity ?? 'error') === 'error') expect(r.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every code of lib/event-hubs/catalog.ts has a row (owner-on-namespace is the roles\' warning, tested with them)', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../lib/event-hubs/catalog.ts'), 'utf8');
    const codes = new Set([...src.matchAll(/'(event-hubs\/[a-z-]+)'/g)].map((m) => m[1]));
    codes.delete('event-hubs/owner-on-namespace');
    expect([...codes].sort()).toEqual([...new Set(rows.map((r) => r.code))].sort());
  });
});

describe('event hubs written as the portable TopicSpec', () => {
  test('the catalog\'s rules apply, re-rooted at the event hub: replication factor, partitions only grow', () => {
    const issues = validateEventHubsNamespace(spec({ eventHubs: [
      { name: 'orders', partitions: 4, partitionsFloor: 8 },
      { name: 'audit', partitions: 4, replicationFactor: 3 },
    ] })).filter((x) => x.severity === 'error');
    expect(issues.map((x) => [x.code, x.path])).toEqual([
      ['catalog/topic-partitions-decrease', 'eventHubs[0].partitions'],
      ['catalog/topic-rf-not-settable', 'eventHubs[1].replicationFactor'],
    ]);
    expect(issues.every((x) => x.message.startsWith('`eventHubs['))).toBe(true);
  });

  test('a TopicSpec event hub plans like today\'s props; "unlimited" retention and "compact,delete" are refused by the event hub rules', () => {
    const plan = planEventHubsNamespace(spec({ eventHubs: [{ name: 'orders', partitions: 12, partitionsFloor: 12, retentionHours: 72 }, { name: 'customers', partitions: 4, cleanupPolicy: 'compact', partitionsFloor: 4 }] }));
    expect(plan.eventHubs.map((h) => [h.name, h.partitionCount, h.retention])).toEqual([
      ['orders', 12, { cleanupPolicy: 'Delete', retentionTimeInHours: 72 }],
      ['customers', 4, { cleanupPolicy: 'Compact', tombstoneRetentionTimeInHours: 24 }],
    ]);
    const codes = validateEventHubsNamespace(spec({ eventHubs: [
      { name: 'a', partitions: 4, retentionHours: 'unlimited', partitionsFloor: 1 }, { name: 'b', partitions: 4, cleanupPolicy: 'compact,delete', partitionsFloor: 1 },
    ] })).filter((x) => x.severity === 'error').map((x) => [x.code, x.path]);
    expect(codes).toEqual([['event-hubs/retention', 'eventHubs[0].retentionHours'], ['event-hubs/cleanup-policy', 'eventHubs[1].cleanupPolicy']]);
  });
});

describe('access intents as Entra role assignments', () => {
  test('deploy-time principals pass through and are not compared with each other', () => {
    const unknown = { deployTime: true } as unknown as string;
    const plan = planEventHubsNamespace(spec({ access: [
      { name: 'a', principal: { kind: 'native', id: unknown }, produce: ['orders'] },
      { name: 'b', principal: { kind: 'native', id: unknown }, produce: ['orders'] },
    ] }), (v) => v === unknown);
    expect(plan.roleAssignments.map((x) => [x.key, x.principalId])).toEqual([['access-a-sender-orders', unknown], ['access-b-sender-orders', unknown]]);
  });

  test('sender, receiver and owner per event hub named or matched; "*" is the namespace; keys derive from the intent', () => {
    const plan = planEventHubsNamespace(spec({ access: [
      { name: 'orders-api', principal: { kind: 'native', id: APP }, produce: ['orders*'], consume: ['customers'], groups: ['orders-api'] },
      { name: 'ops', principal: { kind: 'native', id: OPS }, consume: ['*'], groups: ['ops'], admin: ['orders.retry'] },
    ] }));
    expect(plan.roleAssignments.map((a) => [a.key, a.role, a.eventHub, a.principalId, a.principalType])).toEqual([
      ['access-orders-api-sender-orders', 'sender', 'orders', APP, 'ServicePrincipal'],
      ['access-orders-api-sender-orders.retry', 'sender', 'orders.retry', APP, 'ServicePrincipal'],
      ['access-orders-api-receiver-customers', 'receiver', 'customers', APP, 'ServicePrincipal'],
      ['access-ops-receiver-namespace', 'receiver', undefined, OPS, 'ServicePrincipal'],
      ['access-ops-owner-orders.retry', 'owner', 'orders.retry', OPS, 'ServicePrincipal'],
    ]);
    expect(plan.roleAssignments.map((a) => a.roleDefinitionGuid)).toEqual([
      '2b629674-e913-4c01-ae53-ef4638d8f975', '2b629674-e913-4c01-ae53-ef4638d8f975', 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde', 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde', 'f526a384-b230-433a-b45c-95f59c4a2dec',
    ]);
  });

  test('the catalog refuses quotas, non-GUID principals and other kinds on Event Hubs; owner on the namespace warns', () => {
    const issues = validateEventHubsNamespace(spec({ access: [
      { name: 'a', principal: { kind: 'native', id: 'orders-api' }, produce: ['orders'] },
      { name: 'b', principal: { kind: 'native', id: APP }, produce: ['orders'], quota: { produceBytesPerSecond: 1_000_000 } },
      { name: 'c', principal: { kind: 'scram', username: 'c' }, produce: ['orders'] },
      { name: 'd', principal: { kind: 'native', id: OPS }, admin: ['*'] },
    ] })).filter((x) => !['event-hubs/no-diagnostics', 'event-hubs/no-network-path'].includes(x.code));
    expect(issues.map((x) => [x.code, x.path, x.severity])).toEqual([
      ['catalog/access-principal', 'access[0].principal.id', 'error'],
      ['catalog/quota-unsupported', 'access[1].quota', 'error'],
      ['catalog/access-auth-mode', 'access[2].principal.kind', 'error'],
      ['event-hubs/owner-on-namespace', 'access[3].admin', 'warning'],
    ]);
  });
});
