/** Access intents of the portable catalog on Managed Kafka: ACL entries merged per resource pattern, client IAM, quotas refused. */
import * as fs from 'fs';
import * as pulumi from '@pulumi/pulumi';
import * as path from 'path';
import { planGcpKafkaCluster, validateGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { ManagedKafkaCluster } from '../../lib/gcp-managed-kafka/pulumi';
import { MESSAGE_GRAMMAR_WITH_FIX } from '../support/conventions';
import { APP_SA, PROJECT, spec } from './fixtures';
import { childList, recordGcp } from './pulumi/support';

const AUDIT_SA = `auditor@${PROJECT}.iam.gserviceaccount.com`;
const USER = 'dana@example.com';
const ACCESS = [
  { name: 'orders-api', principal: { kind: 'native' as const, id: APP_SA }, produce: ['orders'], consume: ['customers'], groups: ['orders-api'] },
  { name: 'audit', principal: { kind: 'native' as const, id: AUDIT_SA }, consume: ['*'], groups: ['audit.*'] },
  { name: 'dana', principal: { kind: 'native' as const, id: USER }, admin: ['orders'] },
];

describe('the mapping', () => {
  const plan = planGcpKafkaCluster(spec({ access: ACCESS, acls: [{ resource: 'topic/orders', entries: [{ principal: 'User:ops@example.com', operation: 'READ' }] }] }));
  const entries = (id: string) => plan.acls.find((a) => a.aclId === id)!.entries.map((e) => `${e.principal} ${e.operation}`);

  test('one ACL per resource pattern, the acls prop\'s entries first, then each intent\'s by intent name', () => {
    expect(plan.acls.map((a) => a.aclId).sort()).toEqual(['allTopics', 'cluster', 'consumerGroup/orders-api', 'consumerGroupPrefixed/audit.', 'topic/customers', 'topic/orders']);
    expect(entries('topic/orders')).toEqual([
      'User:ops@example.com READ', ...['CREATE', 'DELETE', 'ALTER', 'ALTER_CONFIGS', 'DESCRIBE', 'DESCRIBE_CONFIGS'].map((op) => `User:${USER} ${op}`),
      `User:${APP_SA} WRITE`, `User:${APP_SA} DESCRIBE`,
    ]);
    expect(entries('cluster')).toEqual([`User:${APP_SA} IDEMPOTENT_WRITE`]);
    expect(entries('allTopics')).toEqual([`User:${AUDIT_SA} READ`, `User:${AUDIT_SA} DESCRIBE`]);
    expect(entries('consumerGroupPrefixed/audit.')).toEqual([`User:${AUDIT_SA} READ`, `User:${AUDIT_SA} DESCRIBE`]);
    expect(plan.acls.every((a) => a.entries.every((e) => e.permissionType === 'ALLOW' && e.host === '*'))).toBe(true);
  });

  test('service accounts get roles/managedkafka.client; a user email does not (grant it yourself)', () => {
    expect(plan.clientServiceAccounts).toEqual([AUDIT_SA, APP_SA].sort());
  });
});

describe('validation', () => {
  test('gcp-kafka/access-acl-entries: an ACL above 100 entries with the acls prop', () => {
    const many = Array.from({ length: 99 }, (_, i) => ({ principal: `User:u${i}@example.com`, operation: 'READ' as const }));
    const issues = validateGcpKafkaCluster(spec({ acls: [{ resource: 'topic/orders', entries: many }], access: [ACCESS[0]!] })).filter((x) => x.severity === 'error');
    expect(issues).toEqual([{ code: 'gcp-kafka/access-acl-entries', path: 'access', severity: 'error',
      message: '`access` must give the ACL "topic/orders" at most 100 entries (with the acls prop\'s), got: 101. Grant a prefix to fewer principals, or split the principals over prefixes.' }]);
    expect(issues[0]!.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('gcp-kafka/access-principal-unknown: a deploy-time email cannot become an ACL principal', () => {
    const issues = validateGcpKafkaCluster(spec({ access: [{ ...ACCESS[0]!, principal: { kind: 'native', id: pulumi.output(APP_SA) as unknown as string } }] }),
      (v) => pulumi.Output.isInstance(v)).filter((x) => x.severity === 'error');
    expect(issues).toEqual([{ code: 'gcp-kafka/access-principal-unknown', path: 'access[0].principal.id', severity: 'error',
      message: '`access[0].principal.id` must be known when the program runs (the ACL principal "User:<email>" is built from it), got: "<deploy-time value>". Pass the email as a string, or write the ACL entries under `acls` with the principal built by pulumi.interpolate.' }]);
    expect(issues[0]!.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every code of lib/gcp-managed-kafka/intents.ts is tested here', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../lib/gcp-managed-kafka/intents.ts'), 'utf8');
    expect([...new Set([...src.matchAll(/'(gcp-kafka\/[a-z-]+)'/g)].map((m) => m[1]))].sort()).toEqual(['gcp-kafka/access-acl-entries', 'gcp-kafka/access-principal-unknown']);
  });

  test('the catalog refuses quotas (naming kafka-configs.sh), non-email principals and other kinds', () => {
    const issues = validateGcpKafkaCluster(spec({ access: [
      { ...ACCESS[0]!, quota: { produceBytesPerSecond: 1_000_000 } },
      { name: 'b', principal: { kind: 'native', id: 'orders-api' }, produce: ['orders'] },
      { name: 'c', principal: { kind: 'scram', username: 'c' }, produce: ['orders'] },
    ] })).filter((x) => x.severity === 'error');
    expect(issues.map((x) => [x.code, x.path])).toEqual([
      ['catalog/quota-unsupported', 'access[0].quota'], ['catalog/access-principal', 'access[1].principal.id'], ['catalog/access-auth-mode', 'access[2].principal.kind'],
    ]);
    expect(issues[0]!.message).toContain('kafka-configs.sh --alter --entity-type users');
  });
});

describe('under the provider-shaped mocks', () => {
  test('the ACLs and IAM members registered, named after the resource pattern and the email', async () => {
    const r = await recordGcp(() => { new ManagedKafkaCluster('kafka', spec({ access: ACCESS })); return {}; });
    const added = childList(r.resources).filter((x) => /managedkafka\/acl:Acl|projects\/iAMMember:IAMMember kafka-client-/.test(x));
    expect(added).toEqual([
      ...['allTopics', 'cluster', 'consumerGroup/orders-api', 'consumerGroupPrefixed/audit.', 'topic/customers', 'topic/orders'].map((id) => `gcp:managedkafka/acl:Acl kafka-acl-${id}`),
      `gcp:projects/iAMMember:IAMMember kafka-client-${AUDIT_SA}`, `gcp:projects/iAMMember:IAMMember kafka-client-${APP_SA}`,
    ].sort());
    expect(r.byName('kafka-acl-topic/customers').inputs).toMatchObject({ aclId: 'topic/customers', location: 'europe-west1', project: PROJECT,
      aclEntries: [{ principal: `User:${APP_SA}`, operation: 'READ', permissionType: 'ALLOW', host: '*' }, { principal: `User:${APP_SA}`, operation: 'DESCRIBE', permissionType: 'ALLOW', host: '*' }] });
    expect(r.byName(`kafka-client-${APP_SA}`).inputs).toEqual({ project: PROJECT, role: 'roles/managedkafka.client', member: `serviceAccount:${APP_SA}` });
  });
});
