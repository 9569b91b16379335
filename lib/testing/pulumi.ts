/**
 * Snapshot helpers for Pulumi programs and components (`kafka-iac/testing/pulumi`).
 *
 * Loads `@pulumi/pulumi` only: never import aws-cdk-lib or constructs here, so Pulumi users do not need the CDK.
 *
 * Pulumi mocks are global to the process (module state of `@pulumi/pulumi`). Jest gives every test file its own
 * module registry, so recordings in different test files never see each other; within one file, await each
 * {@link recordPulumi} before starting the next (a concurrent call throws).
 */
import * as pulumi from '@pulumi/pulumi';
import { type MockOverrides, ProviderContexts, providerUrn, resolveCallResult, resolveResourceResult } from './pulumi-mocks';
import { FailureCollector, instrumentMonitor, mockMonitor, type MonitorRequest } from './pulumi-monitor';
import { DEFAULT_SECRET_KEYS, compareStrings, normalize } from './pulumi-normalize';

export {
  MOCK_ACCOUNT_ID,
  MOCK_AVAILABILITY_ZONES,
  MOCK_AZURE_SHARED_ACCESS_KEY,
  MOCK_AZURE_SUBSCRIPTION_ID,
  MOCK_AZURE_TENANT_ID,
  MOCK_CONFLUENT_API_SECRET,
  MOCK_CONFLUENT_ORGANIZATION_ID,
  MOCK_GCP_PROJECT,
  MOCK_GCP_REGION,
  MOCK_RANDOM_PASSWORD,
  MOCK_REGION,
  MOCK_ZONE_IDS,
  defaultCallResult,
  defaultMockContext,
  defaultResourceResult,
  mockProjectNumber,
} from './pulumi-mocks';
export type { MockContext, MockOverrides } from './pulumi-mocks';
export { DEFAULT_SECRET_KEYS, SECRET_PLACEHOLDER, UNKNOWN_PLACEHOLDER } from './pulumi-normalize';

/** One resource registered (or read) by a program under mocks. */
export interface RecordedResource {
  /** The type token, e.g. `aws:s3/bucket:Bucket`, `pulumi:providers:aws` or a component's own type. */
  readonly type: string;
  /** The logical name given to the resource. */
  readonly name: string;
  /** `false` for a (local) component resource, `true` for custom resources and providers. */
  readonly custom: boolean;
  /**
   * The URN of an explicit provider (`opts.provider`).
   *
   * @default - absent: the default provider
   */
  readonly provider?: string;
  /**
   * The id being read (`Resource.get`) or imported (`opts.import`).
   *
   * @default - absent: the resource is being created
   */
  readonly id?: string;
  /** The inputs as the engine would receive them: keys deeply sorted, secrets replaced with `[secret]`. */
  readonly inputs: Record<string, unknown>;
}

/** What {@link recordPulumi} returns. */
export interface PulumiRecording<T> {
  /** Every registered resource, sorted by type, then name. */
  readonly resources: RecordedResource[];
  /** Every resource URN, sorted; they are unique (a duplicate makes {@link recordPulumi} throw). */
  readonly urns: string[];
  /**
   * The program's return value with every output and promise resolved, keys sorted, secrets replaced with
   * `[secret]` and resources replaced with `{ '@resource': urn }`.
   */
  readonly outputs: pulumi.Unwrap<T>;
}

/** Options of {@link recordPulumi}. */
export interface RecordPulumiOptions {
  /**
   * The project name (`pulumi.getProject()`, part of every URN, and the namespace of unqualified config keys).
   *
   * @default 'project'
   */
  readonly project?: string;
  /**
   * The stack name (`pulumi.getStack()`, part of every URN).
   *
   * @default 'stack'
   */
  readonly stack?: string;
  /**
   * Stack configuration, as in `Pulumi.<stack>.yaml`. A key without a namespace (`brokerCount`) is put in the
   * project's namespace (`project:brokerCount`); `aws:region` stays as written. Replaces the config of any previous
   * recording in the process.
   *
   * @default {}
   */
  readonly config?: Record<string, string>;
  /**
   * Input names whose values are scrubbed even when they were not marked secret. A key matches when its name,
   * compared without case, equals or ends with an entry. Replaces the default list; spread
   * `DEFAULT_SECRET_KEYS` to extend it.
   *
   * @default DEFAULT_SECRET_KEYS (password, secretString, secretBinary, privateKey, privateKeyPem, secretAccessKey, clientSecret, apiSecret, authToken)
   */
  readonly secretKeys?: readonly string[];
  /**
   * Hooks whose partial results are merged over the default mock answers: use them for the outputs of your own
   * resources that the defaults do not know (they are unknown otherwise) or to change a default answer.
   *
   * @default - the default answers, see `defaultResourceResult` and `defaultCallResult`
   */
  readonly mocks?: MockOverrides;
}

