/**
 * The cluster policy (`AWS::MSK::ClusterPolicy`): the caller's document plus, for multi-VPC private
 * connectivity, the statement that lets the allowed accounts create VPC connections to the cluster
 * ("Permissions for multi-VPC private connectivity", Amazon MSK Developer Guide).
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import * as msk from 'aws-cdk-lib/aws-msk';
import type { Construct } from 'constructs';

/** Actions a client account needs on the cluster to create and use a managed VPC connection. */
export const MULTI_VPC_CLIENT_ACTIONS = ['kafka:CreateVpcConnection', 'kafka:GetBootstrapBrokers', 'kafka:DescribeCluster', 'kafka:DescribeClusterV2'];

/** Creates the policy (id `ClusterPolicy`) when there is anything to put in it. `document` is extended in place. */
export function createClusterPolicy(
  scope: Construct, clusterArn: string, allowedAccounts: readonly string[], document: iam.PolicyDocument | undefined,
): msk.CfnClusterPolicy | undefined {
  if (allowedAccounts.length === 0 && document === undefined) return undefined;
  const policy = document ?? new iam.PolicyDocument();
  if (allowedAccounts.length > 0) {
    policy.addStatements(
      new iam.PolicyStatement({
        sid: 'MultiVpcConnectivity',
        principals: allowedAccounts.map((a) => new iam.AccountPrincipal(a)),
        actions: MULTI_VPC_CLIENT_ACTIONS,
        resources: [clusterArn],
      }),
    );
  }
  return new msk.CfnClusterPolicy(scope, 'ClusterPolicy', { clusterArn, policy });
}
