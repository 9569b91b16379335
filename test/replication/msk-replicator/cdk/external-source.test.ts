/**
 * `MskReplicator` (AWS CDK) from a `SelfManagedKafkaCluster` into an Express `MskCluster` in the same VPC: the
 * migration path self-managed -> MSK without MirrorMaker 2. Template assertions, cdk-nag AwsSolutions and cfn-lint.
 */
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks } from 'cdk-nag';
import { MskCluster } from '../../../../lib/msk/cdk';
import { MskReplicator, MskReplicatorClusters } from '../../../../lib/replication/msk-replicator/cdk';
import { SelfManagedKafkaCluster } from '../../../../lib/self-managed-ec2/cdk';
import { validationErrorOf } from '../../../support/conventions';
import { acknowledgements, assemblyDir, cfnLint, synthKeepingExitCode } from '../../../support/cdk-examples';

const CA_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/ca-certificate-AbCdEf';
const outdir = assemblyDir('kafka-iac-msk-replicator-external-');

function legacyCluster(stack: Stack, users: string[] = ['orders-admin', 'orders-replicator']): SelfManagedKafkaCluster {
  return new SelfManagedKafkaCluster(stack, 'Legacy', {
    clusterName: 'orders',
    kafkaVersion: '3.9.1',
    availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
    clientAuthentication: { scram: { users } },
    superUsers: ['User:orders-admin', 'User:orders-replicator'],
    distribution: { kind: 's3', bucket: 'artifacts-eu-west-1', key: 'kafka/kafka_2.13-3.9.1.tgz' },
  });
}

const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'migration') });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
const stack = new Stack(app, 'OrdersMigration', { env: { region: 'eu-west-1' } });
const legacy = legacyCluster(stack);
const target = new MskCluster(stack, 'Target', { kind: 'express', clusterName: 'orders-msk', vpc: legacy.vpc });
const replicator = new MskReplicator(stack, 'Migration', {
  replicatorName: 'orders-to-msk',
  source: MskReplicatorClusters.fromSelfManagedCluster(legacy, {
    auth: { scramUser: 'orders-replicator' },
    caCertificate: secretsmanager.Secret.fromSecretCompleteArn(stack, 'LegacyCa', CA_ARN),
  }),
  target,
  topics: { naming: 'IDENTICAL' },
});
const t = Template.fromStack(stack);
const logicalId = (c: { node: { defaultChild?: unknown } }) => stack.getLogicalId(c.node.defaultChild as never);
const clusterIdRef = { 'Fn::GetAtt': [stack.getLogicalId(legacy.provisioner.clusterId.node.defaultChild as never), 'ClusterId'] };
const scramSecretId = logicalId(legacy.scramSecrets['orders-replicator'] as never);
const replicatorSg = t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: 'MSK Replicator orders-to-msk (target side)' } });
const replicatorSgId = Object.keys(replicatorSg)[0]!;

test('the source entry is the Apache Kafka cluster: its id, SASL_SSL listener, SCRAM-SHA-512 secret and CA; no VpcConfig of its own', () => {
  t.hasResourceProperties('AWS::MSK::Replicator', {
    KafkaClusters: [
      {
        ApacheKafkaCluster: { ApacheKafkaClusterId: clusterIdRef, BootstrapBrokerString: legacy.bootstrapServersScram },
        ClientAuthentication: { SaslScram: { Mechanism: 'SHA512', SecretArn: { Ref: scramSecretId } } },
        EncryptionInTransit: { EncryptionType: 'TLS', RootCaCertificate: CA_ARN },
        VpcConfig: Match.absent(),
      },
      {
        AmazonMskCluster: { MskClusterArn: { 'Fn::GetAtt': [stack.getLogicalId(target.cfnCluster), 'Arn'] } },
        VpcConfig: { SubnetIds: Match.anyValue(), SecurityGroupIds: [{ 'Fn::GetAtt': [replicatorSgId, 'GroupId'] }] },
      },
    ],
    ReplicationInfoList: [Match.objectLike({
      SourceKafkaClusterId: clusterIdRef,
      SourceKafkaClusterArn: Match.absent(),
      TargetKafkaClusterArn: { 'Fn::GetAtt': [stack.getLogicalId(target.cfnCluster), 'Arn'] },
      TopicReplication: Match.objectLike({ TopicNameConfiguration: { Type: 'IDENTICAL' }, StartingPosition: { Type: 'EARLIEST' } }),
    })],
  });
  expect(legacy.bootstrapServersScram).toMatch(/:9096(,|$)/);
});

test('network: SASL_SSL port from the replicator to the brokers (both rules), 9098 to the target, HTTPS out for Secrets Manager and KMS', () => {
  const brokerSgId = logicalId(legacy.securityGroups.brokers as never);
  t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
    GroupId: { 'Fn::GetAtt': [replicatorSgId, 'GroupId'] }, IpProtocol: 'tcp', FromPort: 9096, ToPort: 9096, DestinationSecurityGroupId: { 'Fn::GetAtt': [brokerSgId, 'GroupId'] },
  });
  t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
    GroupId: { 'Fn::GetAtt': [brokerSgId, 'GroupId'] }, IpProtocol: 'tcp', FromPort: 9096, ToPort: 9096, SourceSecurityGroupId: { 'Fn::GetAtt': [replicatorSgId, 'GroupId'] },
  });
  t.hasResourceProperties('AWS::EC2::SecurityGroup', {
    GroupDescription: 'MSK Replicator orders-to-msk (target side)',
    SecurityGroupEgress: Match.arrayWith([Match.objectLike({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' })]),
  });
  t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { GroupId: { 'Fn::GetAtt': [replicatorSgId, 'GroupId'] }, FromPort: 9098, ToPort: 9098 });
});

test('the execution role names the target cluster only, reads the two secrets and decrypts with the cluster key', () => {
  const policy = Object.values(t.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'kafka.amazonaws.com' } })] }) } }))[0]!
    .Properties.Policies[0].PolicyDocument.Statement as { Sid: string; Action: string[]; Resource: unknown }[];
  expect(policy.map((s) => s.Sid)).toEqual(['TargetCluster', 'TargetInternalTopics', 'TargetDataTopics', 'TargetGroups', 'SourceSecrets', 'SourceSecretKeys']);
  expect(policy[4]!.Resource).toEqual([{ Ref: scramSecretId }, CA_ARN]);
  expect(policy[5]).toMatchObject({ Action: 'kms:Decrypt', Resource: { 'Fn::GetAtt': [logicalId(legacy.encryptionKey as never), 'Arn'] } });
});

