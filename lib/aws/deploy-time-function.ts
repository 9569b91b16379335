/**
 * A deploy-time function: a small Node.js function the library ships as inline source (no asset) and runs while a
 * stack or program deploys, through CloudFormation custom resources on the CDK face and `aws.lambda.Invocation` on the
 * Pulumi face. Each has its own log group and a role allowed only its own statements and its own log streams. The
 * self-managed cluster's provisioner is one. Pure: both faces read these settings.
 */
import type { AllowStatementJson } from './iam-policy';

/** Runtime of every deploy-time function: its AWS SDK v3 is all the inline sources need. */
export const DEPLOY_TIME_FUNCTION_RUNTIME = 'nodejs24.x';
/** The inline source is the module `index.js`, which exports `handler`. */
export const DEPLOY_TIME_FUNCTION_HANDLER = 'index.handler';
/** Its log group keeps operational logs one year. */
export const DEPLOY_TIME_FUNCTION_LOG_RETENTION_DAYS = 365;

/** One deploy-time function, as both faces deploy it. */
export interface DeployTimeFunctionSpec {
  /** What it is called in resource names and acknowledgements, e.g. `provisioner`. */
  readonly name: string;
  /** Description of the function. */
  readonly description: string;
  /** Description of its role. */
  readonly roleDescription: string;
  /** The whole CommonJS module, exporting `handler`. */
  readonly source: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
}

/** The function's only logging right: streams of its own log group. */
export function functionLogsStatement(logGroupArn: string): AllowStatementJson {
  return { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `${logGroupArn}:*` };
}
