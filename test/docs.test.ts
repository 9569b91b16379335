/**
 * Every TypeScript block of README.md and docs/*.md compiles, with tsconfig.json's strict options and the package's
 * own `kafka-iac/<subpath>` imports resolved to `lib/`. A block is a complete program unless it has a prelude
 * below: the few declarations it assumes, each with the reason.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkBlocks, docFiles, extractBlocks, TS_LANGS, type DocBlock, type Prelude } from './support/doc-blocks';

const ROOT = path.join(__dirname, '..');

/** Blocks that show one step of a larger program. Keep this list short: a block should rather be complete. */
const PRELUDES: readonly Prelude[] = [
  {
    file: 'README.md',
    block: 'new MyKafkaStack(',
    reason: 'a snapshot test of the reader\'s own stack class, which their app defines',
    code: [`import { Stack } from 'aws-cdk-lib';`, `declare class MyKafkaStack extends Stack {}`].join('\n'),
  },
];

const blocks: DocBlock[] = docFiles(ROOT).flatMap((file) => extractBlocks(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));

test('the docs have TypeScript blocks to check', () => {
  const counts = Object.fromEntries(docFiles(ROOT).map((f) => [f, blocks.filter((b) => b.file === f && TS_LANGS.has(b.lang)).length]));
  expect(counts['README.md']).toBeGreaterThanOrEqual(4);
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(15);
});

test('no TypeScript hides in a block tagged otherwise (or not at all), where it would not be checked', () => {
  const untagged = blocks.filter((b) => !TS_LANGS.has(b.lang) && /^\s*(import|export)\s.*\bfrom\s+['"]|^\s*(const|let)\s+\w+\s*(:[^=]+)?=\s*new\s/m.test(b.code));
  expect(untagged.map((b) => `${b.file}:${b.line} (${b.lang || 'no language'})`)).toEqual([]);
});

test('every TypeScript block of README.md and docs/*.md compiles', () => {
  const { errors } = checkBlocks(ROOT, blocks, PRELUDES);
  expect(errors).toEqual([]);
});

describe('the check itself', () => {
  const complete: DocBlock = {
    file: 'docs/example.md', line: 10, lang: 'ts',
    code: [`import { App, Stack } from 'aws-cdk-lib';`, `new Stack(new App(), 'Kafka');`].join('\n'),
  };

  test('a complete block passes', () => {
    expect(checkBlocks(ROOT, [complete], []).errors).toEqual([]);
  });

  test('a block that does not compile fails, named by file and markdown line', () => {
    const broken: DocBlock = { ...complete, code: `${complete.code}\nnew Stack(undeclaredScope, 'Other');` };
    expect(checkBlocks(ROOT, [broken], []).errors).toEqual([
      `docs/example.md:13:11: TS2304: Cannot find name 'undeclaredScope'.`,
    ]);
  });

  test('a wrong prop of a library component fails', () => {
    const broken: DocBlock = {
      ...complete,
      code: [
        `import { MirrorMaker2 } from 'kafka-iac/replication/pulumi';`,
        `new MirrorMaker2('mm2', { vpc: 'vpc-1' });`,
      ].join('\n'),
    };
    expect(checkBlocks(ROOT, [broken], []).errors).toEqual([
      expect.stringMatching(/^docs\/example\.md:12:\d+: TS2353: Object literal may only specify known properties, and 'vpc' does not exist in type 'MirrorMaker2Args'/),
    ]);
  });

  test('a prelude supplies what a block assumes, and must match exactly one block', () => {
    const fragment: DocBlock = { ...complete, code: `import { App } from 'aws-cdk-lib';\nvoid new Kafka(new App(), 'Kafka');` };
    const prelude: Prelude = { file: fragment.file, block: 'new Kafka(', reason: 'test', code: `import { Stack } from 'aws-cdk-lib';\nclass Kafka extends Stack {}` };
    expect(checkBlocks(ROOT, [fragment], []).errors).toEqual([`docs/example.md:12:10: TS2304: Cannot find name 'Kafka'.`]);
    expect(checkBlocks(ROOT, [fragment], [prelude]).errors).toEqual([]);
    expect(checkBlocks(ROOT, [fragment], [{ ...prelude, block: 'not in any block' }]).errors).toContainEqual(
      expect.stringContaining('matches 0 TypeScript blocks'));
  });

  test('blocks are fenced code of any language; only ts and typescript are checked', () => {
    const text = ['# T', '```sh', 'npm test', '```', '', '```typescript', 'const a: number = 1;', 'void a;', '```', '```', 'plain', '```'].join('\n');
    expect(extractBlocks('x.md', text)).toEqual([
      { file: 'x.md', line: 2, lang: 'sh', code: 'npm test' },
      { file: 'x.md', line: 6, lang: 'typescript', code: 'const a: number = 1;\nvoid a;' },
      { file: 'x.md', line: 10, lang: '', code: 'plain' },
    ]);
  });
});
