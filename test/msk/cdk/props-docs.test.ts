/** Conventions §7: every optional prop of the CDK face documents its default with `@default`. */
import * as fs from 'fs';
import * as path from 'path';
import { undocumentedOptionals as undocumentedOptionalsByOwner } from '../../support/conventions';

const DIR = path.join(__dirname, '../../../lib/msk/cdk');

/** Names of the optional props without `@default` (the shared check, without the owner). */
const undocumentedOptionals = (source: string): string[] => undocumentedOptionalsByOwner(source).map((p) => p.slice(p.indexOf('.') + 1));

test.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s: optional props have @default', (file) => {
  expect(undocumentedOptionals(fs.readFileSync(path.join(DIR, file), 'utf8'))).toEqual([]);
});

test('the check itself finds an undocumented optional', () => {
  expect(undocumentedOptionals('interface X {\n  /** doc */\n  readonly a?: string;\n  readonly b?: number;\n  /**\n   * c\n   * @default 1\n   */\n  readonly c?: number;\n}')).toEqual(['a', 'b']);
});
