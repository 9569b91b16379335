/**
 * `TopicArchive`: archives topics of a cluster to S3 (or to Apache Iceberg tables on S3 Tables) with MSK channels,
 * one `AWS::MSK::Channel` per topic, on Express brokers. Every decision is in `planArchival`; this face creates the
 * buckets and their key, the channels' service execution role and the channels.
 */
import { Annotations, Aws, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as msk from 'aws-cdk-lib/aws-msk';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, type IConstruct } from 'constructs';
import { kafkaResourceArn } from '../../aws/cdk/kafka-resource-arn';
import { removalPolicyOf } from '../../aws/cdk/removal';
import { WildcardFindingLedger } from '../../aws/cdk/wildcard-findings';
import type { AccountContext } from '../../aws/iam-policy';
import type { TopicPlan, TopicSpec } from '../../core/catalog/types';
import { CHANNEL_LIMITS } from '../archival/limits';
import { CHANNEL_SERVICE_PRINCIPAL, channelPolicyStatements, channelTrustConditions } from '../archival/channel-policy';
import { archivalFactsOf, type ArchivableClusterPlan } from '../archival/cluster-facts';
import { planArchival } from '../archival/plan';
import type { ArchivalPlan, PlannedArchivalChannel } from '../archival/plan-types';
import type { ArchivalClusterFacts, ArchivalClusterKind, ArchivalIcebergDestinationSpec, ArchivalS3DestinationSpec, ArchivalSpec } from '../archival/spec';
import { createArchiveBucket, createArchiveKey, type ArchiveStorageProps } from './archive-buckets';
import type { GlueSchemaRegistry } from './glue-schema-registry';

/** An MSK cluster that is not built by this library, described by its attributes. */
export interface TopicArchiveClusterAttributes {
  readonly kind: ArchivalClusterKind;
  readonly clusterArn: string;
  readonly clusterName: string;
  /**
   * The cluster's topics: archived topics must be among them.
   * @default - none: topic names are checked for Kafka's naming rules only (the topics must exist before deploy)
   */
  readonly topics?: readonly TopicSpec[];
}

/**
 * A cluster construct of this library, by its shape: `MskCluster` (Express brokers are archived; Standard brokers are
 * refused), `MskServerlessCluster` and `SelfManagedKafkaCluster` (refused, with the reason).
 */
export interface ArchivableCluster {
  readonly plan: ArchivableClusterPlan;
  /**
   * The MSK cluster ARN.
   * @default - none: a self-managed cluster
   */
  readonly clusterArn?: string;
  /**
   * The validated topic catalog of the cluster.
   * @default - none: topic names are checked for Kafka's naming rules only
   */
  readonly topicsPlan?: { readonly catalog: { readonly topics: readonly TopicPlan[] } };
  /**
   * The cluster's native topics by name: a channel is created after its topic.
   * @default {}
   */
  readonly topics?: Readonly<Record<string, IConstruct>>;
}

/** Iceberg destination with the library's Glue schema registry construct. */
export interface TopicArchiveIcebergDestination extends Omit<ArchivalIcebergDestinationSpec, 'schemaRegistry'> {
  /** The registry holding a JSON schema (value subject) for every archived topic. */
  readonly schemaRegistry: GlueSchemaRegistry;
}

/** Properties of `TopicArchive`: the archive spec, the cluster, and its buckets (`bucket` for the S3 destination only). */
export interface TopicArchiveProps extends Omit<ArchivalSpec, 'destination' | 'bucket' | 'deadLetterBucket'>, ArchiveStorageProps {
  /** The cluster whose topics are archived: an `MskCluster` with Express brokers (others are refused, with the reason). */
  readonly cluster: ArchivableCluster | TopicArchiveClusterAttributes;
  /**
   * Where records go.
   * @default { kind: 's3' }
   */
  readonly destination?: ArchivalS3DestinationSpec | TopicArchiveIcebergDestination;
}

const ledger = new WildcardFindingLedger();

/** Why each statement of the channel role holds a wildcard resource. */
const WILDCARD_REASONS: Readonly<Record<string, string>> = {
  ArchiveObjects: 'The objects the channels write under the archive prefix of one bucket; MSK names each object at delivery.',
  DeadLetterObjects: 'The dead-letter objects the channels write under their prefix of one bucket; MSK names each object at delivery.',
  IcebergTables: 'The tables of one S3 Tables bucket, which the channels create (one per topic).',
  GlueSchemas: 'glue:GetSchemaVersion looks a schema version up by its id, which names no registry (AWS Glue developer guide).',
};

