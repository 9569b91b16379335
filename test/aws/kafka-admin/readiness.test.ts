/**
 * The readiness wait of the admin function: a cluster created in the same deployment may still be booting when the
 * function first runs. Time is a fake clock that advances on `sleep`: no test waits.
 */
import * as path from 'path';
import { validateKafkaAdminTarget } from '../../../lib/aws/kafka-admin/function';
import { kafkaAdminInput, type KafkaAdminConnection } from '../../../lib/aws/kafka-admin/input';
import { KafkaAdminError } from '../../../lib/aws/kafka-admin/port';
import { waitForCluster, type ReadinessClock } from '../../../lib/aws/kafka-admin/retry';
import { kafkaAdminBundleDir } from '../../../lib/aws/kafka-admin/bundle';
import type { HandlerDeps } from '../../../lib/aws/kafka-admin/runtime/handler';
import type { KafkaCatalogPlan } from '../../../lib/core/catalog/types';
import { FakeAdminPort } from './fake-admin-port';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require(path.join(kafkaAdminBundleDir(), 'index.js')) as {
  handle: (event: object, deps: HandlerDeps) => Promise<Record<string, unknown>>;
};

function fakeClock(): ReadinessClock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return { slept, now: () => t, sleep: async (ms) => { slept.push(ms); t += ms; } };
}

const refused = () => new KafkaAdminError('Connection to broker-1.orders.kafka.internal:9096 refused', true);

test('waits until the cluster answers, probing every 10 s, and returns the attempts', async () => {
  const clock = fakeClock();
  let calls = 0;
  const attempts = await waitForCluster(async () => { if (++calls < 4) throw refused(); return []; }, 600, clock);
  expect(attempts).toBe(4);
  expect(clock.slept).toEqual([10_000, 10_000, 10_000]);
});

test('any error counts as not ready yet (a login refused while the broker loads its SCRAM credentials), until the time is up', async () => {
  const clock = fakeClock();
  const probe = jest.fn(async () => { throw new KafkaAdminError('SASL authentication failed', false); });
  await expect(waitForCluster(probe, 25, clock)).rejects.toThrow(
    'reach the cluster within 25 s (its nodes may still be booting) failed after 4 attempts: SASL authentication failed');
  // 10 + 10 + 5: the last pause stops at the deadline.
  expect(clock.slept).toEqual([10_000, 10_000, 5_000]);
  expect(probe).toHaveBeenCalledTimes(4);
});

test('a cluster that answers at once is probed once, without a pause', async () => {
  const clock = fakeClock();
  expect(await waitForCluster(async () => [], 600, clock)).toBe(1);
  expect(clock.slept).toEqual([]);
});

test('`waitForClusterSeconds` is checked: a whole number of seconds the timeout leaves room for', () => {
  const catalog: KafkaCatalogPlan = { topics: [], acls: [], quotas: [], grants: [] };
  const check = (waitForClusterSeconds: number) => validateKafkaAdminTarget({ auth: 'scram', secretArn: 'arn', waitForClusterSeconds }, catalog);
  expect(check(600)).toEqual([]);
  expect(check(0)).toEqual([]);
  expect(check(599)).toEqual([]);
  expect(check(599.5)).toEqual([{
    code: 'kafka-admin/wait-for-cluster', path: 'waitForClusterSeconds', severity: 'error',
    message: '`waitForClusterSeconds` must be a whole number of seconds from 0 to 600, got: 599.5. The function stops after 900 s (Lambda\'s maximum) and needs time to reconcile after the wait: e.g. 600.',
  }]);
  expect(check(900).map((i) => i.code)).toEqual(['kafka-admin/wait-for-cluster']);
  expect(check(-1).map((i) => i.code)).toEqual(['kafka-admin/wait-for-cluster']);
});

describe('the shipped handler', () => {
  const connection: KafkaAdminConnection = {
    auth: 'scram', bootstrapBrokers: 'broker-1.orders.kafka.internal:9096', region: 'eu-west-1', secretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:admin',
    caCertificateParameter: '/kafka-iac/orders/ca-certificate', waitForClusterSeconds: 600,
  };
  const catalog: KafkaCatalogPlan = { topics: [{ name: 'orders', partitions: 6, replicationFactor: 3, configs: {}, deleteOnRemoval: true }], acls: [], quotas: [], grants: [] };
  const deps = (port: FakeAdminPort, clock: ReadinessClock): HandlerDeps => ({
    readCredentials: async () => ({ credentials: { kind: 'scram', username: 'orders-admin', password: 'p' }, ca: '-----BEGIN CERTIFICATE-----' }),
    openPort: () => Object.assign(port, { close: async () => undefined }),
    clock,
  });

  test('on create it waits for booting brokers, then reconciles', async () => {
    const port = new FakeAdminPort().failNext('listTopics', refused(), 5);
    const clock = fakeClock();
    const summary = await bundle.handle({ ...kafkaAdminInput('orders', connection, catalog), tf: { action: 'create' } }, deps(port, clock));
    expect(summary).toMatchObject({ created: ['orders'] });
    expect(clock.slept).toEqual([10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(port.calls.slice(0, 7)).toEqual(['listTopics', 'listTopics', 'listTopics', 'listTopics', 'listTopics', 'listTopics', 'listTopics']);
  });

  test('on delete it does not wait (an unreachable cluster would fail after the requests\' own retries)', async () => {
    const port = new FakeAdminPort().withTopic('orders', 6, 3);
    const clock = fakeClock();
    await bundle.handle({ ...kafkaAdminInput('orders', connection, catalog), tf: { action: 'delete' } }, deps(port, clock));
    expect(clock.slept).toEqual([]);
    expect(port.topics.has('orders')).toBe(false);
  });

  test('a cluster that never answers fails the deployment with the last error', async () => {
    const port = new FakeAdminPort().failNext('listTopics', refused(), 1000);
    await expect(bundle.handle({ ...kafkaAdminInput('orders', connection, catalog), tf: { action: 'create' } }, deps(port, fakeClock())))
      .rejects.toThrow('reach the cluster within 600 s (its nodes may still be booting) failed after 61 attempts: Connection to broker-1.orders.kafka.internal:9096 refused');
  });
});
