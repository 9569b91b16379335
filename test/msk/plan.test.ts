import * as fc from 'fast-check';
import {
  MskClusterSpec, MskNetworkInput, MskProvisionedPlan, MskProvisionedSpec, MskServerlessPlan, planMskCluster, planGrant, selectBrokerSubnets, validateGrant,
  validateMskCluster, MSK_VERSIONS, MSK_INSTANCES, configurationName,
} from '../../lib/msk';
import { parseProperties } from '../../lib/core';
import { invalidBrokerKeys } from '../support/kafka-keys';
import { validationErrorOf } from '../support/conventions';

const SUBNETS: MskNetworkInput = {
  subnets: [
    { subnetId: 'subnet-a', availabilityZone: 'us-east-1a' },
    { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' },
    { subnetId: 'subnet-c', availabilityZone: 'us-east-1c' },
  ],
};
const CA = 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/11111111-2222-3333-4444-555555555555';
const std = (extra: Partial<MskProvisionedSpec> = {}): MskClusterSpec => ({ kind: 'standard', clusterName: 'orders', ...extra } as MskProvisionedSpec);
const exp = (extra: Partial<MskProvisionedSpec> = {}): MskClusterSpec => ({ kind: 'express', clusterName: 'orders', ...extra } as MskProvisionedSpec);
const provisioned = (spec: MskClusterSpec, net: MskNetworkInput = SUBNETS) => planMskCluster(spec, net) as MskProvisionedPlan;
const errorCodes = (spec: MskClusterSpec, net: MskNetworkInput = SUBNETS) =>
  validateMskCluster(spec, net).filter((i) => i.severity === 'error').map((i) => i.code);

describe('defaults (secure by default)', () => {
  const plan = provisioned(std());
  test('IAM only, TLS everywhere, customer-managed key, retain', () => {
    expect(plan.auth).toEqual({ iam: true, scram: false, tlsCertificateAuthorityArns: [], unauthenticated: false });
    expect(plan.encryptionInTransit).toEqual({ clientBroker: 'TLS', inCluster: true });
    expect(plan.encryptionKey).toEqual({ kind: 'create' });
    expect(plan.removal).toBe('retain');
  });
  test('3 AZs, one broker each, KRaft 3.9 on m7g.large, 1000 GiB local storage', () => {
    expect(plan.azCount).toBe(3);
    expect(plan.brokerNodes).toBe(3);
    expect(plan.kafkaVersion.version).toBe('3.9.x.kraft');
    expect(plan.instance.instanceType).toBe('kafka.m7g.large');
    expect(plan.storage).toEqual({ volumeSizeGiB: 1000, provisionedThroughputMiBps: undefined, autoScaling: undefined, mode: 'LOCAL' });
  });
  test('only the IAM port is opened; never ZooKeeper or plaintext', () => {
    expect(plan.ports.map((p) => p.fromPort)).toEqual([9098]);
    expect(plan.bootstrapFields).toEqual(['BootstrapBrokerStringSaslIam']);
  });
  test('logs to CloudWatch for a year, per-broker monitoring, alarms per broker', () => {
    expect(plan.logging).toEqual({
      cloudWatch: { retentionDays: 365, logGroupName: '/aws/vendedlogs/msk/orders/broker-logs' }, s3: undefined, firehoseDeliveryStream: undefined,
    });
    expect(plan.monitoring).toEqual({ enhanced: 'PER_BROKER', jmxExporter: false, nodeExporter: false });
    expect(plan.alarms.map((a) => a.id)).toEqual([
      'OfflinePartitionsAlarm',
      'UnderReplicatedPartitionsBroker1Alarm', 'CpuBroker1Alarm', 'DiskUsedBroker1Alarm',
      'UnderReplicatedPartitionsBroker2Alarm', 'CpuBroker2Alarm', 'DiskUsedBroker2Alarm',
      'UnderReplicatedPartitionsBroker3Alarm', 'CpuBroker3Alarm', 'DiskUsedBroker3Alarm',
    ]);
  });
  test('configuration: production defaults, versioned name, valid keys', () => {
    expect(plan.configuration.name).toBe('orders-3-9-x-kraft');
    expect(plan.configuration.kafkaVersions).toEqual(['3.9.x.kraft']);
    const props = parseProperties(plan.configuration.serverProperties);
    expect(Object.fromEntries(props)).toEqual({
      'default.replication.factor': '3', 'offsets.topic.replication.factor': '3', 'transaction.state.log.replication.factor': '3',
      'min.insync.replicas': '2', 'transaction.state.log.min.isr': '2', 'unclean.leader.election.enable': 'false',
      'auto.create.topics.enable': 'false', 'num.partitions': '3', 'log.retention.hours': '168',
    });
    expect(invalidBrokerKeys(props.keys(), '3.9')).toEqual([]);
  });
});

describe('Express', () => {
  const plan = provisioned(exp({ brokerNodes: 6 }));
  test('no storage, 3 AZs, Express version and type', () => {
    expect(plan.storage).toBeUndefined();
    expect(plan.instance.instanceType).toBe('express.m7g.large');
    expect(plan.subnets.map((s) => s.subnetId)).toEqual(['subnet-a', 'subnet-b', 'subnet-c']);
  });
  test('configuration renders only keys Express accepts (RF/min ISR are fixed by the service)', () => {
    const keys = [...parseProperties(plan.configuration.serverProperties).keys()];
    expect(keys).toEqual(['auto.create.topics.enable', 'num.partitions']);
  });
  test('CPU alarms only (Express does not emit partition or disk metrics)', () => {
    expect(plan.alarms.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6].map((b) => `CpuBroker${b}Alarm`));
  });
});

