/**
 * Shared helpers of the Event Hubs Pulumi tests: Azure ids of the platform pieces, the values the default mocks give
 * (identity principals, SAS keys), and a recorder that also captures the engine-side options `recordPulumi` does not
 * show.
 */
import * as pulumi from '@pulumi/pulumi';
import { MOCK_AZURE_SHARED_ACCESS_KEY, MOCK_AZURE_SUBSCRIPTION_ID, type RecordedResource } from '../../../lib/testing/pulumi';
import { childList, mockedState, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording } from '../../support/pulumi-registrations';

export const SUBSCRIPTION = MOCK_AZURE_SUBSCRIPTION_ID;
export const RG = 'rg-kafka';
export const rgId = (rg = RG) => `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}`;
export const armId = (type: string, name: string, rg = RG) => `${rgId(rg)}/providers/${type}/${name}`;
export const SUBNET_ID = `${armId('Microsoft.Network/virtualNetworks', 'vnet-apps')}/subnets/snet-pe`;
export const KEY_VAULT_ID = armId('Microsoft.KeyVault/vaults', 'kv-kafka');
export const WORKSPACE_ID = armId('Microsoft.OperationalInsights/workspaces', 'law-platform');
export const PRINCIPAL = '11111111-2222-3333-4444-555555555555';

/** The principal the default mocks give the component's CMK identity (`${name}-cmk-identity`). */
export const mockIdentityPrincipal = (name: string, resourceName: string) =>
  String(mockedState('azure-native:managedidentity:UserAssignedIdentity', `${name}-cmk-identity`, { resourceName, resourceGroupName: RG }).principalId);

/** The key in every connection string the default list-keys mocks return; it must never appear in a recording. */
export const MOCK_SHARED_ACCESS_KEY = MOCK_AZURE_SHARED_ACCESS_KEY;

export type { Registration } from '../../support/pulumi-registrations';

export interface AzureRecording<T> extends RegistrationRecording<T> {
  /** Messages logged with `pulumi.log.warn` while the program ran. */
  readonly warnings: string[];
  readonly byName: (name: string) => RecordedResource;
  readonly inputsOf: (name: string) => Record<string, any>;
  readonly ofType: (type: string) => RecordedResource[];
  readonly registration: (name: string, type?: string) => Registration;
}

/** Runs `program` under `recordPulumi` (the default mocks answer ARM ids), also capturing each registration's options. */
export async function recordAzure<T>(program: () => T, config?: Record<string, string>): Promise<AzureRecording<T>> {
  const warnings: string[] = [];
  const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (m: string) => void warnings.push(m));
  const rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', config }).finally(() => spy.mockRestore());
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
