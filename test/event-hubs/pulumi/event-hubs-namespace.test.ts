import * as pulumi from '@pulumi/pulumi';
import { KafkaValidationError } from '../../../lib/core/issues';
import { EventHubsNamespace, type EventHubsNamespaceArgs } from '../../../lib/event-hubs/pulumi';
import {
  armId, AzureRecording, childList, KEY_VAULT_ID, MOCK_SHARED_ACCESS_KEY, mockIdentityPrincipal, PRINCIPAL, recordAzure, RG, SUBNET_ID, SUBSCRIPTION, WORKSPACE_ID,
} from './support';

const COMPONENT = 'kafka-iac:azure:EventHubsNamespace';
const COMPONENT_URN = `urn:pulumi:dev::proj::${COMPONENT}::kafka`;
const NS_ID = armId('Microsoft.EventHub/namespaces', 'contoso-orders');
const CMK_IDENTITY_ID = armId('Microsoft.ManagedIdentity/userAssignedIdentities', 'contoso-orders-cmk');

export const PREMIUM: EventHubsNamespaceArgs = {
  resourceGroupName: RG,
  location: 'westeurope',
  namespaceName: 'contoso-orders',
  tier: 'Premium',
  capacity: 2,
  network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }] },
  encryption: { customerManagedKey: { keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'eh-cmk', keyVaultId: KEY_VAULT_ID } },
  eventHubs: [
    { name: 'orders', partitions: 12, consumerGroups: ['billing'] },
    { name: 'customers', partitions: 6, cleanupPolicy: 'compact' },
  ],
  roleAssignments: [
    { role: 'sender', principalId: PRINCIPAL, eventHub: 'orders' },
    { role: 'receiver', principalId: PRINCIPAL },
  ],
  diagnostics: { logAnalyticsWorkspaceId: WORKSPACE_ID },
  tags: { app: 'orders' },
};

