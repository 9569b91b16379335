/**
 * Prometheus JMX exporter rules: a short allow-list of MBeans with pinned metric names, which the alarms use
 * (alarms.ts). Everything else stays unexported.
 */
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';

export function renderJmxExporterConfig(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const beans: string[] = [];
  const rules: [string, string, string][] = [];
  if (node.processRoles.includes('broker')) {
    beans.push('kafka.server:type=ReplicaManager,name=*', 'kafka.server:type=BrokerTopicMetrics,name=*');
    rules.push(
      ['kafka.server<type=ReplicaManager, name=(UnderReplicatedPartitions|UnderMinIsrPartitionCount|PartitionCount|LeaderCount)><>Value', 'kafka_server_replicamanager_$1', 'GAUGE'],
      ['kafka.server<type=BrokerTopicMetrics, name=(BytesInPerSec|BytesOutPerSec|MessagesInPerSec)><>Count', 'kafka_server_brokertopicmetrics_$1_total', 'COUNTER'],
    );
  }
  if (node.processRoles.includes('controller')) {
    beans.push('kafka.controller:type=KafkaController,name=*');
    rules.push(['kafka.controller<type=KafkaController, name=(OfflinePartitionsCount|ActiveControllerCount|MetadataErrorCount|GlobalPartitionCount|GlobalTopicCount)><>Value',
      'kafka_controller_kafkacontroller_$1', 'GAUGE']);
  }
  return [
    `# kafka-iac: ${plan.clusterName}, every ${node.role} node. Generated: do not edit.`,
    'lowercaseOutputName: true',
    'lowercaseOutputLabelNames: true',
    'includeObjectNames:',
    ...beans.map((b) => `  - "${b}"`),
    'rules:',
    ...rules.flatMap(([pattern, name, type]) => [`  - pattern: '${pattern}'`, `    name: ${name}`, `    type: ${type}`]),
    '',
  ].join('\n');
}
