/**
 * Shared helpers of the Managed Kafka Pulumi tests: GCP-shaped mock answers, and a recorder that also captures the
 * engine-side options `recordPulumi` does not show (parent, protect, dependencies, ignore/replace on changes).
 */
import * as pulumi from '@pulumi/pulumi';
import { recordPulumi, type MockOverrides, type PulumiRecording, type RecordedResource } from '../../../lib/testing/pulumi';
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

/** Engine-side options of one registration. */
export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly protect: boolean;
  readonly dependencies: string[];
  readonly ignoreChanges: string[];
  readonly replaceOnChanges: string[];
  readonly deleteBeforeReplace: boolean;
}

export interface GcpRecording<T> extends PulumiRecording<T> {
  readonly registrations: Registration[];
  /** The recorded resource named `name` (of `type`, when a component and a child share the name). */
  readonly byName: (name: string, type?: string) => RecordedResource;
  readonly registration: (name: string, type?: string) => Registration;
}

export const COMPONENT_TYPE = 'kafka-iac:gcp:ManagedKafkaCluster';

/** Runs `program` under `recordPulumi` with the GCP mocks, also capturing each registration's options. */
export async function recordGcp<T>(program: () => T, mocks: MockOverrides = gcpMocks()): Promise<GcpRecording<T>> {
  const registrations: Registration[] = [];
  const rec = await recordPulumi(
    () => {
      const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: (req: any, cb: unknown) => unknown };
      const original = monitor.registerResource.bind(monitor);
      monitor.registerResource = (req: any, cb: unknown) => {
        registrations.push({
          type: req.getType(),
          name: req.getName(),
          parent: req.getParent(),
          protect: req.getProtect?.() === true,
          dependencies: [...(req.getDependenciesList?.() ?? [])].sort(),
          ignoreChanges: req.getIgnorechangesList?.() ?? [],
          replaceOnChanges: req.getReplaceonchangesList?.() ?? [],
          deleteBeforeReplace: req.getDeletebeforereplace?.() === true,
        });
        return original(req, cb);
      };
      return program();
    },
    { project: 'proj', stack: 'dev', mocks },
  );
  const byName = (name: string, type?: string) => {
    const r = rec.resources.find((x) => x.name === name && (type === undefined ? x.type !== COMPONENT_TYPE : x.type === type));
    if (!r) throw new Error(`no resource named ${name}`);
    return r;
  };
  const registration = (name: string, type?: string) => {
    const r = registrations.find((x) => x.name === name && (type === undefined ? x.type !== COMPONENT_TYPE : x.type === type));
    if (!r) throw new Error(`no registration named ${name}`);
    return r;
  };
  return { ...rec, registrations, byName, registration };
}

/** `type name` of every resource, sorted. */
export function childList(resources: readonly RecordedResource[]): string[] {
  return resources.map((r) => `${r.type} ${r.name}`).sort();
}
