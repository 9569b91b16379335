/**
 * Default mock answers for `@pulumi/confluentcloud`: ids with Confluent's prefixes (`env-`, `lkc-`, `sa-`, `n-`,
 * ...), CRNs, cluster endpoints (public, or in the network's DNS domain), the services a network or PrivateLink
 * Attachment publishes for its cloud, and API key secrets.
 */
import type * as pulumi from '@pulumi/pulumi';
import { availabilityZones } from './pulumi-mocks-aws';
import { stableChars, stableHex, stableLowerAlnum, stableUpperAlnum, stableUuid, stringOr } from './pulumi-mock-values';

/** Organization of every CRN the mocks build. */
export const MOCK_CONFLUENT_ORGANIZATION_ID = '00000000-0000-0000-0000-00000000c0f1';

/** The secret of every API key under the default mocks; it must never appear in a recording. */
export const MOCK_CONFLUENT_API_SECRET = 'MockConfluentApiKeySecret0123456789abcdefghijklmnopqrstuvwxyzABCD';

type Inputs = Record<string, unknown>;
type Ref = { id?: unknown } | undefined;

const T = (module: string, resource: string) => `confluentcloud:index/${module}:${resource}`;

/** An id with Confluent's prefix, e.g. `lkc-1a2b3c`. */
function confluentId(prefix: string, seed: string): string {
  return `${prefix}-${stableLowerAlnum(seed, 6)}`;
}

const refId = (ref: unknown, fallback: string): string => stringOr((ref as Ref)?.id, fallback);
const crn = (...path: string[]) => `crn://confluent.cloud/organization=${MOCK_CONFLUENT_ORGANIZATION_ID}${path.map((p) => `/${p}`).join('')}`;
const host = (cloud: unknown, region: unknown) => `${stringOr(region, 'us-east-2')}.${stringOr(cloud, 'AWS').toLowerCase()}`;

/** The DNS domain of a Confluent network, from its id (what clusters on the network use for their endpoints). */
function networkDnsDomain(networkId: string, cloud: unknown, region: unknown): string {
  return `dom${stableLowerAlnum(networkId, 5)}.${host(cloud, region)}.confluent.cloud`;
}

/** The zones Confluent picks for a network when none are given: zone ids on AWS, zone names on GCP, numbers on Azure. */
function defaultZones(cloud: string, region: string): string[] {
  switch (cloud) {
    case 'GCP':
      return ['a', 'b', 'c'].map((z) => `${region}-${z}`);
    case 'AZURE':
      return ['1', '2', '3'];
    default:
      return availabilityZones(region).zoneIds;
  }
}

function network(i: Inputs, id: string, seed: string): Record<string, unknown> {
  const cloud = stringOr(i.cloud, 'AWS');
  const region = stringOr(i.region, 'us-east-2');
  const zones = Array.isArray(i.zones) && i.zones.length > 0 ? (i.zones as string[]) : defaultZones(cloud, region);
  const privateLink = Array.isArray(i.connectionTypes) && i.connectionTypes.includes('PRIVATELINK');
  const dnsDomain = networkDnsDomain(id, cloud, region);
  const service = stableHex(seed, 17);
  return {
    dnsDomain, zones, resourceName: crn(`environment=${refId(i.environment, 'env')}`, `network=${id}`),
    zonalSubdomains: Object.fromEntries(zones.map((z) => [z, `${z}.${dnsDomain}`])),
    endpointSuffix: `-${id}.${host(cloud, region)}.confluent.cloud`,
    aws: cloud === 'AWS' ? [{ account: stableChars(seed, 12, '0123456789'), vpc: `vpc-${stableHex(`${seed}\u0000vpc`, 17)}`, privateLinkEndpointService: privateLink ? `com.amazonaws.vpce.${region}.vpce-svc-${service}` : '' }] : [],
    gcps: cloud === 'GCP' ? [{
      project: `cc-network-${stableLowerAlnum(seed, 6)}`, vpcNetwork: `network-${stableLowerAlnum(seed, 6)}`,
      privateServiceConnectServiceAttachments: privateLink ? Object.fromEntries(zones.map((z) => [z, `projects/cc-network-${stableLowerAlnum(seed, 6)}/regions/${region}/serviceAttachments/s-${stableLowerAlnum(seed, 5)}-service-attachment-${z}`])) : {},
    }] : [],
    azures: cloud === 'AZURE' ? [{
      privateLinkServiceAliases: privateLink ? Object.fromEntries(zones.map((z) => [z, `s-${stableLowerAlnum(`${seed}\u0000${z}`, 5)}-privatelink-${z}.${stableUuid(`${seed}\u0000${z}`)}.${region}.azure.privatelinkservice`])) : {},
    }] : [],
  };
}