describe('SCRAM + mTLS + IAM', () => {
  const plan = provisioned(std({ clientAuthentication: { iam: true, scram: { users: ['orders-app', 'audit'] }, mtls: { certificateAuthorityArns: [CA] } } }));
  test('secrets named AmazonMSK_<cluster>_<user> with stable ids', () => {
    expect(plan.scramSecrets).toEqual([
      { user: 'orders-app', secretName: 'AmazonMSK_orders_orders-app', id: 'ScramSecretOrdersApp' },
      { user: 'audit', secretName: 'AmazonMSK_orders_audit', id: 'ScramSecretAudit' },
    ]);
    expect(plan.scramSecretsKey).toEqual({ kind: 'cluster-key' });
  });
  test('ports and bootstrap strings follow the enabled listeners', () => {
    expect(plan.ports.map((p) => p.fromPort)).toEqual([9098, 9096, 9094]);
    expect(plan.bootstrapFields).toEqual(['BootstrapBrokerStringSaslIam', 'BootstrapBrokerStringSaslScram', 'BootstrapBrokerStringTls']);
  });
  test('ACL-based auth denies when no ACL matches', () => {
    expect(parseProperties(plan.configuration.serverProperties).get('allow.everyone.if.no.acl.found')).toBe('false');
  });
});

describe('connectivity (second deploy)', () => {
  const plan = provisioned(std({
    clientAuthentication: { iam: true, scram: { users: ['a'] } },
    connectivity: { publicAccess: true, multiVpc: { iam: true }, multiVpcAllowedAccounts: ['210987654321'], clusterAlreadyDeployed: true },
    monitoring: { jmxExporter: true, nodeExporter: true },
  }));
  test('public, multi-VPC and Prometheus ports', () => {
    expect(plan.ports.map((p) => [p.fromPort, p.toPort, p.audience])).toEqual([
      [9098, 9098, 'clients'], [9096, 9096, 'clients'], [9198, 9198, 'public'], [9196, 9196, 'public'],
      [14001, 14100, 'multiVpc'], [11001, 11001, 'monitoring'], [11002, 11002, 'monitoring'],
    ]);
    expect(plan.bootstrapFields).toContain('BootstrapBrokerStringPublicSaslIam');
    expect(plan.bootstrapFields).toContain('BootstrapBrokerStringVpcConnectivitySaslIam');
  });
  test('public access raises a warning; without ranges a second one says nobody is admitted', () => {
    expect(plan.warnings.map((w) => w.code)).toEqual(['msk/public-access', 'msk/public-access-cidrs-missing']);
    expect(plan.connectivity.publicAccessCidrs).toEqual([]);
  });
  test('the connectivity block is sent once the cluster exists', () => {
    expect(plan.connectivity).toMatchObject({ clusterAlreadyDeployed: true, sendConnectivityInfo: true });
  });
});

