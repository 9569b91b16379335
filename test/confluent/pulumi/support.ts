/**
 * Confluent-shaped mock answers and a recorder that also captures the engine-side options `recordPulumi` does not
 * show (parent, protect, retainOnDelete, deleteBeforeReplace, additional secret outputs, dependencies).
 */
import * as pulumi from '@pulumi/pulumi';
import { recordPulumi, type MockOverrides, type PulumiRecording, type RecordedResource } from '../../../lib/testing/pulumi';

/** The secret every mocked API key returns; it must never appear in a recording or output. */
export const MOCK_API_SECRET = 'MockApiKeySecretNeverInState+0123456789';
export const MOCK_CLUSTER_ID = 'lkc-mock01';
export const MOCK_ENV_ID = 'env-mock01';
export const MOCK_CRN = `crn://confluent.cloud/organization=org-mock/environment=${MOCK_ENV_ID}/cloud-cluster=${MOCK_CLUSTER_ID}`;
export const MOCK_BOOTSTRAP = 'pkc-mock01.us-east-2.aws.confluent.cloud:9092';
export const MOCK_REST = 'https://pkc-mock01.us-east-2.aws.confluent.cloud:443';
export const MOCK_DNS_DOMAIN = 'dommock.us-east-2.aws.confluent.cloud';

const T = (mod: string, cls: string) => `confluentcloud:index/${mod}:${cls}`;

export const CONFLUENT_MOCKS: MockOverrides = {
  newResource: (args) => {
    const name = args.name;
    switch (args.type) {
      case T('environment', 'Environment'):
        return { id: MOCK_ENV_ID };
      case T('kafkaCluster', 'KafkaCluster'):
        return { id: MOCK_CLUSTER_ID, state: { rbacCrn: MOCK_CRN, bootstrapEndpoint: `SASL_SSL://${MOCK_BOOTSTRAP}`, restEndpoint: MOCK_REST, apiVersion: 'cmk/v2', kind: 'Cluster' } };
      case T('serviceAccount', 'ServiceAccount'):
        return { id: `sa-${name}`, state: { apiVersion: 'iam/v2', kind: 'ServiceAccount' } };
      case T('apiKey', 'ApiKey'):
        return { id: `KEY-${name}`, state: { secret: MOCK_API_SECRET } };
      case T('network', 'Network'):
        return {
          id: 'n-mock01',
          state: {
            dnsDomain: MOCK_DNS_DOMAIN,
            aws: [{ privateLinkEndpointService: 'com.amazonaws.vpce.us-east-2.vpce-svc-0mock' }],
            gcps: [{ privateServiceConnectServiceAttachments: Object.fromEntries(['us-central1-a', 'us-central1-b', 'us-central1-c'].map((z) => [z, `projects/cc/regions/us-central1/serviceAttachments/s-${z}`])) }],
            azures: [{ privateLinkServiceAliases: Object.fromEntries(['1', '2', '3'].map((z) => [z, `s-${z}.mock.eastus2.azure.privatelinkservice`])) }],
          },
        };
      case T('privateLinkAttachment', 'PrivateLinkAttachment'):
        return { id: 'platt-mock01', state: { dnsDomain: MOCK_DNS_DOMAIN, aws: [{ vpcEndpointServiceName: 'com.amazonaws.vpce.us-east-2.vpce-svc-0platt' }], azures: [{ privateLinkServiceAlias: 'platt.mock.azure.privatelinkservice', privateLinkServiceResourceId: '/x' }] } };
      case T('byokKey', 'ByokKey'):
        return { id: 'cck-mock01' };
      case 'aws:ec2/vpcEndpoint:VpcEndpoint':
        return { id: 'vpce-0mock', state: { dnsEntries: [{ dnsName: 'vpce-0mock.vpce-svc-0mock.us-east-2.vpce.amazonaws.com', hostedZoneId: 'Z1' }] } };
      case 'aws:route53/zone:Zone':
        return { state: { zoneId: `Z-${name}` } };
      case 'gcp:compute/address:Address':
        return { state: { address: `10.1.0.${10 + ['a', 'b', 'c'].indexOf(name.slice(-1))}` } };
      case 'gcp:compute/forwardingRule:ForwardingRule':
        return { state: { pscConnectionId: `psc-${name}` } };
      case 'azure-native:network:PrivateEndpoint':
        return { state: { customDnsConfigs: [{ ipAddresses: [`10.2.0.${name.slice(-1)}`] }] } };
      case 'azure-native:privatedns:PrivateZone':
        return { state: { name: MOCK_DNS_DOMAIN } };
      default:
        return undefined;
    }
  },
};

/** Engine-side options of one registration. */
export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  readonly deleteBeforeReplace: boolean;
  readonly additionalSecretOutputs: string[];
  readonly dependencies: string[];
}

export interface ConfluentRecording<T> extends PulumiRecording<T> {
  readonly registrations: Registration[];
  readonly byName: (name: string, type?: string) => RecordedResource;
  readonly registration: (name: string, type?: string) => Registration;
  readonly ofType: (type: string) => RecordedResource[];
}

/** Runs `program` under `recordPulumi` with the Confluent mocks, capturing each registration's options. */
export async function recordConfluent<T>(program: () => T): Promise<ConfluentRecording<T>> {
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
          retainOnDelete: req.getRetainondelete?.() === true,
          deleteBeforeReplace: req.getDeletebeforereplace?.() === true,
          additionalSecretOutputs: req.getAdditionalsecretoutputsList?.() ?? [],
          dependencies: req.getDependenciesList?.() ?? [],
        });
        return original(req, cb);
      };
      return program();
    },
    { project: 'proj', stack: 'dev', mocks: CONFLUENT_MOCKS },
  );
  const byName = (name: string, type?: string) => {
    const r = rec.resources.find((x) => x.name === name && (type === undefined || x.type === type));
    if (!r) throw new Error(`no resource named ${name}`);
    return r;
  };
  const registration = (name: string, type?: string) => {
    const r = registrations.find((x) => x.name === name && (type === undefined || x.type === type));
    if (!r) throw new Error(`no registration named ${name}`);
    return r;
  };
  const ofType = (type: string) => rec.resources.filter((r) => r.type === type);
  return { ...rec, registrations, byName, registration, ofType };
}

/** `type name` of every resource, sorted. */
export function childList(resources: readonly RecordedResource[]): string[] {
  return resources.map((r) => `${r.type.replace(/^confluentcloud:index\/[a-zA-Z]+:/, 'cc:')} ${r.name}`).sort();
}
