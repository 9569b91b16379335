import { MskCluster } from '../../../lib/msk/pulumi';
import { ConnectTopicArchive } from '../../../lib/pipelines/pulumi';
import { recordPulumi, type RecordedResource } from '../../../lib/testing/pulumi';
import { program } from '../../../examples/pulumi/archival-standard-connect/program';
import { recordRegistrations, type RegistrationRecording } from '../../support/pulumi-registrations';
import { validationErrorOf } from '../../support/conventions';

const byType = (rs: RecordedResource[], type: string) => rs.filter((r) => r.type === type);

describe('examples/pulumi/archival-standard-connect (ConnectTopicArchive)', () => {
  let resources: RecordedResource[];
  let archive: RecordedResource[];
  let recording: RegistrationRecording<unknown>;
  beforeAll(async () => {
    recording = await recordRegistrations(program, { project: 'proj', stack: 'dev' });
    ({ resources } = recording);
    archive = resources.filter((r) => r.name.startsWith('payments-archive'));
  });

  test('exact children with stable names', () => {
    const buckets = ['', '-encryption', '-lifecycle', '-ownership', '-policy', '-public-access', '-versioning'].flatMap((s) => [`payments-archive-bucket${s}`, `payments-archive-dead-letter-bucket${s}`]);
    expect(archive.map((r) => r.name).sort()).toEqual([
      'payments-archive', 'payments-archive-key', 'payments-archive-logs', 'payments-archive-role', 'payments-archive-role-policy',
      'payments-archive-sg', 'payments-archive-sg-out-9098-0', 'payments-archive-brokers-0-in-9098', 'payments-archive-sg-out-443',
      'payments-archive-plugin-check', 'payments-archive-plugin-check-logs', 'payments-archive-plugin-check-role', 'payments-archive-plugin-check-policy', 'payments-archive-plugin-check-invocation',
      'payments-archive-plugin', 'payments-archive-worker-configuration', 'payments-archive-connector-archive', 'payments-archive-connector-dead-letters',
      ...buckets,
    ].sort());
  });

  test('the archive connector: IAM over TLS in the brokers\' subnets, autoscaled, bytes to the archive bucket, dead letters to a topic', () => {
    const connector = archive.find((r) => r.name === 'payments-archive-connector-archive')!;
    expect(connector.inputs).toMatchObject({
      kafkaClusterClientAuthentication: { authenticationType: 'IAM' },
      kafkaClusterEncryptionInTransit: { encryptionType: 'TLS' },
      kafkaconnectVersion: '3.7.x',
      capacity: { autoscaling: { mcuCount: 1, minWorkerCount: 1, maxWorkerCount: 4, scaleInPolicy: { cpuUtilizationPercentage: 20 }, scaleOutPolicy: { cpuUtilizationPercentage: 80 } } },
      connectorConfiguration: {
        'connector.class': 'io.confluent.connect.s3.S3SinkConnector', topics: 'payments.v1,payments.refunds', 'topics.dir': 'topics', 's3.region': 'us-east-1',
        's3.bucket.name': expect.stringMatching(/^payments-archive-bucket/), 'errors.tolerance': 'all', 'errors.deadletterqueue.topic.name': 'payments-archive.dead-letters',
      },
      logDelivery: { workerLogDelivery: { cloudwatchLogs: { enabled: true, logGroup: '/kafka-iac/msk-connect/payments-archived/payments-archive' } } },
    });
    expect(String(connector.inputs.name)).toMatch(/^payments-archive-[0-9a-f]{8}$/);
    const subnets = (connector.inputs.kafkaCluster as { apacheKafkaCluster: { vpc: { subnets: string[] } } }).apacheKafkaCluster.vpc.subnets;
    expect(subnets).toHaveLength(3);
  });

  test('the plugin: the pinned version; the checksum invocation gets the pin', () => {
    const plugin = archive.find((r) => r.name === 'payments-archive-plugin')!;
    expect(plugin.inputs).toMatchObject({ contentType: 'ZIP', location: { s3: { bucketArn: 'arn:aws:s3:::artifacts-123456789012', objectVersion: 'Lx7mz1p0cP4vUj6q1Vb6k8s3Yf0w9KdE' } } });
    const invocation = archive.find((r) => r.name === 'payments-archive-plugin-check-invocation')!;
    expect(JSON.parse(String(invocation.inputs.input))).toEqual({
      Bucket: 'artifacts-123456789012', Key: 'msk-connect/confluentinc-kafka-connect-s3-10.5.23.zip', VersionId: 'Lx7mz1p0cP4vUj6q1Vb6k8s3Yf0w9KdE',
      Sha256: '6d3f0b5c8e2a4f19b7c1e0d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9',
    });
  });

  test('the role: MSK Connect for this archive\'s connectors; no object reads or deletes', () => {
    const role = archive.find((r) => r.name === 'payments-archive-role')!;
    expect(JSON.parse(String(role.inputs.assumeRolePolicy)).Statement[0]).toMatchObject({
      Principal: { Service: 'kafkaconnect.amazonaws.com' }, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:kafkaconnect:us-east-1:123456789012:connector/payments-archive-*' } },
    });
    const policy = JSON.parse(String(archive.find((r) => r.name === 'payments-archive-role-policy')!.inputs.policy));
    const actions = (policy.Statement as { Action: string[] }[]).flatMap((s) => s.Action);
    expect(actions.filter((a) => /GetObject|Delete/.test(a))).toEqual([]);
  });

  test('data-holding resources are protected and retained: key, buckets, log group', () => {
    for (const n of ['payments-archive-key', 'payments-archive-bucket', 'payments-archive-dead-letter-bucket', 'payments-archive-logs']) {
      expect([n, recording.registrations.find((r) => r.name === n)]).toEqual([n, expect.objectContaining({ protect: true, retainOnDelete: true })]);
    }
  });

  test('egress to the brokers\' IAM port and HTTPS only', () => {
    const egress = byType(archive, 'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule').map((r) => [r.inputs.fromPort, r.inputs.toPort]);
    expect(egress.sort()).toEqual([[443, 443], [9098, 9098]]);
  });
});

