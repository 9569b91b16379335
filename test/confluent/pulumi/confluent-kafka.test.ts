import { parseProperties } from '../../../lib/core/config/properties';
import { ConfluentKafka, KafkaValidationError } from '../../../lib/confluent/pulumi';
import { DEDICATED, KMS_ARN, STANDARD } from '../fixtures';
import { mockedState } from '../../support/pulumi-registrations';
import { childList, MOCK_API_SECRET, mockedConfluentId, mockedKafka, recordConfluent, type ConfluentRecording } from './support';

const COMPONENT = 'kafka-iac:confluent:ConfluentKafka';
const outputs = (k: ConfluentKafka) => ({
  bootstrapServers: k.bootstrapServers, restEndpoint: k.restEndpoint, clusterId: k.clusterId, clientProperties: k.clientProperties, apiKeyIds: k.apiKeyIds,
});

describe('Dedicated multi-zone on AWS with PrivateLink, BYOK, two applications', () => {
  // What the default mocks give the environment, network, cluster and other resources the component creates.
  const M = mockedKafka('payments', { cloud: 'AWS', region: 'us-east-2', network: true });
  const sa = (app: string) => mockedConfluentId('serviceAccount', 'ServiceAccount', `payments-${app}`);
  const key = (app: string) => mockedConfluentId('apiKey', 'ApiKey', `payments-${app}-key-blue`);
  let r: ConfluentRecording<ReturnType<typeof outputs>>;
  let kafka: ConfluentKafka;
  let rendered: Record<string, string>;
  beforeAll(async () => {
    r = await recordConfluent(() => {
      kafka = new ConfluentKafka('payments', DEDICATED);
      return outputs(kafka);
    });
    rendered = {};
    for (const [app, props] of Object.entries(kafka.clientProperties)) {
      rendered[app] = await new Promise<string>((resolve) => props.apply((v) => { resolve(v); return v; }));
    }
  });

  test('exact child list', () => {
    const grants = (app: string, ids: string[]) => ids.map((id) => `cc:RoleBinding payments-${app}-${id}`);
    expect(childList(r.resources)).toEqual([
      `${COMPONENT} payments`,
      'cc:Environment payments-env',
      'cc:ByokKey payments-byok',
      'cc:Network payments-network',
      'cc:PrivateLinkAccess payments-privatelink-access-123456789012',
      'cc:KafkaCluster payments',
      'aws:ec2/securityGroup:SecurityGroup payments-endpoint-sg',
      ...['443', '9092'].map((p) => `aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule payments-endpoint-sg-${p}-0`),
      'aws:ec2/vpcEndpoint:VpcEndpoint payments-endpoint',
      'aws:route53/zone:Zone payments-dns',
      'aws:route53/record:Record payments-dns-wildcard',
      ...['admin', 'ledger', 'payments'].map((a) => `cc:ServiceAccount payments-${a}`),
      ...['admin', 'ledger', 'payments'].map((a) => `cc:ApiKey payments-${a}-key-blue`),
      ...grants('admin', ['manage-topic-payments', 'manage-topic-refunds']),
      ...grants('ledger', ['read-topic-payments', 'read-group-prefix-ledger-']),
      ...grants('payments', ['write-topic-payments', 'write-topic-prefix-payments.', 'read-topic-refunds', 'read-group-payments']),
      'cc:KafkaTopic payments-topic-payments',
      'cc:KafkaTopic payments-topic-refunds',
    ].sort());
  });

  test('every child is parented to the component; URNs are unique and stable', () => {
    const componentUrn = `urn:pulumi:dev::proj::${COMPONENT}::payments`;
    for (const reg of r.registrations.filter((x) => x.type !== COMPONENT)) expect([reg.name, reg.parent]).toEqual([reg.name, componentUrn]);
    expect(new Set(r.urns).size).toBe(r.urns.length);
    expect(r.urns).toContain(`urn:pulumi:dev::proj::${COMPONENT}$confluentcloud:index/kafkaCluster:KafkaCluster::payments`);
  });

  test('cluster: exactly dedicated{cku: 2}, MULTI_ZONE, on the network, with the BYOK key and deletion protection', () => {
    const c = r.byName('payments', 'confluentcloud:index/kafkaCluster:KafkaCluster').inputs;
    expect(c).toEqual({
      availability: 'MULTI_ZONE', byokKey: { id: mockedConfluentId('byokKey', 'ByokKey', 'payments-byok') }, cloud: 'AWS', dedicated: { cku: 2 }, deletionProtection: true,
      displayName: 'payments', environment: { id: M.environmentId }, network: { id: M.networkId }, region: 'us-east-2',
    });
    expect(r.byName('payments-byok').inputs).toEqual({ aws: { keyArn: KMS_ARN } });
  });

  test('protect and retainOnDelete on environment, network, key and cluster; topics too; nothing else', () => {
    const protectedNames = r.registrations.filter((x) => x.protect).map((x) => x.name).sort();
    expect(protectedNames).toEqual(['payments', 'payments-byok', 'payments-env', 'payments-network', 'payments-topic-payments', 'payments-topic-refunds']);
    expect(r.registrations.filter((x) => x.retainOnDelete).map((x) => x.name).sort()).toEqual(protectedNames);
    expect(r.registration('payments', 'confluentcloud:index/kafkaCluster:KafkaCluster').protect).toBe(true);
    // Topics are also kept when removed from the program (after `pulumi state unprotect`).
    expect(r.registrations.filter((x) => x.retainOnDelete && x.name.startsWith('payments-topic-')).map((x) => x.name).sort())
      .toEqual(['payments-topic-payments', 'payments-topic-refunds']);
  });

  test('environment: ADVANCED Stream Governance', () => {
    expect(r.byName('payments-env').inputs).toEqual({ displayName: 'payments-prod', streamGovernance: { package: 'ADVANCED' } });
  });

  test('network: PRIVATELINK with private DNS; the account is allowed before the endpoint connects', () => {
    expect(r.byName('payments-network').inputs).toEqual({
      cloud: 'AWS', connectionTypes: ['PRIVATELINK'], displayName: 'payments-network', dnsConfig: { resolution: 'PRIVATE' }, environment: { id: M.environmentId }, region: 'us-east-2',
    });
    expect(r.byName('payments-privatelink-access-123456789012').inputs).toMatchObject({ aws: { account: '123456789012' }, network: { id: M.networkId } });
    expect(r.registration('payments-endpoint').dependencies).toEqual(expect.arrayContaining([
      expect.stringMatching(/::payments-network$/), expect.stringMatching(/::payments-privatelink-access-123456789012$/),
    ]));
  });

  test('AWS endpoint: interface endpoint without private DNS, SG open on 443/9092 to the allowed CIDR only, wildcard record', () => {
    expect(r.byName('payments-endpoint').inputs).toEqual({
      privateDnsEnabled: false, securityGroupIds: ['payments-endpoint-sg-id'], serviceName: M.endpointService,
      subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'], vpcEndpointType: 'Interface', vpcId: 'vpc-0abc',
    });
    const rules = r.ofType('aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').map((x) => x.inputs);
    expect(rules.map((x) => `${x.fromPort}-${x.toPort} ${x.ipProtocol} ${x.cidrIpv4}`).sort()).toEqual(['443-443 tcp 10.0.0.0/16', '9092-9092 tcp 10.0.0.0/16']);
    expect(r.byName('payments-dns').inputs).toMatchObject({ name: M.dnsDomain, vpcs: [{ vpcId: 'vpc-0abc' }] });
    const endpoint = mockedState('aws:ec2/vpcEndpoint:VpcEndpoint', 'payments-endpoint', { serviceName: M.endpointService, vpcEndpointType: 'Interface', subnetIds: ['a', 'b', 'c'] });
    expect(r.byName('payments-dns-wildcard').inputs).toMatchObject({
      zoneId: mockedState('aws:route53/zone:Zone', 'payments-dns').zoneId, name: `*.${M.dnsDomain}`, type: 'CNAME',
      records: [(endpoint.dnsEntries as { dnsName: string }[])[0]!.dnsName],
    });
  });

  test('role bindings: least-privilege roles, exact CRN patterns, service-account principals', () => {
    const rb = (n: string) => r.byName(n).inputs;
    expect(rb('payments-payments-write-topic-payments')).toEqual({ principal: `User:${sa('payments')}`, roleName: 'DeveloperWrite', crnPattern: `${M.crn}/kafka=${M.clusterId}/topic=payments` });
    expect(rb('payments-payments-write-topic-prefix-payments.')).toMatchObject({ roleName: 'DeveloperWrite', crnPattern: `${M.crn}/kafka=${M.clusterId}/topic=payments.*` });
    expect(rb('payments-ledger-read-group-prefix-ledger-')).toMatchObject({ roleName: 'DeveloperRead', crnPattern: `${M.crn}/kafka=${M.clusterId}/group=ledger-*` });
    expect(rb('payments-admin-manage-topic-refunds')).toMatchObject({ roleName: 'DeveloperManage', crnPattern: `${M.crn}/kafka=${M.clusterId}/topic=refunds` });
    const roles = r.ofType('confluentcloud:index/roleBinding:RoleBinding').map((x) => x.inputs.roleName);
    expect(roles).not.toContain('CloudClusterAdmin');
    expect(roles).not.toContain('OrganizationAdmin');
    expect(roles).not.toContain('EnvironmentAdmin');
  });

  test('API keys: owned by the service account, scoped to the cluster, created after the grants, secret output', () => {
    expect(r.byName('payments-ledger-key-blue').inputs).toEqual({
      description: 'Kafka API key (blue slot) of payments-ledger, managed by kafka-iac', displayName: 'payments-ledger-blue',
      owner: { id: sa('ledger'), apiVersion: 'iam/v2', kind: 'ServiceAccount' },
      managedResource: { id: M.clusterId, apiVersion: 'cmk/v2', kind: 'Cluster', environment: { id: M.environmentId } },
    });
    const reg = r.registration('payments-ledger-key-blue');
    expect(reg.additionalSecretOutputs).toContain('secret');
    expect(reg.deleteBeforeReplace).toBe(false);
    expect(reg.dependencies).toEqual(expect.arrayContaining([expect.stringMatching(/::payments-ledger-read-topic-payments$/)]));
  });

  test('topics: partitions, sorted config, admin credentials only as a secret', () => {
    expect(r.byName('payments-topic-payments').inputs).toEqual({
      credentials: '[secret]', kafkaCluster: { id: M.clusterId }, partitionsCount: 12, restEndpoint: M.rest, topicName: 'payments',
    });
    expect(r.registration('payments-topic-payments').dependencies).toEqual(expect.arrayContaining([expect.stringMatching(/::payments-admin-manage-topic-payments$/)]));
  });

  test('outputs: bootstrap without scheme, REST endpoint, client properties as secrets', () => {
    expect(r.outputs.bootstrapServers).toBe(M.bootstrap);
    expect(r.outputs.restEndpoint).toBe(M.rest);
    expect(r.outputs.clientProperties).toEqual({ ledger: '[secret]', payments: '[secret]' });
    expect(r.outputs.apiKeyIds).toEqual({ ledger: { blue: key('ledger') }, payments: { blue: key('payments') } });
  });

  test('rendered client properties: SASL_SSL PLAIN with the active key', () => {
    const p = parseProperties(rendered.payments!);
    expect(Object.fromEntries(p)).toEqual({
      'bootstrap.servers': M.bootstrap, 'client.dns.lookup': 'use_all_dns_ips', 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN',
      'sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username='${key('payments')}' password='${MOCK_API_SECRET}';`,
      acks: 'all',
    });
  });

  test('no API key secret anywhere in the recording or outputs', () => {
    expect(JSON.stringify({ resources: r.resources, outputs: r.outputs })).not.toContain(MOCK_API_SECRET);
  });
});

