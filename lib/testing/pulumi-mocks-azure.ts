/**
 * Default mock answers for `@pulumi/azure-native`: Azure Resource Manager ids
 * (`/subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>[/<child type>/<name>]`), the
 * `name` and `type` outputs, identity principals, private endpoint addresses and the Event Hubs list-keys invokes.
 */
import type * as pulumi from '@pulumi/pulumi';
import { stableChars, stableHex, stableUuid, stringOr } from './pulumi-mock-values';

/** Subscription of every ARM id the mocks build. */
export const MOCK_AZURE_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000001';

/** Entra ID tenant the mocks report (identities, client config). */
export const MOCK_AZURE_TENANT_ID = '00000000-0000-0000-0000-00000000000a';

/** The `SharedAccessKey` of every connection string the list-keys invokes return under the default mocks. */
export const MOCK_AZURE_SHARED_ACCESS_KEY = 'MockSharedAccessKeyFromListKeys0000000000000=';

type Inputs = Record<string, unknown>;

/**
 * Where a resource sits under its resource group: the provider namespace, then `[type segment, input holding the
 * name]` pairs from the outermost parent down to the resource.
 */
interface ArmPath {
  readonly namespace: string;
  readonly segments: readonly (readonly [string, string])[];
}

const eventHubNamespace = ['namespaces', 'namespaceName'] as const;
const eventHub = ['eventhubs', 'eventHubName'] as const;

/** The resource types kafka-iac creates, with their ARM paths. */
const ARM_PATHS: Record<string, ArmPath> = {
  'azure-native:eventhub:Namespace': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace] },
  'azure-native:eventhub:Cluster': { namespace: 'Microsoft.EventHub', segments: [['clusters', 'clusterName']] },
  'azure-native:eventhub:EventHub': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, eventHub] },
  'azure-native:eventhub:ConsumerGroup': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, eventHub, ['consumergroups', 'consumerGroupName']] },
  'azure-native:eventhub:NamespaceAuthorizationRule': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, ['authorizationRules', 'authorizationRuleName']] },
  'azure-native:eventhub:EventHubAuthorizationRule': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, eventHub, ['authorizationRules', 'authorizationRuleName']] },
  'azure-native:eventhub:SchemaRegistry': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, ['schemagroups', 'schemaGroupName']] },
  'azure-native:eventhub:NamespaceNetworkRuleSet': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, ['networkRuleSets', '']] },
  'azure-native:eventhub:DisasterRecoveryConfig': { namespace: 'Microsoft.EventHub', segments: [eventHubNamespace, ['disasterRecoveryConfigs', 'alias']] },
  'azure-native:managedidentity:UserAssignedIdentity': { namespace: 'Microsoft.ManagedIdentity', segments: [['userAssignedIdentities', 'resourceName']] },
  'azure-native:network:PrivateEndpoint': { namespace: 'Microsoft.Network', segments: [['privateEndpoints', 'privateEndpointName']] },
  'azure-native:network:PrivateDnsZoneGroup': { namespace: 'Microsoft.Network', segments: [['privateEndpoints', 'privateEndpointName'], ['privateDnsZoneGroups', 'privateDnsZoneGroupName']] },
  'azure-native:privatedns:PrivateZone': { namespace: 'Microsoft.Network', segments: [['privateDnsZones', 'privateZoneName']] },
  'azure-native:privatedns:VirtualNetworkLink': { namespace: 'Microsoft.Network', segments: [['privateDnsZones', 'privateZoneName'], ['virtualNetworkLinks', 'virtualNetworkLinkName']] },
};

/** Resources whose id extends another resource's id (`scope`) rather than a resource group. */
const EXTENSIONS: Record<string, [scopeInput: string, path: string, nameInput: string]> = {
  'azure-native:authorization:RoleAssignment': ['scope', 'Microsoft.Authorization/roleAssignments', 'roleAssignmentName'],
  'azure-native:authorization:ManagementLockByScope': ['scope', 'Microsoft.Authorization/locks', 'lockName'],
  'azure-native:monitor:DiagnosticSetting': ['resourceUri', 'Microsoft.Insights/diagnosticSettings', 'name'],
};

/** `networkRuleSets` -> `Microsoft.EventHub/namespaces/networkRuleSets`: the `type` output of a resource. */
function armType(path: ArmPath): string {
  return [path.namespace, ...path.segments.map(([segment]) => segment)].join('/');
}

/** `Microsoft.Network` and `privateEndpoints` for `azure-native:network:PrivateEndpoint`, when the table lacks it. */
function guessedPath(type: string): ArmPath {
  const [, module = '', resource = ''] = type.split(':');
  const namespace = `Microsoft.${module.charAt(0).toUpperCase()}${module.slice(1)}`;
  const plural = `${resource.charAt(0).toLowerCase()}${resource.slice(1)}`.replace(/y$/, 'ie').replace(/s?$/, 's');
  return { namespace, segments: [[plural, '']] };
}

