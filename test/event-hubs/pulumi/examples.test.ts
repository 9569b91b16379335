/**
 * The Event Hubs Pulumi examples run under mocks with their stack configuration: recorded resources (secrets
 * scrubbed), URNs and outputs are snapshotted, so a rename that would replace a namespace fails here first.
 */
import { program as premium } from '../../../examples/pulumi/event-hubs-premium/program';
import { program as standardDev } from '../../../examples/pulumi/event-hubs-standard-dev/program';
import { armId, AzureRecording, PRINCIPAL, recordAzure, RG, SUBNET_ID, WORKSPACE_ID, KEY_VAULT_ID } from './support';

const CONFIG: Record<string, Record<string, string>> = {
  'event-hubs-premium': {
    resourceGroupName: RG, location: 'westeurope', privateEndpointSubnetId: SUBNET_ID, keyVaultId: KEY_VAULT_ID, keyVaultUri: 'https://kv-kafka.vault.azure.net/',
    keyName: 'eh-cmk', logAnalyticsWorkspaceId: WORKSPACE_ID, producerPrincipalId: PRINCIPAL, consumerPrincipalId: '22222222-3333-4444-5555-666666666666',
    tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  },
  'event-hubs-standard-dev': { resourceGroupName: RG, location: 'westeurope', developerIpRange: '203.0.113.0/24', developerPrincipalId: PRINCIPAL },
};
const PROGRAMS: Record<string, () => unknown> = { 'event-hubs-premium': premium, 'event-hubs-standard-dev': standardDev };

const recordings = new Map<string, AzureRecording<any>>();
beforeAll(async () => {
  for (const [name, program] of Object.entries(PROGRAMS)) recordings.set(name, await recordAzure(program, CONFIG[name]));
});

describe.each(Object.keys(PROGRAMS))('examples/pulumi/%s', (name) => {
  test('snapshot: resources, URNs and outputs', () => {
    const r = recordings.get(name)!;
    expect({ resources: r.resources, urns: r.urns, outputs: r.outputs }).toMatchSnapshot();
  });
  test('every resource is parented to the component; URNs are unique', () => {
    const r = recordings.get(name)!;
    for (const reg of r.registrations) expect(reg.parent === '' || /::kafka-iac:azure:EventHubsNamespace::/.test(reg.parent)).toBe(true);
    expect(new Set(r.urns).size).toBe(r.urns.length);
  });
});

test('event-hubs-premium: private, CMK, two hubs and a compacted one, a consumer group, three role assignments and an access intent', () => {
  const r = recordings.get('event-hubs-premium')!;
  const ns = r.inputsOf('orders');
  expect(ns).toMatchObject({ sku: { name: 'Premium', capacity: 2 }, publicNetworkAccess: 'Disabled', disableLocalAuth: true, minimumTlsVersion: '1.2' });
  expect(ns.encryption.keyVaultProperties[0].keyName).toBe('eh-cmk');
  expect(r.inputsOf('orders-hub-customer-profiles').retentionDescription).toEqual({ cleanupPolicy: 'Compact', tombstoneRetentionTimeInHours: 48 });
  expect(r.inputsOf('orders-hub-orders-cg-fraud-detection').consumerGroupName).toBe('fraud-detection');
  expect(r.ofType('azure-native:authorization:RoleAssignment').map((x) => x.name).sort()).toEqual([
    'orders-cmk-key-access', 'orders-role-access-reporting-receiver-customer-profiles', 'orders-role-access-reporting-receiver-payments',
    'orders-role-checkout-sends-orders', 'orders-role-checkout-sends-payments', 'orders-role-fulfilment-reads-all',
  ]);
  expect(r.inputsOf('orders-role-access-reporting-receiver-payments')).toMatchObject({
    scope: `${armId('Microsoft.EventHub/namespaces', 'contoso-orders-prod')}/eventhubs/payments`, principalId: '7d3f2a10-5b8c-4e21-9f6a-0c1d2e3f4a5b', principalType: 'ServicePrincipal',
  });
  expect(r.inputsOf('orders-pe-apps').privateLinkServiceConnections[0].privateLinkServiceId).toBe(armId('Microsoft.EventHub/namespaces', 'contoso-orders-prod'));
  expect(r.outputs.bootstrapServer).toBe('contoso-orders-prod.servicebus.windows.net:9093');
  expect(r.outputs.kafkaClientProperties).toContain('sasl.mechanism=OAUTHBEARER');
  expect(r.warnings).toEqual([]);
});

test('event-hubs-standard-dev: Standard with auto-inflate, public from one range with default Deny, warnings for the dev shortcuts', () => {
  const r = recordings.get('event-hubs-standard-dev')!;
  expect(r.inputsOf('orders-dev')).toMatchObject({ namespaceName: 'contoso-orders-dev', sku: { name: 'Standard', capacity: 1 }, isAutoInflateEnabled: true, maximumThroughputUnits: 4, publicNetworkAccess: 'Enabled' });
  expect(r.inputsOf('orders-dev-network-rules')).toMatchObject({ publicNetworkAccess: 'Enabled', defaultAction: 'Deny', ipRules: [{ ipMask: '203.0.113.0/24', action: 'Allow' }] });
  expect(r.warnings.map((w) => /\[(.+?)\]/.exec(w)![1])).toEqual(['event-hubs/no-diagnostics', 'event-hubs/lock-off']);
});
