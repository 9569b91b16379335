import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { MskCluster } from '../../../lib/msk/cdk';
import { ConnectTopicArchive } from '../../../lib/pipelines/cdk';
import { validationErrorOf } from '../../support/conventions';

const env = { account: '123456789012', region: 'eu-west-1' };
export const PLUGIN = {
  bucketName: 'artifacts-123456789012', key: 'plugins/confluentinc-kafka-connect-s3-10.5.0.zip', objectVersion: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY', sha256: 'a'.repeat(64),
};

describe('ConnectTopicArchive: Standard brokers with IAM', () => {
  const stack = new Stack(new App(), 'Connect', { env });
  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'standard', clusterName: 'payments', brokerNodes: 3, clientAuthentication: { iam: true, scram: { users: ['api'] } },
    topics: [{ name: 'payments.v1', retentionHours: 168 }, { name: 'payments.audit', retentionHours: 2160 }],
  });
  const archive = new ConnectTopicArchive(stack, 'Archive', { cluster, name: 'archive', topics: ['payments.v1', 'payments.audit'], plugin: PLUGIN });
  const t = Template.fromStack(stack);
  const digest = archive.plan.connectors[0]!.connectorName.slice('archive-'.length);

  test('two connectors over IAM and TLS in the brokers\' subnets: the archive (autoscaled) and the dead letters (one worker)', () => {
    t.resourceCountIs('AWS::KafkaConnect::Connector', 2);
    t.hasResourceProperties('AWS::KafkaConnect::Connector', {
      ConnectorName: `archive-${digest}`,
      Capacity: { AutoScaling: { McuCount: 1, MinWorkerCount: 1, MaxWorkerCount: 2, ScaleInPolicy: { CpuUtilizationPercentage: 20 }, ScaleOutPolicy: { CpuUtilizationPercentage: 80 } } },
      KafkaClusterClientAuthentication: { AuthenticationType: 'IAM' },
      KafkaClusterEncryptionInTransit: { EncryptionType: 'TLS' },
      KafkaConnectVersion: '3.7.x',
      KafkaCluster: { ApacheKafkaCluster: { Vpc: { Subnets: Match.anyValue(), SecurityGroups: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^ArchiveSecurityGroup'), 'GroupId'] }] } } },
      ConnectorConfiguration: Match.objectLike({
        'connector.class': 'io.confluent.connect.s3.S3SinkConnector', topics: 'payments.v1,payments.audit', 'topics.dir': 'topics',
        'format.class': 'io.confluent.connect.s3.format.bytearray.ByteArrayFormat', 's3.compression.type': 'gzip',
        'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'archive.dead-letters', 'errors.deadletterqueue.topic.replication.factor': '3',
        's3.bucket.name': { Ref: Match.stringLikeRegexp('^ArchiveBucket') }, 's3.region': { Ref: 'AWS::Region' },
      }),
      LogDelivery: { WorkerLogDelivery: { CloudWatchLogs: { Enabled: true, LogGroup: { Ref: Match.stringLikeRegexp('^ArchiveLogs') } } } },
    });
    t.hasResourceProperties('AWS::KafkaConnect::Connector', {
      ConnectorName: `archive-dead-letters-${digest}`,
      Capacity: { ProvisionedCapacity: { McuCount: 1, WorkerCount: 1 } },
      ConnectorConfiguration: Match.objectLike({ topics: 'archive.dead-letters', 'topics.dir': 'dead-letters', 'errors.tolerance': 'none', 's3.bucket.name': { Ref: Match.stringLikeRegexp('^ArchiveDeadLetterBucket') } }),
    });
  });

  test('the plugin: the pinned object version, created after the checksum check', () => {
    t.hasResourceProperties('AWS::KafkaConnect::CustomPlugin', {
      Name: `archive-${digest}-s3-sink`, ContentType: 'ZIP',
      Location: { S3Location: { BucketArn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::artifacts-123456789012']] }, FileKey: PLUGIN.key, ObjectVersion: PLUGIN.objectVersion } },
    });
    t.hasResourceProperties('Custom::KafkaConnectPluginChecksum', { Bucket: PLUGIN.bucketName, Key: PLUGIN.key, VersionId: PLUGIN.objectVersion, Sha256: PLUGIN.sha256 });
    const [plugin] = Object.values(t.findResources('AWS::KafkaConnect::CustomPlugin'));
    expect(plugin!.DependsOn).toEqual([expect.stringMatching(/^ArchivePluginCheckChecksum/)]);
  });

  test('the security group: out to the brokers\' IAM port and HTTPS only; the brokers open 9098 to it', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'MSK Connect archive archive of cluster payments',
      SecurityGroupEgress: [{ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443, IpProtocol: 'tcp', Description: 'HTTPS: S3 through the gateway endpoint or NAT' }],
    });
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { FromPort: 9098, ToPort: 9098, GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ArchiveSecurityGroup'), 'GroupId'] } });
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 9098, ToPort: 9098, SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ArchiveSecurityGroup'), 'GroupId'] },
    });
  });

  test('the role: trusted by MSK Connect for this archive\'s connectors only; exact topics and groups', () => {
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [{
        Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'kafkaconnect.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':kafkaconnect:eu-west-1:123456789012:connector/archive-*']] } } },
      }] },
    });
    const [policy] = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^ArchiveRole') }] } }));
    const st = policy!.Properties.PolicyDocument.Statement as { Sid: string; Action: string[] }[];
    expect(st.map((s) => s.Sid)).toEqual(['KafkaCluster', 'ReadArchivedTopics', 'WriteDeadLetterTopic', 'InternalTopics', 'ConsumerGroups', 'ArchiveBucket', 'ArchiveObjects', 'DeadLetterBucket', 'DeadLetterObjects', 'BucketKeysThroughS3']);
    expect(st.flatMap((s) => s.Action)).not.toContain('s3:GetObject');
    expect(st.flatMap((s) => s.Action)).not.toContain('s3:DeleteObject');
  });

  test('buckets retained, versioned and encrypted; the log group encrypted with the archive key, one year', () => {
    t.resourceCountIs('AWS::S3::Bucket', 2);
    t.allResources('AWS::S3::Bucket', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }) });
    t.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Retain',
      Properties: { LogGroupName: '/kafka-iac/msk-connect/payments/archive', RetentionInDays: 365, KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ArchiveKey'), 'Arn'] } },
    });
    t.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowCloudWatchLogsForConnectorLogGroup', Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': Match.anyValue() } } })]) },
    });
  });

  test('the connectors run in the brokers\' three subnets', () => {
    const [connector] = Object.values(t.findResources('AWS::KafkaConnect::Connector'));
    expect(connector!.Properties.KafkaCluster.ApacheKafkaCluster.Vpc.Subnets).toHaveLength(3);
  });

  test('the worker configuration: byte-array converters, base64', () => {
    t.hasResourceProperties('AWS::KafkaConnect::WorkerConfiguration', {
      Name: `archive-${digest}`,
      PropertiesFileContent: { 'Fn::Base64': 'key.converter=org.apache.kafka.connect.converters.ByteArrayConverter\nvalue.converter=org.apache.kafka.connect.converters.ByteArrayConverter\n' },
    });
  });
});

describe('ConnectTopicArchive: refused clusters', () => {
  test('a Standard cluster with SCRAM only is refused with the way out', () => {
    const stack = new Stack(new App(), 'Scram', { env });
    const cluster = new MskCluster(stack, 'Cluster', { kind: 'standard', clusterName: 'payments', brokerNodes: 3, clientAuthentication: { scram: { users: ['api'] } } });
    const err = validationErrorOf(() => new ConnectTopicArchive(stack, 'Archive', { cluster, name: 'archive', topics: ['payments.v1'], plugin: PLUGIN }));
    expect(err.codes).toEqual(['archival/connect-needs-iam']);
  });

  test('an Express cluster is sent to TopicArchive', () => {
    const stack = new Stack(new App(), 'Express', { env });
    const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders' });
    const err = validationErrorOf(() => new ConnectTopicArchive(stack, 'Archive', { cluster, name: 'archive', topics: ['orders'], plugin: PLUGIN }));
    expect(err.codes).toEqual(['archival/connect-express']);
  });
});
