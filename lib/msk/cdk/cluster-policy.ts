/**
 * The cluster policy (`AWS::MSK::ClusterPolicy`): the caller's document plus, for multi-VPC private
 * connectivity, the statement that lets the allowed accounts create VPC connections to the cluster
 * (the plan's `mskClusterPolicy`, shared with the Pulumi face).
 */
import { Lazy, Stack } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as msk from 'aws-cdk-lib/aws-msk';
import type { Construct } from 'constructs';
import { mskClusterPolicy } from '../policies';

/**
 * Creates the policy (id `ClusterPolicy`) when there is anything to put in it. `document` is read at synthesis,
 * so statements added to it later are included.
 */
export function createClusterPolicy(
  scope: Construct, clusterArn: string, allowedAccounts: readonly string[], document: iam.PolicyDocument | undefined,
): msk.CfnClusterPolicy | undefined {
  if (allowedAccounts.length === 0 && document === undefined) return undefined;
  const partition = Stack.of(scope).partition;
  return new msk.CfnClusterPolicy(scope, 'ClusterPolicy', {
    clusterArn,
    policy: Lazy.any({ produce: () => mskClusterPolicy(partition, clusterArn, allowedAccounts, document?.toJSON()) }),
  });
}
