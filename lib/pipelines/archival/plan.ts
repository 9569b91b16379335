/**
 * `planArchival`: checks an archival spec against its cluster and decides every name, bucket and rule. Every problem
 * is collected and thrown at once, before anything is deployed; what the service would refuse (a channel on
 * Standard brokers or MSK Serverless, Iceberg without a Glue schema, ...) is refused here.
 */
import type { TopicSpec } from '../../core/catalog/types';
import { IssueCollector, neverUnknown, type IsUnknown } from '../../core/issues';
import { isKafkaTopicName, KAFKA_TOPIC_NAME_RULE } from '../../core/topic-name';
import { planLifecycle } from './lifecycle';
import { CHANNEL_LIMITS, isS3BucketName, KAFKA_DEFAULT_RETENTION_HOURS, S3_BUCKET_NAME, S3_TABLES_BUCKET_ARN, S3_TABLES_NAMESPACE } from './limits';
import type { ArchivalPlan, PlannedArchivalBucket, PlannedArchivalChannel, PlannedArchivalDestination } from './plan-types';
import type { ArchivalBucketSpec, ArchivalClusterFacts, ArchivalDestinationSpec, ArchivalIcebergDestinationSpec, ArchivalSpec } from './spec';

/** Prefix of the dead-letter objects. */
export const ARCHIVAL_ERROR_PREFIX = 'dead-letters/';
export const DEFAULT_ARCHIVAL_PREFIX = 'topics/';

/** Why each cluster kind other than Express has no channel, and what to use instead. */
const NO_CHANNEL: Readonly<Record<Exclude<ArchivalClusterFacts['kind'], 'msk-express'>, { code: string; fix: string }>> = {
  'msk-standard': { code: 'archival/channel-standard-brokers', fix: 'Channels deliver from Express brokers only: use an Express cluster, or ConnectTopicArchive (the S3 sink on MSK Connect, IAM on).' },
  'msk-serverless': { code: 'archival/channel-serverless', fix: 'MSK Serverless has no channels: use an Express cluster.' },
  'self-managed': { code: 'archival/channel-self-managed', fix: 'Channels are an MSK Express feature: replicate the topics into an MSK cluster (MskReplicator) and archive them there.' },
};

/** An archived topic with its retention. */
export interface ResolvedTopic {
  readonly name: string;
  readonly retentionHours: number | 'unlimited';
  readonly inCatalog: boolean;
}

/** The archived topics, checked against the cluster's catalog; `readers` names what needs them to exist first. */
export function planTopics(c: IssueCollector, spec: Pick<ArchivalSpec, 'topics'>, cluster: ArchivalClusterFacts, readers = 'the channels'): ResolvedTopic[] {
  if (!Array.isArray(spec.topics) || spec.topics.length === 0) {
    c.error('archival/topics-empty', 'topics', 'name at least one topic', spec.topics, "List the topics to archive, e.g. ['orders.placed'].");
    return [];
  }
  const catalog = cluster.catalog && cluster.catalog.length > 0 ? new Map(cluster.catalog.map((t) => [t.name, t])) : undefined;
  const seen = new Set<string>();
  const out: ResolvedTopic[] = [];
  spec.topics.forEach((t, i) => {
    const given: TopicSpec = typeof t === 'string' ? { name: t } : t;
    const path = `topics[${i}]`;
    if (!isKafkaTopicName(given.name)) {
      c.error('archival/topic-name', path, KAFKA_TOPIC_NAME_RULE, given.name, 'Use the topic name as the cluster knows it.');
      return;
    }
    if (seen.has(given.name)) {
      c.error('archival/topic-duplicate', path, 'name each topic once', given.name, 'Remove the repeated topic.');
      return;
    }
    seen.add(given.name);
    const known = catalog?.get(given.name);
    if (catalog && !known) {
      c.error('archival/topic-not-in-catalog', path, `be a topic of cluster '${cluster.clusterName}' (${[...catalog.keys()].sort().join(', ')})`, given.name,
        'Add the topic to the cluster\'s topics, or fix its name.');
      return;
    }
    const retention = (known ?? given).retentionHours ?? cluster.defaultRetentionHours ?? KAFKA_DEFAULT_RETENTION_HOURS;
    out.push({ name: given.name, retentionHours: retention, inCatalog: known !== undefined });
  });
  if (!catalog && out.length > 0) {
    c.warn('archival/topic-not-managed', 'topics',
      `Cluster '${cluster.clusterName}' has no topic catalog here: the topics (${out.map((t) => t.name).join(', ')}) must exist before ${readers} are created. Declare them in the cluster's topics to have them created first.`);
  }
  return out;
}

