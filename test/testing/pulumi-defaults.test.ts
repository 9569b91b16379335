/**
 * The default mocks answer the resources and invokes kafka-iac uses in the shapes their providers report, so the
 * library's own parsers accept them and values derived from one output agree with another.
 */
import * as pulumi from '@pulumi/pulumi';
import { Provider } from '@pulumi/aws/provider';
import { getRegionOutput } from '@pulumi/aws/getRegion';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import * as msk from '@pulumi/aws/msk';
import * as eventhub from '@pulumi/azure-native/eventhub';
import * as authorization from '@pulumi/azure-native/authorization';
import * as managedidentity from '@pulumi/azure-native/managedidentity';
import * as confluent from '@pulumi/confluentcloud';
import * as organizations from '@pulumi/gcp/organizations';
import * as projects from '@pulumi/gcp/projects';
import { armTypeOf, subscriptionOf } from '../../lib/event-hubs/arm-ids';
import { resourceArn } from '../../lib/aws/msk-iam-access';
import { MskCluster } from '../../lib/msk/pulumi';
import { parseClusterArn } from '../../lib/replication/msk-replicator/validate';
import { isValidClusterId } from '../../lib/self-managed-ec2/cluster-id';
import {
  MOCK_AZURE_SHARED_ACCESS_KEY, MOCK_AZURE_SUBSCRIPTION_ID, MOCK_CONFLUENT_ORGANIZATION_ID, UNKNOWN_PLACEHOLDER, mockProjectNumber, recordPulumi,
} from '../../lib/testing/pulumi';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('aws', () => {
  test('MSK: cluster ARNs in the shape the library parses; configuration revision; bootstrap strings of enabled listeners only', async () => {
    const { outputs, resources } = await recordPulumi(() => {
      const config = new msk.Configuration('cfg', { name: 'orders-3-9', serverProperties: 'auto.create.topics.enable=false' });
      const cluster = new msk.Cluster('orders', {
        clusterName: 'orders', kafkaVersion: '3.9.x', numberOfBrokerNodes: 6,
        brokerNodeGroupInfo: { instanceType: 'kafka.m7g.large', clientSubnets: ['a', 'b', 'c'], securityGroups: ['sg'] },
        clientAuthentication: { sasl: { iam: true, scram: true }, unauthenticated: false },
        configurationInfo: { arn: config.arn, revision: config.latestRevision },
      });
      const serverless = new msk.ServerlessCluster('events', {
        clusterName: 'events', clientAuthentication: { sasl: { iam: { enabled: true } } }, vpcConfigs: [{ subnetIds: ['a', 'b'] }],
      });
      return {
        arn: cluster.arn, iam: cluster.bootstrapBrokersSaslIam, scram: cluster.bootstrapBrokersSaslScram, tls: cluster.bootstrapBrokersTls, plaintext: cluster.bootstrapBrokers,
        serverlessArn: serverless.arn, serverlessBootstrap: serverless.bootstrapBrokersSaslIam,
      };
    });
    expect(outputs.arn).toMatch(new RegExp(`^arn:aws:kafka:us-east-1:123456789012:cluster/orders/${UUID}-\\d$`));
    expect(parseClusterArn(outputs.arn)).toEqual({ region: 'us-east-1', account: '123456789012' });
    expect(resourceArn(outputs.arn, 'topic', 'orders.v1')).toMatch(new RegExp(`:topic/orders/${UUID}-\\d/orders.v1$`));
    expect(outputs.iam.split(',')).toHaveLength(3);
    expect(outputs.iam).toMatch(/^b-1\.orders\.[a-z0-9]{6}\.c\d\.kafka\.us-east-1\.amazonaws\.com:9098,b-2\./);
    expect(outputs.scram).toMatch(/:9096$/);
    expect([outputs.tls, outputs.plaintext]).toEqual(['', '']);
    expect(outputs.serverlessArn).toMatch(new RegExp(`^arn:aws:kafka:us-east-1:123456789012:cluster/events/${UUID}-s1$`));
    expect(parseClusterArn(outputs.serverlessArn)).toBeDefined();
    expect(outputs.serverlessBootstrap).toMatch(/^boot-[a-z0-9]{8}\.c\d\.kafka-serverless\.us-east-1\.amazonaws\.com:9098$/);
    expect(resources.find((r) => r.name === 'orders')?.inputs.configurationInfo).toEqual({
      arn: expect.stringMatching(new RegExp(`^arn:aws:kafka:us-east-1:123456789012:configuration/orders-3-9/${UUID}-1$`)), revision: 1,
    });
  });

  test('the README quick start (an MskCluster with a grant) records without an override', async () => {
    const { resources, outputs } = await recordPulumi(() => {
      const producerRole = new iam.Role('orders-producer', { assumeRolePolicy: '{}' });
      const cluster = new MskCluster('orders', { kind: 'express', clusterName: 'orders', brokerNodes: 3 });
      cluster.grantWrite('orders-producer', { role: producerRole.name, topics: ['orders.*'] });
      return { bootstrap: cluster.bootstrapBrokersSaslIam };
    });
    const grant = resources.find((r) => r.type === 'aws:iam/rolePolicy:RolePolicy' && r.name === 'orders-orders-producer')!;
    expect(grant.inputs.role).toBe('orders-producer');
    const topics = JSON.parse(grant.inputs.policy as string).Statement.flatMap((s: { Resource: string | string[] }) => s.Resource).filter((a: string) => a.includes(':topic/'));
    expect(topics).toEqual([expect.stringMatching(new RegExp(`^arn:aws:kafka:us-east-1:123456789012:topic/orders/${UUID}-\\d/orders\\.\\*$`))]);
    expect(outputs.bootstrap).toMatch(/:9098$/);
  });

  test('the region is the explicit provider\'s, else the aws:region config; invokes answer for the same region', async () => {
    const { outputs } = await recordPulumi(() => {
      const west = new Provider('west', { region: 'eu-west-1' });
      const mine = new msk.Configuration('c', { serverProperties: '' }, { provider: west });
      const china = new msk.Configuration('cn', { serverProperties: '' }, { provider: new Provider('china', { region: 'cn-north-1' }) });
      const byDefault = new msk.Configuration('d', { serverProperties: '' });
      return { west: mine.arn, westRegion: getRegionOutput({}, { provider: west }).region, china: china.arn, byDefault: byDefault.arn, defaultRegion: getRegionOutput().region };
    }, { config: { 'aws:region': 'eu-central-1' } });
    expect(outputs.west).toMatch(/^arn:aws:kafka:eu-west-1:/);
    expect(outputs.westRegion).toBe('eu-west-1');
    expect(outputs.china).toMatch(/^arn:aws-cn:kafka:cn-north-1:/);
    expect(outputs.byDefault).toMatch(/^arn:aws:kafka:eu-central-1:/);
    expect(outputs.defaultRegion).toBe('eu-central-1');
  });

  test('the provisioner function\'s invocations return what the function returns; other invocations stay unknown', async () => {
    const { outputs } = await recordPulumi(() => {
      const invoke = (name: string, input: object) => new lambda.Invocation(name, { functionName: 'fn', input: JSON.stringify(input) }).result;
      return {
        clusterId: invoke('id', { Action: 'cluster-id', ParameterName: '/kafka-iac/orders/cluster-id', RetainOnDelete: 'true' }),
        given: invoke('given', { Action: 'cluster-id', ParameterName: '/p', ClusterId: 'MkU3OEVBNTcwNTJENDM2Qg', RetainOnDelete: 'true' }),
        tls: invoke('tls', { Action: 'tls', CaSecretArn: 'arn:ca', Nodes: [{}, {}] }),
        passwords: invoke('passwords', { Action: 'passwords', Name: 'n', Secrets: [{}] }),
        other: invoke('other', { hello: 'world' }),
      };
    });
    expect(isValidClusterId(JSON.parse(outputs.clusterId).ClusterId)).toBe(true);
    expect(JSON.parse(outputs.given)).toEqual({ ClusterId: 'MkU3OEVBNTcwNTJENDM2Qg' });
    expect(JSON.parse(outputs.tls)).toEqual({ Issued: '2', CaFingerprint: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/) });
    expect(JSON.parse(outputs.passwords)).toEqual({ Created: '1' });
    expect(outputs.other).toBe(UNKNOWN_PLACEHOLDER);
  });

  test('interface endpoints report DNS entries in their service\'s region; launch templates a latest version', async () => {
    const { outputs } = await recordPulumi(() => {
      const endpoint = new ec2.VpcEndpoint('e', { vpcId: 'v', serviceName: 'com.amazonaws.vpce.us-east-2.vpce-svc-0abc', vpcEndpointType: 'Interface', subnetIds: ['a'] });
      const lt = new ec2.LaunchTemplate('lt', {});
      return { dns: endpoint.dnsEntries, version: lt.latestVersion };
    });
    expect(outputs.dns[0]!.dnsName).toMatch(/^vpce-[0-9a-f]{17}-[a-z0-9]{8}\.vpce-svc-0abc\.us-east-2\.vpce\.amazonaws\.com$/);
    expect(outputs.version).toBe(1);
  });
});

