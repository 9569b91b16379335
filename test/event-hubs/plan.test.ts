import * as fc from 'fast-check';
import {
  EventHubsNamespaceSpec, planEventHubsNamespace, TIER_LIMITS, validateEventHubsNamespace, kafkaBootstrapServer, deterministicGuid, armTypeOf, virtualNetworkOfSubnet,
} from '../../lib/event-hubs';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';

const RG = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-kafka/providers';
const SUBNET = `${RG}/Microsoft.Network/virtualNetworks/vnet-apps/subnets/snet-pe`;
const SUBNET_B = `${RG}/Microsoft.Network/virtualNetworks/vnet-apps/subnets/snet-pe-2`;
const SUBNET_C = `${RG}/Microsoft.Network/virtualNetworks/vnet-ops/subnets/snet-pe`;
const KV = `${RG}/Microsoft.KeyVault/vaults/kv-kafka`;
const PRINCIPAL = '11111111-2222-3333-4444-555555555555';
const CAPTURE = { storageAccountId: `${RG}/Microsoft.Storage/storageAccounts/st`, blobContainer: 'capture' };
const CMK = { keyVaultUri: 'https://kv-kafka.vault.azure.net/', keyName: 'eh-cmk', keyVaultId: KV };

const spec = (extra: Partial<EventHubsNamespaceSpec> = {}): EventHubsNamespaceSpec => ({ namespaceName: 'contoso-orders', ...extra });
const hub = (name: string, partitions = 4, extra: object = {}) => ({ name, partitions, ...extra });
const errorCodes = (s: EventHubsNamespaceSpec) => validateEventHubsNamespace(s).filter((i) => i.severity === 'error').map((i) => i.code);
const warningCodes = (s: EventHubsNamespaceSpec) => validateEventHubsNamespace(s).filter((i) => i.severity === 'warning').map((i) => i.code);

describe('defaults (secure by default)', () => {
  const plan = planEventHubsNamespace(spec());
  test('Premium 1 PU, zone redundant, TLS 1.2, local auth disabled, auto-inflate off with maximum 0', () => {
    expect(plan.tier).toBe('Premium');
    expect(plan.sku).toEqual({ name: 'Premium', tier: 'Premium', capacity: 1 });
    expect(plan.zoneRedundant).toBe(true);
    expect(plan.minimumTlsVersion).toBe('1.2');
    expect(plan.disableLocalAuth).toBe(true);
    expect(plan.autoInflate).toEqual({ enabled: false, maximumThroughputUnits: 0 });
  });
  test('public access Disabled on the namespace and on the rule set; default Deny; trusted services off', () => {
    expect(plan.publicNetworkAccess).toBe('Disabled');
    expect(plan.networkRuleSet).toEqual({ defaultAction: 'Deny', publicNetworkAccess: 'Disabled', trustedServiceAccessEnabled: false, ipRules: [], virtualNetworkRules: [] });
  });
  test('no SAS rule, no identity, no encryption block, CanNotDelete lock, retain', () => {
    expect(plan.sasRules).toEqual([]);
    expect(plan.identity).toEqual({ createCmkIdentity: false, existingIds: [] });
    expect(plan.encryption).toBeUndefined();
    expect(plan.locks.map((l) => [l.target, l.level])).toEqual([['namespace', 'CanNotDelete']]);
    expect(plan.removal).toBe('retain');
  });
  test('OAUTHBEARER client plan with the namespace scope', () => {
    expect(plan.kafka).toEqual({
      auth: 'oauthbearer', bootstrapServer: 'contoso-orders.servicebus.windows.net:9093',
      tokenEndpointUrl: 'https://login.microsoftonline.com/${env:AZURE_TENANT_ID}/oauth2/v2.0/token', scope: 'https://contoso-orders.servicebus.windows.net/.default',
    });
  });
  test('warnings say what is missing: a network path and diagnostics', () => {
    expect(plan.warnings.map((w) => w.code)).toEqual(['event-hubs/no-network-path', 'event-hubs/no-diagnostics']);
  });
});

