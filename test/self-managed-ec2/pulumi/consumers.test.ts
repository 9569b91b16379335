/**
 * `addConsumer` on the self-managed Pulumi component under the provider-shaped mocks: the SELF_MANAGED_KAFKA mapping,
 * the certificate-only CA secret (once per cluster) filled by the provisioner after its policy, the pollers'
 * security group and rules, the exact inline policy, and the refusals.
 */
import * as pulumi from '@pulumi/pulumi';
import { KafkaVpc } from '../../../lib/aws/pulumi';
import { DEFAULT_INTERFACE_ENDPOINTS } from '../../../lib/aws';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { validationErrorOf } from '../../support/conventions';
import { spec } from '../fixtures';
import { record } from './support';

const FN = 'arn:aws:lambda:eu-west-1:123456789012:function:billing';
const S3_ARTIFACT = { kind: 's3', bucket: 'artifacts', key: 'kafka.tgz' } as const;
type Policy = { Statement: { Action: string[]; Resource: string | string[] }[] };
const policyOf = (inputs: unknown) => JSON.parse(String((inputs as { policy: string }).policy)) as Policy;

describe('created KafkaVpc, provisioned pollers, two consumers', () => {
  let r: Awaited<ReturnType<typeof record<Record<string, unknown>>>>;
  let plan: SelfManagedKafkaCluster['plan'];
  beforeAll(async () => {
    r = await record(() => {
      const cluster = new SelfManagedKafkaCluster('orders', { ...spec(), distribution: S3_ARTIFACT, monitoring: undefined });
      cluster.addConsumer({ functionArn: FN, role: 'billing-role', topics: ['orders'], group: 'billing', auth: { scramUser: 'orders-app' }, pollers: { minimum: 1, maximum: 2 } });
      cluster.addConsumer({ functionArn: FN, role: 'billing-role', topics: ['payments'], group: 'ledger', auth: { scramUser: 'audit' }, pollers: { minimum: 1, maximum: 2 } });
      plan = cluster.plan;
      return { keyArn: cluster.keyArn, scramArn: cluster.scramSecretArns['orders-app']!, caArn: cluster.caSecretArn, brokers: cluster.brokerSecurityGroupId };
    });
  });
  const out = () => r.outputs as Record<string, string>;
  const access = () => (r.byName('orders-consumer-billing').inputs as { sourceAccessConfigurations: { type: string; uri: string }[] }).sourceAccessConfigurations;

  test('the mapping: every broker\'s SCRAM listener, the group, the SCRAM and CA secrets, the node subnets and the pollers\' group', () => {
    const m = r.byName('orders-consumer-billing').inputs as Record<string, any>;
    const port = plan.listeners.find((l) => l.name === 'CLIENT_SCRAM')!.port;
    expect(m).toMatchObject({
      functionName: FN, topics: ['orders'], startingPosition: 'TRIM_HORIZON', batchSize: 100, enabled: true,
      selfManagedEventSource: { endpoints: { KAFKA_BOOTSTRAP_SERVERS: plan.nodes.filter((n) => n.listeners.includes('CLIENT_SCRAM')).map((n) => `${n.dnsName}:${port}`).join(',') } },
      selfManagedKafkaEventSourceConfig: { consumerGroupId: 'billing' },
      provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 2 },
    });
    expect(m.eventSourceArn).toBeUndefined();
    const a = access();
    expect(a.map((x) => x.type)).toEqual(['SASL_SCRAM_512_AUTH', 'SERVER_ROOT_CA_CERTIFICATE', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SUBNET', 'VPC_SECURITY_GROUP']);
    expect(a[0]!.uri).toBe(out().scramArn);
    expect(a[1]!.uri).toMatch(/^arn:aws:secretsmanager:.*orders-consumer-ca-certificate/);
    expect(new Set(a.slice(2, 5).map((x) => x.uri)).size).toBe(3);
    for (const x of a.slice(2, 5)) expect(x.uri).toMatch(/^subnet:orders-vpc-subnet-/);
    expect(a[5]!.uri).toBe('security_group:orders-consumer-billing-sg-id');
  });

  test('one CA secret and one copy for both consumers: the provisioner may write exactly that secret, and copies after that policy', () => {
    expect(r.resources.filter((x) => x.name === 'orders-consumer-ca-certificate')).toHaveLength(1);
    expect(r.resources.filter((x) => x.name === 'orders-consumer-ca-certificate-copy')).toHaveLength(1);
    const secretArn = access()[1]!.uri;
    expect(r.byName('orders-consumer-ca-certificate').inputs).toMatchObject({ kmsKeyId: out().keyArn, recoveryWindowInDays: 30 });
    expect(r.registration('orders-consumer-ca-certificate').retainOnDelete).toBe(true);
    const policy = r.byName('orders-consumer-ca-certificate-policy').inputs as { role: string };
    expect(policy.role).toMatch(/^orders-provisioner-role/);
    expect(policyOf(policy).Statement).toEqual([{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], Resource: secretArn }]);
    const copy = r.byName('orders-consumer-ca-certificate-copy');
    expect(JSON.parse(String((copy.inputs as { input: string }).input))).toMatchObject({
      Action: 'ca-certificate-secret', CaSecretArn: out().caArn, SecretArn: secretArn,
    });
    expect(r.registration('orders-consumer-ca-certificate-copy').dependencies.some((d) => d.endsWith('::orders-consumer-ca-certificate-policy'))).toBe(true);
    const deps = r.registration('orders-consumer-billing').dependencies;
    expect(deps.some((d) => d.endsWith('::orders-consumer-ca-certificate-copy'))).toBe(true);
    expect(deps.some((d) => d.endsWith('::orders-consumer-billing-policy'))).toBe(true);
  });

  test('the function\'s policy: the pollers\' interfaces, the CA copy and its SCRAM secret, the cluster key; nothing else', () => {
    const p = policyOf(r.byName('orders-consumer-billing-policy').inputs);
    expect(p.Statement).toEqual([
      { Effect: 'Allow', Action: ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs'], Resource: '*' },
      { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: [access()[1]!.uri, out().scramArn] },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: out().keyArn },
    ]);
  });

  test('the pollers\' group: out to the brokers on the SCRAM port only (provisioned pollers need no HTTPS); the brokers admit it on that port', () => {
    const port = plan.listeners.find((l) => l.name === 'CLIENT_SCRAM')!.port;
    const sg = access()[5]!.uri.replace('security_group:', '');
    const rules = r.resources.filter((x) => x.name.startsWith('orders-consumer-billing-sg-'));
    expect(rules.map((x) => x.name).sort()).toEqual([`orders-consumer-billing-sg-brokers-in-${port}`, `orders-consumer-billing-sg-out-${port}`]);
    expect(r.byName(`orders-consumer-billing-sg-out-${port}`).inputs).toMatchObject({ securityGroupId: sg, referencedSecurityGroupId: out().brokers, fromPort: port, toPort: port });
    expect(r.byName(`orders-consumer-billing-sg-brokers-in-${port}`).inputs).toMatchObject({ securityGroupId: out().brokers, referencedSecurityGroupId: sg, fromPort: port, toPort: port });
  });
});

