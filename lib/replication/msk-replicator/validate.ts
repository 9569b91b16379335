/**
 * Section validators of an MSK Replicator spec: the two clusters (MSK Replicator's requirements) and the
 * replication filters (CloudFormation schema limits). Each records issues in the collector; called by the plan only.
 */
import { expectInteger, type IssueCollector, type IsUnknown } from '../../core';
import { isValidRegex } from '../iam-patterns';
import { parseIpv4Cidr } from '../../aws/vpc-plan';
import {
  REPLICATOR_CLUSTER_REQUIREMENTS as REQ, REPLICATOR_EXTERNAL_REQUIREMENTS as EXT, REPLICATOR_SCHEMA as SCHEMA, REPLICATOR_SCRAM_MECHANISMS,
} from './limits';
import type { MskReplicatorApacheKafkaClusterSpec, MskReplicatorClusterSpec, MskReplicatorSpec } from './spec';

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
  // Counts are type-checked first; a broker count is then checked only against an AZ count that passed its own check.
  const isUnknown = (v: unknown) => !known(v);
  const azCount = expectInteger(cl.azCount, { code: 'msk-replicator/az-count', path: `${path}.azCount`, isUnknown }, c,
    { min: 2, max: 3, fix: 'MSK Provisioned spreads brokers over 2 or 3 AZs.' });
  const brokers = expectInteger(cl.brokerNodes, { code: 'msk-replicator/broker-count', path: `${path}.brokerNodes`, isUnknown }, c);
  const azKnown = cl.azCount === undefined || !known(cl.azCount) || azCount !== undefined;
  if (brokers !== undefined && azKnown) {
    const twoAzs = azCount === 2;
    const min = twoAzs ? REQ.minBrokersTwoAzs : REQ.minBrokers;
    if (brokers < min) {
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

const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/;
const BOOTSTRAP = /^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/;

/** Ports of a known `host:port,...` string, sorted and unique. */
export function bootstrapPorts(bootstrap: string): number[] {
  return [...new Set(bootstrap.split(',').map((hp) => Number(hp.slice(hp.lastIndexOf(':') + 1))))].sort((a, b) => a - b);
}

/**
 * Checks an Apache Kafka cluster outside MSK against what MSK Replicator needs of it: the source role, its
 * `cluster.id`, a `host:port` bootstrap string, SCRAM or mTLS over TLS with secrets in Secrets Manager, the CA of
 * a private PKI, Kafka 2.8.1 or later.
 */
export function validateApacheKafkaCluster(c: IssueCollector, cl: MskReplicatorApacheKafkaClusterSpec, path: string, known: (v: unknown) => boolean): void {
  if (cl.role !== 'source') {
    c.error('msk-replicator/external-target', `${path}.role`, "be 'source' for an Apache Kafka cluster outside MSK (the library replicates from it into MSK)", cl.role,
      'Replicate from MSK to a self-managed cluster with MirrorMaker 2 (MirrorMaker2 in kafka-iac/replication).');
  }
  if (known(cl.clusterId) && !EXT.clusterIdPattern.test(cl.clusterId)) {
    c.error('msk-replicator/external-cluster-id', `${path}.clusterId`, "be the cluster's own id (cluster.id: 22 URL-safe base64 characters)", cl.clusterId,
      'Read it with kafka-cluster.sh cluster-id --bootstrap-server <broker> (or from meta.properties); MSK Replicator checks it against the cluster.');
  }
  if (known(cl.bootstrapBrokers) && !BOOTSTRAP.test(cl.bootstrapBrokers)) {
    c.error('msk-replicator/external-bootstrap', `${path}.bootstrapBrokers`, 'be host:port pairs separated by commas', cl.bootstrapBrokers,
      'List the brokers of the TLS listener, e.g. "b-1.kafka.internal:9096,b-2.kafka.internal:9096".');
  }
  // Read as untyped input: the spec may come from JavaScript with both modes, or none.
  const auth = cl.auth as Partial<{ scram: { secretArn: string; mechanism: string }; mtls: { secretArn: string } }> | undefined;
  const modes = auth ? (['scram', 'mtls'] as const).filter((m) => auth[m] !== undefined) : [];
  if (modes.length !== 1) {
    c.error('msk-replicator/external-auth', `${path}.auth`, 'name exactly one of scram, mtls (MSK Replicator authenticates to an Apache Kafka cluster with one of them, over TLS)', modes,
      'E.g. { scram: { secretArn, mechanism: "SHA512" } }.');
  }
  if (auth?.scram && !(REPLICATOR_SCRAM_MECHANISMS as readonly string[]).includes(auth.scram.mechanism)) {
    c.error('msk-replicator/external-scram-mechanism', `${path}.auth.scram.mechanism`, `be one of ${REPLICATOR_SCRAM_MECHANISMS.join(', ')}`, auth.scram.mechanism,
      'Use the mechanism the user was created with (SHA512 for SCRAM-SHA-512).');
  }
  const secrets: [string, string | undefined][] = [
    [`${path}.auth.${modes[0] ?? 'scram'}.secretArn`, auth?.scram?.secretArn ?? auth?.mtls?.secretArn],
    [`${path}.rootCaCertificateSecretArn`, cl.rootCaCertificateSecretArn],
  ];
  for (const [p, arn] of secrets) {
    if (arn !== undefined && known(arn) && !SECRET_ARN.test(arn)) {
      c.error('msk-replicator/external-secret-arn', p, 'be a Secrets Manager secret ARN', arn, 'MSK Replicator reads credentials and CA certificates from Secrets Manager only.');
    }
  }
  (cl.secretKeyArns ?? []).forEach((arn, i) => {
    if (known(arn) && !KMS_KEY_ARN.test(arn)) {
      c.error('msk-replicator/external-key-arn', `${path}.secretKeyArns[${i}]`, 'be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)', arn, 'Pass the key ARN, not an alias.');
    }
  });
  if (cl.privateCa === true && cl.rootCaCertificateSecretArn === undefined) {
    c.error('msk-replicator/external-root-ca', `${path}.rootCaCertificateSecretArn`, 'name the secret of the CA chain when the brokers use a private CA', undefined,
      'Store the CA chain (PEM) under the key "certificate" of a Secrets Manager secret and pass its ARN.');
  }
  (cl.networkCidrs ?? []).forEach((cidr, i) => {
    if (known(cidr) && parseIpv4Cidr(cidr) === undefined) {
      c.error('msk-replicator/external-network-cidr', `${path}.networkCidrs[${i}]`, 'be an IPv4 CIDR (a.b.c.d/n)', cidr, 'E.g. "10.0.0.0/16", the VPC or on-premises range of the brokers.');
    }
  });
  if (cl.bootstrapBrokers !== undefined && !known(cl.bootstrapBrokers) && cl.ports === undefined) {
    c.error('msk-replicator/external-ports', `${path}.ports`, 'list the listener\'s ports when bootstrapBrokers is a deploy-time value', undefined,
      'Pass ports (e.g. [9096]): the replicator\'s security groups open only those.');
  }
  (cl.ports ?? []).forEach((port, i) => {
    if (!(Number.isInteger(port) && port > 0 && port < 65536)) c.error('msk-replicator/external-port', `${path}.ports[${i}]`, 'be a TCP port (1-65535)', port, 'E.g. 9096.');
  });
  if (cl.kafkaVersion !== undefined && known(cl.kafkaVersion)) {
    const v = parseKafkaVersion(cl.kafkaVersion);
    if (v && !atLeast(v, EXT.minKafkaVersion)) {
      c.error('msk-replicator/external-kafka-version', `${path}.kafkaVersion`, `be ${EXT.minKafkaVersion.join('.')} or later on an Apache Kafka source`, cl.kafkaVersion,
        'Upgrade the cluster first, or replicate it with MirrorMaker 2.');
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
