/**
 * The published package, as a user gets it: `npm pack` (whose `prepare` builds dist/, as `npm publish` does), the
 * tarball installed into a scratch project (its parser dependencies from the npm cache or registry) with its peers linked from this repository, then
 * plain `node` there: every subpath export loads, the `kafka-iac` bin prints its help and renders a shipped
 * self-managed example. The tarball holds dist/, docs/ and the examples the docs name, no tests, and every link of
 * README.md and docs/ resolves inside it.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RECOMMENDED_KAFKA_VERSION } from '../lib/self-managed-ec2/defaults';
import { distIsFresh } from './support/dist';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string; version: string; bin: Record<string, string>; scripts: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>; peerDependencies: Record<string, string>;
};
/** Linked next to the peers: the shipped CDK examples run under cdk-nag (examples/cdk/run-with-nag.ts). */
const LINKED = [...Object.keys(pkg.peerDependencies), 'cdk-nag'];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-package-'));
const project = path.join(tmp, 'project');
const installed = path.join(project, 'node_modules', pkg.name);

function run(cmd: string, args: readonly string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.error) throw r.error;
  return r;
}

let tarball = '';
let tarballBytes = 0;
let tarEntries: string[] = [];
const timings: Record<string, number> = {};
const timed = <T>(label: string, f: () => T): T => {
  const t0 = Date.now();
  try {
    return f();
  } finally {
    timings[label] = Date.now() - t0;
  }
};

beforeAll(() => {
  timed('pack', () => {
    const r = run('npm', ['pack', '--pack-destination', tmp, ...(distIsFresh() ? ['--ignore-scripts'] : [])], ROOT, 300_000);
    if (r.status !== 0) throw new Error(`npm pack failed:\n${r.stdout}\n${r.stderr}`);
  });
  tarball = path.join(tmp, fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'))!);
  tarballBytes = fs.statSync(tarball).size;
  tarEntries = run('tar', ['-tzf', tarball], tmp).stdout.split('\n').filter(Boolean).map((e) => e.replace(/^package\//, '')).filter((e) => !e.endsWith('/'));

  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'kafka-iac-user', version: '1.0.0', private: true }));
  timed('install', () => {
    // Its only dependencies are the pure-JS schema parsers (avsc, protobufjs, ajv and ajv's own), from the npm cache
    // when there, else the registry; the cloud SDKs are optional peers, linked below, never fetched.
    const r = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], project);
    if (r.status !== 0) throw new Error(`npm install of the tarball failed:\n${r.stdout}\n${r.stderr}`);
  });
  // The peers a user installs next to the package, linked from this repository (same versions as the tests use).
  for (const name of LINKED) {
    const link = path.join(project, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules', name)), link, 'dir');
  }
}, 360_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (process.env.KAFKA_IAC_PACKAGE_REPORT) {
    process.stdout.write(`package test: ${Object.entries(timings).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}; `
      + `tarball ${tarEntries.length} files, ${(tarballBytes / 1024).toFixed(0)} KiB\n`);
  }
});

