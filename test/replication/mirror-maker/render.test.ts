/**
 * The files of a MirrorMaker 2 node, checked at parse level: the boot script's strict mode, where every secret goes,
 * that no ARN is ever printed, the embedded files exactly as rendered, the unit, the environment, the exporter rules
 * against the real MBean names, byte stability and the user-data size.
 */
import { CONFIG_PROVIDER_ALLOW_LIST, USER_DATA_LIMIT_BYTES } from '../../../lib/aws/ec2-node/defaults';
import { METRICS_NAMESPACE, MM2_METRICS, MM2_PATHS, type MirrorMaker2Plan } from '../../../lib/replication/mirror-maker';
import { HEREDOC_END, MM2_HELPER, MM2_HELPER_PY } from '../../../lib/replication/mirror-maker/render/boot-script';
import { MM2_EXPORTED } from '../../../lib/replication/mirror-maker/render/jmx-exporter';
import { MM2_FILE_PLACES, renderMirrorMakerFiles, renderMirrorMakerUserData, type MirrorMakerEmbeddedFile } from '../../../lib/replication/mirror-maker/render/node-files';
import { largestPlan, MTLS_SECRET, SCRAM_SECRET, smallPlan } from './fixtures-render';

const SHAPES: Record<string, MirrorMaker2Plan> = {
  small: smallPlan(),
  largest: largestPlan(),
  preinstalled: largestPlan({
    distribution: { kind: 'preinstalled', path: '/opt/kafka-4.1.0' },
    iamAuthLibrary: { kind: 'preinstalled', path: '/opt/libs/aws-msk-iam-auth-2.3.2-all.jar' },
    jmxExporter: { source: { kind: 'preinstalled', path: '/opt/jmx/agent.jar' }, port: 7090 },
  }),
  'no-iam-library': largestPlan({ iamAuthLibrary: undefined, jmxExporter: undefined, javaVersion: 17 }),
};

