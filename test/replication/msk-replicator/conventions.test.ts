/** Conventions §7 for MSK Replicator: every optional prop of the spec and of both faces documents its default. */
import * as path from 'path';
import { tsFiles, undocumentedOptionals, undocumentedOptionalsOf } from '../../support/conventions';

const DIR = path.join(__dirname, '../../../lib/replication/msk-replicator');

test.each(tsFiles(DIR).map((f) => path.relative(DIR, f)))('%s: optional props have @default', (file) => {
  expect(undocumentedOptionalsOf(path.join(DIR, file))).toEqual([]);
});

test('the check itself finds an undocumented optional', () => {
  expect(undocumentedOptionals('interface X {\n  /** doc */\n  readonly a?: string;\n}')).toEqual(['X.a']);
});
