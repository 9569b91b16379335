/**
 * Default answers of the Pulumi mock monitor used by `recordPulumi`: every resource and invoke kafka-iac uses is
 * answered in the shapes its provider reports (see the per-provider files), and user hooks add to them.
 */
import * as pulumi from '@pulumi/pulumi';
import { awsCallResult, awsPlace, awsResourceState, MOCK_REGION } from './pulumi-mocks-aws';
import { azureCallResult, azureResource } from './pulumi-mocks-azure';
import { confluentResource } from './pulumi-mocks-confluent';
import { gcpCallResult, gcpResource, MOCK_GCP_PROJECT } from './pulumi-mocks-gcp';
import type { MonitorRequest } from './pulumi-monitor';

export {
  MOCK_ACCOUNT_ID, MOCK_AVAILABILITY_ZONES, MOCK_RANDOM_PASSWORD, MOCK_REGION, MOCK_ZONE_IDS,
} from './pulumi-mocks-aws';
export { MOCK_AZURE_SHARED_ACCESS_KEY, MOCK_AZURE_SUBSCRIPTION_ID, MOCK_AZURE_TENANT_ID } from './pulumi-mocks-azure';
export { MOCK_CONFLUENT_API_SECRET, MOCK_CONFLUENT_ORGANIZATION_ID } from './pulumi-mocks-confluent';
export { MOCK_GCP_PROJECT, mockProjectNumber } from './pulumi-mocks-gcp';

/** Region of the default `gcp` provider when the `gcp:region` config is not set. */
export const MOCK_GCP_REGION = 'us-central1';

/** What a default answer depends on besides the request: where the request's provider points. */
export interface MockContext {
  /** The AWS region: the explicit provider's `region`, else the `aws:region` config, else {@link MOCK_REGION}. */
  readonly awsRegion: string;
  /** The GCP project: the explicit provider's `project`, else the `gcp:project` config, else {@link MOCK_GCP_PROJECT}. */
  readonly gcpProject: string;
  /** The GCP region: the explicit provider's `region`, else the `gcp:region` config, else {@link MOCK_GCP_REGION}. */
  readonly gcpRegion: string;
}

/**
 * Hooks added to the default mocks. Each sees the same arguments as Pulumi's `Mocks` (secret inputs arrive wrapped as
 * `{ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value }`) and may return `undefined` to
 * keep the default, or a partial result merged over it.
 */
export interface MockOverrides {
  /**
   * Called for every resource registration or read. A returned `id` replaces the default one; a returned `state` is
   * merged (shallowly) over the default state (the inputs plus the computed outputs the defaults know). An output
   * that neither gives is unknown.
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

/** The context of the default providers, from the stack configuration. */
export function defaultMockContext(): MockContext {
  return {
    awsRegion: new pulumi.Config('aws').get('region') ?? MOCK_REGION,
    gcpProject: new pulumi.Config('gcp').get('project') ?? MOCK_GCP_PROJECT,
    gcpRegion: new pulumi.Config('gcp').get('region') ?? MOCK_GCP_REGION,
  };
}

/** The URN in a provider reference `<provider urn>::<provider id>`. */
export function providerUrn(reference: string): string {
  return reference.split('::').slice(0, -1).join('::');
}

/** Remembers the explicit providers of a recording, to give each request the context of its provider. */
export class ProviderContexts {
  private readonly providers = new Map<string, Record<string, unknown>>();

  /** Notes a provider registration (other requests are ignored). */
  observe(request: MonitorRequest): void {
    if (request.type.startsWith('pulumi:providers:')) {
      this.providers.set(request.urn, request.inputs);
    }
  }

