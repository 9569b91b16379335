/**
 * Conventions for the Managed Kafka target: every optional prop documents its default; the embedded key lists match
 * the reference lists; the pure plan imports no cloud SDK.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clientKeys39, mirrorMaker2Keys39 } from '../../lib/gcp-managed-kafka/connect-keys.generated';
import { readList } from '../support/kafka-keys';

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

test('embedded MirrorMaker 2 and client key lists equal the reference lists', () => {
  expect([...mirrorMaker2Keys39]).toEqual(readList('mirrormaker2-3.9.0-rc3.txt'));
  expect([...clientKeys39]).toEqual(readList('clients-3.9.0-rc3.txt'));
});

test('the pure plan imports no cloud SDK', () => {
  const pure = fs.readdirSync(LIB).filter((f) => f.endsWith('.ts'));
  for (const f of pure) expect([f, fs.readFileSync(path.join(LIB, f), 'utf8')]).not.toEqual([f, expect.stringMatching(/from '(@pulumi|aws-cdk-lib|constructs)/)]);
});
