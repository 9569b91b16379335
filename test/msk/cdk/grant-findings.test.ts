/**
 * cdk-nag 3 and the grants: a role granted read and write with prefixes gets one AwsSolutions-IAM5 finding per prefix,
 * whose id embeds CloudFormation JSON; `acknowledgeGrantFindings(role)` is the only acknowledgement a user adds for the
 * stack to pass AwsSolutionsChecks (provisioned, Serverless, cluster in another stack). The self-managed grant methods
 * name exact ARNs and leave no finding.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { acknowledgeGrantFindings, MskCluster, MskServerlessCluster } from '../../../lib/msk/cdk';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/cdk';
import { devSpec } from '../../../examples/self-managed-specs';
import { acknowledgements, assemblyDir, synthKeepingExitCode } from '../../support/cdk-examples';

const outdir = assemblyDir('kafka-iac-grant-findings-');
let n = 0;

/** A nagged app; `build` adds the cluster and the client role (path `<stack>/Client`). */
function nagged(build: (app: App) => iam.Role, acknowledge: boolean): { app: App; role: iam.Role; error?: string } {
  const app = new App({ builtinCloudFormationValidation: false, outdir: `${outdir}/${n++}` });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const role = build(app);
  if (acknowledge) acknowledgeGrantFindings(role);
  try {
    synthKeepingExitCode(app);
    return { app, role };
  } catch (e) {
    return { app, role, error: String(e) };
  }
}

const client = (stack: Stack) => new iam.Role(stack, 'Client', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'), description: 'orders service' });

const provisioned = (app: App) => {
  const stack = new Stack(app, 'Kafka');
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', brokerNodes: 3 });
  const role = client(stack);
  cluster.grantRead(role, { topics: ['orders.*', 'audit'], groups: ['billing-*'] });
  cluster.grantWrite(role, { topics: ['orders.*'], transactionalIds: ['billing-tx-*'] });
  return role;
};

const serverless = (app: App) => {
  const stack = new Stack(app, 'Kafka');
  const cluster = new MskServerlessCluster(stack, 'Cluster', { clusterName: 'events' });
  const role = client(stack);
  cluster.grantRead(role, { topics: ['events.*'], groups: ['processor'] });
  cluster.grantWrite(role, { topics: ['events.*'] });
  return role;
};

/** The cluster in one stack, the role in another: the policy reads the cluster ARN through an export. */
const crossStack = (app: App) => {
  const cluster = new MskCluster(new Stack(app, 'Kafka'), 'Cluster', { kind: 'express', clusterName: 'orders', brokerNodes: 3 });
  const role = client(new Stack(app, 'Apps'));
  cluster.grantRead(role, { topics: ['orders.*'], groups: ['billing-*'] });
  cluster.grantWrite(role, { topics: ['orders.*'] });
  return role;
};

describe.each([
  ['MskCluster', provisioned, 3],
  ['MskServerlessCluster', serverless, 1],
  ['MskCluster in another stack', crossStack, 2],
] as const)('%s: a role granted read and write with prefixes', (_name, build, prefixes) => {
  test('without the acknowledgement, cdk-nag stops synthesis on the role with an IAM5 id holding CloudFormation JSON', () => {
    const { error, role } = nagged(build, false);
    expect(error).toMatch(/AwsSolutions-IAM5\[Resource::\{"Fn::Select"/);
    expect(error).toContain(`${role.node.path}/DefaultPolicy/Resource`);
  });

  test('with acknowledgeGrantFindings(role) only, the stack passes AwsSolutionsChecks: one IAM5 per prefix, with its reason', () => {
    const { error, app, role } = nagged(build, true);
    const without = nagged(build, false);
    expect(error).toBeUndefined();
    const acks = acknowledgements(app);
    // The only acknowledgements beyond the library's own ones are on the role.
    expect(Object.keys(acks).filter((p) => !(p in acknowledgements(without.app)))).toEqual([role.node.path]);
    const entries = Object.entries(acks[role.node.path]!);
    expect(entries).toHaveLength(prefixes);
    for (const [id, reason] of entries) {
      expect(id).toMatch(/^Annotation::AwsSolutions-IAM5\[Resource::.*\*\]$/);
      expect(reason).toMatch(/^Ms(k|kServerless)Cluster '.+\/Cluster' grant(Read|Write): the (topic|group|transactional-id) prefix \S+\* /);
    }
  });
});

test('exact names need no acknowledgement; the reason a user gives is appended', () => {
  const exact = nagged((app) => {
    const stack = new Stack(app, 'Kafka');
    const cluster = new MskServerlessCluster(stack, 'Cluster', { clusterName: 'events' });
    const role = client(stack);
    cluster.grantRead(role, { topics: ['events'], groups: ['processor'] });
    return role;
  }, false);
  expect(exact.error).toBeUndefined();

  const app = new App({ builtinCloudFormationValidation: false, outdir: `${outdir}/reason` });
  const role = provisioned(app);
  acknowledgeGrantFindings(role, 'The billing service owns every orders topic.');
  acknowledgeGrantFindings(role, 'a second call changes nothing');
  app.synth();
  const reasons = Object.values(acknowledgements(app)[role.node.path]!);
  expect(reasons).toHaveLength(3);
  expect(reasons.every((r) => r.endsWith(' The billing service owns every orders topic.'))).toBe(true);
});

test('SelfManagedKafkaCluster: grantReadScramSecret and grantReadCaCertificate name exact ARNs, no finding to acknowledge', () => {
  const { error } = nagged((app) => {
    const stack = new Stack(app, 'Kafka');
    const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', { ...devSpec, availabilityZones: [...devSpec.availabilityZones] });
    const role = client(stack);
    cluster.grantReadScramSecret('dev', role);
    cluster.grantReadCaCertificate(role);
    return role;
  }, false);
  expect(error).toBeUndefined();
});
