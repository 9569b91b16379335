/**
 * `mm2.env`, the systemd `EnvironmentFile` read by `connect-mirror-maker.sh` (through `kafka-run-class.sh`): an explicit
 * heap, the config-provider allow-list (mm2.properties reads the SCRAM credentials through the FileConfigProvider), the
 * MSK IAM library on the class path, and JMX kept on the host: no remote JMX port, the exporter bound to 127.0.0.1.
 */
import { CONFIG_PROVIDER_ALLOW_LIST } from '../../../aws/ec2-node/defaults';
import { MM2_PATHS } from '../defaults';
import type { MirrorMaker2Plan } from '../plan-types';

/** Where the boot script installs the `aws-msk-iam-auth` jar (on the class path through `CLASSPATH`). */
export const IAM_AUTH_JAR = `${MM2_PATHS.libsDir}/aws-msk-iam-auth.jar`;

export function renderMirrorMakerEnvironment(plan: MirrorMaker2Plan): string {
  const opts = [
    // Kafka 4.x instantiates no config provider unless listed (CVE-2024-31141); explicit on 3.9 too.
    `-Dorg.apache.kafka.automatic.config.providers=${CONFIG_PROVIDER_ALLOW_LIST}`,
    // A JVM out of memory exits, and systemd restarts it (Restart=on-failure), instead of replicating half-dead.
    '-XX:+ExitOnOutOfMemoryError',
  ];
  if (plan.jmxExporter) opts.push(`-javaagent:${MM2_PATHS.jmxExporterJar}=127.0.0.1:${plan.jmxExporter.port}:${MM2_PATHS.jmxExporterConfig}`);
  return [
    `# kafka-iac MirrorMaker 2 ${plan.name}, every node. Generated: do not edit.`,
    `KAFKA_HEAP_OPTS="-Xms${plan.heapMiB}m -Xmx${plan.heapMiB}m"`,
    // Non-empty KAFKA_JMX_OPTS replaces kafka-run-class's default (which disables JMX authentication); no JMX_PORT.
    'KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote.local.only=true"',
    `KAFKA_OPTS="${opts.join(' ')}"`,
    `LOG_DIR=${MM2_PATHS.logDir}`,
    // kafka-run-class.sh appends Kafka's own jars to an inherited CLASSPATH; the JVM expands `dir/*` to its jars.
    ...(plan.iamAuthLibrary ? [`CLASSPATH=${MM2_PATHS.libsDir}/*`] : []),
    '',
  ].join('\n');
}
