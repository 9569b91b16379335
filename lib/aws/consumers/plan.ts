/**
 * `planConsumer`: every decision of a Lambda consumer of a Kafka cluster, once for every face. Auth comes from the
 * cluster, the grants are exact (MSK IAM: the topic and the group, through `readStatements`), the security group
 * opens only the port of the chosen auth, and the network path of the pollers is checked. Codes `consumer/*`.
 */
import { IssueCollector, neverUnknown, type IsUnknown, type Issue } from '../../core/issues';
import { readStatements, type MskIamStatementPlan } from '../msk-iam-access';
import {
  CONSUMER_LIMITS, EVENT_RECORD_FORMATS, MSK_CLUSTER_ACTIONS, ON_FAILURE_ACTIONS, POLLER_VPC_ACTIONS, STARTING_POSITIONS,
  type ConsumerEventRecordFormat, type ConsumerOnFailureKind, type ConsumerStartingPosition,
} from './limits';
import { planNetworkPath, type ConsumerNetworkPlan } from './network';
import type { ConsumerAuth, ConsumerClusterFacts, ConsumerSchemaRegistryLike, KafkaConsumerOptions } from './spec';

/** The auth the pollers use, decided. */
export type ConsumerAuthPlan =
  | { readonly kind: 'iam' }
  | { readonly kind: 'scram'; readonly user: string }
  | { readonly kind: 'mtls'; readonly clientCertificateSecretArn: string }
  | { readonly kind: 'unauthenticated' };

/** Every decision of one consumer. */
export interface KafkaConsumerPlan {
  /** Name-safe id of the consumer (its group), for construct ids and resource names. */
  readonly id: string;
  readonly topic: string;
  readonly group: string;
  readonly auth: ConsumerAuthPlan;
  /** The client port of the chosen auth: the only port the cluster's security group opens to the pollers. */
  readonly port: number;
  readonly startingPosition: ConsumerStartingPosition;
  /**
   * With `AT_TIMESTAMP`: the instant in epoch seconds (CloudFormation) and RFC 3339 (the Pulumi provider).
   * @default - none (other starting positions)
   */
  readonly startingPositionTimestamp?: { readonly epochSeconds: number; readonly rfc3339: string };
  readonly batchSize: number;
  readonly maximumBatchingWindowSeconds: number;
  /**
   * Provisioned mode.
   * @default - on-demand mode
   */
  readonly pollers?: { readonly minimum: number; readonly maximum: number };
  /** @default - no destination */
  readonly onFailure?: { readonly kind: ConsumerOnFailureKind; readonly arn: string; readonly actions: readonly string[] };
  /** @default - no schema validation */
  readonly schemaRegistry?: { readonly eventRecordFormat: ConsumerEventRecordFormat; readonly validate: readonly ('KEY' | 'VALUE')[] };
  readonly enabled: boolean;
  /** What the function's role needs besides secrets and the registry (the faces fill in ARNs). */
  readonly iam: {
    /** MSK IAM access control: connect, read exactly the topic, use exactly the group (empty unless `iam`). */
    readonly kafkaCluster: readonly MskIamStatementPlan[];
    /** MSK control plane on the cluster ARN (empty for self-managed clusters). */
    readonly mskCluster: readonly string[];
    /** Pollers' network interfaces (`Resource: '*'`). */
    readonly vpc: readonly string[];
  };
  readonly network: ConsumerNetworkPlan;
  readonly warnings: readonly Issue[];
}

const NAME = /^[A-Za-z0-9._-]+$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Name-safe id of a group: the group itself with dots as dashes. */
export function consumerId(group: string): string {
  return group.replace(/[^A-Za-z0-9-]/g, '-');
}

