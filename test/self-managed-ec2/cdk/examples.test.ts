/**
 * The self-managed CDK examples: cdk-nag AwsSolutions with every acknowledgement and its reason snapshotted, construct
 * paths (ids are a contract: a renamed node resource replaces it), the dev template whole, no secret in any template,
 * cfn-lint over both templates in one call, and the strict built-in CloudFormation validator on the dev example.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as dev from '../../../examples/cdk/self-managed-dev';
import * as kraft from '../../../examples/cdk/self-managed-kraft';
import { USER_DATA_LIMIT_BYTES } from '../../../lib/self-managed-ec2';
import { constructPaths, stableTemplate } from '../../../lib/testing/cdk';
import { acknowledgements, assemblyDir, buildExamples, cfnLint, strictApp, synthKeepingExitCode, unacceptedCfnLint } from '../../support/cdk-examples';
import { literalText, resourcesOf, secretFindings } from './support';

const EXAMPLES: Record<string, (app: App) => Stack> = { 'self-managed-kraft': kraft.buildApp, 'self-managed-dev': dev.buildApp };

/**
 * cfn-lint findings accepted, each with its reason. Anything else fails, but the W3005 of aws-cdk-lib's own provider
 * framework (`isAwsCdkProviderW3005`).
 * W3010: AZ names are hard-coded on purpose: a node's volume, interface and subnet live in one AZ, and the node must
 *        come back there after every replacement (the AZ is part of the node identity).
 */
const ACCEPTED_CFN_LINT = new Set(['W3010']);

/**
 * The example's own consumer function (self-managed-kraft `OrdersApp`): aws-cdk-lib's `lambda.Function` declares
 * DependsOn its role while its `Role` property reads the role's Arn (W3005). Not a kafka-iac resource; accepted for that one only.
 */
const isExampleFunctionW3005 = (f: { rule: string; file: string; message: string }) => f.rule === 'W3005' && f.file === 'KafkaSelfManagedKraft.template.json'
  && /^'OrdersAppRole[0-9A-F]{8}' dependency already enforced by a 'GetAtt' at 'Resources\/OrdersApp[0-9A-F]{8}\/Properties\/Role'$/.test(f.message);


const outdir = assemblyDir('kafka-iac-sm-examples-');

const built = buildExamples(EXAMPLES, outdir);

describe.each(built)('example $name', ({ name, app, stack }) => {
  test('cdk-nag AwsSolutions: synth passes, so every finding is fixed or acknowledged with a reason', () => {
    expect(() => synthKeepingExitCode(app)).not.toThrow();
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
  const findings = cfnLint(built);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(unacceptedCfnLint(findings, ACCEPTED_CFN_LINT).filter((f) => !isExampleFunctionW3005(f))).toEqual([]);
  expect(findings.length).toBeGreaterThan(0); // proof that cfn-lint ran over the templates
});

test('the dev example passes the built-in CloudFormation validator in strict mode', () => {
  const app = strictApp(path.join(outdir, 'strict'));
  dev.buildApp(app);
  expect(() => synthKeepingExitCode(app)).not.toThrow();
});
