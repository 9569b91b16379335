/**
 * The cluster policy a cross-region source cluster needs, for `MskCluster`'s `clusterPolicy` prop. Written before
 * the cluster exists, so it names the cluster by `cluster/<name>/*` (names are unique per account and Region).
 */
import { Aws } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { replicatorSourceClusterPolicyStatement } from '../policies';

/** A policy document that lets MSK Replicator connect to the source cluster named `clusterName` over multi-VPC connectivity. */
export function mskReplicatorSourceClusterPolicy(clusterName: string): iam.PolicyDocument {
  const arn = `arn:${Aws.PARTITION}:kafka:${Aws.REGION}:${Aws.ACCOUNT_ID}:cluster/${clusterName}/*`;
  return new iam.PolicyDocument({ statements: [iam.PolicyStatement.fromJson(replicatorSourceClusterPolicyStatement(arn))] });
}