let recording = false;

/**
 * Runs `program` under Pulumi mocks and records every resource it registers.
 *
 * - Awaits `pulumi.runtime.setMocks` (project, stack, not a preview) and sets `options.config`.
 * - Default mocks answer the resources and invokes kafka-iac creates the way their providers do (ids, ARNs, ARM ids,
 *   endpoints and other computed outputs; see `defaultResourceResult` and `defaultCallResult`); `options.mocks`
 *   adds to them.
 * - An output that neither the inputs nor the mocks give is unknown, as in `pulumi preview`: an input or program
 *   output built from it is recorded as `[unknown]` (never dropped, never the string `undefined`), and `apply`
 *   callbacks on it do not run.
 * - URNs are those the engine creates: the types of all ancestors, outermost first, precede the resource's type.
 * - Waits until every registration, including those made inside `apply` callbacks, has settled.
 * - Secrets are scrubbed by what was marked secret: the mock monitor receives a secret input as a wrapped value
 *   (`pulumi.runtime.isRpcSecret`), whose plaintext is replaced with `[secret]`. The runtime marks the whole
 *   top-level input secret when any part of it is (e.g. one secret tag hides every tag). Keys listed in
 *   `options.secretKeys` are scrubbed too.
 * - Component resources are recorded with `custom: false`: under mocks a local `ComponentResource` is registered
 *   with the monitor like any other resource. Providers are recorded with their `pulumi:providers:*` type.
 * - Throws if two resources share a URN: the mock monitor accepts that silently, `pulumi up` rejects it.
 *
 * Each call starts a fresh recording (new mock monitor, new list).
 *
 * @param program creates the resources; its return value (e.g. stack outputs) is resolved into `outputs`
 * @param options project, stack, config, secret keys and mock overrides
 * @returns resources sorted by (type, name), sorted URNs and resolved outputs
 * @throws the program's error, also one thrown inside an `apply` callback or while a resource registers (where
 *   `pulumi up` would fail; the process keeps running), after pending registrations settled; on a duplicate URN; or
 *   when another recording is running in this process
 */
export async function recordPulumi<T>(
  program: () => Promise<T> | T,
  options: RecordPulumiOptions = {},
): Promise<PulumiRecording<T>> {
  if (recording) {
    throw new Error('recordPulumi: another recording is running; Pulumi mocks are global, so await one before starting the next.');
  }
  recording = true;
  try {
    return await record(program, options);
  } finally {
    recording = false;
  }
}

async function record<T>(program: () => Promise<T> | T, options: RecordPulumiOptions): Promise<PulumiRecording<T>> {
  const project = options.project ?? 'project';
  const stack = options.stack ?? 'stack';
  const secretKeys = options.secretKeys ?? DEFAULT_SECRET_KEYS;
  const recorded: Promise<RecordedResource>[] = [];
  const providers = new ProviderContexts();

  await pulumi.runtime.setMocks(
    {
      newResource: (args) => resolveResourceResult(args, options.mocks, providers.contextOf(args.provider)),
      call: (args) => resolveCallResult(args, options.mocks, providers.contextOf(args.provider)),
    },
    project,
    stack,
    false,
  );
  pulumi.runtime.setAllConfig(qualifyConfig(options.config ?? {}, project));
  instrumentMonitor((request) => {
    providers.observe(request);
    recorded.push(recordResource(request, secretKeys));
  });

  // `pulumi up` learns of a failed registration or a throwing `apply` from the process's unhandled-rejection
  // handler (the runtime re-raises such errors on purpose); without a handler, Node ends the process.
  const failures = new FailureCollector();
  let thrown: { error: unknown } | undefined;
  let unresolved: { error: unknown } | undefined;
  let outputs: unknown;
  try {
    let value: T | undefined;
    try {
      value = await program();
    } catch (error) {
      thrown = { error };
    }
    if (thrown === undefined) {
      try {
        outputs = await normalize(value, secretKeys);
      } catch (error) {
        unresolved = { error };
      }
    }
    await settle(() => recorded.length);
  } finally {
    failures.dispose();
  }
  // An output fails with the registration or callback it is built on: report that failure itself.
  const failure = thrown ?? (failures.errors.length > 0 ? { error: failures.errors[0] } : unresolved);
  if (failure !== undefined) {
    throw failure.error;
  }

  const resources = (await Promise.all(recorded)).sort(
    (a, b) => compareStrings(a.type, b.type) || compareStrings(a.name, b.name)
      || compareStrings(JSON.stringify(a.inputs), JSON.stringify(b.inputs)),
  );
  const urns = registeredUrns();
  assertUniqueUrns(resources, urns);
  return { resources, urns, outputs: outputs as pulumi.Unwrap<T> };
}

