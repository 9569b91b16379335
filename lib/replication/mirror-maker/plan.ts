/**
 * `planMirrorMaker2`: validated MirrorMaker 2 spec -> the plan both faces map and the renderers write.
 */
import { IssueCollector, kafkaLine, lineOf, neverUnknown, sortKeys, type AlarmPlan, type IsUnknown, type Issue } from '../../core';
import type { MskIamStatementPlan } from '../../aws/msk-iam-access';
import { findEc2Instance } from '../../aws/ec2-node/instances';
import * as D from './defaults';
import type { MirrorMaker2Plan, MirrorMakerClusterPlan, MirrorMakerFlowPlan, MirrorMakerIamGrant, MirrorMakerParameterRead, MirrorMakerSecretRead } from './plan-types';
import { buildMirrorMakerProperties } from './render/mm2-properties';
import type { MirrorMaker2Spec, MirrorMakerClusterSpec, MirrorMakerFlowSpec } from './spec';
import { iamNamePatternsOf } from '../iam-patterns';
import { supportsExactlyOnce, validateMirrorMaker2 } from './validate';

/** Validates a MirrorMaker 2 deployment and decides everything both faces need; throws one KafkaValidationError. */
export function planMirrorMaker2(spec: MirrorMaker2Spec, isUnknown: IsUnknown = neverUnknown): MirrorMaker2Plan {
  const c = validateMirrorMaker2(spec, isUnknown);
  c.throwIfErrors(`MirrorMaker 2 deployment '${String(spec.name)}'`);
  const known = (v: unknown) => !isUnknown(v);

  const byAlias = new Map(spec.clusters.map((cl) => [cl.alias, cl]));
  const localFlows = spec.flows.filter((f) => f.target === spec.targetCluster);
  const localAliases = [...new Set([spec.targetCluster, ...localFlows.map((f) => f.source)])].sort();
  const clusters = localAliases.map((a) => clusterPlan(byAlias.get(a)!, a === spec.targetCluster ? 'target' : 'source'));
  const flows = localFlows.map(flowPlan).sort((a, b) => a.id.localeCompare(b.id));
  const target = byAlias.get(spec.targetCluster)!;
  const targetLine = target.kafkaVersion !== undefined && known(target.kafkaVersion) ? lineOf(target.kafkaVersion) : undefined;

  const warnings: Issue[] = [...c.warnings];
  let exactlyOnce = spec.exactlyOnce;
  if (exactlyOnce === undefined) {
    exactlyOnce = targetLine !== undefined && supportsExactlyOnce(targetLine);
    if (targetLine === undefined) {
      warnings.push({ code: 'mirror-maker/exactly-once-off', path: `clusters.${spec.targetCluster}.kafkaVersion`, severity: 'warning',
        message: `The Kafka version of target '${spec.targetCluster}' is unknown, so exactly-once delivery is off (at-least-once: duplicates after a failure). Set the cluster's kafkaVersion (3.5 or later) or exactlyOnce: true.` });
    }
  } else if (exactlyOnce && targetLine === undefined) {
    warnings.push({ code: 'mirror-maker/exactly-once-unverified', path: 'exactlyOnce', severity: 'warning',
      message: `exactlyOnce is on but the Kafka version of target '${spec.targetCluster}' is unknown: its brokers must run 3.5 or later.` });
  }
  for (const cl of spec.clusters) {
    if (!spec.flows.some((f) => f.source === cl.alias || f.target === cl.alias)) {
      warnings.push({ code: 'mirror-maker/cluster-unused', path: 'clusters', severity: 'warning', message: `Cluster '${cl.alias}' is in no flow; remove it.` });
    }
  }
  for (const cl of clusters) {
    if (cl.networkCidrs === undefined && known(cl.region) && known(spec.region) && cl.region !== spec.region) {
      warnings.push({ code: 'mirror-maker/egress-any-address', path: `clusters.${cl.alias}.networkCidrs`, severity: 'warning',
        message: `Cluster '${cl.alias}' is in ${cl.region}, not ${spec.region}: the nodes may connect to its ports on any IPv4 address. Set its networkCidrs (the brokers' VPC CIDR) to narrow the egress.` });
    }
  }
  if (!spec.monitoring?.jmxExporter) {
    warnings.push({ code: 'mirror-maker/no-latency-metric', path: 'monitoring.jmxExporter', severity: 'warning',
      message: '`monitoring.jmxExporter` is off: no replication-latency metric or alarm, only the node-down alarm. Configure the exporter.' });
  }

  const nodes = spec.nodes ?? D.DEFAULT_NODES;
  const instance = findEc2Instance(spec.instanceType ?? D.DEFAULT_INSTANCE)!;
  const heapGiB = Math.min(D.HEAP.maxGiB, Math.max(D.HEAP.minGiB, Math.floor(instance.memoryGiB * D.HEAP.fraction)));
  const line = lineOf(spec.kafkaVersion)!;
  const jmxExporter = spec.monitoring?.jmxExporter ? { source: spec.monitoring.jmxExporter.source, port: spec.monitoring.jmxExporter.port ?? D.DEFAULT_JMX_EXPORTER_PORT } : undefined;

  const base = {
    name: spec.name,
    region: spec.region,
    targetCluster: spec.targetCluster,
    clusters,
    flows,
    replicationPolicy: spec.replicationPolicy ?? 'default',
    replicationFactor: spec.replicationFactor ?? D.DEFAULT_REPLICATION_FACTOR,
    nodes,
    tasksMax: spec.tasksMax ?? nodes * D.TASKS_PER_NODE,
    exactlyOnce,
    offsetSyncIntervalSeconds: spec.offsetSyncIntervalSeconds ?? D.DEFAULT_OFFSET_SYNC_INTERVAL_SECONDS,
    internalRest: nodes > 1,
    restPort: D.REST_PORT,
    kafkaVersion: spec.kafkaVersion,
    keyList: kafkaLine(line).keyList,
    javaVersion: spec.javaVersion ?? D.DEFAULT_JAVA,
    heapMiB: heapGiB * 1024,
    instance,
    distribution: spec.distribution,
    ...(spec.iamAuthLibrary ? { iamAuthLibrary: spec.iamAuthLibrary } : {}),
    ...(jmxExporter ? { jmxExporter } : {}),
    extraProperties: {},
    secretReads: secretReads(clusters),
    parameterReads: clusters.filter((cl) => cl.trustedCaParameter !== undefined)
      .map((cl): MirrorMakerParameterRead => ({ alias: cl.alias, name: cl.trustedCaParameter!, region: cl.region })),
    iamGrants: iamGrants(clusters, flows, spec.replicationPolicy ?? 'default'),
    alarms: planMirrorMakerAlarms(spec.name, nodes, !!jmxExporter, spec.monitoring?.replicationLatencyMs ?? D.DEFAULT_REPLICATION_LATENCY_MS),
    internetEgress: [spec.distribution, spec.iamAuthLibrary, jmxExporter?.source].some((a) => a?.kind === 'url'),
    warnings,
  } satisfies MirrorMaker2Plan;

  // A user entry may not collide with a key the library renders (the owned-key patterns catch most, this the rest).
  const rendered = new Set(buildMirrorMakerProperties(base).keys());
  const extras: Record<string, string> = {};
  const collisions = new IssueCollector();
  for (const [k, v] of Object.entries(spec.extraProperties ?? {})) {
    if (rendered.has(k)) collisions.error('mirror-maker/extra-owned', `extraProperties.${k}`, 'not set a key the library renders', k, 'Remove it: the typed props set it.');
    else extras[k] = String(v);
  }
  collisions.throwIfErrors(`MirrorMaker 2 deployment '${spec.name}'`);
  return { ...base, extraProperties: sortKeys(extras) };
}

