/**
 * Validation of a MirrorMaker 2 deployment (pure, collects every issue). Codes start with `mirror-maker/`.
 */
import { expectInteger, IssueCollector, kafkaLine, kafkaLines, lineOf, isValidMirrorMaker2Key, mirrorMaker2Keys, suggestKey, type IsUnknown, type KafkaLine } from '../../core';
import { findEc2Instance } from '../../aws/ec2-node/instances';
import { validateArtifact } from '../../aws/ec2-node/artifact-source';
import { isValidRegex } from '../iam-patterns';
import { DEFAULT_JAVA, MSK_IAM_PORT } from './defaults';
import type { MirrorMaker2Spec, MirrorMakerClusterSpec, MirrorMakerFlowSpec } from './spec';

export const ALIAS = /^[A-Za-z0-9_-]{1,32}$/;
const NAME = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const MSK_CLUSTER_ARN = /^arn:aws[a-z-]*:kafka:([a-z0-9-]+):\d{12}:cluster\/[A-Za-z0-9-]+\/[A-Za-z0-9-]+$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
const SSM_PARAMETER = /^\/?[A-Za-z0-9_.\-/]{1,1011}$/;
const IPV4_CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;
/** MirrorMaker 2 nodes: the lines whose `mirrorMaker2` capability is set (3.9 on: key lists, KIP-710/KIP-618 fixes). */
const MM2_LINES: readonly KafkaLine[] = kafkaLines().filter((l) => l.mirrorMaker2).map((l) => l.line);

/** The library's own keys: a user entry may not override them; the value names the prop that controls the key. */
const OWNED: readonly [RegExp, string][] = [
  [/^clusters$/, 'clusters'],
  [/^[A-Za-z0-9_-]+\.(bootstrap\.servers|security\.protocol|sasl\.[a-z.]+|ssl\.[a-z.]+)$/, 'clusters[].auth / bootstrapServers'],
  [/^(bootstrap\.servers|security\.protocol|sasl\.[a-z.]+|ssl\.[a-z.]+)$/, 'clusters[].auth'],
  [/^config\.providers/, 'clusters[].auth (secrets are read through the file config provider)'],
  [/^replication\.policy\./, 'replicationPolicy'],
  [/(^|\.)([a-z-]+\.topic\.)?replication\.factor$|storage\.replication\.factor$/, 'replicationFactor'],
  [/^([A-Za-z0-9_-]+->[A-Za-z0-9_-]+\.)?(enabled|topics|topics\.exclude|groups|groups\.exclude)$/, 'flows'],
  [/(^|\.)tasks\.max$/, 'tasksMax'],
  [/(^|\.)(emit\.checkpoints\.[a-z.]+|sync\.group\.offsets\.[a-z.]+|emit\.offset-syncs\.enabled|offset-syncs\.topic\.location)$/, 'offsetSyncIntervalSeconds (offset sync is always on)'],
  [/(^|\.)exactly\.once\.source\.support$/, 'exactlyOnce'],
  [/^(dedicated\.mode\.enable\.internal\.rest|listeners|rest\.[a-z.]+)$/, 'nodes (internal REST)'],
];

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
/**
 * The type check of an optional count: `undefined` when unset or when it fails (then reported once, naming the type);
 * the caller applies its range rule only to the returned integer.
 */
const typedInt = (v: unknown, code: string, path: string, c: IssueCollector): number | undefined => expectInteger(v, { code, path }, c);

