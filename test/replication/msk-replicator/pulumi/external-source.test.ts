/**
 * `MskReplicator` (Pulumi) from a `SelfManagedKafkaCluster` component into an Express `MskCluster`, under mocks: the
 * same plan decisions as the CDK face (the Apache Kafka entry, egress to its listener and HTTPS, secret statements).
 */
import { KafkaValidationError } from '../../../../lib/core/issues';
import { MskCluster } from '../../../../lib/msk/pulumi';
import { MskReplicator, MskReplicatorClusters } from '../../../../lib/replication/msk-replicator/pulumi';
import { SelfManagedKafkaCluster } from '../../../../lib/self-managed-ec2/pulumi';
import { recordPulumi, type PulumiRecording } from '../../../../lib/testing/pulumi';
import { spec } from '../../../self-managed-ec2/fixtures';
import { mockedArn } from '../../../support/pulumi-registrations';
import { SELF_MANAGED_MOCKS, mockedClusterId } from '../../../self-managed-ec2/pulumi/support';

/* eslint-disable @typescript-eslint/no-explicit-any */
// The default mocks answer both clusters (MSK ARNs, the provisioner's cluster id); the self-managed secret reads too.
const MOCKS = SELF_MANAGED_MOCKS;
const CA_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/ca-certificate-AbCdEf';
const record = <T>(program: () => T) => recordPulumi(program, { project: 'proj', stack: 'dev', mocks: MOCKS });

let r: PulumiRecording<unknown>;
let legacy: SelfManagedKafkaCluster;
let replicator: MskReplicator;
beforeAll(async () => {
  r = await record(() => {
    legacy = new SelfManagedKafkaCluster('orders', { ...spec({ clientAuthentication: { scram: { users: ['orders-app', 'orders-replicator'] } } }) });
    const target = new MskCluster('orders-msk', { kind: 'express', clusterName: 'orders-msk', vpc: legacy.vpc });
    replicator = new MskReplicator('migration', {
      replicatorName: 'orders-to-msk',
      source: MskReplicatorClusters.fromSelfManagedCluster(legacy, { auth: { scramUser: 'orders-replicator' }, caCertificateSecretArn: CA_ARN }),
      target: { cluster: target, region: 'eu-west-1' },
      topics: { naming: 'IDENTICAL' },
    });
    return {};
  });
});
const inputs = (name: string) => r.resources.find((x) => x.name === name)!.inputs as Record<string, any>;

