/**
 * The self-managed CDK examples: cdk-nag AwsSolutions with every acknowledgement and its reason snapshotted, construct
 * paths (ids are a contract: a renamed node resource replaces it), the dev template whole, no secret in any template,
 * cfn-lint over both templates in one call, and the strict built-in CloudFormation validator on the dev example.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import * as dev from '../../../examples/cdk/self-managed-dev';
import * as kraft from '../../../examples/cdk/self-managed-kraft';
import { USER_DATA_LIMIT_BYTES } from '../../../lib/self-managed-ec2';
import { constructPaths, stableTemplate } from '../../../lib/testing/cdk';
import { literalText, resourcesOf, secretFindings } from './support';

const EXAMPLES: Record<string, (app: App) => Stack> = { 'self-managed-kraft': kraft.buildApp, 'self-managed-dev': dev.buildApp };

/**
 * cfn-lint findings accepted, each with its reason. Anything else fails.
 * W3005: aws-cdk-lib's own VPC default-security-group provider function declares a DependsOn its Role GetAtt already implies.
 * W3010: AZ names are hard-coded on purpose: a node's volume, interface and subnet live in one AZ, and the node must
 *        come back there after every replacement (the AZ is part of the node identity).
 */
const ACCEPTED_CFN_LINT = new Set(['W3005', 'W3010']);

function acknowledgements(root: IConstruct): Record<string, Record<string, string>> {
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

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-sm-examples-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

const built = Object.entries(EXAMPLES).map(([name, build]) => {
  const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, name) });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = build(app);
  return { name, app, stack };
});

describe.each(built)('example $name', ({ name, app, stack }) => {
  test('cdk-nag AwsSolutions: synth passes, so every finding is fixed or acknowledged with a reason', () => {
    const exitCode = process.exitCode;
    expect(() => app.synth()).not.toThrow();
    process.exitCode = exitCode;
    expect(acknowledgements(app)).toMatchSnapshot();
  });

  test('construct paths and logical ids (stable ids contract)', () => {
    expect(constructPaths(stack)).toMatchSnapshot();
  });

  test('env-agnostic: no account, region or context lookups (the AMI resolves from SSM at deploy time)', () => {
    expect(stack.environment).toBe('aws://unknown-account/unknown-region');
    expect(app.synth().manifest.missing ?? []).toEqual([]);
  });

  test('no secret in the template; every user data below 16 KB', () => {
    const template = JSON.parse(fs.readFileSync(app.synth().getStackByName(stack.stackName).templateFullPath, 'utf8'));
    expect(secretFindings(template)).toEqual([]);
    const lts = resourcesOf(template, 'AWS::EC2::LaunchTemplate');
    expect(lts.length).toBe(name === 'self-managed-dev' ? 1 : 9);
    for (const [, lt] of lts) {
      const userData = literalText((lt.Properties!.LaunchTemplateData as { UserData: unknown }).UserData);
      expect(Buffer.byteLength(userData)).toBeLessThan(USER_DATA_LIMIT_BYTES);
    }
  });
});

test('the dev template, whole', () => {
  expect(stableTemplate(built.find((b) => b.name === 'self-managed-dev')!.stack)).toMatchSnapshot();
});

test('cfn-lint: no errors and no unaccepted warnings in any example', () => {
  const templates = built.map(({ app, stack }) => app.synth().getStackByName(stack.stackName).templateFullPath);
  const r = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...templates], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`cfn-lint could not run (it must be installed: pip install cfn-lint): ${r.error.message}`);
  expect(r.status! & ~(2 | 4 | 8)).toBe(0);
  const findings = r.stdout.split('\n').filter(Boolean).map((line) => {
    const [file, , , , , rule, ...message] = line.split(':');
    return { file: path.basename(file!), rule: rule!, message: message.join(':') };
  });
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(findings.filter((f) => !ACCEPTED_CFN_LINT.has(f.rule))).toEqual([]);
  expect(findings.length).toBeGreaterThan(0); // proof that cfn-lint ran over the templates
});

test('the dev example passes the built-in CloudFormation validator in strict mode', () => {
  const app = new App({ builtinCloudFormationValidation: true, context: { '@aws-cdk/core:strictCfnValidateErrors': true }, outdir: path.join(outdir, 'strict') });
  dev.buildApp(app);
  const exitCode = process.exitCode;
  expect(() => app.synth()).not.toThrow();
  process.exitCode = exitCode;
});
