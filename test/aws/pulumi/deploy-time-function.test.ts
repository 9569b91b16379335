/**
 * The deploy-time function pattern on Pulumi: `${owner}-${name}` with its `-logs`, `-role` and `-policy`, parented to
 * the owner; the function waits for its policy; the policy holds exactly the given statements; `invokeAtDeploy` runs
 * it on create, update and delete with its input as JSON.
 */
import * as pulumi from '@pulumi/pulumi';
import { DEPLOY_TIME_FUNCTION_HANDLER, DEPLOY_TIME_FUNCTION_RUNTIME, functionLogsStatement, type DeployTimeFunctionSpec } from '../../../lib/aws/deploy-time-function';
import { createDeployTimeFunction, invokeAtDeploy } from '../../../lib/aws/pulumi/deploy-time-function';
import { childList, named, recordRegistrations, type RegistrationRecording } from '../../support/pulumi-registrations';

const SPEC: DeployTimeFunctionSpec = {
  name: 'admin', description: 'topic admin', roleDescription: 'runs the topic admin', source: "exports.handler = async () => ({});\n", timeoutSeconds: 60, memoryMb: 128,
};

class Owner extends pulumi.ComponentResource {
  constructor(name: string) {
    super('test:index:Owner', name, {}, {});
    const fn = createDeployTimeFunction(name, this, {
      spec: SPEC, retain: true,
      statements: (logGroupArn) => logGroupArn.apply((arn) => [
        { Sid: 'ReadTopics', Effect: 'Allow' as const, Action: ['kafka-cluster:DescribeTopic'], Resource: 'arn:aws:kafka:eu-west-1:111111111111:topic/c/u/*' },
        functionLogsStatement(arn),
      ]),
    });
    invokeAtDeploy(`${name}-topics`, this, fn, pulumi.output({ Topics: ['orders'] }));
  }
}

let r: RegistrationRecording<void>;
beforeAll(async () => {
  r = await recordRegistrations(() => void new Owner('orders'), { project: 'proj', stack: 'dev' });
});
const inputs = (name: string) => named(r.resources, 'resource', name).inputs;

test('exact child list, every child parented to the owner', () => {
  expect(childList(r.resources)).toEqual([
    'aws:cloudwatch/logGroup:LogGroup orders-admin-logs', 'aws:iam/role:Role orders-admin-role', 'aws:iam/rolePolicy:RolePolicy orders-admin-policy',
    'aws:lambda/function:Function orders-admin', 'aws:lambda/invocation:Invocation orders-topics', 'test:index:Owner orders',
  ]);
  expect(r.registrations.filter((x) => x.name !== 'orders').map((x) => x.parent)).toEqual(Array(5).fill('urn:pulumi:dev::proj::test:index:Owner::orders'));
});

test('inline source, the shared runtime and handler, the spec\'s timeout and memory; it waits for its policy', () => {
  expect(inputs('orders-admin')).toMatchObject({
    runtime: DEPLOY_TIME_FUNCTION_RUNTIME, handler: DEPLOY_TIME_FUNCTION_HANDLER, timeout: 60, memorySize: 128, description: 'topic admin',
    loggingConfig: { logFormat: 'Text' },
  });
  const policyUrn = r.urns.find((u) => u.endsWith('::orders-admin-policy'))!;
  expect(named(r.registrations, 'registration', 'orders-admin').dependencies).toContain(policyUrn);
});

test('a log group of one year, retained when asked', () => {
  expect(inputs('orders-admin-logs')).toEqual({ retentionInDays: 365 });
  expect(named(r.registrations, 'registration', 'orders-admin-logs').retainOnDelete).toBe(true);
});

test('the role trusts Lambda; its policy holds exactly the given statements, its log streams included', () => {
  expect(JSON.parse(inputs('orders-admin-role').assumeRolePolicy as string).Statement).toEqual([
    { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ]);
  const policy = JSON.parse(inputs('orders-admin-policy').policy as string);
  expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(['ReadTopics', 'Logs']);
  expect(policy.Statement[1]).toEqual({ Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: expect.stringMatching(/:orders-admin-logs:\*$/) });
});

test('invokeAtDeploy: CRUD lifecycle, input as JSON', () => {
  expect(inputs('orders-topics')).toMatchObject({ lifecycleScope: 'CRUD', input: JSON.stringify({ Topics: ['orders'] }) });
});
