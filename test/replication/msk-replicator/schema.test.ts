/**
 * The limits table against the `AWS::MSK::Replicator` resource provider schema that cfn-lint ships (the schema
 * CloudFormation validates with): enums, name and list limits, and the required properties the plan always fills.
 */
import { spawnSync } from 'child_process';
import {
  planMskReplicator, REPLICATOR_COMPRESSION_TYPES, REPLICATOR_SCHEMA, REPLICATOR_STARTING_POSITIONS, REPLICATOR_TOPIC_NAMING,
} from '../../../lib/replication/msk-replicator';
import { spec } from './fixtures';

interface JsonSchema {
  readonly required?: string[];
  readonly properties: Record<string, any>;
  readonly definitions: Record<string, any>;
}

function replicatorSchema(): JsonSchema {
  const script = "import json\nfrom cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER as m\nprint(json.dumps(m.get_resource_schema('us-east-1', 'AWS::MSK::Replicator').schema))";
  const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`cfn-lint's schema could not be read (cfn-lint must be installed): ${r.stderr}`);
  return JSON.parse(r.stdout) as JsonSchema;
}

const schema = replicatorSchema();
const d = schema.definitions;

test('enums: compression, starting position, topic naming, offset sync mode', () => {
  expect([...REPLICATOR_COMPRESSION_TYPES].sort()).toEqual([...d.ReplicationInfo.properties.TargetCompressionType.enum].sort());
  expect([...REPLICATOR_STARTING_POSITIONS].sort()).toEqual([...d.ReplicationStartingPositionType.enum].sort());
  expect([...REPLICATOR_TOPIC_NAMING].sort()).toEqual([...d.ReplicationTopicNameConfigurationType.enum].sort());
  expect(d.ConsumerGroupOffsetSyncMode.enum).toContain(planMskReplicator(spec()).consumerGroupReplication.offsetSyncMode);
});

test('name, description and list limits', () => {
  expect(schema.properties.ReplicatorName.maxLength).toBe(REPLICATOR_SCHEMA.name.maxLength);
  expect(schema.properties.ReplicatorName.pattern).toBe(REPLICATOR_SCHEMA.name.pattern.source.replace('*$', '{0,}$'));
  expect(schema.properties.Description.maxLength).toBe(REPLICATOR_SCHEMA.descriptionMaxLength);
  const topics = d.TopicReplication.properties;
  expect([topics.TopicsToReplicate.items.maxLength, topics.TopicsToReplicate.maxItems, topics.TopicsToExclude.maxItems])
    .toEqual([REPLICATOR_SCHEMA.topicRegex.maxLength, REPLICATOR_SCHEMA.topicRegex.maxItems, REPLICATOR_SCHEMA.topicRegex.maxItems]);
  const groups = d.ConsumerGroupReplication.properties;
  expect([groups.ConsumerGroupsToReplicate.items.maxLength, groups.ConsumerGroupsToReplicate.maxItems, groups.ConsumerGroupsToExclude.maxItems])
    .toEqual([REPLICATOR_SCHEMA.groupRegex.maxLength, REPLICATOR_SCHEMA.groupRegex.maxItems, REPLICATOR_SCHEMA.groupRegex.maxItems]);
  const vpc = d.KafkaClusterClientVpcConfig.properties;
  expect([vpc.SubnetIds.minItems, vpc.SubnetIds.maxItems, vpc.SecurityGroupIds.maxItems])
    .toEqual([REPLICATOR_SCHEMA.subnets.min, REPLICATOR_SCHEMA.subnets.max, REPLICATOR_SCHEMA.securityGroups.max]);
  expect([schema.properties.KafkaClusters.minItems, schema.properties.KafkaClusters.maxItems, schema.properties.ReplicationInfoList.maxItems]).toEqual([2, 2, 1]);
});

test('lists the schema wants non-empty when present are omitted when empty', () => {
  // TopicsToExclude and ConsumerGroupsToExclude have minItems 1; ConsumerGroupsToReplicate may be empty.
  expect([d.TopicReplication.properties.TopicsToExclude.minItems, d.ConsumerGroupReplication.properties.ConsumerGroupsToExclude.minItems]).toEqual([1, 1]);
  expect(d.ConsumerGroupReplication.properties.ConsumerGroupsToReplicate.minItems).toBe(0);
  expect(d.ConsumerGroupReplication.required).toEqual(['ConsumerGroupsToReplicate']);
  expect([...d.ReplicationInfo.required].sort()).toEqual(['ConsumerGroupReplication', 'TargetCompressionType', 'TopicReplication']);
  expect([...(schema.required ?? [])].sort()).toEqual(['KafkaClusters', 'ReplicationInfoList', 'ReplicatorName', 'ServiceExecutionRoleArn']);
});