function planChannelNames(c: IssueCollector, spec: ArchivalSpec, topics: readonly ResolvedTopic[]): Map<string, string> {
  const names = new Map<string, string>();
  const overrides = spec.channelNames ?? {};
  for (const key of Object.keys(overrides)) {
    if (!topics.some((t) => t.name === key)) {
      c.error('archival/channel-names-topic', `channelNames.${key}`, 'name an archived topic', key, 'Remove the entry or add the topic to `topics`.');
    }
  }
  const byName = new Map<string, string>();
  for (const t of topics) {
    const override = overrides[t.name];
    const name = override ?? `${spec.name}-${t.name}`;
    const path = override !== undefined ? `channelNames.${t.name}` : `topics (channel '${name}')`;
    if (!CHANNEL_LIMITS.namePattern.test(name)) {
      c.error('archival/channel-name', path, CHANNEL_LIMITS.nameRule, name, override !== undefined ? 'Shorten it.' : `Set \`channelNames['${t.name}']\` to a shorter name, or shorten \`name\`.`);
      continue;
    }
    const other = byName.get(name);
    if (other !== undefined) {
      c.error('archival/channel-name-duplicate', path, `differ from the channel of topic '${other}'`, name, 'Give each topic its own channel name.');
      continue;
    }
    byName.set(name, t.name);
    names.set(t.name, name);
  }
  return names;
}

/** A bucket of the archive, its name checked unless it is a deploy-time value. */
export function planBucket(c: IssueCollector, path: string, spec: ArchivalBucketSpec | undefined, isUnknown: IsUnknown): PlannedArchivalBucket {
  const b = spec ?? { kind: 'create' as const };
  if (b.kind !== 'create' && b.kind !== 'existing') {
    c.error('archival/bucket-kind', `${path}.kind`, "be 'create' or 'existing'", (b as { kind: unknown }).kind, "Use { kind: 'create' }.");
    return { kind: 'create' };
  }
  if ((b.kind === 'existing' || b.bucketName !== undefined) && !isUnknown(b.bucketName) && !isS3BucketName(b.bucketName)) {
    c.error('archival/bucket-name', `${path}.bucketName`, S3_BUCKET_NAME.rule, b.bucketName, 'Use e.g. \'orders-archive-123456789012\'.');
  }
  if (b.kind === 'existing') return { kind: 'existing', bucketName: b.bucketName, ...(b.keyArn !== undefined ? { keyArn: b.keyArn } : {}) };
  return { kind: 'create', ...(b.bucketName !== undefined ? { bucketName: b.bucketName } : {}) };
}

/** The longest retention of the topics, in hours. */
/** The archive's storage, the same for every back-end: buckets (apart), lifecycle after the topics' retention, removal. */
export function planStorage(c: IssueCollector, spec: Pick<ArchivalSpec, 'bucket' | 'deadLetterBucket' | 'lifecycle' | 'removal'>, topics: readonly ResolvedTopic[], withDataBucket: boolean, isUnknown: IsUnknown) {
  const bucket = withDataBucket ? planBucket(c, 'bucket', spec.bucket, isUnknown) : undefined;
  const deadLetterBucket = planBucket(c, 'deadLetterBucket', spec.deadLetterBucket, isUnknown);
  if (bucket?.kind === 'existing' && deadLetterBucket.kind === 'existing' && bucket.bucketName === deadLetterBucket.bucketName) {
    c.error('archival/bucket-same', 'deadLetterBucket.bucketName', 'differ from the archive bucket (dead letters are kept apart from the archive)', deadLetterBucket.bucketName, 'Use another bucket.');
  }
  const longest = longestRetention(topics);
  const lifecycle = planLifecycle(c, spec.lifecycle, longest);
  const removal = spec.removal ?? 'retain';
  if (removal !== 'retain' && removal !== 'destroy') c.error('archival/removal', 'removal', "be 'retain' or 'destroy'", removal, "Use 'retain'.");
  return { bucket, deadLetterBucket, longest, lifecycle, removal };
}

export function longestRetention(topics: readonly ResolvedTopic[]): number | 'unlimited' {
  return topics.some((t) => t.retentionHours === 'unlimited' || t.retentionHours < 0) ? 'unlimited' : Math.max(0, ...topics.map((t) => t.retentionHours as number));
}

