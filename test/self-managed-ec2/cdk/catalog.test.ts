/**
 * SelfManagedKafkaCluster (CDK) with `topics`, `access` and `addTopic`: the in-VPC admin function connects as the
 * named SCRAM admin to the SCRAM listener only, trusts the cluster CA only, reads exactly the admin's secret, and runs
 * after every node exists; nothing of the nodes changes.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { KafkaValidationError } from '../../../lib/core';
import { SelfManagedKafkaCluster, type SelfManagedKafkaClusterProps } from '../../../lib/self-managed-ec2/cdk';
import { AZS3, spec } from '../fixtures';
import { literalText, logicalIdOf, resourcesOf, type TemplateJson } from './support';

const BASE = { ...spec({ clientAuthentication: { scram: { users: ['orders-admin', 'orders-app'] } }, superUsers: ['User:orders-admin'] }), availabilityZones: AZS3 };

function synth(props: Partial<SelfManagedKafkaClusterProps>, extra?: (c: SelfManagedKafkaCluster) => void) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', { ...BASE, ...props });
  extra?.(cluster);
  const t = Template.fromStack(stack);
  return { stack, cluster, t, json: t.toJSON() as TemplateJson };
}

describe('topics, access and addTopic', () => {
  const { stack, cluster, t, json } = synth({
    topics: [{ name: 'orders.v1', partitions: 12, minInSyncReplicas: 2 }],
    access: [{ name: 'orders-app', principal: { kind: 'scram', username: 'orders-app' }, produce: ['orders.v1'], consume: ['orders.v1'], groups: ['orders-app'],
      quota: { produceBytesPerSecond: 1_048_576 } }],
    catalogAdmin: { scramUser: 'orders-admin' },
  }, (c) => c.addTopic({ name: 'orders.dlq', partitions: 3, deleteOnRemoval: true }));
  const [[crId, cr]] = resourcesOf(json, 'Custom::KafkaCatalog');
  const connection = JSON.parse(literalText(cr!.Properties.Connection)) as Record<string, unknown>;

  test('one catalog under the cluster (construct `Catalog`), with the topics of the prop and of addTopic, the ACLs and the quota', () => {
    t.resourceCountIs('Custom::KafkaCatalog', 1);
    expect(crId).toBe(logicalIdOf(stack, cluster.catalogFunction!.catalogResource));
    expect(cluster.catalogFunction!.node.path).toBe('S/Cluster/Catalog');
    const catalog = JSON.parse(literalText(cr!.Properties.Catalog)) as { topics: { name: string; partitions: number; replicationFactor: number }[]; acls: unknown[]; quotas: unknown[] };
    expect(catalog.topics.map((x) => [x.name, x.partitions, x.replicationFactor])).toEqual([['orders.dlq', 3, 3], ['orders.v1', 12, 3]]);
    expect(catalog.acls.length).toBeGreaterThan(0);
    expect(catalog.quotas).toEqual([{ user: 'orders-app', producer_byte_rate: 1_048_576 }]);
  });

  test('it connects as the admin over SCRAM to the brokers\' SCRAM listener, trusting the cluster CA, waiting for booting nodes', () => {
    expect(connection).toMatchObject({
      auth: 'scram', caCertificateParameter: '/kafka-iac/orders/ca-certificate', waitForClusterSeconds: 600,
      bootstrapBrokers: 'broker-1.orders.kafka.internal:9096,broker-2.orders.kafka.internal:9096,broker-3.orders.kafka.internal:9096',
    });
    expect(connection.secretArn).toBe('<ref>');
    expect(JSON.stringify(cr!.Properties.Connection)).toContain(JSON.stringify({ Ref: logicalIdOf(stack, cluster.scramSecrets['orders-admin']!) }));
  });

  test('the function reads exactly the admin\'s secret (through Secrets Manager only for the key) and the CA parameter', () => {
    const [, role] = resourcesOf(json, 'AWS::IAM::Role').find(([id]) => id.startsWith('ClusterCatalogRole'))!;
    const statements = role!.Properties.Policies[0].PolicyDocument.Statement as { Sid: string; Action: unknown; Resource: unknown; Condition?: unknown }[];
    expect(statements.map((s) => s.Sid)).toEqual(['Logs', 'VpcAccess', 'AdminSecret', 'AdminSecretKey', 'ClusterCa']);
    expect(statements.find((s) => s.Sid === 'AdminSecret')!.Resource).toEqual({ Ref: logicalIdOf(stack, cluster.scramSecrets['orders-admin']!) });
    expect(statements.find((s) => s.Sid === 'AdminSecretKey')!.Resource).toEqual({ 'Fn::GetAtt': [logicalIdOf(stack, cluster.encryptionKey), 'Arn'] });
    expect(JSON.stringify(statements.find((s) => s.Sid === 'ClusterCa')!.Resource)).toContain(':parameter/kafka-iac/orders/ca-certificate');
  });

  test('network: the function reaches the brokers on 9096 only (and HTTPS for Secrets Manager and SSM), the brokers admit it on 9096 only', () => {
    const fnSg = logicalIdOf(stack, cluster.catalogFunction!.securityGroup);
    const brokers = logicalIdOf(stack, cluster.securityGroups.brokers);
    const ingress = resourcesOf(json, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => JSON.stringify(r.Properties.SourceSecurityGroupId ?? '').includes(fnSg));
    expect(ingress.map(([, r]) => [r.Properties.GroupId, r.Properties.FromPort, r.Properties.ToPort])).toEqual([[{ 'Fn::GetAtt': [brokers, 'GroupId'] }, 9096, 9096]]);
    const egress = resourcesOf(json, 'AWS::EC2::SecurityGroupEgress').filter(([, r]) => JSON.stringify(r.Properties.GroupId).includes(fnSg));
    expect(egress.map(([, r]) => [r.Properties.FromPort, r.Properties.ToPort])).toEqual([[9096, 9096]]);
    const sg = json.Resources[fnSg]!;
    expect(sg.Properties.SecurityGroupEgress).toEqual([expect.objectContaining({ FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' })]);
  });

  test('the function runs in the nodes\' subnets', () => {
    const [, fn] = resourcesOf(json, 'AWS::Lambda::Function').find(([id]) => id.startsWith('ClusterCatalogFunction'))!;
    const nodeGroup = json.Resources[logicalIdOf(stack, cluster.nodes['broker-1']!.autoScalingGroup)]!;
    const nodeSubnets = new Set(Object.values(cluster.nodes).map((n) => JSON.stringify(json.Resources[logicalIdOf(stack, n.autoScalingGroup)]!.Properties.VPCZoneIdentifier[0])));
    expect(nodeGroup).toBeDefined();
    expect((fn!.Properties.VpcConfig.SubnetIds as unknown[]).map((s) => JSON.stringify(s)).sort()).toEqual([...nodeSubnets].sort());
  });

  test('the catalog runs after every node (its Auto Scaling group, volume, interface and record) exists', () => {
    const dependsOn = new Set(cr!.DependsOn ?? []);
    for (const n of Object.values(cluster.nodes)) {
      expect(dependsOn).toContain(logicalIdOf(stack, n.autoScalingGroup));
      expect(dependsOn).toContain(logicalIdOf(stack, n.volume));
    }
  });

  test('the nodes are those of the same cluster without a catalog: no user data, parameter or group changes', () => {
    const plain = synth({}).json;
    for (const type of ['AWS::EC2::LaunchTemplate', 'AWS::SSM::Parameter', 'AWS::AutoScaling::AutoScalingGroup', 'AWS::EC2::Volume']) {
      expect(resourcesOf(json, type)).toEqual(resourcesOf(plain, type));
    }
  });

  test('the log group is kept with the cluster\'s removal rule', () => {
    const [, logs] = resourcesOf(json, 'AWS::Logs::LogGroup').find(([id]) => id.startsWith('ClusterCatalogLogGroup'))!;
    expect(logs!.DeletionPolicy).toBe('Retain');
  });
});

test('without topics or access there is no function', () => {
  const { t, cluster } = synth({ catalogAdmin: { scramUser: 'orders-admin' } });
  t.resourceCountIs('Custom::KafkaCatalog', 0);
  expect(cluster.catalogFunction).toBeUndefined();
});

test('addTopic alone creates the function; a bad topic fails synthesis with its code', () => {
  const { t } = synth({ catalogAdmin: { scramUser: 'orders-admin' } }, (c) => c.addTopic({ name: 'audit', partitions: 3 }));
  t.resourceCountIs('Custom::KafkaCatalog', 1);

  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', { ...BASE, catalogAdmin: { scramUser: 'orders-admin' } });
  cluster.addTopic({ name: 'orders', replicationFactor: 5 });
  expect(() => app.synth()).toThrow(/catalog\/topic-rf-brokers: `topics\[0\]\.replicationFactor` must be at most the broker count \(3\), got: 5/);
});

test('every issue of the catalog and of the admin fails construction at once', () => {
  let error: unknown;
  try {
    synth({ topics: [{ name: 'orders', replicationFactor: 4 }], catalogAdmin: { scramUser: 'orders-app' } });
  } catch (e) { error = e; }
  expect(error).toBeInstanceOf(KafkaValidationError);
  expect((error as KafkaValidationError).issues.map((i) => i.code)).toEqual(['catalog/topic-rf-brokers', 'self-managed/catalog-admin-not-super-user']);
  expect((error as Error).message).toMatch(/^SelfManagedKafkaCluster 'S\/Cluster'/);
});

test('addTopic without an admin is refused at the call, naming the fix', () => {
  const app = new App();
  const cluster = new SelfManagedKafkaCluster(new Stack(app, 'S'), 'Cluster', BASE);
  expect(() => cluster.addTopic({ name: 'orders' })).toThrow(/self-managed\/catalog-admin-required|`catalogAdmin` must name the SCRAM user/);
});
