/**
 * `kafka-iac render`, end to end: spawned as a process (through tsx, as `npx tsx lib/cli/kafka-iac.ts` runs it), on a
 * TypeScript example and on a plain JavaScript module, into temp dirs; folders, files and parsed properties checked.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseProperties } from '../../lib/core';
import { planSelfManagedCluster, renderNodeFiles } from '../../lib/self-managed-ec2';
import { kraftSpec } from '../../examples/self-managed-specs';
import { planMirrorMaker2, renderMirrorMakerFiles } from '../../lib/replication';
import { spec as mm2Spec } from '../replication/mirror-maker/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'lib', 'cli', 'kafka-iac.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('render the CDK kraft example (TypeScript module)', () => {
  const out = path.join(tmp, 'kraft');
  let r: ReturnType<typeof run>;
  beforeAll(() => { r = run('render', 'examples/cdk/self-managed-kraft.ts', '--out', out); });

  test('exit 0, one folder per node named after it, the four files plus exporter config, metrics publisher and logging config', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('orders: Kafka 4.4.0, dynamic quorum, 9 nodes');
    expect(fs.readdirSync(out).sort()).toEqual(['broker-1', 'broker-2', 'broker-3', 'broker-4', 'broker-5', 'broker-6', 'controller-1', 'controller-2', 'controller-3']);
    for (const d of fs.readdirSync(out)) {
      expect(fs.readdirSync(path.join(out, d)).sort()).toEqual(['boot.sh', 'jmx-exporter.yml', 'kafka-metrics.py', 'kafka-metrics.service', 'kafka.env', 'kafka.service', 'log4j2.xml', 'node.py', 'server.properties', 'serving.sh']);
      expect(fs.statSync(path.join(out, d, 'boot.sh')).mode & 0o111).not.toBe(0);
    }
  });

  test('files are exactly what the faces deploy (same renderer, same plan)', () => {
    for (const n of renderNodeFiles(planSelfManagedCluster(kraftSpec))) {
      for (const [file, text] of Object.entries(n.files)) expect([n.nodeName, file, fs.readFileSync(path.join(out, n.nodeName, file), 'utf8') === text]).toEqual([n.nodeName, file, true]);
    }
  });

  test('server.properties parses: identity, stable DNS names in advertised listeners and the quorum, no secret', () => {
    const b1 = parseProperties(fs.readFileSync(path.join(out, 'broker-1', 'server.properties'), 'utf8'));
    expect(b1.get('node.id')).toBe('101');
    expect(b1.get('process.roles')).toBe('broker');
    expect(b1.get('advertised.listeners')).toBe('REPLICATION://broker-1.orders.kafka.internal:9091,CLIENT_SCRAM://broker-1.orders.kafka.internal:9096');
    expect(b1.get('controller.quorum.bootstrap.servers')).toBe('controller-1.orders.kafka.internal:9093,controller-2.orders.kafka.internal:9093,controller-3.orders.kafka.internal:9093');
    expect(b1.get('broker.rack')).toBe('eu-west-1a');
    expect(b1.get('ssl.keystore.key')).toBe('${dir:/etc/kafka/tls:node.key}');
    const c1 = parseProperties(fs.readFileSync(path.join(out, 'controller-1', 'server.properties'), 'utf8'));
    expect(c1.get('process.roles')).toBe('controller');
    expect(c1.get('listeners')).toBe('CONTROLLER://:9093');
    const boot = fs.readFileSync(path.join(out, 'controller-1', 'boot.sh'), 'utf8');
    expect(boot).toContain("CLUSTER_ID_PARAM='/kafka-iac/orders/cluster-id'");
    expect(boot).not.toMatch(/PRIVATE KEY|BEGIN CERTIFICATE/);
  });
});

test('a JavaScript module exporting a function; --export picks another export; re-render replaces node folders', () => {
  const mod = path.join(tmp, 'cluster.js');
  const dev = { clusterName: 'dev', kafkaVersion: '4.1.0', mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 },
    clientAuthentication: { mtls: {} }, distribution: { kind: 'preinstalled', path: '/opt/kafka' } };
  fs.writeFileSync(mod, `exports.selfManagedSpec = async () => (${JSON.stringify(dev)});\nexports.other = ${JSON.stringify({ ...dev, clusterName: 'other' })};\n`);
  const out = path.join(tmp, 'dev');
  fs.mkdirSync(path.join(out, 'combined-1'), { recursive: true });
  fs.writeFileSync(path.join(out, 'combined-1', 'stale.txt'), 'old');
  const r = run('render', mod, '--out', out);
  expect(r.status).toBe(0);
  expect(fs.readdirSync(out)).toEqual(['combined-1']);
  expect(fs.existsSync(path.join(out, 'combined-1', 'stale.txt'))).toBe(false);
  expect(parseProperties(fs.readFileSync(path.join(out, 'combined-1', 'server.properties'), 'utf8')).get('process.roles')).toBe('broker,controller');
  expect(r.stderr).toMatch(/warning \[self-managed\/preinstalled-needs-ami\]/);
  const r2 = run('render', mod, '--export', 'other', '--out', path.join(tmp, 'other'));
  expect(r2.status).toBe(0);
  expect(r2.stdout).toMatch(/^other: /);
});

test('errors: invalid spec exits 1 listing every issue code; usage errors exit 2', () => {
  const bad = path.join(tmp, 'bad.js');
  fs.writeFileSync(bad, `exports.selfManagedSpec = ${JSON.stringify({ ...kraftSpec, controllers: { count: 4 }, clientAuthentication: {} })};\n`);
  const r = run('render', bad, '--out', path.join(tmp, 'bad'));
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('self-managed/controller-count-even');
  expect(r.stderr).toContain('self-managed/no-client-auth');
  expect(fs.existsSync(path.join(tmp, 'bad'))).toBe(false);
  expect(run('render', bad).status).toBe(2);
  expect(run('frobnicate').stderr).toContain("unknown command 'frobnicate'");
  const none = path.join(tmp, 'none.js');
  fs.writeFileSync(none, 'exports.x = 1;\n');
  const r3 = run('render', none, '--out', path.join(tmp, 'none'));
  expect([r3.status, r3.stderr.includes('exports none of selfManagedPlan, selfManagedSpec, mirrorMakerPlan, mirrorMakerSpec, default (it exports: x)')]).toEqual([2, true]);
});

test('a MirrorMaker 2 deployment renders into one folder (the nodes are identical); its errors exit 1', () => {
  const mod = path.join(tmp, 'mm2.js');
  fs.writeFileSync(mod, `exports.mirrorMakerSpec = ${JSON.stringify(mm2Spec())};\nexports.bySource = ${JSON.stringify(mm2Spec({ region: 'eu-west-1' }))};\n`);
  const out = path.join(tmp, 'mm2');
  const r = run('render', mod, '--out', out);
  // The plan's warnings go to stderr, one line each (here: the cross-region primary has no networkCidrs).
  expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^warning \[mirror-maker\/egress-any-address\] Cluster 'primary' is in eu-west-1/)]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('orders-dr: MirrorMaker 2 (Kafka 3.9.1), 2 identical nodes in eu-central-1 next to dr');
  expect(r.stdout).toContain('flow primary->dr');
  expect(fs.readdirSync(out)).toEqual(['orders-dr']);
  const files = renderMirrorMakerFiles(planMirrorMaker2(mm2Spec()));
  for (const [file, text] of Object.entries(files)) expect([file, fs.readFileSync(path.join(out, 'orders-dr', file), 'utf8') === text]).toEqual([file, true]);
  expect(parseProperties(fs.readFileSync(path.join(out, 'orders-dr', 'mm2.properties'), 'utf8')).get('primary->dr.enabled')).toBe('true');
  const bad = run('render', mod, '--export', 'bySource', '--out', path.join(tmp, 'mm2-bad'));
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('mirror-maker/placed-by-source');
});