describe('azure-native', () => {
  test('ARM ids, extension ids on a scope, identity principals, list-keys connection strings', async () => {
    const { outputs } = await recordPulumi(() => {
      const ns = new eventhub.Namespace('ns', { namespaceName: 'orders', resourceGroupName: 'rg-kafka' });
      const hub = new eventhub.EventHub('hub', { eventHubName: 'payments', namespaceName: ns.name, resourceGroupName: 'rg-kafka' });
      const identity = new managedidentity.UserAssignedIdentity('id', { resourceName: 'orders-cmk', resourceGroupName: 'rg-kafka' });
      const assignment = new authorization.RoleAssignment('ra', { scope: hub.id, principalId: identity.principalId, roleDefinitionId: 'r', roleAssignmentName: 'guid-1' });
      const keys = eventhub.listNamespaceKeysOutput({ authorizationRuleName: 'app', namespaceName: 'orders', resourceGroupName: 'rg-kafka' });
      return { ns: ns.id, hub: hub.id, name: hub.name, principal: identity.principalId, assignment: assignment.id, connection: keys.primaryConnectionString };
    });
    const rg = `/subscriptions/${MOCK_AZURE_SUBSCRIPTION_ID}/resourceGroups/rg-kafka`;
    expect(outputs.ns).toBe(`${rg}/providers/Microsoft.EventHub/namespaces/orders`);
    expect(outputs.hub).toBe(`${rg}/providers/Microsoft.EventHub/namespaces/orders/eventhubs/payments`);
    expect(armTypeOf(outputs.hub)).toBe('Microsoft.EventHub/namespaces/eventhubs');
    expect(subscriptionOf(outputs.hub)).toBe(MOCK_AZURE_SUBSCRIPTION_ID);
    expect(outputs.name).toBe('payments');
    expect(outputs.principal).toMatch(new RegExp(`^${UUID}$`));
    expect(outputs.assignment).toBe(`${outputs.hub}/providers/Microsoft.Authorization/roleAssignments/guid-1`);
    expect(outputs.connection).toBe(`Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=${MOCK_AZURE_SHARED_ACCESS_KEY}`);
  });
});

