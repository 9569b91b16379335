import { checkSchemaText, planSchemaRegistry, toEventHubsSchemaGroup, glueGrantStatements, type SchemaRegistrySpec } from '../../lib/pipelines';
import { planEventHubsNamespace } from '../../lib/event-hubs';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';
import { ORDER_AVRO, ORDER_JSON_SCHEMA, ORDER_PROTO, ROLE_ARN } from './fixtures';

const base: SchemaRegistrySpec = {
  name: 'orders',
  subjects: [
    { topic: 'orders.placed', format: 'AVRO', schema: ORDER_AVRO },
    { topic: 'orders.placed', part: 'key', format: 'JSON', schema: '{"type":"string"}' },
    { topic: 'orders.shipped', format: 'PROTOBUF', schema: ORDER_PROTO, compatibility: 'FULL_TRANSITIVE' },
  ],
};

describe('planSchemaRegistry: Glue', () => {
  const plan = planSchemaRegistry({ ...base, grants: [{ name: 'billing', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders.*'], write: ['orders.placed'] }] }, 'glue');

  test('names schemas after their topics, maps compatibility to Glue names, sorts subjects', () => {
    expect(plan.subjects.map((s) => [s.subjectName, s.format, s.backendCompatibility])).toEqual([
      ['orders.placed', 'AVRO', 'BACKWARD'],
      ['orders.placed-key', 'JSON', 'BACKWARD'],
      ['orders.shipped', 'PROTOBUF', 'FULL_ALL'],
    ]);
    expect(plan).toMatchObject({ backend: 'glue', compatibility: 'BACKWARD', removal: 'retain', warnings: [] });
  });

  test('grants expand topics to subject patterns', () => {
    expect(plan.grants).toEqual([{ name: 'billing', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders.*'], write: ['orders.placed', 'orders.placed-key'] }]);
  });

  test('read statements: GetSchemaVersion on *, the rest on the registry and schema ARNs; write adds registration', () => {
    const ctx = { partition: 'aws', dnsSuffix: 'amazonaws.com', region: 'eu-west-1', accountId: '123456789012' };
    const read = glueGrantStatements(ctx, 'orders', 'read', ['orders.*']);
    expect(read).toEqual([
      { actions: ['glue:GetSchemaVersion'], resources: ['*'] },
      { actions: ['glue:GetRegistry', 'glue:GetSchema', 'glue:GetSchemaByDefinition', 'glue:ListSchemaVersions'],
        resources: ['arn:aws:glue:eu-west-1:123456789012:registry/orders', 'arn:aws:glue:eu-west-1:123456789012:schema/orders/orders.*'] },
    ]);
    const write = glueGrantStatements(ctx, 'orders', 'write', ['orders.placed']);
    expect(write[2]).toEqual({
      actions: ['glue:CreateSchema', 'glue:GetSchemaByDefinition', 'glue:PutSchemaVersionMetadata', 'glue:RegisterSchemaVersion'],
      resources: ['arn:aws:glue:eu-west-1:123456789012:registry/orders', 'arn:aws:glue:eu-west-1:123456789012:schema/orders/orders.placed'],
    });
  });
});

test('Confluent: TopicNameStrategy subjects and *_TRANSITIVE names', () => {
  const plan = planSchemaRegistry(base, 'confluent');
  expect(plan.subjects.map((s) => [s.subjectName, s.backendCompatibility])).toEqual([
    ['orders.placed-key', 'BACKWARD'], ['orders.placed-value', 'BACKWARD'], ['orders.shipped-value', 'FULL_TRANSITIVE'],
  ]);
});

test('Event Hubs: one Avro group, mapped to the namespace schema group the Event Hubs plan accepts', () => {
  const plan = planSchemaRegistry({ name: 'orders', compatibility: 'FORWARD', subjects: [{ topic: 'orders', format: 'AVRO', schema: ORDER_AVRO }] }, 'event-hubs');
  const group = toEventHubsSchemaGroup(plan);
  expect(group).toEqual({ name: 'orders', compatibility: 'Forward' });
  const ns = planEventHubsNamespace({ namespaceName: 'contoso-orders', schemaGroups: [group] });
  expect(ns.schemaGroups).toEqual([{ name: 'orders', schemaType: 'Avro', compatibility: 'Forward' }]);
  expect(validationErrorOf(() => toEventHubsSchemaGroup(planSchemaRegistry(base, 'glue'))).codes).toEqual(['pipelines/schema-backend']);
});

describe('schema text is checked with the format parsers', () => {
  test.each([
    ['AVRO', ORDER_AVRO],
    ['PROTOBUF', ORDER_PROTO],
    ['JSON', ORDER_JSON_SCHEMA],
    ['JSON', JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'string' }] })],
    ['JSON', 'true'],
  ] as const)('%s accepted', (format, text) => {
    expect(checkSchemaText(format, text).error).toBeUndefined();
  });

  test.each([
    ['AVRO', '{"type":"record","name":"O","fields":[{"name":"id","type":"strin"}]}', 'undefined type name: strin'],
    ['AVRO', '{"type":"record"', 'not JSON'],
    ['PROTOBUF', 'syntax = "proto3"; message A { strin x = 1; }', "no such Type or Enum 'strin'"],
    ['PROTOBUF', 'syntax = "proto3"; message A { string x = 1 }', "illegal token '}'"],
    ['PROTOBUF', 'syntax = "proto3"; import "acme/money.proto"; message A { acme.Money x = 1; }', 'not a well-known google/protobuf type'],
    ['JSON', '{"type":"objec"}', 'schema is invalid'],
    ['JSON', '[1]', 'an object or a boolean'],
  ] as const)('%s refused: %s', (format, text, message) => {
    expect(checkSchemaText(format, text).error).toContain(message);
  });
});

describe('every validation code', () => {
  const codes = (spec: Partial<SchemaRegistrySpec>, backend: 'glue' | 'confluent' | 'event-hubs' = 'glue') =>
    validationErrorOf(() => planSchemaRegistry({ ...base, ...spec } as SchemaRegistrySpec, backend));
  const one = (subject: Record<string, unknown>) => ({ subjects: [{ topic: 'orders', format: 'AVRO', schema: ORDER_AVRO, ...subject }] }) as Partial<SchemaRegistrySpec>;

  test.each([
    ['pipelines/schema-registry-name', { name: 'orders registry' }, 'glue'],
    ['pipelines/schema-registry-name', { name: '-x/' }, 'confluent'],
    ['pipelines/schema-description', { description: 'x'.repeat(2049) }, 'glue'],
    ['pipelines/schema-compatibility', { compatibility: 'LENIENT' }, 'glue'],
    ['pipelines/schema-compatibility-unsupported', { compatibility: 'DISABLED' }, 'confluent'],
    ['pipelines/schema-subjects-empty', { subjects: [] }, 'glue'],
    ['pipelines/schema-topic-name', one({ topic: 'orders/placed' }), 'glue'],
    ['pipelines/schema-topic-not-in-catalog', { ...one({ topic: 'payments' }), topics: [{ name: 'orders' }] }, 'glue'],
    ['pipelines/schema-part', one({ part: 'header' }), 'glue'],
    ['pipelines/schema-format', one({ format: 'THRIFT' }), 'glue'],
    ['pipelines/schema-format-unsupported', one({ format: 'JSON', schema: ORDER_JSON_SCHEMA }), 'event-hubs'],
    ['pipelines/schema-text-empty', one({ schema: '  ' }), 'glue'],
    ['pipelines/schema-text-too-large', one({ schema: JSON.stringify({ type: 'record', name: 'Big', doc: 'x'.repeat(170_000), fields: [] }) }), 'glue'],
    ['pipelines/schema-text-invalid', one({ schema: '{"type":"nope"}' }), 'glue'],
    ['pipelines/schema-json-dialect', one({ format: 'JSON', schema: '{"$schema":"http://example.com/mine","type":"object"}' }), 'glue'],
    ['pipelines/schema-json-dialect-unsupported', one({ format: 'JSON', schema: '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}' }), 'glue'],
    ['pipelines/schema-compatibility-per-subject', one({ compatibility: 'FORWARD' }), 'event-hubs'],
    ['pipelines/schema-subject-name', one({ subjectName: 'orders value' }), 'glue'],
    ['pipelines/schema-subject-name', one({ subjectName: '' }), 'confluent'],
    ['pipelines/schema-subject-duplicate', { subjects: [...base.subjects, { topic: 'orders.placed', format: 'AVRO', schema: ORDER_AVRO }] }, 'glue'],
    ['pipelines/schema-grant-name', { grants: [{ name: 'bad name', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders'] }] }, 'glue'],
    ['pipelines/schema-grant-duplicate', { grants: [0, 1].map(() => ({ name: 'a', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders'] })) }, 'glue'],
    ['pipelines/schema-grant-principal', { grants: [{ name: 'a', principal: { kind: 'scram', username: 'app' }, read: ['orders'] }] }, 'glue'],
    ['pipelines/schema-grant-principal', { grants: [{ name: 'a', principal: { kind: 'iam', arn: 'arn:aws:iam::123456789012:user/bob' }, read: ['orders'] }] }, 'glue'],
    ['pipelines/schema-grant-principal', { grants: [{ name: 'a', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders'] }] }, 'confluent'],
    ['pipelines/schema-grant-empty', { grants: [{ name: 'a', principal: { kind: 'native', id: 'sa-1' } }] }, 'confluent'],
    ['pipelines/schema-grant-pattern', { grants: [{ name: 'a', principal: { kind: 'native', id: 'sa-1' }, read: ['orders*x'] }] }, 'confluent'],
    ['pipelines/schema-grants-event-hubs', { ...one({}), grants: [{ name: 'a', principal: { kind: 'native', id: 'oid' }, read: ['orders'] }] }, 'event-hubs'],
    ['pipelines/schema-removal', { removal: 'delete' }, 'glue'],
  ] as const)('%s (%#)', (code, spec, backend) => {
    const err = codes(spec as Partial<SchemaRegistrySpec>, backend);
    expect(err.codes).toEqual([code]);
    for (const i of err.issues) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('pipelines/schema-backend', () => {
    expect(validationErrorOf(() => planSchemaRegistry(base, 'kafka' as 'glue')).codes).toEqual(['pipelines/schema-backend']);
  });

  test('every problem at once', () => {
    const err = codes({ name: 'bad name', compatibility: 'DISABLED', subjects: [{ topic: '..', format: 'AVRO', schema: '{' }] }, 'confluent');
    expect(err.codes).toEqual(['pipelines/schema-registry-name', 'pipelines/schema-compatibility-unsupported', 'pipelines/schema-topic-name', 'pipelines/schema-text-invalid']);
  });

  test('pipelines/schema-json-draft-04-unchecked is a warning: the plan still passes', () => {
    const plan = planSchemaRegistry({ name: 'o', subjects: [{ topic: 'o', format: 'JSON', schema: '{"$schema":"http://json-schema.org/draft-04/schema#","type":"object"}' }] }, 'glue');
    expect(plan.warnings.map((w) => [w.code, w.severity])).toEqual([['pipelines/schema-json-draft-04-unchecked', 'warning']]);
  });
});
