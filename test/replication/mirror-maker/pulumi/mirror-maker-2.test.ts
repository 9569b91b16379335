/**
 * `MirrorMaker2` (Pulumi) under mocks over imported clusters: exact child list (all parented, URNs unique), the security
 * group rules, the role policy (resolved: exact ARNs), IMDSv2 and the encrypted root volume, group sizes and instance
 * refresh, alarms, no secret in the recording or the user data, and the region default from `aws:region`.
 */
import * as pulumi from '@pulumi/pulumi';
import { MirrorMaker2, MirrorMakerClusters, type MirrorMaker2Args } from '../../../../lib/replication/mirror-maker/pulumi';
import { AL2023_AMI_PARAMETER } from '../../../../lib/aws/ec2-node/defaults';
import { MOCK_ACCOUNT_ID } from '../../../../lib/testing/pulumi';
import { childList, recordRegistrations, type RegistrationRecording } from '../../../support/pulumi-registrations';
import { secretFindings } from '../../../self-managed-ec2/cdk/support';
import { ARTIFACTS, CA_PARAMETER, KNOWN_SECRET_VALUES, SOURCE, SOURCE_KEY_ARN, SOURCE_SECRET_ARN, SPEC, TARGET, TARGET_CLUSTER_ARN, TARGET_REGION } from '../cdk/fixtures';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:alarms';
const args = (o: Partial<MirrorMaker2Args> = {}): MirrorMaker2Args => ({
  ...SPEC, region: TARGET_REGION, clusters: [MirrorMakerClusters.imported(SOURCE), MirrorMakerClusters.imported(TARGET, 'sg-target')],
  vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], alarmTopicArn: TOPIC, ...o,
});

let rec: RegistrationRecording<unknown>;
let component: MirrorMaker2;
beforeAll(async () => {
  rec = await recordRegistrations(() => {
    component = new MirrorMaker2('dr-mm2', args());
    return { sg: component.securityGroupId };
  }, { project: 'proj', stack: 'dev' });
});
const byName = (name: string) => rec.resources.find((r) => r.name === name) ?? (() => { throw new Error(`no resource ${name}`); })();
const short = (t: string) => t.replace(/^aws:([a-z0-9]+)\/[A-Za-z0-9]+:/, '$1:');

test('children: exact list, every one parented to the component, URNs unique', () => {
  expect(childList(rec.resources.filter((r) => r.custom), short)).toEqual([
    'autoscaling:Group dr-mm2-asg',
    'autoscaling:Notification dr-mm2-notifications',
    'cloudwatch:MetricAlarm dr-mm2-alarm-FailedTasksAlarm',
    'cloudwatch:MetricAlarm dr-mm2-alarm-NodesDownAlarm',
    'cloudwatch:MetricAlarm dr-mm2-alarm-ReplicationLatencyAlarm',
    'cloudwatch:MetricAlarm dr-mm2-alarm-ReplicationStalledAlarm',
    'ec2:LaunchTemplate dr-mm2-lt',
    'ec2:SecurityGroup dr-mm2-sg',
    'iam:InstanceProfile dr-mm2-profile',
    'iam:Role dr-mm2-role',
    'iam:RolePolicy dr-mm2-policy',
    'vpc:SecurityGroupEgressRule dr-mm2-sg-out-443',
    'vpc:SecurityGroupEgressRule dr-mm2-sg-out-8083-self',
    'vpc:SecurityGroupEgressRule dr-mm2-sg-out-9096-primary',
    'vpc:SecurityGroupEgressRule dr-mm2-sg-out-9098-dr',
    'vpc:SecurityGroupIngressRule dr-mm2-sg-in-8083-self',
  ]);
  const componentUrn = rec.urns.find((u) => u.endsWith('kafka-iac:replication:MirrorMaker2::dr-mm2'))!;
  expect(componentUrn).toBeDefined();
  for (const r of rec.registrations.filter((x) => x.type !== 'kafka-iac:replication:MirrorMaker2' && !x.type.startsWith('pulumi:'))) expect(r.parent).toBe(componentUrn);
  expect(new Set(rec.urns).size).toBe(rec.urns.length);
});

