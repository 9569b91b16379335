import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib', 'testing');
const read = (f: string) => fs.readFileSync(path.join(LIB, f), 'utf8');
const CDK = /from\s+['"](aws-cdk-lib|constructs)(\/[^'"]*)?['"]|require\(['"](aws-cdk-lib|constructs)/;
const PULUMI = /from\s+['"]@pulumi\/[^'"]+['"]|require\(['"]@pulumi\//;

describe('kafka-iac/testing entry points', () => {
  test('the CDK face imports no Pulumi SDK and the Pulumi face no CDK', () => {
    expect(PULUMI.test(read('cdk.ts'))).toBe(false);
    for (const f of fs.readdirSync(LIB).filter((n) => n.startsWith('pulumi'))) {
      expect([f, CDK.test(read(f))]).toEqual([f, false]);
    }
  });

  test('importing the index loads neither SDK until a helper is called', () => {
    const script = `
      const t = require('./lib/testing');
      const sdks = () => [...new Set(Object.keys(require.cache)
        .map((k) => (k.match(/node_modules\\/(aws-cdk-lib|constructs|@pulumi\\/pulumi)\\//) || [])[1]).filter(Boolean))].sort();
      const before = sdks();
      const { App, Stack } = require('aws-cdk-lib');
      const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'S');
      t.constructPaths(stack);
      console.log(JSON.stringify({ before, after: sdks() }));`;
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ before: [], after: ['aws-cdk-lib', 'constructs'] });
  });
});
