/**
 * Importing `kafka-iac/event-hubs/pulumi` loads @pulumi/pulumi and a handful of @pulumi/azure-native submodules:
 * never aws-cdk-lib, never the azure-native root index (about 490 modules and ~280 ms on its own). The pure
 * entry `kafka-iac/event-hubs` loads no SDK at all. Each measurement runs in a fresh Node process.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const FACE = path.join(ROOT, 'lib/event-hubs/pulumi/index.ts');
const PURE = path.join(ROOT, 'lib/event-hubs/index.ts');

interface Load { ms: number; pulumiMs: number; azureNative: string[]; packages: string[] }

function load(file: string): Load {
  // @pulumi/pulumi is required first and timed apart, so `ms` is what the entry point adds on top of it.
  const script = `
    const t0 = process.hrtime.bigint();
    ${file === FACE ? "require('@pulumi/pulumi');" : ''}
    const t1 = process.hrtime.bigint();
    require(${JSON.stringify(file)});
    const t2 = process.hrtime.bigint();
    const keys = Object.keys(require.cache);
    const names = new Set();
    for (const k of keys) { const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k); if (m) names.add(m[1].replace(/\\\\/g, '/')); }
    process.stdout.write(JSON.stringify({
      pulumiMs: Number(t1 - t0) / 1e6, ms: Number(t2 - t1) / 1e6, packages: [...names].sort(),
      azureNative: keys.filter((k) => /@pulumi[\\\\/]azure-native[\\\\/]/.test(k)).map((k) => k.split(/azure-native[\\\\/]/)[1].replace(/\\\\/g, '/')).sort(),
    }));`;
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`loading ${file} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('kafka-iac/event-hubs/pulumi', () => {
  let face: Load;
  beforeAll(() => {
    face = load(FACE);
    // The figure reported in the change note; visible with --verbose.
    console.log(`import of lib/event-hubs/pulumi/index.ts: ${face.ms.toFixed(0)} ms on top of @pulumi/pulumi (${face.pulumiMs.toFixed(0)} ms); ${face.azureNative.length} azure-native modules`);
  });

  test('does not load aws-cdk-lib, constructs or other clouds', () => {
    expect(face.packages.filter((p) => ['aws-cdk-lib', 'constructs', 'cdk-nag', '@pulumi/aws', '@pulumi/gcp', '@pulumi/confluentcloud'].includes(p))).toEqual([]);
  });

  test('does not load the @pulumi/azure-native root index, only the submodules it uses', () => {
    expect(face.azureNative).not.toContain('index.js');
    expect(face.azureNative.filter((m) => /^[a-z]+\/index\.js$/.test(m)).sort()).toEqual(
      ['authorization', 'eventhub', 'managedidentity', 'monitor', 'network', 'privatedns'].map((s) => `${s}/index.js`),
    );
    // The root index alone loads ~490 modules of the package; the six submodules load a dozen or so.
    expect(face.azureNative.length).toBeLessThan(40);
  });

  // Import time is reported above, never asserted: a timed assertion fails on a busy machine. The module count
  // above is the deterministic proxy (the root index is what makes the import slow).
});

test('kafka-iac/event-hubs (the pure plan) loads no SDK', () => {
  const pure = load(PURE);
  expect(pure.packages.filter((p) => p.startsWith('@pulumi/') || ['aws-cdk-lib', 'constructs'].includes(p))).toEqual([]);
});
