/** `ConfluentKafka` with the catalog's access intents, under the provider-shaped mocks: the bindings, ACLs and quotas registered. */
import { ConfluentKafka } from '../../../lib/confluent/pulumi';
import type { AccessIntent } from '../../../lib/core';
import { DEDICATED, STANDARD, withSpec } from '../fixtures';
import { childList, MOCK_API_SECRET, mockedConfluentId, mockedKafka, recordConfluent, type ConfluentRecording } from './support';

const INTENTS: AccessIntent[] = [
  { name: 'orders-api', principal: { kind: 'native', id: 'orders-api' }, produce: ['payments', 'payments.retry.*'], consume: ['refunds'], groups: ['orders-api'],
    transactionalIds: ['orders-tx-*'], quota: { produceBytesPerSecond: 5_000_000, consumeBytesPerSecond: 10_000_000 } },
  { name: 'auditor', principal: { kind: 'native', id: 'sa-audit1' }, consume: ['*'], groups: ['audit.*'] },
];

describe('RBAC intents and a client quota on a Dedicated cluster', () => {
  const M = mockedKafka('payments', { cloud: 'AWS', region: 'us-east-2', network: true });
  const crn = (path: string) => `${M.crn}/kafka=${M.clusterId}/${path}`;
  const sa = mockedConfluentId('serviceAccount', 'ServiceAccount', 'payments-orders-api');
  let r: ConfluentRecording<unknown>;
  let kafka: ConfluentKafka;
  beforeAll(async () => {
    r = await recordConfluent(() => {
      kafka = new ConfluentKafka('payments', withSpec(DEDICATED, { access: INTENTS }));
      return { ids: kafka.serviceAccountIds, keys: kafka.apiKeyIds, props: kafka.clientProperties };
    });
  });

  test('children added by the intents: one service account with its key, bindings and a quota named after the intent', () => {
    const added = childList(r.resources).filter((x) => / payments-(access-|orders-api)/.test(x));
    expect(added).toEqual([
      'cc:ApiKey payments-orders-api-key-blue',
      'cc:KafkaClientQuota payments-access-orders-api-quota',
      ...['read-group-prefix-audit.', 'read-topic-all'].map((id) => `cc:RoleBinding payments-access-auditor-${id}`),
      ...['read-group-orders-api', 'read-topic-refunds', 'write-topic-payments', 'write-topic-prefix-payments.retry.', 'write-transactional-id-prefix-orders-tx-']
        .map((id) => `cc:RoleBinding payments-access-orders-api-${id}`),
      'cc:ServiceAccount payments-orders-api',
    ].sort());
    // No ACLs in RBAC mode, and the applications' children are unchanged.
    expect(r.ofType('confluentcloud:index/kafkaAcl:KafkaAcl')).toEqual([]);
    expect(childList(r.resources)).toContain('cc:RoleBinding payments-payments-write-topic-payments');
  });

  test('role bindings: exact principals, roles and CRN patterns', () => {
    const rb = (id: string) => r.byName(`payments-access-${id}`, 'confluentcloud:index/roleBinding:RoleBinding').inputs;
    expect(rb('orders-api-write-topic-payments')).toEqual({ principal: `User:${sa}`, roleName: 'DeveloperWrite', crnPattern: crn('topic=payments') });
    expect(rb('orders-api-write-topic-prefix-payments.retry.')).toEqual({ principal: `User:${sa}`, roleName: 'DeveloperWrite', crnPattern: crn('topic=payments.retry.*') });
    expect(rb('orders-api-read-topic-refunds')).toEqual({ principal: `User:${sa}`, roleName: 'DeveloperRead', crnPattern: crn('topic=refunds') });
    expect(rb('orders-api-read-group-orders-api')).toEqual({ principal: `User:${sa}`, roleName: 'DeveloperRead', crnPattern: crn('group=orders-api') });
    expect(rb('orders-api-write-transactional-id-prefix-orders-tx-')).toEqual({ principal: `User:${sa}`, roleName: 'DeveloperWrite', crnPattern: crn('transactional-id=orders-tx-*') });
    expect(rb('auditor-read-topic-all')).toEqual({ principal: 'User:sa-audit1', roleName: 'DeveloperRead', crnPattern: crn('topic=*') });
    expect(rb('auditor-read-group-prefix-audit.')).toEqual({ principal: 'User:sa-audit1', roleName: 'DeveloperRead', crnPattern: crn('group=audit.*') });
  });

  test('the client quota: both rates, the principal, cluster and environment', () => {
    expect(r.byName('payments-access-orders-api-quota').inputs).toEqual({
      displayName: 'payments-orders-api', description: 'Client quota of access intent orders-api, managed by kafka-iac',
      throughput: { ingressByteRate: '5000000', egressByteRate: '10000000' }, principals: [sa],
      kafkaCluster: { id: M.clusterId }, environment: { id: M.environmentId },
    });
  });

  test('the new service account is exposed like an application; its key waits for its grants; no secret in the recording', () => {
    expect(r.byName('payments-orders-api', 'confluentcloud:index/serviceAccount:ServiceAccount').inputs).toEqual({
      displayName: 'payments-orders-api', description: 'kafka-iac access principal orders-api',
    });
    const deps = r.registration('payments-orders-api-key-blue').dependencies ?? [];
    expect(deps.filter((u) => u.includes('payments-access-orders-api-')).length).toBe(5);
    expect(Object.keys(kafka.serviceAccountIds).sort()).toEqual(['ledger', 'orders-api', 'payments']);
    expect(JSON.stringify(r.resources)).not.toContain(MOCK_API_SECRET);
  });
});

describe('ACL intents on a Basic cluster', () => {
  let r: ConfluentRecording<unknown>;
  beforeAll(async () => {
    r = await recordConfluent(() => {
      new ConfluentKafka('orders', withSpec(STANDARD, { cluster: { type: 'basic', availability: undefined }, access: [
        { name: 'writer', principal: { kind: 'native', id: 'sa-w1' }, produce: ['orders'] },
      ] }));
      return {};
    });
  });

  test('ACLs per intent, created with the admin key, on exact resources', () => {
    const acls = r.ofType('confluentcloud:index/kafkaAcl:KafkaAcl').filter((x) => x.name.startsWith('orders-access-'));
    expect(acls.map((x) => [x.name, x.inputs.principal, x.inputs.resourceType, x.inputs.resourceName, x.inputs.patternType, x.inputs.operation, x.inputs.permission, x.inputs.host]).sort()).toEqual([
      ['orders-access-writer-acl-cluster-literal-kafka-cluster-idempotent-write', 'User:sa-w1', 'CLUSTER', 'kafka-cluster', 'LITERAL', 'IDEMPOTENT_WRITE', 'ALLOW', '*'],
      ['orders-access-writer-acl-topic-literal-orders-describe', 'User:sa-w1', 'TOPIC', 'orders', 'LITERAL', 'DESCRIBE', 'ALLOW', '*'],
      ['orders-access-writer-acl-topic-literal-orders-write', 'User:sa-w1', 'TOPIC', 'orders', 'LITERAL', 'WRITE', 'ALLOW', '*'],
    ]);
    expect(r.ofType('confluentcloud:index/roleBinding:RoleBinding').map((x) => x.name)).toEqual(['orders-admin-cluster-admin']);
  });
});
