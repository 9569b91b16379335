import { KafkaValidationError } from '../../../lib/core/issues';
import { MskServerlessCluster, type MskServerlessClusterArgs } from '../../../lib/msk/pulumi';
import { childList, recordMsk, type MskRecording } from './support';

const ARGS: MskServerlessClusterArgs = {
  clusterName: 'events', vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'],
  topics: [{ name: 'events', partitions: 12 }, { name: 'audit', cleanupPolicy: 'compact' }],
};

describe('MskServerlessCluster (Pulumi) with topics', () => {
  let r: MskRecording<void>;
  beforeAll(async () => {
    r = await recordMsk(() => void new MskServerlessCluster('events', ARGS));
  });
  const inputs = (name: string) => r.resources.find((x) => x.name === name)!.inputs;

  test('the admin function component and its children, parented to the cluster', () => {
    expect(childList(r.resources).filter((c) => c.includes('events-admin'))).toEqual([
      'aws:cloudwatch/logGroup:LogGroup events-admin-kafka-admin-logs',
      'aws:ec2/securityGroup:SecurityGroup events-admin-sg',
      'aws:iam/role:Role events-admin-kafka-admin-role',
      'aws:iam/rolePolicy:RolePolicy events-admin-kafka-admin-policy',
      'aws:lambda/function:Function events-admin-kafka-admin',
      'aws:lambda/invocation:Invocation events-admin-catalog',
      'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule events-admin-sg-out-9098-0',
      'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule events-admin-brokers-0-in-9098',
      'kafka-iac:aws:KafkaAdminFunction events-admin',
    ]);
    const component = r.registrations.find((x) => x.name === 'events-admin')!;
    expect(component.parent).toBe('urn:pulumi:dev::proj::kafka-iac:aws:MskServerlessCluster::events');
  });

  test('the invocation carries the planned catalog (replication factor 3), the function runs in the cluster\'s subnets', () => {
    const input = JSON.parse(inputs('events-admin-catalog').input as string) as Record<string, string>;
    const catalog = JSON.parse(input.Catalog!) as { topics: { name: string; partitions: number; replicationFactor: number; configs: object }[] };
    expect(catalog.topics.map((t) => [t.name, t.partitions, t.replicationFactor, t.configs])).toEqual([
      ['audit', 3, 3, { 'cleanup.policy': 'compact' }], ['events', 12, 3, {}],
    ]);
    expect(inputs('events-admin-kafka-admin').vpcConfig).toMatchObject({ subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] });
  });
});

test('an invalid topic is refused with the cluster\'s other issues, before anything registers', async () => {
  let codes: string[] = [];
  try {
    await recordMsk(() => new MskServerlessCluster('events', { ...ARGS, topics: [{ name: 'a', replicationFactor: 2 }, { name: 'a' }] }));
  } catch (e) {
    codes = (e as KafkaValidationError).codes;
  }
  expect(codes.length).toBeGreaterThanOrEqual(2);
  expect(codes.every((c) => c.startsWith('catalog/'))).toBe(true);
});

describe('MskServerlessCluster (Pulumi) with access intents', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/events-reader';
  const USER = 'arn:aws:iam::123456789012:user/auditor';

  test('each iam intent becomes `${name}-access-<intent>`: a RolePolicy for a role, a UserPolicy for a user, with the grant statements', async () => {
    const r = await recordMsk(() => void new MskServerlessCluster('events', {
      ...ARGS, topics: undefined,
      access: [
        { name: 'reader', principal: { kind: 'iam', arn: ROLE }, consume: ['events'], groups: ['reader'] },
        { name: 'audit', principal: { kind: 'iam', arn: USER }, produce: ['audit'] },
      ],
    }));
    expect(childList(r.resources).filter((c) => c.includes('-access-'))).toEqual([
      'aws:iam/rolePolicy:RolePolicy events-access-reader', 'aws:iam/userPolicy:UserPolicy events-access-audit',
    ]);
    const reader = r.resources.find((x) => x.name === 'events-access-reader')!.inputs;
    expect(reader.role).toBe('events-reader');
    const text = String(reader.policy);
    for (const action of ['kafka-cluster:Connect', 'kafka-cluster:ReadData', 'kafka-cluster:AlterGroup']) expect(text).toContain(action);
    expect(text).not.toContain('kafka-cluster:WriteData');
    expect(text).toContain('/events');
    expect(r.resources.find((x) => x.name === 'events-access-audit')!.inputs.user).toBe('auditor');
    expect(r.resources.filter((x) => x.type === 'aws:lambda/function:Function')).toEqual([]);
  });

  test('scram principals and quotas are refused with the catalog\'s codes, before anything registers', async () => {
    let codes: string[] = [];
    try {
      await recordMsk(() => new MskServerlessCluster('events', {
        ...ARGS, topics: undefined,
        access: [
          { name: 'legacy', principal: { kind: 'scram', username: 'legacy' }, produce: ['events'] },
          { name: 'capped', principal: { kind: 'iam', arn: ROLE }, produce: ['events'], quota: { produceBytesPerSecond: 1_048_576 } },
        ],
      }));
    } catch (e) {
      codes = (e as KafkaValidationError).codes;
    }
    expect([...codes].sort()).toEqual(['catalog/access-auth-mode', 'catalog/quota-unsupported']);
  });
});
