import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { MskServerlessCluster } from '../../../lib/msk/cdk';
import { synthKeepingExitCode } from '../../support/cdk-examples';

const ENV = { account: '123456789012', region: 'eu-west-1' };

function build(nag = false) {
  const app = new App({ builtinCloudFormationValidation: false });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new Stack(app, 'Serverless', { env: ENV });
  const cluster = new MskServerlessCluster(stack, 'Orders', { clusterName: 'orders', topics: [{ name: 'orders', partitions: 6, retentionHours: 24 }] });
  cluster.addTopic({ name: 'payments' });
  return { app, stack, cluster };
}

test('topics and addTopic reach the admin function\'s custom resource, planned at synth (replication factor 3 on Serverless)', () => {
  const t = Template.fromStack(build().stack);
  const [cr] = Object.values(t.findResources('Custom::KafkaCatalog'));
  const catalog = JSON.parse(cr!.Properties.Catalog as string);
  expect(catalog.topics.map((x: { name: string; partitions: number; replicationFactor: number }) => [x.name, x.partitions, x.replicationFactor]))
    .toEqual([['orders', 6, 3], ['payments', 3, 3]]);
  expect(catalog.topics[0].configs).toEqual({ 'retention.ms': '86400000' });
  // The bootstrap string is a deploy-time value: the connection JSON is joined around it.
  const connection = JSON.stringify(cr!.Properties.Connection);
  expect(connection).toContain('BootstrapBrokerStringSaslIam');
  expect(connection).toContain('\\"auth\\":\\"iam\\"');
  const admin = Object.values(t.findResources('AWS::Lambda::Function')).filter((f) => String(f.Properties.Description).includes('applies the topic and access catalog'));
  expect(admin).toHaveLength(1);
  expect(admin[0]!.Properties.VpcConfig).toBeDefined();
});

test('the function may create and alter exactly the catalog\'s topics of this cluster, and reaches 9098 only', () => {
  const { stack } = build();
  const t = Template.fromStack(stack);
  const roles = Object.values(t.findResources('AWS::IAM::Role')).filter((r) => String(r.Properties.Description).includes('Kafka admin function'));
  const statements = (roles[0]!.Properties.Policies as { PolicyDocument: { Statement: { Sid: string; Resource: unknown }[] } }[])[0]!.PolicyDocument.Statement;
  const topics = statements.find((s) => s.Sid === 'CatalogTopics')!.Resource as unknown[];
  expect(topics).toHaveLength(2);
  expect(JSON.stringify(topics[0])).toContain('/orders');
  expect(JSON.stringify(topics[1])).toContain('/payments');
  const egress = Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).map((r) => [r.Properties.FromPort, r.Properties.ToPort]);
  expect(egress).toEqual([[9098, 9098]]);
});

test('an invalid catalog fails synthesis with every issue', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Bad', { env: ENV });
  const cluster = new MskServerlessCluster(stack, 'Orders', { clusterName: 'orders', topics: [{ name: '__amazon_msk_canary' }] });
  cluster.addTopic({ name: 'a', replicationFactor: 2 });
  expect(() => app.synth()).toThrow(/__amazon_msk_canary[\s\S]*replicationFactor|replicationFactor[\s\S]*__amazon_msk_canary/);
});

test('cdk-nag clean with the admin function', () => {
  const { app } = build(true);
  expect(() => synthKeepingExitCode(app)).not.toThrow();
});

describe('access intents (IAM only on Serverless)', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/orders-api';

  test('an iam intent becomes the grantRead/grantWrite policy on the role its ARN names, scoped to the cluster\'s topics and group', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Access', { env: ENV });
    new MskServerlessCluster(stack, 'Orders', {
      clusterName: 'orders',
      access: [{ name: 'orders-api', principal: { kind: 'iam', arn: ROLE }, produce: ['orders'], consume: ['payments'], groups: ['orders-api'] }],
    });
    const t = Template.fromStack(stack);
    const policies = Object.values(t.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles) === '["orders-api"]');
    expect(policies).toHaveLength(1);
    expect(policies[0]!.Properties.Roles).toEqual(['orders-api']);
    const text = JSON.stringify(policies[0]!.Properties.PolicyDocument);
    for (const action of ['kafka-cluster:Connect', 'kafka-cluster:WriteData', 'kafka-cluster:ReadData', 'kafka-cluster:AlterGroup']) expect(text).toContain(action);
    expect(text).toContain('/orders');
    expect(text).toContain('/payments');
    expect(text).toContain('/orders-api');
    // No topics: no admin function.
    expect(t.findResources('Custom::KafkaCatalog')).toEqual({});
  });

  test('a scram intent or a quota fails synthesis with the catalog\'s codes', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'BadAccess', { env: ENV });
    new MskServerlessCluster(stack, 'Orders', {
      clusterName: 'orders',
      access: [
        { name: 'legacy', principal: { kind: 'scram', username: 'legacy' }, produce: ['orders'] },
        { name: 'capped', principal: { kind: 'iam', arn: ROLE }, produce: ['orders'], quota: { produceBytesPerSecond: 1_048_576 } },
      ],
    });
    expect(() => app.synth()).toThrow(/catalog\/access-auth-mode[\s\S]*catalog\/quota-unsupported|catalog\/quota-unsupported[\s\S]*catalog\/access-auth-mode/);
  });
});
