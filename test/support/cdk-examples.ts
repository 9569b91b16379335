/**
 * Shared checks for CDK example apps: synthesis with cdk-nag, the acknowledgements a reviewer signs off, cfn-lint
 * over every template in one call, and the strict built-in CloudFormation validator.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CloudFormationValidatePlugin, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { constructPaths, stableTemplate } from '../../lib/testing/cdk';

export interface BuiltExample {
  readonly name: string;
  readonly app: App;
  readonly stack: Stack;
}

/** A temp folder for cloud assemblies, removed after the test file. */
export function assemblyDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Builds each example into its own App with AwsSolutions checks on and the built-in validator off. */
export function buildExamples(examples: Record<string, (app: App) => Stack>, outdir: string): BuiltExample[] {
  return Object.entries(examples).map(([name, build]) => {
    const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, name) });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    return { name, app, stack: build(app) };
  });
}

/** Synthesizes `app`; cdk-nag sets process.exitCode on findings, which must not leak into Jest's exit code. */
export function synthKeepingExitCode(app: App): void {
  const exitCode = process.exitCode;
  try {
    app.synth();
  } finally {
    process.exitCode = exitCode;
  }
}

/** AwsSolutions rules acknowledged in code, by construct path, with their reasons. */
export function acknowledgements(root: IConstruct): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const c of root.node.findAll()) {
    for (const m of c.node.metadata.filter((e) => e.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)) {
      for (const [id, reason] of Object.entries(m.data as Record<string, string>)) {
        if (id.includes('AwsSolutions')) out[c.node.path] = { ...out[c.node.path], [id]: reason };
      }
    }
  }
  return out;
}

export interface CfnLintFinding {
  readonly file: string;
  readonly rule: string;
  readonly message: string;
}

/** Runs cfn-lint once over the examples' templates. Throws (never skips) when cfn-lint cannot run. */
export function cfnLint(built: readonly BuiltExample[]): CfnLintFinding[] {
  const templates = built.map(({ app, stack }) => app.synth().getStackByName(stack.stackName).templateFullPath);
  const r = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...templates], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`cfn-lint could not run (it must be installed: pip install cfn-lint): ${r.error.message}`);
  // Exit codes: 0 clean, 2 errors, 4 warnings, 8 informational (bit flags); anything else is a crash.
  if ((r.status! & ~(2 | 4 | 8)) !== 0) throw new Error(`cfn-lint crashed (exit ${r.status}):\n${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((line) => {
    const [file, , , , , rule, ...message] = line.split(':');
    return { file: path.basename(file!), rule: rule!, message: message.join(':') };
  });
}

/**
 * The one W3005 (a DependsOn that repeats a reference) cfn-lint reports in the examples, and never on a kafka-iac
 * resource: the handler function of aws-cdk-lib's `CustomResourceProvider`, the framework behind
 * `Vpc.restrictDefaultSecurityGroup` (`Custom::VpcRestrictDefaultSG`) and cross-region references
 * (`Custom::CrossRegionExportWriter` / `Reader`), declares DependsOn its role while its `Role` property reads the role's Arn.
 */
export function isAwsCdkProviderW3005(f: CfnLintFinding): boolean {
  const m = /^'(Custom(?:VpcRestrictDefaultSG|CrossRegionExportWriter|CrossRegionExportReader)CustomResourceProvider)Role[0-9A-F]{8}' dependency already enforced by a 'GetAtt' at 'Resources\/(\w+)\/Properties\/Role'$/.exec(f.message);
  return f.rule === 'W3005' && m !== null && new RegExp(`^${m[1]}Handler[0-9A-F]{8}$`).test(m[2]!);
}

/** Findings outside the test's accepted rules (each with its reason there) and other than aws-cdk-lib's provider W3005. */
export function unacceptedCfnLint(findings: readonly CfnLintFinding[], accepted: ReadonlySet<string>): CfnLintFinding[] {
  return findings.filter((f) => !accepted.has(f.rule) && !isAwsCdkProviderW3005(f));
}

let validator: CloudFormationValidatePlugin | undefined;

/**
 * An App whose synthesis runs the built-in CloudFormation validator (default rules) with errors fatal. The plugin is
 * registered explicitly, so it runs although test/support/jest-setup.ts turns the implicit one off; one instance per
 * test file, so its engine starts once.
 */
/**
 * The contract tests of a one-stack example file: construct paths and the whole template as snapshots (ids are a
 * contract), and cfn-lint with no error and no unaccepted warning. `ignore` drops the findings cfn-lint cannot judge
 * (each call says why).
 */
export function exampleStackContract(built: readonly BuiltExample[], stack: Stack, ignore: (f: CfnLintFinding) => boolean = () => false): void {
  test('construct paths and logical ids (stable ids contract)', () => {
    expect(constructPaths(stack)).toMatchSnapshot();
  });

  test('whole template', () => {
    expect(stableTemplate(stack)).toMatchSnapshot();
  });

  test('cfn-lint: no errors and no unaccepted warnings', () => {
    const findings = cfnLint(built).filter((f) => !ignore(f));
    expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
    expect(unacceptedCfnLint(findings, new Set())).toEqual([]);
  });
}

export function strictApp(outdir?: string): App {
  const app = new App({ builtinCloudFormationValidation: true, context: { '@aws-cdk/core:strictCfnValidateErrors': true }, outdir });
  Validations.of(app).addPlugins(validator ??= new CloudFormationValidatePlugin());
  return app;
}
