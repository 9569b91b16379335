/**
 * The Kafka admin function on Pulumi under the provider-shaped mocks (default region us-east-1): exact children, the bundle as the code, the
 * security group rules (brokers' port only), the least-privilege policy and the invocation carrying the catalog.
 */
import type { KafkaCatalogPlan } from '../../../lib/core/catalog/types';
import { KafkaValidationError } from '../../../lib/core/issues';
import { KafkaAdminFunction, type KafkaAdminFunctionArgs } from '../../../lib/aws/pulumi/kafka-admin-function';
import { childList, named, recordRegistrations, type RegistrationRecording } from '../../support/pulumi-registrations';

const CLUSTER_ARN = 'arn:aws:kafka:eu-west-1:123456789012:cluster/orders/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab-s1';
const topics: KafkaCatalogPlan['topics'] = [{ name: 'orders', partitions: 6, replicationFactor: 3, configs: {}, deleteOnRemoval: true }];
const common = { clusterName: 'orders', vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b'], brokerSecurityGroupIds: ['sg-brokers'] };
const IAM: KafkaAdminFunctionArgs = {
  ...common, catalog: { topics, acls: [], quotas: [], grants: [] }, auth: 'iam', brokerPort: 9098, bootstrapBrokers: 'boot.orders:9098', clusterArn: CLUSTER_ARN,
};
const SCRAM: KafkaAdminFunctionArgs = {
  ...common, auth: 'scram', brokerPort: 9096, bootstrapBrokers: 'kafka-0.orders.internal:9096', caCertificateParameterName: '/kafka-iac/orders/ca',
  adminSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/admin-AbCdEf', adminSecretKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/k1',
  catalog: {
    topics, grants: [],
    acls: [{ principal: 'User:orders-app', resourceType: 'GROUP', resourceName: 'orders-', patternType: 'PREFIXED', operation: 'READ' }],
    quotas: [{ user: 'orders-app', consumer_byte_rate: 2048 }],
  },
};

describe.each([['iam', IAM], ['scram', SCRAM]] as const)('%s', (mode, args) => {
  let r: RegistrationRecording<void>;
  beforeAll(async () => {
    r = await recordRegistrations(() => void new KafkaAdminFunction('orders-admin', args), { project: 'proj', stack: 'dev' });
  });
  const inputs = (name: string) => named(r.resources, 'resource', name).inputs;

  test('exact child list', () => {
    expect(childList(r.resources)).toEqual([
      'aws:cloudwatch/logGroup:LogGroup orders-admin-kafka-admin-logs',
      'aws:ec2/securityGroup:SecurityGroup orders-admin-sg',
      'aws:iam/role:Role orders-admin-kafka-admin-role',
      'aws:iam/rolePolicy:RolePolicy orders-admin-kafka-admin-policy',
      'aws:lambda/function:Function orders-admin-kafka-admin',
      'aws:lambda/invocation:Invocation orders-admin-catalog',
      ...(mode === 'scram' ? ['aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule orders-admin-sg-out-443'] : []),
      `aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule orders-admin-sg-out-${args.brokerPort}-0`,
      `aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule orders-admin-brokers-0-in-${args.brokerPort}`,
      'kafka-iac:aws:KafkaAdminFunction orders-admin',
    ]);
  });

  test('the bundle, in the given subnets with its own security group', () => {
    const fn = inputs('orders-admin-kafka-admin');
    expect(fn).toMatchObject({ runtime: 'nodejs24.x', handler: 'index.handler', timeout: 900, memorySize: 512, vpcConfig: { subnetIds: ['subnet-a', 'subnet-b'] } });
    expect(JSON.stringify(fn.code)).toMatch(/functions[\\/]+kafka-admin/);
  });

  test('rules: out to the brokers and in on the brokers, on the listener port only', () => {
    expect(inputs(`orders-admin-sg-out-${args.brokerPort}-0`)).toMatchObject({ ipProtocol: 'tcp', fromPort: args.brokerPort, toPort: args.brokerPort, referencedSecurityGroupId: 'sg-brokers' });
    expect(inputs(`orders-admin-brokers-0-in-${args.brokerPort}`)).toMatchObject({ securityGroupId: 'sg-brokers', fromPort: args.brokerPort, toPort: args.brokerPort });
    expect(inputs('orders-admin-sg')).not.toHaveProperty('egress');
  });

  test('least privilege', () => {
    const policy = JSON.parse(inputs('orders-admin-kafka-admin-policy').policy as string) as { Statement: { Sid: string; Resource: unknown; Action: string[] }[] };
    const sids = policy.Statement.map((s) => s.Sid);
    if (mode === 'iam') {
      expect(sids).toEqual(['Logs', 'VpcAccess', 'Cluster', 'CatalogTopics', 'RemovedTopics']);
      expect(policy.Statement[3]!.Resource).toEqual(['arn:aws:kafka:eu-west-1:123456789012:topic/orders/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab-s1/orders']);
    } else {
      expect(sids).toEqual(['Logs', 'VpcAccess', 'AdminSecret', 'AdminSecretKey', 'ClusterCa']);
      expect(policy.Statement[2]!.Resource).toBe(SCRAM.adminSecretArn);
      expect(policy.Statement[4]!.Resource).toBe('arn:aws:ssm:us-east-1:123456789012:parameter/kafka-iac/orders/ca');
    }
  });

  test('the invocation runs on create, update and delete with the catalog, and no secret value', () => {
    const inv = inputs('orders-admin-catalog');
    expect(inv.lifecycleScope).toBe('CRUD');
    const input = JSON.parse(inv.input as string) as Record<string, string>;
    expect(JSON.parse(input.Catalog!)).toEqual(args.catalog);
    expect(JSON.parse(input.Connection!)).toMatchObject({ auth: mode, region: 'us-east-1', bootstrapBrokers: args.bootstrapBrokers });
  });
});

test('refuses Kafka ACLs on an IAM cluster and SCRAM without the admin secret', async () => {
  const codes = (a: KafkaAdminFunctionArgs) => {
    try { new KafkaAdminFunction('x', a); } catch (e) { return (e as KafkaValidationError).issues.map((i) => i.code); }
    return [];
  };
  await recordRegistrations(() => {
    expect(codes({ ...IAM, catalog: SCRAM.catalog })).toEqual(['kafka-admin/acls-need-kafka-auth']);
    expect(codes({ ...SCRAM, adminSecretArn: undefined })).toEqual(['kafka-admin/secret-required']);
  }, { project: 'proj', stack: 'dev' });
});
