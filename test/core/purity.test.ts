import * as fs from 'fs';
import * as path from 'path';
import { SDK_IMPORT as SDK, tsFiles as files } from '../support/conventions';

/** lib/core and every plan module must stay free of cloud SDKs (conventions: pure core). */
const ROOT = path.join(__dirname, '..', '..', 'lib');

test('lib/core and plan modules import no cloud SDK', () => {
  const pure = [
    ...files(path.join(ROOT, 'core')),
    ...files(ROOT).filter((f) => /(^|\/)[a-z-]*plan\.ts$/.test(f) || /\/plan\//.test(f)),
  ];
  expect(pure.length).toBeGreaterThan(3);
  const offenders = pure.filter((f) => SDK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
  expect(offenders).toEqual([]);
});
