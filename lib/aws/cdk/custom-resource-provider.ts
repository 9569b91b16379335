/**
 * Role and log group of the stack's `AwsCustomResource` Lambda, shared by every kafka-iac custom resource of a
 * stack (the Lambda itself is a stack singleton too): basic execution limited to one log group with a retention,
 * instead of the AWSLambdaBasicExecutionRole managed policy and a never-expiring implicit group. Each custom
 * resource adds its own least-privilege policy (its `policy` statements) to this role.
 */
import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { dependOnPoliciesOnly } from './dependencies';

/** Stack-level construct ids: a public contract like every other id. */
const ROLE_ID = 'KafkaIacCustomResourceRole';
const LOG_GROUP_ID = 'KafkaIacCustomResourceLogs';
/** Construct id aws-cdk-lib gives the `AwsCustomResource` Lambda of a stack (a singleton function). */
const PROVIDER_FUNCTION_ID = 'AWS679f53fac002430cb0da5b7982bd2287';

export function providerRoleAndLogs(scope: Construct): { role: iam.IRole; logGroup: logs.ILogGroup } {
  const stack = Stack.of(scope);
  const existing = stack.node.tryFindChild(ROLE_ID) as iam.Role | undefined;
  if (existing) return { role: existing, logGroup: stack.node.findChild(LOG_GROUP_ID) as logs.LogGroup };
  const logGroup = new logs.LogGroup(stack, LOG_GROUP_ID, {
    retention: logs.RetentionDays.ONE_YEAR,
    // Operational logs of read-only lookups; nothing a retained cluster needs.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new iam.Role(stack, ROLE_ID, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: 'kafka-iac custom resources (bootstrap broker lookup, SCRAM association check)',
  });
  // aws-cdk-lib picks the runtime of its AwsCustomResource Lambda and offers no prop for it; the function exists
  // once the first custom resource does, so the acknowledgement is made when the stack is validated.
  stack.node.addValidation({
    validate: () => {
      const fn = stack.node.tryFindChild(PROVIDER_FUNCTION_ID);
      if (fn) {
        Validations.of(fn).acknowledge({
          id: 'AwsSolutions-L1',
          reason: 'aws-cdk-lib sets the runtime of its AwsCustomResource Lambda (a supported Node.js runtime) and offers no prop to change it.',
        });
      }
      return [];
    },
  });
  role.addToPrincipalPolicy(
    // The log group's Arn attribute already ends in `:*` (its streams).
    new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
  );
  // The Lambda references the role (GetAtt): it needs a DependsOn on the role's policies only.
  dependOnPoliciesOnly(role);
  return { role, logGroup };
}