export function validateMirrorMaker2(spec: MirrorMaker2Spec, isUnknown: IsUnknown): IssueCollector {
  const known = (v: unknown) => !isUnknown(v);
  const c = new IssueCollector();
  if (known(spec.name) && !NAME.test(spec.name)) {
    c.error('mirror-maker/name', 'name', 'be 1-40 lower-case letters, digits or hyphens, starting and ending with a letter or digit', spec.name, 'e.g. "orders-dr".');
  }
  if (known(spec.region) && !REGION.test(spec.region)) c.error('mirror-maker/region', 'region', 'be an AWS region code', spec.region, 'e.g. "eu-central-1".');
  const clusters = spec.clusters ?? [];
  if (clusters.length < 2) {
    c.error('mirror-maker/clusters-count', 'clusters', 'list at least the source and the target cluster', clusters.length, 'Add both clusters of every flow.');
  }
  const aliases = new Map<string, MirrorMakerClusterSpec>();
  clusters.forEach((cl, i) => {
    validateCluster(cl, `clusters[${i}]`, c, known);
    if (aliases.has(cl.alias)) {
      c.error('mirror-maker/alias-duplicate', `clusters[${i}].alias`, 'be unique', cl.alias, 'Give every cluster its own alias.');
    }
    aliases.set(cl.alias, cl);
  });

  validateFlows(spec, aliases, c);
  validatePlacement(spec, aliases, c, known);
  validateSizing(spec, aliases, c);
  validateNodes(spec, aliases, c, known);
  validateExtras(spec, [...aliases.keys()], c);
  return c;
}

function validateCluster(cl: MirrorMakerClusterSpec, path: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (!ALIAS.test(cl.alias ?? '')) {
    c.error('mirror-maker/alias', `${path}.alias`, 'be 1-32 letters, digits, _ or - (no dots: MirrorMaker 2 splits keys on them)', cl.alias, 'e.g. "primary" or "dr".');
  }
  if (known(cl.region) && !REGION.test(cl.region ?? '')) c.error('mirror-maker/region', `${path}.region`, 'be an AWS region code', cl.region, 'e.g. "eu-west-1".');
  const servers = known(cl.bootstrapServers) ? String(cl.bootstrapServers ?? '').split(',') : undefined;
  if (servers && (servers.length === 0 || servers.some((s) => !HOST_PORT.test(s)))) {
    c.error('mirror-maker/bootstrap', `${path}.bootstrapServers`, 'be host:port[,host:port...] without spaces', cl.bootstrapServers, 'Use the listener that matches `auth` (MSK: IAM 9098, SCRAM 9096, TLS 9094).');
  }
  if (cl.kafkaVersion !== undefined && known(cl.kafkaVersion) && lineOf(cl.kafkaVersion) === undefined) {
    c.error('mirror-maker/cluster-kafka-version', `${path}.kafkaVersion`, 'be a Kafka version such as 3.9.1 or 3.9.x', cl.kafkaVersion, 'Leave it out when unknown.');
  }
  if (cl.trustedCaParameter !== undefined && known(cl.trustedCaParameter) && !SSM_PARAMETER.test(cl.trustedCaParameter)) {
    c.error('mirror-maker/trusted-ca-parameter', `${path}.trustedCaParameter`, 'be an SSM parameter name', cl.trustedCaParameter, 'Pass the name, not the ARN.');
  }
  if (cl.networkCidrs !== undefined) {
    if (cl.networkCidrs.length === 0) c.error('mirror-maker/network-cidrs', `${path}.networkCidrs`, 'list at least one CIDR', cl.networkCidrs, 'Leave it out to use the default egress.');
    cl.networkCidrs.forEach((cidr, i) => {
      if (known(cidr) && !IPV4_CIDR.test(cidr)) c.error('mirror-maker/network-cidrs', `${path}.networkCidrs[${i}]`, 'be an IPv4 CIDR', cidr, 'e.g. "10.20.0.0/16", the VPC of the brokers.');
      else if (known(cidr) && cidr.endsWith('/0')) c.error('mirror-maker/network-cidrs', `${path}.networkCidrs[${i}]`, 'be narrower than /0', cidr, 'Name the brokers\' network; leave the prop out for the default.');
    });
  }
  const brokerCount = typedInt(cl.brokerCount, 'mirror-maker/broker-count', `${path}.brokerCount`, c);
  if (brokerCount !== undefined && brokerCount < 1) {
    c.error('mirror-maker/broker-count', `${path}.brokerCount`, 'be a positive integer', cl.brokerCount, 'Leave it out when unknown.');
  }
  const auth = cl.auth;
  switch (auth?.mechanism) {
    case 'iam': {
      const m = known(auth.clusterArn) ? MSK_CLUSTER_ARN.exec(auth.clusterArn ?? '') : null;
      if (known(auth.clusterArn) && !m) {
        c.error('mirror-maker/iam-cluster-arn', `${path}.auth.clusterArn`, 'be an MSK cluster ARN', auth.clusterArn, 'IAM access control needs the cluster ARN (arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>).');
      } else if (m && known(cl.region) && m[1] !== cl.region) {
        c.error('mirror-maker/iam-cluster-region', `${path}.auth.clusterArn`, `be in the cluster's region (${cl.region})`, auth.clusterArn, 'Use the ARN of this cluster, or fix `region`.');
      }
      if (servers) {
        const bad = servers.filter((s) => HOST_PORT.test(s) && ![MSK_IAM_PORT, 9198].includes(Number(s.split(':')[1])));
        if (bad.length > 0) {
          c.error('mirror-maker/iam-port', `${path}.bootstrapServers`, `use MSK's IAM listener port (${MSK_IAM_PORT}, public 9198) with IAM auth`, cl.bootstrapServers, 'Use the cluster\'s `bootstrapBrokersSaslIam`.');
        }
      }
      return;
    }
    case 'scram':
    case 'mtls':
      if (known(auth.secretArn) && !SECRET_ARN.test(auth.secretArn ?? '')) {
        c.error('mirror-maker/secret-arn', `${path}.auth.secretArn`, 'be a Secrets Manager secret ARN', auth.secretArn, 'Credentials are read at boot from Secrets Manager; never pass them inline.');
      }
      if (auth.secretKeyArn !== undefined && known(auth.secretKeyArn) && !KMS_KEY_ARN.test(auth.secretKeyArn)) {
        c.error('mirror-maker/secret-key-arn', `${path}.auth.secretKeyArn`, 'be a KMS key ARN', auth.secretKeyArn, 'Leave it out for the AWS managed key.');
      }
      if (auth.mechanism === 'scram' && auth.scramMechanism !== undefined && !['SCRAM-SHA-512', 'SCRAM-SHA-256'].includes(auth.scramMechanism)) {
        c.error('mirror-maker/scram-mechanism', `${path}.auth.scramMechanism`, "be 'SCRAM-SHA-512' or 'SCRAM-SHA-256'", auth.scramMechanism, 'MSK supports SCRAM-SHA-512 only.');
      }
      return;
    default:
      c.error('mirror-maker/auth', `${path}.auth.mechanism`, "be 'iam', 'scram' or 'mtls' (TLS always: PLAINTEXT is not offered)", (auth as { mechanism?: unknown } | undefined)?.mechanism, 'Pick how MirrorMaker 2 authenticates to this cluster.');
  }
}