test('security group: egress 443, the source port to any address (other region), the target port to its security group; ingress only REST from itself', () => {
  expect(byName('dr-mm2-sg-out-9096-primary').inputs).toMatchObject({ fromPort: 9096, toPort: 9096, cidrIpv4: '0.0.0.0/0' });
  expect(byName('dr-mm2-sg-out-9098-dr').inputs).toMatchObject({ fromPort: 9098, referencedSecurityGroupId: 'sg-target' });
  expect(byName('dr-mm2-sg-out-9098-dr').inputs.cidrIpv4).toBeUndefined();
  expect(byName('dr-mm2-sg-in-8083-self').inputs).toMatchObject({ fromPort: 8083, toPort: 8083, referencedSecurityGroupId: 'dr-mm2-sg-id' });
  const ingress = rec.resources.filter((r) => r.type === 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule');
  expect(ingress.map((r) => r.name)).toEqual(['dr-mm2-sg-in-8083-self']);
  expect(byName('dr-mm2-sg').inputs.ingress).toBeUndefined();
  expect(byName('dr-mm2-sg').inputs.egress).toBeUndefined();
});

test('role policy: exact ARNs of the target, the source secret, its key via Secrets Manager, the CA parameter, S3 objects; Resource * only where AWS has no resource-level permission', () => {
  const policy = JSON.parse(String(byName('dr-mm2-policy').inputs.policy)) as { Statement: Record<string, unknown>[] };
  const sid = (s: string) => policy.Statement.find((x) => x.Sid === s)!;
  expect(sid('KafkaDr1')).toMatchObject({ Resource: [TARGET_CLUSTER_ARN] });
  for (const s of policy.Statement.filter((x) => String(x.Sid).startsWith('Kafka'))) {
    for (const r of s.Resource as string[]) expect(r.startsWith(`arn:aws:kafka:${TARGET_REGION}:111111111111:`)).toBe(true);
  }
  expect(sid('ReadCredentials')).toMatchObject({ Action: ['secretsmanager:GetSecretValue'], Resource: [SOURCE_SECRET_ARN] });
  expect(sid('DecryptCredentials1')).toMatchObject({ Action: ['kms:Decrypt'], Resource: [SOURCE_KEY_ARN], Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } } });
  expect(sid('ReadCaCertificates')).toMatchObject({ Resource: [`arn:aws:ssm:eu-west-1:${MOCK_ACCOUNT_ID}:parameter${CA_PARAMETER}`] });
  expect(sid('ReadArtifacts')).toMatchObject({ Resource: expect.arrayContaining([`arn:aws:s3:::${ARTIFACTS}/kafka/kafka_2.13-3.9.1.tgz`]) });
  expect(sid('PublishMetrics')).toMatchObject({ Resource: '*', Condition: { StringEquals: { 'cloudwatch:namespace': 'KafkaIac/MirrorMaker' } } });
  expect(policy.Statement.filter((s) => s.Resource === '*').map((s) => s.Sid).sort()).toEqual(['PublishMetrics', 'SsmAgent']);
  for (const s of policy.Statement) for (const a of s.Action as string[]) expect(a).not.toContain('*');
  expect(byName('dr-mm2-role').inputs.managedPolicyArns).toBeUndefined();
});

test('launch template: AL2023 from SSM at launch, IMDSv2 only with hop limit 1, encrypted gp3 root volume; user data without secrets', () => {
  const lt = byName('dr-mm2-lt').inputs;
  expect(lt).toMatchObject({
    imageId: `resolve:ssm:${AL2023_AMI_PARAMETER.arm64}`, instanceType: 'm7g.large',
    metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
    blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: 'true', volumeType: 'gp3', volumeSize: 30, deleteOnTermination: 'true' } }],
  });
  const userData = Buffer.from(String(lt.userData), 'base64').toString('utf8');
  expect(userData.startsWith('#!/bin/bash')).toBe(true);
  expect(userData).toContain(SOURCE_SECRET_ARN);
  expect(userData).not.toMatch(/password\s*=\s*"[^"$]/i);
  expect(userData).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
  for (const v of KNOWN_SECRET_VALUES) expect(JSON.stringify(rec)).not.toContain(v);
  expect(secretFindings(rec.resources)).toEqual([]);
});

