/**
 * Every CDK example: construct paths and the whole template as snapshots (ids are a contract), cdk-nag
 * AwsSolutions with no unacknowledged finding, cfn-lint without errors, and the built-in CloudFormation
 * validator in strict mode for the default app.
 */
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as expressDefault from '../../../examples/cdk/express-default';
import * as expressTopics from '../../../examples/cdk/express-topics';
import * as mskLambdaConsumer from '../../../examples/cdk/msk-lambda-consumer';
import * as provisionedTieredScram from '../../../examples/cdk/provisioned-tiered-scram';
import * as serverlessClient from '../../../examples/cdk/serverless-client';
import { MskCluster } from '../../../lib/msk/cdk';
import * as msk from 'aws-cdk-lib/aws-msk';
import { constructPaths, stableTemplate } from '../../../lib/testing/cdk';
import { acknowledgements, assemblyDir, buildExamples, cfnLint, strictApp, synthKeepingExitCode, unacceptedCfnLint } from '../../support/cdk-examples';

const EXAMPLES: Record<string, (app: App) => Stack> = {
  'express-default': expressDefault.buildApp,
  'express-topics': expressTopics.buildApp,
  'msk-lambda-consumer': mskLambdaConsumer.buildApp,
  'provisioned-tiered-scram': provisionedTieredScram.buildApp,
  'serverless-client': serverlessClient.buildApp,
};

/**
 * cfn-lint findings accepted, each with its reason. Anything else (every error, any other warning) fails, but the
 * W3005 of aws-cdk-lib's own provider framework (`isAwsCdkProviderW3005`): no kafka-iac resource has a warning.
 */
const ACCEPTED_CFN_LINT = new Set<string>();

/**
 * The example's own function (msk-lambda-consumer `Billing`): aws-cdk-lib's `lambda.Function` declares DependsOn its
 * role while its `Role` property reads the role's Arn (W3005). Not a kafka-iac resource; accepted for that one only.
 */
const isExampleFunctionW3005 = (f: { rule: string; file: string; message: string }) => f.rule === 'W3005' && f.file === 'KafkaLambdaConsumer.template.json'
  && /^'BillingRole[0-9A-F]{8}' dependency already enforced by a 'GetAtt' at 'Resources\/Billing[0-9A-F]{8}\/Properties\/Role'$/.test(f.message);


const outdir = assemblyDir('kafka-iac-examples-');

const built = buildExamples(EXAMPLES, outdir);

describe.each(built)('example $name', ({ app, stack }) => {
  test('cdk-nag AwsSolutions: synth passes, so every finding is fixed or acknowledged with a reason', () => {
    expect(() => synthKeepingExitCode(app)).not.toThrow();
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
  const findings = cfnLint(built);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(unacceptedCfnLint(findings, ACCEPTED_CFN_LINT).filter((f) => !isExampleFunctionW3005(f))).toEqual([]);
  expect(findings.length).toBeGreaterThan(0); // aws-cdk-lib's provider W3005 (every example has a KafkaVpc): proof that cfn-lint ran
});

test('the default example passes the built-in CloudFormation validator in strict mode', () => {
  const app = strictApp(path.join(outdir, 'strict'));
  expressDefault.buildApp(app);
  expect(() => synthKeepingExitCode(app)).not.toThrow();
});

describe('controls: the checks above can fail', () => {
  test('cdk-nag is active: broker logs off raises AwsSolutions-MSK6', () => {
    const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'nag-control') });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    new MskCluster(new Stack(app, 'NoLogs'), 'Cluster', { kind: 'express', clusterName: 'quiet', logging: { cloudWatch: false } });
    expect(() => synthKeepingExitCode(app)).toThrow(/AwsSolutions-MSK6/);
  });

  test('the strict validator rejects an MSK cluster without its required properties', () => {
    const app = strictApp(path.join(outdir, 'strict-control'));
    const stack = new Stack(app, 'Broken');
    new msk.CfnCluster(stack, 'Cluster', { clusterName: 'broken', kafkaVersion: '3.9.x.kraft', numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: 'kafka.m7g.large', clientSubnets: [] } })
      .addPropertyDeletionOverride('BrokerNodeGroupInfo');
    expect(() => synthKeepingExitCode(app)).toThrow(/'BrokerNodeGroupInfo' is a required property/);
  });
});
