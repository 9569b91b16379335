import type { AclBindingPlan, KafkaCatalogPlan, TopicPlan } from '../../../lib/core/catalog/types';
import { KafkaAdminError } from '../../../lib/aws/kafka-admin/port';
import { EMPTY_CATALOG, planReconcile, reconcile, ReconcileRefusedError } from '../../../lib/aws/kafka-admin/reconcile';
import { KafkaAdminRequestError, type RetryOptions } from '../../../lib/aws/kafka-admin/retry';
import { FakeAdminPort } from './fake-admin-port';

const delays: number[] = [];
const retry: RetryOptions = { attempts: 4, baseDelayMs: 100, maxDelayMs: 250, sleep: async (ms) => { delays.push(ms); } };
beforeEach(() => { delays.length = 0; });

const topic = (name: string, o: Partial<TopicPlan> = {}): TopicPlan => ({
  name, partitions: 6, replicationFactor: 3, configs: { 'min.insync.replicas': '2' }, deleteOnRemoval: false, ...o,
});
const acl = (principal: string, resourceName: string, operation: AclBindingPlan['operation']): AclBindingPlan => ({
  principal, resourceType: 'TOPIC', resourceName, patternType: 'LITERAL', operation,
});
const catalog = (o: Partial<KafkaCatalogPlan>): KafkaCatalogPlan => ({ ...EMPTY_CATALOG, ...o });

describe('topics', () => {
  test('creates missing topics with their partitions, replication factor and configs', async () => {
    const port = new FakeAdminPort();
    const summary = await reconcile(port, catalog({ topics: [topic('orders'), topic('payments', { partitions: 12 })] }), EMPTY_CATALOG, retry);
    expect(summary.created).toEqual(['orders', 'payments']);
    expect(port.topics.get('payments')).toEqual({ name: 'payments', partitions: 12, replicationFactor: 3 });
    expect(port.configs.get('orders')).toEqual({ 'min.insync.replicas': '2' });
  });

  test('a second run with the same catalog changes nothing (idempotent)', async () => {
    const port = new FakeAdminPort();
    const desired = catalog({ topics: [topic('orders')], acls: [acl('User:app', 'orders', 'READ')], quotas: [{ user: 'app', producer_byte_rate: 1024 }] });
    await reconcile(port, desired, EMPTY_CATALOG, retry);
    port.calls.length = 0;
    const again = await reconcile(port, desired, desired, retry);
    expect(port.writes()).toEqual([]);
    expect(again).toMatchObject({ created: [], adopted: [], grown: [], altered: [], aclsCreated: 0, quotasAltered: [] });
  });

  test('adopts an existing identical topic without a write', async () => {
    const port = new FakeAdminPort().withTopic('orders', 6, 3, { 'min.insync.replicas': '2' });
    const summary = await reconcile(port, catalog({ topics: [topic('orders')] }), EMPTY_CATALOG, retry);
    expect(summary.adopted).toEqual(['orders']);
    expect(summary.created).toEqual([]);
    expect(port.writes()).toEqual([]);
  });

  test('adopting a topic with other overrides sets the catalog keys and leaves unmanaged keys alone', async () => {
    const port = new FakeAdminPort().withTopic('orders', 6, 3, { 'min.insync.replicas': '1', 'segment.ms': '3600000' });
    await reconcile(port, catalog({ topics: [topic('orders')] }), EMPTY_CATALOG, retry);
    expect(port.configs.get('orders')).toEqual({ 'min.insync.replicas': '2', 'segment.ms': '3600000' });
  });

  test('grows partitions', async () => {
    const port = new FakeAdminPort().withTopic('orders', 6, 3, { 'min.insync.replicas': '2' });
    const summary = await reconcile(port, catalog({ topics: [topic('orders', { partitions: 24 })] }), catalog({ topics: [topic('orders')] }), retry);
    expect(summary.grown).toEqual(['orders']);
    expect(port.topics.get('orders')!.partitions).toBe(24);
  });

  test('alters changed configs and resets the keys the previous catalog managed and this one dropped', async () => {
    const previous = topic('orders', { configs: { 'min.insync.replicas': '2', 'retention.ms': '86400000' } });
    const port = new FakeAdminPort().withTopic('orders', 6, 3, { 'min.insync.replicas': '2', 'retention.ms': '86400000', 'segment.bytes': '1048576' });
    const plan = planReconcile(
      catalog({ topics: [topic('orders', { configs: { 'min.insync.replicas': '2', 'cleanup.policy': 'compact' } })] }),
      catalog({ topics: [previous] }),
      { topics: [...port.topics.values()], configs: { orders: port.configs.get('orders')! }, acls: [], quotas: [] },
    );
    expect(plan.alterConfigs).toEqual([{ name: 'orders', set: { 'cleanup.policy': 'compact' }, reset: ['retention.ms'] }]);
    await reconcile(port, catalog({ topics: [topic('orders', { configs: { 'min.insync.replicas': '2', 'cleanup.policy': 'compact' } })] }), catalog({ topics: [previous] }), retry);
    // segment.bytes was never the catalog's: it stays.
    expect(port.configs.get('orders')).toEqual({ 'min.insync.replicas': '2', 'cleanup.policy': 'compact', 'segment.bytes': '1048576' });
  });

  test('refuses a partition shrink and a replication factor change, all at once, and changes nothing', async () => {
    const port = new FakeAdminPort().withTopic('orders', 12, 3).withTopic('payments', 6, 3);
    const desired = catalog({ topics: [topic('orders', { partitions: 6 }), topic('payments', { replicationFactor: 2 }), topic('new')] });
    const error = await reconcile(port, desired, EMPTY_CATALOG, retry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReconcileRefusedError);
    const refusals = (error as ReconcileRefusedError).refusals;
    expect(refusals).toEqual([
      '`topics.orders.partitions` must not decrease below the deployed count (12), got: 6. Kafka cannot remove partitions: set partitions to 12 or more, or create a new topic.',
      '`topics.payments.replicationFactor` must equal the deployed replication factor (3), got: 2. The admin function does not reassign replicas: keep the deployed value, or reassign partitions with kafka-reassign-partitions.sh first.',
    ]);
    expect((error as Error).message).toMatch(/^The topic catalog cannot be applied \(2 refused changes; nothing was changed\):\n- `topics.orders.partitions`/);
    expect(port.writes()).toEqual([]);
    expect(port.topics.has('new')).toBe(false);
  });

  test('a topic removed from the catalog is deleted only if it opted in (deleteOnRemoval)', async () => {
    const port = new FakeAdminPort().withTopic('keep', 6, 3).withTopic('scratch', 6, 3).withTopic('unmanaged', 1, 3);
    const previous = catalog({ topics: [topic('keep'), topic('scratch', { deleteOnRemoval: true })] });
    const summary = await reconcile(port, EMPTY_CATALOG, previous, retry);
    expect(summary).toMatchObject({ deleted: ['scratch'], retained: ['keep'] });
    expect([...port.topics.keys()].sort()).toEqual(['keep', 'unmanaged']);
  });

  test('deleteOnRemoval is read from the previous catalog: a topic still listed is never deleted', async () => {
    const port = new FakeAdminPort().withTopic('scratch', 6, 3, { 'min.insync.replicas': '2' });
    const both = catalog({ topics: [topic('scratch', { deleteOnRemoval: true })] });
    await reconcile(port, both, both, retry);
    expect(port.topics.has('scratch')).toBe(true);
  });
});

