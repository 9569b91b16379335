/**
 * MSK Replicator: spec -> validated plan. Pure: no cloud SDK. Both faces call `planMskReplicator` and only map
 * the result; `validateMskReplicatorSet` checks replicators against each other (names, two-way loops).
 */
import { expectNumber, Issue, IssueCollector, IsUnknown, KafkaValidationError, neverUnknown } from '../../core';
import { planReplicatorAlarms } from './alarms';
import {
  REPLICATOR_COMPRESSION_TYPES, REPLICATOR_DEFAULTS as D, REPLICATOR_EXTERNAL_REQUIREMENTS as EXT, REPLICATOR_PORT, REPLICATOR_STARTING_POSITIONS,
  REPLICATOR_TOPIC_NAMING,
} from './limits';
import type { MskReplicatorApacheKafkaClusterPlan, MskReplicatorClusterPlan, MskReplicatorPlan } from './plan-types';
import { executionRoleStatements } from './policies';
import type {
  MskReplicatorAnyClusterSpec, MskReplicatorApacheKafkaClusterSpec, MskReplicatorClusterRole, MskReplicatorClusterSpec, MskReplicatorExternalAuth, MskReplicatorSpec,
} from './spec';
import {
  bootstrapPorts, knownWith, parseClusterArn, validateApacheKafkaCluster, validateCluster, validateClusterNetwork, validateIdentity, validateRegexList,
} from './validate';

export { KafkaValidationError };

/** Validates the spec and returns every issue (errors and warnings). Pure. */
export function validateMskReplicator(spec: MskReplicatorSpec, isUnknown: IsUnknown = neverUnknown): Issue[] {
  return decide(spec, isUnknown).issues;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing all errors. */
export function planMskReplicator(spec: MskReplicatorSpec, isUnknown: IsUnknown = neverUnknown, subject?: string): MskReplicatorPlan {
  const { issues, plan } = decide(spec, isUnknown);
  new IssueCollector().addAll(issues).throwIfErrors(subject ?? `MSK Replicator ${typeof spec?.replicatorName === 'string' ? `'${spec.replicatorName}'` : '(unnamed)'}`);
  return plan!;
}

/** An Apache Kafka cluster outside MSK. */
function isApacheKafka(cl: MskReplicatorAnyClusterSpec | undefined): cl is MskReplicatorApacheKafkaClusterSpec {
  return cl?.kind === 'apache-kafka';
}

/** Region of a cluster: the declared one, else the one in its (known) ARN; none for an Apache Kafka cluster. */
function regionOf(cl: MskReplicatorAnyClusterSpec, isUnknown: IsUnknown): string | undefined {
  if (isApacheKafka(cl)) return undefined;
  if (cl.region !== undefined) return cl.region;
  return isUnknown(cl.clusterArn) ? undefined : parseClusterArn(cl.clusterArn)?.region;
}

/** Two values are the same when equal (also equal tokens), different when both known and unequal, else unknown. */
function sameValue(a: string | undefined, b: string | undefined, isUnknown: IsUnknown): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return true;
  return isUnknown(a) || isUnknown(b) ? undefined : false;
}

/** Issues, and the plan when there is no error. */
interface Decision {
  readonly issues: Issue[];
  /** @default - none: there are errors */
  readonly plan?: MskReplicatorPlan;
}

