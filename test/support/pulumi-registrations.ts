/**
 * Shared by the Pulumi face tests: `recordPulumi` plus the engine-side options of every registration that it does not
 * show (parent URN, protect, retainOnDelete, deleteBeforeReplace, additional secret outputs, dependencies,
 * ignoreChanges, replaceOnChanges), read by wrapping the mock monitor `recordPulumi` installs; lookups by name.
 */
import * as pulumi from '@pulumi/pulumi';
import { defaultResourceResult, recordPulumi, type PulumiRecording, type RecordedResource, type RecordPulumiOptions } from '../../lib/testing/pulumi';

/** Engine-side options of one registration. */
export interface Registration {
  readonly type: string;
  readonly name: string;
  /** The parent's URN; empty for a top-level resource. */
  readonly parent: string;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  readonly deleteBeforeReplace: boolean;
  readonly additionalSecretOutputs: string[];
  /** URNs of `dependsOn` resources, sorted. */
  readonly dependencies: string[];
  readonly ignoreChanges: string[];
  readonly replaceOnChanges: string[];
}

export interface RegistrationRecording<T> extends PulumiRecording<T> {
  /** Every registration, in the order the program made them. */
  readonly registrations: Registration[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the monitor's request is a generated protobuf class */
function registrationOf(req: any): Registration {
  return {
    type: req.getType(),
    name: req.getName(),
    parent: req.getParent(),
    protect: req.getProtect?.() === true,
    retainOnDelete: req.getRetainondelete?.() === true,
    deleteBeforeReplace: req.getDeletebeforereplace?.() === true,
    additionalSecretOutputs: req.getAdditionalsecretoutputsList?.() ?? [],
    dependencies: [...(req.getDependenciesList?.() ?? [])].sort(),
    ignoreChanges: req.getIgnorechangesList?.() ?? [],
    replaceOnChanges: req.getReplaceonchangesList?.() ?? [],
  };
}

/** Runs `program` under `recordPulumi` with `options`, also capturing each registration's options. */
export async function recordRegistrations<T>(program: () => T, options: RecordPulumiOptions): Promise<RegistrationRecording<T>> {
  const registrations: Registration[] = [];
  const rec = await recordPulumi(() => {
    const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: (req: any, cb: unknown) => unknown };
    const original = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, cb: unknown) => {
      registrations.push(registrationOf(req));
      return original(req, cb);
    };
    return program();
  }, options);
  return { ...rec, registrations };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The first of `items` named `name` that `match` accepts; throws `no <kind> named <name>` when there is none. */
export function named<X extends { readonly name: string; readonly type: string }>(
  items: readonly X[], kind: 'resource' | 'registration', name: string, match: (x: X) => boolean = () => true,
): X {
  const found = items.find((x) => x.name === name && match(x));
  if (!found) throw new Error(`no ${kind} named ${name}`);
  return found;
}

/** A `match` for {@link named}: of `type` when one is given, else any type. */
export const ofTypeIfGiven = (type: string | undefined) => (x: { readonly type: string }): boolean => type === undefined || x.type === type;

/** `type name` of every resource, sorted; `label` shortens the type. */
export function childList(resources: readonly RecordedResource[], label: (type: string) => string = (t) => t): string[] {
  return resources.map((r) => `${label(r.type)} ${r.name}`).sort();
}

/** The state the default mocks give a resource of `type` named `name` with `inputs` (e.g. its `arn`). */
export function mockedState(type: string, name: string, inputs: Record<string, unknown> = {}): Record<string, unknown> {
  return defaultResourceResult({ type, name, inputs }).state;
}

/** The id the default mocks give a resource of `type` named `name` with `inputs`. */
export function mockedId(type: string, name: string, inputs: Record<string, unknown> = {}): string {
  return String(defaultResourceResult({ type, name, inputs }).id);
}

/** The ARN the default mocks give a resource (e.g. a key's `arn:aws:kms:<region>:<account>:key/<uuid>`). */
export function mockedArn(type: string, name: string, inputs: Record<string, unknown> = {}): string {
  return String(mockedState(type, name, inputs).arn);
}