function icebergTableName(topic: string): string {
  return topic.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

function planIceberg(c: IssueCollector, d: ArchivalIcebergDestinationSpec, topics: readonly ResolvedTopic[], channels: Map<string, string>, isUnknown: IsUnknown): PlannedArchivalChannel[] {
  const registry = d.schemaRegistry;
  if (registry === undefined) {
    c.error('archival/iceberg-needs-schema', 'destination.schemaRegistry', 'be a Glue schema registry with a JSON schema for every archived topic', registry,
      'Pass the plan of a GlueSchemaRegistry (its `plan`) whose subjects cover the topics.');
  } else if (registry.backend !== 'glue') {
    c.error('archival/iceberg-schema-backend', 'destination.schemaRegistry', "be planned for 'glue' (channels read AWS Glue Schema Registry schemas)", registry.backend,
      "Plan the registry with planSchemaRegistry(spec, 'glue'), e.g. a GlueSchemaRegistry.");
  }
  if (!isUnknown(d.tableBucketArn) && (typeof d.tableBucketArn !== 'string' || !S3_TABLES_BUCKET_ARN.test(d.tableBucketArn))) {
    c.error('archival/iceberg-table-bucket', 'destination.tableBucketArn', 'be the ARN of an S3 Tables table bucket', d.tableBucketArn,
      "Use 'arn:aws:s3tables:<region>:<account>:bucket/<name>'.");
  }
  if (typeof d.namespace !== 'string' || !S3_TABLES_NAMESPACE.test(d.namespace)) {
    c.error('archival/iceberg-namespace', 'destination.namespace', 'be 1-255 lowercase letters, digits or "_", starting and ending with a letter or digit', d.namespace, "Use e.g. 'kafka_archive'.");
  }
  const tables = new Map<string, string>();
  const out: PlannedArchivalChannel[] = [];
  for (const t of topics) {
    const channelName = channels.get(t.name);
    const subject = registry?.backend === 'glue' ? registry.subjects.find((s) => s.topic === t.name && s.part === 'value') : undefined;
    if (registry?.backend === 'glue' && subject === undefined) {
      c.error('archival/iceberg-topic-schema', 'destination.schemaRegistry', `hold a value schema of topic '${t.name}'`, registry.subjects.map((s) => s.subjectName).join(', ') || 'no subjects',
        `Add a subject { topic: '${t.name}', format: 'JSON', schema } to registry '${registry.name}'.`);
    } else if (subject !== undefined && subject.format !== 'JSON') {
      c.error('archival/iceberg-schema-format', 'destination.schemaRegistry', `hold a JSON schema for topic '${t.name}' (channels write JSON records to Iceberg)`, subject.format,
        'Produce JSON records with a JSON Schema subject, or archive to S3 instead.');
    } else if (subject !== undefined && d.partitionByHourOn !== undefined && !subject.schema.includes(`"${d.partitionByHourOn}"`)) {
      c.error('archival/iceberg-partition-column', 'destination.partitionByHourOn', `be a (timestamp) property of the schema of topic '${t.name}'`, d.partitionByHourOn,
        'Name a timestamp property of the JSON schema.');
    }
    const tableName = icebergTableName(t.name);
    const other = tables.get(tableName);
    if (other !== undefined) {
      c.error('archival/iceberg-table-duplicate', 'topics', `map to distinct tables (topics '${other}' and '${t.name}' both become '${tableName}')`, t.name, 'Archive one of them in another archive.');
    }
    tables.set(tableName, t.name);
    if (channelName !== undefined) out.push({ channelName, topic: t.name, inCatalog: t.inCatalog, tableName, ...(subject ? { schemaName: subject.subjectName } : {}) });
  }
  return out;
}

function planDestination(c: IssueCollector, d: ArchivalDestinationSpec): PlannedArchivalDestination | undefined {
  switch (d.kind) {
    case 's3': {
      const format = d.format ?? 'BYTE_ARRAY';
      const compression = d.compression ?? 'GZIP';
      const storageClass = d.storageClass ?? 'STANDARD';
      const prefix = d.prefix ?? DEFAULT_ARCHIVAL_PREFIX;
      if (!CHANNEL_LIMITS.s3ValueFormats.includes(format)) c.error('archival/value-format', 'destination.format', `be one of ${CHANNEL_LIMITS.s3ValueFormats.join(', ')}`, format, "Use 'BYTE_ARRAY' to keep values as produced.");
      if (!CHANNEL_LIMITS.compressions.includes(compression)) c.error('archival/compression', 'destination.compression', `be one of ${CHANNEL_LIMITS.compressions.join(', ')}`, compression, "Use 'GZIP'.");
      if (!CHANNEL_LIMITS.storageClasses.includes(storageClass)) c.error('archival/storage-class', 'destination.storageClass', `be one of ${CHANNEL_LIMITS.storageClasses.join(', ')}`, storageClass, "Use 'STANDARD' and let the lifecycle rules move objects.");
      if (typeof prefix !== 'string' || !/^[a-zA-Z0-9!_.*'()-]+(\/[a-zA-Z0-9!_.*'()-]+)*\/$/.test(prefix) || prefix.length > 512 || prefix.startsWith(ARCHIVAL_ERROR_PREFIX)) {
        c.error('archival/prefix', 'destination.prefix', `be key segments of safe characters ending with "/" (at most 512, not under '${ARCHIVAL_ERROR_PREFIX}')`, prefix, `Use '${DEFAULT_ARCHIVAL_PREFIX}'.`);
      }
      return { kind: 's3', valueConverter: format, compression, storageClass, prefix };
    }
    case 'iceberg':
      return {
        kind: 'iceberg', valueConverter: CHANNEL_LIMITS.icebergValueConverter, registryName: d.schemaRegistry?.name ?? '', tableBucketArn: d.tableBucketArn, namespace: d.namespace,
        schemaEvolution: d.schemaEvolution ?? false, ...(d.partitionByHourOn !== undefined ? { partitionByHourOn: d.partitionByHourOn } : {}),
      };
    default:
      c.error('archival/destination-kind', 'destination.kind', "be 's3' or 'iceberg'", (d as { kind: unknown }).kind, "Use { kind: 's3' }.");
      return undefined;
  }
}

