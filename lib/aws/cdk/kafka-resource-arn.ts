/**
 * ARNs of the resources of MSK IAM access control (topics, groups, transactional ids) for AWS CDK, where the cluster
 * ARN may be a deploy-time token. Used by every grant on an MSK cluster: the MSK constructs, MirrorMaker 2, MSK
 * Replicator.
 */
import { Fn, Token } from 'aws-cdk-lib';
import { resourceArn, type MskIamResourceKind } from '../msk-iam-access';

/**
 * ARN of a topic, group or transactional id of the cluster:
 * `arn:<partition>:kafka:<region>:<account>:<kind>/<cluster name>/<cluster uuid>/<name>`.
 * For a deploy-time cluster ARN the same split is done with `Fn::Split` / `Fn::Select` / `Fn::Join`.
 */
export function kafkaResourceArn(clusterArn: string, kind: MskIamResourceKind, name: string): string {
  if (kind === 'cluster') return clusterArn;
  if (!Token.isUnresolved(clusterArn)) return resourceArn(clusterArn, kind, name);
  // With an assumed length, Fn.split returns one Fn::Select per part.
  const [prefix, nameAndUuid] = Fn.split(':cluster/', clusterArn, 2);
  return Fn.join('', [prefix!, `:${kind}/`, nameAndUuid!, `/${name}`]);
}
