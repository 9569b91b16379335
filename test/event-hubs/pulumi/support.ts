/**
 * Shared helpers of the Event Hubs Pulumi tests: Azure-shaped mock answers (ARM ids, names, principal ids, SAS
 * keys) and a recorder that also captures the engine-side options `recordPulumi` does not show.
 */
import * as pulumi from '@pulumi/pulumi';
import { recordPulumi, type MockOverrides, type PulumiRecording, type RecordedResource } from '../../../lib/testing/pulumi';

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

/** Engine-side options of one registration. */
export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly retainOnDelete: boolean;
  readonly dependencies: string[];
}

export interface AzureRecording<T> extends PulumiRecording<T> {
  readonly registrations: Registration[];
  /** Messages logged with `pulumi.log.warn` while the program ran. */
  readonly warnings: string[];
  readonly byName: (name: string) => RecordedResource;
  readonly inputsOf: (name: string) => Record<string, any>;
  readonly ofType: (type: string) => RecordedResource[];
  readonly registration: (name: string, type?: string) => Registration;
}

/** Runs `program` under `recordPulumi` with the Azure mocks, also capturing each registration's options. */
export async function recordAzure<T>(program: () => T, config?: Record<string, string>): Promise<AzureRecording<T>> {
  const registrations: Registration[] = [];
  const warnings: string[] = [];
  const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (m: string) => void warnings.push(m));
  const rec = await recordPulumi(
    () => {
      const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: (req: any, cb: unknown) => unknown };
      const original = monitor.registerResource.bind(monitor);
      monitor.registerResource = (req: any, cb: unknown) => {
        registrations.push({
          type: req.getType(), name: req.getName(), parent: req.getParent(),
          retainOnDelete: req.getRetainondelete?.() === true, dependencies: req.getDependenciesList?.() ?? [],
        });
        return original(req, cb);
      };
      return program();
    },
    { project: 'proj', stack: 'dev', mocks: AZURE_MOCKS, config },
  ).finally(() => spy.mockRestore());
  const byName = (name: string) => {
    const r = rec.resources.find((x) => x.name === name && x.custom);
    if (!r) throw new Error(`no resource named ${name}`);
    return r;
  };
  const registration = (name: string, type?: string) => {
    const r = registrations.find((x) => x.name === name && (type === undefined || x.type === type));
    if (!r) throw new Error(`no registration named ${name}`);
    return r;
  };
  return {
    ...rec, registrations, warnings, byName, registration,
    inputsOf: (name) => byName(name).inputs as Record<string, any>,
    ofType: (type) => rec.resources.filter((r) => r.type === type),
  };
}

/** `type name` of every resource, sorted. */
export function childList(resources: readonly RecordedResource[]): string[] {
  return resources.map((r) => `${r.type} ${r.name}`).sort();
}
