/**
 * Shared helpers of the Managed Kafka Pulumi tests: deployed-state mock hooks, and a recorder that also captures the
 * engine-side options `recordPulumi` does not show (test/support/pulumi-registrations.ts).
 */
import type { MockOverrides, RecordedResource } from '../../../lib/testing/pulumi';
import { childList, named, recordRegistrations, type Registration, type RegistrationRecording } from '../../support/pulumi-registrations';

type StateHook = (inputs: Record<string, any>) => Record<string, unknown> | undefined;

/**
 * The default mocks answer GCP ids, names and the service agent; these hooks stand for a cluster or topic as deployed
 * (e.g. with another key or replication factor than the program asks for).
 */
export function gcpMocks(overrides: { clusterState?: StateHook; topicState?: StateHook } = {}): MockOverrides {
  return {
    newResource: (args) => {
      const hook = args.type === 'gcp:managedkafka/cluster:Cluster' ? overrides.clusterState : args.type === 'gcp:managedkafka/topic:Topic' ? overrides.topicState : undefined;
      return hook ? { state: hook(args.inputs as Record<string, any>) } : undefined;
    },
  };
}

export type { Registration } from '../../support/pulumi-registrations';

export interface GcpRecording<T> extends RegistrationRecording<T> {
  /** The recorded resource named `name` (of `type`, when a component and a child share the name). */
  readonly byName: (name: string, type?: string) => RecordedResource;
  readonly registration: (name: string, type?: string) => Registration;
}

export const COMPONENT_TYPE = 'kafka-iac:gcp:ManagedKafkaCluster';

/** Without a type, a name means the child, not the component that shares it. */
const childOrType = (type: string | undefined) => (x: { readonly type: string }) => (type === undefined ? x.type !== COMPONENT_TYPE : x.type === type);

/** Runs `program` under `recordPulumi` with `mocks` added to the defaults, also capturing each registration's options. */
export async function recordGcp<T>(program: () => T, mocks: MockOverrides = gcpMocks()): Promise<GcpRecording<T>> {
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', mocks });
  return {
    ...rec,
    byName: (name, type) => named(rec.resources, 'resource', name, childOrType(type)),
    registration: (name, type) => named(rec.registrations, 'registration', name, childOrType(type)),
  };
}

export { childList };
