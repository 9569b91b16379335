/**
 * `MskCluster` (Pulumi) native topics and catalog access under the default mocks: `aws.msk.Topic` per topic with the
 * JSON configs, retained and protected unless `deleteOnRemoval`, named from the topic name, `addTopic` validated
 * with the others, and one inline policy per `iam` intent with the statements `readPolicy` / `writePolicy` produce.
 */
import { KafkaValidationError } from '../../../lib/core/issues';
import { MskCluster, type MskClusterArgs } from '../../../lib/msk/pulumi';
import { planGrant } from '../../../lib/aws/msk-iam-access';
import { renderGrantPolicy } from '../../../lib/msk/pulumi/grants';
import { recordMsk } from './support';

const NETWORK = { vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] };
const ROLE = 'arn:aws:iam::123456789012:role/orders-api';
const ARGS: MskClusterArgs = {
  kind: 'standard', clusterName: 'orders', ...NETWORK,
  topics: [{ name: 'orders.v1', partitions: 12, retentionHours: 168 }, { name: 'orders_v2', cleanupPolicy: 'compact', deleteOnRemoval: true }],
  access: [{ name: 'orders-api', principal: { kind: 'iam', arn: ROLE }, produce: ['orders.v1'], consume: ['orders_v2'], groups: ['orders-api'] }],
};

let cluster!: MskCluster;
const recorded = recordMsk(() => {
  cluster = new MskCluster('kafka', ARGS);
  cluster.addTopic({ name: 'payments' });
});

test('one aws.msk.Topic per topic, named from the topic name, with JSON configs', async () => {
  const r = await recorded;
  const topics = r.resources.filter((x) => x.type === 'aws:msk/topic:Topic');
  expect(topics.map((t) => t.name).sort()).toEqual(['kafka-topic-orders.v1', 'kafka-topic-orders_v2', 'kafka-topic-payments']);
  expect(r.byName('kafka-topic-orders.v1').inputs).toMatchObject({
    name: 'orders.v1', partitionCount: 12, replicationFactor: 3, configs: JSON.stringify({ 'retention.ms': '604800000' }),
  });
  expect(r.byName('kafka-topic-payments').inputs.configs).toBeUndefined();
});

test('retained topics are protected and kept on delete; deleteOnRemoval opts out', async () => {
  const r = await recorded;
  expect(r.registration('kafka-topic-orders.v1')).toMatchObject({ protect: true, retainOnDelete: true });
  expect(r.registration('kafka-topic-payments')).toMatchObject({ protect: true, retainOnDelete: true });
  expect(r.registration('kafka-topic-orders_v2')).toMatchObject({ protect: false, retainOnDelete: false });
  expect(r.registration('kafka-topic-orders.v1').parent).toMatch(/MskCluster::kafka$/);
});

test('an iam intent is one inline role policy with the statements of readPolicy and writePolicy', async () => {
  const r = await recorded;
  const policy = JSON.parse(r.byName('kafka-access-orders-api').inputs.policy as string);
  expect(r.byName('kafka-access-orders-api').inputs.role).toBe('orders-api');
  const clusterArn = policy.Statement[0].Resource as string;
  expect(clusterArn).toMatch(/^arn:aws:kafka:.*:cluster\/orders\//);
  // The statements readPolicy and writePolicy render for the same cluster.
  const expected = [
    renderGrantPolicy(clusterArn, planGrant('read', 'read', { topics: ['orders_v2'], groups: ['orders-api'] })),
    renderGrantPolicy(clusterArn, planGrant('write', 'write', { topics: ['orders.v1'] })),
  ].flatMap((p) => JSON.parse(p).Statement);
  expect(policy.Statement).toEqual(expected);
});

test('addTopic of a duplicate is refused with the catalog code', async () => {
  await recorded;
  expect(() => cluster.addTopic({ name: 'payments' })).toThrow(KafkaValidationError);
});

test('catalog issues are refused at once with the component as subject', async () => {
  let err: unknown;
  try {
    await recordMsk(() => new MskCluster('bad', { ...ARGS, topics: [{ name: '__x' }, { name: 'a', partitions: 2, partitionsFloor: 4 }] }));
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(KafkaValidationError);
  expect((err as KafkaValidationError).codes).toEqual(['catalog/topic-reserved', 'catalog/topic-partitions-decrease']);
  expect((err as KafkaValidationError).message).toMatch(/^MskCluster 'bad': 2 invalid/);
});

describe('scram intents: ACLs and quotas through `${name}-kafka-access` over IAM', () => {
  const SCRAM: MskClusterArgs = {
    kind: 'standard', clusterName: 'payments', ...NETWORK, clientAuthentication: { iam: true, scram: { users: ['ledger'] } },
    access: [{ name: 'ledger', principal: { kind: 'scram', username: 'ledger' }, consume: ['payments.v1'], groups: ['ledger'], quota: { consumeBytesPerSecond: 2_097_152 } }],
  };

  test('the function applies the ACLs and the quota, on 9098, with no topic permission', async () => {
    const r = await recordMsk(() => void new MskCluster('payments', SCRAM));
    const input = JSON.parse(r.byName('payments-kafka-access-catalog').inputs.input as string) as Record<string, string>;
    const catalog = JSON.parse(input.Catalog!) as { topics: unknown[]; acls: { principal: string; resourceType: string; operation: string }[]; quotas: unknown[] };
    expect(catalog.topics).toEqual([]);
    expect(catalog.acls.map((a) => `${a.principal} ${a.resourceType} ${a.operation}`).sort()).toEqual([
      'User:ledger GROUP DESCRIBE', 'User:ledger GROUP READ', 'User:ledger TOPIC DESCRIBE', 'User:ledger TOPIC READ',
    ]);
    expect(catalog.quotas).toEqual([{ user: 'ledger', consumer_byte_rate: 2_097_152 }]);
    expect(JSON.parse(input.Connection!)).toMatchObject({ auth: 'iam' });
    const policy = String(r.byName('payments-kafka-access-kafka-admin-policy').inputs.policy);
    expect(policy).toContain('kafka-cluster:AlterCluster');
    expect(policy).not.toContain(':topic/');
    expect(r.resources.filter((x) => x.name.startsWith('payments-kafka-access-brokers-')).map((x) => x.inputs.fromPort)).toEqual([9098]);
  });
});
