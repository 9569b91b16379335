/** Conventions §7: every optional argument of the MirrorMaker 2 Pulumi face documents its default with `@default`. */
import * as fs from 'fs';
import * as path from 'path';
import { undocumentedOptionalsOf } from '../../../support/conventions';

const DIR = path.join(__dirname, '../../../../lib/replication/mirror-maker/pulumi');

test.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s: optional args have @default', (file) => {
  expect(undocumentedOptionalsOf(path.join(DIR, file))).toEqual([]);
});

test('the replication Pulumi entry loads @pulumi/aws by submodule, never its whole index, and no CDK', () => {
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const entry = path.join(__dirname, '../../../../lib/replication/pulumi/index.ts');
  const script = `require(${JSON.stringify(entry)}); const k = Object.keys(require.cache);
    process.stdout.write(JSON.stringify({ aws: k.filter((x) => /@pulumi[\\\\/]aws[\\\\/]/.test(x)).length, cdk: k.some((x) => /node_modules[\\\\/](aws-cdk-lib|constructs)[\\\\/]/.test(x)) }))`;
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: path.join(__dirname, '../../../..'), encoding: 'utf8' });
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as { aws: number; cdk: boolean };
  expect(out.cdk).toBe(false);
  expect(out.aws).toBeLessThan(150);
});