describe('connectivity decisions', () => {
  test('first deploy: nothing sent; once deployed: sent, unless the instance type has no connectivity (t3)', () => {
    expect(provisioned(std()).connectivity).toMatchObject({ clusterAlreadyDeployed: false, sendConnectivityInfo: false });
    expect(provisioned(std({ connectivity: { clusterAlreadyDeployed: true } })).connectivity).toMatchObject({ clusterAlreadyDeployed: true, sendConnectivityInfo: true });
    const t3 = provisioned(std({ instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', connectivity: { clusterAlreadyDeployed: true } }));
    expect(t3.connectivity).toMatchObject({ clusterAlreadyDeployed: true, sendConnectivityInfo: false });
  });
  test('public ranges are kept in order and silence the missing-ranges warning', () => {
    const plan = provisioned(std({ connectivity: { publicAccess: true, publicAccessCidrs: ['203.0.113.0/24', '198.51.100.7/32'], clusterAlreadyDeployed: true } }));
    expect(plan.connectivity.publicAccessCidrs).toEqual(['203.0.113.0/24', '198.51.100.7/32']);
    expect(plan.warnings.map((w) => w.code)).toEqual(['msk/public-access']);
  });
  test('deploy-time ranges are passed through unchecked', () => {
    const token = '${Token[TOKEN.9]}';
    const spec = std({ connectivity: { publicAccess: true, publicAccessCidrs: [token], clusterAlreadyDeployed: true } });
    expect(validateMskCluster(spec, SUBNETS, (v) => v === token).filter((i) => i.severity === 'error')).toEqual([]);
    expect((planMskCluster(spec, SUBNETS, (v) => v === token) as MskProvisionedPlan).connectivity.publicAccessCidrs).toEqual([token]);
  });
  test.each([['10.0.0.0'], ['10.0.0.0/33'], ['256.0.0.0/8'], ['2001:db8::/32'], ['any']])('%s is not an IPv4 CIDR -> msk/public-access-cidr', (cidr) => {
    const spec = std({ connectivity: { publicAccess: true, publicAccessCidrs: ['203.0.113.0/24', cidr], clusterAlreadyDeployed: true } });
    const issues = validateMskCluster(spec, SUBNETS).filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.path])).toEqual([['msk/public-access-cidr', 'connectivity.publicAccessCidrs[1]']]);
  });
});

describe('broker log group name', () => {
  test('under /aws/vendedlogs/ (one resource policy for all vended log groups), absent when CloudWatch Logs is off', () => {
    expect(provisioned(std({ clusterName: 'payments' })).logging.cloudWatch?.logGroupName).toBe('/aws/vendedlogs/msk/payments/broker-logs');
    expect(provisioned(std({ logging: { cloudWatch: false, s3: { bucketName: 'logs-bucket' } } })).logging.cloudWatch).toBeUndefined();
  });
});

describe('key of the SCRAM secrets the library creates', () => {
  const KEY = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
  const OTHER = 'arn:aws:kms:us-east-1:123456789012:key/99999999-2222-3333-4444-555555555555';
  const EXISTING_SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_orders_legacy-AbCdEf';
  const scramKey = (extra: Partial<MskProvisionedSpec>) => provisioned(std(extra)).scramSecretsKey;
  test.each<[string, Partial<MskProvisionedSpec>, MskProvisionedPlan['scramSecretsKey']]>([
    ['SCRAM off', {}, { kind: 'none' }],
    ['only existing secrets', { clientAuthentication: { scram: { existingSecretArns: [EXISTING_SECRET] } } }, { kind: 'none' }],
    ['users, default key', { clientAuthentication: { scram: { users: ['a'] } } }, { kind: 'cluster-key' }],
    ['users, created cluster key, created secrets key: one key', { clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'create' } } } }, { kind: 'cluster-key' }],
    ['users, your cluster key, created secrets key', { encryptionKey: { kind: 'existing', keyArn: KEY }, clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'create' } } } }, { kind: 'create' }],
    ['users, your cluster key named again', { encryptionKey: { kind: 'existing', keyArn: KEY }, clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'existing', keyArn: KEY } } } }, { kind: 'cluster-key' }],
    ['users, another key of yours', { clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'existing', keyArn: OTHER } } } }, { kind: 'existing', keyArn: OTHER }],
  ])('%s', (_name, extra, expected) => {
    expect(scramKey(extra)).toEqual(expected);
  });
});