function clusterPlan(cl: MirrorMakerClusterSpec, role: 'source' | 'target'): MirrorMakerClusterPlan {
  const trust = cl.trustedCaParameter !== undefined ? { trustedCaParameter: cl.trustedCaParameter, truststoreFile: `${D.MM2_PATHS.tlsDir}/${cl.alias}-ca.pem` } : {};
  const kafkaLineOf = cl.kafkaVersion !== undefined ? lineOf(cl.kafkaVersion) : undefined;
  const common = {
    alias: cl.alias, bootstrapServers: cl.bootstrapServers, region: cl.region, auth: cl.auth, role, ...trust,
    ...(kafkaLineOf ? { kafkaLine: kafkaLineOf } : {}), ...(cl.networkCidrs ? { networkCidrs: [...cl.networkCidrs] } : {}),
  };
  switch (cl.auth.mechanism) {
    case 'iam': return { ...common, securityProtocol: 'SASL_SSL', saslMechanism: 'AWS_MSK_IAM' };
    case 'scram': return { ...common, securityProtocol: 'SASL_SSL', saslMechanism: cl.auth.scramMechanism ?? 'SCRAM-SHA-512', credentialsFile: `${D.MM2_PATHS.secretsDir}/${cl.alias}.properties` };
    case 'mtls': return { ...common, securityProtocol: 'SSL', keystoreFile: `${D.MM2_PATHS.tlsDir}/${cl.alias}.pem` };
  }
}

