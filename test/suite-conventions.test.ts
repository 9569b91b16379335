/**
 * Conventions of the test suite itself. test/support/jest-setup.ts turns CDK's implicit CloudFormation validator
 * off for in-process apps, so a test that wants strict validation must build its app with `strictApp`
 * (test/support/cdk-examples.ts), which registers the validator explicitly: a test that only set the strict context
 * on a plain `App` would silently validate nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tsFiles } from './support/conventions';

const TEST = __dirname;

test('jest.config.js runs test/support/jest-setup.ts in every test file', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config as Jest reads it
  const config = require(path.join(TEST, '..', 'jest.config.js')) as { setupFiles?: string[] };
  expect(config.setupFiles).toContain('<rootDir>/test/support/jest-setup.ts');
});

test('strict CloudFormation validation is asked for only through strictApp', () => {
  const outside = tsFiles(TEST).filter((f) => !f.startsWith(path.join(TEST, 'support') + path.sep) && f !== __filename)
    .filter((f) => /strictCfnValidateErrors|builtinCloudFormationValidation:\s*true/.test(fs.readFileSync(f, 'utf8')));
  expect(outside.map((f) => path.relative(TEST, f))).toEqual([]);
});

test('the implicit validator is off in this process, and only here', () => {
  expect(process.env.CDK_VALIDATION).toBe('false');
  expect({ ...process.env }.CDK_VALIDATION).toBeUndefined();
});
