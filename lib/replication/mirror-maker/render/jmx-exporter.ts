/**
 * Prometheus JMX exporter rules of a MirrorMaker 2 node: only the replication latency and the connectors' task counts,
 * with pinned metric names (the metrics publisher reads them). Everything else stays unexported: checkpoint latency
 * (`type=MirrorCheckpointConnector,source=,target=,group=,topic=,partition=`, `checkpoint-latency-ms`) is left out to
 * keep the user data small, as no alarm reads it.
 *
 * MBeans (Apache Kafka connect/mirror MirrorSourceMetrics, MirrorCheckpointMetrics; JmxReporter prefix
 * `kafka.connect.mirror`, tags in insertion order): `kafka.connect.mirror:type=MirrorSourceConnector,[source=<alias>,]
 * target=<alias>,topic=<replicated topic>,partition=<n>` with attribute `replication-latency-ms` (the last record's
 * latency). The `source` tag is there from Kafka 4.0 on, and on 3.9 only with `add.source.alias.to.metrics=true`, so
 * the rule takes it as optional.
 *
 * Task health (Connect ConnectMetricsRegistry, JmxReporter prefix `kafka.connect`): `kafka.connect:type=
 * connect-worker-metrics,connector=<name>` with `connector-running-task-count` and `connector-failed-task-count`. The
 * latency of a stalled or failed flow keeps its last value or disappears, so these catch what latency cannot.
 */
import type { MirrorMaker2Plan } from '../plan-types';

/** Names of the exported series (lowercase, as the exporter writes them). */
export const MM2_EXPORTED = {
  replicationLatency: 'kafka_connect_mirror_source_replication_latency_ms',
  runningTasks: 'kafka_connect_worker_connector_running_task_count',
  failedTasks: 'kafka_connect_worker_connector_failed_task_count',
} as const;

interface Rule { readonly pattern: string; readonly name: string; readonly labels: Readonly<Record<string, string>> }

// The exporter matches `^.*(?:<pattern>).*$` against `domain<key=value, ...><>attribute: value`: each pattern ends with
// the attribute's `:`, or `replication-latency-ms` would also take `-max`, `-min` and `-avg` into the same series.

const RULES: readonly Rule[] = [
  {
    // Topic names have no comma; the replicated topic name already carries the source alias under the default policy.
    pattern: 'kafka.connect.mirror<type=MirrorSourceConnector, (?:source=([^,]+), )?target=([^,]+), topic=([^,]+), partition=([0-9]+)><>replication-latency-ms:',
    name: MM2_EXPORTED.replicationLatency,
    labels: { source: '$1', target: '$2', topic: '$3', partition: '$4' },
  },
  {
    pattern: 'kafka.connect<type=connect-worker-metrics, connector=([^,]+)><>connector-running-task-count:',
    name: MM2_EXPORTED.runningTasks,
    labels: { connector: '$1' },
  },
  {
    pattern: 'kafka.connect<type=connect-worker-metrics, connector=([^,]+)><>connector-failed-task-count:',
    name: MM2_EXPORTED.failedTasks,
    labels: { connector: '$1' },
  },
];

export function renderMirrorMakerJmxExporterConfig(plan: MirrorMaker2Plan): string {
  return [
    `# kafka-iac MirrorMaker 2 ${plan.name}, every node. Generated: do not edit.`,
    'lowercaseOutputName: true',
    'lowercaseOutputLabelNames: true',
    'includeObjectNames:',
    '  - "kafka.connect.mirror:type=MirrorSourceConnector,*"',
    '  - "kafka.connect:type=connect-worker-metrics,*"',
    'rules:',
    ...RULES.flatMap((r) => [
      `  - pattern: '${r.pattern}'`,
      `    name: ${r.name}`,
      '    type: GAUGE',
      '    labels:',
      ...Object.entries(r.labels).map(([k, v]) => `      ${k}: "${v}"`),
    ]),
    '',
  ].join('\n');
}