/** Validates and decides a consumer; throws one `KafkaValidationError` listing every error. */
export function planConsumer<R extends ConsumerSchemaRegistryLike>(
  options: KafkaConsumerOptions<R>, cluster: ConsumerClusterFacts, subject: string, isUnknown: IsUnknown = neverUnknown,
): KafkaConsumerPlan {
  const c = new IssueCollector();
  const topic = checkTopics(options.topics, cluster, c, isUnknown);
  const group = checkGroup(options.group, cluster, c, isUnknown);
  const auth = chooseAuth(options.auth, cluster, c, isUnknown);
  const start = checkStart(options, c);
  const batchSize = checkRange(c, 'batching.batchSize', options.batching?.batchSize, CONSUMER_LIMITS.batchSize, 'consumer/batch-size');
  const window = checkRange(c, 'batching.maximumBatchingWindowSeconds', options.batching?.maximumBatchingWindowSeconds, CONSUMER_LIMITS.maximumBatchingWindowSeconds, 'consumer/batching-window');
  const pollers = checkPollers(options.pollers, c);
  const onFailure = checkOnFailure(options.onFailure, c, isUnknown);
  const schemaRegistry = checkSchemaRegistry(options, topic, pollers !== undefined, c);
  const port = auth ? portOf(auth, cluster) : 0;
  const network = planNetworkPath(cluster, auth?.kind ?? 'iam', pollers !== undefined, c);
  c.throwIfErrors(subject);
  return {
    id: consumerId(group),
    topic,
    group,
    auth: auth!,
    port,
    startingPosition: start.position,
    ...(start.timestamp ? { startingPositionTimestamp: start.timestamp } : {}),
    batchSize,
    maximumBatchingWindowSeconds: window,
    ...(pollers ? { pollers } : {}),
    ...(onFailure ? { onFailure } : {}),
    ...(schemaRegistry ? { schemaRegistry } : {}),
    enabled: options.enabled ?? true,
    iam: {
      kafkaCluster: auth?.kind === 'iam' ? readStatements({ topics: [topic], groups: [group] }) : [],
      mskCluster: cluster.kind === 'self-managed' ? [] : [...MSK_CLUSTER_ACTIONS],
      vpc: [...POLLER_VPC_ACTIONS],
    },
    network,
    warnings: [...c.warnings],
  };
}

function checkTopics(topics: readonly string[] | undefined, cluster: ConsumerClusterFacts, c: IssueCollector, isUnknown: IsUnknown): string {
  const list = Array.isArray(topics) ? topics : [];
  if (list.length !== CONSUMER_LIMITS.topicsPerMapping) {
    c.error('consumer/topics-count', 'topics', 'list exactly one topic (Lambda reads one topic per event source mapping)', topics,
      'Add one consumer per topic, each with its own group.');
    return String(list[0] ?? '');
  }
  const topic = list[0]!;
  if (isUnknown(topic)) return topic;
  if (typeof topic !== 'string' || !NAME.test(topic) || topic.length > CONSUMER_LIMITS.topicNameMaxLength || topic === '.' || topic === '..') {
    c.error('consumer/topic-name', 'topics[0]', `be a Kafka topic name (letters, digits, . _ -; at most ${CONSUMER_LIMITS.topicNameMaxLength} characters; no wildcard)`, topic,
      'Name one existing topic exactly.');
    return String(topic);
  }
  if (cluster.catalogTopics === undefined) {
    c.warn('consumer/topic-no-catalog', 'topics[0]',
      `Topic ${JSON.stringify(topic)} of cluster ${cluster.clusterName} is not checked: the cluster has no topic catalog. Declare the topic in the cluster's \`topics\` (or \`addTopic\`) so a misspelt name is refused before deploy.`);
  } else if (!cluster.catalogTopics.includes(topic)) {
    const known = [...cluster.catalogTopics].sort();
    c.error('consumer/topic-not-in-catalog', 'topics[0]', `name a topic of the cluster's catalog (${known.join(', ') || 'none'})`, topic,
      'Add the topic to the cluster\'s `topics` (or `addTopic`) first, or fix the name.');
  }
  return topic;
}

function checkGroup(group: string | undefined, cluster: ConsumerClusterFacts, c: IssueCollector, isUnknown: IsUnknown): string {
  if (isUnknown(group)) {
    c.error('consumer/group-name', 'group', 'be a plain string (construct ids and resource names derive from it)', '<deploy-time value>', 'Write the group id literally.');
    return 'group';
  }
  if (typeof group !== 'string' || !NAME.test(group) || group.length > CONSUMER_LIMITS.groupIdMaxLength) {
    c.error('consumer/group-name', 'group', `be a consumer group id of 1 to ${CONSUMER_LIMITS.groupIdMaxLength} letters, digits, . _ - (no wildcard)`, group,
      'Name the group exactly; the mapping cannot change it later.');
    return String(group ?? '');
  }
  const clash = cluster.groupsInUse.find((g) => g === group || consumerId(g) === consumerId(group));
  if (clash !== undefined) {
    c.error('consumer/group-duplicate', 'group', `differ from the groups of the cluster's other consumers (${[...cluster.groupsInUse].sort().join(', ')})`, group,
      'Give each consumer its own group: Lambda requires a group id unique among its Kafka event sources, and two mappings in one group would split the partitions between functions.');
  }
  return group;
}