describe('ACLs and quotas', () => {
  test('creates missing ACLs and deletes only the ones the previous catalog created', async () => {
    const port = new FakeAdminPort();
    const handMade = acl('User:ops', 'orders', 'ALTER');
    const stale = acl('User:app', 'orders', 'WRITE');
    const kept = acl('User:app', 'orders', 'READ');
    await port.createAcls([handMade, stale, kept]);
    const fresh = acl('User:app', 'orders', 'DESCRIBE');
    const summary = await reconcile(port, catalog({ acls: [kept, fresh] }), catalog({ acls: [kept, stale] }), retry);
    expect(summary).toMatchObject({ aclsCreated: 1, aclsDeleted: 1 });
    expect([...port.acls.values()]).toEqual(expect.arrayContaining([handMade, kept, fresh]));
    expect(port.acls.size).toBe(3);
  });

  test('sets quotas that differ and removes only the keys the previous catalog set', async () => {
    const port = new FakeAdminPort();
    port.quotas.set('app', { producer_byte_rate: 1000, request_percentage: 50 });
    port.quotas.set('ops', { consumer_byte_rate: 5 });
    port.quotas.set('gone', { consumer_byte_rate: 7 });
    const previous = catalog({ quotas: [{ user: 'app', producer_byte_rate: 1000, request_percentage: 50 }, { user: 'gone', consumer_byte_rate: 7 }] });
    const desired = catalog({ quotas: [{ user: 'app', producer_byte_rate: 2000 }] });
    const summary = await reconcile(port, desired, previous, retry);
    expect(summary.quotasAltered).toEqual(['app', 'gone']);
    expect(Object.fromEntries(port.quotas)).toEqual({ app: { producer_byte_rate: 2000 }, ops: { consumer_byte_rate: 5 } });
  });
});

test('a catalog of ACLs and quotas only never reads a topic (its function may not describe any)', async () => {
  const port = new FakeAdminPort();
  const summary = await reconcile(port, catalog({ acls: [acl('User:app', 'orders', 'READ')], quotas: [{ user: 'app', consumer_byte_rate: 10 }] }), catalog({}), retry);
  expect(summary).toMatchObject({ aclsCreated: 1, quotasAltered: ['app'], created: [] });
  expect(port.calls.filter((m) => /topic/i.test(m))).toEqual([]);
});

describe('retries and failures', () => {
  test('retries a transient error with bounded, growing backoff, then succeeds', async () => {
    const port = new FakeAdminPort().failNext('createTopics', new KafkaAdminError('LEADER_NOT_AVAILABLE', true), 3);
    await reconcile(port, catalog({ topics: [topic('orders')] }), EMPTY_CATALOG, retry);
    expect(port.topics.has('orders')).toBe(true);
    expect(delays).toEqual([100, 200, 250]);
  });

  test('reports a transient error that outlasts the attempts, naming the request', async () => {
    const port = new FakeAdminPort().failNext('listTopics', new KafkaAdminError('connection to the brokers timed out', true), 4);
    const error = await reconcile(port, catalog({ topics: [topic('orders')] }), EMPTY_CATALOG, retry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KafkaAdminRequestError);
    expect((error as Error).message).toBe('list topics failed after 4 attempts: connection to the brokers timed out');
    expect(port.writes()).toEqual([]);
  });

  test('does not retry a permanent error (authorization), and stops before later requests', async () => {
    const port = new FakeAdminPort().failNext('createAcls', new KafkaAdminError('CLUSTER_AUTHORIZATION_FAILED', false));
    const error = await reconcile(port, catalog({ topics: [topic('orders')], acls: [acl('User:app', 'orders', 'READ')] }), EMPTY_CATALOG, retry)
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('create 1 ACLs failed: CLUSTER_AUTHORIZATION_FAILED');
    expect(delays).toEqual([]);
    expect(port.writes()).toEqual(['createTopics', 'createAcls']);
  });
});
