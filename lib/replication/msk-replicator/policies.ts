/**
 * The service execution role of MSK Replicator, least privilege, and the source cluster policy of a cross-region
 * replicator. Statements follow the MSK Developer Guide's "Service execution role permissions reference" and its
 * pages "Topic replication permissions", "Topic configuration replication permissions", "ACL replication
 * permissions" and "Consumer group offset sync permissions" (checked 2026-11-23): exact `kafka-cluster` actions on
 * the two clusters' own ARNs, their topics and groups, instead of the `AWSMSKReplicatorExecutionRole` managed
 * policy, which allows them on every cluster, topic and group of every account (`arn:aws:kafka:*:*:...`).
 * Pure: ARNs are filled in by the face (CDK tokens or resolved Pulumi values).
 */
import type { PolicyDocumentJson, PolicyStatementJson } from '../../aws/iam-policy';
import { iamNamePatternsOf } from '../iam-patterns';
import {
  REPLICATOR_EXTERNAL_REQUIREMENTS, REPLICATOR_INTERNAL_GROUPS, REPLICATOR_INTERNAL_TOPICS, REPLICATOR_SERVICE_PRINCIPAL, REPLICATOR_SOURCE_CLUSTER_POLICY_ACTIONS,
} from './limits';
import type { MskReplicatorIamResource, MskReplicatorPlan, MskReplicatorStatementPlan } from './plan-types';
import type { MskReplicatorClusterRole } from './spec';

const INTERNAL_TOPIC_ACTIONS = [
  'kafka-cluster:CreateTopic', 'kafka-cluster:ReadData', 'kafka-cluster:WriteData', 'kafka-cluster:DescribeTopic',
  'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:AlterTopic', 'kafka-cluster:AlterTopicDynamicConfiguration',
];

/** What the statements depend on. */
export interface ExecutionRoleInputs {
  readonly topicsInclude: readonly string[];
  readonly groupsInclude: readonly string[];
  readonly prefixedNames: boolean;
  readonly copyTopicConfigurations: boolean;
  readonly copyAccessControlLists: boolean;
  readonly detectAndCopyNewTopics: boolean;
  readonly synchroniseOffsets: boolean;
  /**
   * The source is an MSK cluster (IAM): false for an Apache Kafka source, which authenticates the replicator with
   * its own credentials, so the role names no resource of it.
   * @default true
   */
  readonly sourceOnMsk?: boolean;
}