describe('public access ranges: every code', () => {
  test('ranges without public access -> msk/public-access-cidrs-unused', () => {
    const issues = validateMskCluster(std({ connectivity: { publicAccessCidrs: ['203.0.113.0/24'] } }), SUBNETS);
    expect(issues.map((i) => i.code)).toEqual(['msk/public-access-cidrs-unused']);
    expect(issues[0]!.message).toBe(
      '`connectivity.publicAccessCidrs` must be set only with `connectivity.publicAccess: true`, got: ["203.0.113.0/24"]. Remove the ranges, or turn public access on (on an existing cluster).',
    );
  });
  test('public access without ranges -> warning msk/public-access-cidrs-missing', () => {
    const issues = validateMskCluster(std({ connectivity: { publicAccess: true, clusterAlreadyDeployed: true } }), SUBNETS);
    expect(issues.filter((i) => i.code === 'msk/public-access-cidrs-missing').map((i) => i.severity)).toEqual(['warning']);
  });
});

describe('IAM grants: validated in the plan, one error listing every issue', () => {
  test('codes and paths', () => {
    const issues = validateGrant('read', { topics: [], groups: [], transactionalIds: ['ok', 'bad id'] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['msk/grant-topics', 'topics'], ['msk/grant-name', 'transactionalIds[1]'], ['msk/grant-groups', 'groups']]);
    expect(validateGrant('write', { topics: ['orders', 'bad topic', 'app-*'], groups: ['g?'] }).map((i) => [i.code, i.path])).toEqual([
      ['msk/grant-name', 'topics[1]'], ['msk/grant-name', 'groups[0]'],
    ]);
    expect(validateGrant('write', { topics: ['orders'] })).toEqual([]);
  });
  test('messages follow the grammar', () => {
    expect(validateGrant('write', { topics: ['bad topic'] })[0]!.message).toBe(
      '`topics[0]` must be a Kafka name (letters, digits, . _ -) optionally ending in *, got: "bad topic". Remove other characters.',
    );
    expect(validateGrant('read', { topics: ['t'] })[0]!.message).toBe(
      '`groups` must list the consumer groups a reader uses, got: []. Name the group (or a prefix ending in *).',
    );
  });
  test('planGrant throws one KafkaValidationError with the subject, or returns the statements', () => {
    expect(() => planGrant('MskCluster x grantRead', 'read', { topics: [] })).toThrow(/^MskCluster x grantRead: 2 invalid properties/);
    expect(planGrant('s', 'connect').map((s) => s.resource)).toEqual(['cluster']);
    expect(planGrant('s', 'read', { topics: ['t'], groups: ['g'] }).map((s) => s.resource)).toEqual(['cluster', 'topic', 'group']);
  });
});

describe('turning multi-VPC connectivity off again', () => {
  const off = provisioned(std({ connectivity: { multiVpc: { iam: false, scram: false, tls: false }, clusterAlreadyDeployed: true } }));
  test('every mode false on an existing cluster is accepted, with a warning', () => {
    expect(off.connectivity.multiVpc).toEqual({ iam: false, scram: false, tls: false });
    expect(off.warnings.map((w) => w.code)).toContain('msk/multi-vpc-off');
  });
  test('no multi-VPC port and no multi-VPC bootstrap string while off', () => {
    expect(off.ports.filter((p) => p.audience === 'multiVpc')).toEqual([]);
    expect(off.bootstrapFields.filter((f) => f.includes('VpcConnectivity'))).toEqual([]);
  });
  test('allowed accounts need an enabled mode', () => {
    expect(errorCodes(std({ connectivity: { multiVpc: { iam: false }, multiVpcAllowedAccounts: ['210987654321'], clusterAlreadyDeployed: true } })))
      .toEqual(['msk/multi-vpc-accounts-without-multi-vpc']);
  });
});

describe('Serverless', () => {
  test('IAM only, port 9098, one VPC config per input', () => {
    const plan = planMskCluster({ kind: 'serverless', clusterName: 'events' }, { vpcConfigs: [{ subnets: SUBNETS.subnets!, securityGroupCount: 1 }] }) as MskServerlessPlan;
    expect(plan.kind).toBe('serverless');
    expect(plan.ports.map((p) => p.fromPort)).toEqual([9098]);
    expect(plan.vpcConfigs[0].subnets).toHaveLength(3);
    expect(plan.removal).toBe('retain');
    expect(plan.azCount).toBe(3);
  });
  test('azCount 2: each VPC configuration keeps two subnets', () => {
    const plan = planMskCluster({ kind: 'serverless', clusterName: 'events', azCount: 2 }, { vpcConfigs: [{ subnets: SUBNETS.subnets!, securityGroupCount: 1 }] }) as MskServerlessPlan;
    expect(plan.azCount).toBe(2);
    expect(plan.vpcConfigs[0].subnets).toHaveLength(2);
  });
});

