/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  // Builds dist/functions/ (the admin function's bundle) when missing or stale: the CDK and Pulumi faces read it;
  // runs python3 and cfn-lint without the pyenv shim in front of them, where there is one.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // CDK's default (non-strict) template validator off in-process; Pulumi's per-promise debug traces formatted cheaply.
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  // Jest's default on a 2-core machine is one worker (cores - 1); the main process mostly waits, so use both.
  maxWorkers: '100%',
};