test('a super user needs no ACLs: no warning; the replicator depends on the brokers\' security group', () => {
  expect(replicator.plan.warnings).toEqual([]);
  const deps = Object.values(t.findResources('AWS::MSK::Replicator'))[0]!.DependsOn as string[];
  expect(deps).toContain(logicalId(legacy.securityGroups.brokers as never));
});

test('cdk-nag AwsSolutions passes; the execution role acknowledgements are its kafka-cluster patterns only', () => {
  expect(() => synthKeepingExitCode(app)).not.toThrow();
  const acks = acknowledgements(app)['OrdersMigration/Migration/ExecutionRole'] ?? {};
  expect(Object.keys(acks).every((id) => id.startsWith('Annotation::AwsSolutions-IAM5[Resource::'))).toBe(true);
  expect(Object.values(acks).some((r) => r.includes('6-character suffix'))).toBe(false);
});

test('cfn-lint: no errors and no unaccepted warnings', () => {
  const findings = cfnLint([{ name: 'migration', app, stack }]);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  // W3005: aws-cdk-lib's custom-resource provider functions; W3010: the self-managed cluster names its AZs.
  expect(findings.filter((f) => !['W3005', 'W3010'].includes(f.rule))).toEqual([]);
});

describe('a cluster described by hand', () => {
  const build = (networkCidrs?: string[]) => {
    const a = new App({ builtinCloudFormationValidation: false });
    const s = new Stack(a, 'S', { env: { region: 'eu-west-1' } });
    const msk = new MskCluster(s, 'Target', { kind: 'express', clusterName: 'orders-msk' });
    new MskReplicator(s, 'Migration', {
      replicatorName: 'onprem-to-msk',
      source: MskReplicatorClusters.apacheKafka({
        clusterId: 'q1Sh-9_ETmKpOGm5Ylz3Tg', bootstrapBrokers: 'kafka-1.dc1.example:9093,kafka-2.dc1.example:9093',
        auth: { scram: secretsmanager.Secret.fromSecretNameV2(s, 'Creds', 'onprem/replicator'), mechanism: 'SHA256' },
        ...(networkCidrs ? { networkCidrs } : {}),
      }),
      target: msk,
    });
    return Template.fromStack(s);
  };
  test('egress to its ranges on the listener port, else to any IPv4 address', () => {
    build(['192.168.0.0/16']).hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupEgress: Match.arrayWith([Match.objectLike({ CidrIp: '192.168.0.0/16', FromPort: 9093, ToPort: 9093 })]),
    });
    build().hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupEgress: Match.arrayWith([Match.objectLike({ CidrIp: '0.0.0.0/0', FromPort: 9093, ToPort: 9093 })]),
    });
  });
  test('a secret imported by name is named in IAM with its suffix wildcard; no CA secret for a public CA', () => {
    const t2 = build();
    const statements = Object.values(t2.findResources('AWS::IAM::Role')).flatMap((r) => r.Properties.Policies?.[0]?.PolicyDocument.Statement ?? []) as { Sid?: string }[];
    expect(JSON.stringify(statements.find((st) => st.Sid === 'SourceSecrets'))).toContain(':secret:onprem/replicator-??????');
    t2.hasResourceProperties('AWS::MSK::Replicator', { KafkaClusters: Match.arrayWith([Match.objectLike({ EncryptionInTransit: { EncryptionType: 'TLS' } })]) });
  });
  test('the ACLs are a warning with an id', () => {
    const a = new App({ builtinCloudFormationValidation: false });
    const s = new Stack(a, 'S', { env: { region: 'eu-west-1' } });
    new MskReplicator(s, 'Migration', {
      replicatorName: 'onprem-to-msk', target: new MskCluster(s, 'Target', { kind: 'express', clusterName: 'orders-msk' }),
      source: MskReplicatorClusters.apacheKafka({
        clusterId: 'q1Sh-9_ETmKpOGm5Ylz3Tg', bootstrapBrokers: 'kafka-1.dc1.example:9093', auth: { scram: secretsmanager.Secret.fromSecretNameV2(s, 'Creds', 'x'), mechanism: 'SHA512' },
      }),
    });
    Annotations.fromStack(s).hasWarning('/S/Migration', Match.stringLikeRegexp('needs Read and Describe on every topic'));
  });
});

test('fromSelfManagedCluster refuses a user the cluster does not have', () => {
  const s = new Stack(new App({ builtinCloudFormationValidation: false }), 'S', { env: { region: 'eu-west-1' } });
  const cluster = legacyCluster(s, ['orders-admin']);
  const err = validationErrorOf(() => MskReplicatorClusters.fromSelfManagedCluster(cluster, {
    auth: { scramUser: 'orders-replicator' }, caCertificate: secretsmanager.Secret.fromSecretCompleteArn(s, 'Ca', CA_ARN),
  }));
  expect(err.codes).toEqual(['msk-replicator/unknown-scram-user']);
});