function privateLinkAttachment(i: Inputs, id: string, seed: string): Record<string, unknown> {
  const cloud = stringOr(i.cloud, 'AWS');
  const region = stringOr(i.region, 'us-east-2');
  return {
    dnsDomain: `${host(cloud, region)}.private.confluent.cloud`, resourceName: crn(`environment=${refId(i.environment, 'env')}`, `private-link-attachment=${id}`),
    aws: cloud === 'AWS' ? [{ vpcEndpointServiceName: `com.amazonaws.vpce.${region}.vpce-svc-${stableHex(seed, 17)}` }] : [],
    azures: cloud === 'AZURE' ? [{
      privateLinkServiceAlias: `s-${stableLowerAlnum(seed, 5)}-privatelink.${stableUuid(seed)}.${region}.azure.privatelinkservice`,
      privateLinkServiceResourceId: `/subscriptions/${stableUuid(`${seed}\u0000sub`)}/resourceGroups/cc-${stableLowerAlnum(seed, 6)}/providers/Microsoft.Network/privateLinkServices/s-${stableLowerAlnum(seed, 5)}`,
    }] : [],
    gcps: cloud === 'GCP' ? [{ privateServiceConnectServiceAttachment: `projects/cc-${stableLowerAlnum(seed, 6)}/regions/${region}/serviceAttachments/plattg-${stableLowerAlnum(seed, 5)}` }] : [],
  };
}

function kafkaCluster(i: Inputs, id: string, seed: string): Record<string, unknown> {
  const networkId = (i.network as Ref)?.id;
  const domain = typeof networkId === 'string' && networkId !== ''
    ? `${id}.${networkDnsDomain(networkId, i.cloud, i.region)}`
    : `pkc-${stableLowerAlnum(seed, 5)}.${host(i.cloud, i.region)}.confluent.cloud`;
  const bootstrapEndpoint = `SASL_SSL://${domain}:9092`;
  const restEndpoint = `https://${domain}:443`;
  return {
    apiVersion: 'cmk/v2', kind: 'Cluster', bootstrapEndpoint, restEndpoint,
    rbacCrn: crn(`environment=${refId(i.environment, 'env')}`, `cloud-cluster=${id}`),
    endpoints: [{ accessPointId: 'PUBLIC', bootstrapEndpoint, restEndpoint, connectionType: networkId ? 'PRIVATE' : 'PUBLIC' }],
  };
}

/** The default id and state of a `confluentcloud:*` custom resource. */
export function confluentResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
  const i = (args.inputs ?? {}) as Inputs;
  const seed = `${args.type}\u0000${args.name}`;
  const id = (prefix: string) => confluentId(prefix, seed);
  switch (args.type) {
    case T('environment', 'Environment'): {
      const envId = id('env');
      return { id: envId, state: { resourceName: crn(`environment=${envId}`) } };
    }
    case T('kafkaCluster', 'KafkaCluster'): {
      const clusterId = id('lkc');
      return { id: clusterId, state: kafkaCluster(i, clusterId, seed) };
    }
    case T('serviceAccount', 'ServiceAccount'):
      return { id: id('sa'), state: { apiVersion: 'iam/v2', kind: 'ServiceAccount' } };
    case T('apiKey', 'ApiKey'):
      return { id: stableUpperAlnum(seed, 16), state: { secret: MOCK_CONFLUENT_API_SECRET } };
    case T('network', 'Network'): {
      const networkId = id('n');
      return { id: networkId, state: network(i, networkId, seed) };
    }
    case T('privateLinkAttachment', 'PrivateLinkAttachment'): {
      const attachmentId = id('platt');
      return { id: attachmentId, state: privateLinkAttachment(i, attachmentId, seed) };
    }
    case T('privateLinkAttachmentConnection', 'PrivateLinkAttachmentConnection'):
      return { id: id('plattc'), state: {} };
    case T('privateLinkAccess', 'PrivateLinkAccess'):
      return { id: id('pla'), state: {} };
    case T('peering', 'Peering'):
      return { id: id('peer'), state: {} };
    case T('transitGatewayAttachment', 'TransitGatewayAttachment'):
      return { id: id('tgwa'), state: {} };
    case T('byokKey', 'ByokKey'):
      return { id: id('cck'), state: {} };
    case T('roleBinding', 'RoleBinding'):
      return { id: id('rb'), state: {} };
    case T('kafkaTopic', 'KafkaTopic'):
      return { id: `${refId(i.kafkaCluster, 'lkc')}/${stringOr(i.topicName, args.name)}`, state: {} };
    case T('kafkaAcl', 'KafkaAcl'):
      return { id: `${refId(i.kafkaCluster, 'lkc')}/${[i.resourceType, i.resourceName, i.patternType, i.principal, i.host, i.operation, i.permission].map(String).join('#')}`, state: {} };
    case T('kafkaClientQuota', 'KafkaClientQuota'):
      return { id: id('cq'), state: {} };
    case T('clusterLink', 'ClusterLink'):
      return { id: `${stringOr(i.link, args.name)}`, state: { clusterLinkId: stableChars(seed, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') } };
    case T('kafkaMirrorTopic', 'KafkaMirrorTopic'):
      return { id: `${refId(i.kafkaCluster, 'lkc')}/${stringOr(i.mirrorTopicName, String((i.sourceKafkaTopic as { topicName?: unknown } | undefined)?.topicName ?? args.name))}`, state: { status: i.status ?? 'ACTIVE' } };
    default:
      return { id: `${args.name}-id`, state: {} };
  }
}