function describeAuth(a: ConsumerClusterFacts['auth']): string {
  const on = (['iam', 'scram', 'mtls', 'unauthenticated'] as const).filter((k) => a[k]);
  return on.length > 0 ? on.join(', ') : 'none';
}

function chooseAuth(auth: ConsumerAuth | undefined, cluster: ConsumerClusterFacts, c: IssueCollector, isUnknown: IsUnknown): ConsumerAuthPlan | undefined {
  const offered = describeAuth(cluster.auth);
  const scramUser = (user: string, path: string): ConsumerAuthPlan | undefined => {
    if (!cluster.auth.scram) {
      c.error('consumer/auth-unavailable', path, `name an auth mode the cluster offers (${offered})`, 'scram', 'Enable SASL/SCRAM on the cluster, or pick another `auth`.');
      return undefined;
    }
    if (!cluster.scramUsers.includes(user)) {
      c.error('consumer/scram-user-unknown', path, `name a SCRAM user of the cluster (${[...cluster.scramUsers].sort().join(', ') || 'none'})`, user,
        'Add the user to the cluster\'s `clientAuthentication.scram.users` first: its secret is what the mapping reads.');
      return undefined;
    }
    return { kind: 'scram', user };
  };
  if (auth === undefined) {
    if (cluster.auth.iam && cluster.kind !== 'self-managed') return { kind: 'iam' };
    if (cluster.auth.scram && cluster.scramUsers.length === 1) return { kind: 'scram', user: cluster.scramUsers[0]! };
    if (cluster.auth.scram) {
      c.error('consumer/auth-needs-user', 'auth', `name the SCRAM user (the cluster has ${cluster.scramUsers.length === 0 ? 'none of its own' : cluster.scramUsers.length})`, undefined,
        `Pass \`auth: { scramUser: '<user>' }\` with one of: ${[...cluster.scramUsers].sort().join(', ') || 'a user added to the cluster first'}.`);
      return undefined;
    }
    if (cluster.auth.mtls) {
      c.error('consumer/auth-needs-certificate', 'auth', 'name the client certificate of an mTLS cluster', undefined,
        'Pass `auth: { mtls: { clientCertificateSecretArn } }`: a Secrets Manager secret with the PEM `certificate` and `privateKey` of a client certificate the cluster trusts.');
      return undefined;
    }
    c.error('consumer/auth-none', 'auth', `be an authenticated mode of the cluster (offered: ${offered})`, undefined,
      cluster.auth.unauthenticated ? "The cluster allows unauthenticated clients: pass `auth: 'unauthenticated'` to accept that explicitly." : 'Enable IAM, SASL/SCRAM or mTLS on the cluster.');
    return undefined;
  }
  if (auth === 'iam') {
    if (cluster.auth.iam && cluster.kind !== 'self-managed') return { kind: 'iam' };
    c.error('consumer/auth-unavailable', 'auth', `name an auth mode the cluster offers (${offered})`, auth,
      cluster.kind === 'self-managed' ? 'Self-managed clusters use SASL/SCRAM or mTLS.' : 'Enable IAM on the cluster, or pick another `auth`.');
    return undefined;
  }
  if (auth === 'unauthenticated') {
    if (!cluster.auth.unauthenticated) {
      c.error('consumer/auth-unavailable', 'auth', `name an auth mode the cluster offers (${offered})`, auth, 'The cluster refuses unauthenticated clients; pick an authenticated mode.');
      return undefined;
    }
    c.warn('consumer/unauthenticated', 'auth', `Consumer of cluster ${cluster.clusterName} connects without authentication (allowed by the cluster). Prefer IAM, SASL/SCRAM or mTLS.`);
    return { kind: 'unauthenticated' };
  }
  if (typeof auth === 'object' && auth !== null && 'scramUser' in auth) return scramUser(auth.scramUser, 'auth.scramUser');
  if (typeof auth === 'object' && auth !== null && 'mtls' in auth) {
    if (!cluster.auth.mtls) {
      c.error('consumer/auth-unavailable', 'auth.mtls', `name an auth mode the cluster offers (${offered})`, 'mtls', 'Enable mTLS on the cluster, or pick another `auth`.');
      return undefined;
    }
    const arn = auth.mtls?.clientCertificateSecretArn;
    if (!isUnknown(arn) && (typeof arn !== 'string' || !/^arn:[a-z-]+:secretsmanager:[^:]*:\d{12}:secret:.+$/.test(arn))) {
      c.error('consumer/mtls-secret', 'auth.mtls.clientCertificateSecretArn', 'be a Secrets Manager secret ARN', arn, 'Pass the ARN of the secret holding the client `certificate` and `privateKey` (PEM).');
      return undefined;
    }
    return { kind: 'mtls', clientCertificateSecretArn: arn };
  }
  c.error('consumer/auth-unavailable', 'auth', `be 'iam', 'unauthenticated', { scramUser } or { mtls } (cluster offers: ${offered})`, auth, 'Pick one of the cluster\'s auth modes.');
  return undefined;
}

