import { KafkaValidationError } from '../../../lib/core/issues';
import { ConfluentSchemaRegistry } from '../../../lib/pipelines/confluent/pulumi';
import { GlueSchemaRegistry } from '../../../lib/pipelines/pulumi';
import { recordPulumi, type RecordedResource } from '../../../lib/testing/pulumi';
import { ORDER_AVRO, ORDER_JSON_SCHEMA, ORDER_PROTO, ROLE_ARN } from '../fixtures';

const byType = (rs: RecordedResource[], type: string) => rs.filter((r) => r.type === type);

describe('GlueSchemaRegistry (Pulumi)', () => {
  let resources: RecordedResource[];
  beforeAll(async () => {
    ({ resources } = await recordPulumi(() => {
      const registry = new GlueSchemaRegistry('orders', {
        name: 'orders',
        subjects: [
          { topic: 'orders.placed', format: 'AVRO', schema: ORDER_AVRO },
          { topic: 'orders.shipped', format: 'PROTOBUF', schema: ORDER_PROTO, compatibility: 'FULL' },
        ],
        grants: [{ name: 'analytics', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders.*'] }],
      });
      registry.grantWrite('producer', { role: 'orders-producer', topics: ['orders.placed'] });
      return {};
    }));
  });

  test('exact children with stable names', () => {
    expect(resources.map((r) => `${r.type} ${r.name}`)).toEqual([
      'aws:glue/registry:Registry orders',
      'aws:glue/schema:Schema orders-schema-orders.placed',
      'aws:glue/schema:Schema orders-schema-orders.shipped',
      'aws:iam/rolePolicy:RolePolicy orders-grant-analytics-read',
      'aws:iam/rolePolicy:RolePolicy orders-producer',
      'kafka-iac:pipelines:GlueSchemaRegistry orders',
    ]);
  });

  test('schemas carry the plan: format, Glue compatibility names, definition, registry ARN', () => {
    expect(byType(resources, 'aws:glue/schema:Schema').map((r) => r.inputs)).toEqual([
      { compatibility: 'BACKWARD', dataFormat: 'AVRO', registryArn: 'arn:aws:glue:us-east-1:123456789012:registry/orders', schemaDefinition: ORDER_AVRO, schemaName: 'orders.placed' },
      { compatibility: 'FULL', dataFormat: 'PROTOBUF', registryArn: 'arn:aws:glue:us-east-1:123456789012:registry/orders', schemaDefinition: ORDER_PROTO, schemaName: 'orders.shipped' },
    ]);
  });

  test('grants: the spec role by name, GetSchemaVersion on *, registration on exact schemas', () => {
    const [read, write] = byType(resources, 'aws:iam/rolePolicy:RolePolicy');
    expect(read!.inputs.role).toBe('orders-consumer');
    expect(JSON.parse(String(read!.inputs.policy)).Statement).toEqual([
      { Effect: 'Allow', Action: ['glue:GetSchemaVersion'], Resource: ['*'] },
      { Effect: 'Allow', Action: ['glue:GetRegistry', 'glue:GetSchema', 'glue:GetSchemaByDefinition', 'glue:ListSchemaVersions'],
        Resource: ['arn:aws:glue:us-east-1:123456789012:registry/orders', 'arn:aws:glue:us-east-1:123456789012:schema/orders/orders.*'] },
    ]);
    expect(JSON.parse(String(write!.inputs.policy)).Statement[2]).toEqual({
      Effect: 'Allow', Action: ['glue:CreateSchema', 'glue:GetSchemaByDefinition', 'glue:PutSchemaVersionMetadata', 'glue:RegisterSchemaVersion'],
      Resource: ['arn:aws:glue:us-east-1:123456789012:registry/orders', 'arn:aws:glue:us-east-1:123456789012:schema/orders/orders.placed',
        'arn:aws:glue:us-east-1:123456789012:schema/orders/orders.placed-key'],
    });
  });
});

describe('ConfluentSchemaRegistry', () => {
  let resources: RecordedResource[];
  beforeAll(async () => {
    ({ resources } = await recordPulumi(() => {
      new ConfluentSchemaRegistry('orders', {
        name: 'orders',
        compatibility: 'BACKWARD_TRANSITIVE',
        subjects: [{ topic: 'orders.placed', format: 'JSON', schema: ORDER_JSON_SCHEMA }],
        grants: [{ name: 'billing', principal: { kind: 'native', id: 'sa-123' }, read: ['orders.*'], write: ['orders.placed'] }],
        schemaRegistryCluster: { id: 'lsrc-1', restEndpoint: 'https://psrc-1.eu-west-1.aws.confluent.cloud', resourceName: 'crn://confluent.cloud/organization=o/environment=env-1/schema-registry=lsrc-1' },
        credentials: { key: 'SRKEY', secret: 'SRSECRET' },
      });
      return {};
    }));
  });

  test('a subject config (compatibility) and a schema per subject; the secret stays secret', () => {
    const [config] = byType(resources, 'confluentcloud:index/subjectConfig:SubjectConfig');
    expect(config!.inputs).toMatchObject({ subjectName: 'orders.placed-value', compatibilityLevel: 'BACKWARD_TRANSITIVE', credentials: '[secret]' });
    const [schema] = byType(resources, 'confluentcloud:index/schema:Schema');
    expect(schema!.inputs).toMatchObject({ subjectName: 'orders.placed-value', format: 'JSON', schema: ORDER_JSON_SCHEMA, hardDelete: false, schemaRegistryCluster: { id: 'lsrc-1' } });
  });

  test('role bindings: DeveloperWrite on the written subjects, DeveloperRead on every subject it uses', () => {
    const crn = 'crn://confluent.cloud/organization=o/environment=env-1/schema-registry=lsrc-1';
    expect(byType(resources, 'confluentcloud:index/roleBinding:RoleBinding').map((r) => [r.inputs.roleName, r.inputs.crnPattern, r.inputs.principal]).sort()).toEqual([
      ['DeveloperRead', `${crn}/subject=orders.*`, 'User:sa-123'],
      ['DeveloperRead', `${crn}/subject=orders.placed-key`, 'User:sa-123'],
      ['DeveloperRead', `${crn}/subject=orders.placed-value`, 'User:sa-123'],
      ['DeveloperWrite', `${crn}/subject=orders.placed-key`, 'User:sa-123'],
      ['DeveloperWrite', `${crn}/subject=orders.placed-value`, 'User:sa-123'],
    ]);
  });
});

test('an invalid spec rejects the program with its codes', async () => {
  await expect(recordPulumi(() => new GlueSchemaRegistry('r', { name: 'r', compatibility: 'LENIENT' as 'NONE', subjects: [{ topic: 't', format: 'PROTOBUF', schema: 'message {' }] })))
    .rejects.toMatchObject({ codes: ['pipelines/schema-compatibility', 'pipelines/schema-text-invalid'] } as Partial<KafkaValidationError>);
});
