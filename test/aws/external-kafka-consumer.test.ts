/**
 * `ExternalKafkaConsumer` (both faces): a Lambda consumer of a Kafka cluster this library did not build. The plan's
 * refusals with their exact messages, the CDK mapping, grants, security group and cdk-nag, and the Pulumi component
 * under the provider-shaped mocks.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_INTERFACE_ENDPOINTS, planExternalConsumer, type ExternalKafkaClusterSpec } from '../../lib/aws';
import { ExternalKafkaConsumer, KafkaVpc } from '../../lib/aws/cdk';
import * as pulumiFaces from '../../lib/aws/pulumi';
import { recordPulumi } from '../../lib/testing/pulumi';
import { validationErrorOf } from '../support/conventions';

const SCRAM_SECRET = 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:payments/billing-AbCdEf';
const CA_SECRET = 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:payments/ca-certificate-AbCdEf';
const KEY = 'arn:aws:kms:eu-west-1:111111111111:key/11111111-2222-3333-4444-555555555555';
const CLUSTER: ExternalKafkaClusterSpec = {
  clusterName: 'payments-onprem', bootstrapServers: 'b-1.kafka.internal:9096,b-2.kafka.internal:9096',
  auth: { scram: { secretArn: SCRAM_SECRET } }, rootCaSecretArn: CA_SECRET, secretsKeyArn: KEY, topics: ['payments'],
};
const NO_NETWORK = { kind: 'unknown' } as const;

describe('planExternalConsumer', () => {
  test('SCRAM with a private CA: the listener, its port, the source access entries and the secrets to read', () => {
    const p = planExternalConsumer(CLUSTER, { topics: ['payments'], group: 'billing' }, NO_NETWORK, [], 'S');
    expect(p.bootstrapServers).toEqual(['b-1.kafka.internal:9096', 'b-2.kafka.internal:9096']);
    expect(p.port).toBe(9096);
    expect(p.consumer.port).toBe(9096);
    expect(p.sourceAccess).toEqual([{ type: 'SASL_SCRAM_512_AUTH', uri: SCRAM_SECRET }, { type: 'SERVER_ROOT_CA_CERTIFICATE', uri: CA_SECRET }]);
    expect(p.secretArns).toEqual([SCRAM_SECRET, CA_SECRET]);
    expect(p.consumer.iam.mskCluster).toEqual([]);
  });

  test('SCRAM-SHA-256 and mTLS map to their Lambda types; a public CA adds no entry', () => {
    const sha256 = planExternalConsumer({ ...CLUSTER, auth: { scram: { secretArn: SCRAM_SECRET, mechanism: 'SCRAM-SHA-256' } }, rootCaSecretArn: undefined }, { topics: ['payments'], group: 'g' }, NO_NETWORK, [], 'S');
    expect(sha256.sourceAccess).toEqual([{ type: 'SASL_SCRAM_256_AUTH', uri: SCRAM_SECRET }]);
    const mtls = planExternalConsumer({ ...CLUSTER, auth: { mtls: { clientCertificateSecretArn: SCRAM_SECRET } } }, { topics: ['payments'], group: 'g' }, NO_NETWORK, [], 'S');
    expect(mtls.sourceAccess[0]).toEqual({ type: 'CLIENT_CERTIFICATE_TLS_AUTH', uri: SCRAM_SECRET });
    expect(mtls.consumer.auth).toEqual({ kind: 'mtls', clientCertificateSecretArn: SCRAM_SECRET });
  });

  test('every issue of the cluster and of the consumer at once, with the exact messages', () => {
    const e = validationErrorOf(() => planExternalConsumer({
      clusterName: 'payments onprem', bootstrapServers: 'b-1:9096,b-2', auth: { scram: { secretArn: 'payments/billing', mechanism: 'PLAIN' as 'SCRAM-SHA-512' } },
      rootCaSecretArn: 'ca', secretsKeyArn: 'alias/kafka', topics: ['payments'],
    }, { topics: ['other'], group: 'billing' }, NO_NETWORK, [], 'S'));
    expect(e.issues.map((i) => [i.code, i.message])).toEqual([
      ['consumer/external-cluster-name', '`cluster.clusterName` must be 1 to 63 letters, digits or `-`, starting with a letter or digit, got: "payments onprem". It names the consumer\'s resources, e.g. `payments-onprem`.'],
      ['consumer/external-bootstrap-servers', '`cluster.bootstrapServers` must be a comma-separated list of `host:port` (DNS names or IPv4 addresses, ports 1 to 65535), got: ["b-2"]. Pass the brokers of the listener matching `auth`, e.g. `b-1.kafka.internal:9096,b-2.kafka.internal:9096`.'],
      ['consumer/external-secret', '`cluster.auth.scram.secretArn` must be a Secrets Manager secret ARN, got: "payments/billing". Pass the ARN of the secret holding `{"username", "password"}` of the consumer\'s SCRAM user.'],
      ['consumer/external-scram-mechanism', '`cluster.auth.scram.mechanism` must be \'SCRAM-SHA-512\' or \'SCRAM-SHA-256\' (Lambda\'s SASL/SCRAM mechanisms), got: "PLAIN". Use the mechanism the listener enables.'],
      ['consumer/external-root-ca', '`cluster.rootCaSecretArn` must be a Secrets Manager secret ARN, got: "ca". Pass the ARN of a secret holding only `{"certificate": "<PEM of the CA>"}`; never the CA\'s key.'],
      ['consumer/external-secrets-key', '`cluster.secretsKeyArn` must be a KMS key ARN, got: "alias/kafka". Pass the ARN of the customer-managed key of the secrets, or omit it for the AWS managed key.'],
      ['consumer/topic-not-in-catalog', '`topics[0]` must name a topic of the cluster\'s catalog (payments), got: "other". Add the topic to the cluster\'s `topics` (or `addTopic`) first, or fix the name.'],
    ]);
  });

  test('no auth, two auths, two ports', () => {
    const none = validationErrorOf(() => planExternalConsumer({ ...CLUSTER, auth: {} as never }, { topics: ['payments'], group: 'g' }, NO_NETWORK, [], 'S'));
    expect(none.issues.map((i) => i.code)).toEqual(['consumer/external-auth', 'consumer/auth-none']);
    expect(none.issues[0]!.message).toBe('`cluster.auth` must be exactly one of `{ scram: { secretArn } }` or `{ mtls: { clientCertificateSecretArn } }`, got: {}. Lambda reads a Kafka cluster with SASL/SCRAM or a TLS client certificate; name the secret of one.');
    const ports = validationErrorOf(() => planExternalConsumer({ ...CLUSTER, bootstrapServers: 'a.example:9096,b.example:9094' }, { topics: ['payments'], group: 'g' }, NO_NETWORK, [], 'S'));
    expect(ports.issues.map((i) => [i.code, i.message])).toEqual([['consumer/external-bootstrap-ports', '`cluster.bootstrapServers` must name one listener: every broker on the same port, got: [9096,9094]. List the brokers of the one listener matching `auth`; the pollers\' security group opens that port only.']]);
  });
});

describe('CDK', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new Stack(app, 'Consumers', { env: { account: '111111111111', region: 'eu-west-1' } });
  const network = new KafkaVpc(stack, 'Network', { interfaceEndpoints: [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'] });
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
  Validations.of(fn).acknowledge({ id: 'AwsSolutions-L1', reason: 'Fixture function.' });
  Validations.of(fn.role!).acknowledge({ id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'Fixture function.' });
  const consumer = new ExternalKafkaConsumer(stack, 'Billing', { cluster: CLUSTER, function: fn, vpc: network.vpc, brokerCidrs: ['10.50.0.0/16'], topics: ['payments'], group: 'billing' });
  app.synth();
  const t = Template.fromStack(stack);

  test('the mapping: the listener, the group, the secrets, the subnets and the pollers\' group', () => {
    expect(consumer.mapping.node.path).toBe('Consumers/Billing/Resource');
    const props = Object.values(t.findResources('AWS::Lambda::EventSourceMapping'))[0]!.Properties;
    expect(props.SelfManagedEventSource).toEqual({ Endpoints: { KafkaBootstrapServers: ['b-1.kafka.internal:9096', 'b-2.kafka.internal:9096'] } });
    expect(props.SelfManagedKafkaEventSourceConfig).toEqual({ ConsumerGroupId: 'billing' });
    expect(props.SourceAccessConfigurations.map((a: { Type: string }) => a.Type)).toEqual(['SASL_SCRAM_512_AUTH', 'SERVER_ROOT_CA_CERTIFICATE', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SECURITY_GROUP']);
  });

  test('the role reads exactly the two secrets and decrypts with their key', () => {
    const statements = Object.values(t.findResources('AWS::IAM::Policy')).flatMap((p) => p.Properties.PolicyDocument.Statement) as { Action: string | string[]; Resource: unknown }[];
    expect(statements.find((s) => JSON.stringify(s.Action).includes('GetSecretValue'))!.Resource).toEqual([SCRAM_SECRET, CA_SECRET]);
    expect(statements.find((s) => s.Action === 'kms:Decrypt')!.Resource).toBe(KEY);
  });

  test('egress: the listener port to the brokers\' range, HTTPS to the endpoints; nothing else', () => {
    const sg = Object.entries(t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: Match.stringLikeRegexp('^Lambda pollers') } }));
    expect(sg).toHaveLength(1);
    const inline = sg[0]![1].Properties.SecurityGroupEgress as { CidrIp?: string; FromPort: number }[];
    expect(inline).toEqual([expect.objectContaining({ CidrIp: '10.50.0.0/16', FromPort: 9096, ToPort: 9096 })]);
    const separate = Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).filter((r) => JSON.stringify(r.Properties.GroupId).includes(sg[0]![0]));
    expect(separate.map((r) => r.Properties.FromPort)).toEqual([443]);
  });

  test('cdk-nag: no finding on the consumer', () => {
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
  });
});

test('Pulumi: the component, its policy, its rules, under the mocks', async () => {
  const r = await recordPulumi(() => {
    const network = new pulumiFaces.KafkaVpc('net', { interfaceEndpoints: [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'] });
    const c = new pulumiFaces.ExternalKafkaConsumer('billing', {
      cluster: CLUSTER, functionArn: 'arn:aws:lambda:eu-west-1:111111111111:function:billing', role: 'billing-role',
      vpcId: network.vpcId, subnetIds: network.brokerSubnetIds, kafkaVpc: { vpc: network, natRoute: false }, topics: ['payments'], group: 'billing',
    });
    return { sg: c.securityGroupId };
  });
  const byName = (n: string) => r.resources.find((x) => x.name === n)!;
  const m = byName('billing').inputs as Record<string, any>;
  expect(m.selfManagedEventSource).toEqual({ endpoints: { KAFKA_BOOTSTRAP_SERVERS: 'b-1.kafka.internal:9096,b-2.kafka.internal:9096' } });
  expect(m.sourceAccessConfigurations.map((a: { type: string }) => a.type)).toEqual(['SASL_SCRAM_512_AUTH', 'SERVER_ROOT_CA_CERTIFICATE', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SECURITY_GROUP']);
  const policy = JSON.parse(String(byName('billing-policy').inputs.policy)) as { Statement: { Action: string[]; Resource: unknown }[] };
  expect(policy.Statement.slice(1)).toEqual([
    { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: [SCRAM_SECRET, CA_SECRET] },
    { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: KEY },
  ]);
  expect(r.resources.filter((x) => x.name.startsWith('billing-sg-')).map((x) => x.name).sort()).toEqual(['billing-sg-out-443-endpoints', 'billing-sg-out-9096-0']);
  expect(r.resources.find((x) => x.type === 'kafka-iac:aws:ExternalKafkaConsumer')).toBeDefined();
});
