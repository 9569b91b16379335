/**
 * `planConnectArchival`: checks an MSK Connect archive (Confluent S3 sink on MSK Standard brokers with IAM) against its
 * cluster and decides every name, property and rule. Every problem is collected and thrown at once; what MSK Connect
 * would refuse (SCRAM-only clusters, capacities out of range, a version it does not run) is refused here.
 */
import { createHash } from 'crypto';
import { CLOUDWATCH_RETENTION_DAYS } from '../../core/defaults';
import { IssueCollector, neverUnknown, type IsUnknown } from '../../core/issues';
import { isKafkaTopicName, KAFKA_TOPIC_NAME_RULE } from '../../core/topic-name';
import { CONNECT_CAPACITY_DEFAULTS, CONNECT_LOG_RETENTION_DAYS, MSK_CONNECT_LIMITS, S3_SINK, SHA256_HEX } from './connect-limits';
import type { ConnectArchivalPlan, PlannedConnectCapacity, PlannedConnector } from './connect-plan-types';
import type { ConnectArchivalSpec, ConnectCapacitySpec } from './connect-spec';
import { isS3BucketName, S3_BUCKET_NAME } from './limits';
import { ARCHIVAL_ERROR_PREFIX, DEFAULT_ARCHIVAL_PREFIX, planStorage, planTopics } from './plan';
import type { ArchivalClusterFacts } from './spec';

/** Why each cluster kind other than MSK Standard is not archived through MSK Connect here, and what to use. */
const NOT_CONNECT: Readonly<Record<Exclude<ArchivalClusterFacts['kind'], 'msk-standard'>, { code: string; fix: string }>> = {
  'msk-express': { code: 'archival/connect-express', fix: 'Express clusters archive through MSK channels: use TopicArchive.' },
  'msk-serverless': { code: 'archival/connect-serverless', fix: 'Use an MSK Provisioned cluster with Standard brokers, or produce to an Express cluster and archive it with TopicArchive.' },
  'self-managed': {
    code: 'archival/connect-self-managed',
    fix: 'A connector authenticates with IAM or not at all, and MSK Connect refuses SASL settings in worker configurations, so it cannot join a SCRAM or mTLS cluster: '
      + 'replicate the topics into an MSK cluster with IAM (MskReplicator from the self-managed cluster) and archive them there.',
  },
};

const NAME = /^[a-zA-Z0-9-]{1,40}$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[a-zA-Z0-9-]+$/;
const PREFIX = /^[a-zA-Z0-9!_.*'()-]+(\/[a-zA-Z0-9!_.*'()-]+)*\/$/;
/** Objects are written at least every minute apart and at most daily: smaller makes many tiny objects, larger holds records back. */
const ROTATE_SECONDS = { min: 60, max: 86_400, default: 600 } as const;
const DEFAULT_FLUSH_SIZE = 10_000;
const DLQ_PREFIX = ARCHIVAL_ERROR_PREFIX;