/** What the face reads from a cluster input. */
interface ResolvedArchiveCluster {
  readonly facts: ArchivalClusterFacts;
  /**
   * The MSK cluster ARN.
   * @default - none: a self-managed cluster (refused by the plan)
   */
  readonly clusterArn?: string;
  /** Native topics of a library cluster, by name (channels depend on them). */
  readonly topics: Readonly<Record<string, IConstruct>>;
}

function clusterOf(c: TopicArchiveProps['cluster']): ResolvedArchiveCluster {
  if ('plan' in c) {
    return { facts: archivalFactsOf(c.plan, c.topicsPlan?.catalog.topics ?? []), ...(c.clusterArn !== undefined ? { clusterArn: c.clusterArn } : {}), topics: c.topics ?? {} };
  }
  return { facts: { kind: c.kind, clusterName: c.clusterName, ...(c.topics ? { catalog: c.topics } : {}) }, clusterArn: c.clusterArn, topics: {} };
}

export class TopicArchive extends Construct {
  readonly plan: ArchivalPlan;
  /** The archive bucket (S3 destination). */
  readonly bucket?: s3.IBucket;
  readonly deadLetterBucket: s3.IBucket;
  /** The key of the created buckets. */
  readonly encryptionKey?: kms.IKey;
  /** The channels' service execution role. */
  readonly role: iam.Role;
  /** The channels by topic name. */
  readonly channels: Readonly<Record<string, msk.CfnChannel>>;