function validatePatterns(list: readonly string[] | undefined, path: string, c: IssueCollector, allowEmpty: boolean): void {
  if (list === undefined) return;
  if (!allowEmpty && list.length === 0) {
    c.error('mirror-maker/filter-empty', path, 'list at least one pattern', list, "Use ['.*'] for everything, or remove the flow.");
  }
  list.forEach((p, i) => {
    if (!(typeof p === 'string' && p.length > 0 && !/[,\s]/.test(p) && isValidRegex(p))) {
      c.error('mirror-maker/filter-pattern', `${path}[${i}]`, 'be a regular expression without commas or spaces', p, 'MirrorMaker 2 splits filter lists on commas: give one pattern per entry.');
    }
  });
}

/** Does the flow graph have a cycle through `from`? */
function cycles(flows: readonly MirrorMakerFlowSpec[]): boolean {
  const next = new Map<string, string[]>();
  for (const f of flows) next.set(f.source, [...(next.get(f.source) ?? []), f.target]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string): boolean => {
    if (state.get(n) === 'open') return true;
    if (state.get(n) === 'done') return false;
    state.set(n, 'open');
    const found = (next.get(n) ?? []).some(visit);
    state.set(n, 'done');
    return found;
  };
  return [...next.keys()].some(visit);
}

