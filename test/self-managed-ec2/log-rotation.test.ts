/**
 * Kafka's own logs on the root volume are bounded: Log4j 1 properties (3.x) or Log4j 2 XML (4.x) with size-based
 * rolling and a fixed number of backups, GC logs rotated by the JVM, the journal capped, and the total below the
 * root-disk alarm threshold.
 */
import { planSelfManagedCluster, renderNodeFiles, validateSelfManagedCluster } from '../../lib/self-managed-ec2';
import { minRootDiskAlarmPercent } from '../../lib/self-managed-ec2/alarms';
import { DEFAULT_DISK_USED_PERCENT, LOG_ROTATION, logBudgetMiB, ROOT_BASELINE_GIB, ROOT_VOLUME } from '../../lib/self-managed-ec2/defaults';
import { LOG_FILES } from '../../lib/self-managed-ec2/render/log-config';
import { KAFKA_440, spec } from './fixtures';

const v3 = planSelfManagedCluster(spec());
const v4 = planSelfManagedCluster(spec({ kafkaVersion: '4.4.0', distribution: KAFKA_440 }));
const props = (text: string) => new Map(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

test('3.x: Log4j 1 properties, every appender a RollingFileAppender bounded by size and backups, every logger on a defined appender', () => {
  for (const node of renderNodeFiles(v3)) {
    expect(node.files['log4j2.xml']).toBeUndefined();
    const p = props(node.files['log4j.properties']!);
    const appenders = [...p.keys()].filter((k) => /^log4j\.appender\.[A-Za-z]+$/.test(k)).map((k) => k.split('.')[2]!);
    expect(appenders.sort()).toEqual(Object.keys(LOG_FILES).map((a) => `${a}Appender`).sort());
    for (const [a, file] of Object.entries(LOG_FILES)) {
      const k = `log4j.appender.${a}Appender`;
      expect(p.get(k)).toBe('org.apache.log4j.RollingFileAppender');
      expect(p.get(`${k}.File`)).toBe(`/var/log/kafka/${file}`);
      expect(p.get(`${k}.MaxFileSize`)).toBe(`${LOG_ROTATION.maxFileMiB}MB`);
      expect(p.get(`${k}.MaxBackupIndex`)).toBe(String(LOG_ROTATION.backups[a as keyof typeof LOG_FILES]));
    }
    // No console appender (it would copy every line into the journal); every referenced appender exists.
    expect(p.get('log4j.rootLogger')).toBe('INFO, serverAppender');
    for (const [k, value] of p) {
      if (!k.startsWith('log4j.logger.') && k !== 'log4j.rootLogger') continue;
      for (const ref of value.split(',').slice(1).map((s) => s.trim())) expect(appenders).toContain(ref);
    }
    expect(p.get('log4j.logger.kafka.log.LogCleaner')).toBe('INFO, cleanerAppender');
    expect(node.files['kafka.env']).toContain('KAFKA_LOG4J_OPTS="-Dlog4j.configuration=file:/etc/kafka/log4j.properties"\n');
  }
});

test('4.x: Log4j 2 XML, every RollingFile rolls by size with a bounded rollover, every AppenderRef defined', () => {
  for (const node of renderNodeFiles(v4)) {
    expect(node.files['log4j.properties']).toBeUndefined();
    const xml = node.files['log4j2.xml']!;
    const files = [...xml.matchAll(/<RollingFile name="(\w+)" fileName="([^"]+)" filePattern="([^"]+)">\n\s+<PatternLayout [^\n]+\n\s+<SizeBasedTriggeringPolicy size="(\d+) MB"\/>\n\s+<DefaultRolloverStrategy max="(\d+)"\/>/g)];
    expect(files.map((m) => m[1]).sort()).toEqual(Object.keys(LOG_FILES).sort());
    for (const [, name, fileName, pattern, size, max] of files) {
      expect(fileName).toBe(`/var/log/kafka/${LOG_FILES[name as keyof typeof LOG_FILES]}`);
      expect(pattern).toBe(`${fileName}.%i`);
      expect(Number(size)).toBe(LOG_ROTATION.maxFileMiB);
      expect(Number(max)).toBe(LOG_ROTATION.backups[name as keyof typeof LOG_FILES]);
    }
    expect(xml.match(/<RollingFile /g)).toHaveLength(files.length);
    expect(xml).not.toMatch(/<Console/);
    for (const [, ref] of xml.matchAll(/<AppenderRef ref="(\w+)"\/>/g)) expect(Object.keys(LOG_FILES)).toContain(ref);
    // The cleaner's 4.0 package (the Scala kafka.log.LogCleaner is gone).
    expect(xml).toContain('<Logger name="org.apache.kafka.storage.internals.log.LogCleaner" level="INFO" additivity="false"><AppenderRef ref="cleaner"/></Logger>');
    expect(node.files['kafka.env']).toContain('KAFKA_LOG4J_OPTS="-Dlog4j2.configurationFile=/etc/kafka/log4j2.xml"\n');
  }
});

test('the node installs its logging config from its role parameter (readable by its role), GC logs rotate, the journal is capped', () => {
  for (const [plan, file] of [[v3, 'log4j.properties'], [v4, 'log4j2.xml']] as const) {
    for (const node of plan.nodes) {
      expect(node.parameters.logConfig).toBe(`/kafka-iac/orders/roles/${node.role}/${file}`);
      expect(node.iam.readParameters).toContain(node.parameters.logConfig);
    }
    const rendered = renderNodeFiles(plan)[0]!.files;
    expect(rendered['boot.sh']).toContain(`install_param '/kafka-iac/orders/roles/controller/${file}' /etc/kafka/${file} 0640\n`);
    expect(rendered['boot.sh']).toContain("printf '[Journal]\\nSystemMaxUse=512M\\n' > /etc/systemd/journald.conf.d/kafka.conf && systemctl restart systemd-journald\n");
    expect(rendered['kafka.env']).toContain('KAFKA_GC_LOG_OPTS="-Xlog:gc*:file=/var/log/kafka/kafkaServer-gc.log:time,tags:filecount=5,filesize=20M"\n');
  }
});

test('the logs can hold at most 2.75 GiB; with the OS that stays below the default root-disk alarm threshold', () => {
  expect(logBudgetMiB()).toBe(22 * 100 + 5 * 20 + 512);
  expect(minRootDiskAlarmPercent()).toBe(23);
  expect(ROOT_BASELINE_GIB + logBudgetMiB() / 1024).toBeLessThan((ROOT_VOLUME.sizeGiB * DEFAULT_DISK_USED_PERCENT) / 100);
});

test('a root-disk threshold below what a healthy node holds is warned, with the figures', () => {
  const at = (diskUsedPercent: number) => validateSelfManagedCluster(spec({ monitoring: { diskUsedPercent } })).filter((i) => i.code === 'self-managed/root-disk-alarm-low');
  expect(at(20)).toEqual([{
    code: 'self-managed/root-disk-alarm-low', path: 'monitoring.diskUsedPercent', severity: 'warning',
    message: '`monitoring.diskUsedPercent` should be at least 23 for the root-disk alarm, got: 20. The 30 GiB root volume holds up to 4 GiB of OS and Kafka and up to 2.7 GiB of rotated logs, so the alarm would fire on a healthy node; raise it (default 80).',
  }]);
  expect(at(23)).toEqual([]);
  expect(at(80)).toEqual([]);
});
