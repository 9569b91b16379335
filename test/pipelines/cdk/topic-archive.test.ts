import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { MskCluster, MskServerlessCluster } from '../../../lib/msk/cdk';
import { GlueSchemaRegistry, TopicArchive, type ArchivableCluster } from '../../../lib/pipelines/cdk';
import type { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/cdk';
import { validationErrorOf } from '../../support/conventions';
import { ORDER_JSON_SCHEMA } from '../fixtures';

const env = { account: '123456789012', region: 'eu-west-1' };
const TABLE_BUCKET = 'arn:aws:s3tables:eu-west-1:123456789012:bucket/orders-tables';

describe('TopicArchive: Iceberg with a Glue schema registry', () => {
  const stack = new Stack(new App(), 'Iceberg', { env });
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', topics: [{ name: 'orders.placed', retentionHours: 48 }] });
  const registry = new GlueSchemaRegistry(stack, 'Schemas', { name: 'orders', subjects: [{ topic: 'orders.placed', format: 'JSON', schema: ORDER_JSON_SCHEMA }] });
  const archive = new TopicArchive(stack, 'Archive', {
    cluster, name: 'lake', topics: ['orders.placed'],
    destination: { kind: 'iceberg', schemaRegistry: registry, tableBucketArn: TABLE_BUCKET, namespace: 'kafka_archive', partitionByHourOn: 'id' },
  });
  const t = Template.fromStack(stack);

  test('the channel: JSON records checked against the topic\'s Glue schema, one append-only table, a dead-letter bucket only', () => {
    t.resourceCountIs('AWS::S3::Bucket', 1);
    expect(archive.bucket).toBeUndefined();
    t.hasResourceProperties('AWS::MSK::Channel', {
      ChannelName: 'lake-orders.placed',
      TopicConfigurationList: [{
        RecordConverter: { ValueConverter: 'JSON_SCHEMA_GSR' },
        RecordSchema: { GsrArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SchemasSchemaordersplaced'), 'Arn'] } },
        TopicArn: Match.anyValue(),
      }],
      IcebergDestinationConfiguration: {
        AppendOnly: true,
        Catalog: { WarehouseLocation: TABLE_BUCKET },
        DataFreshnessInSeconds: 600,
        DeadLetterQueueS3: { BucketArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ArchiveDeadLetterBucket'), 'Arn'] }, ErrorOutputPrefix: 'dead-letters/' },
        DestinationTableList: [{ DestinationDatabaseName: 'kafka_archive', DestinationTableName: 'orders_placed', PartitionSpec: { PartitionStrategy: 'TIME_HOUR', SourceList: [{ SourceName: 'id' }] } }],
        SchemaEvolution: { EnableSchemaEvolution: false },
        TableCreation: { EnableTableCreation: true },
        ServiceExecutionRoleArn: Match.anyValue(),
      },
    });
  });

  test('the topic ARN is the cluster ARN with topic/<cluster>/<uuid>/<topic>', () => {
    const [channel] = Object.values(t.findResources('AWS::MSK::Channel'));
    expect(JSON.stringify(channel!.Properties.TopicConfigurationList[0].TopicArn)).toContain('":topic/"');
    expect(JSON.stringify(channel!.Properties.TopicConfigurationList[0].TopicArn)).toContain('"/orders.placed"');
  });

  test('the role: the table bucket and its tables, the schema read, the dead-letter prefix', () => {
    const [policy] = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ArchiveRole') }] } }));
    const st = policy!.Properties.PolicyDocument.Statement as { Sid: string; Resource: unknown }[];
    expect(st.map((s) => s.Sid)).toEqual(['DeadLetterBucket', 'DeadLetterObjects', 'BucketKeysThroughS3', 'IcebergTables', 'GlueSchemas0', 'GlueSchemas1']);
    expect(st[3]!.Resource).toEqual([TABLE_BUCKET, `${TABLE_BUCKET}/table/*`]);
    expect(st[5]!.Resource).toEqual([
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:registry/orders']] },
      { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':glue:eu-west-1:123456789012:schema/orders/orders.placed']] },
    ]);
  });

  test('warnings: none for a catalog topic', () => {
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('archival'))).toEqual([]);
  });
});

describe('TopicArchive: existing buckets and removal', () => {
  const stack = new Stack(new App(), 'Existing', { env });
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders' });
  const key = kms.Key.fromKeyArn(stack, 'BucketKey', 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Mine', { bucketName: 'orders-archive-123456789012', encryptionKey: key });
  new TopicArchive(stack, 'Archive', { cluster, name: 'archive', topics: ['clicks'], bucket, removal: 'destroy', dataFreshnessSeconds: 300 });
  const t = Template.fromStack(stack);

  test('only the dead-letter bucket and its key are created, and deleted with the stack', () => {
    t.resourceCountIs('AWS::S3::Bucket', 1);
    t.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    t.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
  });

  test('the role may use both keys, through S3 only', () => {
    const [policy] = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ArchiveRole') }] } }));
    const keys = (policy!.Properties.PolicyDocument.Statement as { Sid: string; Resource: unknown[]; Condition: unknown }[]).find((s) => s.Sid === 'BucketKeysThroughS3')!;
    expect(keys.Resource).toHaveLength(2);
    expect(keys.Resource[0]).toBe('arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(keys.Condition).toEqual({ StringEquals: { 'kms:ViaService': { 'Fn::Join': ['', ['s3.eu-west-1.', { Ref: 'AWS::URLSuffix' }]] } } });
  });

  test('a topic outside the (empty) catalog: a warning that it must exist first', () => {
    expect(Annotations.fromStack(stack).findWarning('/Existing/Archive', Match.stringLikeRegexp('must exist before the channels are created'))).toHaveLength(1);
  });
});

test('refused up front: a channel on Standard brokers and on MSK Serverless', () => {
  const stack = new Stack(new App(), 'Refused', { env });
  const standard = new MskCluster(stack, 'Standard', { kind: 'standard', clusterName: 'std', instanceType: 'kafka.m7g.large', brokerNodes: 3 });
  expect(validationErrorOf(() => new TopicArchive(stack, 'A', { cluster: standard, name: 'a', topics: ['t'] })).codes).toEqual(['archival/channel-standard-brokers']);
  const serverless = new MskServerlessCluster(stack, 'Serverless', { clusterName: 'sls' });
  expect(validationErrorOf(() => new TopicArchive(stack, 'B', { cluster: serverless, name: 'b', topics: ['t'] })).codes).toEqual(['archival/channel-serverless']);
});

// Compile-time check (tsc -p tsconfig.json): the cluster constructs of every target fit `cluster` by their shape.
const fitsCluster = (c: MskCluster | MskServerlessCluster | SelfManagedKafkaCluster): ArchivableCluster => c;
void fitsCluster;
