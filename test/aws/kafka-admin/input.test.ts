import type { KafkaCatalogPlan } from '../../../lib/core/catalog/types';
import { kafkaAdminInput, parseKafkaAdminEvent, type KafkaAdminConnection } from '../../../lib/aws/kafka-admin/input';
import { EMPTY_CATALOG } from '../../../lib/aws/kafka-admin/reconcile';

const iam: KafkaAdminConnection = { auth: 'iam', bootstrapBrokers: 'boot:9098', region: 'eu-west-1' };
const v1: KafkaCatalogPlan = { topics: [{ name: 'a', partitions: 3, replicationFactor: 3, configs: { 'retention.ms': '1' }, deleteOnRemoval: false }], acls: [], quotas: [], grants: [] };
const v2: KafkaCatalogPlan = { ...v1, topics: [{ ...v1.topics[0]!, partitions: 6 }] };
const cfn = (RequestType: string, props: object, old?: object) => ({ ResponseURL: 'https://example.invalid/r', RequestType, ResourceProperties: { ServiceToken: 'arn', ...props }, ...(old ? { OldResourceProperties: old } : {}) });

test('the input holds strings only (CloudFormation stringifies scalars), and no IAM grants', () => {
  const input = kafkaAdminInput('orders', iam, { ...v1, grants: [{ name: 'x', principal: { kind: 'iam', arn: 'arn:aws:iam::1:role/x' } }] });
  expect(Object.values(input).every((v) => typeof v === 'string')).toBe(true);
  expect(JSON.parse(input.Catalog)).toEqual(v1);
});

test.each([
  ['CloudFormation create', cfn('Create', kafkaAdminInput('c', iam, v1)), 'Create', v1, EMPTY_CATALOG],
  ['CloudFormation update', cfn('Update', kafkaAdminInput('c', iam, v2), kafkaAdminInput('c', iam, v1)), 'Update', v2, v1],
  ['CloudFormation delete', cfn('Delete', kafkaAdminInput('c', iam, v1)), 'Delete', EMPTY_CATALOG, v1],
  ['Pulumi create', { ...kafkaAdminInput('c', iam, v1), tf: { action: 'create', prev_input: null } }, 'Create', v1, EMPTY_CATALOG],
  ['Pulumi update', { ...kafkaAdminInput('c', iam, v2), tf: { action: 'update', prev_input: kafkaAdminInput('c', iam, v1) } }, 'Update', v2, v1],
  ['Pulumi delete', { ...kafkaAdminInput('c', iam, v1), tf: { action: 'delete' } }, 'Delete', EMPTY_CATALOG, v1],
])('%s', (_name, event, type, desired, previous) => {
  const r = parseKafkaAdminEvent(event as Record<string, unknown>);
  expect(r).toMatchObject({ type, catalogId: 'c', connection: iam, desired, previous });
  expect(r.cfn).toBe('ResponseURL' in event);
});

test('an event without the properties is refused, naming what it got', () => {
  expect(() => parseKafkaAdminEvent({ foo: 1 })).toThrow('The event must carry CatalogId, Connection and Catalog (strings), got: foo.');
});