describe('tiers and capacity', () => {
  test('Standard with auto-inflate: TUs and a maximum', () => {
    const p = planEventHubsNamespace(spec({ tier: 'Standard', capacity: 2, autoInflate: { maximumThroughputUnits: 40 } }));
    expect(p.sku).toEqual({ name: 'Standard', tier: 'Standard', capacity: 2 });
    expect(p.autoInflate).toEqual({ enabled: true, maximumThroughputUnits: 40 });
  });
  test('Standard allows 40 TUs (not 20)', () => {
    expect(errorCodes(spec({ tier: 'Standard', capacity: 40 }))).toEqual([]);
  });
  test.each([1, 2, 4, 8, 16])('Premium accepts %d PU', (pu) => expect(errorCodes(spec({ capacity: pu }))).toEqual([]));
  test('Dedicated creates a cluster with the capacity units; the namespace joins it with the Standard SKU', () => {
    const p = planEventHubsNamespace(spec({ tier: 'Dedicated', capacity: 2 }));
    expect(p.dedicatedCluster).toEqual({ kind: 'create', clusterName: 'contoso-orders-cluster', capacityUnits: 2 });
    expect(p.sku).toEqual({ name: 'Standard', tier: 'Standard', capacity: 1 });
    expect(p.locks.map((l) => l.target)).toEqual(['namespace', 'cluster']);
  });
  test('Dedicated on an existing cluster', () => {
    const clusterId = `${RG}/Microsoft.EventHub/clusters/shared`;
    expect(planEventHubsNamespace(spec({ tier: 'Dedicated', dedicatedCluster: { kind: 'existing', clusterId } })).dedicatedCluster).toEqual({ kind: 'existing', clusterId });
  });
  test('Premium holds 100 event hubs per PU (quotas page: "100 per PU"), not 100 per namespace', () => {
    expect(errorCodes(spec({ capacity: 2, eventHubs: Array.from({ length: 150 }, (_, i) => hub(`h${i}`, 1)) }))).toEqual([]);
    expect(errorCodes(spec({ capacity: 2, eventHubs: Array.from({ length: 201 }, (_, i) => hub(`h${i}`, 1)) }))).toEqual(['event-hubs/event-hub-count']);
  });
  test('limits per tier: partitions 32/100/1024 and retention 7/90/90 days', () => {
    expect([TIER_LIMITS.Standard, TIER_LIMITS.Premium, TIER_LIMITS.Dedicated].map((l) => [l.maxPartitionsPerEventHub, l.maxRetentionHours / 24])).toEqual([[32, 7], [100, 90], [1024, 90]]);
    expect(errorCodes(spec({ eventHubs: [hub('a', 100, { retentionHours: 90 * 24 })] }))).toEqual([]);
    expect(errorCodes(spec({ tier: 'Dedicated', eventHubs: [hub('a', 1024)] }))).toEqual([]);
  });
});

