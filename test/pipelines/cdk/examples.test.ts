/**
 * The Glue schema registry example: construct paths and template as snapshots (ids are a contract), cdk-nag
 * AwsSolutions with only the reviewed acknowledgements, cfn-lint without errors.
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as schemaRegistryGlue from '../../../examples/cdk/schema-registry-glue';
import { acknowledgements, assemblyDir, buildExamples, exampleStackContract, synthKeepingExitCode } from '../../support/cdk-examples';

const built = buildExamples({ 'schema-registry-glue': (app: App) => schemaRegistryGlue.buildApp(app) }, assemblyDir('kafka-iac-pipelines-'));
const [{ app, stack }] = built as [(typeof built)[0]];

test('cdk-nag AwsSolutions: synth passes; the grant wildcards are acknowledged on the two roles, each with its reason', () => {
  expect(() => synthKeepingExitCode(app)).not.toThrow();
  const acks = acknowledgements(app);
  const roles = ['KafkaSchemaRegistry/ProducerRole', 'KafkaSchemaRegistry/ConsumerRole'];
  for (const role of roles) {
    expect(Object.keys(acks[role]!).every((id) => id.startsWith('Annotation::AwsSolutions-IAM5[Resource::'))).toBe(true);
  }
  expect(Object.keys(acks['KafkaSchemaRegistry/ProducerRole']!)).toEqual(['Annotation::AwsSolutions-IAM5[Resource::*]']);
  expect(acks).toMatchSnapshot();
});

test('the registry and its schema are retained, in the template next to the cluster', () => {
  const t = Template.fromStack(stack);
  t.hasResource('AWS::Glue::Registry', { DeletionPolicy: 'Retain' });
  t.hasResource('AWS::Glue::Schema', { Properties: { Name: 'orders.placed', DataFormat: 'AVRO', Compatibility: 'BACKWARD', SchemaDefinition: schemaRegistryGlue.ORDER_PLACED }, DeletionPolicy: 'Retain' });
  t.resourceCountIs('AWS::MSK::Cluster', 1);
});

exampleStackContract(built, stack);
