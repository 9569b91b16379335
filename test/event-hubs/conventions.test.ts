/**
 * House rules for lib/event-hubs: pure files import no SDK, every optional prop documents its default, files stay
 * small, and the provider capability row (no geo-replication) matches the installed @pulumi/azure-native.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { PROVIDER_CAPABILITIES } from '../../lib/event-hubs';

const LIB = path.join(__dirname, '..', '..', 'lib', 'event-hubs');
const SDK = /from\s+['"](aws-cdk-lib|constructs|@pulumi\/[^'"]+|cdk-nag)(\/[^'"]*)?['"]|require\(['"](aws-cdk-lib|constructs|@pulumi)/;
const AZURE_NATIVE = path.join(__dirname, '..', '..', 'node_modules', '@pulumi', 'azure-native');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

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
  const missing: string[] = [];
  for (const file of [path.join(LIB, 'spec.ts'), path.join(LIB, 'pulumi', 'event-hubs-namespace.ts')]) {
    const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node, owner: string) => {
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) owner = node.name.text;
      if (ts.isPropertySignature(node) && node.questionToken && !ts.getJSDocTags(node).some((t) => t.tagName.text === 'default')) {
        missing.push(`${owner}.${node.name.getText(src)}`);
      }
      ts.forEachChild(node, (c) => visit(c, owner));
    };
    visit(src, '');
  }
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