describe('subnet selection is explicit and stable', () => {
  test('one subnet per AZ in first-appearance order, first azCount AZs', () => {
    const picked = selectBrokerSubnets([
      { subnetId: 's1', availabilityZone: 'b' }, { subnetId: 's2', availabilityZone: 'b' }, { subnetId: 's3', availabilityZone: 'a' },
      { subnetId: 's4', availabilityZone: 'c' }, { subnetId: 's5', availabilityZone: 'd' },
    ], 3);
    expect(picked.map((s) => s.subnetId)).toEqual(['s1', 's3', 's4']);
  });
  test('adding AZs to the VPC does not change the broker count', () => {
    const four = { subnets: [...SUBNETS.subnets!, { subnetId: 'subnet-d', availabilityZone: 'us-east-1d' }] };
    expect(provisioned(std({ brokerNodes: 6 }), four).brokerNodes).toBe(6);
    expect(provisioned(std({ brokerNodes: 6 }), four).subnets).toHaveLength(3);
  });
});

// Each bad input: the spec, the network, the expected error code(s), and a fragment of the message.
const BAD: [string, MskClusterSpec, MskNetworkInput | undefined, string[], string][] = [
  ['cluster name with a leading digit', std({ clusterName: '1orders' }), undefined, ['msk/cluster-name'], '`clusterName` must be 1-64 letters'],
  ['unknown kind', { kind: 'provisioned', clusterName: 'x' } as unknown as MskClusterSpec, undefined, ['msk/kind'], "be 'standard', 'express' or 'serverless'"],
  ['azCount 4', std({ azCount: 4 as 3 }), undefined, ['msk/az-count'], '`azCount` must be 2 or 3, got: 4'],
  ['brokers not a multiple of AZs', std({ brokerNodes: 4 }), undefined, ['msk/broker-count'], '`brokerNodes` must be a multiple of the AZ count (3), got: 4. Use 3, 6, 9'],
  ['brokers above the quota', std({ brokerNodes: 63 }), undefined, ['msk/broker-count-quota'], 'brokers-per-cluster quota (60)'],
  ['Express with 2 AZs', exp({ azCount: 2, brokerNodes: 2 }), undefined, ['msk/express-needs-3-azs'], 'be 3 for Express brokers'],
  ['Express with EBS settings', exp({ storage: { volumeSizeGiB: 100 } }), undefined, ['msk/express-no-storage'], 'Express brokers have no EBS settings'],
  ['Express on a version it does not run', exp({ kafkaVersion: '4.1.x.kraft' }), undefined, ['msk/version-not-for-express'], 'Express brokers support'],
  ['Express with a kafka.* instance type', exp({ instanceType: 'kafka.m7g.large' }), undefined, ['msk/instance-kind-mismatch'], 'be a express broker type'],
  ['Standard with an express type', std({ instanceType: 'express.m7g.large' }), undefined, ['msk/instance-kind-mismatch'], 'use kind "express"'],
  ['unknown version', std({ kafkaVersion: '3.10.0' }), undefined, ['msk/unknown-version'], 'kafkaVersionCapabilities'],
  ['end-of-support version', std({ kafkaVersion: '3.5.1' }), undefined, ['msk/end-of-support-version'], 'allowEndOfSupportVersion'],
  ['unknown instance type', std({ instanceType: 'kafka.m6i.large' }), undefined, ['msk/unknown-instance-type'], 'instanceCapabilities'],
  ['t3.small on KRaft', std({ instanceType: 'kafka.t3.small' }), undefined, ['msk/kraft-instance'], 'kafka.t3.small cannot run KRaft'],
  ['tiered storage on t3', std({ instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', storage: { tiered: true } }), undefined, ['msk/tiered-instance'], 'tiered storage needs m5/m7g brokers'],
  ['tiered storage on an unsupported version', std({ kafkaVersion: '3.5.1', allowEndOfSupportVersion: true, storage: { tiered: true } }), undefined, ['msk/tiered-version'], 'be off on Kafka 3.5.1'],
  ['tiered storage with a compacting default', std({ storage: { tiered: true }, serverProperties: { extraProperties: { 'log.cleanup.policy': 'compact' } } }), undefined, ['msk/tiered-cleanup-policy'], "be 'delete'"],
  ['volume too big', std({ storage: { volumeSizeGiB: 20000 } }), undefined, ['msk/volume-size'], 'from 1 to 16384'],
  ['provisioned throughput on a small instance', std({ storage: { provisionedThroughputMiBps: 250 } }), undefined, ['msk/throughput-instance'], 'kafka.m5.4xlarge, kafka.m7g.2xlarge or larger'],
  ['provisioned throughput above the instance maximum', std({ instanceType: 'kafka.m7g.2xlarge', storage: { provisionedThroughputMiBps: 500 } }), undefined, ['msk/throughput-range'], '312.5 MiB/s'],
  ['provisioned throughput on a tiny volume', std({ instanceType: 'kafka.m7g.2xlarge', storage: { volumeSizeGiB: 5, provisionedThroughputMiBps: 300 } }), undefined, ['msk/throughput-volume'], 'at least 10 GiB'],
  ['auto-scaling ceiling below the size', std({ storage: { volumeSizeGiB: 1000, autoScaling: { maxVolumeSizeGiB: 500 } } }), undefined, ['msk/autoscaling-max'], 'above volumeSizeGiB (1000)'],
  ['auto-scaling target out of range', std({ storage: { autoScaling: { maxVolumeSizeGiB: 2000, targetUtilizationPercent: 95 } } }), undefined, ['msk/autoscaling-target'], 'from 10 to 80'],
  ['no auth mode at all', std({ clientAuthentication: { iam: false } }), undefined, ['msk/no-auth'], 'enable at least one mode'],
  ['unauthenticated without the opt-in', std({ clientAuthentication: { unauthenticated: true } }), undefined, ['msk/unauthenticated-opt-in'], 'allowUnauthenticated: true'],
  ['plaintext without the opt-in', std({ encryptionInTransit: { clientBroker: 'TLS_PLAINTEXT' } }), undefined, ['msk/plaintext-opt-in'], 'allowPlaintext'],
  ['in-cluster encryption off without the opt-in', std({ encryptionInTransit: { inCluster: false } }), undefined, ['msk/plaintext-opt-in'], 'encryptionInTransit.inCluster'],
  ['IAM over a PLAINTEXT-only listener', std({ encryptionInTransit: { clientBroker: 'PLAINTEXT', allowPlaintext: true } }), undefined, ['msk/auth-needs-tls', 'msk/plaintext-needs-unauthenticated'], "Use 'TLS'"],
  ['Express with plaintext', exp({ encryptionInTransit: { clientBroker: 'TLS_PLAINTEXT', allowPlaintext: true } }), undefined, ['msk/express-tls-only'], 'on Express brokers'],
  ['SCRAM without users', std({ clientAuthentication: { scram: {} } }), undefined, ['msk/scram-no-users'], 'name `users` to create'],
  ['SCRAM with the AWS-managed key', std({ clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'aws-managed' } } } }), undefined, ['msk/scram-aws-managed-key'], 'cannot read secrets encrypted with aws/secretsmanager'],
  ['SCRAM user name with spaces', std({ clientAuthentication: { scram: { users: ['bad user'] } } }), undefined, ['msk/scram-user'], 'Rename the user'],
  ['duplicate SCRAM user', std({ clientAuthentication: { scram: { users: ['a', 'a'] } } }), undefined, ['msk/scram-user-duplicate'], 'be unique'],
  ['existing SCRAM secret without the AmazonMSK_ prefix', std({ clientAuthentication: { scram: { existingSecretArns: ['arn:aws:secretsmanager:us-east-1:123456789012:secret:app-creds-AbCdEf'] } } }), undefined, ['msk/scram-secret-name'], 'starts with "AmazonMSK_"'],
  ['mTLS without a CA', std({ clientAuthentication: { mtls: { certificateAuthorityArns: [] } } }), undefined, ['msk/mtls-no-ca'], 'ACM Private CA ARN'],
  ['mTLS with a malformed CA ARN', std({ clientAuthentication: { mtls: { certificateAuthorityArns: ['arn:aws:acm:us-east-1:123456789012:certificate/x'] } } }), undefined, ['msk/mtls-ca-arn'], 'certificate-authority/<uuid>'],
  ['malformed KMS key ARN', std({ encryptionKey: { kind: 'existing', keyArn: 'alias/aws/kafka' } }), undefined, ['msk/encryption-key-arn'], 'be a KMS key ARN'],
  ['Serverless with SCRAM', { kind: 'serverless', clusterName: 'x', clientAuthentication: { scram: { users: ['a'] } } }, { vpcConfigs: [{ subnets: SUBNETS.subnets!, securityGroupCount: 1 }] }, ['msk/serverless-iam-only'], 'IAM access control only'],
  ['Serverless with six VPCs', { kind: 'serverless', clusterName: 'x' }, { vpcConfigs: Array.from({ length: 6 }, () => ({ subnets: SUBNETS.subnets!, securityGroupCount: 1 })) }, ['msk/serverless-vpc-configs'], 'at most 5 VPCs'],
  ['Serverless VPC config in one AZ', { kind: 'serverless', clusterName: 'x' }, { vpcConfigs: [{ subnets: [SUBNETS.subnets![0]], securityGroupCount: 1 }] }, ['msk/serverless-subnets'], 'span at least 2 AZs'],
  ['subnets in too few AZs', std(), { subnets: SUBNETS.subnets!.slice(0, 2) }, ['msk/subnets-too-few-azs'], 'cover 3 AZs'],
  ['six security groups', std(), { ...SUBNETS, securityGroupCount: 6 }, ['msk/security-groups'], 'at most 5 security groups'],
  ['public access at creation', std({ connectivity: { publicAccess: true } }), undefined, ['msk/public-access-first-deploy'], 'deploy without it first'],
  ['public access with unauthenticated clients', std({ clientAuthentication: { unauthenticated: true, allowUnauthenticated: true }, connectivity: { publicAccess: true, clusterAlreadyDeployed: true } }), undefined, ['msk/public-access-security'], 'authenticated clients and TLS everywhere'],
  ['multi-VPC at creation', std({ connectivity: { multiVpc: { iam: true } } }), undefined, ['msk/multi-vpc-first-deploy'], 'clusterAlreadyDeployed'],
  ['multi-VPC with no mode at creation', std({ connectivity: { multiVpc: {} } }), undefined, ['msk/multi-vpc-first-deploy', 'msk/multi-vpc-no-auth'], 'enable at least one of iam, scram, tls'],
  ['multi-VPC for an auth mode that is off', std({ connectivity: { multiVpc: { scram: true }, clusterAlreadyDeployed: true } }), undefined, ['msk/multi-vpc-auth-off'], 'Enable scram in clientAuthentication first'],
  ['multi-VPC on t3', std({ instanceType: 'kafka.t3.small', kafkaVersion: '3.9.x', connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true } }), undefined, ['msk/multi-vpc-instance'], 'be off on kafka.t3.small'],
  ['cluster policy account that is an ARN', std({ connectivity: { multiVpc: { iam: true }, multiVpcAllowedAccounts: ['arn:aws:iam::123456789012:root'], clusterAlreadyDeployed: true } }), undefined, ['msk/account-id'], '12-digit AWS account id'],
  ['log retention not allowed by CloudWatch', std({ logging: { retentionDays: 100 } }), undefined, ['msk/log-retention'], 'CloudWatch Logs retention'],
  ['log bucket given as an ARN', std({ logging: { s3: { bucketName: 'arn:aws:s3:::logs' } } }), undefined, ['msk/log-bucket'], 'not its ARN'],
  ['alarms with DEFAULT monitoring', std({ monitoring: { enhanced: 'DEFAULT' } }), undefined, ['msk/alarms-need-per-broker'], "'PER_BROKER' or finer"],
  ['alarm threshold of 120%', std({ alarms: { cpuPercent: 120 } }), undefined, ['msk/alarm-threshold'], 'between 0 and 100'],
  ['unknown server property', std({ serverProperties: { extraProperties: { 'log.retention.hour': 24 } } }), undefined, ['core/unknown-property'], 'Did you mean `log.retention.hours`?'],
  ['property MSK does not let you set', std({ serverProperties: { extraProperties: { 'background.threads': 20 } } }), undefined, ['core/property-not-settable'], 'an MSK configuration'],
  ['min ISR not below RF', std({ serverProperties: { minInsyncReplicas: 3 } }), undefined, ['core/min-isr-not-below-rf'], '`serverProperties.minInsyncReplicas` must be below the replication factor (3), got: 3'],
  ['RF above the broker count', std({ serverProperties: { defaultReplicationFactor: 4, minInsyncReplicas: 2 } }), undefined, ['core/rf-above-broker-count'], 'at most the broker count (3)'],
  ['overriding an owned key', std({ serverProperties: { extraProperties: { 'allow.everyone.if.no.acl.found': true } } }), undefined, ['core/owned-property'], 'Use `clientAuthentication` instead'],
  ['min ISR on Express', exp({ serverProperties: { minInsyncReplicas: 2 } }), undefined, ['core/property-not-settable'], 'the service manages this setting'],
];