function flowPlan(f: MirrorMakerFlowSpec): MirrorMakerFlowPlan {
  return {
    id: `${f.source}->${f.target}`,
    source: f.source,
    target: f.target,
    topics: [...(f.topics ?? ['.*'])],
    topicsExclude: [...new Set([...D.MM2_TOPICS_EXCLUDE, ...(f.topicsExclude ?? [])])],
    groups: [...(f.groups ?? ['.*'])],
    groupsExclude: [...new Set([...D.MM2_GROUPS_EXCLUDE, ...(f.groupsExclude ?? [])])],
  };
}

function regionOfArn(arn: string, fallback: string): string {
  return /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]+):/.exec(arn)?.[1] || fallback;
}

function secretReads(clusters: readonly MirrorMakerClusterPlan[]): MirrorMakerSecretRead[] {
  return clusters.flatMap((cl): MirrorMakerSecretRead[] => {
    const a = cl.auth;
    if (a.mechanism === 'iam') return [];
    return [{ alias: cl.alias, kind: a.mechanism, secretArn: a.secretArn, region: regionOfArn(a.secretArn, cl.region), ...(a.secretKeyArn ? { keyArn: a.secretKeyArn } : {}) }];
  });
}

const CLUSTER = ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'];

function iamGrants(clusters: readonly MirrorMakerClusterPlan[], flows: readonly MirrorMakerFlowPlan[], policy: 'default' | 'identity'): MirrorMakerIamGrant[] {
  const out: MirrorMakerIamGrant[] = [];
  for (const cl of clusters) {
    if (cl.auth.mechanism !== 'iam') continue;
    const statements: MskIamStatementPlan[] = [];
    if (cl.role === 'source') {
      // Read-only on a source: offset syncs live on the target (`offset-syncs.topic.location=target`).
      const mine = flows.filter((f) => f.source === cl.alias);
      statements.push(
        { actions: CLUSTER, resource: 'cluster', names: [] },
        { actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData', 'kafka-cluster:DescribeTopicDynamicConfiguration'], resource: 'topic', names: uniq([...iamNamePatternsOf(mine.flatMap((f) => f.topics)), 'heartbeats']) },
        { actions: ['kafka-cluster:DescribeGroup'], resource: 'group', names: iamNamePatternsOf(mine.flatMap((f) => f.groups)) },
      );
    } else {
      const sources = flows.map((f) => f.source);
      const replicated = policy === 'default' ? sources.map((s) => `${s}.*`) : [...iamNamePatternsOf(flows.flatMap((f) => f.topics)), ...flows.map((f) => `${f.source}.checkpoints.internal`)];
      statements.push(
        { actions: [...CLUSTER, 'kafka-cluster:WriteDataIdempotently'], resource: 'cluster', names: [] },
        {
          actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DescribeTopic', 'kafka-cluster:AlterTopic', 'kafka-cluster:WriteData', 'kafka-cluster:ReadData',
            'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:AlterTopicDynamicConfiguration'],
          resource: 'topic',
          // Replicated topics, checkpoints, heartbeats, the Connect internal topics and offset syncs (mm2-*).
          names: uniq([...replicated, 'heartbeats', 'mm2-*']),
        },
        { actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], resource: 'group', names: uniq([...iamNamePatternsOf(flows.flatMap((f) => f.groups)), ...sources.map((s) => `${s}-mm2`)]) },
        // Exactly-once source tasks and the Connect leader use transactional ids derived from the group id (KIP-618).
        { actions: ['kafka-cluster:DescribeTransactionalId', 'kafka-cluster:AlterTransactionalId'], resource: 'transactional-id', names: uniq(sources.flatMap((s) => [`${s}-mm2*`, `connect-cluster-${s}-mm2`])) },
      );
    }
    out.push({ alias: cl.alias, clusterArn: cl.auth.clusterArn, statements });
  }
  return out;
}

