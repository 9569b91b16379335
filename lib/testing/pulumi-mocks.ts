/**
 * Default answers of the Pulumi mock monitor used by `recordPulumi`: ids, ARNs and the common AWS invokes.
 */
import type * as pulumi from '@pulumi/pulumi';

/** Account id used by the mocks (ARNs, `getCallerIdentity`). */
export const MOCK_ACCOUNT_ID = '123456789012';

/** Region used by the mocks (ARNs, `getRegion`, availability zones). */
export const MOCK_REGION = 'us-east-1';

/** Availability zones returned by `getAvailabilityZones`, in the order AWS lists them. */
export const MOCK_AVAILABILITY_ZONES: readonly string[] = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

/** Zone ids returned by `getAvailabilityZones`, matching {@link MOCK_AVAILABILITY_ZONES} by position. */
export const MOCK_ZONE_IDS: readonly string[] = ['use1-az1', 'use1-az2', 'use1-az4'];

/**
 * Overrides of the default mocks. Each hook sees the same arguments as Pulumi's `Mocks` (secret inputs arrive
 * wrapped as `{ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value }`) and may return
 * `undefined` to keep the default, or a partial result merged over it.
 */
export interface MockOverrides {
  /**
   * Called for every resource registration or read. A returned `id` replaces the default `${name}-id`; a returned
   * `state` is merged (shallowly) over the default state (the inputs plus `arn` for `aws:*` resources).
   *
   * @default - the default result only
   */
  readonly newResource?: (
    args: pulumi.runtime.MockResourceArgs,
  ) => Partial<pulumi.runtime.MockResourceResult> | undefined | Promise<Partial<pulumi.runtime.MockResourceResult> | undefined>;
  /**
   * Called for every invoke. A returned object is merged (shallowly) over the default result (see
   * {@link defaultCallResult}).
   *
   * @default - the default result only
   */
  readonly call?: (
    args: pulumi.runtime.MockCallArgs,
  ) => pulumi.runtime.MockCallResult | undefined | Promise<pulumi.runtime.MockCallResult | undefined>;
}

/** `s3` for `aws:s3/bucket:Bucket`; `undefined` for anything that is not an AWS resource type. */
function awsService(type: string): string | undefined {
  const [pkg, mod] = type.split(':');
  if (pkg !== 'aws' || !mod) {
    return undefined;
  }
  const service = mod.split('/')[0];
  return service === 'index' ? 'aws' : service;
}

/**
 * The default mock answer for a resource: id `${name}-id` (or the id being read or imported), and as state the
 * inputs, preceded by `arn: arn:aws:<service>:us-east-1:123456789012:<name>` for `aws:*` custom resources (an input
 * named `arn` wins). Component resources get no id.
 *
 * Returning computed outputs matters: an input built from `bucket.arn` is silently dropped when `arn` is undefined.
 */
export function defaultResourceResult(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
  const inputs = (args.inputs ?? {}) as Record<string, unknown>;
  if (args.custom === false) {
    return { id: undefined, state: { ...inputs } };
  }
  const service = awsService(args.type);
  const computed = service === undefined ? {} : { arn: `arn:aws:${service}:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:${args.name}` };
  return { id: args.id || `${args.name}-id`, state: { ...computed, ...inputs } };
}

/**
 * The default mock answer for an invoke: fixed results for `getRegion`, `getCallerIdentity`, `getPartition` and
 * `getAvailabilityZones` of `@pulumi/aws`; the invoke's own arguments for anything else.
 */
export function defaultCallResult(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult {
  switch (args.token) {
    case 'aws:index/getRegion:getRegion':
      return { name: MOCK_REGION, region: MOCK_REGION, id: MOCK_REGION, description: 'US East (N. Virginia)', endpoint: `ec2.${MOCK_REGION}.amazonaws.com` };
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return {
        accountId: MOCK_ACCOUNT_ID,
        arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:user/mock`,
        userId: 'AIDAMOCKUSERID',
        id: MOCK_ACCOUNT_ID,
      };
    case 'aws:index/getPartition:getPartition':
      return { partition: 'aws', dnsSuffix: 'amazonaws.com', reverseDnsPrefix: 'com.amazonaws', id: 'aws' };
    case 'aws:index/getAvailabilityZones:getAvailabilityZones':
      return { names: [...MOCK_AVAILABILITY_ZONES], zoneIds: [...MOCK_ZONE_IDS], id: MOCK_REGION };
    default:
      return { ...((args.inputs ?? {}) as Record<string, unknown>) };
  }
}

/** {@link defaultResourceResult} with the override's partial result merged over it. */
export async function resolveResourceResult(
  args: pulumi.runtime.MockResourceArgs,
  overrides: MockOverrides | undefined,
): Promise<pulumi.runtime.MockResourceResult> {
  const base = defaultResourceResult(args);
  const extra = await overrides?.newResource?.(args);
  if (!extra) {
    return base;
  }
  return { id: 'id' in extra ? extra.id : base.id, state: { ...base.state, ...extra.state } };
}

/** {@link defaultCallResult} with the override's partial result merged over it. */
export async function resolveCallResult(
  args: pulumi.runtime.MockCallArgs,
  overrides: MockOverrides | undefined,
): Promise<pulumi.runtime.MockCallResult> {
  const base = defaultCallResult(args);
  const extra = await overrides?.call?.(args);
  return extra ? { ...base, ...extra } : base;
}
