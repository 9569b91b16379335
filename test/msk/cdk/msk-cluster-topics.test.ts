/**
 * `MskCluster` (AWS CDK) native topics and catalog access: `AWS::MSK::Topic` per topic with Base64 JSON configs,
 * retained unless `deleteOnRemoval`, ids derived from the topic name, `addTopic` validated with the others, the
 * catalog's codes refused at synth, `iam` intents as the policies `grantRead` / `grantWrite` produce, and cfn-lint.
 */
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { MskCluster, type MskClusterProps } from '../../../lib/msk/cdk';
import { assemblyDir, cfnLint, type BuiltExample } from '../../support/cdk-examples';
import { validationErrorOf } from '../../support/conventions';

const outdir = assemblyDir('kafka-iac-msk-topics-');

function build(name: string, props: Omit<MskClusterProps, 'clusterName'>): BuiltExample & { cluster: MskCluster; t: () => Template } {
  const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, name) });
  const stack = new Stack(app, name);
  const cluster = new MskCluster(stack, 'Cluster', { clusterName: 'orders', ...props } as MskClusterProps);
  return { name, app, stack, cluster, t: () => Template.fromStack(stack) };
}

const ROLE = 'arn:aws:iam::123456789012:role/orders-api';
const topics = build('Topics', {
  kind: 'standard',
  topics: [
    { name: 'orders.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 },
    { name: 'orders_v2', partitions: 6, cleanupPolicy: 'compact', deleteOnRemoval: true },
  ],
  access: [
    { name: 'orders-api', principal: { kind: 'iam', arn: ROLE }, produce: ['orders.v1'], consume: ['orders_v2'], groups: ['orders-api'] },
  ],
});
topics.cluster.addTopic({ name: 'payments', partitions: 3 });
const t = topics.t();

test('one AWS::MSK::Topic per topic, Configs as Base64 of the sorted JSON configs', () => {
  t.resourceCountIs('AWS::MSK::Topic', 3);
  const json = JSON.stringify({ 'min.insync.replicas': '2', 'retention.ms': '604800000' });
  t.hasResourceProperties('AWS::MSK::Topic', {
    TopicName: 'orders.v1', PartitionCount: 12, ReplicationFactor: 3, Configs: Buffer.from(json).toString('base64'),
    ClusterArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Cluster'), 'Arn'] },
  });
  const payments = Object.values(t.findResources('AWS::MSK::Topic', { Properties: { TopicName: 'payments' } }))[0]!;
  expect(payments.Properties.Configs).toBeUndefined();
});

test('topics are retained unless deleteOnRemoval', () => {
  const byName = (n: string) => Object.values(t.findResources('AWS::MSK::Topic', { Properties: { TopicName: n } }))[0]!;
  expect(byName('orders.v1')).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  expect(byName('payments')).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  expect(byName('orders_v2')).toMatchObject({ DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
});

test('logical ids derive from the topic name only: stable, and distinct for names that differ only in "." and "_"', () => {
  const ids = Object.entries(t.findResources('AWS::MSK::Topic')).map(([id, r]) => [r.Properties.TopicName, id]);
  expect(Object.fromEntries(ids)).toMatchSnapshot();
  expect(topics.cluster.topics['orders.v1']!.node.path).toBe('Topics/Cluster/Topics/orders.v1');
});

test('an iam intent gets the same statements as grantRead and grantWrite', () => {
  const app = new App();
  const stack = new Stack(app, 'Reference');
  const cluster = new MskCluster(stack, 'Cluster', { clusterName: 'orders', kind: 'standard' });
  const role = iam.Role.fromRoleArn(stack, 'Role', ROLE);
  cluster.grantWrite(role, { topics: ['orders.v1'] });
  cluster.grantRead(role, { topics: ['orders_v2'], groups: ['orders-api'] });
  const statements = (tpl: Template) => Object.values(tpl.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement)
    .map((s) => JSON.stringify(s).replace(/Cluster[0-9A-F]{8}/g, 'Cluster'));
  expect(statements(t).sort()).toEqual(statements(Template.fromStack(stack)).sort());
  t.hasResourceProperties('AWS::IAM::Policy', { Roles: ['orders-api'] });
});

test('addTopic is validated with the other topics: a duplicate is refused with the catalog code', () => {
  const err = validationErrorOf(() => topics.cluster.addTopic({ name: 'payments' }));
  expect(err.codes).toEqual(['catalog/topic-duplicate']);
});

test('every catalog issue is reported at once, with the cluster as subject', () => {
  const err = validationErrorOf(() => build('Bad', {
    kind: 'standard', brokerNodes: 3,
    topics: [{ name: '__consumer_offsets' }, { name: 'a', replicationFactor: 4 }, { name: 'b', tieredStorage: true }],
    access: [{ name: 'app', principal: { kind: 'scram', username: 'app' }, produce: ['a'] }],
  }));
  expect(err.codes).toEqual(['catalog/topic-reserved', 'catalog/topic-rf-brokers', 'catalog/topic-tiered-unavailable', 'catalog/access-auth-mode']);
  expect(err.message).toMatch(/^MskCluster 'Bad\/Cluster': 4 invalid properties/);
});

test('topics need Kafka 3.6 or later on MSK', () => {
  const err = validationErrorOf(() => build('Old', { kind: 'standard', kafkaVersion: '3.5.1', allowEndOfSupportVersion: true, topics: [{ name: 'a' }] }));
  expect(err.codes).toEqual(['catalog/target-version']);
});

describe('scram and mtls intents: Kafka ACLs and quotas through the in-VPC admin function over IAM', () => {
  test('the function (id KafkaAccess) gets the ACLs and the quota, reaches the brokers on 9098 only, and manages no topic', () => {
    const { stack, cluster } = build('ScramAcls', {
      kind: 'standard', clientAuthentication: { iam: true, scram: { users: ['app'] } }, topics: [{ name: 'a' }],
      access: [{ name: 'app', principal: { kind: 'scram', username: 'app' }, produce: ['a'], quota: { produceBytesPerSecond: 1_048_576 } }],
    });
    expect(cluster.kafkaAccess?.node.path).toBe('ScramAcls/Cluster/KafkaAccess');
    const t = Template.fromStack(stack);
    const [cr] = Object.values(t.findResources('Custom::KafkaCatalog'));
    const catalog = JSON.parse(cr!.Properties.Catalog as string) as { topics: unknown[]; acls: { principal: string; operation: string }[]; quotas: unknown[] };
    expect(catalog.topics).toEqual([]);
    expect([...new Set(catalog.acls.map((a) => a.principal))]).toEqual(['User:app']);
    expect(catalog.acls.map((a) => a.operation)).toEqual(expect.arrayContaining(['WRITE', 'DESCRIBE']));
    expect(catalog.quotas).toEqual([{ user: 'app', producer_byte_rate: 1_048_576 }]);
    expect(JSON.stringify(cr!.Properties.Connection)).toContain('BootstrapBrokerStringSaslIam');
    // The native topic stays a CloudFormation resource.
    expect(Object.keys(t.findResources('AWS::MSK::Topic'))).toHaveLength(1);
    const egress = Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).filter((r) => String(r.Properties.Description).includes('Kafka admin function'));
    expect(egress.map((r) => [r.Properties.FromPort, r.Properties.ToPort])).toEqual([[9098, 9098]]);
  });

  test('without IAM access control on the cluster they are refused (msk/catalog-acls), naming the principals', () => {
    const err = validationErrorOf(() => build('Scram', {
      kind: 'standard', clientAuthentication: { scram: { users: ['app'] } },
      access: [{ name: 'app', principal: { kind: 'scram', username: 'app' }, produce: ['a'] }],
    }));
    expect(err.codes).toEqual(['msk/catalog-acls']);
    expect(err.issues[0]!.message).toBe('`access` must name only iam principals on a cluster without IAM access control (the in-VPC admin function applies the Kafka ACLs and quotas of scram and mtls principals as an IAM-authenticated admin), got: ["User:app"]. '
      + 'Turn on IAM access control next to SCRAM or mTLS (`clientAuthentication: { iam: true, ... }`; IAM identities are still authorized by IAM policies only), or grant iam principals only.');
  });

  test('iam intents alone create no admin function', () => {
    const { cluster } = build('IamOnly', {
      kind: 'standard', access: [{ name: 'app', principal: { kind: 'iam', arn: 'arn:aws:iam::123456789012:role/app' }, produce: ['a'] }],
    });
    expect(cluster.kafkaAccess).toBeUndefined();
  });
});

test('a replication factor change is refused without acknowledgeReplacement; partitions only grow', () => {
  const err = validationErrorOf(() => build('Rf', {
    kind: 'standard', topics: [{ name: 'a', replicationFactor: 2, deployedReplicationFactor: 3 }, { name: 'b', partitions: 3, partitionsFloor: 6 }],
  }));
  expect(err.codes).toEqual(['catalog/topic-rf-change', 'catalog/topic-partitions-decrease']);
});

test('cfn-lint accepts AWS::MSK::Topic (no skip needed with cfn-lint 1.51)', () => {
  const findings = cfnLint([topics]);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(findings.filter((f) => f.rule !== 'W3005')).toEqual([]);
});
