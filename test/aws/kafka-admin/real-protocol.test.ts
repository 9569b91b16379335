/**
 * The bundled admin client against a real Kafka-protocol peer: librdkafka's mock cluster, hosted by Debian's `kcat`
 * (`-X test.mock.num.brokers=3`; `.ci/run` installs kcat). The mock speaks the wire protocol (ApiVersions, Metadata,
 * Produce, Fetch, groups) over plaintext TCP only, and none of the admin APIs. So this checks, over real sockets:
 * connecting and version negotiation, listing topics and reading partitions and replication factor (Metadata), and
 * that an admin request the peer refuses fails the deployment at once with the peer's reason (not retried). It cannot
 * check CreateTopics, CreatePartitions, configs, ACLs, quotas, TLS or SASL: those rest on the in-memory tests and on
 * the client's own suite.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { kafkaAdminBundleDir } from '../../../lib/aws/kafka-admin/bundle';
import { kafkaAdminInput } from '../../../lib/aws/kafka-admin/input';
import type { KafkaAdminPort } from '../../../lib/aws/kafka-admin/port';
import type { HandlerDeps } from '../../../lib/aws/kafka-admin/runtime/handler';

// The function runs on Node.js 24 (Lambda); the client uses Promise.withResolvers (Node.js 22+).
const P = Promise as unknown as { withResolvers?: () => unknown };
if (!P.withResolvers) {
  P.withResolvers = () => {
    let resolve: unknown;
    let reject: unknown;
    const promise = new Promise((a, b) => { resolve = a; reject = b; });
    return { promise, resolve, reject };
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require(path.join(kafkaAdminBundleDir(), 'index.js')) as {
  PlatformaticAdminPort: new (o: object) => KafkaAdminPort & { close(): Promise<void> };
  handle: (event: object, deps: HandlerDeps) => Promise<Record<string, unknown>>;
};

let kcat: ChildProcessWithoutNullStreams | undefined;
let bootstrap: string[] = [];
/** Plaintext: the mock has no TLS (the function itself always sets TLS). */
const open = () => new bundle.PlatformaticAdminPort({ clientId: 'kafka-iac-test', bootstrapBrokers: bootstrap, retries: 0, connectTimeout: 10_000, requestTimeout: 10_000 });

beforeAll(async () => {
  const found = spawnSync('kcat', ['-V'], { encoding: 'utf8' });
  if (found.error) throw new Error(`kcat must be installed (apt-get install kcat) for the real-protocol test: ${found.error.message}`);
  kcat = spawn('kcat', ['-X', 'test.mock.num.brokers=3', '-b', 'unused:9092', '-C', '-t', 'seed', '-q', '-d', 'mock']);
  bootstrap = await new Promise<string[]>((resolve, reject) => {
    let err = '';
    kcat!.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /bootstrap\.servers=(\S+)/.exec(err);
      if (m) resolve(m[1]!.split(','));
    });
    kcat!.on('exit', (code) => reject(new Error(`kcat exited (${code}) before its mock cluster started:\n${err.slice(0, 2000)}`)));
  });
});

afterAll(() => {
  kcat?.kill();
});

test('connects, negotiates versions and lists topics and their partitions and replication factor over the wire', async () => {
  const port = open();
  try {
    expect(bootstrap).toHaveLength(3);
    expect(await port.listTopics()).toContain('seed');
    const [seed] = await port.describeTopics(['seed']);
    expect(seed).toMatchObject({ name: 'seed', replicationFactor: 3 });
    expect(seed!.partitions).toBeGreaterThan(0);
  } finally {
    await port.close();
  }
});

test('an admin request the peer does not support fails the reconciliation with its reason, without retries', async () => {
  const calls: string[] = [];
  const deps: HandlerDeps = {
    readCredentials: async () => ({ credentials: { kind: 'iam', token: async () => 'unused' } }),
    openPort: () => { calls.push('open'); return open(); },
  };
  const catalog = { topics: [{ name: 'orders', partitions: 3, replicationFactor: 3, configs: {}, deleteOnRemoval: false }], acls: [], quotas: [], grants: [] };
  const event = { ...kafkaAdminInput('orders', { auth: 'iam', bootstrapBrokers: bootstrap.join(','), region: 'eu-west-1' }, catalog), tf: { action: 'create' } };
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await expect(bundle.handle(event, deps)).rejects.toThrow('create topics ["orders"] failed: Creating topics failed. (Unsupported API CreateTopics.)');
  } finally {
    log.mockRestore();
  }
  expect(calls).toEqual(['open']);
});
