/**
 * Every prop reaches a resource (the pitfall of modules that declare CMK or diagnostics inputs and never wire
 * them). Each case drives some props and asserts their effect on the recorded inputs; a meta test reads every
 * property declared in spec.ts and the component args and fails when one is not covered by a case.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { EventHubsNamespace, type EventHubsNamespaceArgs } from '../../../lib/event-hubs/pulumi';
import { armId, AzureRecording, KEY_VAULT_ID, PRINCIPAL, recordAzure, RG, SUBNET_ID, SUBSCRIPTION, WORKSPACE_ID } from './support';

const BASE: EventHubsNamespaceArgs = { resourceGroupName: RG, namespaceName: 'contoso-orders' };
const NS_ID = armId('Microsoft.EventHub/namespaces', 'contoso-orders');
const UAI = armId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-capture');
const STORAGE = armId('Microsoft.Storage/storageAccounts', 'stcapture');
const VNET_OPS = armId('Microsoft.Network/virtualNetworks', 'vnet-ops');

type Outputs = { bootstrapServer: string; props: Record<string, string>; alias?: string };
type Case = { covers: string[]; args: Partial<EventHubsNamespaceArgs>; check: (r: AzureRecording<Outputs>) => void };

const CASES: Record<string, Case> = {
  'workload (sizing warnings, no resource change)': {
    covers: ['EventHubsNamespaceSpec.workload'],
    args: { tier: 'Standard', capacity: 2, workload: { ingressMBps: 3 } },
    check: (r) => {
      expect(r.warnings.filter((w) => w.startsWith('[sizing/'))).toEqual([expect.stringMatching(/^\[sizing\/ingress-above-throughput\] `workload\.ingressMBps` must be at most 2 MB\/s /)]);
      expect(r.inputsOf('kafka')).toMatchObject({ sku: { name: 'Standard', tier: 'Standard', capacity: 2 } });
    },
  },
  'Standard with auto-inflate': {
    covers: ['EventHubsNamespaceSpec.tier', 'EventHubsNamespaceSpec.capacity', 'EventHubsNamespaceSpec.autoInflate', 'EventHubsNamespaceSpec.maximumThroughputUnits'],
    args: { tier: 'Standard', capacity: 2, autoInflate: { maximumThroughputUnits: 10 } },
    check: (r) => expect(r.inputsOf('kafka')).toMatchObject({ sku: { name: 'Standard', tier: 'Standard', capacity: 2 }, isAutoInflateEnabled: true, maximumThroughputUnits: 10 }),
  },
  'Dedicated, new cluster': {
    covers: ['EventHubsNamespaceSpec.dedicatedCluster', 'DedicatedClusterOption.kind', 'DedicatedClusterOption.clusterName'],
    args: { tier: 'Dedicated', capacity: 2, dedicatedCluster: { kind: 'create', clusterName: 'kafka-cluster-01' } },
    check: (r) => {
      expect(r.inputsOf('kafka-cluster')).toMatchObject({ clusterName: 'kafka-cluster-01', sku: { name: 'Dedicated', capacity: 2 } });
      expect(r.inputsOf('kafka')).toMatchObject({ sku: { name: 'Standard', capacity: 1 }, clusterArmId: armId('Microsoft.EventHub/clusters', 'kafka-cluster-01') });
      expect(r.inputsOf('kafka-cluster-lock')).toMatchObject({ level: 'CanNotDelete', scope: armId('Microsoft.EventHub/clusters', 'kafka-cluster-01') });
    },
  },
  'Dedicated, existing cluster': {
    covers: ['DedicatedClusterOption.clusterId'],
    args: { tier: 'Dedicated', dedicatedCluster: { kind: 'existing', clusterId: armId('Microsoft.EventHub/clusters', 'shared') } },
    check: (r) => {
      expect(r.inputsOf('kafka').clusterArmId).toBe(armId('Microsoft.EventHub/clusters', 'shared'));
      expect(r.ofType('azure-native:eventhub:Cluster')).toEqual([]);
    },
  },
  'zone redundancy off, China cloud, location': {
    covers: ['EventHubsNamespaceSpec.zoneRedundant', 'EventHubsNamespaceSpec.cloud', 'EventHubsNamespaceArgs.location', 'EventHubsNamespaceArgs.resourceGroupName', 'EventHubsNamespaceSpec.namespaceName'],
    args: { zoneRedundant: false, cloud: 'AzureChinaCloud', location: 'chinanorth3', network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }] } },
    check: (r) => {
      expect(r.inputsOf('kafka')).toMatchObject({ zoneRedundant: false, location: 'chinanorth3', resourceGroupName: RG, namespaceName: 'contoso-orders' });
      expect(r.outputs.bootstrapServer).toBe('contoso-orders.servicebus.chinacloudapi.cn:9093');
      expect(r.inputsOf('kafka-dns-zone').privateZoneName).toBe('privatelink.servicebus.chinacloudapi.cn');
      expect(r.inputsOf('kafka-pe-apps').location).toBe('chinanorth3');
    },
  },
  'SAS rules (namespace, event hub, opted-in Manage)': {
    covers: ['EventHubsNamespaceSpec.sas', 'EventHubsSasOptions.rules', 'EventHubsSasOptions.allowNamespaceManageRule', 'SasRuleSpec.name', 'SasRuleSpec.rights', 'SasRuleSpec.eventHub'],
    args: {
      eventHubs: [{ name: 'orders', partitions: 2 }],
      sas: { allowNamespaceManageRule: true, rules: [{ name: 'ops', rights: ['Manage', 'Send', 'Listen'] }, { name: 'reader', rights: ['Listen'], eventHub: 'orders' }] },
    },
    check: (r) => {
      expect(r.inputsOf('kafka').disableLocalAuth).toBe(false);
      expect(r.inputsOf('kafka-sas-ops')).toMatchObject({ authorizationRuleName: 'ops', rights: ['Listen', 'Manage', 'Send'] });
      expect(r.inputsOf('kafka-hub-orders-sas-reader')).toMatchObject({ authorizationRuleName: 'reader', eventHubName: 'orders', rights: ['Listen'] });
    },
  },
  'public access with firewall rules': {
    covers: ['EventHubsNamespaceSpec.network', 'EventHubsNetworkOptions.publicNetworkAccess', 'EventHubsNetworkOptions.allowedIpRanges', 'EventHubsNetworkOptions.allowedSubnetIds',
      'EventHubsNetworkOptions.allowPublicFromAnywhere', 'EventHubsNetworkOptions.trustedServiceAccess'],
    args: { network: { publicNetworkAccess: 'Enabled', allowedIpRanges: ['203.0.113.7'], allowedSubnetIds: [SUBNET_ID], allowPublicFromAnywhere: true, trustedServiceAccess: true } },
    check: (r) => {
      expect(r.inputsOf('kafka').publicNetworkAccess).toBe('Enabled');
      expect(r.inputsOf('kafka-network-rules')).toMatchObject({
        publicNetworkAccess: 'Enabled', defaultAction: 'Allow', trustedServiceAccessEnabled: true, ipRules: [{ ipMask: '203.0.113.7', action: 'Allow' }],
        virtualNetworkRules: [{ subnet: { id: SUBNET_ID }, ignoreMissingVnetServiceEndpoint: false }],
      });
    },
  },
  'a checked location; public access with the firewall managed elsewhere': {
    covers: ['EventHubsNamespaceSpec.location', 'EventHubsNetworkOptions.allowPublicAccessWithoutRules'],
    args: { location: 'westeurope', network: { publicNetworkAccess: 'Enabled', allowPublicAccessWithoutRules: true, trustedServiceAccess: true } },
    check: (r) => {
      expect(r.inputsOf('kafka')).toMatchObject({ location: 'westeurope', publicNetworkAccess: 'Enabled' });
      expect(r.inputsOf('kafka-network-rules')).toMatchObject({ publicNetworkAccess: 'Enabled', defaultAction: 'Deny', ipRules: [] });
    },
  },
  'private endpoints linked to listed VNets': {
    covers: ['EventHubsNetworkOptions.privateEndpoints', 'EventHubsPrivateEndpointSpec.name', 'EventHubsPrivateEndpointSpec.subnetId', 'EventHubsNetworkOptions.privateDns', 'PrivateDnsOption.kind', 'PrivateDnsOption.virtualNetworkIds'],
    args: { network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }], privateDns: { kind: 'create', virtualNetworkIds: [VNET_OPS] } } },
    check: (r) => {
      expect(r.inputsOf('kafka-pe-apps').subnet).toMatchObject({ id: SUBNET_ID });
      expect(r.inputsOf('kafka-dns-link-vnet-ops').virtualNetwork).toEqual({ id: VNET_OPS });
      expect(r.ofType('azure-native:privatedns:VirtualNetworkLink').length).toBe(1);
    },
  },
  'private endpoint with the hub DNS zone': {
    covers: ['PrivateDnsOption.zoneId'],
    args: { network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }], privateDns: { kind: 'existing', zoneId: armId('Microsoft.Network/privateDnsZones', 'privatelink.servicebus.windows.net', 'rg-hub') } } },
    check: (r) => {
      expect(r.ofType('azure-native:privatedns:PrivateZone')).toEqual([]);
      expect(r.inputsOf('kafka-pe-apps-dns').privateDnsZoneConfigs[0].privateDnsZoneId).toBe(armId('Microsoft.Network/privateDnsZones', 'privatelink.servicebus.windows.net', 'rg-hub'));
    },
  },
  'CMK with an existing identity, pinned version, double encryption': {
    covers: ['EventHubsNamespaceSpec.encryption', 'EventHubsEncryptionOptions.customerManagedKey', 'EventHubsEncryptionOptions.requireInfrastructureEncryption',
      'CustomerManagedKeySpec.keyVaultUri', 'CustomerManagedKeySpec.keyName', 'CustomerManagedKeySpec.keyVersion', 'CustomerManagedKeySpec.identity', 'CustomerManagedKeySpec.resourceId'],
    args: { encryption: { requireInfrastructureEncryption: true, customerManagedKey: { keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'k1', keyVersion: 'abc123', identity: { kind: 'existing', resourceId: UAI } } } },
    check: (r) => {
      expect(r.inputsOf('kafka').identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: [UAI] });
      expect(r.inputsOf('kafka').encryption).toEqual({
        keySource: 'Microsoft.KeyVault', requireInfrastructureEncryption: true,
        keyVaultProperties: [{ keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'k1', keyVersion: 'abc123', identity: { userAssignedIdentity: UAI } }],
      });
      expect(r.ofType('azure-native:managedidentity:UserAssignedIdentity')).toEqual([]);
    },
  },
  'CMK with a created identity': {
    covers: ['CustomerManagedKeySpec.keyVaultId'],
    args: { encryption: { customerManagedKey: { keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'k1', keyVaultId: KEY_VAULT_ID } } },
    check: (r) => expect(r.inputsOf('kafka-cmk-key-access').scope).toBe(KEY_VAULT_ID),
  },
  'event hub with every option': {
    covers: ['EventHubsNamespaceSpec.eventHubs', 'EventHubSpec.name', 'EventHubSpec.partitions', 'EventHubSpec.retentionHours', 'EventHubSpec.cleanupPolicy', 'EventHubSpec.tombstoneRetentionHours',
      'EventHubSpec.consumerGroups', 'ConsumerGroupSpec.name', 'ConsumerGroupSpec.userMetadata', 'EventHubSpec.capture', 'CaptureSpec.storageAccountId', 'CaptureSpec.blobContainer',
      'CaptureSpec.intervalSeconds', 'CaptureSpec.sizeLimitBytes', 'CaptureSpec.skipEmptyArchives', 'CaptureSpec.archiveNameFormat', 'CaptureSpec.userAssignedIdentityId'],
    args: {
      eventHubs: [
        {
          name: 'orders', partitions: 8, retentionHours: 72, consumerGroups: [{ name: 'audit', userMetadata: 'team-audit' }],
          capture: { storageAccountId: STORAGE, blobContainer: 'capture', intervalSeconds: 120, sizeLimitBytes: 20 * 1024 * 1024, skipEmptyArchives: false,
            archiveNameFormat: 'x/{Namespace}/{EventHub}/{PartitionId}/{Year}/{Month}/{Day}/{Hour}/{Minute}/{Second}', userAssignedIdentityId: UAI },
        },
        { name: 'profiles', partitions: 2, cleanupPolicy: 'compact', tombstoneRetentionHours: 48 },
      ],
    },
    check: (r) => {
      expect(r.inputsOf('kafka-hub-orders')).toMatchObject({
        partitionCount: 8, retentionDescription: { cleanupPolicy: 'Delete', retentionTimeInHours: 72 },
        captureDescription: {
          enabled: true, encoding: 'Avro', intervalInSeconds: 120, sizeLimitInBytes: 20971520, skipEmptyArchives: false,
          destination: { name: 'EventHubArchive.AzureBlockBlob', storageAccountResourceId: STORAGE, blobContainer: 'capture',
            archiveNameFormat: 'x/{Namespace}/{EventHub}/{PartitionId}/{Year}/{Month}/{Day}/{Hour}/{Minute}/{Second}', identity: { type: 'UserAssigned', userAssignedIdentity: UAI } },
        },
      });
      expect(r.inputsOf('kafka').identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: [UAI] });
      expect(r.inputsOf('kafka-hub-orders-cg-audit').userMetadata).toBe('team-audit');
      expect(r.inputsOf('kafka-hub-profiles').retentionDescription).toEqual({ cleanupPolicy: 'Compact', tombstoneRetentionTimeInHours: 48 });
    },
  },
  'role assignment for a group, named, on one event hub': {
    covers: ['EventHubsNamespaceSpec.roleAssignments', 'EventHubsRoleAssignmentSpec.role', 'EventHubsRoleAssignmentSpec.principalId', 'EventHubsRoleAssignmentSpec.principalType',
      'EventHubsRoleAssignmentSpec.eventHub', 'EventHubsRoleAssignmentSpec.name'],
    args: { eventHubs: [{ name: 'orders', partitions: 2 }], roleAssignments: [{ role: 'owner', principalId: PRINCIPAL, principalType: 'Group', eventHub: 'orders', name: 'platform-owners' }] },
    check: (r) => {
      const a = r.inputsOf('kafka-role-platform-owners');
      expect(a).toMatchObject({ principalId: PRINCIPAL, principalType: 'Group', scope: `${NS_ID}/eventhubs/orders` });
      expect(a.roleDefinitionId).toMatch(/f526a384-b230-433a-b45c-95f59c4a2dec$/);
    },
  },
  'schema group': {
    covers: ['EventHubsNamespaceSpec.schemaGroups', 'SchemaGroupSpec.name', 'SchemaGroupSpec.compatibility'],
    args: { schemaGroups: [{ name: 'orders-avro', compatibility: 'Forward' }] },
    check: (r) => expect(r.inputsOf('kafka-schema-orders-avro')).toMatchObject({ schemaGroupName: 'orders-avro', schemaType: 'Avro', schemaCompatibility: 'Forward' }),
  },
  'Geo-DR pairing': {
    covers: ['EventHubsNamespaceSpec.geoDisasterRecovery', 'EventHubsNamespaceSpec.alias', 'EventHubsNamespaceSpec.partnerNamespaceId'],
    args: { geoDisasterRecovery: { alias: 'contoso-orders-dr', partnerNamespaceId: armId('Microsoft.EventHub/namespaces', 'contoso-orders-west', 'rg-west') } },
    check: (r) => {
      expect(r.inputsOf('kafka-geo-dr')).toMatchObject({ alias: 'contoso-orders-dr', namespaceName: 'contoso-orders', partnerNamespace: armId('Microsoft.EventHub/namespaces', 'contoso-orders-west', 'rg-west') });
      expect(r.outputs.alias).toBe('contoso-orders-dr.servicebus.windows.net:9093');
    },
  },
  'diagnostics: audit only, no metrics': {
    covers: ['EventHubsNamespaceSpec.diagnostics', 'EventHubsDiagnosticsOptions.logAnalyticsWorkspaceId', 'EventHubsDiagnosticsOptions.categoryGroups', 'EventHubsDiagnosticsOptions.metrics'],
    args: { diagnostics: { logAnalyticsWorkspaceId: WORKSPACE_ID, categoryGroups: ['audit'], metrics: false } },
    check: (r) => expect(r.inputsOf('kafka-diagnostics')).toMatchObject({ workspaceId: WORKSPACE_ID, logs: [{ categoryGroup: 'audit', enabled: true }], metrics: [] }),
  },
  'no lock': {
    covers: ['EventHubsNamespaceSpec.lock'],
    args: { lock: false },
    check: (r) => expect(r.ofType('azure-native:authorization:ManagementLockByScope')).toEqual([]),
  },
  'Kafka client: SAS PLAIN on a namespace rule': {
    covers: ['EventHubsNamespaceSpec.kafkaClient', 'EventHubsKafkaClientOptions.auth', 'EventHubsKafkaClientOptions.sasRuleName'],
    args: { sas: { rules: [{ name: 'app', rights: ['Send', 'Listen'] }] }, kafkaClient: { auth: 'sas-plain', sasRuleName: 'app' } },
    check: (r) => expect(r.outputs.props).toBe('[secret]'),
  },
  'Kafka client: OAUTHBEARER with a tenant': {
    covers: ['EventHubsKafkaClientOptions.tenantId'],
    args: { kafkaClient: { tenantId: PRINCIPAL } },
    check: (r) => expect(r.outputs.props['sasl.oauthbearer.token.endpoint.url']).toBe(`https://login.microsoftonline.com/${PRINCIPAL}/oauth2/v2.0/token`),
  },
  'tags on every taggable resource': {
    covers: ['EventHubsNamespaceSpec.tags'],
    args: { tier: 'Dedicated', tags: { cost: 'kafka' }, network: { privateEndpoints: [{ name: 'apps', subnetId: SUBNET_ID }] },
      encryption: { customerManagedKey: { keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'k1', keyVaultId: KEY_VAULT_ID } } },
    check: (r) => {
      const taggable = ['kafka', 'kafka-cluster', 'kafka-cmk-identity', 'kafka-dns-zone', 'kafka-dns-link-vnet-apps', 'kafka-pe-apps'];
      for (const n of taggable) expect([n, r.inputsOf(n).tags]).toEqual([n, { cost: 'kafka' }]);
    },
  },
  'event hubs as the portable TopicSpec, access intents as role assignments': {
    covers: ['EventHubsNamespaceSpec.access', 'EventHubTopicSpec.partitions', 'EventHubTopicSpec.tombstoneRetentionHours', 'EventHubTopicSpec.consumerGroups', 'EventHubTopicSpec.capture'],
    args: {
      eventHubs: [
        { name: 'orders', partitions: 6, partitionsFloor: 6, retentionHours: 48, consumerGroups: ['audit'], capture: { storageAccountId: STORAGE, blobContainer: 'capture' } },
        { name: 'customers', partitions: 3, partitionsFloor: 3, cleanupPolicy: 'compact', tombstoneRetentionHours: 12 },
      ],
      access: [
        { name: 'orders-api', principal: { kind: 'native', id: PRINCIPAL }, produce: ['orders'], consume: ['customers'], groups: ['orders-api'] },
        { name: 'ops', principal: { kind: 'native', id: '66666666-7777-8888-9999-000000000000' }, consume: ['*'], groups: ['ops'] },
      ],
    },
    check: (r) => {
      expect(r.inputsOf('kafka-hub-orders')).toMatchObject({ partitionCount: 6, retentionDescription: { cleanupPolicy: 'Delete', retentionTimeInHours: 48 },
        captureDescription: { enabled: true, destination: { storageAccountResourceId: STORAGE, blobContainer: 'capture' } } });
      expect(r.inputsOf('kafka-hub-customers')).toMatchObject({ partitionCount: 3, retentionDescription: { cleanupPolicy: 'Compact', tombstoneRetentionTimeInHours: 12 } });
      expect(r.inputsOf('kafka-hub-orders-cg-audit')).toMatchObject({ consumerGroupName: 'audit' });
      const orders = `${NS_ID}/eventhubs/orders`;
      const customers = `${NS_ID}/eventhubs/customers`;
      const role = (guid: string, _scope: string) => `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
      expect(r.inputsOf('kafka-role-access-orders-api-sender-orders')).toMatchObject({ scope: orders, principalId: PRINCIPAL, principalType: 'ServicePrincipal',
        roleDefinitionId: role('2b629674-e913-4c01-ae53-ef4638d8f975', orders) });
      expect(r.inputsOf('kafka-role-access-orders-api-receiver-customers')).toMatchObject({ scope: customers, principalId: PRINCIPAL,
        roleDefinitionId: role('a638d3c7-ab3a-418d-83e6-5f17a39d4fde', customers) });
      expect(r.inputsOf('kafka-role-access-ops-receiver-namespace')).toMatchObject({ scope: NS_ID, principalId: '66666666-7777-8888-9999-000000000000',
        roleDefinitionId: role('a638d3c7-ab3a-418d-83e6-5f17a39d4fde', NS_ID) });
      expect(r.ofType('azure-native:authorization:RoleAssignment').map((x) => x.name).sort()).toEqual([
        'kafka-role-access-ops-receiver-namespace', 'kafka-role-access-orders-api-receiver-customers', 'kafka-role-access-orders-api-sender-orders',
      ]);
    },
  },
  "removal 'destroy'": {
    covers: ['EventHubsNamespaceSpec.removal'],
    args: { removal: 'destroy', eventHubs: [{ name: 'orders', partitions: 2 }] },
    check: (r) => expect(r.registrations.filter((x) => x.retainOnDelete).map((x) => x.name)).toEqual([]),
  },
};

/** Props that cannot reach a resource by design, with the reason. */
const REFUSED: Record<string, string> = {
  'EventHubsNamespaceSpec.geoReplication': 'refused with event-hubs/geo-replication-unsupported (tested below)',
  'EventHubsNamespaceSpec.secondaryLocations': 'part of geoReplication',
  'CustomerManagedKeySpec.kind': 'discriminator of identity (create/existing), covered by both CMK cases',
};

