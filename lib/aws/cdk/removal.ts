/**
 * One removal policy for everything a cluster owns (cluster, key, log group, secrets, configuration, security
 * groups, SCRAM association, cluster policy): a retained cluster must not lose the key or secrets it still uses.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { assertNever, type RemovalMode } from '../../core/types';

/** Maps the plan's removal mode to a CDK removal policy. */
export function removalPolicyOf(mode: RemovalMode): RemovalPolicy {
  switch (mode) {
    case 'retain':
      return RemovalPolicy.RETAIN;
    case 'destroy':
      return RemovalPolicy.DESTROY;
    default:
      return assertNever(mode, 'removal mode');
  }
}

/** Anything with `applyRemovalPolicy`: L1 resources and L2 resources alike. */
interface Removable extends IConstruct {
  applyRemovalPolicy(policy: RemovalPolicy): void;
}

/** Applies `policy` (DeletionPolicy and UpdateReplacePolicy) to each resource. */
export function applyRemoval(policy: RemovalPolicy, ...resources: readonly (Removable | undefined)[]): void {
  for (const r of resources) r?.applyRemovalPolicy(policy);
}
