/**
 * Every Pulumi program in README.md and docs/*.md runs under `recordPulumi` with the default mocks and no override,
 * as a reader would run it with `pulumi up`: each block is transpiled as written, its `kafka-iac/<subpath>` imports
 * resolved to `lib/` through the package.json `exports`, and executed as the program. (That every block compiles is
 * test/docs.test.ts.)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { UNKNOWN_PLACEHOLDER, recordPulumi } from '../lib/testing/pulumi';
import { BUILT_FROM_UNDEFINED, stringLeaves } from './support/recorded-strings';
import { docFiles, exportPaths, extractBlocks, TS_LANGS, type DocBlock } from './support/doc-blocks';

const ROOT = path.join(__dirname, '..');
const PATHS = exportPaths(ROOT);

/** A Pulumi program: loads a Pulumi SDK, no CDK, and is not itself a Jest test (those run in test/docs.test.ts's sense only). */
function isPulumiProgram(b: DocBlock): boolean {
  return TS_LANGS.has(b.lang)
    && /from '(@pulumi\/[\w-]+[^']*|kafka-iac\/[\w/-]*pulumi)'/.test(b.code)
    && !/from '(aws-cdk-lib|constructs)[^']*'/.test(b.code)
    && !/^\s*(test|describe)\(/m.test(b.code);
}

const programs = docFiles(ROOT)
  .flatMap((file) => extractBlocks(file, fs.readFileSync(path.join(ROOT, file), 'utf8')))
  .filter(isPulumiProgram);

/** Runs a block's code as a CommonJS module whose `kafka-iac/*` imports load the library's sources. */
function run(block: DocBlock): Record<string, unknown> {
  const js = ts.transpileModule(block.code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  const load = (id: string): unknown => {
    const mapped = PATHS[id]?.[0];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(mapped ?? id);
  };
  const mod = { exports: {} as Record<string, unknown> };
  new Function('require', 'module', 'exports', js)(load, mod, mod.exports);
  return mod.exports;
}

test('the docs hold Pulumi programs for every Pulumi-capable target', () => {
  const targets = new Set(programs.flatMap((b) => [...b.code.matchAll(/from 'kafka-iac\/([\w-]+)/g)].map((m) => m[1])));
  expect([...targets].sort()).toEqual(expect.arrayContaining(['confluent', 'event-hubs', 'gcp-managed-kafka', 'msk', 'replication', 'self-managed-ec2']));
});

describe.each(programs.map((b) => [`${b.file}:${b.line}`, b] as const))('%s', (_where, block) => {
  test('runs under the default mocks: resources registered, outputs resolved, nothing unknown', async () => {
    const rec = await recordPulumi(() => run(block), { project: 'docs', stack: 'dev', config: { 'aws:region': 'us-east-1' } });
    expect(rec.resources.length).toBeGreaterThan(0);
    const recorded = JSON.stringify([rec.resources, rec.outputs]);
    expect(recorded).not.toContain(UNKNOWN_PLACEHOLDER);
    // Names, ids, ARNs and addresses built from an undefined or NaN value (long strings are code, e.g. a function's
    // JavaScript, which may say `undefined` itself).
    const built = stringLeaves([rec.resources, rec.outputs], 'recording').filter(([, v]) => v.length < 200 && BUILT_FROM_UNDEFINED.test(v));
    expect(built).toEqual([]);
  });
});
