/**
 * IAM access-control grants for Kafka clients, shared by provisioned and Serverless clusters: the statements
 * come from `aws/msk-iam-access.ts`; this file only turns names into ARNs derived from the cluster ARN.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import { kafkaResourceArn } from '../../aws/cdk/kafka-resource-arn';
import { planGrant, type MskIamStatementPlan } from '../../aws/msk-iam-access';
import { recordGrantWildcards } from './grant-findings';

/** Options of `grantRead`. */
export interface MskReadGrantOptions {
  /** Topic names, or prefixes ending in `*`. */
  readonly topics: readonly string[];
  /** Consumer groups the reader joins (names, or prefixes ending in `*`). */
  readonly groups: readonly string[];
}

/** Options of `grantWrite`. */
export interface MskWriteGrantOptions {
  /** Topic names, or prefixes ending in `*`. */
  readonly topics: readonly string[];
  /**
   * Idempotent producer (`kafka-cluster:WriteDataIdempotently`), the default of Kafka 3.x clients.
   * @default true
   */
  readonly idempotent?: boolean;
  /**
   * Transactional ids the producer uses.
   * @default - none
   */
  readonly transactionalIds?: readonly string[];
  /**
   * Also allow creating the topics.
   * @default false
   */
  readonly createTopics?: boolean;
}

function statementArns(clusterArn: string, s: MskIamStatementPlan): string[] {
  return s.resource === 'cluster' ? [clusterArn] : s.names.map((n) => kafkaResourceArn(clusterArn, s.resource, n));
}

/** Adds the statements to the grantee's policy, one `Grant` for all of them; notes prefixes for `acknowledgeGrantFindings`. */
export function grantStatementsOf(grantee: iam.IGrantable, clusterArn: string, statements: readonly MskIamStatementPlan[], subject = 'grantConnect'): iam.Grant {
  let grant: iam.Grant | undefined;
  for (const s of statements) {
    const resourceArns = statementArns(clusterArn, s);
    if (resourceArns.length === 0) continue;
    const g = iam.Grant.addToPrincipal({ grantee, actions: [...s.actions], resourceArns });
    if (g.success && s.resource !== 'cluster') recordGrantWildcards(grantee.grantPrincipal, subject, s.resource, s.names, resourceArns);
    grant = grant ? grant.combine(g) : g;
  }
  return grant!;
}

/** `kafka-cluster:Connect` and `DescribeCluster` on the cluster. */
export function grantConnect(grantee: iam.IGrantable, clusterArn: string): iam.Grant {
  return grantStatementsOf(grantee, clusterArn, planGrant('grantConnect', 'connect'));
}

/** Connect, read the topics and use the consumer groups. Throws `KafkaValidationError` on bad names. */
export function grantRead(subject: string, grantee: iam.IGrantable, clusterArn: string, o: MskReadGrantOptions): iam.Grant {
  return grantStatementsOf(grantee, clusterArn, planGrant(subject, 'read', { topics: o.topics, groups: o.groups }), subject);
}

/** Connect and write the topics (idempotently by default). Throws `KafkaValidationError` on bad names. */
export function grantWrite(subject: string, grantee: iam.IGrantable, clusterArn: string, o: MskWriteGrantOptions): iam.Grant {
  return grantStatementsOf(grantee, clusterArn, planGrant(subject, 'write', o), subject);
}