describe('the tarball', () => {
  test('building happens before pack and publish (prepare), and on install from git', () => {
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.build).toMatch(/tsc -p tsconfig\.build\.json/);
  });

  test('holds dist/ (every export, its types and the bin), docs/, the examples and README.md', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const f of files) expect(tarEntries).toContain(f.replace(/^\.\//, ''));
      expect(name.startsWith('./')).toBe(true);
    }
    expect(tarEntries).toContain(pkg.bin['kafka-iac']);
    for (const doc of fs.readdirSync(path.join(ROOT, 'docs'))) expect(tarEntries).toContain(`docs/${doc}`);
    expect(tarEntries).toEqual(expect.arrayContaining(['README.md', 'MIGRATIONS.md', 'package.json', 'examples/cdk/self-managed-kraft.ts', 'examples/self-managed-specs.ts']));
  });

  test('no tests, snapshots, scripts or reference lists; source maps only of the library', () => {
    expect(tarEntries.filter((e) => /^(test|scripts|reference|coverage|cdk\.out)\//.test(e) || /\.test\.|__snapshots__|\.tsbuildinfo$/.test(e))).toEqual([]);
    const maps = tarEntries.filter((e) => e.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.filter((m) => !m.startsWith('dist/'))).toEqual([]);
    // Each map points at its source under lib/, which ships too.
    const bad = maps.filter((m) => {
      const sources = (JSON.parse(fs.readFileSync(path.join(installed, m), 'utf8')) as { sources: string[] }).sources;
      return sources.some((s) => !path.resolve(path.dirname(path.join(installed, m)), s).startsWith(path.join(installed, 'lib') + path.sep)
        || !fs.existsSync(path.resolve(path.dirname(path.join(installed, m)), s)));
    });
    expect(bad).toEqual([]);
  });

  test('every link in README.md and docs/, and every examples/ path they name, resolves inside the package', () => {
    const docs = ['README.md', ...tarEntries.filter((e) => /^docs\/[^/]+\.md$/.test(e))];
    const broken: string[] = [];
    for (const file of docs) {
      const text = fs.readFileSync(path.join(installed, file), 'utf8');
      for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(m[1]!)) continue;
        const target = path.resolve(path.dirname(path.join(installed, file)), m[1]!);
        if (!target.startsWith(installed + path.sep) || !fs.existsSync(target)) broken.push(`${file}: ${m[1]}`);
      }
      for (const [mention] of text.matchAll(/(?<![\w/-])examples\/[\w./*-]*[\w*]/g)) {
        // `examples/pulumi/self-managed-*` names every folder it matches: at least one must ship.
        const found = mention.endsWith('*') ? tarEntries.some((e) => e.startsWith(mention.slice(0, -1))) : fs.existsSync(path.join(installed, mention));
        if (!found) broken.push(`${file}: ${mention}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('installed in a project, with plain node', () => {
  test('every subpath export loads', () => {
    const names = Object.keys(pkg.exports).map((k) => `${pkg.name}${k.slice(1)}`);
    const script = `for (const n of ${JSON.stringify(names)}) { const m = require(n); if (!m || Object.keys(m).length === 0) throw new Error(n + ' exports nothing'); }`;
    const r = timed('require exports', () => run(process.execPath, ['-e', script], project));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the bundled Kafka admin function ships and loads on its own: its Kafka client and AWS SDK are inside it', () => {
    expect(tarEntries).toContain('dist/functions/kafka-admin/index.js');
    // The user's project has none of the bundle's packages: it must need none.
    expect(fs.existsSync(path.join(project, 'node_modules', '@platformatic'))).toBe(false);
    const bundle = path.join(installed, 'dist', 'functions', 'kafka-admin', 'index.js');
    const r = run(process.execPath, ['-e', `process.stdout.write(typeof require(${JSON.stringify(bundle)}).handler)`], project);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function');
  });

  test('kafka-iac --help, through the installed bin and through npx', () => {
    const bin = path.join(project, 'node_modules', '.bin', 'kafka-iac');
    const direct = run(bin, ['--help'], project);
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/^Usage: kafka-iac render <module> --out <dir>/);
    const npx = timed('npx --help', () => run('npm', ['exec', '--offline', '--', 'kafka-iac', '--help'], project));
    expect(npx.status).toBe(0);
    expect(npx.stdout).toBe(direct.stdout);
  });

  test('kafka-iac render of the shipped self-managed CDK example writes every node\'s files', () => {
    const out = path.join(tmp, 'rendered');
    const r = timed('render', () => run(process.execPath, [path.join(installed, pkg.bin['kafka-iac']!), 'render', 'node_modules/kafka-iac/examples/cdk/self-managed-kraft.ts', '--out', out], project));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The shipped example runs the recommended version (a test ties the examples to the constant).
    expect(r.stdout).toContain(`orders: Kafka ${RECOMMENDED_KAFKA_VERSION}, dynamic quorum, 9 nodes`);
    expect(fs.readdirSync(out).sort()).toEqual(['broker-1', 'broker-2', 'broker-3', 'broker-4', 'broker-5', 'broker-6', 'controller-1', 'controller-2', 'controller-3']);
    expect(fs.readFileSync(path.join(out, 'broker-1', 'server.properties'), 'utf8')).toMatch(/^process\.roles=broker$/m);
  });

  test('the spec module alone renders with nothing but tsx (the docs\' command)', () => {
    const out = path.join(tmp, 'rendered-dev');
    const r = run(process.execPath, [path.join(installed, pkg.bin['kafka-iac']!), 'render', 'node_modules/kafka-iac/examples/self-managed-specs.ts', '--export', 'devSpec', '--out', out], project);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['combined-1']);
  });
});