function portOf(auth: ConsumerAuthPlan, cluster: ConsumerClusterFacts): number {
  return cluster.ports[auth.kind] ?? 0;
}

interface StartPlan {
  readonly position: ConsumerStartingPosition;
  /** @default - none */
  readonly timestamp?: { readonly epochSeconds: number; readonly rfc3339: string };
}

function checkStart(o: KafkaConsumerOptions<ConsumerSchemaRegistryLike>, c: IssueCollector): StartPlan {
  const position = o.startingPosition ?? 'TRIM_HORIZON';
  if (!(STARTING_POSITIONS as readonly string[]).includes(position)) {
    c.error('consumer/starting-position', 'startingPosition', `be one of ${STARTING_POSITIONS.join(', ')}`, position, 'TRIM_HORIZON reads every record kept; LATEST only new ones.');
    return { position: 'TRIM_HORIZON' };
  }
  const ts = o.startingPositionTimestamp;
  if (position !== 'AT_TIMESTAMP') {
    if (ts !== undefined) {
      c.error('consumer/starting-timestamp', 'startingPositionTimestamp', "be set only with `startingPosition: 'AT_TIMESTAMP'`", ts, "Remove it, or set `startingPosition: 'AT_TIMESTAMP'`.");
    }
    return { position };
  }
  const ms = typeof ts === 'string' && ISO_INSTANT.test(ts) ? Date.parse(ts) : NaN;
  if (!Number.isFinite(ms)) {
    c.error('consumer/starting-timestamp', 'startingPositionTimestamp', 'be an ISO 8601 instant with a zone (e.g. 2026-01-01T00:00:00Z) with AT_TIMESTAMP', ts,
      'Pass the instant the group should start reading from.');
    return { position };
  }
  const seconds = Math.floor(ms / 1000);
  return { position, timestamp: { epochSeconds: seconds, rfc3339: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') } };
}

function checkRange(c: IssueCollector, path: string, value: number | undefined, r: { min: number; max: number; default: number }, code: string): number {
  if (value === undefined) return r.default;
  if (!Number.isInteger(value) || value < r.min || value > r.max) {
    c.error(code, path, `be an integer from ${r.min} to ${r.max}`, value, `Use a value in ${r.min}..${r.max}.`);
    return r.default;
  }
  return value;
}

function checkPollers(p: KafkaConsumerOptions['pollers'], c: IssueCollector): { minimum: number; maximum: number } | undefined {
  if (p === undefined) return undefined;
  const { minimumPollers: lo, maximumPollers: hi } = CONSUMER_LIMITS;
  const minimum = p.minimum ?? 1;
  const maximum = p.maximum ?? lo.max;
  let ok = true;
  if (!Number.isInteger(minimum) || minimum < lo.min || minimum > lo.max) {
    c.error('consumer/pollers', 'pollers.minimum', `be an integer from ${lo.min} to ${lo.max}`, p.minimum, `Use ${lo.min}..${lo.max}.`);
    ok = false;
  }
  if (!Number.isInteger(maximum) || maximum < hi.min || maximum > hi.max) {
    c.error('consumer/pollers', 'pollers.maximum', `be an integer from ${hi.min} to ${hi.max}`, p.maximum, `Use ${hi.min}..${hi.max}.`);
    ok = false;
  }
  if (ok && maximum < minimum) {
    c.error('consumer/pollers', 'pollers.maximum', `be at least \`pollers.minimum\` (${minimum})`, maximum, 'Raise `maximum` or lower `minimum`.');
  }
  return { minimum, maximum };
}

const ARN_SERVICE: Record<ConsumerOnFailureKind, RegExp> = {
  sqs: /^arn:[a-z-]+:sqs:[^:]+:\d{12}:[A-Za-z0-9_.-]+$/,
  sns: /^arn:[a-z-]+:sns:[^:]+:\d{12}:[A-Za-z0-9_.-]+$/,
  s3: /^arn:[a-z-]+:s3:::[a-z0-9.-]{3,63}$/,
};

function checkOnFailure(o: KafkaConsumerOptions['onFailure'], c: IssueCollector, isUnknown: IsUnknown): KafkaConsumerPlan['onFailure'] {
  if (o === undefined) return undefined;
  if (!Object.prototype.hasOwnProperty.call(ON_FAILURE_ACTIONS, o.kind)) {
    c.error('consumer/on-failure', 'onFailure.kind', `be one of ${Object.keys(ON_FAILURE_ACTIONS).join(', ')}`, o.kind, 'Send discarded batches to an SQS queue, an SNS topic or an S3 bucket.');
    return undefined;
  }
  if (!isUnknown(o.arn) && (typeof o.arn !== 'string' || !ARN_SERVICE[o.kind].test(o.arn))) {
    c.error('consumer/on-failure', 'onFailure.arn', `be the ARN of an ${o.kind.toUpperCase()} ${o.kind === 's3' ? 'bucket' : o.kind === 'sns' ? 'topic' : 'queue'}`, o.arn,
      'Pass the destination\'s ARN (the kind and the ARN must agree).');
    return undefined;
  }
  return { kind: o.kind, arn: o.arn, actions: [...ON_FAILURE_ACTIONS[o.kind]] };
}

function checkSchemaRegistry(o: KafkaConsumerOptions<ConsumerSchemaRegistryLike>, topic: string, provisioned: boolean, c: IssueCollector): KafkaConsumerPlan['schemaRegistry'] {
  const sr = o.schemaRegistry;
  if (sr === undefined) return undefined;
  const registry = sr.registry?.plan;
  let ok = true;
  if (registry?.backend !== 'glue') {
    c.error('consumer/schema-registry-backend', 'schemaRegistry.registry', 'be an AWS Glue schema registry of the library (`GlueSchemaRegistry`)', registry?.backend,
      'Lambda reads Confluent registries with credentials from Secrets Manager, which this option does not wire: use a Glue registry, or validate in the function.');
    ok = false;
  }
  if (!provisioned) {
    c.error('consumer/schema-registry-needs-pollers', 'schemaRegistry', 'be used with provisioned mode (`pollers`): Lambda validates against a registry only there', 'on-demand mode',
      'Set `pollers` (e.g. `{ minimum: 1, maximum: 10 }`), or remove `schemaRegistry`.');
    ok = false;
  }
  const format = sr.eventRecordFormat ?? 'JSON';
  if (!(EVENT_RECORD_FORMATS as readonly string[]).includes(format)) {
    c.error('consumer/schema-registry-format', 'schemaRegistry.eventRecordFormat', `be one of ${EVENT_RECORD_FORMATS.join(', ')}`, format, 'JSON delivers deserialized records; SOURCE the original bytes.');
    ok = false;
  }
  const parts = (registry?.subjects ?? []).filter((s) => s.topic === topic).map((s) => (s.part === 'key' ? 'KEY' : 'VALUE') as 'KEY' | 'VALUE');
  const validate = sr.validate ?? [...new Set(parts)].sort();
  if (registry && validate.length === 0) {
    c.error('consumer/schema-registry-no-subject', 'schemaRegistry.registry', `hold a subject for topic ${JSON.stringify(topic)}`, registry.name,
      'Add the topic\'s value (or key) schema to the registry\'s `subjects`, or remove `schemaRegistry`.');
    ok = false;
  }
  validate.forEach((v, i) => {
    if (v !== 'KEY' && v !== 'VALUE') {
      c.error('consumer/schema-registry-validate', `schemaRegistry.validate[${i}]`, "be 'KEY' or 'VALUE'", v, 'Name the record parts to validate.');
      ok = false;
    } else if (registry && !parts.includes(v)) {
      c.error('consumer/schema-registry-validate', `schemaRegistry.validate[${i}]`, `name a part the registry has a subject for (${parts.join(', ') || 'none'})`, v,
        `Add the topic's ${v.toLowerCase()} schema to the registry, or validate only ${parts.join(', ') || 'nothing'}.`);
      ok = false;
    }
  });
  return ok ? { eventRecordFormat: format, validate: [...new Set(validate)] } : undefined;
}