/** The statements of the execution role for these settings. */
export function executionRoleStatements(i: ExecutionRoleInputs): MskReplicatorStatementPlan[] {
  const sourceTopics = iamNamePatternsOf(i.topicsInclude);
  // Prefixed names are `<source alias>.<topic>`; the alias is only known once the replicator exists.
  const targetTopics = i.prefixedNames ? sourceTopics.map((t) => `*.${t}`) : sourceTopics;
  const groups = iamNamePatternsOf(i.groupsInclude);
  const out: MskReplicatorStatementPlan[] = [
    { sid: 'SourceCluster', cluster: 'source', resource: 'cluster', names: [], actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'] },
    {
      sid: 'TargetCluster', cluster: 'target', resource: 'cluster', names: [],
      // AlterCluster writes the copied ACLs ("ACL replication permissions").
      actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently', ...(i.copyAccessControlLists ? ['kafka-cluster:AlterCluster'] : [])],
    },
    { sid: 'SourceInternalTopics', cluster: 'source', resource: 'topic', names: [...REPLICATOR_INTERNAL_TOPICS], actions: INTERNAL_TOPIC_ACTIONS },
    {
      sid: 'SourceDataTopics', cluster: 'source', resource: 'topic', names: sourceTopics,
      // Topic configurations are read to copy them and to create new topics alike ("Topic configuration replication permissions").
      actions: ['kafka-cluster:ReadData', 'kafka-cluster:DescribeTopic', ...(i.copyTopicConfigurations || i.detectAndCopyNewTopics ? ['kafka-cluster:DescribeTopicDynamicConfiguration'] : [])],
    },
    { sid: 'TargetInternalTopics', cluster: 'target', resource: 'topic', names: [...REPLICATOR_INTERNAL_TOPICS], actions: INTERNAL_TOPIC_ACTIONS },
    {
      sid: 'TargetDataTopics', cluster: 'target', resource: 'topic', names: targetTopics,
      actions: [
        'kafka-cluster:CreateTopic', 'kafka-cluster:WriteData', 'kafka-cluster:DescribeTopic', 'kafka-cluster:DescribeTopicDynamicConfiguration',
        ...(i.copyTopicConfigurations ? ['kafka-cluster:AlterTopic', 'kafka-cluster:AlterTopicDynamicConfiguration'] : []),
      ],
    },
  ];
  if (groups.length > 0) {
    // The replicator reads the groups' committed offsets on the source ("Consumer group offset sync permissions").
    out.push({ sid: 'SourceGroups', cluster: 'source', resource: 'group', names: groups, actions: ['kafka-cluster:DescribeGroup'] });
  }
  out.push({
    sid: 'TargetGroups', cluster: 'target', resource: 'group',
    names: [...REPLICATOR_INTERNAL_GROUPS, ...(groups.length > 0 && i.synchroniseOffsets ? groups : [])],
    actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
  });
  return i.sourceOnMsk === false ? out.filter((st) => st.cluster !== 'source') : out;
}

/** ARN of a cluster, topic or group of one of the two clusters (`name` is empty for the cluster). */
export type ReplicatorArnOf = (cluster: MskReplicatorClusterRole, resource: MskReplicatorIamResource, name: string) => string;

/**
 * The execution role's statements as IAM JSON, one statement per plan entry, resources in plan order; then, for an
 * Apache Kafka source, reading its secrets and decrypting them ("Additional SER permissions ...": the managed policy
 * has neither).
 */
export function executionRolePolicyStatements(plan: Pick<MskReplicatorPlan, 'executionRole'>, arnOf: ReplicatorArnOf): PolicyStatementJson[] {
  const out: PolicyStatementJson[] = plan.executionRole.statements.map((s) => ({
    Sid: s.sid,
    Effect: 'Allow',
    Action: [...s.actions],
    Resource: s.resource === 'cluster' ? [arnOf(s.cluster, 'cluster', '')] : s.names.map((n) => arnOf(s.cluster, s.resource, n)),
  }));
  const secrets = plan.executionRole.secrets;
  if (secrets) {
    out.push({ Sid: 'SourceSecrets', Effect: 'Allow', Action: [...REPLICATOR_EXTERNAL_REQUIREMENTS.secretActions], Resource: [...secrets.secretArns] });
    if (secrets.keyArns.length > 0) out.push({ Sid: 'SourceSecretKeys', Effect: 'Allow', Action: [...REPLICATOR_EXTERNAL_REQUIREMENTS.keyActions], Resource: [...secrets.keyArns] });
  }
  return out;
}

/** The execution role's inline policy document. */
export function executionRolePolicy(plan: Pick<MskReplicatorPlan, 'executionRole'>, arnOf: ReplicatorArnOf): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: executionRolePolicyStatements(plan, arnOf) };
}

/** Trust policy of the execution role: only the MSK service may assume it. */
export function executionRoleTrustPolicy(): PolicyDocumentJson {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: REPLICATOR_SERVICE_PRINCIPAL }, Action: 'sts:AssumeRole' }],
  };
}

/**
 * The statement a cross-region source cluster's policy needs so that MSK can open its private connection to it
 * ("Network requirements"). Pass it to the source `MskCluster`'s `clusterPolicy`.
 */
export function replicatorSourceClusterPolicyStatement(sourceClusterArn: string): PolicyStatementJson {
  // The ARN may be `arn:...:cluster/<name>/*` when the policy is written before the cluster exists.
  return {
    Sid: 'KafkaIacMskReplicator',
    Effect: 'Allow',
    Principal: { Service: REPLICATOR_SERVICE_PRINCIPAL },
    Action: [...REPLICATOR_SOURCE_CLUSTER_POLICY_ACTIONS],
    Resource: sourceClusterArn,
  };
}
