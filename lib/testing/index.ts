/**
 * Snapshot-testing helpers for stacks and programs built with kafka-iac (`kafka-iac/testing`).
 *
 * This entry point loads neither SDK when imported: its functions load `./cdk` or `./pulumi` on first call, so a CDK
 * test never loads `@pulumi/pulumi` and a Pulumi test never loads `aws-cdk-lib`. Importing the subpath of the SDK you
 * use (`kafka-iac/testing/cdk`, `kafka-iac/testing/pulumi`) gives the same functions plus the mock constants.
 */
import type { Stack } from 'aws-cdk-lib';
import type * as cdk from './cdk';
import type * as pulumiTesting from './pulumi';

export type { StackSnapshot } from './cdk';
export type { MockContext, MockOverrides, PulumiRecording, RecordPulumiOptions, RecordedResource } from './pulumi';

function cdkFace(): typeof cdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, see the module comment
  return require('./cdk') as typeof cdk;
}

function pulumiFace(): typeof pulumiTesting {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, see the module comment
  return require('./pulumi') as typeof pulumiTesting;
}

/**
 * The synthesized template of `stack`, normalized for snapshots (asset hashes, asset buckets, CDK metadata and the
 * bootstrap version check removed or replaced; logical IDs kept). See `kafka-iac/testing/cdk`.
 *
 * @param stack the stack to synthesize
 */
export function stableTemplate(stack: Stack): Record<string, unknown> {
  return cdkFace().stableTemplate(stack);
}

/**
 * The normalization of `stableTemplate` applied to a template you already have (e.g. read from `cdk.out`); the
 * argument is not modified. See `kafka-iac/testing/cdk`.
 *
 * @param template a CloudFormation template as JSON
 */
export function normalizeTemplate(template: object): Record<string, unknown> {
  return cdkFace().normalizeTemplate(template);
}

/**
 * Logical ID -> construct path (relative to the stack) of every `CfnResource` in `stack`, sorted by logical ID.
 * See `kafka-iac/testing/cdk`.
 *
 * @param stack the stack to list
 */
export function constructPaths(stack: Stack): Record<string, string> {
  return cdkFace().constructPaths(stack);
}

/**
 * `{ constructPaths, template }` of `stack`, for a single snapshot. See `kafka-iac/testing/cdk`.
 *
 * @param stack the stack to snapshot
 */
export function stackSnapshot(stack: Stack): cdk.StackSnapshot {
  return cdkFace().stackSnapshot(stack);
}

/**
 * Runs `program` under Pulumi mocks and returns its resources (sorted, secrets scrubbed), URNs and resolved outputs.
 * See `kafka-iac/testing/pulumi`.
 *
 * @param program creates the resources; its return value is resolved into `outputs`
 * @param options project, stack, config, secret keys and mock overrides
 */
export function recordPulumi<T>(
  program: () => Promise<T> | T,
  options?: pulumiTesting.RecordPulumiOptions,
): Promise<pulumiTesting.PulumiRecording<T>> {
  return pulumiFace().recordPulumi(program, options);
}