describe('gcp', () => {
  test('the service agent email carries the project number getProject reports', async () => {
    const { outputs } = await recordPulumi(() => {
      const agent = new projects.ServiceIdentity('agent', { project: 'orders-prod', service: 'managedkafka.googleapis.com' });
      return { email: agent.email, number: organizations.getProjectOutput({ projectId: 'orders-prod' }).number };
    });
    expect(outputs.number).toBe(mockProjectNumber('orders-prod'));
    expect(outputs.number).toMatch(/^[1-9]\d{11}$/);
    expect(outputs.email).toBe(`service-${outputs.number}@gcp-sa-managedkafka.iam.gserviceaccount.com`);
  });
});

describe('confluentcloud', () => {
  test('prefixed ids and CRNs that agree; a PrivateLink network publishes its service and hosts its clusters\' endpoints', async () => {
    const { outputs } = await recordPulumi(() => {
      const env = new confluent.Environment('env', { displayName: 'prod' });
      const privateLink = new confluent.Network('pl', { cloud: 'AWS', region: 'us-east-2', connectionTypes: ['PRIVATELINK'], environment: { id: env.id } });
      const peering = new confluent.Network('peer', { cloud: 'AWS', region: 'us-east-2', connectionTypes: ['PEERING'], cidr: '10.1.0.0/16', environment: { id: env.id } });
      const cluster = new confluent.KafkaCluster('kafka', {
        cloud: 'AWS', region: 'us-east-2', availability: 'MULTI_ZONE', dedicated: { cku: 2 }, environment: { id: env.id }, network: { id: privateLink.id },
      });
      const pub = new confluent.KafkaCluster('pub', { cloud: 'GCP', region: 'us-central1', availability: 'SINGLE_ZONE', standard: {}, environment: { id: env.id } });
      return {
        env: env.id, cluster: cluster.id, crn: cluster.rbacCrn, bootstrap: cluster.bootstrapEndpoint, domain: privateLink.dnsDomain,
        service: privateLink.aws.apply((a) => a[0]!.privateLinkEndpointService), peeringService: peering.aws.apply((a) => a[0]!.privateLinkEndpointService),
        zones: privateLink.zones, publicBootstrap: pub.bootstrapEndpoint,
      };
    });
    expect(outputs.env).toMatch(/^env-[a-z0-9]{6}$/);
    expect(outputs.cluster).toMatch(/^lkc-[a-z0-9]{6}$/);
    expect(outputs.crn).toBe(`crn://confluent.cloud/organization=${MOCK_CONFLUENT_ORGANIZATION_ID}/environment=${outputs.env}/cloud-cluster=${outputs.cluster}`);
    expect(outputs.bootstrap).toBe(`SASL_SSL://${outputs.cluster}.${outputs.domain}:9092`);
    expect(outputs.service).toMatch(/^com\.amazonaws\.vpce\.us-east-2\.vpce-svc-[0-9a-f]{17}$/);
    expect(outputs.peeringService).toBe('');
    expect(outputs.zones).toEqual(['use2-az1', 'use2-az2', 'use2-az3']);
    expect(outputs.publicBootstrap).toMatch(/^SASL_SSL:\/\/pkc-[a-z0-9]{5}\.us-central1\.gcp\.confluent\.cloud:9092$/);
  });

  test('a client quota gets a cq- id', async () => {
    const { outputs } = await recordPulumi(() => ({
      quota: new confluent.KafkaClientQuota('q', {
        displayName: 'q', throughput: { ingressByteRate: '1000000', egressByteRate: '1000000' }, principals: ['sa-abc123'], kafkaCluster: { id: 'lkc-abc123' }, environment: { id: 'env-abc123' },
      }).id,
    }));
    expect(outputs.quota).toMatch(/^cq-[a-z0-9]{6}$/);
  });
});

test('values are derived from names: two recordings are identical', async () => {
  const program = () => ({ key: new confluent.ApiKey('k', { owner: { id: 'sa', apiVersion: 'iam/v2', kind: 'ServiceAccount' } }).id, arn: new msk.Configuration('c', { serverProperties: '' }).arn });
  const first = await recordPulumi(program);
  expect(await recordPulumi(program)).toEqual(first);
  expect(pulumi.runtime.isDryRun()).toBe(false);
});
