/**
 * Every CDK example: construct paths and the whole template as snapshots (ids are a contract), cdk-nag
 * AwsSolutions with no unacknowledged finding, cfn-lint without errors, and the built-in CloudFormation
 * validator in strict mode for the default app.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import * as expressDefault from '../../../examples/cdk/express-default';
import * as provisionedTieredScram from '../../../examples/cdk/provisioned-tiered-scram';
import * as serverlessClient from '../../../examples/cdk/serverless-client';
import { MskCluster } from '../../../lib/msk/cdk';
import * as msk from 'aws-cdk-lib/aws-msk';
import { constructPaths, stableTemplate } from '../../../lib/testing/cdk';

const EXAMPLES: Record<string, (app: App) => Stack> = {
  'express-default': expressDefault.buildApp,
  'provisioned-tiered-scram': provisionedTieredScram.buildApp,
  'serverless-client': serverlessClient.buildApp,
};

/**
 * cfn-lint findings accepted, each with its reason. Anything else (every error, any other warning) fails.
 * W3005 (DependsOn duplicates a Ref/GetAtt): aws-cdk-lib adds these DependsOn entries itself on the Lambda
 * functions of its custom resource providers (the VPC default-security-group cleanup and AwsCustomResource);
 * they are redundant, not wrong, and not ours to change.
 */
const ACCEPTED_CFN_LINT = new Set(['W3005']);

/** AwsSolutions rules acknowledged in code, by construct path, with their reasons: the contract a reviewer signs off. */
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

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-examples-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

const built = Object.entries(EXAMPLES).map(([name, build]) => {
  const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, name) });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = build(app);
  return { name, app, stack };
});

describe.each(built)('example $name', ({ app, stack }) => {
  test('cdk-nag AwsSolutions: synth passes, so every finding is fixed or acknowledged with a reason', () => {
    const exitCode = process.exitCode;
    expect(() => app.synth()).not.toThrow();
    process.exitCode = exitCode;
    expect(acknowledgements(app)).toMatchSnapshot();
  });

  test('construct paths and logical ids (stable ids contract)', () => {
    expect(constructPaths(stack)).toMatchSnapshot();
  });

  test('whole template', () => {
    expect(stableTemplate(stack)).toMatchSnapshot();
  });

  test('env-agnostic: no account, region or context lookups', () => {
    expect(stack.environment).toBe('aws://unknown-account/unknown-region');
    expect(app.synth().manifest.missing ?? []).toEqual([]);
  });
});

test('cfn-lint: no errors and no unaccepted warnings in any example', () => {
  const templates = built.map(({ app, stack }) => app.synth().getStackByName(stack.stackName).templateFullPath);
  const r = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...templates], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`cfn-lint could not run (it must be installed: pip install cfn-lint): ${r.error.message}`);
  // Exit codes: 0 clean, 2 errors, 4 warnings, 8 informational (bit flags); anything else is a crash.
  expect(r.status! & ~(2 | 4 | 8)).toBe(0);
  const findings = r.stdout.split('\n').filter(Boolean).map((line) => {
    const [file, , , , , rule, ...message] = line.split(':');
    return { file: path.basename(file!), rule: rule!, message: message.join(':') };
  });
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(findings.filter((f) => !ACCEPTED_CFN_LINT.has(f.rule))).toEqual([]);
  expect(findings.length).toBeGreaterThan(0); // the accepted W3005s: proof that cfn-lint ran over the templates
});

test('the default example passes the built-in CloudFormation validator in strict mode', () => {
  const app = new App({
    builtinCloudFormationValidation: true,
    context: { '@aws-cdk/core:strictCfnValidateErrors': true },
    outdir: path.join(outdir, 'strict'),
  });
  expressDefault.buildApp(app);
  const exitCode = process.exitCode;
  expect(() => app.synth()).not.toThrow();
  process.exitCode = exitCode;
});

describe('controls: the checks above can fail', () => {
  test('cdk-nag is active: broker logs off raises AwsSolutions-MSK6', () => {
    const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'nag-control') });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    new MskCluster(new Stack(app, 'NoLogs'), 'Cluster', { kind: 'express', clusterName: 'quiet', logging: { cloudWatch: false } });
    const exitCode = process.exitCode;
    expect(() => app.synth()).toThrow(/AwsSolutions-MSK6/);
    process.exitCode = exitCode; // the plugin sets it on failure
  });

  test('the strict validator rejects an MSK cluster without its required properties', () => {
    const app = new App({
      builtinCloudFormationValidation: true,
      context: { '@aws-cdk/core:strictCfnValidateErrors': true },
      outdir: path.join(outdir, 'strict-control'),
    });
    const stack = new Stack(app, 'Broken');
    new msk.CfnCluster(stack, 'Cluster', { clusterName: 'broken', kafkaVersion: '3.9.x.kraft', numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: 'kafka.m7g.large', clientSubnets: [] } })
      .addPropertyDeletionOverride('BrokerNodeGroupInfo');
    const exitCode = process.exitCode;
    expect(() => app.synth()).toThrow(/'BrokerNodeGroupInfo' is a required property/);
    process.exitCode = exitCode;
  });
});