function decide(spec: MskReplicatorSpec, isUnknown: IsUnknown): Decision {
  const c = new IssueCollector();
  const known = knownWith(isUnknown);
  validateIdentity(c, spec, known);

  const clusters = spec.kafkaClusters ?? [];
  if (clusters.length !== 2) {
    c.error('msk-replicator/cluster-count', 'kafkaClusters', 'hold exactly two clusters (one source, one target)', clusters.length,
      'A replicator copies one source to one target; create one replicator per flow (two for a two-way pair).');
  }
  const sourceIndex = clusters.findIndex((cl) => cl.role === 'source');
  const targetIndex = clusters.findIndex((cl) => cl.role === 'target');
  if (clusters.length === 2 && (sourceIndex < 0 || targetIndex < 0)) {
    c.error('msk-replicator/cluster-roles', 'kafkaClusters', "have one 'source' and one 'target' cluster", clusters.map((cl) => cl.role), 'Set `role` on each cluster.');
  }
  const source = clusters[sourceIndex];
  const target = clusters[targetIndex];
  const t = spec.topics ?? {};
  const naming = t.naming ?? D.topicNaming;
  const identical = naming === 'IDENTICAL';

  clusters.forEach((cl, i) => {
    if (isApacheKafka(cl)) return validateApacheKafkaCluster(c, cl, `kafkaClusters[${i}]`, known);
    validateCluster(c, cl, `kafkaClusters[${i}]`, identical, known);
    // A cross-region source is reached over multi-VPC connectivity: its security groups are not used.
    validateClusterNetwork(c, cl, `kafkaClusters[${i}]`);
  });
  const external = isApacheKafka(source) ? source : undefined;
  if (external && target && !isApacheKafka(target)) validateExternalSourcePair(c, external, target, `kafkaClusters[${targetIndex}]`, known);

  let crossRegion = false;
  if (source && target && !isApacheKafka(source) && !isApacheKafka(target)) {
    const sPath = `kafkaClusters[${sourceIndex}]`;
    const tPath = `kafkaClusters[${targetIndex}]`;
    if (sameValue(source.clusterArn, target.clusterArn, isUnknown) === true) {
      c.error('msk-replicator/same-cluster', `${tPath}.clusterArn`, 'differ from the source cluster', target.clusterArn, 'Replicate into another cluster.');
    }
    const sArn = known(source.clusterArn) ? parseClusterArn(source.clusterArn) : undefined;
    const tArn = known(target.clusterArn) ? parseClusterArn(target.clusterArn) : undefined;
    if (sArn && tArn && sArn.account !== tArn.account) {
      c.error('msk-replicator/cross-account', `${tPath}.clusterArn`, `be in the source cluster's account (${sArn.account})`, tArn.account,
        'MSK Replicator replicates within one AWS account only; use MirrorMaker 2 across accounts.');
    }
    const sRegion = regionOf(source, isUnknown);
    const tRegion = regionOf(target, isUnknown);
    crossRegion = sameValue(sRegion, tRegion, isUnknown) === false;
    if (sameValue(spec.replicatorRegion, tRegion, isUnknown) === false) {
      c.error('msk-replicator/not-in-target-region', 'replicatorRegion', `be the target cluster's Region (${tRegion})`, spec.replicatorRegion,
        "MSK creates the replicator in the target cluster's Region: deploy it in the target's stack or provider.");
    }
    if (crossRegion && source.kind === 'provisioned') {
      if (known(source.multiVpcIam) && source.multiVpcIam !== true) {
        c.error('msk-replicator/source-multi-vpc', `${sPath}.multiVpcIam`, 'be true on a source cluster in another Region (multi-VPC private connectivity for IAM)', source.multiVpcIam,
          'On the deployed source cluster set connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true } and allow kafka.amazonaws.com in its cluster policy.');
      } else if (source.multiVpcIam === undefined) {
        c.warn('msk-replicator/source-multi-vpc-unknown', `${sPath}.multiVpcIam`,
          'The source cluster is in another Region: it needs multi-VPC private connectivity for IAM and a cluster policy allowing kafka.amazonaws.com (replicatorSourceClusterPolicyStatement).');
      }
    }
  }

  if (spec.bidirectional === true && identical) {
    c.error('msk-replicator/identical-two-way', 'topics.naming', "be 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS' on a two-way pair", naming,
      'With identical names in both directions every record could be copied back and forth; keep prefixed names (consumers read ".*<topic>"), or replicate one way only.');
  }
  if (!(REPLICATOR_TOPIC_NAMING as readonly string[]).includes(naming)) {
    c.error('msk-replicator/topic-naming', 'topics.naming', `be one of ${REPLICATOR_TOPIC_NAMING.join(', ')}`, naming, 'Keep the default (prefixed).');
  }
  const startingPosition = t.startingPosition ?? D.startingPosition;
  if (!(REPLICATOR_STARTING_POSITIONS as readonly string[]).includes(startingPosition)) {
    c.error('msk-replicator/starting-position', 'topics.startingPosition', `be one of ${REPLICATOR_STARTING_POSITIONS.join(', ')}`, startingPosition,
      'Use EARLIEST for disaster recovery (the retained history is copied too).');
  }
  const compression = spec.compression ?? D.compression;
  if (!(REPLICATOR_COMPRESSION_TYPES as readonly string[]).includes(compression)) {
    c.error('msk-replicator/compression', 'compression', `be one of ${REPLICATOR_COMPRESSION_TYPES.join(', ')}`, compression, 'E.g. LZ4 or ZSTD to cut cross-region transfer.');
  }

  validateRegexList(c, t.include, 'topics.include', 'topic', true, known);
  validateRegexList(c, t.exclude, 'topics.exclude', 'topic', false, known);
  const g = spec.consumerGroups ?? {};
  const groupsOn = g.enabled ?? true;
  validateRegexList(c, g.include, 'consumerGroups.include', 'group', groupsOn, known);
  validateRegexList(c, g.exclude, 'consumerGroups.exclude', 'group', false, known);

  const serverless = clusters.some((cl) => cl.kind === 'serverless');
  if (serverless && t.copyAccessControlLists === true) {
    c.error('msk-replicator/serverless-acls', 'topics.copyAccessControlLists', 'be false when either cluster is Serverless (MSK Serverless does not support ACL replication)', true,
      'Remove it: Serverless clusters authorize with IAM policies only.');
  }

  const a = spec.alarms ?? {};
  const latency = a.replicationLatencyMs ?? D.replicationLatencyMs;
  const lag = a.messageLag ?? D.messageLag;
  for (const [k, v] of [['replicationLatencyMs', latency], ['messageLag', lag]] as const) {
    // The type first ("60000" names the string), then the rule.
    const n = expectNumber(v, { code: 'msk-replicator/alarm-threshold', path: `alarms.${k}` }, c);
    if (n !== undefined && n <= 0) c.error('msk-replicator/alarm-threshold', `alarms.${k}`, 'be a positive number', v, 'Use e.g. 60000 ms or 100000 records.');
  }

  if (c.errors.length > 0 || !source || !target || isApacheKafka(target)) return { issues: [...c.issues] };

  const topicsInclude = t.include ?? D.topicsInclude;
  const groupsInclude = groupsOn ? (g.include ?? D.groupsInclude) : [];
  const copyTopicConfigurations = t.copyTopicConfigurations ?? true;
  const copyAccessControlLists = t.copyAccessControlLists ?? !serverless;
  const detectAndCopyNewTopics = t.detectAndCopyNewTopics ?? true;
  const synchroniseOffsets = groupsOn && (g.synchroniseOffsets ?? true);
  const clusterPlan = (cl: MskReplicatorClusterSpec, reachedOverPrivateLink: boolean): MskReplicatorClusterPlan => ({
    role: cl.role, clusterArn: cl.clusterArn, region: regionOf(cl, isUnknown), kind: cl.kind, subnetIds: [...cl.subnetIds],
    securityGroupIds: reachedOverPrivateLink ? [] : [...(cl.securityGroupIds ?? [])],
  });
  const secretArns = external ? external.secretPolicyArns ?? [externalAuthSecretArn(external.auth), external.rootCaCertificateSecretArn] : [];
  const plan: MskReplicatorPlan = {
    replicatorName: spec.replicatorName,
    description: spec.description ?? `kafka-iac replicator ${clusterLabel(source, isUnknown)} -> ${clusterLabel(target, isUnknown)}`,
    tags: spec.tags ?? {},
    source: external ? apacheKafkaPlan(external, isUnknown) : clusterPlan(source as MskReplicatorClusterSpec, crossRegion),
    target: clusterPlan(target, false),
    crossRegion,
    topicReplication: {
      include: [...topicsInclude], exclude: [...(t.exclude ?? D.topicsExclude)], naming, startingPosition,
      copyTopicConfigurations, copyAccessControlLists, detectAndCopyNewTopics,
    },
    consumerGroupReplication: {
      include: [...groupsInclude], exclude: groupsOn ? [...(g.exclude ?? D.groupsExclude)] : [], synchroniseOffsets,
      detectAndCopyNewGroups: groupsOn && (g.detectAndCopyNewGroups ?? true), offsetSyncMode: 'LEGACY',
    },
    compression,
    executionRole: {
      statements: executionRoleStatements({
        topicsInclude, groupsInclude, prefixedNames: !identical, copyTopicConfigurations, copyAccessControlLists, detectAndCopyNewTopics, synchroniseOffsets,
        sourceOnMsk: external === undefined,
      }),
      ...(external ? { secrets: { secretArns: [...new Set(secretArns.filter((a): a is string => a !== undefined))], keyArns: [...new Set(external.secretKeyArns ?? [])] } } : {}),
    },
    port: REPLICATOR_PORT,
    ingressFrom: crossRegion || external ? ['target'] : ['source', 'target'],
    httpsEgress: external !== undefined,
    alarms: a.enabled === false ? [] : planReplicatorAlarms({ replicatorName: spec.replicatorName, replicationLatencyMs: latency, messageLag: lag }),
    warnings: [...c.warnings],
  };
  return { issues: [...c.issues], plan };
}

