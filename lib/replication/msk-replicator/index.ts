/**
 * MSK Replicator (`AWS::MSK::Replicator`), pure: spec, limits, the validated plan, the execution role's
 * least-privilege statements, the planned alarms and the monthly cost. Faces: `kafka-iac/replication/cdk` and `kafka-iac/replication/pulumi`.
 */
export * from './spec';
export * from './limits';
export * from './plan-types';
export {
  externalAuthSecretArn, mskClusterArn, planMskReplicator, replicatorClusterKey, validateMskReplicator, validateMskReplicatorSet, type MskReplicatorSetEntry,
} from './plan';
export {
  executionRolePolicy, executionRolePolicyStatements, executionRoleStatements, executionRoleTrustPolicy, replicatorSourceClusterPolicyStatement,
  type ExecutionRoleInputs, type ReplicatorArnOf,
} from './policies';
export { planReplicatorAlarms, replicatorDimensions, REPLICATOR_METRIC_NAMESPACE } from './alarms';
export { estimateMskReplicatorCost, regionOfMskReplicatorPlan } from './cost';
