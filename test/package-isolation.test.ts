/**
 * Subpath exports load only the SDK their face needs: a Pulumi user never loads aws-cdk-lib, a CDK user never
 * loads @pulumi/pulumi, and plan/core entry points load neither. Each entry runs in a fresh Node process, once.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { distIsFresh } from './support/dist';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// When dist/ is the build of lib/ as it is now (after `npm ci`, whose prepare builds it), the compiled entry points run
// under plain node, as users load them; otherwise the sources run through tsx. Either way each in a fresh process.
const COMPILED = distIsFresh();
const NODE_ARGS = COMPILED ? [] : ['-r', 'tsx/cjs'];

/** `./dist/msk/cdk/index.js` -> itself when compiled, else `lib/msk/cdk/index.ts` (sources mirror dist/). */
function sourceOf(target: string): string {
  const rel = COMPILED ? target : target.replace(/^\.\/dist\//, 'lib/').replace(/\.js$/, '.ts');
  return path.join(ROOT, rel);
}

const entries: [string, string][] = Object.entries(pkg.exports as Record<string, string | { default: string }>)
  .filter(([k]) => k !== './package.json')
  .map(([k, v]) => [k, sourceOf(typeof v === 'string' ? v : v.default)] as [string, string])
  .filter(([, file]) => fs.existsSync(file));

interface Loaded {
  readonly status: number | null;
  readonly stderr: string;
  /** Packages under node_modules the entry loaded, sorted. */
  readonly packages: string[];
  /** Modules of @pulumi/aws the entry loaded. */
  readonly pulumiAwsModules: number;
}

/** One fresh process per entry, asked once for everything the tests below read. */
const loads = new Map<string, Loaded>();
function load(file: string): Loaded {
  const cached = loads.get(file);
  if (cached) return cached;
  const script = `
    require(${JSON.stringify(file)});
    const names = new Set();
    const keys = Object.keys(require.cache);
    for (const k of keys) {
      const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k);
      if (m) names.add(m[1].replace(/\\\\/g, '/'));
    }
    const pulumiAwsModules = keys.filter((k) => /@pulumi[\\\\/]aws[\\\\/]/.test(k)).length;
    process.stdout.write(JSON.stringify({ packages: [...names].sort(), pulumiAwsModules }));`;
  const r = spawnSync(process.execPath, [...NODE_ARGS, '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const loaded: Loaded = { status: r.status, stderr: r.stderr, ...(r.status === 0 ? JSON.parse(r.stdout) : { packages: [], pulumiAwsModules: NaN }) };
  loads.set(file, loaded);
  return loaded;
}

function loadedPackages(file: string): string[] {
  const { status, stderr, packages } = load(file);
  if (status !== 0) throw new Error(`loading ${file} failed:\n${stderr}`);
  return packages;
}

const CDK = ['aws-cdk-lib', 'constructs', 'cdk-nag'];
const isCdk = (p: string) => CDK.includes(p);
const isPulumi = (p: string) => p.startsWith('@pulumi/');

test('the package exports core, aws, msk and testing entry points', () => {
  expect(entries.map(([k]) => k)).toEqual(expect.arrayContaining(['./core', './aws', './aws/cdk', './aws/pulumi', './msk', './msk/cdk', './msk/pulumi']));
});

describe.each(entries)('%s', (name, file) => {
  test('loads only its own cloud SDK', () => {
    const packages = loadedPackages(file);
    if (/\/pulumi$|pulumi\b/.test(name)) {
      expect(packages.filter(isCdk)).toEqual([]);
    } else if (/\/cdk$|cdk\b/.test(name)) {
      expect(packages.filter(isPulumi)).toEqual([]);
    } else if (name !== './testing') {
      expect(packages.filter((p) => isCdk(p) || isPulumi(p))).toEqual([]);
    }
  });
});

test.each(['./aws/pulumi', './msk/pulumi', './self-managed-ec2/pulumi', './replication/pulumi', './pipelines/pulumi'])('the AWS Pulumi entry %s does not pull the whole @pulumi/aws index', (entry) => {
  const file = entries.find(([k]) => k === entry)?.[1];
  if (!file) throw new Error(`${entry} entry missing`);
  const r = load(file);
  expect(r.status).toBe(0);
  // require('@pulumi/aws') alone loads about 300 modules of the package (its index wires every service);
  // the submodules a face needs (msk, ec2, kms, iam, cloudwatch, ...) stay well under half of that.
  expect(r.pulumiAwsModules).toBeLessThan(150);
});