/** The cluster's name (given, or from a known ARN or id), else its role. */
function clusterLabel(cl: MskReplicatorAnyClusterSpec, isUnknown: IsUnknown): string {
  if (cl.clusterName !== undefined && !isUnknown(cl.clusterName)) return cl.clusterName;
  if (isApacheKafka(cl)) return isUnknown(cl.clusterId) ? cl.role : cl.clusterId;
  if (isUnknown(cl.clusterArn)) return cl.role;
  return /:cluster\/([^/]+)\//.exec(cl.clusterArn)?.[1] ?? cl.role;
}

/**
 * An Apache Kafka source next to its MSK target: the target is provisioned (the migration guides' MSK Provisioned
 * cluster, "minimum three brokers across three AZs"), and the source's principal needs ACLs the library cannot grant.
 */
function validateExternalSourcePair(
  c: IssueCollector, source: MskReplicatorApacheKafkaClusterSpec, target: MskReplicatorClusterSpec, tPath: string, known: (v: unknown) => boolean,
): void {
  if (target.kind === 'serverless') {
    c.error('msk-replicator/external-target-serverless', `${tPath}.kind`, "be 'provisioned' when the source is an Apache Kafka cluster outside MSK", target.kind,
      'Replicate into an MSK Provisioned cluster (Express or Standard brokers).');
  }
  // A wrong-typed or out-of-range AZ count is reported once, by validateCluster.
  const azCount = target.azCount;
  if (target.kind === 'provisioned' && known(azCount) && Number.isInteger(azCount) && azCount! >= 2 && azCount! <= 3 && azCount !== EXT.targetAzCount) {
    c.error('msk-replicator/external-target-azs', `${tPath}.azCount`, `be ${EXT.targetAzCount} (brokers over three AZs) when the source is an Apache Kafka cluster outside MSK`, target.azCount,
      'Create the target over three AZs (Express brokers always are).');
  }
  if (source.aclsGranted !== true) {
    c.warn('msk-replicator/external-acls', 'kafkaClusters', `The replicator's principal on the source needs ${EXT.acls} (kafka-acls.sh), unless it is a super user; set aclsGranted once it has them.`);
  }
}