describe('entities, network, access', () => {
  test('private endpoints in one VNet share one DNS link; another VNet gets its own', () => {
    const p = planEventHubsNamespace(spec({ network: { privateEndpoints: [{ name: 'a', subnetId: SUBNET }, { name: 'b', subnetId: SUBNET_B }, { name: 'c', subnetId: SUBNET_C }] } }));
    expect(p.privateEndpoints.map((e) => e.azureName)).toEqual(['contoso-orders-pe-a', 'contoso-orders-pe-b', 'contoso-orders-pe-c']);
    expect(p.privateDns).toEqual({
      kind: 'create', zoneName: 'privatelink.servicebus.windows.net',
      links: [{ key: 'vnet-apps', virtualNetworkId: virtualNetworkOfSubnet(SUBNET) }, { key: 'vnet-ops', virtualNetworkId: virtualNetworkOfSubnet(SUBNET_C) }],
    });
  });
  test('VNets with the same name in other resource groups or subscriptions each get their own DNS link', () => {
    const spoke = (sub: string, rg: string) => `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/vnet-apps/subnets/snet-pe`;
    const other = spoke('00000000-0000-0000-0000-000000000002', 'rg-kafka');
    const p = planEventHubsNamespace(spec({ network: { privateEndpoints: [{ name: 'a', subnetId: SUBNET }, { name: 'b', subnetId: other }, { name: 'c', subnetId: SUBNET_B }] } }));
    expect(p.privateDns).toEqual({
      kind: 'create', zoneName: 'privatelink.servicebus.windows.net',
      links: [{ key: 'vnet-apps', virtualNetworkId: virtualNetworkOfSubnet(SUBNET) }, { key: 'vnet-apps-2', virtualNetworkId: virtualNetworkOfSubnet(other) }],
    });
    const listed = [virtualNetworkOfSubnet(SUBNET), virtualNetworkOfSubnet(spoke('00000000-0000-0000-0000-000000000001', 'rg-other'))];
    const q = planEventHubsNamespace(spec({ network: { privateEndpoints: [{ name: 'a', subnetId: SUBNET }], privateDns: { kind: 'create', virtualNetworkIds: listed } } }));
    expect(q.privateDns.kind === 'create' && q.privateDns.links.map((l) => l.key)).toEqual(['vnet-apps', 'vnet-apps-2']);
    expect(errorCodes(spec({ network: { privateEndpoints: [{ name: 'a', subnetId: SUBNET }], privateDns: { kind: 'create', virtualNetworkIds: [listed[0], listed[0].toUpperCase()] } } })))
      .toEqual(['event-hubs/private-dns-vnet-duplicate']);
  });
  test('public access Enabled with IP and VNet rules keeps default Deny; both knobs agree', () => {
    const p = planEventHubsNamespace(spec({ network: { publicNetworkAccess: 'Enabled', allowedIpRanges: ['203.0.113.0/24'], allowedSubnetIds: [SUBNET] } }));
    expect(p.publicNetworkAccess).toBe('Enabled');
    expect(p.networkRuleSet).toMatchObject({ defaultAction: 'Deny', publicNetworkAccess: 'Enabled', ipRules: [{ ipMask: '203.0.113.0/24', action: 'Allow' }] });
  });
  test('SAS opt-in: local auth on, rights sorted, a warning', () => {
    const p = planEventHubsNamespace(spec({ eventHubs: [hub('orders')], sas: { rules: [{ name: 'app', rights: ['Send', 'Listen'], eventHub: 'orders' }] }, kafkaClient: { auth: 'sas-plain', sasRuleName: 'app' } }));
    expect(p.disableLocalAuth).toBe(false);
    expect(p.sasRules).toEqual([{ name: 'app', rights: ['Listen', 'Send'], eventHub: 'orders' }]);
    expect(p.kafka).toEqual({ auth: 'sas-plain', bootstrapServer: 'contoso-orders.servicebus.windows.net:9093', sasRule: { name: 'app', eventHub: 'orders' } });
    expect(p.warnings.map((w) => w.code)).toContain('event-hubs/sas-enabled');
  });
  test('Geo-DR: alias bootstrap server and a metadata-only warning', () => {
    const p = planEventHubsNamespace(spec({ geoDisasterRecovery: { alias: 'contoso-orders-dr', partnerNamespaceId: `${RG}/Microsoft.EventHub/namespaces/contoso-orders-west` } }));
    expect(p.geoDisasterRecovery?.aliasBootstrapServer).toBe('contoso-orders-dr.servicebus.windows.net:9093');
    expect(p.warnings.map((w) => w.code)).toContain('event-hubs/geo-dr-metadata-only');
  });
  test('sovereign clouds change the suffix, the Private Link zone and the login host', () => {
    const p = planEventHubsNamespace(spec({ cloud: 'AzureUSGovernment', kafkaClient: { tenantId: PRINCIPAL }, network: { privateEndpoints: [{ name: 'a', subnetId: SUBNET }] } }));
    expect(p.kafka.bootstrapServer).toBe('contoso-orders.servicebus.usgovcloudapi.net:9093');
    expect(p.kafka.tokenEndpointUrl).toBe(`https://login.microsoftonline.us/${PRINCIPAL}/oauth2/v2.0/token`);
    expect((p.privateDns as { zoneName: string }).zoneName).toBe('privatelink.servicebus.usgovcloudapi.net');
  });
  test('deploy-time ids are deferred, not rejected', () => {
    const token = { deployTime: true };
    const isUnknown = (v: unknown) => v === token;
    const issues = validateEventHubsNamespace<unknown>({
      namespaceName: 'contoso-orders', encryption: { customerManagedKey: { ...CMK, keyVaultId: token } },
      roleAssignments: [{ role: 'sender', principalId: token, name: 'app-sender' }], diagnostics: { logAnalyticsWorkspaceId: token },
      network: { privateEndpoints: [{ name: 'a', subnetId: token }], privateDns: { kind: 'create', virtualNetworkIds: [token] } },
    }, isUnknown);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

type Bad = [string, EventHubsNamespaceSpec, string[], string];
const BAD: Bad[] = [
  ['Basic tier (no Kafka endpoint)', spec({ tier: 'Basic' as never }), ['event-hubs/basic-tier'], 'Basic has no Kafka endpoint'],
  ['unknown tier', spec({ tier: 'Gold' as never }), ['event-hubs/tier'], 'be one of Standard, Premium, Dedicated'],
  ['namespace name too short', spec({ namespaceName: 'ehx' }), ['event-hubs/namespace-name'], '6-50 letters'],
  ['PU not in 1/2/4/8/16', spec({ capacity: 3 }), ['event-hubs/capacity'], '1, 2, 4, 8 or 16 processing units'],
  ['more than 40 TUs', spec({ tier: 'Standard', capacity: 41 }), ['event-hubs/capacity'], 'be 1-40 TUs on Standard'],
  ['more than 20 CUs', spec({ tier: 'Dedicated', capacity: 21 }), ['event-hubs/capacity'], 'be 1-20 CUs on Dedicated'],
  ['auto-inflate maximum below capacity', spec({ tier: 'Standard', capacity: 4, autoInflate: { maximumThroughputUnits: 2 } }), ['event-hubs/auto-inflate-maximum'], 'from capacity (4) to 40'],
  ['auto-inflate on Premium', spec({ autoInflate: { maximumThroughputUnits: 4 } }), ['event-hubs/auto-inflate-tier'], 'size Premium with `capacity`'],
  ['dedicated cluster on Premium', spec({ dedicatedCluster: { kind: 'create' } }), ['event-hubs/dedicated-cluster-tier'], "tier: 'Dedicated'"],
  ['capacity with an existing cluster', spec({ tier: 'Dedicated', capacity: 2, dedicatedCluster: { kind: 'existing', clusterId: `${RG}/Microsoft.EventHub/clusters/x` } }), ['event-hubs/dedicated-existing-capacity'], 'belong to the cluster'],
  ['CMK on Standard', spec({ tier: 'Standard', encryption: { customerManagedKey: CMK } }), ['event-hubs/cmk-tier'], 'not available on Standard'],
  ['CMK with a created identity but no vault id', spec({ encryption: { customerManagedKey: { keyVaultUri: CMK.keyVaultUri, keyName: 'k' } } }), ['event-hubs/cmk-key-vault-id'], 'Key Vault Crypto Service Encryption User'],
  ['CMK with a key URI instead of a name', spec({ encryption: { customerManagedKey: { ...CMK, keyName: 'https://kv/keys/k' } } }), ['event-hubs/key-name'], 'not its URI'],
  ['infrastructure encryption without CMK', spec({ encryption: { requireInfrastructureEncryption: true } }), ['event-hubs/infrastructure-encryption-needs-cmk'], 'Add encryption.customerManagedKey'],
  ['existing identity id that is not an identity', spec({ encryption: { customerManagedKey: { ...CMK, identity: { kind: 'existing', resourceId: KV } } } }), ['event-hubs/arm-id'], 'userAssignedIdentities'],
  ['too many partitions on Standard', spec({ tier: 'Standard', eventHubs: [hub('a', 33)] }), ['event-hubs/partitions'], "Standard allows 32; use tier 'Premium' (100)"],
  ['too many partitions on Premium', spec({ eventHubs: [hub('a', 101)] }), ['event-hubs/partitions'], 'from 1 to 100 on Premium'],
  ['partitions over the Premium per-PU total', spec({ eventHubs: [hub('a', 100), hub('b', 100), hub('c', 1)] }), ['event-hubs/partitions-total'], 'Raise capacity to 2 PUs'],
  ['retention over 7 days on Standard', spec({ tier: 'Standard', eventHubs: [hub('a', 4, { retentionHours: 169 })] }), ['event-hubs/retention'], '1 to 168 hours (7 days) on Standard'],
  ['retention over 90 days on Premium', spec({ eventHubs: [hub('a', 4, { retentionHours: 2161 })] }), ['event-hubs/retention'], '1 to 2160 hours (90 days)'],
  ['retention on a compacted hub', spec({ eventHubs: [hub('a', 4, { cleanupPolicy: 'compact', retentionHours: 24 })] }), ['event-hubs/retention-with-compact'], 'latest value per key'],
  ['tombstone retention on a delete hub', spec({ eventHubs: [hub('a', 4, { tombstoneRetentionHours: 24 })] }), ['event-hubs/tombstone-with-delete'], "only with cleanupPolicy 'compact'"],
  ['11 event hubs on Standard', spec({ tier: 'Standard', eventHubs: Array.from({ length: 11 }, (_, i) => hub(`h${i}`, 1)) }), ['event-hubs/event-hub-count'], 'at most 10 event hubs'],
  ['101 event hubs on 1 PU (100 per PU)', spec({ eventHubs: Array.from({ length: 101 }, (_, i) => hub(`h${i}`, 1)) }), ['event-hubs/event-hub-count'], 'at most 100 event hubs on Premium (100 per PU x 1), got: 101. Raise capacity to 2 PUs'],
  ['duplicate event hub names', spec({ eventHubs: [hub('Orders'), hub('orders')] }), ['event-hubs/event-hub-name-duplicate'], 'case-insensitive'],
  ['$Default consumer group', spec({ eventHubs: [hub('a', 4, { consumerGroups: ['$Default'] })] }), ['event-hubs/consumer-group-default'], 'the service creates it'],
  ['20 consumer groups on Standard', spec({ tier: 'Standard', eventHubs: [hub('a', 4, { consumerGroups: Array.from({ length: 20 }, (_, i) => `g${i}`) })] }), ['event-hubs/consumer-group-count'], '$Default takes one'],
  ['capture window of 30 s', spec({ eventHubs: [hub('a', 4, { capture: { storageAccountId: `${RG}/Microsoft.Storage/storageAccounts/st`, blobContainer: 'capture', intervalSeconds: 30 } })] }), ['event-hubs/capture-interval'], '60-900 seconds'],
  ['capture format missing placeholders', spec({ eventHubs: [hub('a', 4, { capture: { storageAccountId: `${RG}/Microsoft.Storage/storageAccounts/st`, blobContainer: 'capture', archiveNameFormat: '{Namespace}/{EventHub}' } })] }), ['event-hubs/capture-format'], 'missing {PartitionId}'],
  ['IP rules while public access is Disabled', spec({ network: { allowedIpRanges: ['203.0.113.0/24'] } }), ['event-hubs/firewall-rules-need-public-access'], "publicNetworkAccess: 'Enabled'"],
  ['allow-from-anywhere while Disabled', spec({ network: { allowPublicFromAnywhere: true } }), ['event-hubs/allow-anywhere-needs-public-access'], "only with publicNetworkAccess 'Enabled'"],
  ['malformed IP range', spec({ network: { publicNetworkAccess: 'Enabled', allowedIpRanges: ['10.0.0.0/33'] } }), ['event-hubs/ip-range'], 'IPv4 address or CIDR'],
  ['two private endpoints with one name', spec({ network: { privateEndpoints: [{ name: 'pe', subnetId: SUBNET }, { name: 'pe', subnetId: SUBNET_C }] } }), ['event-hubs/private-endpoint-name-duplicate'], 'be unique'],
  ['private endpoint in a VNet id instead of a subnet', spec({ network: { privateEndpoints: [{ name: 'pe', subnetId: virtualNetworkOfSubnet(SUBNET) }] } }), ['event-hubs/arm-id'], 'Microsoft.Network/virtualNetworks/subnets resource id'],
  ['existing DNS zone of another service', spec({ network: { privateEndpoints: [{ name: 'pe', subnetId: SUBNET }], privateDns: { kind: 'existing', zoneId: `${RG}/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net` } } }), ['event-hubs/private-dns-zone-name'], 'name the privatelink.servicebus.windows.net zone'],
  ['namespace Manage SAS rule without opt-in', spec({ sas: { rules: [{ name: 'root', rights: ['Manage', 'Listen', 'Send'] }] } }), ['event-hubs/sas-namespace-manage'], 'root key'],
  ['SAS on without a scoped rule (only the root key would work)', spec({ sas: {} }), ['event-hubs/sas-no-rules'], 'declare at least one scoped rule'],
  ['Manage without Listen and Send', spec({ eventHubs: [hub('a')], sas: { rules: [{ name: 'm', rights: ['Manage'], eventHub: 'a' }] } }), ['event-hubs/sas-manage-rights'], "include 'Listen' and 'Send'"],
  ['SAS rule on an undeclared event hub', spec({ sas: { rules: [{ name: 'x', rights: ['Send'], eventHub: 'nope' }] } }), ['event-hubs/sas-unknown-event-hub'], 'declared in eventHubs'],
  ['SAS PLAIN client without SAS', spec({ kafkaClient: { auth: 'sas-plain', sasRuleName: 'x' } }), ['event-hubs/kafka-sas-needs-sas'], 'while SAS is off'],
  ['SAS PLAIN client naming an unknown rule', spec({ sas: { rules: [{ name: 'app', rights: ['Send'] }] }, kafkaClient: { auth: 'sas-plain', sasRuleName: 'other' } }), ['event-hubs/kafka-sas-rule'], 'name one of the SAS rules (app)'],
  ['tenant given as a domain', spec({ kafkaClient: { tenantId: 'contoso.onmicrosoft.com' } }), ['event-hubs/tenant-id'], 'not a domain name'],
  ['role on an undeclared event hub', spec({ roleAssignments: [{ role: 'sender', principalId: PRINCIPAL, eventHub: 'nope' }] }), ['event-hubs/role-unknown-event-hub'], 'declared in eventHubs'],
  ['principal given as a name', spec({ roleAssignments: [{ role: 'receiver', principalId: 'orders-app' }] }), ['event-hubs/principal-id'], 'object id (GUID)'],
  ['the same role twice', spec({ roleAssignments: [{ role: 'sender', principalId: PRINCIPAL }, { role: 'sender', principalId: PRINCIPAL }] }), ['event-hubs/role-duplicate'], 'be unique'],
  ['two schema groups on Standard', spec({ tier: 'Standard', schemaGroups: [{ name: 'a' }, { name: 'b' }] }), ['event-hubs/schema-group-count'], 'at most 1 group on Standard'],
  ['geo-replication (not in the provider API)', spec({ geoReplication: { secondaryLocations: ['northeurope'] } }), ['event-hubs/geo-replication-unsupported'], 'Use `geoDisasterRecovery`'],
  ['Geo-DR alias equal to the namespace', spec({ geoDisasterRecovery: { alias: 'contoso-orders', partnerNamespaceId: `${RG}/Microsoft.EventHub/namespaces/x-west` } }), ['event-hubs/geo-dr-alias'], 'differ from the namespace name'],
  ['diagnostics to a storage account id', spec({ diagnostics: { logAnalyticsWorkspaceId: `${RG}/Microsoft.Storage/storageAccounts/st` } }), ['event-hubs/arm-id'], 'Microsoft.OperationalInsights/workspaces'],
];

describe('bad input: clear errors before any cloud API', () => {
  test('at least 20 cases', () => expect(BAD.length).toBeGreaterThanOrEqual(20));
  test.each(BAD)('%s', (_name, s, codes, fragment) => {
    expect(errorCodes(s)).toEqual(codes);
    const err = validationErrorOf(() => planEventHubsNamespace(s));
    expect(err.message).toContain(fragment);
    // The project grammar: `<path>` must <rule>, got: <value>. <fix>
    for (const issue of err.issues) expect(issue.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });
  test('all problems are reported at once', () => {
    expect(errorCodes(spec({ namespaceName: '-x', tier: 'Standard', capacity: 50, encryption: { customerManagedKey: CMK }, eventHubs: [hub('a', 64)] }))).toEqual([
      'event-hubs/namespace-name', 'event-hubs/capacity', 'event-hubs/cmk-tier', 'event-hubs/partitions',
    ]);
  });
});

// Props that arrive through JSON or YAML: a wrong type is one issue that names the type, under the prop's own code.
type Typed = [string, EventHubsNamespaceSpec, string, string];
const TYPED: Typed[] = [
  ['capacity as a string', spec({ capacity: '2' as never }), 'event-hubs/capacity', '`capacity` must be an integer, got: "2" (a string). Write it without quotes: 2.'],
  ['capacity fractional', spec({ capacity: 2.5 }), 'event-hubs/capacity', '`capacity` must be an integer, got: 2.5 (a number). Use a whole number, e.g. 3.'],
  ['capacity negative', spec({ capacity: -2 }), 'event-hubs/capacity', '`capacity` must be 1, 2, 4, 8, 16 PUs on Premium, got: -2. Premium namespaces come in 1, 2, 4, 8 or 16 processing units.'],
  ['capacity NaN', spec({ capacity: Number.NaN }), 'event-hubs/capacity', '`capacity` must be an integer, got: NaN (a number). Pass a whole number.'],
  ['auto-inflate maximum as a string', spec({ tier: 'Standard', autoInflate: { maximumThroughputUnits: '10' as never } }), 'event-hubs/auto-inflate-maximum',
    '`autoInflate.maximumThroughputUnits` must be an integer, got: "10" (a string). Write it without quotes: 10.'],
  ['auto-inflate maximum Infinity', spec({ tier: 'Standard', autoInflate: { maximumThroughputUnits: Number.POSITIVE_INFINITY } }), 'event-hubs/auto-inflate-maximum',
    '`autoInflate.maximumThroughputUnits` must be an integer, got: Infinity (a number). Pass a whole number.'],
  ['auto-inflate maximum negative', spec({ tier: 'Standard', autoInflate: { maximumThroughputUnits: -4 } }), 'event-hubs/auto-inflate-maximum',
    '`autoInflate.maximumThroughputUnits` must be an integer from capacity (1) to 40, got: -4. Set a ceiling between 1 and 40 throughput units, or remove autoInflate.'],
  ['partitions fractional', spec({ eventHubs: [hub('a', 1.5)] }), 'event-hubs/partitions', '`eventHubs[0].partitions` must be an integer, got: 1.5 (a number). Use a whole number, e.g. 2.'],
  ['partitions negative', spec({ eventHubs: [hub('a', -4)] }), 'event-hubs/partitions', '`eventHubs[0].partitions` must be an integer from 1 to 100 on Premium, got: -4. Pick 1-100.'],
  ['retention as a string', spec({ eventHubs: [hub('a', 4, { retentionHours: '24' })] }), 'event-hubs/retention', '`eventHubs[0].retentionHours` must be an integer, got: "24" (a string). Write it without quotes: 24.'],
  ['retention fractional', spec({ eventHubs: [hub('a', 4, { retentionHours: 1.5 })] }), 'event-hubs/retention', '`eventHubs[0].retentionHours` must be an integer, got: 1.5 (a number). Use a whole number, e.g. 2.'],
  ['retention negative', spec({ eventHubs: [hub('a', 4, { retentionHours: -24 })] }), 'event-hubs/retention', '`eventHubs[0].retentionHours` must be an integer from 1 to 2160 hours (90 days) on Premium, got: -24. Pick 1-2160.'],
  ['tombstone retention as a string', spec({ eventHubs: [hub('a', 4, { cleanupPolicy: 'compact', tombstoneRetentionHours: '24' })] }), 'event-hubs/tombstone-retention',
    '`eventHubs[0].tombstoneRetentionHours` must be an integer, got: "24" (a string). Write it without quotes: 24.'],
  ['tombstone retention NaN', spec({ eventHubs: [hub('a', 4, { cleanupPolicy: 'compact', tombstoneRetentionHours: Number.NaN })] }), 'event-hubs/tombstone-retention',
    '`eventHubs[0].tombstoneRetentionHours` must be an integer, got: NaN (a number). Pass a whole number.'],
  ['capture interval as a string', spec({ eventHubs: [hub('a', 4, { capture: { ...CAPTURE, intervalSeconds: '300' } })] }), 'event-hubs/capture-interval',
    '`eventHubs[0].capture.intervalSeconds` must be an integer, got: "300" (a string). Write it without quotes: 300.'],
  ['capture interval negative', spec({ eventHubs: [hub('a', 4, { capture: { ...CAPTURE, intervalSeconds: -300 } })] }), 'event-hubs/capture-interval',
    '`eventHubs[0].capture.intervalSeconds` must be 60-900 seconds, got: -300. Use 300 (the default).'],
  ['capture size fractional', spec({ eventHubs: [hub('a', 4, { capture: { ...CAPTURE, sizeLimitBytes: 10485760.5 } })] }), 'event-hubs/capture-size',
    '`eventHubs[0].capture.sizeLimitBytes` must be an integer, got: 10485760.5 (a number). Use a whole number, e.g. 10485761.'],
  ['capture size Infinity', spec({ eventHubs: [hub('a', 4, { capture: { ...CAPTURE, sizeLimitBytes: Number.POSITIVE_INFINITY } })] }), 'event-hubs/capture-size',
    '`eventHubs[0].capture.sizeLimitBytes` must be an integer, got: Infinity (a number). Pass a whole number.'],
];

describe('wrong JSON types: one issue that names the expected type', () => {
  test.each(TYPED)('%s', (_name, s, code, message) => {
    const errors = validateEventHubsNamespace(s).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.message])).toEqual([[code, message]]);
    expect(validationErrorOf(() => planEventHubsNamespace(s)).codes).toEqual([code]);
  });
});

describe('warnings say what to change', () => {
  test.each([
    ['trusted services', spec({ network: { trustedServiceAccess: true } }), 'event-hubs/trusted-services'],
    ['public from anywhere', spec({ network: { publicNetworkAccess: 'Enabled', allowPublicFromAnywhere: true } }), 'event-hubs/public-from-anywhere'],
    ['owner on the namespace', spec({ roleAssignments: [{ role: 'owner', principalId: PRINCIPAL }] }), 'event-hubs/owner-on-namespace'],
    ['lock off', spec({ lock: false }), 'event-hubs/lock-off'],
  ] as [string, EventHubsNamespaceSpec, string][])('%s', (_n, s, code) => expect(warningCodes(s)).toContain(code));
});

describe('helpers and determinism', () => {
  test('bootstrap server', () => expect(kafkaBootstrapServer('ns-abc123', 'AzureChinaCloud')).toBe('ns-abc123.servicebus.chinacloudapi.cn:9093'));
  test('ARM types', () => {
    expect(armTypeOf(SUBNET)).toBe('Microsoft.Network/virtualNetworks/subnets');
    expect(armTypeOf('not-an-id')).toBeUndefined();
  });
  test('role assignment names are stable GUIDs, case-insensitive in the scope', () => {
    fc.assert(fc.property(fc.string(), fc.uuid(), (scope, principal) => {
      const g = deterministicGuid(scope, principal, 'r');
      expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(deterministicGuid(scope.toUpperCase(), principal, 'r')).toBe(deterministicGuid(scope.toLowerCase(), principal, 'r'));
    }));
  });
  test('plans are deterministic', () => {
    const s = spec({ eventHubs: [hub('b'), hub('a', 2, { cleanupPolicy: 'compact' })], roleAssignments: [{ role: 'sender', principalId: PRINCIPAL }] });
    expect(JSON.stringify(planEventHubsNamespace(s))).toBe(JSON.stringify(planEventHubsNamespace(s)));
  });
});