async function recordResource(request: MonitorRequest, secretKeys: readonly string[]): Promise<RecordedResource> {
  const inputs = (await normalize(request.inputs, secretKeys)) as Record<string, unknown>;
  return {
    type: request.type,
    name: request.name,
    custom: request.custom,
    // The monitor passes `<provider urn>::<provider id>`; the URN alone is the stable reference.
    ...(request.provider ? { provider: providerUrn(request.provider) } : {}),
    ...(request.id ? { id: request.id } : {}),
    inputs,
  };
}

function qualifyConfig(config: Record<string, string>, project: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    out[key.includes(':') ? key : `${project}:${key}`] = value;
  }
  return out;
}

/** `waitForRPCs` is exported by `@pulumi/pulumi/runtime` at run time but marked internal (absent from its types). */
interface RuntimeWithRpcWait {
  waitForRPCs?: () => Promise<void>;
}

/**
 * Waits until no registration is in flight and no new one started: resources created inside `apply` callbacks
 * register only after the outputs they depend on resolved.
 */
async function settle(count: () => number): Promise<void> {
  const waitForRPCs = (pulumi.runtime as unknown as RuntimeWithRpcWait).waitForRPCs;
  let stableRounds = 0;
  let seen = count();
  // Without the runtime's RPC queue, a few quiet macrotask turns stand in for it.
  const needed = waitForRPCs ? 1 : 5;
  while (stableRounds < needed) {
    if (waitForRPCs) {
      await waitForRPCs();
    }
    await new Promise((resolve) => setImmediate(resolve));
    const now = count();
    stableRounds = now === seen ? stableRounds + 1 : 0;
    seen = now;
  }
}

function registeredUrns(): string[] {
  return [...mockMonitor().getRegisteredResources().keys()].sort(compareStrings);
}

/** `[type, name]` of a URN `urn:pulumi:<stack>::<project>::<parent types $ type>::<name>`. */
function urnTypeAndName(urn: string): [string, string] {
  const parts = urn.split('::');
  const qualifiedType = parts[2] ?? '';
  return [qualifiedType.split('$').pop() ?? '', parts.slice(3).join('::')];
}

/**
 * The mock monitor keys resources by URN, so two registrations with one URN leave a single entry. Resources of one
 * type and name get distinct URNs only when their parents' types differ; fewer URNs than registrations for a
 * (type, name) pair means a collision.
 */
function assertUniqueUrns(resources: readonly RecordedResource[], urns: readonly string[]): void {
  const registrations = new Map<string, number>();
  for (const r of resources) {
    const key = `${r.type}\u0000${r.name}`;
    registrations.set(key, (registrations.get(key) ?? 0) + 1);
  }
  const byKey = new Map<string, string[]>();
  for (const urn of urns) {
    const [type, name] = urnTypeAndName(urn);
    const key = `${type}\u0000${name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), urn]);
  }
  const problems: string[] = [];
  for (const [key, count] of registrations) {
    const found = byKey.get(key) ?? [];
    if (found.length < count) {
      const [type, name] = key.split('\u0000');
      problems.push(`${count} resources of type '${type}' named '${name}' share ${found.length === 1 ? 'the URN' : 'URNs'} ${found.join(', ')}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Duplicate resource URN (pulumi up would fail): ${problems.join('; ')}. Give each resource a distinct name, e.g. \`\${name}-<role>\`.`);
  }
}
