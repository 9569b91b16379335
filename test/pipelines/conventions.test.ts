/**
 * Conventions for lib/pipelines: the plans import no cloud SDK (only cdk/ and pulumi/ folders may), every optional
 * spec prop documents its default, files stay small.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SDK_IMPORT as SDK, tsFiles as files, undocumentedOptionalsOf } from '../support/conventions';

const LIB = path.join(__dirname, '..', '..', 'lib', 'pipelines');
const face = (f: string) => /(^|[\\/])(cdk|pulumi)[\\/]/.test(path.relative(LIB, f));

test('the plans import no cloud SDK (only cdk/ and pulumi/ may)', () => {
  const pure = files(LIB).filter((f) => !face(f));
  expect(pure.length).toBeGreaterThanOrEqual(8);
  expect(pure.filter((f) => SDK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(LIB, f))).toEqual([]);
});

test('every optional prop documents its default with @default', () => {
  expect(files(LIB).flatMap(undocumentedOptionalsOf)).toEqual([]);
});

test('files stay small (about 400 lines)', () => {
  for (const f of files(LIB)) expect([path.relative(LIB, f), fs.readFileSync(f, 'utf8').split('\n').length <= 420]).toEqual([path.relative(LIB, f), true]);
});
