/**
 * Component variants: every cluster type's exact resource shape, key rotation, readiness, ACL mode, mirror topics,
 * Enterprise PrivateLink Attachment, and the GCP and Azure endpoints.
 */
import { ConfluentKafka } from '../../../lib/confluent/pulumi';
import type { ConfluentKafkaArgs } from '../../../lib/confluent/pulumi';
import { DEDICATED, STANDARD } from '../fixtures';
import { mockedState } from '../../support/pulumi-registrations';
import { childList, MOCK_API_SECRET, mockedConfluentId, mockedConfluentState, mockedKafka, recordConfluent } from './support';

const keyId = (name: string) => mockedConfluentId('apiKey', 'ApiKey', name);

const CLUSTER = 'confluentcloud:index/kafkaCluster:KafkaCluster';
const BLOCKS = ['basic', 'standard', 'enterprises', 'freights', 'dedicated'];
const env = { kind: 'create' as const, displayName: 'e' };

test('every cluster type sends exactly its own block (asking for Enterprise can never yield Standard)', async () => {
  const cases: [ConfluentKafkaArgs, string, unknown][] = [
    [{ environment: env, cluster: { type: 'basic', cloud: 'AWS', region: 'us-east-2', displayName: 'k' } }, 'basic', {}],
    [{ environment: env, cluster: { type: 'standard', cloud: 'GCP', region: 'us-central1', displayName: 'k', maxEcku: 4 } }, 'standard', { maxEcku: 4 }],
    [{ environment: env, cluster: { type: 'enterprise', cloud: 'AZURE', region: 'eastus2', displayName: 'k' }, networking: { kind: 'privatelink-attachment' } }, 'enterprises', [{}]],
    [{ environment: env, cluster: { type: 'freight', cloud: 'AWS', region: 'us-east-2', displayName: 'k' } }, 'freights', [{}]],
    [{ environment: env, cluster: { type: 'dedicated', cloud: 'AWS', region: 'us-east-2', displayName: 'k', cku: 2 } }, 'dedicated', { cku: 2 }],
  ];
  for (const [args, block, value] of cases) {
    const r = await recordConfluent(() => new ConfluentKafka('k', args));
    const inputs = r.byName('k', CLUSTER).inputs;
    expect([args.cluster.type, BLOCKS.filter((b) => b in inputs)]).toEqual([args.cluster.type, [block]]);
    expect(inputs[block]).toEqual(value);
    expect(inputs.availability).toBe(args.cluster.type === 'basic' ? 'SINGLE_ZONE' : block === 'enterprises' || block === 'freights' ? 'HIGH' : 'MULTI_ZONE');
  }
});

test('rotation: both slots exist while rotating, the active one feeds the client properties; names are stable', async () => {
  let kafka!: ConfluentKafka;
  const r = await recordConfluent(() => {
    kafka = new ConfluentKafka('orders', { ...STANDARD, applications: { billing: { consume: { topics: ['orders'], groups: ['billing'] }, apiKeys: { slots: ['blue', 'green'], active: 'green' } } } });
    return { ids: kafka.apiKeyIds };
  });
  expect(r.ofType('confluentcloud:index/apiKey:ApiKey').map((k) => k.name).sort()).toEqual(['orders-admin-key-blue', 'orders-billing-key-blue', 'orders-billing-key-green']);
  expect(r.outputs.ids.billing).toEqual({ blue: keyId('orders-billing-key-blue'), green: keyId('orders-billing-key-green') });
  const props = await new Promise<string>((resolve) => kafka.clientProperties.billing!.apply((v) => { resolve(v); return v; }));
  expect(props).toContain(`username='${keyId('orders-billing-key-green')}'`);
  // Keys are never replaced delete-first: a replacement creates the new key before deleting the old one.
  expect(r.registrations.filter((x) => x.type === 'confluentcloud:index/apiKey:ApiKey').every((x) => !x.deleteBeforeReplace)).toBe(true);
});

test('readiness: waitForApiKeys false sets disableWaitForReady on every key', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('payments', { ...DEDICATED, waitForApiKeys: false }));
  const keys = r.ofType('confluentcloud:index/apiKey:ApiKey');
  expect(keys.length).toBe(3);
  for (const k of keys) expect(k.inputs.disableWaitForReady).toBe(true);
});

test('Basic: ACLs (through the admin key, kept secret) instead of role bindings; admin is CloudClusterAdmin', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('dev', { ...STANDARD, cluster: { ...STANDARD.cluster, type: 'basic' } }));
  expect(r.ofType('confluentcloud:index/roleBinding:RoleBinding').map((x) => `${x.name} ${x.inputs.roleName}`)).toEqual(['dev-admin-cluster-admin CloudClusterAdmin']);
  const acls = r.ofType('confluentcloud:index/kafkaAcl:KafkaAcl');
  expect(acls.map((a) => a.name).sort()).toEqual([
    'dev-billing-acl-group-literal-read-billing', 'dev-billing-acl-topic-literal-describe-orders', 'dev-billing-acl-topic-literal-read-orders',
    'dev-order-service-acl-topic-literal-describe-orders', 'dev-order-service-acl-topic-literal-write-orders',
  ]);
  expect(r.byName('dev-billing-acl-topic-literal-read-orders').inputs).toMatchObject({
    credentials: '[secret]', host: '*', operation: 'READ', patternType: 'LITERAL', permission: 'ALLOW', principal: `User:${mockedConfluentId('serviceAccount', 'ServiceAccount', 'dev-billing')}`, resourceName: 'orders', resourceType: 'TOPIC',
  });
  expect(JSON.stringify(r.resources)).not.toContain(MOCK_API_SECRET);
});

