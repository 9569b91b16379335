/**
 * Confluent-shaped mock answers and a recorder that also captures the engine-side options `recordPulumi` does not
 * show (test/support/pulumi-registrations.ts).
 */
import type { MockOverrides, RecordedResource } from '../../../lib/testing/pulumi';
import {
  childList as sharedChildList, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording,
} from '../../support/pulumi-registrations';

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

export type { Registration } from '../../support/pulumi-registrations';

export interface ConfluentRecording<T> extends RegistrationRecording<T> {
  readonly byName: (name: string, type?: string) => RecordedResource;
  readonly registration: (name: string, type?: string) => Registration;
  readonly ofType: (type: string) => RecordedResource[];
}

/** Runs `program` under `recordPulumi` with the Confluent mocks, capturing each registration's options. */
export async function recordConfluent<T>(program: () => T): Promise<ConfluentRecording<T>> {
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', mocks: CONFLUENT_MOCKS });
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