/** The heredocs of a boot script: path -> { mode, body }. */
function heredocs(boot: string): Map<string, { mode: string; text: string }> {
  const out = new Map<string, { mode: string; text: string }>();
  const lines = boot.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^put_file (\S+) (\d{4}) <<'(\w+)'$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[3], i + 1);
    out.set(m[1], { mode: m[2], text: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return out;
}

/** The script with the heredoc bodies (data, not commands) removed. */
const commands = (boot: string) => boot.replace(/<<'(\w+)'\n[\s\S]*?\n\1\n/g, '\n');

describe.each(Object.entries(SHAPES))('%s', (_, plan) => {
  const files = renderMirrorMakerFiles(plan);
  const boot = files['boot.sh'];
  const script = commands(boot);

  test('the boot script: strict mode, never xtrace, umask 027, logged to the boot log', () => {
    expect(boot.split('\n').slice(0, 7)).toEqual([
      '#!/bin/bash', expect.stringMatching(/^# kafka-iac MirrorMaker 2 boot script: orders-dr/), expect.any(String),
      'set -euo pipefail', 'set +x', 'umask 027', `exec > >(tee -a ${MM2_PATHS.bootLog}) 2>&1`,
    ]);
    expect(boot).not.toMatch(/set -[a-z]*x|set -o xtrace|bash -x/);
    expect(renderMirrorMakerUserData(plan)).toBe(boot);
  });

  test('every embedded file is exactly the rendered file, at its path and mode', () => {
    const docs = heredocs(boot);
    const expected = (Object.keys(MM2_FILE_PLACES) as MirrorMakerEmbeddedFile[]).filter((f) => files[f] !== undefined);
    expect([...docs.keys()]).toEqual(expected.map((f) => MM2_FILE_PLACES[f].path));
    for (const f of expected) expect(docs.get(MM2_FILE_PLACES[f].path)).toEqual({ mode: MM2_FILE_PLACES[f].mode, text: files[f] });
    expect(files['jmx-exporter.yml'] !== undefined).toBe(plan.jmxExporter !== undefined);
  });

  test('every secret goes through the helper into its cluster file, every CA certificate into its trust store 0440, in its own region', () => {
    const reads = script.split('\n').filter((l) => / secret '|install_param '/.test(l));
    const expected = [
      ...[...plan.secretReads].sort((a, b) => a.alias.localeCompare(b.alias)).map((s) => {
        const c = plan.clusters.find((x) => x.alias === s.alias)!;
        return `AWS_DEFAULT_REGION='${s.region}' secret '${s.secretArn}' | python3 ${MM2_HELPER} ${s.kind} '${s.kind === 'scram' ? c.credentialsFile : c.keystoreFile}'`;
      }),
      ...plan.parameterReads.map((r) => `AWS_DEFAULT_REGION='${r.region}' install_param '${r.name}' '${plan.clusters.find((x) => x.alias === r.alias)!.truststoreFile}' 0440`),
    ];
    expect(reads).toEqual(expected);
    // Their directories exist, root:kafka 0750, before anything is written.
    const dirs = /^install -d -o root -g kafka -m 0750 (.+)$/m.exec(script)![1].split(' ');
    for (const f of [...plan.clusters.flatMap((c) => [c.credentialsFile, c.keystoreFile, c.truststoreFile])].filter((x) => x)) {
      expect(dirs).toContain(f!.slice(0, f!.lastIndexOf('/')));
    }
    // Secrets are written after the files and before the services start.
    if (reads.length) {
      expect(boot.indexOf(reads[0])).toBeGreaterThan(boot.lastIndexOf(HEREDOC_END));
      expect(boot.indexOf(reads[reads.length - 1])).toBeLessThan(boot.indexOf('systemctl enable --now kafka-mirror-maker.service'));
    }
  });

  test('no ARN, secret or parameter name is ever echoed, logged or kept in a variable', () => {
    const names = [...plan.secretReads.map((s) => s.secretArn), ...plan.parameterReads.map((r) => r.name)];
    for (const line of script.split('\n')) {
      if (!names.some((n) => line.includes(n))) continue;
      expect(line).toMatch(/^AWS_DEFAULT_REGION='[a-z0-9-]+' (secret|install_param) '/);
    }
    expect(script).not.toMatch(/\$\(\s*secret|=\$\(param/);
    expect(script).not.toMatch(/\b(echo|printf|log|die)\b[^\n]*arn:/);
  });

  test('the helper writes credential files 0440 root:kafka and prints nothing it read', () => {
    expect(MM2_HELPER_PY).toContain('os.open(p,os.O_WRONLY|os.O_CREAT|os.O_TRUNC,0o440)');
    expect(MM2_HELPER_PY).toContain("os.chmod(p,0o440); os.chown(p,0,G)\n");
    expect(MM2_HELPER_PY).not.toMatch(/print\(/);
    // Error messages name the file and the missing field only.
    for (const m of MM2_HELPER_PY.matchAll(/sys\.exit\(([^)]*)\)/g)) expect(m[1]).toMatch(/^p\+': the secret lacks [^']*'$/);
    expect(boot).toContain(`cat > ${MM2_HELPER} <<'PY'\n${MM2_HELPER_PY}PY\n`);
    expect(script).toContain('install -d -m 0700 /usr/local/lib/kafka-iac');
  });

  test('the service: dedicated mode into the target only, foreground, non-root, restarted on failure, sandboxed', () => {
    const unit = files['kafka-mirror-maker.service'];
    expect(unit).toMatch(new RegExp(`^ExecStart=${MM2_PATHS.kafkaHome}/bin/connect-mirror-maker.sh ${MM2_PATHS.properties} --clusters ${plan.targetCluster}$`, 'm'));
    for (const l of ['User=kafka', 'Group=kafka', 'Type=simple', 'Restart=on-failure', `EnvironmentFile=${MM2_PATHS.environmentFile}`, 'NoNewPrivileges=true', 'ProtectSystem=full', 'WantedBy=multi-user.target']) {
      expect(unit.split('\n')).toContain(l);
    }
    expect(Number(/^LimitNOFILE=(\d+)$/m.exec(unit)![1])).toBeGreaterThanOrEqual(100000);
    expect(script).toMatch(/systemctl daemon-reload\nsystemctl enable --now kafka-mirror-maker.service\nsystemctl enable --now kafka-iac-mm2-metrics.service\n/);
  });

  test('the environment: heap from the plan, the file provider allowed, the IAM library on the class path, JMX on the host only', () => {
    const env = files['mm2.env'];
    expect(env).toContain(`KAFKA_HEAP_OPTS="-Xms${plan.heapMiB}m -Xmx${plan.heapMiB}m"\n`);
    const opts = /^KAFKA_OPTS="(.*)"$/m.exec(env)![1].split(' ');
    const allow = opts.find((o) => o.startsWith('-Dorg.apache.kafka.automatic.config.providers='))!.split('=')[1].split(',');
    expect(allow).toContain('org.apache.kafka.common.config.provider.FileConfigProvider');
    expect(allow.join(',')).toBe(CONFIG_PROVIDER_ALLOW_LIST);
    expect(opts.filter((o) => o.startsWith('-javaagent:'))).toEqual(plan.jmxExporter
      ? [`-javaagent:${MM2_PATHS.jmxExporterJar}=127.0.0.1:${plan.jmxExporter.port}:${MM2_PATHS.jmxExporterConfig}`] : []);
    expect(env).toMatch(/^KAFKA_JMX_OPTS="-Dcom.sun.management.jmxremote.local.only=true"$/m);
    expect(env).not.toMatch(/JMX_PORT|jmxremote.port|authenticate=false/);
    expect(env).toContain(`LOG_DIR=${MM2_PATHS.logDir}\n`);
    expect(/^CLASSPATH=(.*)$/m.exec(env)?.[1]).toBe(plan.iamAuthLibrary ? `${MM2_PATHS.libsDir}/*` : undefined);
  });

  test('installs: Java of the plan, Kafka, the IAM jar and the exporter readable by the service user', () => {
    expect(script).toContain(`dnf install -y -q java-${plan.javaVersion}-amazon-corretto-headless python3 tar gzip\n`);
    const d = plan.distribution;
    if (d.kind === 'preinstalled') {
      expect(script).toContain(`[ -x '${d.path}/bin/connect-mirror-maker.sh' ] || die 'Kafka is not installed at ${d.path}'\nln -sfn '${d.path}' /opt/kafka\n`);
    } else {
      expect(script).toContain(`if [ ! -x /opt/kafka-${plan.kafkaVersion}/bin/connect-mirror-maker.sh ]; then\n  fetch_artifact ${d.kind} `);
    }
    expect(script.includes('fetch_artifact() {')).toBe([plan.distribution, plan.iamAuthLibrary, plan.jmxExporter?.source].some((a) => a && a.kind !== 'preinstalled'));
    expect(script.includes(`${MM2_PATHS.libsDir}/aws-msk-iam-auth.jar`)).toBe(plan.iamAuthLibrary !== undefined);
    expect(script.includes(MM2_PATHS.jmxExporterJar)).toBe(plan.jmxExporter !== undefined);
    expect(script).toMatch(/chown -R root:root \/opt\/kafka\/\nchmod -R a\+rX,go-w \/opt\/kafka\/\n/);
    expect(script).not.toMatch(/^mkdir /m); // umask 027: directories the service reads are made with install -d -m 0755
  });

  test('byte-stable: rendered twice, and with the boot-time reads in another order, the same bytes', () => {
    expect(renderMirrorMakerFiles(plan)).toEqual(files);
    const shuffled = { ...plan, secretReads: [...plan.secretReads].reverse(), parameterReads: [...plan.parameterReads].reverse() };
    expect(renderMirrorMakerUserData(shuffled)).toBe(boot);
  });

  test('user data far below the 16 KB EC2 limit', () => {
    expect(Buffer.byteLength(boot, 'utf8')).toBeLessThan(USER_DATA_LIMIT_BYTES);
  });
});

test('the largest realistic plan leaves room: 3 clusters, IAM + SCRAM + mTLS, private CAs, exporter', () => {
  const files = renderMirrorMakerFiles(largestPlan());
  const bytes = Buffer.byteLength(files['boot.sh'], 'utf8');
  expect(bytes).toBeLessThan(USER_DATA_LIMIT_BYTES - 1024);
  // Everything but mm2.properties (which grows with flows, topic lists and extra properties) stays under 11.5 KB.
  expect(bytes - Buffer.byteLength(files['mm2.properties'], 'utf8')).toBeLessThan(11776);
});

test('user data over 16 KB is refused with its size and what to shorten', () => {
  const huge = largestPlan({ extraProperties: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`producer.x${i}`, 'y'.repeat(20)])) });
  const over = { ...huge, flows: huge.flows.map((f) => ({ ...f, topics: Array.from({ length: 500 }, (_, i) => `topic-${i}-${'t'.repeat(20)}`) })) };
  expect(() => renderMirrorMakerUserData(over)).toThrow(/user data is \d+ bytes, over the EC2 limit of 16384\. Shorten/);
});

test('a file holding the heredoc end line, or a read without its cluster file, is refused', () => {
  const plan = largestPlan();
  expect(() => renderMirrorMakerUserData({ ...plan, name: `x\n${HEREDOC_END}` })).toThrow(/would end its heredoc/);
  const noFile = { ...plan, clusters: plan.clusters.map((c) => ({ ...c, credentialsFile: undefined })) };
  expect(() => renderMirrorMakerUserData(noFile)).toThrow(/cluster legacy has no credentialsFile/);
  expect(() => renderMirrorMakerUserData({ ...plan, targetCluster: 'dr --x' })).toThrow(/not \[A-Za-z0-9_-\]\+/);
});

test('the fixtures read the secrets the tests expect', () => {
  expect(largestPlan().secretReads.map((s) => s.secretArn)).toEqual([SCRAM_SECRET, MTLS_SECRET]);
});

describe('JMX exporter rules', () => {
  const yml = renderMirrorMakerFiles(largestPlan())['jmx-exporter.yml']!;
  // The exporter matches ^.*(?:pattern).*$ against "domain<key=value, ...><>attribute: value"; these Java regexes are
  // also valid JavaScript.
  const rules = [...yml.matchAll(/^ {2}- pattern: '([^']*)'\n {4}name: (\S+)\n/gm)].map((m) => ({ re: new RegExp(`^.*(?:${m[1]}).*$`), name: m[2] }));
  const nameOf = (bean: string) => rules.find((r) => r.re.test(bean))?.name;

  test('the replication latency of MirrorSourceConnector, with (Kafka 4.x) or without (3.9) the source tag', () => {
    expect(nameOf('kafka.connect.mirror<type=MirrorSourceConnector, target=dr, topic=legacy.orders, partition=0><>replication-latency-ms: 12.0')).toBe(MM2_EXPORTED.replicationLatency);
    expect(nameOf('kafka.connect.mirror<type=MirrorSourceConnector, source=legacy, target=dr, topic=legacy.orders, partition=11><>replication-latency-ms: NaN')).toBe(MM2_EXPORTED.replicationLatency);
    const re = rules[0].re;
    expect(re.exec('kafka.connect.mirror<type=MirrorSourceConnector, source=legacy, target=dr, topic=legacy.orders, partition=11><>replication-latency-ms: 3.0')!.slice(1)).toEqual(['legacy', 'dr', 'legacy.orders', '11']);
  });

  test('the task counts of every connector; nothing else (not the -max/-min/-avg variants, not record age, not checkpoints)', () => {
    expect(nameOf('kafka.connect<type=connect-worker-metrics, connector=MirrorSourceConnector><>connector-running-task-count: 2.0')).toBe(MM2_EXPORTED.runningTasks);
    expect(nameOf('kafka.connect<type=connect-worker-metrics, connector=MirrorHeartbeatConnector><>connector-failed-task-count: 1.0')).toBe(MM2_EXPORTED.failedTasks);
    expect(nameOf('kafka.connect<type=connect-worker-metrics, connector=MirrorSourceConnector><>connector-paused-task-count: 1.0')).toBeUndefined();
    expect(nameOf('kafka.connect.mirror<type=MirrorCheckpointConnector, source=legacy, target=dr, group="a,b", topic=orders, partition=0><>checkpoint-latency-ms: 4.0')).toBeUndefined();
    for (const other of ['replication-latency-ms-max: 1.0', 'replication-latency-ms-avg: 1.0', 'record-age-ms: 1.0', 'byte-rate: 1.0']) {
      expect(nameOf(`kafka.connect.mirror<type=MirrorSourceConnector, target=dr, topic=t, partition=0><>${other}`)).toBeUndefined();
    }
    expect(yml).toMatch(/includeObjectNames:\n {2}- "kafka.connect.mirror:type=MirrorSourceConnector,\*"\n {2}- "kafka.connect:type=connect-worker-metrics,\*"\nrules:/);
  });
});

test('the metrics publisher: namespace, dimension, metric names and the exporter series it reads', () => {
  const small = renderMirrorMakerFiles(smallPlan())['kafka-iac-mm2-metrics.py'];
  const large = renderMirrorMakerFiles(largestPlan())['kafka-iac-mm2-metrics.py'];
  for (const p of [small, large]) {
    expect(p).toContain(`NS=${JSON.stringify(METRICS_NAMESPACE)}\n`);
    expect(p).toContain('DIMS=[{"Name":"Deployment","Value":"orders-dr"}]\n');
    expect(p).toContain(`"MetricName":${JSON.stringify(MM2_METRICS.up)}`);
    expect(p).toContain(`"MetricName":${JSON.stringify(MM2_METRICS.replicationLatency)}`);
    expect(p).toContain('["systemctl","is-active","--quiet",SERVICE]');
    expect(p).toContain('SERVICE="kafka-mirror-maker.service"\n');
    expect(p).toContain('time.sleep(60)');
  }
  expect(small).toMatch(/^EXPORTER=None$/m);
  expect(large).toMatch(/^EXPORTER="http:\/\/127\.0\.0\.1:7072\/metrics"$/m);
  expect(large).toContain(`SERIES=${JSON.stringify(MM2_EXPORTED.replicationLatency)}\n`);
});

test('rendered files of the largest plan (snapshot; mm2.properties has its own tests)', () => {
  const files = renderMirrorMakerFiles(largestPlan());
  const { 'mm2.properties': props, 'boot.sh': boot, ...rest } = files;
  expect({ ...rest, 'boot.sh': boot.replace(`${props.slice(0, -1)}\n`, '<mm2.properties>\n') }).toMatchSnapshot();
});
