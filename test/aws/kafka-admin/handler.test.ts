/**
 * The shipped bundle (dist/functions/kafka-admin/index.js, built by the Jest global setup when missing), driven as
 * Lambda drives it, with its two outside reaches (credentials, the Kafka connection) replaced by fakes.
 */
import * as path from 'path';
import type { KafkaCatalogPlan } from '../../../lib/core/catalog/types';
import { kafkaAdminInput, type KafkaAdminConnection } from '../../../lib/aws/kafka-admin/input';
import { KafkaAdminError } from '../../../lib/aws/kafka-admin/port';
import type { HandlerDeps } from '../../../lib/aws/kafka-admin/runtime/handler';
import type { AdminClientOptions } from '../../../lib/aws/kafka-admin/runtime/client-options';
import { kafkaAdminBundleDir } from '../../../lib/aws/kafka-admin/bundle';
import { FakeAdminPort } from './fake-admin-port';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require(path.join(kafkaAdminBundleDir(), 'index.js')) as {
  handler: (event: object) => Promise<unknown>;
  handle: (event: object, deps: HandlerDeps) => Promise<Record<string, unknown>>;
};

// The function's log lines, captured (and kept off the test output).
const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  jest.spyOn(console, 'log').mockImplementation((m: string) => { logged.push(m); });
});
afterEach(() => jest.restoreAllMocks());

const PASSWORD = 'Zq8xW2mR9tLp4vK7';
const scram: KafkaAdminConnection = { auth: 'scram', bootstrapBrokers: 'kafka-0.orders.internal:9096', region: 'eu-west-1', secretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:admin' };
const catalog = (partitions: number, deleteOnRemoval = false): KafkaCatalogPlan => ({
  topics: [{ name: 'orders', partitions, replicationFactor: 3, configs: {}, deleteOnRemoval }],
  acls: [{ principal: 'User:app', resourceType: 'TOPIC', resourceName: 'orders', patternType: 'LITERAL', operation: 'READ' }],
  quotas: [],
  grants: [],
});

function deps(port: FakeAdminPort, seen: AdminClientOptions[] = []): HandlerDeps {
  return {
    readCredentials: async (_c, scrub) => ({ credentials: { kind: 'scram', username: 'admin', password: scrub.add(PASSWORD) } }),
    openPort: (options) => { seen.push(options); return Object.assign(port, { close: async () => undefined }); },
  };
}

test('the bundle exports the Lambda handler', () => {
  expect(typeof bundle.handler).toBe('function');
});

test('a Pulumi invocation (create, then update from tf.prev_input) reconciles and returns the summary', async () => {
  const port = new FakeAdminPort();
  const seen: AdminClientOptions[] = [];
  const created = await bundle.handle({ ...kafkaAdminInput('orders', scram, catalog(6)), tf: { action: 'create' } }, deps(port, seen));
  expect(created).toMatchObject({ created: ['orders'], aclsCreated: 1 });
  expect(seen[0]!.sasl).toMatchObject({ mechanism: 'SCRAM-SHA-512', username: 'admin' });

  const updated = await bundle.handle({
    ...kafkaAdminInput('orders', scram, catalog(12)), tf: { action: 'update', prev_input: kafkaAdminInput('orders', scram, catalog(6)) },
  }, deps(port));
  expect(updated).toMatchObject({ created: [], grown: ['orders'] });
  expect(port.topics.get('orders')!.partitions).toBe(12);
});

test('a refused change fails the invocation with every refusal', async () => {
  const port = new FakeAdminPort().withTopic('orders', 12, 3);
  await expect(bundle.handle({ ...kafkaAdminInput('orders', scram, catalog(6)), tf: { action: 'create' } }, deps(port)))
    .rejects.toThrow('`topics.orders.partitions` must not decrease below the deployed count (12), got: 6.');
  expect(port.writes()).toEqual([]);
});

test('a secret the function read never leaves it, even inside a broker error', async () => {
  const port = new FakeAdminPort().failNext('listTopics', new KafkaAdminError(`SASL authentication failed for password ${PASSWORD}`, false));
  const error = await bundle.handle({ ...kafkaAdminInput('orders', scram, catalog(6)), tf: { action: 'create' } }, deps(port)).catch((e: Error) => e);
  expect((error as Error).message).toBe('list topics failed: SASL authentication failed for password [redacted]');
  expect(logged.join('\n')).not.toContain(PASSWORD);
  expect(logged.join('\n')).toContain('[redacted]');
});

test('deleting a catalog with nothing deletable does not connect; one with deleteOnRemoval topics and ACLs does', async () => {
  const retained = { ...catalog(6), acls: [] };
  const port = new FakeAdminPort().withTopic('orders', 6, 3);
  const seen: AdminClientOptions[] = [];
  await bundle.handle({ ...kafkaAdminInput('orders', scram, retained), tf: { action: 'delete' } }, deps(port, seen));
  expect(seen).toEqual([]);
  expect(port.topics.has('orders')).toBe(true);

  await port.createAcls(catalog(6, true).acls);
  const summary = await bundle.handle({ ...kafkaAdminInput('orders', scram, catalog(6, true)), tf: { action: 'delete' } }, deps(port, seen));
  expect(summary).toMatchObject({ deleted: ['orders'], aclsDeleted: 1 });
  expect(port.topics.size + port.acls.size).toBe(0);
});
