/**
 * `kafka-iac/gcp-managed-kafka/pulumi` loads @pulumi/gcp by submodule only (never its index, which wires ~160
 * modules) and never aws-cdk-lib; `kafka-iac/gcp-managed-kafka` loads no cloud SDK at all. Each in a fresh process.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '../../..');

function load(entry: string): { packages: string[]; gcpModules: string[] } {
  const script = `
    require(${JSON.stringify(path.join(ROOT, entry))});
    const keys = Object.keys(require.cache).map((k) => k.split(require('path').sep).join('/'));
    const packages = [...new Set(keys.map((k) => (/node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(k) || [])[1]).filter(Boolean))].sort();
    const gcpModules = keys.filter((k) => k.includes('/@pulumi/gcp/')).map((k) => k.split('/@pulumi/gcp/')[1]).sort();
    process.stdout.write(JSON.stringify({ packages, gcpModules }));`;
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`loading ${entry} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

test('the Pulumi face: @pulumi/gcp submodules only, no CDK, no AWS', () => {
  const { packages, gcpModules } = load('lib/gcp-managed-kafka/pulumi/index.ts');
  expect(packages.filter((p) => ['aws-cdk-lib', 'constructs', 'cdk-nag', '@pulumi/aws', '@pulumi/azure-native'].includes(p))).toEqual([]);
  expect(gcpModules).not.toContain('index.js');
  expect(gcpModules.filter((m) => m.endsWith('.js')).sort()).toEqual(
    ['kms/index.js', 'managedkafka/index.js', 'organizations/index.js', 'projects/index.js', 'utilities.js'].sort(),
  );
});

test('the pure plan: no cloud SDK', () => {
  const { packages } = load('lib/gcp-managed-kafka/index.ts');
  expect(packages.filter((p) => p.startsWith('@pulumi/') || ['aws-cdk-lib', 'constructs'].includes(p))).toEqual([]);
});
