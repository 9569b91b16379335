/**
 * Section validators of an MSK Replicator spec: the two clusters (MSK Replicator's requirements) and the
 * replication filters (CloudFormation schema limits). Each records issues in the collector; called by the plan only.
 */
import type { IssueCollector, IsUnknown } from '../../core';
import { isValidRegex } from '../iam-patterns';
import { REPLICATOR_CLUSTER_REQUIREMENTS as REQ, REPLICATOR_SCHEMA as SCHEMA } from './limits';
import type { MskReplicatorClusterSpec, MskReplicatorSpec } from './spec';

const CLUSTER_ARN = /^arn:(aws|aws-us-gov|aws-cn):kafka:([a-z0-9-]+):(\d{12}):cluster\/[^/]+\/[^/]+$/;

/** Region and account of a cluster ARN, when it is a known, well-formed one. */
export function parseClusterArn(arn: string): { region: string; account: string } | undefined {
  const m = CLUSTER_ARN.exec(arn);
  return m ? { region: m[2]!, account: m[3]! } : undefined;
}

/** `[major, minor, patch]` of an MSK version string (`3.9.x.kraft` -> patch `x` = any, compared as the highest). */
export function parseKafkaVersion(version: string): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+|x)(\.|$)/.exec(version);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), m[3] === 'x' ? Number.MAX_SAFE_INTEGER : Number(m[3])];
}

function atLeast(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i]! > min[i]!;
  return true;
}

/** Checks one cluster against MSK Replicator's requirements; `path` is e.g. `kafkaClusters[0]`. */
export function validateCluster(
  c: IssueCollector, cl: MskReplicatorClusterSpec, path: string, identicalNames: boolean, known: (v: unknown) => boolean,
): void {
  const who = cl.role === 'source' ? 'source' : 'target';
  if (known(cl.clusterArn) && !parseClusterArn(cl.clusterArn)) {
    c.error('msk-replicator/cluster-arn', `${path}.clusterArn`, 'be an MSK cluster ARN (arn:<partition>:kafka:<region>:<account>:cluster/<name>/<uuid>)', cl.clusterArn,
      'Pass the cluster ARN, not its name; MSK Replicator replicates between MSK clusters only.');
  }
  if (known(cl.iamAuthentication) && cl.iamAuthentication !== true) {
    c.error('msk-replicator/iam-auth', `${path}.iamAuthentication`, `be true on the ${who} cluster (MSK Replicator connects with IAM access control only)`, cl.iamAuthentication,
      'Turn IAM access control on (clientAuthentication: { iam: true }); other clients may keep SCRAM or mTLS.');
  }
  if (cl.kind === 'serverless') return;
  if (cl.kafkaVersion !== undefined && known(cl.kafkaVersion)) {
    const v = parseKafkaVersion(cl.kafkaVersion);
    if (v && !atLeast(v, REQ.minKafkaVersion)) {
      c.error('msk-replicator/kafka-version', `${path}.kafkaVersion`, `be ${REQ.minKafkaVersion.join('.')} or later on the ${who} cluster`, cl.kafkaVersion,
        'Upgrade the cluster (e.g. to 3.9.x.kraft) before replicating it.');
    } else if (v && identicalNames && !atLeast(v, REQ.minKafkaVersionIdentical)) {
      c.error('msk-replicator/identical-kafka-version', `${path}.kafkaVersion`, `be ${REQ.minKafkaVersionIdentical.join('.')} or later for identical topic names`, cl.kafkaVersion,
        'Upgrade the cluster, or keep prefixed topic names.');
    }
  }
  if (cl.brokerNodes !== undefined && known(cl.brokerNodes)) {
    const twoAzs = cl.azCount === 2;
    const min = twoAzs ? REQ.minBrokersTwoAzs : REQ.minBrokers;
    if (cl.brokerNodes < min) {
      c.error(twoAzs ? 'msk-replicator/broker-count-two-azs' : 'msk-replicator/broker-count', `${path}.brokerNodes`,
        `be at least ${min} on the ${who} cluster${twoAzs ? ' when it spans two AZs' : ''}`, cl.brokerNodes,
        twoAzs ? 'Use 4 brokers over two AZs, or 3 AZs with 3 brokers.' : 'Use at least 3 brokers (one per AZ over 3 AZs).');
    }
  }
  if (cl.instanceType !== undefined && known(cl.instanceType)) {
    if (REQ.unsupportedInstanceTypes.includes(cl.instanceType)) {
      c.error('msk-replicator/instance-type', `${path}.instanceType`, `be kafka.m5.large or larger on the ${who} cluster (MSK Replicator does not support t3 brokers)`, cl.instanceType,
        'Move the cluster to kafka.m7g.large or larger.');
    }
  }
}

