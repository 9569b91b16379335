import { KafkaValidationError } from '../../../lib/core/issues';
import { MskServerlessCluster, type MskServerlessClusterArgs } from '../../../lib/msk/pulumi';
import { childList, mockedArn, recordMsk, type MskRecording } from './support';

const COMPONENT_URN = 'urn:pulumi:dev::proj::kafka-iac:aws:MskServerlessCluster::events';
const CLUSTER_ARN = mockedArn('aws:msk/serverlessCluster:ServerlessCluster', 'events', { clusterName: 'events' });

async function codesOf(args: Partial<MskServerlessClusterArgs>): Promise<string[]> {
  try {
    await recordMsk(() => new MskServerlessCluster('events', { clusterName: 'events', ...args } as MskServerlessClusterArgs));
  } catch (e) {
    if (e instanceof KafkaValidationError) return e.codes;
    throw e;
  }
  throw new Error('expected a KafkaValidationError');
}

describe('MskServerlessCluster (Pulumi), given subnets and a further VPC', () => {
  let r: MskRecording<{ cluster: MskServerlessCluster }>;
  beforeAll(async () => {
    r = await recordMsk(() => {
      const cluster = new MskServerlessCluster('events', {
        clusterName: 'events',
        vpcId: 'vpc-0abc',
        subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'],
        allowedClientSecurityGroupIds: ['sg-0client'],
        additionalVpcConfigs: [{ subnetIds: ['subnet-x', 'subnet-y'], securityGroupIds: ['sg-0other'] }],
      });
      cluster.grantWrite('producer', { role: 'producer-role', topics: ['events'] });
      return { cluster };
    });
  });

  test('exact child list, parented to the component', () => {
    expect(childList(r.resources)).toEqual([
      'kafka-iac:aws:MskServerlessCluster events',
      'aws:msk/serverlessCluster:ServerlessCluster events',
      'aws:ec2/securityGroup:SecurityGroup events-sg',
      'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule events-sg-9098-sg-0client',
      'aws:iam/rolePolicy:RolePolicy events-producer',
    ].sort());
    for (const reg of r.registrations.filter((x) => x.type !== 'kafka-iac:aws:MskServerlessCluster')) expect(reg.parent).toBe(COMPONENT_URN);
  });

  test('IAM only, one VPC config per network, the created group on the first', () => {
    expect(r.byName('events').inputs).toEqual({
      clusterName: 'events',
      clientAuthentication: { sasl: { iam: { enabled: true } } },
      vpcConfigs: [
        { subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'], securityGroupIds: ['events-sg-id'] },
        { subnetIds: ['subnet-x', 'subnet-y'], securityGroupIds: ['sg-0other'] },
      ],
      tags: {},
    });
    expect(r.byName('events-sg-9098-sg-0client').inputs).toMatchObject({ fromPort: 9098, toPort: 9098, ipProtocol: 'tcp', referencedSecurityGroupId: 'sg-0client' });
  });

  test("removal 'retain' (default): cluster and security group are retained, grants are not", () => {
    expect(r.registrations.filter((x) => x.retainOnDelete).map((x) => x.name).sort()).toEqual(['events', 'events-sg', 'events-sg-9098-sg-0client']);
    expect(r.registration('events', 'aws:msk/serverlessCluster:ServerlessCluster').retainOnDelete).toBe(true);
  });

  test('grants use the shared IAM statements on the Serverless ARN; bootstrap brokers output', async () => {
    const statements = JSON.parse(r.byName('events-producer').inputs.policy as string).Statement;
    expect(statements[0]).toMatchObject({ Resource: CLUSTER_ARN });
    expect(statements[1].Resource).toEqual([CLUSTER_ARN.replace(':cluster/', ':topic/') + '/events']);
    const { cluster } = r.outputs as unknown as { cluster: { '@resource': string } };
    expect(cluster['@resource']).toBe(COMPONENT_URN);
  });
});

describe('MskServerlessCluster (Pulumi), default network', () => {
  test('creates a KafkaVpc child named `${name}-vpc` and uses its broker subnets', async () => {
    const r = await recordMsk(() => new MskServerlessCluster('events', { clusterName: 'events', removal: 'destroy' }));
    expect(r.registration('events-vpc')).toMatchObject({ type: 'kafka-iac:aws:KafkaVpc', parent: COMPONENT_URN });
    expect((r.byName('events').inputs as any).vpcConfigs).toEqual([{ subnetIds: [0, 1, 2].map((i) => `events-vpc-subnet-${i}-id`), securityGroupIds: ['events-sg-id'] }]);
    expect(r.registrations.filter((x) => x.retainOnDelete && !x.parent.includes('KafkaVpc'))).toEqual([]);
  });
});

describe('MskServerlessCluster (Pulumi): bad input', () => {
  test.each<[string, Partial<MskServerlessClusterArgs>, string[]]>([
    ['SCRAM', { clientAuthentication: { scram: { users: ['a'] } } }, ['msk/serverless-iam-only']],
    ['IAM off', { clientAuthentication: { iam: false } }, ['msk/serverless-iam-only']],
    ['an existing key', { encryptionKey: { kind: 'existing', keyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc' } }, ['msk/serverless-key']],
    ['six VPCs', { vpcId: 'v', subnetIds: ['a', 'b'], additionalVpcConfigs: Array.from({ length: 5 }, () => ({ subnetIds: ['c', 'd'] })) }, ['msk/serverless-vpc-configs']],
    ['one subnet', { vpcId: 'v', subnetIds: ['a'] }, ['msk/serverless-subnets']],
    ['a provisioned kind', { kind: 'standard' as 'serverless' }, ['msk/pulumi-kind']],
  ])('%s', async (_, args, expected) => {
    expect(await codesOf(args)).toEqual(expect.arrayContaining(expected));
  });
});