test('mirror topics: protected and always retained on delete, even when promoted', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('payments', {
    ...DEDICATED, protectTopics: true, mirrorTopics: [{ sourceTopic: 'orders', clusterLinkName: 'dr', status: 'PROMOTED' }, { sourceTopic: 'audit', clusterLinkName: 'dr' }],
  }));
  for (const n of ['payments-mirror-orders', 'payments-mirror-audit']) {
    expect([n, r.registration(n).retainOnDelete, r.registration(n).protect]).toEqual([n, true, true]);
  }
  expect(r.byName('payments-mirror-orders').inputs).toMatchObject({ status: 'PROMOTED', clusterLink: { linkName: 'dr' }, sourceKafkaTopic: { topicName: 'orders' }, kafkaCluster: '[secret]' });
  // Even with protectTopics off, a mirror topic is never deleted by removing it from the program.
  const r2 = await recordConfluent(() => new ConfluentKafka('payments', { ...DEDICATED, protectTopics: false, mirrorTopics: [{ sourceTopic: 'orders', clusterLinkName: 'dr' }] }));
  expect(r2.registration('payments-mirror-orders').retainOnDelete).toBe(true);
});

test('protect: false is explicit and reaches every protected resource', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('payments', { ...DEDICATED, protect: false, protectTopics: false }));
  expect(r.registrations.filter((x) => x.protect)).toEqual([]);
  expect(r.registrations.filter((x) => x.retainOnDelete)).toEqual([]);
});

test('Enterprise on AWS: PrivateLink Attachment, AWS endpoint, attachment connection; no Confluent network', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('ent', {
    environment: env,
    cluster: { type: 'enterprise', cloud: 'AWS', region: 'us-east-2', displayName: 'ent' },
    networking: { kind: 'privatelink-attachment', endpoint: { cloud: 'AWS', vpcId: 'vpc-1', subnetIds: ['subnet-1', 'subnet-2'], allowedCidrs: ['10.0.0.0/16'] } },
  }));
  const environment = { id: mockedKafka('ent', { cloud: 'AWS', region: 'us-east-2' }).environmentId };
  expect(r.byName('ent-platt').inputs).toEqual({ cloud: 'AWS', displayName: 'ent-platt', environment, region: 'us-east-2' });
  const attachment = mockedConfluentState('privateLinkAttachment', 'PrivateLinkAttachment', 'ent-platt', { cloud: 'AWS', region: 'us-east-2', environment });
  expect(r.byName('ent-endpoint').inputs.serviceName).toBe((attachment.aws as { vpcEndpointServiceName: string }[])[0]!.vpcEndpointServiceName);
  expect(r.byName('ent-platt-connection').inputs).toMatchObject({
    aws: { vpcEndpointId: 'ent-endpoint-id' }, privateLinkAttachment: { id: mockedConfluentId('privateLinkAttachment', 'PrivateLinkAttachment', 'ent-platt') },
  });
  expect(r.registration('ent-platt').protect).toBe(true);
  expect(r.byName('ent', CLUSTER).inputs).not.toHaveProperty('network');
  expect(r.ofType('confluentcloud:index/network:Network')).toEqual([]);
});

