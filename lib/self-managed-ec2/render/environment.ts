/**
 * `kafka.env`, the systemd `EnvironmentFile` read by `kafka-server-start.sh`: an explicit heap (checklist 21),
 * G1, config-provider allow-list, and JMX kept on the host (checklist 25): no remote JMX port, the Prometheus
 * exporter bound to 127.0.0.1.
 */
import { CONFIG_PROVIDER_ALLOW_LIST } from '../../aws/ec2-node/defaults';
import { PATHS } from '../defaults';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';
import { gcLogOpts, log4jOpts } from './log-config';

export function renderEnvironmentFile(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const opts = [`-Dorg.apache.kafka.automatic.config.providers=${CONFIG_PROVIDER_ALLOW_LIST}`];
  if (plan.jmxExporter) opts.push(`-javaagent:${PATHS.jmxExporterJar}=127.0.0.1:${plan.jmxExporter.port}:${PATHS.jmxExporterConfig}`);
  const lines = [
    `# kafka-iac: ${plan.clusterName}, every ${node.role} node. Generated: do not edit.`,
    `KAFKA_HEAP_OPTS="-Xms${node.heapMiB}m -Xmx${node.heapMiB}m"`,
    'KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true"',
    // Non-empty KAFKA_JMX_OPTS replaces kafka-run-class's default (which disables JMX authentication); no JMX_PORT.
    'KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote.local.only=true"',
    `KAFKA_OPTS="${opts.join(' ')}"`,
    `LOG_DIR=${PATHS.logDir}`,
    // Bounded logs on the root volume (render/log-config.ts): Kafka's logging config of this line, GC logs rotated by the JVM.
    `KAFKA_LOG4J_OPTS="${log4jOpts(plan.line.log4j)}"`,
    `KAFKA_GC_LOG_OPTS="${gcLogOpts()}"`,
    '',
  ];
  return lines.join('\n');
}