function validateFlows(spec: MirrorMaker2Spec, aliases: Map<string, MirrorMakerClusterSpec>, c: IssueCollector): void {
  const flows = spec.flows ?? [];
  if (flows.length === 0) c.error('mirror-maker/flows-empty', 'flows', 'list at least one flow', flows, "e.g. [{ source: 'primary', target: 'dr' }].");
  const seen = new Set<string>();
  flows.forEach((f, i) => {
    const p = `flows[${i}]`;
    for (const side of ['source', 'target'] as const) {
      if (!aliases.has(f[side])) {
        c.error('mirror-maker/flow-unknown-cluster', `${p}.${side}`, `name a cluster alias (${[...aliases.keys()].join(', ') || 'none'})`, f[side], 'Add the cluster to `clusters` or fix the alias.');
      }
    }
    if (f.source === f.target) c.error('mirror-maker/flow-self', p, 'replicate between two different clusters', `${f.source}->${f.target}`, 'Pick another target.');
    const id = `${f.source}->${f.target}`;
    if (seen.has(id)) c.error('mirror-maker/flow-duplicate', p, 'be declared once', id, 'Merge the topic and group filters into one flow.');
    seen.add(id);
    validatePatterns(f.topics, `${p}.topics`, c, false);
    validatePatterns(f.topicsExclude, `${p}.topicsExclude`, c, true);
    validatePatterns(f.groups, `${p}.groups`, c, false);
    validatePatterns(f.groupsExclude, `${p}.groupsExclude`, c, true);
  });
  const policy = spec.replicationPolicy ?? 'default';
  if (!['default', 'identity'].includes(policy)) {
    c.error('mirror-maker/policy', 'replicationPolicy', "be 'default' or 'identity'", policy, "Use 'default' (prefixed, loop-safe).");
  } else if (policy === 'identity') {
    if (cycles(flows)) {
      c.error('mirror-maker/identity-two-way', 'replicationPolicy', 'be \'default\' when flows form a loop (two-way or circular replication)', 'identity',
        "With identical topic names each cluster would replicate the other's copies back forever. Use 'default' (topics arrive as <source>.<topic>), or make the replication one-way.");
    }
    const sources = new Map<string, Set<string>>();
    for (const f of flows) sources.set(f.target, new Set([...(sources.get(f.target) ?? []), f.source]));
    for (const [target, s] of sources) {
      if (s.size > 1) {
        c.error('mirror-maker/identity-fan-in', 'replicationPolicy', `be 'default' when several clusters replicate into ${target}`, [...s].sort().join(', '),
          "Identical names from two sources collide in one topic. Use 'default'.");
      }
    }
  }
}

function validatePlacement(spec: MirrorMaker2Spec, aliases: Map<string, MirrorMakerClusterSpec>, c: IssueCollector, known: (v: unknown) => boolean): void {
  const target = aliases.get(spec.targetCluster);
  if (!target) {
    c.error('mirror-maker/target-unknown', 'targetCluster', `name a cluster alias (${[...aliases.keys()].join(', ') || 'none'})`, spec.targetCluster, 'Name the cluster this deployment runs next to.');
    return;
  }
  const local = (spec.flows ?? []).filter((f) => f.target === spec.targetCluster);
  if (local.length === 0) {
    c.error('mirror-maker/target-no-flows', 'targetCluster', 'be the target of at least one flow', spec.targetCluster,
      'MirrorMaker 2 runs next to the cluster it writes to: set `targetCluster` to a flow\'s target.');
  }
  if (!known(spec.region) || !known(target.region)) return;
  if (spec.region !== target.region) {
    const bySource = local.some((f) => aliases.get(f.source)?.region === spec.region);
    if (bySource) {
      c.error('mirror-maker/placed-by-source', 'region', `be the target cluster's region (${target.region})`, spec.region,
        'MirrorMaker 2 must run next to the TARGET: consumers tolerate cross-region latency, producers do not, and a source-region outage would take replication down with the source. Deploy it in the target\'s region.');
    } else {
      c.error('mirror-maker/placed-away-from-target', 'region', `be the target cluster's region (${target.region})`, spec.region, 'Deploy MirrorMaker 2 in the region of the cluster it writes to.');
    }
  }
}

