/**
 * Shared helpers of the MSK Pulumi tests: a recorder (with the default mocks, which answer MSK ARNs, bootstrap brokers
 * and generated passwords) that also captures the engine-side options `recordPulumi` does not show (parent URN,
 * retainOnDelete, ignoreChanges).
 */
import { MOCK_RANDOM_PASSWORD, type RecordedResource } from '../../../lib/testing/pulumi';
import { childList, mockedArn, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording } from '../../support/pulumi-registrations';

/** The password `getRandomPassword` returns under the default mocks; it must never appear in a recording. */
export const MOCK_PASSWORD = MOCK_RANDOM_PASSWORD;

export type { Registration } from '../../support/pulumi-registrations';

export interface MskRecording<T> extends RegistrationRecording<T> {
  readonly byName: (name: string) => RecordedResource;
  /** The registration named `name` (of `type`, when a component and a child share the name). */
  readonly registration: (name: string, type?: string) => Registration;
}

/** Runs `program` under `recordPulumi`, also capturing each registration's options. */
export async function recordMsk<T>(program: () => T, overrides: { project?: string; stack?: string } = {}): Promise<MskRecording<T>> {
  const rec = await recordRegistrations(program, { project: overrides.project ?? 'proj', stack: overrides.stack ?? 'dev' });
  return {
    ...rec,
    byName: (name) => named(rec.resources, 'resource', name),
    registration: (name, type) => named(rec.registrations, 'registration', name, ofTypeIfGiven(type)),
  };
}

export { childList, mockedArn };