test('the replicator: the Apache Kafka entry (cluster id, SASL_SSL listener, SCRAM secret, CA) without vpcConfig, then the MSK target', () => {
  const rep = r.resources.find((x) => x.type === 'aws:msk/replicator:Replicator')!.inputs as Record<string, any>;
  expect(rep.kafkaClusters[0]).toEqual({
    apacheKafkaCluster: { apacheKafkaClusterId: mockedClusterId('/kafka-iac/orders/cluster-id'), bootstrapBrokerString: legacy.bootstrapServersScram },
    clientAuthentication: { saslScram: { mechanism: 'SHA512', secretArn: expect.stringMatching(/^arn:aws:secretsmanager:.*orders-replicator/) } },
    encryptionInTransit: { rootCaCertificate: CA_ARN },
  });
  expect(rep.kafkaClusters[1].amazonMskCluster.mskClusterArn).toMatch(/:cluster\/orders-msk\//);
  expect(rep.kafkaClusters[1].vpcConfig.securityGroupsIds).toHaveLength(1);
  expect(rep.replicationInfoList).toMatchObject({ sourceKafkaClusterId: mockedClusterId('/kafka-iac/orders/cluster-id'), topicReplications: [expect.objectContaining({ topicNameConfiguration: { type: 'IDENTICAL' } })] });
  expect(rep.replicationInfoList.sourceKafkaClusterArn).toBeUndefined();
});

test('rules: 9096 between the replicator and the brokers, 9098 to the target, HTTPS out', () => {
  const sg = inputs('migration-sg');
  expect(sg.vpcId).toBeDefined();
  expect(inputs('migration-egress-9096-source')).toMatchObject({ fromPort: 9096, toPort: 9096, ipProtocol: 'tcp', referencedSecurityGroupId: expect.any(String) });
  expect(inputs('migration-ingress-9096-source')).toMatchObject({ fromPort: 9096, toPort: 9096, ipProtocol: 'tcp' });
  expect(inputs('migration-egress-443')).toMatchObject({ fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' });
  expect(inputs('migration-egress-9098-target')).toMatchObject({ fromPort: 9098, toPort: 9098 });
  expect(r.resources.some((x) => x.name.startsWith('migration-') && x.name.includes('9098-source'))).toBe(false);
});

test('the execution role: the target cluster only, the two secrets, the cluster key', () => {
  const policy = JSON.parse(inputs('migration-execution-policy').policy) as { Statement: { Sid: string; Resource: unknown }[] };
  expect(policy.Statement.map((s) => s.Sid)).toEqual(['TargetCluster', 'TargetInternalTopics', 'TargetDataTopics', 'TargetGroups', 'SourceSecrets', 'SourceSecretKeys']);
  expect(policy.Statement[4]!.Resource).toEqual([expect.stringMatching(/orders-replicator/), CA_ARN]);
  expect(policy.Statement[5]!.Resource).toEqual([mockedArn('aws:kms/key:Key', 'orders-key')]);
});

test('a user that is not a super user: the warning lists the ACLs', () => {
  expect(replicator.plan.warnings.map((w) => w.code)).toEqual(['msk-replicator/external-acls']);
});

test('a cluster described by hand, with its ranges: egress to them on its listener ports', async () => {
  const hand = await record(() => {
    const target = new MskCluster('orders-msk', { kind: 'express', clusterName: 'orders-msk', vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] });
    return new MskReplicator('onprem', {
      replicatorName: 'onprem-to-msk', target: { cluster: target, region: 'eu-west-1' },
      source: MskReplicatorClusters.apacheKafka({
        clusterId: 'q1Sh-9_ETmKpOGm5Ylz3Tg', bootstrapBrokers: 'kafka-1.dc1.example:9093,kafka-2.dc1.example:9093', networkCidrs: ['192.168.0.0/16'],
        auth: { mtls: { secretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:onprem/replicator-AbCdEf' } }, aclsGranted: true,
      }),
    });
  });
  const egress = hand.resources.find((x) => x.name === 'onprem-egress-9093-source')!.inputs as Record<string, any>;
  expect(egress).toMatchObject({ cidrIpv4: '192.168.0.0/16', fromPort: 9093 });
  const rep = hand.resources.find((x) => x.type === 'aws:msk/replicator:Replicator')!.inputs as Record<string, any>;
  expect(rep.kafkaClusters[0]).toEqual({
    apacheKafkaCluster: { apacheKafkaClusterId: 'q1Sh-9_ETmKpOGm5Ylz3Tg', bootstrapBrokerString: 'kafka-1.dc1.example:9093,kafka-2.dc1.example:9093' },
    clientAuthentication: { mtls: { secretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:onprem/replicator-AbCdEf' } },
  });
});

test('refused with the plan codes: an unknown SCRAM user, an Apache Kafka target', async () => {
  const codes = async (program: () => unknown) => {
    try {
      await record(program);
    } catch (e) {
      if (e instanceof KafkaValidationError) return e.codes;
      throw e;
    }
    return [];
  };
  expect(await codes(() => MskReplicatorClusters.fromSelfManagedCluster(new SelfManagedKafkaCluster('orders', spec()), { auth: { scramUser: 'nobody' }, caCertificateSecretArn: CA_ARN })))
    .toEqual(['msk-replicator/unknown-scram-user']);
  expect(await codes(() => {
    const source = new MskCluster('orders-msk', { kind: 'express', clusterName: 'orders-msk', vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] });
    return new MskReplicator('back', {
      replicatorName: 'msk-to-onprem', source: { cluster: source, region: 'eu-west-1' },
      target: MskReplicatorClusters.apacheKafka({ clusterId: 'q1Sh-9_ETmKpOGm5Ylz3Tg', bootstrapBrokers: 'kafka-1:9093', auth: { mtls: { secretArn: CA_ARN } } }),
    });
  })).toEqual(['msk-replicator/external-target']);
});