test('Dedicated on GCP with Private Service Connect: one address and forwarding rule per zone, private DNS', async () => {
  const zones = ['us-central1-a', 'us-central1-b', 'us-central1-c'];
  const r = await recordConfluent(() => new ConfluentKafka('g', {
    environment: env,
    cluster: { type: 'dedicated', cloud: 'GCP', region: 'us-central1', displayName: 'g', cku: 2 },
    networking: { kind: 'privatelink', allowedAccounts: ['my-project-123'], zones, endpoint: { cloud: 'GCP', project: 'my-project-123', network: 'vpc', subnetwork: 'sub' } },
  }));
  expect(childList(r.resources).filter((x) => x.startsWith('gcp:'))).toEqual([
    ...zones.map((z) => `gcp:compute/address:Address g-psc-${z}`),
    ...zones.map((z) => `gcp:compute/forwardingRule:ForwardingRule g-psc-${z}`),
    'gcp:dns/managedZone:ManagedZone g-dns',
    ...zones.map((z) => `gcp:dns/recordSet:RecordSet g-dns-${z}`),
    'gcp:dns/recordSet:RecordSet g-dns-wildcard',
  ].sort());
  expect(r.byName('g-psc-us-central1-b', 'gcp:compute/forwardingRule:ForwardingRule').inputs).toMatchObject({
    target: (mockedConfluentState('network', 'Network', 'g-network', { cloud: 'GCP', region: 'us-central1', connectionTypes: ['PRIVATELINK'], zones })
      .gcps as { privateServiceConnectServiceAttachments: Record<string, string> }[])[0]!.privateServiceConnectServiceAttachments['us-central1-b'],
    loadBalancingScheme: '', network: 'vpc', region: 'us-central1',
  });
  expect(r.byName('g-dns').inputs).toMatchObject({ dnsName: `${mockedKafka('g', { cloud: 'GCP', region: 'us-central1', network: true }).dnsDomain}.`, visibility: 'private' });
  expect(r.byName('g-dns-wildcard').inputs).toMatchObject({ type: 'A', rrdatas: zones.map((z) => mockedState('gcp:compute/address:Address', `g-psc-${z}`).address) });
  expect(r.byName('g-privatelink-access-my-project-123').inputs).toMatchObject({ gcp: { project: 'my-project-123' } });
  expect(r.resources.some((x) => x.type.startsWith('aws:') || x.type.startsWith('azure-native:'))).toBe(false);
});

test('Dedicated on Azure with Private Link: a private endpoint per zone, private DNS zone linked to the VNet', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('z', {
    environment: env,
    cluster: { type: 'dedicated', cloud: 'AZURE', region: 'eastus2', displayName: 'z', cku: 2 },
    networking: { kind: 'privatelink', allowedAccounts: ['00000000-1111-2222-3333-444444444444'], endpoint: { cloud: 'AZURE', resourceGroupName: 'rg', subnetId: '/sub/1', virtualNetworkId: '/vnet/1' } },
  }));
  expect(childList(r.resources).filter((x) => x.startsWith('azure-native:'))).toEqual([
    'azure-native:network:PrivateEndpoint z-pe-1', 'azure-native:network:PrivateEndpoint z-pe-2', 'azure-native:network:PrivateEndpoint z-pe-3',
    'azure-native:privatedns:PrivateRecordSet z-dns-wildcard', 'azure-native:privatedns:PrivateZone z-dns', 'azure-native:privatedns:VirtualNetworkLink z-dns-link',
  ]);
  const aliases = (mockedConfluentState('network', 'Network', 'z-network', { cloud: 'AZURE', region: 'eastus2', connectionTypes: ['PRIVATELINK'] })
    .azures as { privateLinkServiceAliases: Record<string, string> }[])[0]!.privateLinkServiceAliases;
  expect(r.byName('z-pe-2').inputs).toMatchObject({ subnet: { id: '/sub/1' }, manualPrivateLinkServiceConnections: [{ privateLinkServiceId: aliases['2'] }] });
  const address = (n: number) => (mockedState('azure-native:network:PrivateEndpoint', `z-pe-${n}`).customDnsConfigs as { ipAddresses: string[] }[])[0]!.ipAddresses[0];
  expect(r.byName('z-dns-wildcard').inputs).toMatchObject({ recordType: 'A', relativeRecordSetName: '*', aRecords: [1, 2, 3].map((n) => ({ ipv4Address: address(n) })) });
  expect(r.byName('z-privatelink-access-00000000-1111-2222-3333-444444444444').inputs).toMatchObject({ azure: { subscription: '00000000-1111-2222-3333-444444444444' } });
});

test('peering and transit gateway: Confluent side only, network with the /16 CIDR', async () => {
  const r = await recordConfluent(() => new ConfluentKafka('p', {
    ...DEDICATED, byok: undefined,
    networking: { kind: 'transit-gateway', cidr: '10.10.0.0/16', transitGatewayId: 'tgw-0abc', ramResourceShareArn: 'arn:aws:ram:us-east-2:123456789012:resource-share/abc', routes: ['10.0.0.0/16'] },
  } as ConfluentKafkaArgs));
  expect(r.byName('p-network').inputs).toMatchObject({ cidr: '10.10.0.0/16', connectionTypes: ['TRANSITGATEWAY'] });
  expect(r.byName('p-network').inputs).not.toHaveProperty('dnsConfig');
  expect(r.byName('p-tgw-attachment').inputs).toMatchObject({ aws: { transitGatewayId: 'tgw-0abc', routes: ['10.0.0.0/16'] }, network: { id: mockedConfluentId('network', 'Network', 'p-network') } });
  expect(r.resources.some((x) => x.type.startsWith('aws:'))).toBe(false);
});

test('two components in one program get distinct URNs', async () => {
  const r = await recordConfluent(() => [new ConfluentKafka('a', STANDARD), new ConfluentKafka('b', STANDARD)]);
  expect(new Set(r.urns).size).toBe(r.urns.length);
  expect(r.urns.filter((u) => u.endsWith('::a-topic-orders') || u.endsWith('::b-topic-orders')).length).toBe(2);
});
