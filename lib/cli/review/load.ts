/**
 * Loads the clusters of a CDK app or a Pulumi program module, without deploying or synthesizing anything.
 *
 * - CDK: the module exports a function taking an `App` (`buildApp` by default, as the examples do); it is called on a
 *   new `App`, and the construct tree is walked for constructs whose `plan` is a cluster plan.
 * - Pulumi: the module exports a program function (`program` by default); it runs under the default mocks of
 *   `kafka-iac/testing/pulumi` (nothing is deployed, no Pulumi CLI), and every component that registers its outputs
 *   with a cluster plan is collected.
 *
 * Each SDK is loaded only for its kind of module.
 */
import type { RecordedResource } from '../../testing/pulumi';
import { catalogTopicCountOf, classifyPlan, type FoundCluster } from './clusters';

export type ModuleKind = 'cdk' | 'pulumi';

export class ReviewUsageError extends Error {}

/** Picks the export to run: `--export`, else `buildApp` (CDK), else `program` (Pulumi), else `default`. */
export function pickEntry(mod: Record<string, unknown>, file: string, exportName?: string, kind?: ModuleKind): { kind: ModuleKind; fn: (...a: unknown[]) => unknown } {
  const candidates: [string, ModuleKind][] = exportName
    ? [[exportName, kind ?? (exportName === 'program' ? 'pulumi' : 'cdk')]]
    : [['buildApp', kind ?? 'cdk'], ['program', kind ?? 'pulumi'], ['default', kind ?? 'pulumi']];
  for (const [name, k] of candidates) {
    const v = mod[name];
    if (typeof v === 'function') return { kind: k, fn: v as (...a: unknown[]) => unknown };
  }
  throw new ReviewUsageError(`${file} exports no function ${candidates.map(([n]) => n).join(', ')} (it exports: ${Object.keys(mod).join(', ') || 'nothing'}); a CDK module exports buildApp(app), a Pulumi module exports program()`);
}

/** Constructs the CDK app in-process and reads the plans of the library's cluster constructs. */
export function loadCdk(buildApp: (app: unknown) => unknown): FoundCluster[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cdk = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const app = new cdk.App();
  buildApp(app);
  const found: FoundCluster[] = [];
  for (const c of app.node.findAll()) {
    const classified = classifyPlan((c as unknown as { plan?: unknown }).plan);
    if (!classified) continue;
    const region = cdk.Stack.of(c).region;
    const topicCount = catalogTopicCountOf(c);
    found.push({ ...classified, declaredAt: c.node.path, ...(cdk.Token.isUnresolved(region) ? {} : { region }), ...(topicCount === undefined ? {} : { topicCount }) });
  }
  return found;
}

/** Runs the Pulumi program under the default mocks and reads the plans of the library's components. */
export async function loadPulumi(program: () => unknown, config: Record<string, string>): Promise<FoundCluster[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pulumi = require('@pulumi/pulumi') as typeof import('@pulumi/pulumi');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { recordPulumi } = require('../../testing/pulumi') as typeof import('../../testing/pulumi');
  const components: { plan: unknown; type: string; owner: unknown }[] = [];
  const seen = new Set<object>();
  // Every component of the library registers its outputs at the end of its constructor, its `plan` set: observe it
  // (Pulumi registers a component's outputs once more itself, hence the set).
  const proto = pulumi.ComponentResource.prototype as unknown as { registerOutputs: (o?: unknown) => void };
  const original = proto.registerOutputs;
  proto.registerOutputs = function (this: { plan?: unknown; constructor: { name: string } }, outputs?: unknown) {
    if (this.plan !== undefined && !seen.has(this)) {
      seen.add(this);
      components.push({ plan: this.plan, type: this.constructor.name, owner: this });
    }
    return original.call(this, outputs);
  };
  let recording: Awaited<ReturnType<typeof recordPulumi>>;
  try {
    recording = await recordPulumi(program, { config });
  } finally {
    proto.registerOutputs = original;
  }
  const found: FoundCluster[] = [];
  for (const { plan, type, owner } of components) {
    const classified = classifyPlan(plan);
    if (!classified) continue;
    const region = AWS_TARGETS.has(classified.target) ? await awsRegionOf(owner as import('@pulumi/pulumi').Resource, recording.resources, config)
      : classified.target === 'event-hubs' ? azureLocationOf(classified.plan.namespaceName, recording.resources, config)
        : undefined;
    const topicCount = catalogTopicCountOf(owner);
    found.push({ ...classified, declaredAt: type, ...(region ? { region } : {}), ...(topicCount === undefined ? {} : { topicCount }) });
  }
  return found;
}

/** Targets deployed by the `aws` provider, whose region the program decides. */
const AWS_TARGETS: ReadonlySet<string> = new Set(['msk', 'self-managed-ec2', 'msk-replicator']);

/**
 * The region a component's AWS resources deploy to, as `pulumi up` would decide it from the program: the `region` of
 * the explicit `aws` provider the component was given (`provider` or `providers`), else the stack's `aws:region`
 * config. Environment variables (`AWS_REGION`) are not read, so a review does not depend on the shell it runs in.
 */
async function awsRegionOf(owner: import('@pulumi/pulumi').Resource, resources: readonly RecordedResource[], config: Record<string, string>): Promise<string | undefined> {
  const provider = owner.getProvider('aws:index:Provider');
  if (provider) {
    const urn = await new Promise<string>((resolve) => provider.urn.apply(resolve));
    const name = urn.slice(urn.lastIndexOf('::') + 2);
    const recorded = resources.find((r) => r.type === 'pulumi:providers:aws' && r.name === name);
    const region = known(recorded?.inputs.region);
    if (region) return region;
  }
  return config['aws:region'] || undefined;
}

/**
 * The Azure location of an Event Hubs namespace, as the program gives it: the `location` of the namespace resource the
 * component registered, else the stack's `azure-native:location` config.
 */
function azureLocationOf(namespaceName: string, resources: readonly RecordedResource[], config: Record<string, string>): string | undefined {
  const ns = resources.find((r) => r.type === 'azure-native:eventhub:Namespace' && r.inputs.namespaceName === namespaceName);
  return known(ns?.inputs.location) ?? (config['azure-native:location'] || undefined);
}

/**
 * A recorded input that is a plain string: not the recording's `[unknown]` or `[secret]` placeholder (the values of
 * UNKNOWN_PLACEHOLDER and SECRET_PLACEHOLDER, spelled here so that a CDK review does not load the Pulumi SDK).
 */
const known = (v: unknown): string | undefined => (typeof v === 'string' && v && v !== '[unknown]' && v !== '[secret]' ? v : undefined);
