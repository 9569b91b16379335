/** Conventions §7: every optional prop of the CDK face documents its default with `@default`. */
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.join(__dirname, '../../../lib/msk/cdk');

function undocumentedOptionals(source: string): string[] {
  const lines = source.split('\n');
  const missing: string[] = [];
  let inInterface = false; // class members are outputs, not props
  lines.forEach((line, i) => {
    if (/^(export )?interface /.test(line)) inInterface = true;
    if (line === '}') inInterface = false;
    const m = /^\s*readonly (\w+)\?:/.exec(line);
    if (!m || !inInterface) return;
    // The JSDoc block right above the property.
    let j = i - 1;
    if (!/\*\/\s*$/.test(lines[j] ?? '')) return void missing.push(m[1]!);
    let doc = '';
    while (j >= 0 && !/\/\*\*/.test(lines[j]!)) doc = `${lines[j--]}\n${doc}`;
    doc = `${lines[j] ?? ''}\n${doc}`;
    if (!/@default\b/.test(doc)) missing.push(m[1]!);
  });
  return missing;
}

test.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s: optional props have @default', (file) => {
  expect(undocumentedOptionals(fs.readFileSync(path.join(DIR, file), 'utf8'))).toEqual([]);
});

test('the check itself finds an undocumented optional', () => {
  expect(undocumentedOptionals('interface X {\n  /** doc */\n  readonly a?: string;\n  readonly b?: number;\n  /**\n   * c\n   * @default 1\n   */\n  readonly c?: number;\n}')).toEqual(['a', 'b']);
});