/** The default id and state of an `azure-native:*` custom resource. */
export function azureResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
  const i = (args.inputs ?? {}) as Inputs;
  const seed = `${args.type}\u0000${args.name}`;
  const extension = EXTENSIONS[args.type];
  if (extension) {
    const [scopeInput, path, nameInput] = extension;
    const name = stringOr(i[nameInput], stableUuid(seed));
    const scope = stringOr(i[scopeInput], `/subscriptions/${MOCK_AZURE_SUBSCRIPTION_ID}`);
    return { id: `${scope}/providers/${path}/${name}`, state: { name, type: path } };
  }
  if (args.type === 'azure-native:resources:ResourceGroup') {
    const name = stringOr(i.resourceGroupName, args.name);
    return { id: `/subscriptions/${MOCK_AZURE_SUBSCRIPTION_ID}/resourceGroups/${name}`, state: { name, type: 'Microsoft.Resources/resourceGroups', provisioningState: 'Succeeded' } };
  }
  const path = ARM_PATHS[args.type] ?? guessedPath(args.type);
  const names = path.segments.map(([segment, input], n) =>
    // The last segment is the resource's own name: its input, or the logical name (Azure Native would add a suffix).
    (n === path.segments.length - 1 ? stringOr(i[input], segment === 'networkRuleSets' ? 'default' : args.name) : stringOr(i[input], input)));
  const group = stringOr(i.resourceGroupName, 'rg');
  const id = `/subscriptions/${MOCK_AZURE_SUBSCRIPTION_ID}/resourceGroups/${group}/providers/${path.namespace}/${path.segments.map(([segment], n) => `${segment}/${names[n]}`).join('/')}`;
  const name = names[names.length - 1]!;
  return { id, state: { name, type: armType(path), provisioningState: 'Succeeded', ...typeState(args.type, i, seed, name) } };
}

function typeState(type: string, i: Inputs, seed: string, name: string): Record<string, unknown> {
  switch (type) {
    case 'azure-native:eventhub:Namespace':
      return {
        serviceBusEndpoint: `https://${name}.servicebus.windows.net:443/`, metricId: `${MOCK_AZURE_SUBSCRIPTION_ID}:${name}`, status: 'Active',
        createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
      };
    case 'azure-native:eventhub:EventHub':
      return { partitionIds: Array.from({ length: Number(i.partitionCount ?? 1) || 1 }, (_, n) => String(n)), status: 'Active', createdAt: '2024-01-01T00:00:00Z' };
    case 'azure-native:managedidentity:UserAssignedIdentity':
      return { principalId: stableUuid(`${seed}\u0000principal`), clientId: stableUuid(`${seed}\u0000client`), tenantId: MOCK_AZURE_TENANT_ID };
    case 'azure-native:network:PrivateEndpoint': {
      const ip = `10.${parseInt(stableHex(seed, 2), 16) % 256}.${parseInt(stableHex(`${seed}\u00001`, 2), 16) % 256}.${4 + (parseInt(stableHex(`${seed}\u00002`, 2), 16) % 250)}`;
      const group = stringOr(i.resourceGroupName, 'rg');
      return {
        customDnsConfigs: [{ fqdn: `${name}.privatelink.mock`, ipAddresses: [ip] }],
        networkInterfaces: [{ id: `/subscriptions/${MOCK_AZURE_SUBSCRIPTION_ID}/resourceGroups/${group}/providers/Microsoft.Network/networkInterfaces/${name}.nic.${stableUuid(seed)}` }],
      };
    }
    case 'azure-native:privatedns:PrivateRecordSet':
      return { fqdn: `${stringOr(i.relativeRecordSetName, name)}.${stringOr(i.privateZoneName, 'zone')}.` };
    case 'azure-native:privatedns:PrivateZone':
      return { internalId: stableChars(seed, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), numberOfRecordSets: 1 };
    default:
      return {};
  }
}

/** Default results of the `@pulumi/azure-native` invokes kafka-iac uses; `undefined` for any other token. */
export function azureCallResult(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult | undefined {
  const i = (args.inputs ?? {}) as Inputs;
  switch (args.token) {
    case 'azure-native:eventhub:listNamespaceKeys':
    case 'azure-native:eventhub:listEventHubKeys': {
      const entity = args.token.endsWith('listEventHubKeys') ? `;EntityPath=${String(i.eventHubName)}` : '';
      const connection = (key: string) =>
        `Endpoint=sb://${String(i.namespaceName)}.servicebus.windows.net/;SharedAccessKeyName=${String(i.authorizationRuleName)};SharedAccessKey=${key}${entity}`;
      return {
        keyName: i.authorizationRuleName, primaryKey: MOCK_AZURE_SHARED_ACCESS_KEY, secondaryKey: MOCK_AZURE_SHARED_ACCESS_KEY,
        primaryConnectionString: connection(MOCK_AZURE_SHARED_ACCESS_KEY), secondaryConnectionString: connection(MOCK_AZURE_SHARED_ACCESS_KEY),
      };
    }
    case 'azure-native:authorization:getClientConfig':
      return { subscriptionId: MOCK_AZURE_SUBSCRIPTION_ID, tenantId: MOCK_AZURE_TENANT_ID, clientId: stableUuid('client'), objectId: stableUuid('object') };
    default:
      return undefined;
  }
}
