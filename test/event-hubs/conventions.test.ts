/**
 * House rules for lib/event-hubs: pure files import no SDK, every optional prop documents its default, files stay
 * small, and the provider capability row (no geo-replication) matches the installed @pulumi/azure-native.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_CAPABILITIES } from '../../lib/event-hubs';
import { SDK_IMPORT as SDK, tsFiles as files, undocumentedOptionalsOf } from '../support/conventions';

const LIB = path.join(__dirname, '..', '..', 'lib', 'event-hubs');
const AZURE_NATIVE = path.join(__dirname, '..', '..', 'node_modules', '@pulumi', 'azure-native');

test('the plan imports no cloud SDK (only pulumi/ may)', () => {
  const pure = files(LIB).filter((f) => !/\/pulumi\//.test(f));
  expect(pure.length).toBeGreaterThanOrEqual(10);
  expect(pure.filter((f) => SDK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(LIB, f))).toEqual([]);
});

test('the face imports @pulumi/azure-native by submodule only, never the root index', () => {
  const face = files(path.join(LIB, 'pulumi'));
  const imports = face.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/from\s+'(@pulumi\/azure-native[^']*)'/g)].map((m) => m[1]));
  expect(imports.length).toBeGreaterThan(0);
  expect(imports.filter((i) => !/^@pulumi\/azure-native\/[a-z]+$/.test(i))).toEqual([]);
});

test('every optional prop of the spec and the component args documents its default with @default', () => {
  const missing = [path.join(LIB, 'spec.ts'), path.join(LIB, 'pulumi', 'event-hubs-namespace.ts')].flatMap(undocumentedOptionalsOf);
  expect(missing).toEqual([]);
});

test('files stay small (conventions §14: about 400 lines)', () => {
  for (const f of files(LIB)) expect([path.relative(LIB, f), fs.readFileSync(f, 'utf8').split('\n').length <= 420]).toEqual([path.relative(LIB, f), true]);
});

test('provider capabilities match the installed SDK: eventhub has no geoDataReplication and no API-version submodule', () => {
  const eventhubDir = path.join(AZURE_NATIVE, 'eventhub');
  const versioned = fs.readdirSync(eventhubDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  expect(versioned).toEqual([]);
  expect(fs.readFileSync(path.join(eventhubDir, 'namespace.d.ts'), 'utf8')).toContain(`Uses Azure REST API version ${PROVIDER_CAPABILITIES.eventhubApiVersion}.`);
  const inputs = fs.readFileSync(path.join(AZURE_NATIVE, 'types', 'input.d.ts'), 'utf8');
  const start = inputs.indexOf('export declare namespace eventhub {');
  const end = inputs.indexOf('export declare namespace ', start + 10);
  expect(start).toBeGreaterThan(0);
  expect(inputs.slice(start, end).includes('geoDataReplication')).toBe(PROVIDER_CAPABILITIES.geoDataReplication);
  expect(fs.readFileSync(path.join(eventhubDir, 'namespace.d.ts'), 'utf8').includes('geoDataReplication')).toBe(PROVIDER_CAPABILITIES.geoDataReplication);
});
