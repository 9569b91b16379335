/**
 * The MSK Connect archival example: construct paths and template as snapshots (ids are a contract), cdk-nag
 * AwsSolutions with only the reviewed acknowledgements, cfn-lint without errors.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as archivalStandardConnect from '../../../examples/cdk/archival-standard-connect';
import { acknowledgements, assemblyDir, buildExamples, exampleStackContract, synthKeepingExitCode } from '../../support/cdk-examples';

const built = buildExamples({ 'archival-standard-connect': (app: App) => archivalStandardConnect.buildApp(app) }, assemblyDir('kafka-iac-archival-connect-'));
const [{ app, stack }] = built as [(typeof built)[0]];

test('cdk-nag AwsSolutions: synth passes; only the buckets\' access logs, the role\'s run-time wildcards and the check function\'s logs are acknowledged', () => {
  expect(() => synthKeepingExitCode(app)).not.toThrow();
  const acks = acknowledgements(app);
  expect(Object.keys(acks).filter((p) => p.startsWith('KafkaArchivalConnect/Archive/')).sort()).toEqual([
    'KafkaArchivalConnect/Archive/Bucket', 'KafkaArchivalConnect/Archive/DeadLetterBucket', 'KafkaArchivalConnect/Archive/PluginCheck/Function',
    'KafkaArchivalConnect/Archive/PluginCheck/Role', 'KafkaArchivalConnect/Archive/Role',
  ]);
  expect(Object.keys(acks['KafkaArchivalConnect/Archive/Bucket']!)).toEqual(['Annotation::AwsSolutions-S1']);
  const role = Object.keys(acks['KafkaArchivalConnect/Archive/Role']!);
  expect(role.every((id) => id.startsWith('Annotation::AwsSolutions-IAM5[Resource::'))).toBe(true);
  // Archive and dead-letter objects, internal topics, internal groups.
  expect(role).toHaveLength(4);
  expect(acks).toMatchSnapshot();
});

test('two connectors over IAM and TLS, the archive autoscaled 1-4 workers; the plugin after its checksum check', () => {
  const t = Template.fromStack(stack);
  t.resourceCountIs('AWS::KafkaConnect::Connector', 2);
  t.hasResourceProperties('AWS::KafkaConnect::Connector', {
    Capacity: { AutoScaling: Match.objectLike({ MinWorkerCount: 1, MaxWorkerCount: 4, McuCount: 1 }) },
    KafkaClusterClientAuthentication: { AuthenticationType: 'IAM' },
    KafkaClusterEncryptionInTransit: { EncryptionType: 'TLS' },
    ConnectorConfiguration: Match.objectLike({ topics: 'payments.v1,payments.refunds', 'errors.deadletterqueue.topic.name': 'payments-archive.dead-letters' }),
  });
  const connectors = Object.values(t.findResources('AWS::KafkaConnect::Connector'));
  for (const c of connectors) {
    expect(c.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ArchiveRoleDefaultPolicy/)]));
  }
  expect(connectors[0]!.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ClusterTopicspaymentsv1/), expect.stringMatching(/^ClusterTopicspaymentsrefunds/)]));
  t.hasResourceProperties('Custom::KafkaConnectPluginChecksum', { Sha256: '6d3f0b5c8e2a4f19b7c1e0d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9' });
});

test('the checksum function may read the pinned plugin object only', () => {
  const t = Template.fromStack(stack);
  const [role] = Object.values(t.findResources('AWS::IAM::Role', { Properties: { Description: 'kafka-iac plugin checksum check: read one pinned object version' } }));
  const st = role!.Properties.Policies[0].PolicyDocument.Statement as { Sid: string; Action: string[]; Resource: unknown }[];
  expect(st.map((s) => s.Sid)).toEqual(['ReadPlugin', 'Logs']);
  expect(st[0]!.Resource).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::artifacts-123456789012/msk-connect/confluentinc-kafka-connect-s3-10.5.23.zip']] });
});

test('data-holding resources are retained: both buckets, the key and the log group', () => {
  const t = Template.fromStack(stack);
  t.allResources('AWS::S3::Bucket', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  t.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ LogGroupName: '/kafka-iac/msk-connect/payments-archived/payments-archive' }) });
});

exampleStackContract(built, stack);