function validateSizing(spec: MirrorMaker2Spec, aliases: Map<string, MirrorMakerClusterSpec>, c: IssueCollector): void {
  const rf = spec.replicationFactor;
  if (typedInt(rf, 'mirror-maker/replication-factor', 'replicationFactor', c) !== undefined) {
    if (rf! < 3) {
      c.error('mirror-maker/replication-factor-below-3', 'replicationFactor', 'be at least 3', rf,
        'MirrorMaker 2 defaults to 2, which loses replicated data and offsets with one broker; replicated and internal topics use 3.');
    }
  }
  const brokers = aliases.get(spec.targetCluster)?.brokerCount;
  if (isInt(rf ?? 3) && isInt(brokers) && brokers >= 1 && (rf ?? 3) > brokers) {
    c.error('mirror-maker/replication-factor-above-brokers', 'replicationFactor', `not exceed the target's ${brokers} brokers`, rf ?? 3, 'Grow the target cluster to at least 3 brokers.');
  }
  const nodes = typedInt(spec.nodes, 'mirror-maker/nodes', 'nodes', c);
  if (nodes !== undefined && (nodes < 1 || nodes > 20)) {
    c.error('mirror-maker/nodes', 'nodes', 'be an integer from 1 to 20', spec.nodes, 'Use 2 or more for high availability.');
  } else if (spec.nodes === 1) {
    c.warn('mirror-maker/single-node', 'nodes', 'One MirrorMaker 2 node: replication stops while it is replaced or patched. Use 2 or more.');
  }
  const tasksMax = typedInt(spec.tasksMax, 'mirror-maker/tasks-max', 'tasksMax', c);
  if (tasksMax !== undefined && (tasksMax < 1 || tasksMax > 1000)) {
    c.error('mirror-maker/tasks-max', 'tasksMax', 'be an integer from 1 to 1000', spec.tasksMax, 'Leave it out for 2 per node.');
  }
  const interval = typedInt(spec.offsetSyncIntervalSeconds, 'mirror-maker/offset-sync-interval', 'offsetSyncIntervalSeconds', c);
  if (interval !== undefined && (interval < 1 || interval > 86400)) {
    c.error('mirror-maker/offset-sync-interval', 'offsetSyncIntervalSeconds', 'be an integer from 1 to 86400', interval, 'Use 30 or less for a small failover rewind.');
  }
  const latency = typedInt(spec.monitoring?.replicationLatencyMs, 'mirror-maker/latency-threshold', 'monitoring.replicationLatencyMs', c);
  if (latency !== undefined && latency < 1) {
    c.error('mirror-maker/latency-threshold', 'monitoring.replicationLatencyMs', 'be a positive integer (milliseconds)', latency, 'e.g. 60000.');
  }
  const port = typedInt(spec.monitoring?.jmxExporter?.port, 'mirror-maker/exporter-port', 'monitoring.jmxExporter.port', c);
  if (port !== undefined && (port < 1024 || port > 65535 || port === 8083)) {
    c.error('mirror-maker/exporter-port', 'monitoring.jmxExporter.port', 'be an unprivileged port other than 8083 (internal REST)', port, 'Use 7072.');
  }
}