function declaredProps(): string[] {
  const out = new Set<string>();
  const lib = path.join(__dirname, '../../../lib/event-hubs');
  for (const file of [path.join(lib, 'spec.ts'), path.join(lib, 'topic-spec.ts'), path.join(lib, 'pulumi/event-hubs-namespace.ts')]) {
    const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node, owner: string) => {
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) owner = node.name.text;
      if (ts.isPropertySignature(node)) out.add(`${owner}.${node.name.getText(src)}`);
      ts.forEachChild(node, (c) => visit(c, owner));
    };
    visit(src, '');
  }
  return [...out].filter((p) => !p.startsWith('EventHubsNamespace.')).sort();
}

test('the cases cover every declared prop', () => {
  const covered = new Set([...Object.values(CASES).flatMap((c) => c.covers), ...Object.keys(REFUSED)]);
  expect(declaredProps().filter((p) => !covered.has(p))).toEqual([]);
  expect([...covered].filter((p) => !declaredProps().includes(p))).toEqual([]);
});

describe.each(Object.entries(CASES))('%s', (_name, c) => {
  test('reaches the recorded resources', async () => {
    const r = await recordAzure(() => {
      const ns = new EventHubsNamespace('kafka', { ...BASE, ...c.args });
      return { bootstrapServer: ns.bootstrapServer, props: ns.kafkaClientProperties, alias: ns.geoDrAliasBootstrapServer };
    });
    c.check(r as unknown as AzureRecording<Outputs>);
  });
});

test('geoReplication is refused with a pointer to Geo-DR', () => {
  expect(() => new EventHubsNamespace('kafka', { ...BASE, geoReplication: { secondaryLocations: ['northeurope'] } })).toThrow(/geoDisasterRecovery/);
});