test('a passed VPC: the network is not checked (a warning), HTTPS goes to the VPC range', async () => {
  const warnings: string[] = [];
  const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (m: string) => void warnings.push(m));
  const r = await record(() => {
    const network = new KafkaVpc('net', { interfaceEndpoints: [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'] });
    const cluster = new SelfManagedKafkaCluster('orders', {
      ...spec(), distribution: S3_ARTIFACT, monitoring: undefined, vpcId: network.vpcId,
      subnetIds: [0, 1, 2].map((i) => network.brokerSubnetIds.apply((ids) => ids[i]!)),
    });
    cluster.addConsumer({ functionArn: FN, role: 'billing-role', topics: ['orders'], group: 'billing', auth: { scramUser: 'orders-app' } });
    return {};
  });
  const port = 9096;
  expect(r.resources.filter((x) => x.name.startsWith('orders-consumer-billing-sg-')).map((x) => x.name).sort())
    .toEqual([`orders-consumer-billing-sg-brokers-in-${port}`, 'orders-consumer-billing-sg-out-443-vpc', `orders-consumer-billing-sg-out-${port}`]);
  spy.mockRestore();
  expect(warnings.join('\n')).toContain('[consumer/network-unverified]');
  expect(warnings.join('\n')).toContain('[consumer/acls-needed] Consumer group billing of cluster orders reads topic orders as User:orders-app');
});

test('refusals: IAM, and on-demand pollers in the created VPC without a Lambda endpoint, all at once', async () => {
  await record(() => {
    const cluster = new SelfManagedKafkaCluster('orders', { ...spec(), distribution: S3_ARTIFACT, monitoring: undefined });
    const e = validationErrorOf(() => cluster.addConsumer({ functionArn: FN, role: 'r', topics: ['orders'], group: 'billing', auth: 'iam' }));
    expect(e.issues.map((i) => i.code)).toEqual(['consumer/auth-unavailable', 'consumer/network-path']);
    const e2 = validationErrorOf(() => cluster.addConsumer({ functionArn: FN, role: 'r', topics: ['orders'], group: 'billing', auth: { scramUser: 'orders-app' } }));
    expect(e2.issues.map((i) => i.code)).toEqual(['consumer/network-path']);
    expect(e2.issues[0]!.message).toContain("Add 'lambda'");
    return {};
  });
});
