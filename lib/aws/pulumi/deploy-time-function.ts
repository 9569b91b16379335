/**
 * A deploy-time function (`aws/deploy-time-function.ts`) for Pulumi: the function `${owner}-${spec.name}` with its
 * `-logs`, `-role` and `-policy`, parented to the owner component; `invokeAtDeploy` runs it with an
 * `aws.lambda.Invocation` whose handler sees create, update and delete (lifecycle scope CRUD).
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import {
  DEPLOY_TIME_FUNCTION_HANDLER, DEPLOY_TIME_FUNCTION_LOG_RETENTION_DAYS, DEPLOY_TIME_FUNCTION_RUNTIME, type DeployTimeFunctionSpec,
} from '../deploy-time-function';
import type { AllowStatementJson } from '../iam-policy';

export interface DeployTimeFunctionArgs {
  readonly spec: DeployTimeFunctionSpec;
  /** Every statement of the role's policy, given the ARN of the function's own log group. */
  readonly statements: (logGroupArn: pulumi.Output<string>) => pulumi.Output<AllowStatementJson[]>;
  /** Keep the log group when it leaves the program. */
  readonly retain: boolean;
  /**
   * The function's code, when it is not the spec's inline source (a bundle built with the library).
   * @default - the spec's `source`, as `index.js`
   */
  readonly code?: pulumi.asset.Archive;
  /**
   * Runs the function in these subnets with these security groups (the role's statements must allow the ENI actions).
   * @default - outside any VPC
   */
  readonly vpcConfig?: { readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>; readonly securityGroupIds: pulumi.Input<pulumi.Input<string>[]> };
}

/** The function, created after its policy. `owner` is the name of the `parent` component. */
export function createDeployTimeFunction(owner: string, parent: pulumi.Resource, o: DeployTimeFunctionArgs): lambda.Function {
  const name = `${owner}-${o.spec.name}`;
  const opts = { parent };
  const logGroup = new cloudwatch.LogGroup(`${name}-logs`, { retentionInDays: DEPLOY_TIME_FUNCTION_LOG_RETENTION_DAYS }, { parent, retainOnDelete: o.retain, protect: o.retain });
  const role = new iam.Role(`${name}-role`, {
    assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    description: o.spec.roleDescription,
  }, opts);
  const policy = new iam.RolePolicy(`${name}-policy`, {
    role: role.id,
    policy: o.statements(logGroup.arn).apply((statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements })),
  }, opts);
  return new lambda.Function(name, {
    description: o.spec.description,
    runtime: DEPLOY_TIME_FUNCTION_RUNTIME, handler: DEPLOY_TIME_FUNCTION_HANDLER, role: role.arn, timeout: o.spec.timeoutSeconds, memorySize: o.spec.memoryMb,
    code: o.code ?? new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(o.spec.source) }),
    ...(o.vpcConfig ? { vpcConfig: o.vpcConfig } : {}),
    loggingConfig: { logFormat: 'Text', logGroup: logGroup.name },
  }, { parent, dependsOn: [policy] });
}

/** Runs `fn` with `input` (as JSON) on create, update and delete of the invocation `name`, after `dependsOn`. */
export function invokeAtDeploy(name: string, parent: pulumi.Resource, fn: lambda.Function, input: pulumi.Output<object> | object, dependsOn?: pulumi.Resource[]): lambda.Invocation {
  return new lambda.Invocation(name, {
    functionName: fn.name, lifecycleScope: 'CRUD', input: pulumi.output(input as object).apply((x) => JSON.stringify(x)),
  }, { parent, ...(dependsOn && dependsOn.length > 0 ? { dependsOn } : {}) });
}