describe('bad input: clear errors before any cloud API', () => {
  test('at least 30 cases', () => expect(BAD.length).toBeGreaterThanOrEqual(30));
  test.each(BAD)('%s', (_name, spec, net, codes, fragment) => {
    expect(errorCodes(spec, net ?? SUBNETS)).toEqual(codes);
    expect(validationErrorOf(() => planMskCluster(spec, net ?? SUBNETS)).message).toContain(fragment);
  });
  test('all problems are reported at once', () => {
    const codes = errorCodes(exp({ clusterName: '-x', azCount: 2, storage: {}, clientAuthentication: { unauthenticated: true } }));
    expect(codes).toEqual(['msk/cluster-name', 'msk/express-needs-3-azs', 'msk/express-no-storage', 'msk/unauthenticated-opt-in']);
  });
});

describe('escape hatches for stale tables', () => {
  test('a version the table does not know yet', () => {
    const plan = provisioned(std({ kafkaVersion: '4.3.x.kraft', kafkaVersionCapabilities: { line: '4.1', metadata: 'kraft', standard: true, express: false, tieredStorage: true } }));
    expect(plan.kafkaVersion.version).toBe('4.3.x.kraft');
    expect(plan.configuration.name).toBe('orders-4-3-x-kraft');
  });
  test('an instance type the table does not know yet', () => {
    const plan = provisioned(std({ instanceType: 'kafka.m8g.large', instanceCapabilities: { family: 'm7g', vcpu: 2, memoryGiB: 8, maxPartitionsPerBroker: 1000, tieredStorage: true, connectivity: true, kraft: true } }));
    expect(plan.instance.instanceType).toBe('kafka.m8g.large');
  });
  test('unknown (deploy-time) values are deferred, not rejected', () => {
    const token = '${Token[TOKEN.1]}';
    const issues = validateMskCluster(std({ clusterName: token, encryptionKey: { kind: 'existing', keyArn: token } }), SUBNETS, (v) => v === token);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('tables and properties', () => {
  test('every listed version has a known line and every instance a family', () => {
    for (const v of MSK_VERSIONS) expect(v.line).toMatch(/^\d\.\d$/);
    expect(new Set(MSK_INSTANCES.map((i) => i.instanceType)).size).toBe(MSK_INSTANCES.length);
  });
  test('every default configuration renders valid keys for its version', () => {
    for (const v of MSK_VERSIONS.filter((x) => x.standard && !x.endOfSupport)) {
      const plan = provisioned(std({ kafkaVersion: v.version, clientAuthentication: { scram: { users: ['a'] } } }));
      expect(invalidBrokerKeys(parseProperties(plan.configuration.serverProperties).keys(), v.line.startsWith('4') ? '4.0' : '3.9')).toEqual([]);
    }
  });
  test('configuration names fit 64 characters and keep the version', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,63}$/), (name) => {
      const n = configurationName(name, '3.9.x.kraft');
      expect(n.length).toBeLessThanOrEqual(64);
      expect(n.endsWith('-3-9-x-kraft')).toBe(true);
    }));
  });
  test('plans are deterministic', () => {
    const spec = std({ brokerNodes: 6, clientAuthentication: { iam: true, scram: { users: ['b', 'a'] } }, serverProperties: { extraProperties: { 'num.io.threads': 8, 'compression.type': 'zstd' } } });
    expect(JSON.stringify(provisioned(spec))).toBe(JSON.stringify(provisioned(spec)));
  });
});