function validateNodes(spec: MirrorMaker2Spec, aliases: Map<string, MirrorMakerClusterSpec>, c: IssueCollector, known: (v: unknown) => boolean): void {
  const line = lineOf(spec.kafkaVersion ?? '');
  if (!line || !MM2_LINES.includes(line) || !/^\d+\.\d+\.\d+$/.test(spec.kafkaVersion)) {
    c.error('mirror-maker/kafka-version', 'kafkaVersion', `be an exact Kafka release of line ${MM2_LINES.join(', ')}`, spec.kafkaVersion, 'e.g. "3.9.1" or "4.4.0".');
  }
  const java = spec.javaVersion;
  if (java !== undefined && java !== 17 && java !== 21) {
    c.error('mirror-maker/java-version', 'javaVersion', 'be 17 or 21 (Amazon Corretto)', java, 'Use 21.');
  } else if (line && (java ?? DEFAULT_JAVA) < kafkaLine(line).minJava) {
    c.error('mirror-maker/java-too-old', 'javaVersion', `be at least ${kafkaLine(line).minJava} for Kafka ${spec.kafkaVersion}`, java ?? DEFAULT_JAVA,
      'Connect (MirrorMaker 2) needs the Java version of its Kafka line; use 21.');
  }
  validateArtifact(spec.distribution, 'distribution', c, known);
  if (spec.monitoring?.jmxExporter) validateArtifact(spec.monitoring.jmxExporter.source, 'monitoring.jmxExporter.source', c, known);
  const iamUsed = [...aliases.values()].some((cl) => cl.auth?.mechanism === 'iam');
  if (iamUsed && spec.iamAuthLibrary === undefined) {
    c.error('mirror-maker/iam-library-missing', 'iamAuthLibrary', 'name the aws-msk-iam-auth jar when a cluster uses IAM', undefined,
      "Pass { kind: 'url', url: 'https://github.com/aws/aws-msk-iam-auth/releases/download/v<version>/aws-msk-iam-auth-<version>-all.jar', sha512 } or an S3 copy.");
  } else if (spec.iamAuthLibrary !== undefined) {
    validateArtifact(spec.iamAuthLibrary, 'iamAuthLibrary', c, known);
  }
  const type = spec.instanceType;
  if (type !== undefined && known(type) && !findEc2Instance(type)) {
    c.error('mirror-maker/instance-type', 'instanceType', 'be an instance type the library knows', type, 'Use e.g. m7g.large, m7i.large or r7g.large.');
  }
  const target = aliases.get(spec.targetCluster);
  if (spec.exactlyOnce === true && target?.kafkaVersion !== undefined && known(target.kafkaVersion)) {
    const tl = lineOf(target.kafkaVersion);
    if (tl && !supportsExactlyOnce(tl)) {
      c.error('mirror-maker/exactly-once-unsupported', 'exactlyOnce', `be false for a target on Kafka ${target.kafkaVersion}`, true,
        'Exactly-once source delivery needs target brokers on 3.5 or later: upgrade the target or leave exactlyOnce off.');
    }
  }
}

/** KIP-618 exactly-once source support for MirrorMaker 2 in dedicated mode works from 3.5 (with the target at 3.5+). */
export function supportsExactlyOnce(line: KafkaLine): boolean {
  const [major, minor] = line.split('.').map(Number) as [number, number];
  return major > 3 || (major === 3 && minor >= 5);
}

function validateExtras(spec: MirrorMaker2Spec, aliases: readonly string[], c: IssueCollector): void {
  const line = lineOf(spec.kafkaVersion ?? '');
  const keyList = line ? kafkaLine(line).keyList : '3.9';
  for (const [key, value] of Object.entries(spec.extraProperties ?? {})) {
    const path = `extraProperties.${key}`;
    const owner = OWNED.find(([re]) => re.test(key));
    if (owner) {
      c.error('mirror-maker/extra-owned', path, `not set a key the library owns (controlled by \`${owner[1]}\`)`, key, `Use \`${owner[1]}\` instead.`);
      continue;
    }
    if (!isValidMirrorMaker2Key(key, aliases, keyList)) {
      const hint = suggestKey(key, mirrorMaker2Keys(keyList));
      c.error('mirror-maker/extra-unknown', path, `be a MirrorMaker 2, Connect worker or client key of Kafka ${keyList} (or <alias>. / <source>-><target>. prefixed)`, key,
        hint ? `Did you mean "${hint}"?` : 'Check the spelling against the MirrorMaker 2 documentation.');
      continue;
    }
    if (/[\r\n]/.test(String(value))) c.error('mirror-maker/extra-value', path, 'be a single line', value, 'Remove line breaks.');
  }
}
