/**
 * The deploy-time function pattern on CDK: children `LogGroup`, `Role` and `Function` of the scope, the runtime and
 * handler of every such function, a role with exactly the given statements, and the cdk-nag acknowledgement of its
 * own log streams only.
 */
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { createDeployTimeFunction } from '../../../lib/aws/cdk/deploy-time-function';
import { acknowledgements } from '../../support/cdk-examples';
import { DEPLOY_TIME_FUNCTION_HANDLER, DEPLOY_TIME_FUNCTION_RUNTIME, functionLogsStatement, type DeployTimeFunctionSpec } from '../../../lib/aws/deploy-time-function';

const SPEC: DeployTimeFunctionSpec = {
  name: 'admin', description: 'topic admin', roleDescription: 'runs the topic admin', source: "exports.handler = async () => ({});\n", timeoutSeconds: 60, memoryMb: 128,
};

const stack = new Stack(new App(), 'S');
const scope = new Construct(stack, 'Admin');
const fn = createDeployTimeFunction(scope, {
  spec: SPEC, policyName: 'Admin', removalPolicy: RemovalPolicy.DESTROY,
  statements: (logGroupArn) => [
    { Sid: 'ReadTopics', Effect: 'Allow', Action: ['kafka-cluster:DescribeTopic'], Resource: 'arn:aws:kafka:eu-west-1:111111111111:topic/c/u/*' },
    functionLogsStatement(logGroupArn),
  ],
});
const t = Template.fromStack(stack);

test('children LogGroup, Role and Function of the scope', () => {
  expect(scope.node.children.map((c) => c.node.id)).toEqual(['LogGroup', 'Role', 'Function']);
  expect(fn.function.node.path).toBe('S/Admin/Function');
});

test('inline source, the shared runtime and handler, the spec\'s timeout and memory, its own log group', () => {
  t.hasResourceProperties('AWS::Lambda::Function', {
    Runtime: DEPLOY_TIME_FUNCTION_RUNTIME, Handler: DEPLOY_TIME_FUNCTION_HANDLER, Code: { ZipFile: SPEC.source }, Timeout: 60, MemorySize: 128,
    Description: 'topic admin', LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^AdminLogGroup') } },
  });
  t.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 365 }, DeletionPolicy: 'Delete' });
});

test('the role holds exactly the given statements, its log streams included', () => {
  t.hasResourceProperties('AWS::IAM::Role', {
    Description: 'runs the topic admin',
    AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }] },
    Policies: [{
      PolicyName: 'Admin',
      PolicyDocument: { Statement: [
        Match.objectLike({ Sid: 'ReadTopics', Action: 'kafka-cluster:DescribeTopic' }),
        { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^AdminLogGroup'), 'Arn'] }, ':*']] } },
      ] },
    }],
  });
  expect(t.findResources('AWS::IAM::Policy')).toEqual({});
});

test('cdk-nag: only the wildcard of its own log streams and the runtime are acknowledged, naming the function and the runtime', () => {
  const logGroupId = stack.getLogicalId(fn.logGroup.node.defaultChild as logs.CfnLogGroup);
  expect(acknowledgements(stack)).toEqual({
    'S/Admin/Role': { [`Annotation::AwsSolutions-IAM5[Resource::<${logGroupId}.Arn>:*]`]: 'Log streams of the admin function are created at run time, in its own log group only.' },
    'S/Admin/Function': {
      'Annotation::AwsSolutions-L1': 'nodejs24.x is the newest Node.js runtime both faces can deploy (the Lambda runtime list of @pulumi/aws ends there); cdk-nag compares with the newest one aws-cdk-lib lists.',
    },
  });
});
