/**
 * Conventions and reference key lists: the pure plan imports no SDK, optional props document @default, files stay
 * small, topic configuration keys and rendered client keys exist in the Kafka 3.9 reference lists, and the Pulumi
 * entry loads no cloud SDK until a private endpoint needs one.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { clientProperties, CLUSTER_TYPE_INFO, planConfluentKafka } from '../../lib/confluent';
import { topic39 } from '../../lib/core/config/kafka-keys.generated';
import { SDK_IMPORT as SDK, tsFiles as files, undocumentedOptionalsOf } from '../support/conventions';
import { invalidClientKeys, readList } from '../support/kafka-keys';
import { STANDARD } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib', 'confluent');

test('the plan imports no cloud SDK (only pulumi/ may)', () => {
  const pure = files(LIB).filter((f) => !f.includes(`${path.sep}pulumi${path.sep}`));
  expect(pure.length).toBeGreaterThanOrEqual(8);
  expect(pure.filter((f) => SDK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(LIB, f))).toEqual([]);
});

test('every optional prop of the spec documents its default with @default', () => {
  expect(undocumentedOptionalsOf(path.join(LIB, 'spec.ts'))).toEqual([]);
});

test('files stay small (about 400 lines)', () => {
  for (const f of files(LIB)) expect([path.relative(LIB, f), fs.readFileSync(f, 'utf8').split('\n').length <= 420]).toEqual([path.relative(LIB, f), true]);
});

test('topic configuration keys are validated against the Kafka 3.9 topic key list', () => {
  const reference = readList('topic-3.9.0-rc3.txt');
  expect([...topic39].sort()).toEqual([...reference].sort());
  const config = Object.fromEntries(reference.map((k) => [k, '1']));
  // Every reference key passes the key check (values are the broker's to judge).
  const issues = planConfluentKafka({ ...STANDARD, topics: [{ name: 't', config: { 'retention.ms': '1', 'cleanup.policy': 'delete' } }] });
  expect(issues.topics[0]!.config).toEqual({ 'retention.ms': '1', 'cleanup.policy': 'delete' });
  expect(() => planConfluentKafka({ ...STANDARD, topics: [{ name: 't', config }] })).not.toThrow();
});

test.each(Object.keys(CLUSTER_TYPE_INFO))('client properties of a %s cluster use only Kafka 3.9 client keys', (type) => {
  const p = clientProperties({ bootstrapEndpoint: 'SASL_SSL://pkc-1.x:9092', apiKey: 'K', apiSecret: 'S', info: CLUSTER_TYPE_INFO[type as keyof typeof CLUSTER_TYPE_INFO] });
  expect(invalidClientKeys(p.keys())).toEqual([]);
  expect(p.get('enable.idempotence')).toBe(type === 'freight' ? 'false' : undefined);
});

test('a secret that would break the JAAS line is refused', () => {
  expect(() => clientProperties({ bootstrapEndpoint: 'x:9092', apiKey: 'K', apiSecret: "a'b", info: CLUSTER_TYPE_INFO.standard })).toThrow(/apiSecret/);
});

/** Packages loaded (and milliseconds taken) by requiring `expr` in a fresh Node process. */
function load(code: string): { packages: string[]; ms: number; faceMs?: number } {
  const script = `
    const t0 = process.hrtime.bigint();
    ${code}
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const names = new Set();
    for (const k of Object.keys(require.cache)) {
      const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k);
      if (m) names.add(m[1].replace(/\\\\/g, '/'));
    }
    process.stdout.write(JSON.stringify({ packages: [...names].sort(), ms, faceMs: globalThis.faceMs }));`;
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('lazy loading of cloud SDKs', () => {
  const face = JSON.stringify(path.join(LIB, 'pulumi', 'index.ts'));
  const CLOUDS = ['@pulumi/aws', '@pulumi/gcp', '@pulumi/azure-native', 'aws-cdk-lib', 'constructs'];

  test('requiring kafka-iac/confluent/pulumi loads @pulumi/confluentcloud and no cloud SDK or CDK; import cost', () => {
    const { packages, faceMs } = load(`require('@pulumi/pulumi'); const t1 = process.hrtime.bigint(); require(${face}); globalThis.faceMs = Number(process.hrtime.bigint() - t1) / 1e6;`);
    expect(packages).toEqual(expect.arrayContaining(['@pulumi/pulumi', '@pulumi/confluentcloud']));
    expect(packages.filter((p) => CLOUDS.includes(p))).toEqual([]);
    // The import cost is printed, not asserted: timings belong to `npm run bench*`, never to a test.
    expect(faceMs).toBeGreaterThan(0);
    process.stdout.write(`kafka-iac/confluent/pulumi on top of @pulumi/pulumi: ${Math.round(faceMs!)} ms (tsx, uncompiled)\n`);
  });

  test('public and GCP programs load no AWS or Azure SDK; an AWS endpoint then loads @pulumi/aws only', () => {
    // One process, programs in this order: what a program loads is what require.cache holds after it.
    const program = (cloud: string, networking: string) => `
      new ConfluentKafka('k-${cloud}-' + (++n), { environment: { kind: 'create', displayName: 'e' },
        cluster: { type: 'dedicated', cloud: '${cloud}', region: '${cloud === 'GCP' ? 'us-central1' : 'us-east-2'}', displayName: 'k', cku: 2 },
        networking: ${networking}, waitForApiKeys: false });
      loaded.push(Object.keys(require.cache).filter((k) => /@pulumi[\\\\/](aws|gcp|azure-native)[\\\\/]/.test(k)).map((k) => /@pulumi[\\\\/]([a-z-]+)/.exec(k)[1]).filter((v, i, a) => a.indexOf(v) === i).sort().join(','));`;
    const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', `
      const pulumi = require('@pulumi/pulumi');
      const { defaultResourceResult } = require('./lib/testing/pulumi-mocks');
      pulumi.runtime.setMocks({ newResource: (a) => defaultResourceResult(a), call: (a) => a.inputs }, 'p', 's', false);
      const { ConfluentKafka } = require(${face});
      const loaded = []; let n = 0;
      ${program('AWS', "{ kind: 'public' }")}
      ${program('GCP', "{ kind: 'privatelink', allowedAccounts: ['my-project-123'], zones: ['us-central1-a'], endpoint: { cloud: 'GCP', project: 'my-project-123', network: 'n', subnetwork: 's' } }")}
      ${program('AWS', "{ kind: 'privatelink', allowedAccounts: ['123456789012'], endpoint: { cloud: 'AWS', vpcId: 'vpc-1', subnetIds: ['s'], allowedCidrs: ['10.0.0.0/16'] } }")}
      process.stdout.write(JSON.stringify(loaded));`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(r.stderr);
    expect(JSON.parse(r.stdout)).toEqual(['', 'gcp', 'aws,gcp']);
  });
});
