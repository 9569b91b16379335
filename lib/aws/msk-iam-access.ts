/**
 * IAM access control for MSK clients: the `kafka-cluster:*` actions each grant needs and the ARNs they
 * apply to (AWS doc "IAM access control": resource ARNs are derived from the cluster ARN,
 * `arn:<partition>:kafka:<region>:<account>:cluster/<name>/<uuid>`).
 */
import { assertNever, IssueCollector, KafkaValidationError, type Issue } from '../core';

/** Kinds of resources an IAM access-control statement can target. */
export type MskIamResourceKind = 'cluster' | 'topic' | 'group' | 'transactional-id';

export interface MskIamStatementPlan {
  readonly actions: readonly string[];
  readonly resource: MskIamResourceKind;
  /** Names (topics, groups, transactional ids) or patterns with `*`; empty for the cluster itself. */
  readonly names: readonly string[];
}

export interface MskGrantOptions {
  /** Topic names or prefixes ending in `*`. */
  readonly topics: readonly string[];
  /**
   * Consumer groups the reader may join (names or prefixes ending in `*`).
   * @default - none for writers; required for readers
   */
  readonly groups?: readonly string[];
  /**
   * Idempotent producer (`WriteDataIdempotently`), the default for Kafka 3.x clients.
   * @default true
   */
  readonly idempotent?: boolean;
  /**
   * Transactional ids the writer may use.
   * @default - none
   */
  readonly transactionalIds?: readonly string[];
  /**
   * Also allow creating the topics.
   * @default false
   */
  readonly createTopics?: boolean;
}

const CONNECT = ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'];

/** Connect and describe the cluster only. */
export function connectStatements(): MskIamStatementPlan[] {
  return [{ actions: CONNECT, resource: 'cluster', names: [] }];
}

/** Read topics and commit offsets in consumer groups. */
export function readStatements(o: MskGrantOptions): MskIamStatementPlan[] {
  return [
    { actions: CONNECT, resource: 'cluster', names: [] },
    { actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], resource: 'topic', names: o.topics },
    { actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], resource: 'group', names: o.groups ?? [] },
  ];
}

/** Write to topics (optionally idempotently, transactionally, creating them). */
export function writeStatements(o: MskGrantOptions): MskIamStatementPlan[] {
  const out: MskIamStatementPlan[] = [
    { actions: o.idempotent === false ? CONNECT : [...CONNECT, 'kafka-cluster:WriteDataIdempotently'], resource: 'cluster', names: [] },
    { actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData', ...(o.createTopics ? ['kafka-cluster:CreateTopic'] : [])], resource: 'topic', names: o.topics },
  ];
  if (o.transactionalIds && o.transactionalIds.length > 0) {
    out.push({ actions: ['kafka-cluster:AlterTransactionalId', 'kafka-cluster:DescribeTransactionalId'], resource: 'transactional-id', names: o.transactionalIds });
  }
  return out;
}

const KAFKA_NAME = /^[A-Za-z0-9._-]+\*?$|^\*$/;

/**
 * Validates a grant's names. Codes: `msk/grant-topics` (no topic), `msk/grant-name` (a topic, group or
 * transactional id that is not a Kafka name or prefix), `msk/grant-groups` (a reader without consumer groups).
 */
export function validateGrant(kind: 'read' | 'write', o: MskGrantOptions): Issue[] {
  const c = new IssueCollector();
  const topics = o.topics ?? [];
  if (topics.length === 0) c.error('msk/grant-topics', 'topics', 'list at least one topic', [], 'Name the topics (or a prefix ending in *).');
  const named: [string, readonly string[]][] = [['topics', topics], ['groups', o.groups ?? []], ['transactionalIds', o.transactionalIds ?? []]];
  for (const [prop, names] of named) {
    names.forEach((n, i) => {
      if (typeof n !== 'string' || !KAFKA_NAME.test(n)) {
        c.error('msk/grant-name', `${prop}[${i}]`, 'be a Kafka name (letters, digits, . _ -) optionally ending in *', n, 'Remove other characters.');
      }
    });
  }
  if (kind === 'read' && (o.groups ?? []).length === 0) {
    c.error('msk/grant-groups', 'groups', 'list the consumer groups a reader uses', [], 'Name the group (or a prefix ending in *).');
  }
  return [...c.issues];
}

/** Kinds of grants both faces offer. */
export type MskGrantKind = 'connect' | 'read' | 'write';

/**
 * The statements of a grant, after validating its names: throws one `KafkaValidationError` (subject first) listing
 * every issue. `connect` takes no options.
 */
export function planGrant(subject: string, kind: MskGrantKind, o?: MskGrantOptions): MskIamStatementPlan[] {
  switch (kind) {
    case 'connect':
      return connectStatements();
    case 'read':
    case 'write': {
      const opts: MskGrantOptions = { ...o, topics: o?.topics ?? [] };
      const issues = validateGrant(kind, opts);
      if (issues.length > 0) throw new KafkaValidationError(subject, issues);
      return kind === 'read' ? readStatements(opts) : writeStatements(opts);
    }
    default:
      return assertNever(kind, 'grant kind');
  }
}

/** Splits a cluster ARN into the prefix before `:cluster/` and the `<name>/<uuid>` part. */
export function resourceArn(clusterArn: string, kind: MskIamResourceKind, name?: string): string {
  const i = clusterArn.indexOf(':cluster/');
  if (i < 0) throw new Error(`Not an MSK cluster ARN: ${clusterArn}`);
  const prefix = clusterArn.slice(0, i);
  const nameAndUuid = clusterArn.slice(i + ':cluster/'.length);
  return kind === 'cluster' ? clusterArn : `${prefix}:${kind}/${nameAndUuid}/${name ?? '*'}`;
}
