/**
 * Conventions for the Managed Kafka target: every optional prop documents its default; the pure plan imports no
 * cloud SDK. (The embedded key lists are compared with the reference lists in test/core/keys.test.ts.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { undocumentedOptionals as undocumentedOptionalsByOwner } from '../support/conventions';

const LIB = path.join(__dirname, '../../lib/gcp-managed-kafka');

/** Names of the optional props without `@default` (the shared check, without the owner). */
const undocumentedOptionals = (source: string): string[] => undocumentedOptionalsByOwner(source).map((p) => p.slice(p.indexOf('.') + 1));

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