/**
 * Plans an archive of `cluster`'s topics. Throws one `KafkaValidationError` listing every issue. Bucket names and the
 * table bucket ARN that are deploy-time values (`isUnknown`) are not checked.
 */
export function planArchival(spec: ArchivalSpec, cluster: ArchivalClusterFacts, isUnknown: IsUnknown = neverUnknown, subject = `Archival '${spec.name}'`): ArchivalPlan {
  const c = new IssueCollector();
  if (cluster.kind !== 'msk-express') {
    const why = NO_CHANNEL[cluster.kind];
    c.error(why.code, 'cluster', 'be an MSK cluster with Express brokers', `${cluster.kind} cluster '${cluster.clusterName}'`, why.fix);
  }
  const nameOk = typeof spec.name === 'string' && /^[a-zA-Z0-9._-]{1,40}$/.test(spec.name);
  if (!nameOk) {
    c.error('archival/name', 'name', 'be 1-40 letters, digits, ".", "_" or "-" (it prefixes the channel names)', spec.name, "Use e.g. 'archive'.");
  }
  const topics = planTopics(c, spec, cluster);
  const channelNames = nameOk ? planChannelNames(c, spec, topics) : new Map<string, string>();
  const destinationSpec: ArchivalDestinationSpec = spec.destination ?? { kind: 's3' };
  const destination = planDestination(c, destinationSpec);
  const channels = destinationSpec.kind === 'iceberg'
    ? planIceberg(c, destinationSpec, topics, channelNames, isUnknown)
    : topics.flatMap((t) => (channelNames.has(t.name) ? [{ channelName: channelNames.get(t.name)!, topic: t.name, inCatalog: t.inCatalog }] : []));
  const freshness = spec.dataFreshnessSeconds ?? CHANNEL_LIMITS.defaultDataFreshnessSeconds;
  if (!Number.isInteger(freshness) || freshness < CHANNEL_LIMITS.minDataFreshnessSeconds || freshness > CHANNEL_LIMITS.maxDataFreshnessSeconds) {
    c.error('archival/data-freshness', 'dataFreshnessSeconds', `be whole seconds from ${CHANNEL_LIMITS.minDataFreshnessSeconds} to ${CHANNEL_LIMITS.maxDataFreshnessSeconds}`, freshness,
      `Use ${CHANNEL_LIMITS.defaultDataFreshnessSeconds}.`);
  }
  if (destinationSpec.kind === 'iceberg' && spec.bucket !== undefined) {
    c.error('archival/bucket-iceberg', 'bucket', 'be unset for an Iceberg destination (the table bucket holds the data)', spec.bucket.kind, 'Remove `bucket`; keep `deadLetterBucket`.');
  }
  const { bucket, deadLetterBucket, longest, lifecycle, removal } = planStorage(c, spec, topics, destinationSpec.kind === 's3', isUnknown);
  c.throwIfErrors(subject);
  return {
    backend: 'channel', name: spec.name, clusterName: cluster.clusterName, channels, destination: destination!, dataFreshnessSeconds: freshness,
    ...(bucket ? { bucket } : {}), deadLetterBucket, dataLifecycle: lifecycle.data, deadLetterLifecycle: lifecycle.deadLetter,
    errorOutputPrefix: ARCHIVAL_ERROR_PREFIX, longestRetentionHours: longest, removal, warnings: c.warnings,
  };
}
