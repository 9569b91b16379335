/**
 * `addConsumer` on the self-managed CDK construct: a SELF_MANAGED_KAFKA event source mapping over the brokers'
 * SCRAM or mTLS listener, the CA as a certificate-only secret the provisioner fills, pollers in the nodes' subnets
 * with their own security group admitted on one port, exact grants, the ACL warning, refusals; cdk-nag clean.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_INTERFACE_ENDPOINTS } from '../../../lib/aws';
import { KafkaVpc } from '../../../lib/aws/cdk/kafka-vpc';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/cdk';
import { validationErrorOf } from '../../support/conventions';
import { AZS3, spec } from '../fixtures';
import { secretFindings } from './support';

const S3_ARTIFACT = { kind: 's3', bucket: 'artifacts', key: 'kafka.tgz' } as const;
const ENDPOINTS = [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'];

function fixture(o: { endpoints?: string[]; mtls?: boolean; superUsers?: string[]; nag?: boolean } = {}) {
  const app = new App({ builtinCloudFormationValidation: false });
  if (o.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new Stack(app, 'Kafka', { env: { account: '111111111111', region: 'eu-west-1' } });
  const network = new KafkaVpc(stack, 'Network', { availabilityZones: [...AZS3], interfaceEndpoints: o.endpoints ?? ENDPOINTS });
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', {
    ...spec({ clientAuthentication: { scram: { users: ['orders-app', 'audit'] }, ...(o.mtls ? { mtls: {} } : {}) }, superUsers: o.superUsers }),
    availabilityZones: [...AZS3], distribution: S3_ARTIFACT, monitoring: undefined, vpc: network.vpc, vpcSubnets: network.brokerSubnets,
  });
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
  // The user's own function: its runtime and managed logging policy are the fixture's, not the library's.
  Validations.of(fn).acknowledge({ id: 'AwsSolutions-L1', reason: 'Fixture function.' });
  Validations.of(fn.role!).acknowledge({ id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'Fixture function.' });
  return { app, stack, network, cluster, fn };
}
type Statement = { Action: string | string[]; Resource: unknown };
const actions = (a: string | string[]) => (Array.isArray(a) ? a : [a]);
function fnStatements(t: Template): Statement[] {
  const policies = t.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp('^FnServiceRole') }] } });
  return Object.values(policies).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
}

describe('SCRAM consumer (the named user)', () => {
  const { stack, cluster, fn } = fixture();
  const mapping = cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: { scramUser: 'orders-app' } });
  const t = Template.fromStack(stack);
  const scramPort = cluster.plan.listeners.find((l) => l.name === 'CLIENT_SCRAM')!.port;
  const mappingProps = Object.values(t.findResources('AWS::Lambda::EventSourceMapping'))[0]!.Properties;

  test('one self-managed mapping over the SCRAM listener of every broker, with the group and the topic', () => {
    expect(mapping.node.path).toBe('Kafka/Cluster/Consumer-billing/Resource');
    expect(mappingProps.EventSourceArn).toBeUndefined();
    expect(mappingProps.Topics).toEqual(['orders']);
    expect(mappingProps.StartingPosition).toBe('TRIM_HORIZON');
    expect(mappingProps.SelfManagedKafkaEventSourceConfig).toEqual({ ConsumerGroupId: 'billing' });
    const brokers = cluster.plan.nodes.filter((n) => n.listeners.includes('CLIENT_SCRAM')).map((n) => `${n.dnsName}:${scramPort}`);
    expect(brokers).toHaveLength(3);
    expect(mappingProps.SelfManagedEventSource).toEqual({ Endpoints: { KafkaBootstrapServers: brokers } });
  });

  test('source access: the SCRAM secret, the certificate-only CA secret, the three node subnets, the pollers\' group', () => {
    const access = mappingProps.SourceAccessConfigurations as { Type: string; URI: unknown }[];
    expect(access.map((a) => a.Type)).toEqual(['SASL_SCRAM_512_AUTH', 'SERVER_ROOT_CA_CERTIFICATE', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SECURITY_GROUP']);
    expect(access[0]!.URI).toEqual({ Ref: stack.getLogicalId(cluster.scramSecrets['orders-app']!.node.defaultChild as never) });
    expect(JSON.stringify(access[1]!.URI)).toContain('ClusterConsumerCaCertificateSecret');
    expect(JSON.stringify(access[2]!.URI)).toContain('subnet:');
    expect(JSON.stringify(access[5]!.URI)).toContain('security_group:');
  });

  test('the CA secret holds only what the provisioner copies: its custom resource runs after the TLS material and with its own policy', () => {
    const [caSecret] = Object.values(t.findResources('AWS::SecretsManager::Secret', { Properties: { Description: Match.stringLikeRegexp('^Certificate \\(no key\\)') } }));
    expect(caSecret!.Properties.Name).toBeUndefined();
    expect(caSecret!.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ClusterKey/), 'Arn'] });
    expect(caSecret!.DeletionPolicy).toBe('Retain');
    const copies = t.findResources('Custom::KafkaCaCertificateSecret');
    expect(Object.keys(copies)).toHaveLength(1);
    const copy = Object.values(copies)[0]!;
    expect(copy.Properties.Action).toBe('ca-certificate-secret');
    expect(copy.Properties.CaFingerprint).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ClusterProvisionerTls/), 'CaFingerprint'] });
    expect(copy.DependsOn).toEqual([expect.stringMatching(/^ClusterConsumerCaCertificateProvisionerPolicy/)]);
    const policy = Object.values(t.findResources('AWS::IAM::Policy')).find((p) => JSON.stringify(p).includes('ClusterConsumerCaCertificateSecret') && JSON.stringify(p).includes('ProvisionerRole'))!;
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], Resource: { Ref: expect.stringMatching(/^ClusterConsumerCaCertificateSecret/) } },
    ]);
    expect(secretFindings(t.toJSON())).toEqual([]);
  });

  test('the function reads exactly the SCRAM secret and the CA secret; no MSK or kafka-cluster action', () => {
    const s = fnStatements(t);
    const reads = s.filter((x) => actions(x.Action).includes('secretsmanager:GetSecretValue')).map((x) => JSON.stringify(x.Resource));
    expect(reads).toHaveLength(2);
    expect(reads.some((r) => r.includes('ClusterScramUserordersapp'))).toBe(true);
    expect(reads.some((r) => r.includes('ClusterConsumerCaCertificateSecret'))).toBe(true);
    expect(s.flatMap((x) => actions(x.Action)).filter((a) => a.startsWith('kafka'))).toEqual([]);
    expect(s.find((x) => actions(x.Action).includes('ec2:CreateNetworkInterface'))!.Resource).toBe('*');
  });

  test('the pollers\' group: out to the brokers on the SCRAM port and to the endpoints on 443; the brokers admit it on that port only', () => {
    const groups = t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: Match.stringLikeRegexp('^Lambda pollers of consumer group billing') } });
    const [sgId] = Object.keys(groups);
    expect(sgId).toBeDefined();
    const egress = Object.values(t.findResources('AWS::EC2::SecurityGroupEgress')).filter((r) => JSON.stringify(r.Properties.GroupId).includes(sgId!));
    expect(egress.map((r) => r.Properties.FromPort).sort()).toEqual([443, scramPort].sort());
    const ingress = Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).filter((r) => JSON.stringify(r.Properties.SourceSecurityGroupId ?? '').includes(sgId!));
    const toBrokers = ingress.filter((r) => JSON.stringify(r.Properties.GroupId).includes('ClusterBrokerSecurityGroup'));
    expect(toBrokers.map((r) => [r.Properties.FromPort, r.Properties.ToPort])).toEqual([[scramPort, scramPort]]);
    // The only other rule admitting the pollers: HTTPS on the KafkaVpc's endpoints.
    expect(ingress.filter((r) => !toBrokers.includes(r)).map((r) => [r.Properties.FromPort, JSON.stringify(r.Properties.GroupId).includes('NetworkEndpoint')])).toEqual([[443, true]]);
  });

  test('the mapping waits for the role, the pollers\' group and the CA copy', () => {
    const deps = Object.values(t.findResources('AWS::Lambda::EventSourceMapping'))[0]!.DependsOn as string[];
    expect(deps.some((d) => d.startsWith('FnServiceRole'))).toBe(true);
    expect(deps.some((d) => d.startsWith('ClusterConsumerbillingSecurityGroup'))).toBe(true);
    expect(deps).toContain(Object.keys(t.findResources('Custom::KafkaCaCertificateSecret'))[0]);
  });

  test('warns that the user needs Read ACLs (the cluster enforces ACLs), naming the intent and the command', () => {
    const w = Annotations.fromStack(stack).findWarning('/Kafka/Cluster/Consumer-billing', Match.stringLikeRegexp('consumer/acls-needed'));
    expect(w).toHaveLength(1);
    expect(JSON.stringify(w[0]!.entry.data)).toContain("principal: { kind: 'scram', username: 'orders-app' }, consume: ['orders'], groups: ['billing']");
    expect(JSON.stringify(w[0]!.entry.data)).toContain('kafka-acls.sh --add --allow-principal User:orders-app --operation Read --topic orders --group billing');
  });
});

test('two consumers share one CA secret and one copy; a super user gets no ACL warning', () => {
  const { stack, cluster, fn } = fixture({ superUsers: ['User:audit'] });
  cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: { scramUser: 'audit' } });
  cluster.addConsumer(fn, { topics: ['payments'], group: 'ledger', auth: { scramUser: 'audit' } });
  const t = Template.fromStack(stack);
  t.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
  t.resourceCountIs('Custom::KafkaCaCertificateSecret', 1);
  expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('consumer/acls-needed'))).toHaveLength(0);
});

test('mTLS: the client certificate secret and the mTLS port', () => {
  const { stack, cluster, fn } = fixture({ mtls: true });
  const arn = 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:billing-client-AbCdEf';
  cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: { mtls: { clientCertificateSecretArn: arn } } });
  const t = Template.fromStack(stack);
  const props = Object.values(t.findResources('AWS::Lambda::EventSourceMapping'))[0]!.Properties;
  expect(props.SourceAccessConfigurations[0]).toEqual({ Type: 'CLIENT_CERTIFICATE_TLS_AUTH', URI: arn });
  const mtlsPort = cluster.plan.listeners.find((l) => l.name === 'CLIENT_MTLS')!.port;
  expect(props.SelfManagedEventSource.Endpoints.KafkaBootstrapServers.every((s: string) => s.endsWith(`:${mtlsPort}`))).toBe(true);
});

describe('refusals, all at once', () => {
  test('IAM is not an auth of a self-managed cluster; two SCRAM users need a name', () => {
    const { cluster, fn } = fixture();
    const e = validationErrorOf(() => cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: 'iam' }));
    expect(e.issues.map((i) => i.code)).toEqual(['consumer/auth-unavailable']);
    expect(e.issues[0]!.message).toBe("`auth` must name an auth mode the cluster offers (scram), got: \"iam\". Self-managed clusters use SASL/SCRAM or mTLS.");
    const e2 = validationErrorOf(() => cluster.addConsumer(fn, { topics: ['orders'], group: 'billing' }));
    expect(e2.issues.map((i) => i.code)).toEqual(['consumer/auth-needs-user']);
  });

  test('on-demand pollers without a Lambda endpoint in an isolated KafkaVpc: the endpoints to add', () => {
    const { cluster, fn } = fixture({ endpoints: [...DEFAULT_INTERFACE_ENDPOINTS] });
    const e = validationErrorOf(() => cluster.addConsumer(fn, { topics: ['orders', 'b'], group: 'billing', auth: { scramUser: 'audit' } }));
    expect(e.issues.map((i) => i.code)).toEqual(['consumer/topics-count', 'consumer/network-path']);
    expect(e.issues[1]!.message).toContain("Add 'lambda' to the `interfaceEndpoints`");
  });

  test('provisioned pollers need no endpoint', () => {
    const { stack, cluster, fn } = fixture({ endpoints: [...DEFAULT_INTERFACE_ENDPOINTS] });
    cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: { scramUser: 'audit' }, pollers: { minimum: 1, maximum: 2 } });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::EventSourceMapping', { ProvisionedPollerConfig: { MinimumPollers: 1, MaximumPollers: 2 } });
  });
});

test('cdk-nag AwsSolutions: no unacknowledged finding on the consumer\'s resources', () => {
  const { app, stack, cluster, fn } = fixture({ nag: true });
  cluster.addConsumer(fn, { topics: ['orders'], group: 'billing', auth: { scramUser: 'audit' } });
  app.synth();
  const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-')).filter((m) => /Consumer|Provisioner/.test(m.id));
  expect(errors.map((m) => `${m.id}: ${String(m.entry.data).slice(0, 80)}`)).toEqual([]);
});

describe('with the cluster catalog', () => {
  function withCatalog() {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Kafka', { env: { account: '111111111111', region: 'eu-west-1' } });
    const network = new KafkaVpc(stack, 'Network', { availabilityZones: [...AZS3], interfaceEndpoints: ENDPOINTS });
    const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', {
      ...spec({ superUsers: ['User:audit'] }), availabilityZones: [...AZS3], distribution: S3_ARTIFACT, monitoring: undefined, vpc: network.vpc, vpcSubnets: network.brokerSubnets,
      catalogAdmin: { scramUser: 'audit' },
      topics: [{ name: 'orders', partitions: 6, replicationFactor: 3 }],
      access: [{ name: 'billing', principal: { kind: 'scram', username: 'orders-app' }, consume: ['orders'], groups: ['billing*'] }],
    });
    const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
    return { stack, cluster, fn };
  }

  test('an intent granting the user Read on the topic and the group: no ACL warning', () => {
    const { stack, cluster, fn } = withCatalog();
    cluster.addConsumer(fn, { topics: ['orders'], group: 'billing.eu', auth: { scramUser: 'orders-app' } });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('consumer/acls-needed'))).toHaveLength(0);
  });

  test('a topic outside the catalog is refused; a group outside the intent warns', () => {
    const { stack, cluster, fn } = withCatalog();
    const e = validationErrorOf(() => cluster.addConsumer(fn, { topics: ['payments'], group: 'billing', auth: { scramUser: 'orders-app' } }));
    expect(e.issues.map((i) => i.code)).toEqual(['consumer/topic-not-in-catalog']);
    cluster.addConsumer(fn, { topics: ['orders'], group: 'ledger', auth: { scramUser: 'orders-app' } });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('consumer/acls-needed'))).toHaveLength(1);
  });
});
