/**
 * The values the default mocks give Confluent resources, and a recorder that also captures the engine-side options `recordPulumi` does not
 * show (test/support/pulumi-registrations.ts).
 */
import { MOCK_CONFLUENT_API_SECRET, type RecordedResource } from '../../../lib/testing/pulumi';
import {
  childList as sharedChildList, mockedId, mockedState, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording,
} from '../../support/pulumi-registrations';

/** The secret every API key has under the default mocks; it must never appear in a recording or output. */
export const MOCK_API_SECRET = MOCK_CONFLUENT_API_SECRET;

const T = (module: string, resource: string) => `confluentcloud:index/${module}:${resource}`;

/** The id the default mocks give the Confluent resource `module/resource` named `name` (e.g. `lkc-...`, `sa-...`). */
export const mockedConfluentId = (module: string, resource: string, name: string) => mockedId(T(module, resource), name);

/** The state the default mocks give the Confluent resource `module/resource` named `name` with `inputs`. */
export const mockedConfluentState = (module: string, resource: string, name: string, inputs: Record<string, unknown> = {}) => mockedState(T(module, resource), name, inputs);

/** What the default mocks give `ConfluentKafka` `name`'s environment, cluster (and network, with `network: true`). */
export function mockedKafka(name: string, o: { cloud: string; region: string; network?: boolean }) {
  const environmentId = mockedConfluentId('environment', 'Environment', `${name}-env`);
  const environment = { id: environmentId };
  const networkId = o.network ? mockedConfluentId('network', 'Network', `${name}-network`) : undefined;
  const network = networkId ? mockedState(T('network', 'Network'), `${name}-network`, { cloud: o.cloud, region: o.region, connectionTypes: ['PRIVATELINK'], environment }) : undefined;
  const cluster = mockedState(T('kafkaCluster', 'KafkaCluster'), name, { cloud: o.cloud, region: o.region, environment, ...(networkId ? { network: { id: networkId } } : {}) });
  return {
    environmentId, networkId, clusterId: mockedConfluentId('kafkaCluster', 'KafkaCluster', name),
    dnsDomain: network?.dnsDomain as string | undefined,
    endpointService: (network?.aws as { privateLinkEndpointService: string }[] | undefined)?.[0]?.privateLinkEndpointService,
    crn: String(cluster.rbacCrn), bootstrap: String(cluster.bootstrapEndpoint).replace(/^SASL_SSL:\/\//, ''), rest: String(cluster.restEndpoint),
  };
}

export type { Registration } from '../../support/pulumi-registrations';

export interface ConfluentRecording<T> extends RegistrationRecording<T> {
  readonly byName: (name: string, type?: string) => RecordedResource;
  readonly registration: (name: string, type?: string) => Registration;
  readonly ofType: (type: string) => RecordedResource[];
}

/** Runs `program` under `recordPulumi` (the default mocks answer Confluent ids and endpoints), capturing each registration's options. */
export async function recordConfluent<T>(program: () => T): Promise<ConfluentRecording<T>> {
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev' });
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