  constructor(scope: Construct, id: string, props: TopicArchiveProps) {
    super(scope, id);
    const { cluster, destination, bucket, bucketName, deadLetterBucket, deadLetterBucketName, encryptionKey, serverAccessLogsBucket, ...spec } = props;
    const resolved = clusterOf(cluster);
    const registry = destination?.kind === 'iceberg' ? destination.schemaRegistry : undefined;
    this.plan = planArchival({
      ...spec,
      ...(destination ? { destination: destination.kind === 'iceberg' ? { ...destination, schemaRegistry: destination.schemaRegistry.plan } : destination } : {}),
      ...(bucket ? { bucket: { kind: 'existing', bucketName: bucket.bucketName } } : destination?.kind === 'iceberg' ? {} : { bucket: { kind: 'create', ...(bucketName !== undefined ? { bucketName } : {}) } }),
      deadLetterBucket: deadLetterBucket ? { kind: 'existing', bucketName: deadLetterBucket.bucketName } : { kind: 'create', ...(deadLetterBucketName !== undefined ? { bucketName: deadLetterBucketName } : {}) },
    }, resolved.facts, (v) => Token.isUnresolved(v), `TopicArchive '${this.node.path}'`);
    const plan = this.plan;
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
    const removal = removalPolicyOf(plan.removal);

    const creates = plan.bucket?.kind === 'create' || plan.deadLetterBucket.kind === 'create';
    this.encryptionKey = encryptionKey ?? (creates ? createArchiveKey(this, `Archive of Kafka topics of cluster ${plan.clusterName} (${plan.name})`, removal) : undefined);
    const bucketOptions = { key: this.encryptionKey!, removalPolicy: removal, ...(serverAccessLogsBucket ? { serverAccessLogsBucket } : {}) };
    if (plan.bucket) {
      this.bucket = bucket ?? createArchiveBucket(this, 'Bucket', { ...bucketOptions, bucketName, lifecycle: plan.dataLifecycle, holds: `the archived records of cluster ${plan.clusterName}` });
    }
    this.deadLetterBucket = deadLetterBucket ?? createArchiveBucket(this, 'DeadLetterBucket', {
      ...bucketOptions, bucketName: deadLetterBucketName, lifecycle: plan.deadLetterLifecycle, holds: `the records the channels of cluster ${plan.clusterName} could not deliver`,
    });

    const ctx = this.account();
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal(CHANNEL_SERVICE_PRINCIPAL).withConditions(channelTrustConditions(ctx, plan.clusterName)),
      description: `MSK channels of cluster ${plan.clusterName}: write the archive ${plan.name}`,
    });
    const keyArns = [...new Set([this.bucket?.encryptionKey, this.deadLetterBucket.encryptionKey].flatMap((k) => (k ? [k.keyArn] : [])))];
    const statements = channelPolicyStatements({
      ctx,
      ...(this.bucket && plan.destination.kind === 's3' ? { bucket: { arn: this.bucket.bucketArn, prefix: plan.destination.prefix } } : {}),
      deadLetterBucket: { arn: this.deadLetterBucket.bucketArn, prefix: plan.errorOutputPrefix },
      keyArns,
      ...(plan.destination.kind === 'iceberg' ? {
        iceberg: { tableBucketArn: plan.destination.tableBucketArn, registryName: plan.destination.registryName, schemaNames: plan.channels.flatMap((c) => (c.schemaName ? [c.schemaName] : [])) },
      } : {}),
    });
    for (const s of statements) {
      this.role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: s.sid, actions: [...s.actions], resources: [...s.resources], ...(s.condition ? { conditions: s.condition } : {}) }));
    }
    ledger.record(this.role, statements.flatMap((s) => s.resources.filter((r) => r === '*' || r.endsWith('*')).map((resource) => ({
      resource,
      reason: WILDCARD_REASONS[s.sid.replace(/\d+$/, '')] ?? s.sid,
    }))));
    ledger.acknowledge(this.role, `Archive '${plan.name}' of cluster ${plan.clusterName}.`);

    const channels: Record<string, msk.CfnChannel> = {};
    for (const c of plan.channels) {
      const channel = new msk.CfnChannel(this, `Channel.${c.topic}`, this.channelProps(c, resolved.clusterArn!, registry));
      // The policy must exist before MSK checks the role; the role itself is already referenced.
      channel.node.addDependency(this.role.node.findChild('DefaultPolicy'));
      const topic = resolved.topics[c.topic];
      if (topic) channel.node.addDependency(topic);
      if (registry && c.schemaName) channel.node.addDependency(registry.schemas[c.schemaName]!);
      channels[c.topic] = channel;
    }
    this.channels = channels;
  }

  private channelProps(c: PlannedArchivalChannel, clusterArn: string, registry: GlueSchemaRegistry | undefined): msk.CfnChannelProps {
    const plan = this.plan;
    const d = plan.destination;
    const deadLetterQueueS3 = { bucketArn: this.deadLetterBucket.bucketArn, errorOutputPrefix: plan.errorOutputPrefix };
    const topic: msk.CfnChannel.TopicConfigurationProperty = {
      topicArn: kafkaResourceArn(clusterArn, 'topic', c.topic),
      recordConverter: { valueConverter: d.valueConverter },
      ...(registry && c.schemaName ? { recordSchema: { gsrArn: registry.schemas[c.schemaName]!.attrArn } } : {}),
    };
    const common = { channelName: c.channelName, clusterArn, topicConfigurationList: [topic] };
    if (d.kind === 's3') {
      return {
        ...common,
        s3DestinationConfiguration: {
          dataFreshnessInSeconds: plan.dataFreshnessSeconds,
          deadLetterQueueS3,
          serviceExecutionRoleArn: this.role.roleArn,
          storage: { bucketArn: this.bucket!.bucketArn, compressionType: d.compression, storageClass: d.storageClass, outputPrefix: d.prefix },
        },
      };
    }
    return {
      ...common,
      icebergDestinationConfiguration: {
        appendOnly: true,
        catalog: { warehouseLocation: d.tableBucketArn },
        dataFreshnessInSeconds: plan.dataFreshnessSeconds,
        deadLetterQueueS3,
        destinationTableList: [{
          destinationDatabaseName: d.namespace,
          destinationTableName: c.tableName!,
          ...(d.partitionByHourOn !== undefined ? { partitionSpec: { partitionStrategy: CHANNEL_LIMITS.icebergPartitionStrategy, sourceList: [{ sourceName: d.partitionByHourOn }] } } : {}),
        }],
        schemaEvolution: { enableSchemaEvolution: d.schemaEvolution },
        serviceExecutionRoleArn: this.role.roleArn,
        tableCreation: { enableTableCreation: true },
      },
    };
  }

  private account(): AccountContext {
    const stack = Stack.of(this);
    return { partition: Aws.PARTITION, dnsSuffix: Aws.URL_SUFFIX, region: stack.region, accountId: stack.account };
  }
}
