import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { acknowledgeSchemaGrantFindings, GlueSchemaRegistry } from '../../../lib/pipelines/cdk';
import { validationErrorOf } from '../../support/conventions';
import { synthKeepingExitCode } from '../../support/cdk-examples';
import { ORDER_AVRO, ORDER_PROTO, ROLE_ARN } from '../fixtures';

function build(app = new App({ builtinCloudFormationValidation: false })) {
  const stack = new Stack(app, 'Schemas', { env: { account: '123456789012', region: 'eu-west-1' } });
  const registry = new GlueSchemaRegistry(stack, 'Orders', {
    name: 'orders',
    description: 'Order events',
    subjects: [
      { topic: 'orders.placed', format: 'AVRO', schema: ORDER_AVRO },
      { topic: 'orders.shipped', format: 'PROTOBUF', schema: ORDER_PROTO, compatibility: 'BACKWARD_TRANSITIVE' },
    ],
    grants: [{ name: 'analytics', principal: { kind: 'iam', arn: ROLE_ARN }, read: ['orders.*'] }],
  });
  const consumer = new iam.Role(stack, 'Consumer', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  registry.grantRead(consumer, { topics: ['orders.*'] });
  const producer = new iam.Role(stack, 'Producer', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  registry.grantWrite(producer, { topics: ['orders.placed'] });
  return { app, stack, registry, consumer, producer };
}

describe('GlueSchemaRegistry', () => {
  const { stack } = build();
  const t = Template.fromStack(stack);

  test('one registry, one schema per subject, retained with their versions', () => {
    t.resourceCountIs('AWS::Glue::Registry', 1);
    t.resourceCountIs('AWS::Glue::Schema', 2);
    t.hasResource('AWS::Glue::Registry', { Properties: { Name: 'orders', Description: 'Order events' }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    t.hasResource('AWS::Glue::Schema', {
      Properties: { Name: 'orders.placed', DataFormat: 'AVRO', Compatibility: 'BACKWARD', SchemaDefinition: ORDER_AVRO, Registry: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Orders[A-F0-9]{8}$'), 'Arn'] } } },
      DeletionPolicy: 'Retain',
    });
    t.hasResourceProperties('AWS::Glue::Schema', { Name: 'orders.shipped', DataFormat: 'PROTOBUF', Compatibility: 'BACKWARD_ALL' });
  });

  test('a reader gets GetSchemaVersion on * and the rest on the registry and its prefix', () => {
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Consumer') }],
      PolicyDocument: { Statement: [
        { Effect: 'Allow', Action: 'glue:GetSchemaVersion', Resource: '*' },
        { Effect: 'Allow', Action: ['glue:GetRegistry', 'glue:GetSchema', 'glue:GetSchemaByDefinition', 'glue:ListSchemaVersions'], Resource: [
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:registry/orders']] },
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:schema/orders/orders.*']] },
        ] },
      ] },
    });
  });

  test('a writer registers versions of its exact schemas only', () => {
    t.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Producer') }],
      PolicyDocument: { Statement: Match.arrayWith([{
        Effect: 'Allow', Action: ['glue:CreateSchema', 'glue:GetSchemaByDefinition', 'glue:PutSchemaVersionMetadata', 'glue:RegisterSchemaVersion'], Resource: [
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:registry/orders']] },
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:schema/orders/orders.placed']] },
          { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:schema/orders/orders.placed-key']] },
        ],
      }]) },
    });
  });

  test('a spec grant to a role ARN becomes a policy on that imported role', () => {
    t.hasResourceProperties('AWS::IAM::Policy', { Roles: ['orders-consumer'], PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'glue:GetSchemaVersion' })]) } });
    t.resourceCountIs('AWS::IAM::Policy', 3);
  });

  test('stable construct ids: Resource for the registry, Schema.<name> for each schema', () => {
    const ids = Object.keys(t.findResources('AWS::Glue::Schema')).sort();
    expect(ids).toEqual([expect.stringMatching(/^OrdersSchemaordersplaced/), expect.stringMatching(/^OrdersSchemaordersshipped/)]);
  });
});

test('cdk-nag: the grants leave only the wildcard findings acknowledgeSchemaGrantFindings names', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const { stack, consumer, producer } = build(app);
  acknowledgeSchemaGrantFindings(consumer, 'The consumer reads every orders topic.');
  acknowledgeSchemaGrantFindings(producer);
  synthKeepingExitCode(app);
  expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions'))).toEqual([]);
});

test('invalid schema text stops synthesis with its code', () => {
  const stack = new Stack(new App(), 'S');
  const err = validationErrorOf(() => new GlueSchemaRegistry(stack, 'R', { name: 'r', subjects: [{ topic: 't', format: 'AVRO', schema: '{"type":"nope"}' }] }));
  expect(err.codes).toEqual(['pipelines/schema-text-invalid']);
  expect(err.message).toContain("Glue schema registry 'S/R'");
});

test('a draft-04 JSON schema is a warning annotation', () => {
  const stack = new Stack(new App(), 'S');
  new GlueSchemaRegistry(stack, 'R', { name: 'r', subjects: [{ topic: 't', format: 'JSON', schema: '{"$schema":"http://json-schema.org/draft-04/schema#","type":"object"}' }] });
  expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('draft-04'))).toHaveLength(1);
});
