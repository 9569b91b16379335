import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const LIB = path.join(__dirname, '..', '..', 'lib', 'self-managed-ec2');
const SDK = /from\s+['"](aws-cdk-lib|constructs|@pulumi\/[^'"]+|cdk-nag)(\/[^'"]*)?['"]|require\(['"](aws-cdk-lib|constructs|@pulumi)/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

test('the plan and every renderer import no cloud SDK (only cdk/ and pulumi/ faces may)', () => {
  const pure = files(LIB).filter((f) => !/\/(cdk|pulumi)\//.test(f));
  expect(pure.length).toBeGreaterThan(10);
  expect(pure.filter((f) => SDK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(LIB, f))).toEqual([]);
});

test('every optional prop of the spec documents its default with @default', () => {
  const file = path.join(LIB, 'spec.ts');
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  const visit = (node: ts.Node, owner: string) => {
    if (ts.isInterfaceDeclaration(node)) owner = node.name.text;
    if (ts.isPropertySignature(node) && node.questionToken) {
      const tags = ts.getJSDocTags(node).map((t) => t.tagName.text);
      if (!tags.includes('default')) missing.push(`${owner}.${node.name.getText(src)}`);
    }
    ts.forEachChild(node, (c) => visit(c, owner));
  };
  visit(src, '');
  expect(missing).toEqual([]);
});

test('files stay small (conventions §14: about 400 lines)', () => {
  for (const f of files(LIB)) expect([path.relative(LIB, f), fs.readFileSync(f, 'utf8').split('\n').length <= 420]).toEqual([path.relative(LIB, f), true]);
});