function int(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function planCapacity(c: IssueCollector, s: ConnectCapacitySpec | undefined): PlannedConnectCapacity {
  const d = CONNECT_CAPACITY_DEFAULTS;
  const L = MSK_CONNECT_LIMITS;
  const cap = { mcuCount: s?.mcuCount ?? d.mcuCount, minWorkers: s?.minWorkers ?? d.minWorkers, maxWorkers: s?.maxWorkers ?? d.maxWorkers,
    scaleInCpuPercent: s?.scaleInCpuPercent ?? d.scaleInCpuPercent, scaleOutCpuPercent: s?.scaleOutCpuPercent ?? d.scaleOutCpuPercent };
  if (!L.mcuCounts.includes(cap.mcuCount)) c.error('archival/connect-mcu', 'capacity.mcuCount', `be one of ${L.mcuCounts.join(', ')}`, cap.mcuCount, `Use ${d.mcuCount}.`);
  const workersOk = (['minWorkers', 'maxWorkers'] as const).map((k) => {
    const ok = int(cap[k], L.minWorkers, L.maxWorkers);
    if (!ok) c.error('archival/connect-workers', `capacity.${k}`, `be a whole number from ${L.minWorkers} to ${L.maxWorkers}`, cap[k], `Use ${d[k]}.`);
    return ok;
  });
  if (workersOk.every(Boolean) && cap.minWorkers > cap.maxWorkers) {
    c.error('archival/connect-workers-order', 'capacity.minWorkers', `be at most capacity.maxWorkers (${cap.maxWorkers})`, cap.minWorkers, 'Lower minWorkers or raise maxWorkers.');
  }
  const cpuOk = (['scaleInCpuPercent', 'scaleOutCpuPercent'] as const).map((k) => {
    const ok = int(cap[k], L.minCpuPercent, L.maxCpuPercent);
    if (!ok) c.error('archival/connect-cpu-percent', `capacity.${k}`, `be a whole percentage from ${L.minCpuPercent} to ${L.maxCpuPercent}`, cap[k], `Use ${d[k]}.`);
    return ok;
  });
  if (cpuOk.every(Boolean) && cap.scaleInCpuPercent >= cap.scaleOutCpuPercent) {
    c.error('archival/connect-cpu-order', 'capacity.scaleInCpuPercent', `be below capacity.scaleOutCpuPercent (${cap.scaleOutCpuPercent}), or the connector scales in and out in turn`,
      cap.scaleInCpuPercent, `Use e.g. ${d.scaleInCpuPercent} and ${d.scaleOutCpuPercent}.`);
  }
  return { kind: 'autoscaled', ...cap };
}

function checkPlugin(c: IssueCollector, spec: ConnectArchivalSpec, isUnknown: IsUnknown): void {
  const p = spec.plugin;
  if (p === undefined || typeof p !== 'object') {
    c.error('archival/connect-plugin', 'plugin', 'locate the S3 sink plugin ZIP ({ bucketName, key, objectVersion, sha256 })', p, 'Upload the Confluent S3 sink ZIP to a versioned bucket and pin its version and SHA-256.');
    return;
  }
  if (!isUnknown(p.bucketName) && !isS3BucketName(p.bucketName)) c.error('archival/connect-plugin-bucket', 'plugin.bucketName', S3_BUCKET_NAME.rule, p.bucketName, "Use the plugin bucket's name, e.g. 'artifacts-123456789012'.");
  if (!isUnknown(p.key) && (typeof p.key !== 'string' || p.key.length === 0 || p.key.length > 1024 || p.key.startsWith('/') || !p.key.endsWith('.zip'))) {
    c.error('archival/connect-plugin-key', 'plugin.key', 'be the object key of a ZIP (1-1024 characters, no leading "/", ending with ".zip")', p.key, "Use e.g. 'plugins/confluentinc-kafka-connect-s3-10.5.0.zip'.");
  }
  if (!isUnknown(p.objectVersion) && (typeof p.objectVersion !== 'string' || p.objectVersion.length === 0 || p.objectVersion === 'null')) {
    c.error('archival/connect-plugin-version', 'plugin.objectVersion', 'be the version id of the uploaded object (the bucket must be versioned)', p.objectVersion,
      'Enable versioning on the plugin bucket, upload the ZIP again and copy its VersionId.');
  }
  if (typeof p.sha256 !== 'string' || !SHA256_HEX.test(p.sha256)) {
    c.error('archival/connect-plugin-sha256', 'plugin.sha256', 'be the SHA-256 of the ZIP as 64 lowercase hex digits', p.sha256, 'Use the output of `sha256sum <plugin>.zip`.');
  }
  if (p.keyArn !== undefined && !isUnknown(p.keyArn) && !KMS_KEY_ARN.test(p.keyArn)) {
    c.error('archival/connect-plugin-key-arn', 'plugin.keyArn', 'be the ARN of a KMS key', p.keyArn, "Use 'arn:aws:kms:<region>:<account>:key/<id>', or leave it unset for SSE-S3.");
  }
}

/** `connect-distributed.properties` of the workers: raw bytes in and out; SASL settings are not allowed here. */
function workerProperties(): string {
  return [`key.converter=${S3_SINK.byteArrayConverter}`, `value.converter=${S3_SINK.byteArrayConverter}`, ''].join('\n');
}

function sinkConfiguration(o: { topics: readonly string[]; prefix: string; format: 'BYTE_ARRAY' | 'JSON'; compression: 'NONE' | 'GZIP'; flushSize: number; rotateMs: number; tasksMax: number }): Record<string, string> {
  const json = o.format === 'JSON';
  return {
    'connector.class': S3_SINK.connectorClass,
    'tasks.max': String(o.tasksMax),
    topics: o.topics.join(','),
    'topics.dir': o.prefix.replace(/\/$/, ''),
    'storage.class': S3_SINK.storageClass,
    'partitioner.class': S3_SINK.partitionerClass,
    'format.class': json ? S3_SINK.jsonFormat : S3_SINK.byteArrayFormat,
    'key.converter': S3_SINK.byteArrayConverter,
    'value.converter': json ? S3_SINK.jsonConverter : S3_SINK.byteArrayConverter,
    ...(json ? { 'value.converter.schemas.enable': 'false' } : {}),
    's3.compression.type': o.compression.toLowerCase(),
    'flush.size': String(o.flushSize),
    'rotate.schedule.interval.ms': String(o.rotateMs),
    timezone: 'UTC',
    // Tombstones (null values of compacted topics) have no bytes to archive.
    'behavior.on.null.values': 'ignore',
  };
}

/**
 * Plans an MSK Connect archive of `cluster`'s topics. Throws one `KafkaValidationError` listing every issue.
 * Deploy-time bucket names and plugin coordinates (`isUnknown`) are not checked.
 */
export function planConnectArchival(spec: ConnectArchivalSpec, cluster: ArchivalClusterFacts, isUnknown: IsUnknown = neverUnknown, subject = `ConnectTopicArchive '${spec.name}'`): ConnectArchivalPlan {
  const c = new IssueCollector();
  if (cluster.kind !== 'msk-standard') {
    const why = NOT_CONNECT[cluster.kind];
    c.error(why.code, 'cluster', 'be an MSK Provisioned cluster with Standard brokers', `${cluster.kind} cluster '${cluster.clusterName}'`, why.fix);
  } else if (cluster.iamAuth !== true) {
    c.error('archival/connect-needs-iam', 'cluster', 'have IAM client authentication on (MSK Connect authenticates with IAM only; SASL settings are refused in worker configurations)',
      `cluster '${cluster.clusterName}' without IAM`, 'Turn IAM on next to SCRAM or mTLS (clientAuthentication.iam: true); clients keep their listeners.');
  }
  const nameOk = typeof spec.name === 'string' && NAME.test(spec.name);
  if (!nameOk) c.error('archival/connect-name', 'name', 'be 1-40 letters, digits or "-" (it prefixes the connector, plugin and worker configuration names)', spec.name, "Use e.g. 'archive'.");
  checkPlugin(c, spec, isUnknown);
  const version = spec.kafkaConnectVersion ?? MSK_CONNECT_LIMITS.defaultKafkaConnectVersion;
  if (!MSK_CONNECT_LIMITS.kafkaConnectVersions.includes(version)) {
    c.error('archival/connect-version', 'kafkaConnectVersion', `be one of ${MSK_CONNECT_LIMITS.kafkaConnectVersions.join(', ')}`, version, `Use '${MSK_CONNECT_LIMITS.defaultKafkaConnectVersion}'.`);
  }
  const topics = planTopics(c, spec, cluster, 'the connectors');
  const capacity = planCapacity(c, spec.capacity);
  const format = spec.format ?? 'BYTE_ARRAY';
  if (!S3_SINK.formats.includes(format)) c.error('archival/connect-format', 'format', `be one of ${S3_SINK.formats.join(', ')}`, format, "Use 'BYTE_ARRAY' to keep values as produced.");
  const compression = spec.compression ?? 'GZIP';
  if (!S3_SINK.compressions.includes(compression)) {
    c.error('archival/connect-compression', 'compression', `be one of ${S3_SINK.compressions.join(', ')} (the S3 sink's byte-array and JSON formats)`, compression, "Use 'GZIP'.");
  }
  const prefix = spec.prefix ?? DEFAULT_ARCHIVAL_PREFIX;
  if (typeof prefix !== 'string' || !PREFIX.test(prefix) || prefix.length > 512 || prefix.startsWith(DLQ_PREFIX)) {
    c.error('archival/connect-prefix', 'prefix', `be key segments of safe characters ending with "/" (at most 512, not under '${DLQ_PREFIX}')`, prefix, `Use '${DEFAULT_ARCHIVAL_PREFIX}'.`);
  }
  const flushSize = spec.flushSize ?? DEFAULT_FLUSH_SIZE;
  if (!int(flushSize, 1, Number.MAX_SAFE_INTEGER)) c.error('archival/connect-flush-size', 'flushSize', 'be a whole number of records (at least 1)', flushSize, `Use ${DEFAULT_FLUSH_SIZE}.`);
  const rotate = spec.rotateIntervalSeconds ?? ROTATE_SECONDS.default;
  if (!int(rotate, ROTATE_SECONDS.min, ROTATE_SECONDS.max)) {
    c.error('archival/connect-rotate-interval', 'rotateIntervalSeconds', `be whole seconds from ${ROTATE_SECONDS.min} to ${ROTATE_SECONDS.max}`, rotate, `Use ${ROTATE_SECONDS.default}.`);
  }
  const dlqName = spec.deadLetterTopic ?? `${nameOk ? spec.name : 'archive'}.dead-letters`;
  if (!isKafkaTopicName(dlqName)) {
    c.error('archival/connect-dead-letter-topic', 'deadLetterTopic', KAFKA_TOPIC_NAME_RULE, dlqName, "Use e.g. 'archive.dead-letters'.");
  } else if (topics.some((t) => t.name === dlqName)) {
    c.error('archival/connect-dead-letter-topic', 'deadLetterTopic', 'differ from every archived topic', dlqName, 'Name a topic of its own, e.g. \'archive.dead-letters\'.');
  }
  const logRetentionDays = spec.logRetentionDays ?? CONNECT_LOG_RETENTION_DAYS;
  if (!(CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    c.error('archival/connect-log-retention', 'logRetentionDays', 'be a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, ... 3653 days)', logRetentionDays, `Use ${CONNECT_LOG_RETENTION_DAYS}.`);
  }
  const storage = planStorage(c, spec, topics, true, isUnknown);
  const { deadLetterBucket, longest, lifecycle, removal } = storage;
  const bucket = storage.bucket!;
  c.throwIfErrors(subject);

  // Every property of a connector, plugin and worker configuration but capacity and connector configuration is
  // create-only: their names carry a digest of those inputs, so a change creates new ones instead of failing to
  // replace a named resource.
  const worker = workerProperties();
  const digest = createHash('sha256').update(JSON.stringify([cluster.clusterName, version, spec.plugin.bucketName, spec.plugin.key, spec.plugin.objectVersion, spec.plugin.sha256, worker])).digest('hex').slice(0, 8);
  const base = `${spec.name}-${digest}`;
  const rotateMs = rotate * 1000;
  const archive: PlannedConnector = {
    role: 'archive', connectorName: base, topics: topics.map((t) => t.name), bucket: 'data', prefix, capacity,
    configuration: {
      ...sinkConfiguration({ topics: topics.map((t) => t.name), prefix, format, compression, flushSize, rotateMs, tasksMax: capacity.kind === 'autoscaled' ? capacity.maxWorkers * capacity.mcuCount : 1 }),
      'errors.tolerance': 'all',
      'errors.deadletterqueue.topic.name': dlqName,
      'errors.deadletterqueue.topic.replication.factor': String(Math.min(3, cluster.brokerNodes ?? 3)),
      'errors.deadletterqueue.context.headers.enable': 'true',
      'errors.log.enable': 'true',
      // Record contents stay out of the worker logs.
      'errors.log.include.messages': 'false',
    },
  };
  const deadLetters: PlannedConnector = {
    role: 'dead-letters', connectorName: `${spec.name}-dead-letters-${digest}`, topics: [dlqName], bucket: 'dead-letter', prefix: DLQ_PREFIX,
    capacity: { kind: 'provisioned', mcuCount: 1, workerCount: 1 },
    configuration: {
      ...sinkConfiguration({ topics: [dlqName], prefix: DLQ_PREFIX, format: 'BYTE_ARRAY', compression, flushSize, rotateMs, tasksMax: 1 }),
      // A dead letter that cannot be written stops this connector rather than being dropped.
      'errors.tolerance': 'none',
    },
  };
  const catalog = new Set((cluster.catalog ?? []).map((t) => t.name));
  return {
    backend: 'connect', name: spec.name, clusterName: cluster.clusterName, kafkaConnectVersion: version, plugin: spec.plugin,
    pluginName: `${base}-s3-sink`, workerConfigurationName: base, workerProperties: worker,
    archivedTopics: topics.map((t) => ({ name: t.name, inCatalog: t.inCatalog })),
    deadLetterTopic: { name: dlqName, inCatalog: catalog.has(dlqName), replicationFactor: Math.min(3, cluster.brokerNodes ?? 3) },
    connectors: [archive, deadLetters], bucket, deadLetterBucket, dataLifecycle: lifecycle.data, deadLetterLifecycle: lifecycle.deadLetter,
    longestRetentionHours: longest, authentication: 'IAM', brokerPort: MSK_CONNECT_LIMITS.iamPort,
    logGroupName: `/kafka-iac/msk-connect/${cluster.clusterName}/${spec.name}`, logRetentionDays, removal, warnings: c.warnings,
  };
}

/** The whole configuration of a connector: the plan's, the bucket it writes and its region (deploy-time values allowed). */
export function connectorConfiguration(connector: PlannedConnector, bucketName: string, region: string): Record<string, string> {
  return { ...connector.configuration, 's3.bucket.name': bucketName, 's3.region': region };
}
