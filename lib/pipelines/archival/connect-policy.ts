/**
 * The MSK Connect archive's IAM and key policies, after the Amazon MSK developer guide ("Understand service execution
 * role", "IAM access control", checked 2026-12-04): MSK Connect (`kafkaconnect.amazonaws.com`) assumes the role for
 * this archive's connectors only (`aws:SourceAccount`, `aws:SourceArn`); on the cluster it connects, reads the
 * archived topics and the dead-letter topic, writes (and may create) the dead-letter topic, uses MSK Connect's
 * internal topics and the connectors' consumer groups; in S3 it lists the two buckets and writes under the archive
 * and dead-letter prefixes only, using the buckets' keys through S3 only. It never reads or deletes archived objects.
 */
import type { AccountContext } from '../../aws/iam-policy';
import { CHANNEL_BUCKET_ACTIONS, CHANNEL_KEY_ACTIONS, CHANNEL_OBJECT_ACTIONS, type ChannelStatementPlan } from './channel-policy';
import type { ConnectArchivalPlan } from './connect-plan-types';

/** The principal that assumes the role. */
export const CONNECT_SERVICE_PRINCIPAL = 'kafkaconnect.amazonaws.com';

/** Topics and groups MSK Connect keeps on the cluster for a connector (offsets, configs, status). */
export const MSK_CONNECT_INTERNAL_PREFIX = '__amazon_msk_connect_';

/** The connectors of one archive: `arn:<partition>:kafkaconnect:<region>:<account>:connector/<name>-*`. */
export function connectorArnPattern(ctx: AccountContext, name: string): string {
  return `arn:${ctx.partition}:kafkaconnect:${ctx.region}:${ctx.accountId}:connector/${name}-*`;
}

/** Conditions of the trust policy. */
export function connectTrustConditions(ctx: AccountContext, name: string): Record<string, Record<string, string>> {
  return { StringEquals: { 'aws:SourceAccount': ctx.accountId }, ArnLike: { 'aws:SourceArn': connectorArnPattern(ctx, name) } };
}

export interface ConnectPolicyInput {
  readonly ctx: AccountContext;
  readonly plan: ConnectArchivalPlan;
  readonly clusterArn: string;
  /** ARN of a topic or group of the cluster (`arn:...:topic/<cluster>/<uuid>/<name>`), built by the face. */
  readonly kafkaArn: (kind: 'topic' | 'group', name: string) => string;
  readonly bucketArn: string;
  readonly deadLetterBucketArn: string;
  /** Customer-managed keys of the buckets. */
  readonly keyArns: readonly string[];
}

/** The statements of the connectors' role, in a stable order. */
export function connectPolicyStatements(i: ConnectPolicyInput): ChannelStatementPlan[] {
  const { plan } = i;
  const dlq = plan.deadLetterTopic.name;
  const archive = plan.connectors.find((c) => c.role === 'archive')!;
  const out: ChannelStatementPlan[] = [
    { sid: 'KafkaCluster', actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], resources: [i.clusterArn] },
    { sid: 'ReadArchivedTopics', actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], resources: [...archive.topics, dlq].map((t) => i.kafkaArn('topic', t)) },
    { sid: 'WriteDeadLetterTopic', actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData'], resources: [i.kafkaArn('topic', dlq)] },
    {
      sid: 'InternalTopics', actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData', 'kafka-cluster:WriteData'],
      resources: [i.kafkaArn('topic', `${MSK_CONNECT_INTERNAL_PREFIX}*`)],
    },
    {
      sid: 'ConsumerGroups', actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'],
      resources: [...plan.connectors.map((c) => i.kafkaArn('group', `connect-${c.connectorName}`)), i.kafkaArn('group', `${MSK_CONNECT_INTERNAL_PREFIX}*`)],
    },
    { sid: 'ArchiveBucket', actions: [...CHANNEL_BUCKET_ACTIONS], resources: [i.bucketArn] },
    { sid: 'ArchiveObjects', actions: [...CHANNEL_OBJECT_ACTIONS], resources: [`${i.bucketArn}/${archive.prefix}*`] },
    { sid: 'DeadLetterBucket', actions: [...CHANNEL_BUCKET_ACTIONS], resources: [i.deadLetterBucketArn] },
    { sid: 'DeadLetterObjects', actions: [...CHANNEL_OBJECT_ACTIONS], resources: [`${i.deadLetterBucketArn}/${plan.connectors.find((c) => c.role === 'dead-letters')!.prefix}*`] },
  ];
  if (i.keyArns.length > 0) {
    out.push({
      sid: 'BucketKeysThroughS3', actions: [...CHANNEL_KEY_ACTIONS], resources: [...i.keyArns],
      condition: { StringEquals: { 'kms:ViaService': `s3.${i.ctx.region}.${i.ctx.dnsSuffix}` } },
    });
  }
  return out;
}

/** Why each statement of the role holds a wildcard resource (cdk-nag acknowledgements). */
export const CONNECT_WILDCARD_REASONS: Readonly<Record<string, string>> = {
  ArchiveObjects: 'The objects the S3 sink writes under the archive prefix of one bucket; the connector names each object (topic, partition, offset).',
  DeadLetterObjects: 'The dead-letter objects the S3 sink writes under their prefix of one bucket; the connector names each object.',
  InternalTopics: 'The offset, config and status topics MSK Connect creates for each connector, named after the connector at run time.',
  ConsumerGroups: 'The internal groups MSK Connect uses for its workers, named at run time; the connectors\' own groups are exact.',
};

/** KMS actions CloudWatch Logs needs on the key of an encrypted log group. */
export const LOGS_KEY_ACTIONS = ['kms:Decrypt', 'kms:Describe*', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'] as const;

/** The key-policy statement letting CloudWatch Logs use the archive key for the workers' log group only. */
export function connectLogsKeyStatement(ctx: AccountContext, logGroupName: string): Record<string, unknown> {
  return {
    Sid: 'AllowCloudWatchLogsForConnectorLogGroup',
    Effect: 'Allow',
    Principal: { Service: `logs.${ctx.region}.${ctx.dnsSuffix}` },
    Action: [...LOGS_KEY_ACTIONS],
    Resource: '*',
    Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': `arn:${ctx.partition}:logs:${ctx.region}:${ctx.accountId}:log-group:${logGroupName}` } },
  };
}
