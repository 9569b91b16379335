/**
 * A deploy-time function (`aws/deploy-time-function.ts`) for AWS CDK: children `LogGroup`, `Role` (with one inline
 * policy) and `Function` of the given scope, one function per scope. The caller adds the custom resources that run it.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import {
  DEPLOY_TIME_FUNCTION_HANDLER, DEPLOY_TIME_FUNCTION_LOG_RETENTION_DAYS, DEPLOY_TIME_FUNCTION_RUNTIME, type DeployTimeFunctionSpec,
} from '../deploy-time-function';
import type { AllowStatementJson } from '../iam-policy';
import { dependOnPoliciesOnly } from './dependencies';

export interface DeployTimeFunctionProps {
  readonly spec: DeployTimeFunctionSpec;
  /** Name of the role's inline policy. */
  readonly policyName: string;
  /** Every statement of that policy, given the ARN of the function's own log group. */
  readonly statements: (logGroupArn: string) => AllowStatementJson[];
  /** Of the log group. */
  readonly removalPolicy: RemovalPolicy;
  /**
   * The function's code, when it is not the spec's inline source (a bundle built with the library).
   * @default - the spec's `source`, inline
   */
  readonly code?: lambda.Code;
  /**
   * Runs the function in these subnets with these security groups (the role's statements must allow the ENI actions).
   * @default - outside any VPC
   */
  readonly vpc?: { readonly vpc: ec2.IVpc; readonly subnets: ec2.SubnetSelection; readonly securityGroups: ec2.ISecurityGroup[] };
}

export interface DeployTimeFunction {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
}

export function createDeployTimeFunction(scope: Construct, p: DeployTimeFunctionProps): DeployTimeFunction {
  const stack = Stack.of(scope);
  const logGroup = new logs.LogGroup(scope, 'LogGroup', { retention: DEPLOY_TIME_FUNCTION_LOG_RETENTION_DAYS as logs.RetentionDays, removalPolicy: p.removalPolicy });
  const role = new iam.Role(scope, 'Role', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: p.spec.roleDescription,
    inlinePolicies: {
      [p.policyName]: new iam.PolicyDocument({ statements: p.statements(logGroup.logGroupArn).map((s) => iam.PolicyStatement.fromJson(s)) }),
    },
  });
  // cdk-nag names the finding after the log group's logical id: acknowledge exactly that resource pattern.
  const logGroupLogicalId = stack.getLogicalId(logGroup.node.defaultChild as logs.CfnLogGroup);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logGroupLogicalId}.Arn>:*]`,
    reason: `Log streams of the ${p.spec.name} function are created at run time, in its own log group only.`,
  });
  // The function references the role (GetAtt): it needs a DependsOn on the role's policies only.
  dependOnPoliciesOnly(role);
  const fn = new lambda.Function(scope, 'Function', {
    description: p.spec.description,
    runtime: new lambda.Runtime(DEPLOY_TIME_FUNCTION_RUNTIME, lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true }),
    handler: DEPLOY_TIME_FUNCTION_HANDLER,
    code: p.code ?? lambda.Code.fromInline(p.spec.source),
    ...(p.vpc ? { vpc: p.vpc.vpc, vpcSubnets: p.vpc.subnets, securityGroups: p.vpc.securityGroups } : {}),
    timeout: Duration.seconds(p.spec.timeoutSeconds),
    memorySize: p.spec.memoryMb,
    role,
    logGroup,
  });
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-L1',
    reason: `${DEPLOY_TIME_FUNCTION_RUNTIME} is the newest Node.js runtime both faces can deploy (the Lambda runtime list of @pulumi/aws ends there); cdk-nag compares with the newest one aws-cdk-lib lists.`,
  });
  return { function: fn, role, logGroup };
}
