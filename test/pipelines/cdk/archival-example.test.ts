/**
 * The Express archival example: construct paths and template as snapshots (ids are a contract), cdk-nag
 * AwsSolutions with only the reviewed acknowledgements, cfn-lint without errors.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as archivalExpressS3 from '../../../examples/cdk/archival-express-s3';
import { acknowledgements, assemblyDir, buildExamples, exampleStackContract, synthKeepingExitCode } from '../../support/cdk-examples';

const built = buildExamples({ 'archival-express-s3': (app: App) => archivalExpressS3.buildApp(app) }, assemblyDir('kafka-iac-archival-'));
const [{ app, stack }] = built as [(typeof built)[0]];

test('cdk-nag AwsSolutions: synth passes; only the buckets\' access logs and the channel role\'s prefix wildcards are acknowledged', () => {
  expect(() => synthKeepingExitCode(app)).not.toThrow();
  const acks = acknowledgements(app);
  expect(Object.keys(acks['KafkaArchival/Archive/Bucket']!)).toEqual(['Annotation::AwsSolutions-S1']);
  expect(Object.keys(acks['KafkaArchival/Archive/Role']!).every((id) => id.startsWith('Annotation::AwsSolutions-IAM5[Resource::'))).toBe(true);
  expect(Object.keys(acks['KafkaArchival/Archive/Role']!)).toHaveLength(2);
  expect(acks).toMatchSnapshot();
});

test('one channel per topic, after its topic and the role policy, delivering bytes to the archive bucket with a dead-letter bucket', () => {
  const t = Template.fromStack(stack);
  t.resourceCountIs('AWS::MSK::Channel', 2);
  const channels = t.findResources('AWS::MSK::Channel');
  const placed = Object.values(channels).find((c) => c.Properties.ChannelName === 'archive-orders.placed')!;
  expect(placed.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ArchiveRoleDefaultPolicy/), expect.stringMatching(/^ClusterTopicsordersplaced/)]));
  expect(placed.Properties).toMatchObject({
    ClusterArn: { 'Fn::GetAtt': [expect.stringMatching(/^Cluster/), 'Arn'] },
    TopicConfigurationList: [{ RecordConverter: { ValueConverter: 'BYTE_ARRAY' } }],
    S3DestinationConfiguration: {
      DataFreshnessInSeconds: 600,
      DeadLetterQueueS3: { ErrorOutputPrefix: 'dead-letters/' },
      Storage: { CompressionType: 'GZIP', StorageClass: 'STANDARD', OutputPrefix: 'topics/' },
    },
  });
});

test('both buckets: KMS with the archive key, versioned, private, TLS only, retained; lifecycle after the topics\' retention', () => {
  const t = Template.fromStack(stack);
  t.resourceCountIs('AWS::S3::Bucket', 2);
  t.allResources('AWS::S3::Bucket', {
    DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain',
    Properties: Match.objectLike({
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ArchiveKey'), 'Arn'] } } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    }),
  });
  t.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ EnableKeyRotation: true }) });
  t.hasResourceProperties('AWS::S3::Bucket', {
    LifecycleConfiguration: { Rules: [{
      Id: 'archive', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, NoncurrentVersionExpiration: { NoncurrentDays: 90 },
      Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }, { StorageClass: 'GLACIER_IR', TransitionInDays: 180 }],
    }] },
  });
  t.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: [Match.objectEquals({ Id: 'dead-letters', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, NoncurrentVersionExpiration: { NoncurrentDays: 90 } })] } });
  t.resourcePropertiesCountIs('AWS::S3::BucketPolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) } }, 2);
});

test('the role: MSK for this cluster\'s channels only; writes under the prefixes, never reads or deletes', () => {
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::IAM::Role', {
    AssumeRolePolicyDocument: { Statement: [{
      Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' },
      Condition: {
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kafka:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':channel/orders-archived/*']] } },
      },
    }] },
  });
  const [policy] = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ArchiveRole') }] } }));
  const statements = policy!.Properties.PolicyDocument.Statement as { Sid: string; Action: string[] }[];
  expect(statements.map((s) => s.Sid)).toEqual(['ArchiveBucket', 'ArchiveObjects', 'DeadLetterBucket', 'DeadLetterObjects', 'BucketKeysThroughS3']);
  expect(statements.flatMap((s) => s.Action).filter((a) => /GetObject|Delete/.test(a))).toEqual([]);
});

// cfn-lint 1.51 has no schema for AWS::MSK::Channel (E3006 on exactly that type); every other resource is checked.
exampleStackContract(built, stack, (f) => f.rule === 'E3006' && /AWS::MSK::Channel/.test(f.message));