const uniq = (xs: readonly string[]): string[] => (xs.includes('*') ? ['*'] : [...new Set(xs)].sort());

/** Node-down alarm (always); replication latency, failed tasks and stalled replication (with the JMX exporter). */
export function planMirrorMakerAlarms(name: string, nodes: number, latency: boolean, latencyMs: number): AlarmPlan[] {
  const dims = { Deployment: name };
  const out: AlarmPlan[] = [{
    id: 'NodesDownAlarm',
    description: `MirrorMaker 2 ${name}: fewer than ${nodes} nodes running kafka-mirror-maker.service (average over 5 minutes).`,
    metrics: [{ id: 'm0', namespace: D.METRICS_NAMESPACE, metricName: D.MM2_METRICS.up, dimensions: dims, statistic: 'Sum' }],
    // Each node reports 1 a minute: the 5-minute sum over 5 is the number of running nodes, give or take one sample.
    expression: 'm0 / 5',
    threshold: nodes - 0.5, comparison: 'LessThanThreshold', periodSeconds: 300, evaluationPeriods: 2, treatMissingData: 'breaching',
  }];
  if (latency) {
    out.push({
      id: 'ReplicationLatencyAlarm',
      description: `MirrorMaker 2 ${name}: replication latency above ${latencyMs} ms (maximum over replicated partitions) for 5 minutes.`,
      metrics: [{ id: 'm0', namespace: D.METRICS_NAMESPACE, metricName: D.MM2_METRICS.replicationLatency, dimensions: dims, statistic: 'Maximum' }],
      threshold: latencyMs, comparison: 'GreaterThanThreshold', periodSeconds: 60, evaluationPeriods: 5, datapointsToAlarm: 5, treatMissingData: 'notBreaching',
    }, {
      // A stalled or failed flow keeps its last latency or loses the metric: task counts catch it.
      id: 'FailedTasksAlarm',
      description: `MirrorMaker 2 ${name}: a connector task failed (connector-failed-task-count > 0 on a node). Check the node's journal (journalctl -u kafka-mirror-maker).`,
      metrics: [{ id: 'm0', namespace: D.METRICS_NAMESPACE, metricName: D.MM2_METRICS.failedTasks, dimensions: dims, statistic: 'Maximum' }],
      threshold: 0, comparison: 'GreaterThanThreshold', periodSeconds: 300, evaluationPeriods: 1, treatMissingData: 'notBreaching',
    }, {
      id: 'ReplicationStalledAlarm',
      description: `MirrorMaker 2 ${name}: no MirrorSourceConnector task running on any node for 10 minutes (or no node reporting): nothing is replicated.`,
      metrics: [{ id: 'm0', namespace: D.METRICS_NAMESPACE, metricName: D.MM2_METRICS.runningSourceTasks, dimensions: dims, statistic: 'Sum' }],
      threshold: 1, comparison: 'LessThanThreshold', periodSeconds: 300, evaluationPeriods: 2, treatMissingData: 'breaching',
    });
  }
  return out;
}
