import * as fs from 'fs';
import * as path from 'path';

/** lib/core and every plan module must stay free of cloud SDKs (conventions: pure core). */
const ROOT = path.join(__dirname, '..', '..', 'lib');
const SDK = /from\s+['"](aws-cdk-lib|constructs|@pulumi\/[^'"]+|cdk-nag)(\/[^'"]*)?['"]|require\(['"](aws-cdk-lib|constructs|@pulumi)/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

test('lib/core and plan modules import no cloud SDK', () => {
  const pure = [
    ...files(path.join(ROOT, 'core')),
    ...files(ROOT).filter((f) => /(^|\/)[a-z-]*plan\.ts$/.test(f) || /\/plan\//.test(f)),
  ];
  expect(pure.length).toBeGreaterThan(3);
  const offenders = pure.filter((f) => SDK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
  expect(offenders).toEqual([]);
});