/** ARN of one of the plan's MSK clusters (the execution role's `kafka-cluster` statements name MSK clusters only). */
export function mskClusterArn(plan: Pick<MskReplicatorPlan, 'source' | 'target'>, role: MskReplicatorClusterRole): string {
  const c = plan[role];
  if (c.kind === 'apache-kafka') throw new Error(`MSK Replicator: the ${role} is an Apache Kafka cluster, it has no MSK ARN`);
  return c.clusterArn;
}

/** What names a cluster across replicators: its ARN, or `apache-kafka:<cluster id>` outside MSK. */
export function replicatorClusterKey(c: MskReplicatorClusterPlan | MskReplicatorApacheKafkaClusterPlan): string {
  return c.kind === 'apache-kafka' ? `apache-kafka:${c.clusterId}` : c.clusterArn;
}

/** The secret of the replicator's credentials on an Apache Kafka cluster. */
export function externalAuthSecretArn(auth: MskReplicatorExternalAuth): string {
  return 'scram' in auth ? auth.scram.secretArn : auth.mtls.secretArn;
}

/** An Apache Kafka source as the replicator reaches it. */
function apacheKafkaPlan(cl: MskReplicatorApacheKafkaClusterSpec, isUnknown: IsUnknown): MskReplicatorApacheKafkaClusterPlan {
  return {
    role: 'source', kind: 'apache-kafka', clusterId: cl.clusterId, bootstrapBrokers: cl.bootstrapBrokers, auth: cl.auth,
    ...(cl.rootCaCertificateSecretArn !== undefined ? { rootCaCertificateSecretArn: cl.rootCaCertificateSecretArn } : {}),
    ports: cl.ports ? [...cl.ports] : isUnknown(cl.bootstrapBrokers) ? [] : bootstrapPorts(cl.bootstrapBrokers),
    egressCidrs: cl.networkCidrs && cl.networkCidrs.length > 0 ? [...cl.networkCidrs] : ['0.0.0.0/0'],
  };
}

