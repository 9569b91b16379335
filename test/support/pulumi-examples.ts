/**
 * The Pulumi programs in examples/pulumi and the stack configuration each runs with under the default mocks (as
 * `pulumi config set` would give it: the keys its Pulumi.yaml declares, plus the region where it matters).
 */
import * as fs from 'fs';
import * as path from 'path';
import { MOCK_AZURE_SUBSCRIPTION_ID } from '../../lib/testing/pulumi';
import { recordRegistrations, type RegistrationRecording } from './pulumi-registrations';

export const PULUMI_EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples', 'pulumi');

/** Every example folder with a program.ts, sorted. */
export const PULUMI_EXAMPLE_NAMES = fs.readdirSync(PULUMI_EXAMPLES_DIR).filter((n) => fs.existsSync(path.join(PULUMI_EXAMPLES_DIR, n, 'program.ts'))).sort();

const rg = `/subscriptions/${MOCK_AZURE_SUBSCRIPTION_ID}/resourceGroups/rg-platform/providers`;

export const PULUMI_EXAMPLE_CONFIG: Record<string, Record<string, string>> = {
  'event-hubs-premium': {
    resourceGroupName: 'rg-kafka', location: 'westeurope', privateEndpointSubnetId: `${rg}/Microsoft.Network/virtualNetworks/vnet-apps/subnets/snet-pe`,
    keyVaultId: `${rg}/Microsoft.KeyVault/vaults/kv-kafka`, keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'eh-cmk',
    logAnalyticsWorkspaceId: `${rg}/Microsoft.OperationalInsights/workspaces/law-platform`,
    producerPrincipalId: '11111111-2222-3333-4444-555555555555', consumerPrincipalId: '22222222-3333-4444-5555-666666666666', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  },
  'event-hubs-standard-dev': { resourceGroupName: 'rg-kafka', location: 'westeurope', developerIpRange: '203.0.113.0/24', developerPrincipalId: '11111111-2222-3333-4444-555555555555' },
  // The program's default provider holds the alarm topic in the secondary region.
  'mirror-maker-2': { 'aws:region': 'eu-central-1' },
};

/** Runs one example under the default mocks, in project `proj`, stack `dev`, with each registration's options. */
export function recordPulumiExample(name: string): Promise<RegistrationRecording<unknown>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each example's program, found on disk
  const { program } = require(path.join(PULUMI_EXAMPLES_DIR, name, 'program')) as { program: () => unknown };
  return recordRegistrations(program, { project: 'proj', stack: 'dev', config: PULUMI_EXAMPLE_CONFIG[name] });
}
