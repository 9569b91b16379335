/**
 * IAM access control for MSK clients: the `kafka-cluster:*` actions each grant needs and the ARNs they
 * apply to (AWS doc "IAM access control": resource ARNs are derived from the cluster ARN,
 * `arn:<partition>:kafka:<region>:<account>:cluster/<name>/<uuid>`).
 */

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

/** Validates grant names; returns messages (empty when fine). */
export function validateGrant(kind: 'read' | 'write', o: MskGrantOptions): string[] {
  const errors: string[] = [];
  const nameRe = /^[A-Za-z0-9._-]+\*?$|^\*$/;
  if (o.topics.length === 0) errors.push('`topics` must list at least one topic, got: []. Name the topics (or a prefix ending in *).');
  for (const t of [...o.topics, ...(o.groups ?? []), ...(o.transactionalIds ?? [])]) {
    if (!nameRe.test(t)) errors.push(`\`${t}\` must be a Kafka name (letters, digits, . _ -) optionally ending in *, got: ${JSON.stringify(t)}. Remove other characters.`);
  }
  if (kind === 'read' && (o.groups ?? []).length === 0) {
    errors.push('`groups` must list the consumer groups a reader uses, got: []. Name the group (or a prefix ending in *).');
  }
  return errors;
}

/** Splits a cluster ARN into the prefix before `:cluster/` and the `<name>/<uuid>` part. */
export function resourceArn(clusterArn: string, kind: MskIamResourceKind, name?: string): string {
  const i = clusterArn.indexOf(':cluster/');
  if (i < 0) throw new Error(`Not an MSK cluster ARN: ${clusterArn}`);
  const prefix = clusterArn.slice(0, i);
  const nameAndUuid = clusterArn.slice(i + ':cluster/'.length);
  return kind === 'cluster' ? clusterArn : `${prefix}:${kind}/${nameAndUuid}/${name ?? '*'}`;
}