test('group: min = max = desired = nodes, rolling instance refresh keeping all but one node, group metrics; notifications and alarms to the topic', () => {
  expect(byName('dr-mm2-asg').inputs).toMatchObject({
    minSize: 3, maxSize: 3, desiredCapacity: 3, vpcZoneIdentifiers: ['subnet-a', 'subnet-b'], metricsGranularity: '1Minute',
    instanceRefresh: { strategy: 'Rolling', preferences: { minHealthyPercentage: 66 } },
  });
  expect((byName('dr-mm2-asg').inputs.enabledMetrics as string[]).length).toBe(13);
  expect(byName('dr-mm2-notifications').inputs).toMatchObject({ topicArn: TOPIC });
  for (const id of component.plan.alarms.map((a) => a.id)) {
    expect(byName(`dr-mm2-alarm-${id}`).inputs).toMatchObject({ alarmActions: [TOPIC], okActions: [TOPIC] });
  }
});

test('region defaults to aws:region; a deployment away from the target is refused by the plan', async () => {
  const ok = await recordRegistrations(() => new MirrorMaker2('cfg', args({ region: undefined })).plan.region, { project: 'proj', stack: 'dev', config: { 'aws:region': TARGET_REGION } });
  expect(ok.outputs).toBe(TARGET_REGION);
  await expect(recordRegistrations(() => new MirrorMaker2('away', args({ region: 'eu-west-1' })), { project: 'proj', stack: 'dev' }))
    .rejects.toThrow(/mirror-maker\/placed-by-source|must be the target cluster's region/);
});

test('allowIngressOn opens the target cluster\'s security group to the nodes, and refuses a cluster without one', async () => {
  const target = MirrorMakerClusters.imported(TARGET, 'sg-target');
  const r = await recordRegistrations(() => {
    const mm = new MirrorMaker2('ing', args({ clusters: [MirrorMakerClusters.imported(SOURCE), target] }));
    mm.allowIngressOn(target);
    expect(() => mm.allowIngressOn(MirrorMakerClusters.imported(SOURCE))).toThrow(/has no security group here/);
    return pulumi.output(1);
  }, { project: 'proj', stack: 'dev' });
  expect(r.resources.find((x) => x.name === 'ing-ingress-dr-9098')!.inputs).toMatchObject({ securityGroupId: 'sg-target', referencedSecurityGroupId: 'ing-sg-id', fromPort: 9098 });
});

describe('cluster adapters: bad input is a KafkaValidationError with a code', () => {
  const codeOf = (fn: () => unknown): string[] => {
    try { fn(); } catch (e) { return (e as { codes?: string[] }).codes ?? [String(e)]; }
    return [];
  };
  // The adapters read only these members of the library's components.
  const selfManaged = { plan: { kafkaVersion: '3.9.1', nodes: [] }, scramSecretArns: { 'orders-app': 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:a-AbCdEf' },
    caCertificateParameterName: '/ca', bootstrapServersScram: undefined, bootstrapServersMtls: 'b:9094', keyArn: 'arn:aws:kms:eu-west-1:111111111111:key/k', brokerSecurityGroupId: 'sg-1' } as never;
  test('an unknown SCRAM user names the cluster\'s users', () => {
    expect(codeOf(() => MirrorMakerClusters.fromSelfManagedCluster(selfManaged, { alias: 'primary', region: 'eu-west-1', auth: { scramUser: 'nobody' } }))).toEqual(['mirror-maker/unknown-scram-user']);
    try { MirrorMakerClusters.fromSelfManagedCluster(selfManaged, { alias: 'primary', region: 'eu-west-1', auth: { scramUser: 'nobody' } }); } catch (e) {
      expect((e as Error).message).toMatch(/`auth.scramUser` must name a SCRAM user of the cluster \(orders-app\), got: "nobody"\./);
    }
  });
  test('a listener the cluster has off', () => {
    const noScram = { ...(selfManaged as object), scramSecretArns: { 'orders-mm2': 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:m-AbCdEf' } } as never;
    expect(codeOf(() => MirrorMakerClusters.fromSelfManagedCluster(noScram, { alias: 'primary', region: 'eu-west-1', auth: { scramUser: 'orders-mm2' } }))).toEqual(['mirror-maker/listener-off']);
  });
  test('no region and no aws:region configuration', () => {
    expect(codeOf(() => MirrorMakerClusters.fromSelfManagedCluster(selfManaged, { alias: 'primary', auth: { scramUser: 'orders-app' } }))).toEqual(['mirror-maker/no-region']);
  });
});