describe('ConnectTopicArchive (Pulumi): refused clusters', () => {
  test('SCRAM only: archival/connect-needs-iam', async () => {
    const err = await recordPulumi(() => {
      const cluster = new MskCluster('p', { kind: 'standard', clusterName: 'payments', brokerNodes: 3, clientAuthentication: { scram: { users: ['api'] } } });
      try {
        new ConnectTopicArchive('a', { cluster, name: 'archive', topics: ['payments.v1'], plugin: { bucketName: 'artifacts-1', key: 'p.zip', objectVersion: 'v1', sha256: 'b'.repeat(64) } });
      } catch (e) {
        return validationErrorOf(() => { throw e; }).codes;
      }
      return [];
    }, { project: 'proj', stack: 'dev' });
    expect(err.outputs).toEqual(['archival/connect-needs-iam']);
  });
});

describe('ConnectTopicArchive (Pulumi): a cluster by its attributes, with existing buckets', () => {
  let archive: RecordedResource[];
  beforeAll(async () => {
    ({ resources: archive } = await recordPulumi(() => {
      new ConnectTopicArchive('ext', {
        cluster: {
          kind: 'msk-standard', clusterArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/ledger/0b2a-1', clusterName: 'ledger', iamAuth: true, brokerNodes: 2,
          vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-brokers', 'sg-extra'], bootstrapBrokersSaslIam: 'b-1.ledger:9098,b-2.ledger:9098',
        },
        name: 'ledger-archive', topics: ['ledger.entries'],
        plugin: { bucketName: 'artifacts-123456789012', key: 'p.zip', objectVersion: 'v1', sha256: 'c'.repeat(64) },
        bucket: { bucketName: 'ledger-archive-123456789012', keyArn: 'arn:aws:kms:us-east-1:123456789012:key/existing' },
        deadLetterBucket: { bucketName: 'ledger-dead-letters-123456789012' },
      });
    }, { project: 'proj', stack: 'dev' }));
  });

  test('no bucket is created; the connectors write the given buckets in the given subnets', () => {
    expect(byType(archive, 'aws:s3/bucket:Bucket')).toEqual([]);
    const connector = archive.find((r) => r.name === 'ext-connector-archive')!;
    expect(connector.inputs).toMatchObject({
      connectorConfiguration: { 's3.bucket.name': 'ledger-archive-123456789012', 'errors.deadletterqueue.topic.replication.factor': '2' },
      kafkaCluster: { apacheKafkaCluster: { bootstrapServers: 'b-1.ledger:9098,b-2.ledger:9098', vpc: { subnets: ['subnet-a', 'subnet-b'] } } },
    });
    const policy = JSON.parse(String(archive.find((r) => r.name === 'ext-role-policy')!.inputs.policy));
    expect(policy.Statement.find((s: { Sid: string }) => s.Sid === 'BucketKeysThroughS3').Resource).toEqual(['arn:aws:kms:us-east-1:123456789012:key/existing']);
  });

  test('each broker security group opens 9098 to the connectors, and only that', () => {
    const ingress = byType(archive, 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').map((r) => [r.inputs.securityGroupId, r.inputs.fromPort, r.inputs.toPort]);
    expect(ingress).toEqual([['sg-brokers', 9098, 9098], ['sg-extra', 9098, 9098]]);
  });
});