describe('EventHubsNamespace (Premium, private endpoint, CMK, roles, diagnostics)', () => {
  let r: AzureRecording<Record<string, unknown>>;
  beforeAll(async () => {
    r = await recordAzure(() => {
      const ns = new EventHubsNamespace('kafka', PREMIUM);
      return { bootstrapServer: ns.bootstrapServer, namespaceId: ns.namespaceId, props: ns.kafkaClientProperties, file: ns.kafkaClientPropertiesFile, hubs: ns.eventHubIds };
    });
  });

  test('snapshot of the recorded resources and URNs', () => {
    expect({ resources: r.resources, urns: r.urns }).toMatchSnapshot();
  });

  test('exact child list', () => {
    expect(childList(r.resources)).toEqual([
      `${COMPONENT} kafka`,
      'azure-native:eventhub:Namespace kafka',
      'azure-native:managedidentity:UserAssignedIdentity kafka-cmk-identity',
      'azure-native:authorization:RoleAssignment kafka-cmk-key-access',
      'azure-native:eventhub:NamespaceNetworkRuleSet kafka-network-rules',
      'azure-native:privatedns:PrivateZone kafka-dns-zone',
      'azure-native:privatedns:VirtualNetworkLink kafka-dns-link-vnet-apps',
      'azure-native:network:PrivateEndpoint kafka-pe-apps',
      'azure-native:network:PrivateDnsZoneGroup kafka-pe-apps-dns',
      'azure-native:eventhub:EventHub kafka-hub-orders',
      'azure-native:eventhub:EventHub kafka-hub-customers',
      'azure-native:eventhub:ConsumerGroup kafka-hub-orders-cg-billing',
      `azure-native:authorization:RoleAssignment kafka-role-sender-orders-${PRINCIPAL}`,
      `azure-native:authorization:RoleAssignment kafka-role-receiver-namespace-${PRINCIPAL}`,
      'azure-native:monitor:DiagnosticSetting kafka-diagnostics',
      'azure-native:authorization:ManagementLockByScope kafka-lock',
    ].sort());
  });

  test('every child is parented to the component; URNs are unique', () => {
    const children = r.registrations.filter((x) => x.type !== COMPONENT);
    expect(children.length).toBe(r.resources.length - 1);
    for (const child of children) expect([child.name, child.parent]).toEqual([child.name, COMPONENT_URN]);
    expect(new Set(r.urns).size).toBe(r.urns.length);
  });

  test('namespace: TLS 1.2, local auth off, public access Disabled, Premium 2 PU, zone redundant, no kafkaEnabled', () => {
    const ns = r.inputsOf('kafka');
    expect(ns.minimumTlsVersion).toBe('1.2');
    expect(ns.disableLocalAuth).toBe(true);
    expect(ns.publicNetworkAccess).toBe('Disabled');
    expect(ns.sku).toEqual({ name: 'Premium', tier: 'Premium', capacity: 2 });
    expect(ns.zoneRedundant).toBe(true);
    expect(ns).not.toHaveProperty('kafkaEnabled');
    expect(ns.isAutoInflateEnabled).toBe(false);
    expect(ns.maximumThroughputUnits).toBe(0);
    expect(ns.tags).toEqual({ app: 'orders' });
  });

  test('network rule set: Disabled too (one knob, one truth), default Deny, trusted services off, no rules', () => {
    expect(r.inputsOf('kafka-network-rules')).toEqual({
      namespaceName: 'contoso-orders', resourceGroupName: RG, defaultAction: 'Deny', publicNetworkAccess: 'Disabled',
      trustedServiceAccessEnabled: false, ipRules: [], virtualNetworkRules: [],
    });
  });

  test('identity: user-assigned only (no system-assigned), created and granted on the vault before the namespace', () => {
    const ns = r.inputsOf('kafka');
    expect(ns.identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: [CMK_IDENTITY_ID] });
    expect(JSON.stringify(r.resources)).not.toContain('SystemAssigned');
    const grant = r.inputsOf('kafka-cmk-key-access');
    expect(grant).toMatchObject({
      scope: KEY_VAULT_ID, principalId: mockIdentityPrincipal('kafka', 'contoso-orders-cmk'), principalType: 'ServicePrincipal',
      roleDefinitionId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6`,
    });
    expect(grant.roleAssignmentName).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.registration('kafka', 'azure-native:eventhub:Namespace').dependencies).toContain('urn:pulumi:dev::proj::kafka-iac:azure:EventHubsNamespace$azure-native:authorization:RoleAssignment::kafka-cmk-key-access');
  });

  test('CMK: Key Vault key through the user-assigned identity', () => {
    expect(r.inputsOf('kafka').encryption).toEqual({
      keySource: 'Microsoft.KeyVault',
      keyVaultProperties: [{ keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'eh-cmk', identity: { userAssignedIdentity: CMK_IDENTITY_ID } }],
      requireInfrastructureEncryption: false,
    });
  });

  test('no SAS rule anywhere (no root key, no rule on event hubs)', () => {
    expect(r.resources.filter((x) => /AuthorizationRule/.test(x.type))).toEqual([]);
  });

  test('private endpoint: group namespace, the privatelink zone, its VNet link and zone group', () => {
    expect(r.inputsOf('kafka-pe-apps')).toMatchObject({
      privateEndpointName: 'contoso-orders-pe-apps', subnet: { id: SUBNET_ID },
      privateLinkServiceConnections: [{ name: 'contoso-orders-pe-apps', privateLinkServiceId: NS_ID, groupIds: ['namespace'] }],
    });
    expect(r.inputsOf('kafka-dns-zone')).toMatchObject({ privateZoneName: 'privatelink.servicebus.windows.net', location: 'global' });
    expect(r.inputsOf('kafka-dns-link-vnet-apps')).toMatchObject({
      privateZoneName: 'privatelink.servicebus.windows.net', registrationEnabled: false, virtualNetwork: { id: armId('Microsoft.Network/virtualNetworks', 'vnet-apps') },
    });
    expect(r.inputsOf('kafka-pe-apps-dns').privateDnsZoneConfigs).toEqual([
      { name: 'privatelink-servicebus-windows-net', privateDnsZoneId: armId('Microsoft.Network/privateDnsZones', 'privatelink.servicebus.windows.net') },
    ]);
  });

  test('event hubs: explicit partitions, delete and compact retention, consumer group', () => {
    expect(r.inputsOf('kafka-hub-orders')).toMatchObject({ eventHubName: 'orders', partitionCount: 12, retentionDescription: { cleanupPolicy: 'Delete', retentionTimeInHours: 168 } });
    expect(r.inputsOf('kafka-hub-customers').retentionDescription).toEqual({ cleanupPolicy: 'Compact', tombstoneRetentionTimeInHours: 24 });
    expect(r.inputsOf('kafka-hub-orders-cg-billing')).toMatchObject({ consumerGroupName: 'billing', eventHubName: 'orders', namespaceName: 'contoso-orders' });
  });

  test('roles: built-in Sender on one event hub, Receiver on the namespace', () => {
    const sender = r.inputsOf(`kafka-role-sender-orders-${PRINCIPAL}`);
    expect(sender).toMatchObject({ scope: `${NS_ID}/eventhubs/orders`, principalId: PRINCIPAL, principalType: 'ServicePrincipal' });
    expect(sender.roleDefinitionId).toMatch(/\/roleDefinitions\/2b629674-e913-4c01-ae53-ef4638d8f975$/);
    const receiver = r.inputsOf(`kafka-role-receiver-namespace-${PRINCIPAL}`);
    expect(receiver).toMatchObject({ scope: NS_ID });
    expect(receiver.roleDefinitionId).toMatch(/\/roleDefinitions\/a638d3c7-ab3a-418d-83e6-5f17a39d4fde$/);
  });

  test('diagnostics: all logs and metrics to Log Analytics', () => {
    expect(r.inputsOf('kafka-diagnostics')).toEqual({
      name: 'contoso-orders-diagnostics', resourceUri: NS_ID, workspaceId: WORKSPACE_ID, logAnalyticsDestinationType: 'Dedicated',
      logs: [{ categoryGroup: 'allLogs', enabled: true }], metrics: [{ category: 'AllMetrics', enabled: true }],
    });
  });

  test('lock: CanNotDelete on the namespace, after every other child', () => {
    expect(r.inputsOf('kafka-lock')).toMatchObject({ level: 'CanNotDelete', scope: NS_ID, lockName: 'contoso-orders-cannot-delete' });
    const deps = r.registration('kafka-lock').dependencies;
    const others = r.registrations.filter((x) => x.type !== COMPONENT && x.name !== 'kafka-lock' && !/cmk/.test(x.name));
    expect(deps.length).toBe(others.length);
  });

  test("removal 'retain': data-holding resources are retained, access paths are not", () => {
    const retained = r.registrations.filter((x) => x.type !== COMPONENT && x.retainOnDelete).map((x) => x.name).sort();
    expect(retained).toEqual(['kafka', 'kafka-cmk-identity', 'kafka-cmk-key-access', 'kafka-diagnostics', 'kafka-hub-customers', 'kafka-hub-orders',
      'kafka-hub-orders-cg-billing', 'kafka-lock', 'kafka-network-rules'].sort());
  });

  test('outputs: bootstrap server and OAUTHBEARER client properties without secrets', async () => {
    const o = r.outputs as unknown as { bootstrapServer: string; namespaceId: string; props: Record<string, string>; file: string; hubs: Record<string, string> };
    expect(o.bootstrapServer).toBe('contoso-orders.servicebus.windows.net:9093');
    expect(o.namespaceId).toBe(NS_ID);
    expect(o.props).toMatchObject({ 'bootstrap.servers': 'contoso-orders.servicebus.windows.net:9093', 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'OAUTHBEARER' });
    expect(o.file).toContain('sasl.mechanism=OAUTHBEARER\n');
    expect(o.hubs).toEqual({ customers: `${NS_ID}/eventhubs/customers`, orders: `${NS_ID}/eventhubs/orders` });
  });

  test('a fully specified namespace logs no warning', () => {
    expect(r.warnings).toEqual([]);
  });
});

describe('EventHubsNamespace with SAS PLAIN', () => {
  test('the connection string reaches only a secret output, never a recorded input', async () => {
    const r = await recordAzure(() => {
      const ns = new EventHubsNamespace('dev', {
        resourceGroupName: RG, namespaceName: 'contoso-dev', tier: 'Standard',
        eventHubs: [{ name: 'orders', partitions: 2 }],
        sas: { rules: [{ name: 'orders-app', rights: ['Send', 'Listen'], eventHub: 'orders' }] },
        kafkaClient: { auth: 'sas-plain', sasRuleName: 'orders-app' },
        lock: false,
      });
      return { props: ns.kafkaClientProperties, isSecret: pulumi.isSecret(ns.kafkaClientProperties) };
    });
    expect(r.inputsOf('dev').disableLocalAuth).toBe(false);
    expect(r.inputsOf('dev-hub-orders-sas-orders-app')).toMatchObject({ authorizationRuleName: 'orders-app', eventHubName: 'orders', rights: ['Listen', 'Send'] });
    expect(await r.outputs.isSecret).toBe(true);
    expect(r.outputs.props).toBe('[secret]');
    expect(JSON.stringify(r.resources)).not.toContain(MOCK_SHARED_ACCESS_KEY);
    expect(r.warnings.map((w) => /\[(.+?)\]/.exec(w)![1])).toEqual(['event-hubs/no-network-path', 'event-hubs/sas-enabled', 'event-hubs/no-diagnostics', 'event-hubs/lock-off']);
  });
});

describe('EventHubsNamespace with private endpoints in two VNets', () => {
  test('each endpoint has its own Azure and Pulumi name; one DNS link per VNet; one zone group per endpoint', async () => {
    const other = `${armId('Microsoft.Network/virtualNetworks', 'vnet-ops')}/subnets/snet-pe`;
    const second = `${armId('Microsoft.Network/virtualNetworks', 'vnet-apps')}/subnets/snet-pe-2`;
    const r = await recordAzure(() => new EventHubsNamespace('kafka', {
      resourceGroupName: RG, namespaceName: 'contoso-orders',
      network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }, { name: 'apps-2', subnetId: second }, { name: 'ops', subnetId: other }] },
    }));
    const endpoints = r.ofType('azure-native:network:PrivateEndpoint');
    expect(endpoints.map((e) => [e.name, e.inputs.privateEndpointName])).toEqual([
      ['kafka-pe-apps', 'contoso-orders-pe-apps'], ['kafka-pe-apps-2', 'contoso-orders-pe-apps-2'], ['kafka-pe-ops', 'contoso-orders-pe-ops'],
    ]);
    expect(r.ofType('azure-native:privatedns:VirtualNetworkLink').map((l) => l.name)).toEqual(['kafka-dns-link-vnet-apps', 'kafka-dns-link-vnet-ops']);
    expect(r.ofType('azure-native:network:PrivateDnsZoneGroup').map((g) => g.inputs.privateEndpointName).sort()).toEqual(['contoso-orders-pe-apps', 'contoso-orders-pe-apps-2', 'contoso-orders-pe-ops']);
    expect(new Set(r.urns).size).toBe(r.urns.length);
  });
});

describe('EventHubsNamespace with private endpoints in two VNets of the same name', () => {
  test('each VNet is linked to the zone under its own name (none is dropped)', async () => {
    const otherRg = `${armId('Microsoft.Network/virtualNetworks', 'vnet-apps', 'rg-spoke')}/subnets/snet-pe`;
    const r = await recordAzure(() => new EventHubsNamespace('kafka', {
      resourceGroupName: RG, namespaceName: 'contoso-orders',
      network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }, { name: 'spoke', subnetId: otherRg }] },
    }));
    const links = r.ofType('azure-native:privatedns:VirtualNetworkLink');
    expect(links.map((l) => [l.name, l.inputs.virtualNetworkLinkName, (l.inputs.virtualNetwork as { id: string }).id])).toEqual([
      ['kafka-dns-link-vnet-apps', 'contoso-orders-vnet-apps', armId('Microsoft.Network/virtualNetworks', 'vnet-apps')],
      ['kafka-dns-link-vnet-apps-2', 'contoso-orders-vnet-apps-2', armId('Microsoft.Network/virtualNetworks', 'vnet-apps', 'rg-spoke')],
    ]);
    expect(new Set(r.urns).size).toBe(r.urns.length);
  });
});

describe('EventHubsNamespace errors', () => {
  test('invalid input throws one KafkaValidationError before any resource', async () => {
    let err: unknown;
    try {
      await recordAzure(() => new EventHubsNamespace('bad', { resourceGroupName: RG, namespaceName: 'x', tier: 'Basic' as never }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KafkaValidationError);
    expect((err as KafkaValidationError).codes).toEqual(['event-hubs/namespace-name', 'event-hubs/basic-tier']);
    expect((err as Error).message).toContain("EventHubsNamespace 'bad'");
  });
});