/** One replicator of a set, as `validateMskReplicatorSet` compares them. */
export interface MskReplicatorSetEntry {
  /** Where it is declared (construct path or resource name), for the message. */
  readonly path: string;
  readonly replicatorName: string;
  /** @default - unknown Region: compared as the same Region as other unknown ones */
  readonly region?: string;
  /** The source's ARN, or `apache-kafka:<cluster id>` (`replicatorClusterKey`). */
  readonly sourceClusterArn: string;
  readonly targetClusterArn: string;
  readonly naming: MskReplicatorPlan['topicReplication']['naming'];
}

/**
 * Checks replicators against each other: names are unique per Region (`msk-replicator/duplicate-name`), and two
 * replicators that copy between the same clusters in opposite directions must not keep identical topic names
 * (`msk-replicator/identical-two-way`), declared `bidirectional` or not. Issues name the last entry.
 */
export function validateMskReplicatorSet(entries: readonly MskReplicatorSetEntry[], isUnknown: IsUnknown = neverUnknown): Issue[] {
  const c = new IssueCollector();
  entries.forEach((e, i) => {
    for (const other of entries.slice(0, i)) {
      const sameRegion = e.region === undefined || other.region === undefined ? true : sameValue(e.region, other.region, isUnknown) !== false;
      if (sameRegion && e.replicatorName === other.replicatorName) {
        c.error('msk-replicator/duplicate-name', `${e.path}.replicatorName`, `be unique in its Region (${other.path} uses it too)`, e.replicatorName,
          'Give each replicator its own name, e.g. "<source>-to-<target>".');
      }
      const reverse = sameValue(e.sourceClusterArn, other.targetClusterArn, isUnknown) === true && sameValue(e.targetClusterArn, other.sourceClusterArn, isUnknown) === true;
      if (reverse && (e.naming === 'IDENTICAL' || other.naming === 'IDENTICAL')) {
        c.error('msk-replicator/identical-two-way', `${e.path}.topics.naming`, `be 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS' on both replicators of a two-way pair (${other.path} replicates the other way)`,
          e.naming, 'Use prefixed topic names in both directions.');
      }
    }
  });
  return [...c.issues];
}
