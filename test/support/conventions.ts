/**
 * Checks of the house conventions shared by the per-target convention tests: which imports make a file impure, the
 * `.ts` files under a folder, and optional props without `@default` (conventions §7).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { KafkaValidationError } from '../../lib/core/issues';

/** An import or require of a cloud SDK or CDK: pure files (lib/core, plans) have none. */
export const SDK_IMPORT = /from\s+['"](aws-cdk-lib|constructs|@pulumi\/[^'"]+|cdk-nag)(\/[^'"]*)?['"]|require\(['"](aws-cdk-lib|constructs|@pulumi)/;

/** Every `.ts` file under `dir`, recursively. */
export function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/**
 * `Owner.prop` of every optional property signature (in interfaces, type aliases and inline object types) whose
 * JSDoc has no `@default` tag. Class members are outputs, not props, and are not property signatures.
 */
export function undocumentedOptionals(source: string, fileName = 'source.ts'): string[] {
  const src = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  const visit = (node: ts.Node, owner: string) => {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) owner = node.name.text;
    if (ts.isPropertySignature(node) && node.questionToken && !ts.getJSDocTags(node).some((t) => t.tagName.text === 'default')) {
      missing.push(`${owner}.${node.name.getText(src)}`);
    }
    ts.forEachChild(node, (c) => visit(c, owner));
  };
  visit(src, '');
  return missing;
}

/** {@link undocumentedOptionals} of a file. */
export function undocumentedOptionalsOf(file: string): string[] {
  return undocumentedOptionals(fs.readFileSync(file, 'utf8'), file);
}

/** Conventions §4: `` `<path>` must <rule>, got: <value>. `` followed by the fix, when there is one. */
export const MESSAGE_GRAMMAR = /^`[^`]+` must .+, got: .+\./;

/** {@link MESSAGE_GRAMMAR} with a fix after the value. */
export const MESSAGE_GRAMMAR_WITH_FIX = /^`[^`]+` must .+, got: .+\. \S/;

/**
 * Runs `fn` and returns the `KafkaValidationError` it throws; fails the test when it throws nothing or something
 * else. The one way the plan tests capture an error before asserting its codes and message.
 */
export function validationErrorOf(fn: () => unknown): KafkaValidationError {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(KafkaValidationError);
  return err as KafkaValidationError;
}
