/** Specs shared by the MSK Replicator plan tests: a cross-region pair of provisioned clusters. */
import type { MskReplicatorClusterPlan, MskReplicatorClusterSpec, MskReplicatorPlan, MskReplicatorSpec } from '../../../lib/replication/msk-replicator';

export const SOURCE_ARN = 'arn:aws:kafka:us-east-1:123456789012:cluster/orders-use1/11111111-2222-3333-4444-555555555555-1';
export const TARGET_ARN = 'arn:aws:kafka:us-west-2:123456789012:cluster/orders-usw2/66666666-7777-8888-9999-000000000000-1';

export const source = (extra: Partial<MskReplicatorClusterSpec> = {}): MskReplicatorClusterSpec => ({
  role: 'source', clusterArn: SOURCE_ARN, kind: 'provisioned', iamAuthentication: true, brokerNodes: 3, azCount: 3,
  instanceType: 'kafka.m7g.large', kafkaVersion: '3.9.x.kraft', multiVpcIam: true, subnetIds: ['subnet-s1', 'subnet-s2', 'subnet-s3'],
  ...extra,
});

export const target = (extra: Partial<MskReplicatorClusterSpec> = {}): MskReplicatorClusterSpec => ({
  role: 'target', clusterArn: TARGET_ARN, kind: 'provisioned', iamAuthentication: true, brokerNodes: 3, azCount: 3,
  instanceType: 'express.m7g.large', kafkaVersion: '3.9.x.kraft', subnetIds: ['subnet-t1', 'subnet-t2', 'subnet-t3'], securityGroupIds: ['sg-replicator'],
  ...extra,
});

export const spec = (extra: Partial<MskReplicatorSpec> = {}): MskReplicatorSpec => ({
  replicatorName: 'orders-use1-to-usw2', kafkaClusters: [source(), target()], replicatorRegion: 'us-west-2', ...extra,
});

/** The source of a plan between two MSK clusters. */
export const mskSource = (plan: MskReplicatorPlan): MskReplicatorClusterPlan => {
  if (plan.source.kind === 'apache-kafka') throw new Error('the source is not an MSK cluster');
  return plan.source;
};