/** Checks subnet and security-group counts of one cluster's VpcConfig. */
export function validateClusterNetwork(c: IssueCollector, cl: MskReplicatorClusterSpec, path: string): void {
  const subnets = cl.subnetIds ?? [];
  if (subnets.length < SCHEMA.subnets.min || subnets.length > SCHEMA.subnets.max) {
    c.error('msk-replicator/subnets', `${path}.subnetIds`, `hold ${SCHEMA.subnets.min} or ${SCHEMA.subnets.max} subnets`, subnets.length,
      'Pass the cluster\'s client subnets, one per AZ.');
  }
  const sgs = cl.securityGroupIds ?? [];
  if (sgs.length > SCHEMA.securityGroups.max) {
    c.error('msk-replicator/security-groups', `${path}.securityGroupIds`, `hold at most ${SCHEMA.securityGroups.max} security groups`, sgs.length, 'Merge rules into fewer groups.');
  }
}

/** Checks a list of regular expressions (topics or consumer groups). */
export function validateRegexList(
  c: IssueCollector, list: readonly string[] | undefined, path: string, what: 'topic' | 'group', requireOne: boolean, known: (v: unknown) => boolean,
): void {
  if (list === undefined) return;
  const limit = what === 'topic' ? SCHEMA.topicRegex : SCHEMA.groupRegex;
  if (requireOne && list.length === 0) {
    c.error(`msk-replicator/${what}s-empty`, path, `list at least one regular expression`, [], what === 'topic' ? 'Use [".*"] for every topic.' : 'Use [".*"] for every group, or turn group replication off.');
  }
  if (list.length > limit.maxItems) {
    c.error(`msk-replicator/${what}s-too-many`, path, `hold at most ${limit.maxItems} regular expressions`, list.length, 'Combine them with | into fewer expressions.');
  }
  const seen = new Set<string>();
  list.forEach((r, i) => {
    if (!known(r)) return;
    if (typeof r !== 'string' || r.length === 0 || r.length > limit.maxLength || !isValidRegex(r)) {
      c.error(`msk-replicator/${what}-regex`, `${path}[${i}]`, `be a valid regular expression of 1 to ${limit.maxLength} characters`, r,
        `E.g. "orders\\\\..*" for every ${what} starting with "orders.".`);
    } else if (seen.has(r)) {
      c.error(`msk-replicator/${what}-regex-duplicate`, `${path}[${i}]`, 'be unique', r, 'Remove the duplicate (CloudFormation refuses repeated entries).');
    }
    seen.add(r);
  });
}

/** Name, description and tags. */
export function validateIdentity(c: IssueCollector, spec: MskReplicatorSpec, known: (v: unknown) => boolean): void {
  const name = spec.replicatorName;
  if (known(name) && (typeof name !== 'string' || !SCHEMA.name.pattern.test(name) || name.length > SCHEMA.name.maxLength)) {
    c.error('msk-replicator/name', 'replicatorName', `be 1-${SCHEMA.name.maxLength} letters, digits or hyphens starting with a letter or digit`, name,
      'Rename it, e.g. "orders-use1-to-usw2".');
  }
  if (spec.description !== undefined && known(spec.description) && spec.description.length > SCHEMA.descriptionMaxLength) {
    c.error('msk-replicator/description', 'description', `be at most ${SCHEMA.descriptionMaxLength} characters`, `${spec.description.length} characters`, 'Shorten it.');
  }
  for (const [k, v] of Object.entries(spec.tags ?? {})) {
    if (k.startsWith('aws:') || k.length === 0 || k.length > SCHEMA.tag.keyMaxLength || (typeof v === 'string' && v.length > SCHEMA.tag.valueMaxLength)) {
      c.error('msk-replicator/tag', `tags.${k}`, `have a key of 1-${SCHEMA.tag.keyMaxLength} characters not starting with "aws:" and a value of at most ${SCHEMA.tag.valueMaxLength}`, v,
        'Rename or shorten the tag.');
    }
  }
}

/** Default `isUnknown`-based predicate: defined and known. */
export function knownWith(isUnknown: IsUnknown): (v: unknown) => boolean {
  return (v) => v !== undefined && !isUnknown(v);
}
