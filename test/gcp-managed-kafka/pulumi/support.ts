/**
 * Shared helpers of the Managed Kafka Pulumi tests: GCP-shaped mock answers, and a recorder that also captures the
 * engine-side options `recordPulumi` does not show (test/support/pulumi-registrations.ts).
 */
import type { MockOverrides, RecordedResource } from '../../../lib/testing/pulumi';
import { childList, named, recordRegistrations, type Registration, type RegistrationRecording } from '../../support/pulumi-registrations';
import { PROJECT_NUMBER } from '../fixtures';

/** Computed outputs of GCP resources in the formats the provider reports them. */
export function gcpMocks(overrides: { clusterState?: (inputs: Record<string, any>) => Record<string, unknown> | undefined; topicState?: (inputs: Record<string, any>) => Record<string, unknown> | undefined } = {}): MockOverrides {
  return {
    newResource: (args) => {
      const i = args.inputs as Record<string, any>;
      switch (args.type) {
        case 'gcp:kms/keyRing:KeyRing':
          return { id: `projects/${i.project}/locations/${i.location}/keyRings/${i.name}` };
        case 'gcp:kms/cryptoKey:CryptoKey':
          return { id: `${i.keyRing}/cryptoKeys/${i.name}` };
        case 'gcp:projects/serviceIdentity:ServiceIdentity':
          return { state: { email: `service-${PROJECT_NUMBER}@gcp-sa-managedkafka.iam.gserviceaccount.com` } };
        case 'gcp:managedkafka/cluster:Cluster':
          return { state: { name: `projects/${i.project}/locations/${i.location}/clusters/${i.clusterId}`, state: 'ACTIVE', ...(overrides.clusterState?.(i) ?? {}) } };
        case 'gcp:managedkafka/topic:Topic':
          return overrides.topicState ? { state: overrides.topicState(i) } : undefined;
        case 'gcp:managedkafka/connectCluster:ConnectCluster':
          return { state: { name: `projects/${i.project}/locations/${i.location}/connectClusters/${i.connectClusterId}` } };
        default:
          return undefined;
      }
    },
    call: (args) => (args.token === 'gcp:organizations/getProject:getProject' ? { number: PROJECT_NUMBER, projectId: args.inputs.projectId } : undefined),
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

/** Runs `program` under `recordPulumi` with the GCP mocks, also capturing each registration's options. */
export async function recordGcp<T>(program: () => T, mocks: MockOverrides = gcpMocks()): Promise<GcpRecording<T>> {
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', mocks });
  return {
    ...rec,
    byName: (name, type) => named(rec.resources, 'resource', name, childOrType(type)),
    registration: (name, type) => named(rec.registrations, 'registration', name, childOrType(type)),
  };
}

export { childList };
