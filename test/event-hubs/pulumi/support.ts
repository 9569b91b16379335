/**
 * Shared helpers of the Event Hubs Pulumi tests: Azure-shaped mock answers (ARM ids, names, principal ids, SAS
 * keys) and a recorder that also captures the engine-side options `recordPulumi` does not show.
 */
import * as pulumi from '@pulumi/pulumi';
import type { MockOverrides, RecordedResource } from '../../../lib/testing/pulumi';
import { childList, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording } from '../../support/pulumi-registrations';

export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
export const RG = 'rg-kafka';
export const rgId = (rg = RG) => `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}`;
export const armId = (type: string, name: string, rg = RG) => `${rgId(rg)}/providers/${type}/${name}`;
export const SUBNET_ID = `${armId('Microsoft.Network/virtualNetworks', 'vnet-apps')}/subnets/snet-pe`;
export const KEY_VAULT_ID = armId('Microsoft.KeyVault/vaults', 'kv-kafka');
export const WORKSPACE_ID = armId('Microsoft.OperationalInsights/workspaces', 'law-platform');
export const PRINCIPAL = '11111111-2222-3333-4444-555555555555';
export const MOCK_IDENTITY_PRINCIPAL = '99999999-8888-7777-6666-555555555555';

/** The connection string the mocked list-keys invokes return; it must never appear in a recording. */
export const MOCK_CONNECTION_STRING = 'Endpoint=sb://mock.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=MockKeyNeverInState=';

/** Type -> [ARM type, the input holding the Azure name]. */
const ARM: Record<string, [string, string]> = {
  'azure-native:eventhub:Namespace': ['Microsoft.EventHub/namespaces', 'namespaceName'],
  'azure-native:eventhub:Cluster': ['Microsoft.EventHub/clusters', 'clusterName'],
  'azure-native:managedidentity:UserAssignedIdentity': ['Microsoft.ManagedIdentity/userAssignedIdentities', 'resourceName'],
  'azure-native:network:PrivateEndpoint': ['Microsoft.Network/privateEndpoints', 'privateEndpointName'],
  'azure-native:privatedns:PrivateZone': ['Microsoft.Network/privateDnsZones', 'privateZoneName'],
};

export const AZURE_MOCKS: MockOverrides = {
  newResource: (args) => {
    const inputs = args.inputs as Record<string, unknown>;
    if (args.type === 'azure-native:eventhub:EventHub') {
      const ns = armId('Microsoft.EventHub/namespaces', String(inputs.namespaceName), String(inputs.resourceGroupName));
      return { id: `${ns}/eventhubs/${inputs.eventHubName}`, state: { name: inputs.eventHubName } };
    }
    const arm = ARM[args.type];
    if (!arm) {
      const nameKey = Object.keys(inputs).find((k) => /^(authorizationRuleName|consumerGroupName|schemaGroupName|virtualNetworkLinkName|lockName)$/.test(k));
      return nameKey ? { state: { name: inputs[nameKey] } } : undefined;
    }
    const azureName = String(inputs[arm[1]]);
    const extra = args.type === 'azure-native:managedidentity:UserAssignedIdentity' ? { principalId: MOCK_IDENTITY_PRINCIPAL, clientId: 'client-id' } : {};
    return { id: armId(arm[0], azureName, String(inputs.resourceGroupName)), state: { name: azureName, ...extra } };
  },
  call: (args) => (/^azure-native:eventhub:list(Namespace|EventHub)Keys$/.test(args.token) ? { primaryConnectionString: MOCK_CONNECTION_STRING } : undefined),
};

export type { Registration } from '../../support/pulumi-registrations';

export interface AzureRecording<T> extends RegistrationRecording<T> {
  /** Messages logged with `pulumi.log.warn` while the program ran. */
  readonly warnings: string[];
  readonly byName: (name: string) => RecordedResource;
  readonly inputsOf: (name: string) => Record<string, any>;
  readonly ofType: (type: string) => RecordedResource[];
  readonly registration: (name: string, type?: string) => Registration;
}

/** Runs `program` under `recordPulumi` with the Azure mocks, also capturing each registration's options. */
export async function recordAzure<T>(program: () => T, config?: Record<string, string>): Promise<AzureRecording<T>> {
  const warnings: string[] = [];
  const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (m: string) => void warnings.push(m));
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', mocks: AZURE_MOCKS, config }).finally(() => spy.mockRestore());
  // Components share their name with their main child: `byName` finds the custom resource.
  const byName = (name: string) => named(rec.resources, 'resource', name, (x) => x.custom);
  return {
    ...rec, warnings, byName,
    registration: (name, type) => named(rec.registrations, 'registration', name, ofTypeIfGiven(type)),
    inputsOf: (name) => byName(name).inputs as Record<string, any>,
    ofType: (type) => rec.resources.filter((r) => r.type === type),
  };
}

export { childList };
