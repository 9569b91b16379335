/** A recorder for cluster links that keeps the raw inputs and the engine-side options of every registration. */
import { MOCK_API_SECRET } from '../../../confluent/pulumi/support';
import type { MockOverrides, RecordedResource } from '../../../../lib/testing/pulumi';
import {
  childList as sharedChildList, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording,
} from '../../../support/pulumi-registrations';

export { MOCK_API_SECRET };

/** Raw inputs per resource name (secrets unwrapped), for structural assertions the scrubbed recording hides. */
export const rawInputs = new Map<string, Record<string, unknown>>();
/** Top-level input names that arrived as secrets, per resource name. */
export const secretInputs = new Map<string, string[]>();

const SECRET_SIG = '4dabf18193072939515e22adb298388d';
function unwrap(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrap);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (SECRET_SIG in o) return unwrap(o.value);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, unwrap(x)]));
  }
  return v;
}

const MOCKS: MockOverrides = {
  newResource: (args) => {
    rawInputs.set(args.name, unwrap(args.inputs) as Record<string, unknown>);
    secretInputs.set(args.name, Object.entries(args.inputs ?? {}).filter(([, v]) => v && typeof v === 'object' && SECRET_SIG in v).map(([k]) => k).sort());
    return undefined;
  },
};

export interface LinkRecording<T> extends RegistrationRecording<T> {
  readonly byName: (name: string, type?: string) => RecordedResource;
  readonly registration: (name: string, type?: string) => Registration;
  readonly ofType: (type: string) => RecordedResource[];
}

export async function recordLink<T>(program: () => T): Promise<LinkRecording<T>> {
  rawInputs.clear();
  secretInputs.clear();
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', mocks: MOCKS });
  return {
    ...rec,
    byName: (name, type) => named(rec.resources, 'resource', name, ofTypeIfGiven(type)),
    registration: (name, type) => named(rec.registrations, 'registration', name, ofTypeIfGiven(type)),
    ofType: (type) => rec.resources.filter((r) => r.type === type),
  };
}

/** `type name` of every resource, sorted (`confluentcloud:index/<module>:` shortened to `cc:`). */
export function childList(resources: readonly RecordedResource[]): string[] {
  return sharedChildList(resources, (type) => type.replace(/^confluentcloud:index\/[a-zA-Z]+:/, 'cc:'));
}
