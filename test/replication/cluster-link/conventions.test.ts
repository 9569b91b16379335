/**
 * Conventions: the plan imports no SDK, every optional prop documents its default, files stay small, every error
 * code is tested, and the Pulumi entry loads @pulumi/confluentcloud and no cloud SDK or CDK.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SDK_IMPORT, tsFiles, undocumentedOptionalsOf } from '../../support/conventions';

const ROOT = path.join(__dirname, '..', '..', '..');
const LIB = path.join(ROOT, 'lib', 'replication', 'cluster-link');

test('the plan imports no cloud SDK (only pulumi/ may)', () => {
  const pure = tsFiles(LIB).filter((f) => !f.includes(`${path.sep}pulumi${path.sep}`));
  expect(pure.length).toBeGreaterThanOrEqual(8);
  expect(pure.filter((f) => SDK_IMPORT.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(LIB, f))).toEqual([]);
});

test('every optional prop of the spec and the component args documents its default', () => {
  expect(undocumentedOptionalsOf(path.join(LIB, 'spec.ts'))).toEqual([]);
  expect(undocumentedOptionalsOf(path.join(LIB, 'pulumi', 'cluster-link.ts'))).toEqual([]);
});

test('files stay small (about 400 lines)', () => {
  for (const f of tsFiles(LIB)) expect([path.relative(LIB, f), fs.readFileSync(f, 'utf8').split('\n').length <= 420]).toEqual([path.relative(LIB, f), true]);
});

test('every error code the plan can raise is asserted by a test', () => {
  const source = tsFiles(LIB).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const codes = new Set([...source.matchAll(/c\.error\(\s*'(cluster-link\/[a-z-]+)'/g)].map((m) => m[1]!));
  const tests = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')).map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8')).join('\n');
  expect([...codes].filter((code) => !tests.includes(`'${code}'`)).sort()).toEqual([]);
  expect(codes.size).toBeGreaterThanOrEqual(25);
});

test('requiring kafka-iac/replication/cluster-link/pulumi loads @pulumi/confluentcloud and no cloud SDK or CDK', () => {
  const face = JSON.stringify(path.join(LIB, 'pulumi', 'index.ts'));
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', `
    require(${face});
    const names = new Set();
    for (const k of Object.keys(require.cache)) {
      const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k);
      if (m) names.add(m[1].replace(/\\\\/g, '/'));
    }
    process.stdout.write(JSON.stringify([...names].sort()));`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  const packages: string[] = JSON.parse(r.stdout);
  expect(packages).toEqual(expect.arrayContaining(['@pulumi/pulumi', '@pulumi/confluentcloud']));
  expect(packages.filter((p) => ['@pulumi/aws', '@pulumi/gcp', '@pulumi/azure-native', 'aws-cdk-lib', 'constructs'].includes(p))).toEqual([]);
});
