/**
 * The two-Region MSK Replicator example: construct paths and templates of both stacks as snapshots (ids are a
 * contract), cdk-nag AwsSolutions with only the reviewed acknowledgements, cfn-lint without errors.
 */
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as twoRegions from '../../../../examples/cdk/msk-replicator-two-regions';
import { MskCluster } from '../../../../lib/msk/cdk';
import { MskReplicator } from '../../../../lib/replication/msk-replicator/cdk';
import { constructPaths, stableTemplate } from '../../../../lib/testing/cdk';
import { acknowledgements, assemblyDir, cfnLint, synthKeepingExitCode, unacceptedCfnLint, type BuiltExample } from '../../../support/cdk-examples';

/** cfn-lint findings accepted: none, but the W3005 of aws-cdk-lib's own provider framework (`isAwsCdkProviderW3005`). */
const ACCEPTED_CFN_LINT = new Set<string>();

const outdir = assemblyDir('kafka-iac-msk-replicator-');
const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'two-regions') });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
const { primary, standby } = twoRegions.buildApp(app);
const built: BuiltExample[] = [{ name: 'primary', app, stack: primary }, { name: 'standby', app, stack: standby }];

test('cdk-nag AwsSolutions: synth passes; the only acknowledgements are the execution role wildcards, each with its reason, and the runtime of aws-cdk-lib\'s custom-resource Lambda', () => {
  expect(() => synthKeepingExitCode(app)).not.toThrow();
  const acks = acknowledgements(app);
  const providers = ['KafkaDrPrimary/AWS679f53fac002430cb0da5b7982bd2287', 'KafkaDrStandby/AWS679f53fac002430cb0da5b7982bd2287'];
  expect(Object.keys(acks)).toEqual([...providers, 'KafkaDrStandby/Replicator/ExecutionRole']);
  for (const p of providers) expect(Object.keys(acks[p]!)).toEqual(['Annotation::AwsSolutions-L1']);
  const entries = Object.entries(acks['KafkaDrStandby/Replicator/ExecutionRole']!);
  expect(entries.every(([id, reason]) => id.startsWith('Annotation::AwsSolutions-IAM5[Resource::') && reason.startsWith('orders-use1-to-usw2: '))).toBe(true);
  expect(acks).toMatchSnapshot();
});

describe.each(built)('stack $name', ({ stack }) => {
  test('construct paths and logical ids (stable ids contract)', () => {
    expect(constructPaths(stack)).toMatchSnapshot();
  });

  test('whole template', () => {
    expect(stableTemplate(stack)).toMatchSnapshot();
  });
});

test('each stack has its Region; the replicator is in the target cluster\'s', () => {
  expect([primary.region, standby.region]).toEqual(['us-east-1', 'us-west-2']);
  const replicator = standby.node.findChild('Replicator') as MskReplicator;
  expect(replicator.plan.crossRegion).toBe(true);
  expect(primary.node.findAll().some((c) => c instanceof MskReplicator)).toBe(false);
  expect(app.synth().manifest.missing ?? []).toEqual([]);
});

test('cfn-lint: no errors and no unaccepted warnings in either template', () => {
  const findings = cfnLint(built);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(unacceptedCfnLint(findings, ACCEPTED_CFN_LINT)).toEqual([]);
});

test('control: without the acknowledgements cdk-nag reports the role wildcards', () => {
  const control = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'control') });
  Validations.of(control).addPlugins(new AwsSolutionsChecks(control));
  const stack = new Stack(control, 'Control', { env: { region: 'eu-west-1' } });
  const cluster = new MskCluster(stack, 'C', { kind: 'express', clusterName: 'c' });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('kafka.amazonaws.com') });
  role.addToPolicy(new iam.PolicyStatement({ actions: ['kafka-cluster:DescribeTopic'], resources: [`${cluster.clusterArn}/*`] }));
  expect(() => synthKeepingExitCode(control)).toThrow(/AwsSolutions-IAM5/);
});
