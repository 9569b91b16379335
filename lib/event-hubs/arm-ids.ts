/**
 * Azure Resource Manager id helpers: pure string checks and derivations used by validation and by the face.
 */

const RESOURCE_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[A-Za-z0-9.]+\/[^/]+\/[^/]+(\/[^/]+\/[^/]+)*$/i;

/** Resource types the component references, as `<provider>/<type>[/<child type>]`. */
export const ARM_TYPES = {
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  virtualNetwork: 'Microsoft.Network/virtualNetworks',
  privateDnsZone: 'Microsoft.Network/privateDnsZones',
  eventHubsNamespace: 'Microsoft.EventHub/namespaces',
  eventHubsCluster: 'Microsoft.EventHub/clusters',
  keyVault: 'Microsoft.KeyVault/vaults',
  userAssignedIdentity: 'Microsoft.ManagedIdentity/userAssignedIdentities',
  storageAccount: 'Microsoft.Storage/storageAccounts',
  logAnalyticsWorkspace: 'Microsoft.OperationalInsights/workspaces',
} as const;
export type ArmType = (typeof ARM_TYPES)[keyof typeof ARM_TYPES];

/** The `<provider>/<type>[/<child type>]` of a resource id, or undefined when it is not one. */
export function armTypeOf(id: string): string | undefined {
  if (!RESOURCE_ID.test(id)) return undefined;
  const afterProviders = id.split(/\/providers\//i).pop()!.split('/');
  const types = [afterProviders[0]];
  for (let i = 1; i < afterProviders.length; i += 2) types.push(afterProviders[i]);
  return types.join('/');
}

/** True when `id` is a resource id of `type` (case-insensitive, as ARM compares them). */
export function isArmIdOfType(id: string, type: ArmType): boolean {
  return armTypeOf(id)?.toLowerCase() === type.toLowerCase();
}

/** The subscription id in a resource id. */
export function subscriptionOf(id: string): string {
  const m = /^\/subscriptions\/([^/]+)\//i.exec(id);
  if (!m) throw new Error(`Not an Azure resource id: ${id}`);
  return m[1];
}

/** The VNet id of a subnet id (`.../virtualNetworks/<vnet>/subnets/<subnet>` -> `.../virtualNetworks/<vnet>`). */
export function virtualNetworkOfSubnet(subnetId: string): string {
  return subnetId.replace(/\/subnets\/[^/]+$/i, '');
}

/** The last segment (resource name) of an id. */
export function resourceNameOf(id: string): string {
  return id.split('/').pop() ?? id;
}

/** The tenant-independent id of a built-in role definition in the subscription of `anyResourceId`. */
export function roleDefinitionId(anyResourceId: string, roleGuid: string): string {
  return `/subscriptions/${subscriptionOf(anyResourceId)}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}