  /** The context of a request made through `providerReference` (empty: the default provider). */
  contextOf(providerReference: string | undefined): MockContext {
    const base = defaultMockContext();
    const inputs = providerReference ? this.providers.get(providerUrn(providerReference)) : undefined;
    const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    return {
      awsRegion: str(inputs?.region) ?? base.awsRegion,
      gcpProject: str(inputs?.project) ?? base.gcpProject,
      gcpRegion: str(inputs?.region) ?? base.gcpRegion,
    };
  }
}

/**
 * The default mock answer for a resource. Component resources get no id and their inputs as state. Custom resources
 * get the inputs plus, by provider:
 * - `aws`: id `${name}-id`; `arn` in the service's format (e.g. `arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>-<n>`,
 *   `arn:aws:s3:::<bucket>`, `arn:aws:iam::<account>:role/<name>`) in the resource's `region` input, else its
 *   provider's; `name`, `region`, `tagsAll`, and computed outputs
 *   such as MSK bootstrap brokers of the enabled listeners, configuration `latestRevision`, launch template
 *   `latestVersion`, interface endpoint `dnsEntries`, network interface `privateIp`, Route 53 `zoneId`, and the
 *   result of kafka-iac's provisioner function for its `aws.lambda.Invocation`s;
 * - `azure-native`: an ARM id (`/subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>`, or
 *   `<scope>/providers/...` for role assignments, locks and diagnostic settings), `name`, `type`, identity
 *   principals and private endpoint addresses;
 * - `gcp`: ids and names in the provider's formats (`projects/<p>/locations/<l>/clusters/<id>`), service agent emails
 *   with the project number, reserved addresses and Private Service Connect ids;
 * - `confluentcloud`: ids with Confluent's prefixes (`env-`, `lkc-`, `sa-`, ...), CRNs, cluster endpoints, the services
 *   a network or PrivateLink Attachment publishes, API key secrets;
 * - any other provider: id `${name}-id`.
 * Values are derived from names, so recordings are stable. An input of the same name wins over a computed output; the
 * id being read or imported wins over the default id.
 *
 * @param args the registration or read
 * @param context where the resource's provider points
 * @default context - the default providers' context (`aws:region`, `gcp:project`, `gcp:region` config)
 */
export function defaultResourceResult(args: pulumi.runtime.MockResourceArgs, context: MockContext = defaultMockContext()): pulumi.runtime.MockResourceResult {
  const inputs = (args.inputs ?? {}) as Record<string, unknown>;
  if (args.custom === false) {
    return { id: undefined, state: { ...inputs } };
  }
  const [pkg] = args.type.split(':');
  let answer: { id: string; state: Record<string, unknown> };
  if (args.type.startsWith('pulumi:providers:')) {
    answer = { id: `${args.name}-id`, state: {} };
  } else if (pkg === 'aws') {
    // A resource's own `region` input (@pulumi/aws 7) overrides its provider's.
    const region = typeof inputs.region === 'string' && inputs.region !== '' ? inputs.region : context.awsRegion;
    answer = { id: `${args.name}-id`, state: awsResourceState(args, awsPlace(region)) };
  } else if (pkg === 'azure-native') {
    answer = azureResource(args);
  } else if (pkg === 'gcp') {
    answer = gcpResource(args, { project: context.gcpProject, region: context.gcpRegion });
  } else if (pkg === 'confluentcloud') {
    answer = confluentResource(args);
  } else {
    answer = { id: `${args.name}-id`, state: {} };
  }
  return { id: args.id || answer.id, state: { ...answer.state, ...inputs } };
}

/**
 * The default mock answer for an invoke: `getRegion`, `getCallerIdentity`, `getPartition`, `getAvailabilityZones` and
 * `secretsmanager.getRandomPassword` of `aws` (for the provider's region), `getProject` of `gcp` (a project number
 * derived from the id), the Event Hubs list-keys invokes and `getClientConfig` of `azure-native`; the invoke's own
 * arguments for anything else.
 *
 * @param args the invoke
 * @param context where the invoke's provider points
 * @default context - the default providers' context
 */
export function defaultCallResult(args: pulumi.runtime.MockCallArgs, context: MockContext = defaultMockContext()): pulumi.runtime.MockCallResult {
  return awsCallResult(args, awsPlace(context.awsRegion))
    ?? azureCallResult(args)
    ?? gcpCallResult(args, { project: context.gcpProject })
    ?? { ...((args.inputs ?? {}) as Record<string, unknown>) };
}

/** {@link defaultResourceResult} with the override's partial result merged over it. */
export async function resolveResourceResult(
  args: pulumi.runtime.MockResourceArgs,
  overrides: MockOverrides | undefined,
  context: MockContext,
): Promise<pulumi.runtime.MockResourceResult> {
  const base = defaultResourceResult(args, context);
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
  context: MockContext,
): Promise<pulumi.runtime.MockCallResult> {
  const base = defaultCallResult(args, context);
  const extra = await overrides?.call?.(args);
  return extra ? { ...base, ...extra } : base;
}
