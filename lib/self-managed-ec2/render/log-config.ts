/**
 * Kafka's own logging on every node, bounded: the same loggers and files as Kafka's shipped configuration
 * (`server.log`, `controller.log`, `state-change.log`, `kafka-request.log`, `log-cleaner.log`,
 * `kafka-authorizer.log` under `/var/log/kafka`), but each file rolls by size and keeps a fixed number of backups
 * (`LOG_ROTATION`), where Kafka's shipped files roll hourly and are never deleted. Log4j 1 properties (reload4j) up
 * to 3.9, a Log4j 2 XML configuration from 4.0 (KIP-653); `kafka.env` points `KAFKA_LOG4J_OPTS` at it. No console
 * appender: under systemd it would copy every line into the journal.
 */
import { LOG_ROTATION, PATHS } from '../defaults';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';

type Appender = keyof typeof LOG_ROTATION.backups;

/** File of each appender, under `PATHS.logDir` (Kafka's own names). */
export const LOG_FILES: Record<Appender, string> = {
  server: 'server.log',
  controller: 'controller.log',
  stateChange: 'state-change.log',
  request: 'kafka-request.log',
  cleaner: 'log-cleaner.log',
  authorizer: 'kafka-authorizer.log',
};

/** Loggers routed to their own file (additivity off), as in Kafka's shipped configuration of the line. */
function loggers(log4j: 1 | 2): [string, 'INFO' | 'WARN', Appender][] {
  // The log cleaner moved from kafka.log (Scala) to org.apache.kafka.storage.internals.log in 4.0.
  const cleaner: [string, 'INFO', Appender][] = log4j === 1
    ? [['kafka.log.LogCleaner', 'INFO', 'cleaner']]
    : ['LogCleaner', 'LogCleaner$CleanerThread', 'Cleaner'].map((c) => [`org.apache.kafka.storage.internals.log.${c}`, 'INFO', 'cleaner']);
  return [
    ['kafka.request.logger', 'WARN', 'request'],
    ['kafka.network.RequestChannel$', 'WARN', 'request'],
    ['org.apache.kafka.controller', 'INFO', 'controller'],
    ...cleaner,
    ['state.change.logger', 'INFO', 'stateChange'],
    ['kafka.authorizer.logger', 'INFO', 'authorizer'],
  ];
}

const PATTERN = '[%d] %p %m (%c)%n';

/** Where the node keeps the file, by Kafka line. */
export function logConfigPath(log4j: 1 | 2): string {
  return `${PATHS.configDir}/${log4j === 1 ? 'log4j.properties' : 'log4j2.xml'}`;
}

/** The `KAFKA_LOG4J_OPTS` value that makes `kafka-server-start.sh` use it. */
export function log4jOpts(log4j: 1 | 2): string {
  return log4j === 1 ? `-Dlog4j.configuration=file:${logConfigPath(1)}` : `-Dlog4j2.configurationFile=${logConfigPath(2)}`;
}

/** JVM unified logging for GC, rotated by the JVM (replaces kafka-run-class's 10 x 100 MB default). */
export function gcLogOpts(): string {
  return `-Xlog:gc*:file=${PATHS.logDir}/kafkaServer-gc.log:time,tags:filecount=${LOG_ROTATION.gc.files},filesize=${LOG_ROTATION.gc.fileMiB}M`;
}

export function renderLogConfig(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const head = `kafka-iac: ${plan.clusterName}, every ${node.role} node. Generated: do not edit.`;
  const appenders = Object.keys(LOG_FILES) as Appender[];
  const size = LOG_ROTATION.maxFileMiB;
  if (plan.line.log4j === 1) {
    return [
      `# ${head}`,
      'log4j.rootLogger=INFO, serverAppender',
      ...appenders.flatMap((a) => [
        `log4j.appender.${a}Appender=org.apache.log4j.RollingFileAppender`,
        `log4j.appender.${a}Appender.File=${PATHS.logDir}/${LOG_FILES[a]}`,
        `log4j.appender.${a}Appender.MaxFileSize=${size}MB`,
        `log4j.appender.${a}Appender.MaxBackupIndex=${LOG_ROTATION.backups[a]}`,
        `log4j.appender.${a}Appender.layout=org.apache.log4j.PatternLayout`,
        `log4j.appender.${a}Appender.layout.ConversionPattern=${PATTERN}`,
      ]),
      'log4j.logger.kafka=INFO',
      'log4j.logger.org.apache.kafka=INFO',
      ...loggers(1).flatMap(([name, level, a]) => [`log4j.logger.${name}=${level}, ${a}Appender`, `log4j.additivity.${name}=false`]),
      '',
    ].join('\n');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${head} -->`,
    '<Configuration status="WARN">',
    '  <Appenders>',
    ...appenders.flatMap((a) => [
      `    <RollingFile name="${a}" fileName="${PATHS.logDir}/${LOG_FILES[a]}" filePattern="${PATHS.logDir}/${LOG_FILES[a]}.%i">`,
      `      <PatternLayout pattern="${PATTERN}"/>`,
      `      <SizeBasedTriggeringPolicy size="${size} MB"/>`,
      `      <DefaultRolloverStrategy max="${LOG_ROTATION.backups[a]}"/>`,
      '    </RollingFile>',
    ]),
    '  </Appenders>',
    '  <Loggers>',
    '    <Root level="INFO"><AppenderRef ref="server"/></Root>',
    '    <Logger name="kafka" level="INFO"/>',
    '    <Logger name="org.apache.kafka" level="INFO"/>',
    ...loggers(2).map(([name, level, a]) => `    <Logger name="${name}" level="${level}" additivity="false"><AppenderRef ref="${a}"/></Logger>`),
    '  </Loggers>',
    '</Configuration>',
    '',
  ].join('\n');
}