describe('Standard for development', () => {
  let r: ConfluentRecording<unknown>;
  beforeAll(async () => {
    r = await recordConfluent(() => new ConfluentKafka('orders', { ...STANDARD, cluster: { ...STANDARD.cluster, availability: 'single-zone' } }));
  });

  test('cluster: exactly standard{}, SINGLE_ZONE, public', () => {
    const c = r.byName('orders', 'confluentcloud:index/kafkaCluster:KafkaCluster').inputs;
    expect(c).toEqual({
      availability: 'SINGLE_ZONE', cloud: 'AWS', deletionProtection: true, displayName: 'orders', environment: { id: mockedKafka('orders', { cloud: 'AWS', region: 'us-east-2' }).environmentId },
      region: 'us-east-2', standard: {},
    });
  });

  test('no cloud SDK resource, no network', () => {
    expect(r.resources.filter((x) => !x.type.startsWith('confluentcloud:') && x.type !== COMPONENT)).toEqual([]);
    expect(r.ofType('confluentcloud:index/network:Network')).toEqual([]);
  });
});

test('invalid input throws one KafkaValidationError before any resource is registered', async () => {
  await expect(recordConfluent(() => new ConfluentKafka('bad', { ...STANDARD, networking: { kind: 'privatelink', allowedAccounts: ['123456789012'] } })))
    .rejects.toThrow(KafkaValidationError);
});
