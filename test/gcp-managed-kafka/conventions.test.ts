/**
 * Conventions for the Managed Kafka target: every optional prop documents its default; the pure plan imports no
 * cloud SDK. (The embedded key lists are compared with the reference lists in test/core/keys.test.ts.)
 */
import * as fs from 'fs';
import * as path from 'path';

const LIB = path.join(__dirname, '../../lib/gcp-managed-kafka');

function undocumentedOptionals(source: string): string[] {
  const lines = source.split('\n');
  const missing: string[] = [];
  let inClass = false; // class members are outputs, not props
  lines.forEach((line, i) => {
    if (/^export class /.test(line)) inClass = true;
    if (line === '}') inClass = false;
    const m = /^\s*readonly (\w+)\?:/.exec(line);
    if (!m || inClass) return;
    let j = i - 1;
    if (!/\*\/\s*$/.test(lines[j] ?? '')) return void missing.push(m[1]!);
    let doc = '';
    while (j >= 0 && !/\/\*\*/.test(lines[j]!)) doc = `${lines[j--]}\n${doc}`;
    if (!/@default\b/.test(doc)) missing.push(m[1]!);
  });
  return missing;
}

test.each(['spec.ts', 'pulumi/managed-kafka-cluster.ts'])('%s: optional props have @default', (file) => {
  expect(undocumentedOptionals(fs.readFileSync(path.join(LIB, file), 'utf8'))).toEqual([]);
});

test('the check finds an undocumented optional', () => {
  expect(undocumentedOptionals('interface X {\n  /** doc */\n  readonly a?: string;\n  readonly b?: number;\n}')).toEqual(['a', 'b']);
});

test('the pure plan imports no cloud SDK', () => {
  const pure = fs.readdirSync(LIB).filter((f) => f.endsWith('.ts'));
  for (const f of pure) expect([f, fs.readFileSync(path.join(LIB, f), 'utf8')]).not.toEqual([f, expect.stringMatching(/from '(@pulumi|aws-cdk-lib|constructs)/)]);
});
