/**
 * SelfManagedKafkaCluster (Pulumi) with `topics` and `access`, under mocks: the admin function `${name}-admin`
 * connects as the named SCRAM admin to the SCRAM listener only, trusts the cluster CA only, reads exactly the admin's
 * secret, and its invocation waits for every node; a refused catalog registers nothing.
 */
import { KafkaValidationError } from '../../../lib/core';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { AZS3, spec } from '../fixtures';
import { record, type Recording } from './support';

/* eslint-disable @typescript-eslint/no-explicit-any */
const BASE = spec({ clientAuthentication: { scram: { users: ['orders-admin', 'orders-app'] } }, superUsers: ['User:orders-admin'], availabilityZones: AZS3 });

let r: Recording<unknown>;
let cluster: SelfManagedKafkaCluster;
beforeAll(async () => {
  r = await record(() => {
    cluster = new SelfManagedKafkaCluster('orders', {
      ...BASE,
      topics: [{ name: 'orders.v1', partitions: 12, minInSyncReplicas: 2 }],
      access: [{ name: 'orders-app', principal: { kind: 'scram', username: 'orders-app' }, produce: ['orders.v1'], quota: { produceBytesPerSecond: 1_048_576 } }],
      catalogAdmin: { scramUser: 'orders-admin' },
    });
    return {};
  });
});
const inputs = (name: string) => r.byName(name).inputs as Record<string, any>;

test('the children of the admin function, named after the cluster', () => {
  expect(r.resources.filter((x) => x.name.startsWith('orders-admin')).map((x) => `${x.type} ${x.name}`).sort()).toEqual([
    'aws:cloudwatch/logGroup:LogGroup orders-admin-kafka-admin-logs',
    'aws:ec2/securityGroup:SecurityGroup orders-admin-sg',
    'aws:iam/role:Role orders-admin-kafka-admin-role',
    'aws:iam/rolePolicy:RolePolicy orders-admin-kafka-admin-policy',
    'aws:lambda/function:Function orders-admin-kafka-admin',
    'aws:lambda/invocation:Invocation orders-admin-catalog',
    'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule orders-admin-sg-out-443',
    'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule orders-admin-sg-out-9096-0',
    'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule orders-admin-brokers-0-in-9096',
    'kafka-iac:aws:KafkaAdminFunction orders-admin',
  ]);
});

test('the invocation connects as the admin over SCRAM to the SCRAM listener, trusting the cluster CA, waiting for booting nodes', () => {
  const input = JSON.parse(inputs('orders-admin-catalog').input as string) as Record<string, string>;
  const connection = JSON.parse(input.Connection!) as Record<string, unknown>;
  expect(connection).toEqual({
    auth: 'scram', region: 'us-east-1', secretArn: expect.stringMatching(/:secret:kafka-iac\/orders\/scram\/orders-admin-[A-Za-z0-9]{6}$/),
    bootstrapBrokers: 'broker-1.orders.kafka.internal:9096,broker-2.orders.kafka.internal:9096,broker-3.orders.kafka.internal:9096',
    caCertificateParameter: '/kafka-iac/orders/ca-certificate', waitForClusterSeconds: 600,
  });
  const catalog = JSON.parse(input.Catalog!) as { topics: { name: string }[]; quotas: unknown[]; acls: unknown[] };
  expect(catalog.topics.map((t) => t.name)).toEqual(['orders.v1']);
  expect(catalog.quotas).toEqual([{ user: 'orders-app', producer_byte_rate: 1_048_576 }]);
  expect(catalog.acls.length).toBeGreaterThan(0);
});

test('the invocation waits for every node\'s group, volume and interface', () => {
  const deps = r.registration('orders-admin-catalog').dependencies;
  for (const n of cluster.plan.nodes) {
    for (const suffix of ['asg', 'volume', 'eni']) expect(deps.some((u) => u.endsWith(`::orders-${n.name}-${suffix}`))).toBe(true);
  }
});

test('the function reads exactly the admin secret, its key through Secrets Manager, and the CA parameter; it runs in the nodes\' subnets', () => {
  const policy = JSON.parse(inputs('orders-admin-kafka-admin-policy').policy as string) as { Statement: { Sid: string; Resource: unknown }[] };
  expect(policy.Statement.map((s) => s.Sid)).toEqual(['Logs', 'VpcAccess', 'AdminSecret', 'AdminSecretKey', 'ClusterCa']);
  expect(String(policy.Statement.find((s) => s.Sid === 'AdminSecret')!.Resource)).toMatch(/:secret:kafka-iac\/orders\/scram\/orders-admin-[A-Za-z0-9]{6}$/);
  expect(String(policy.Statement.find((s) => s.Sid === 'ClusterCa')!.Resource)).toMatch(/:parameter\/kafka-iac\/orders\/ca-certificate$/);
  const nodeSubnets = new Set(cluster.plan.nodes.map((n) => (inputs(`orders-${n.name}-asg`).vpcZoneIdentifiers as string[])[0]));
  expect([...(inputs('orders-admin-kafka-admin').vpcConfig.subnetIds as string[])].sort()).toEqual([...nodeSubnets].sort());
});

test('the brokers admit the function on 9096 only, and the function reaches nothing else but HTTPS', () => {
  expect(inputs('orders-admin-brokers-0-in-9096')).toMatchObject({ fromPort: 9096, toPort: 9096, ipProtocol: 'tcp', securityGroupId: expect.stringContaining('orders-sg-brokers') });
  expect(inputs('orders-admin-sg-out-9096-0')).toMatchObject({ fromPort: 9096, toPort: 9096, referencedSecurityGroupId: expect.stringContaining('orders-sg-brokers') });
  expect(inputs('orders-admin-sg-out-443')).toMatchObject({ fromPort: 443, toPort: 443 });
});

test('the log group is retained with the cluster', () => {
  expect(r.registration('orders-admin-kafka-admin-logs').retainOnDelete).toBe(true);
});

test('no topics and no access: no admin function', async () => {
  const plain = await record(() => { new SelfManagedKafkaCluster('orders', { ...BASE, catalogAdmin: { scramUser: 'orders-admin' } }); return {}; });
  expect(plain.resources.filter((x) => x.name.startsWith('orders-admin'))).toEqual([]);
});

test('a refused catalog throws every issue at once', async () => {
  let error: unknown;
  try {
    new SelfManagedKafkaCluster('orders', { ...BASE, topics: [{ name: 'orders', replicationFactor: 4 }], access: [{ name: 'x', principal: { kind: 'scram', username: 'ghost' }, produce: ['orders'] }] });
  } catch (e) { error = e; }
  expect(error).toBeInstanceOf(KafkaValidationError);
  expect((error as KafkaValidationError).issues.map((i) => i.code)).toEqual(['catalog/topic-rf-brokers', 'catalog/access-unknown-user', 'self-managed/catalog-admin-required']);
});
