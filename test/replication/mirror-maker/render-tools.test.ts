/**
 * External checkers and sandbox runs over a MirrorMaker 2 node's files: shellcheck on the boot scripts, py_compile on
 * the Python, `systemd-analyze verify` on the units; the secret-writing part of the boot script run against a fake
 * `aws` on PATH (the SCRAM file is then read back the way Kafka reads it: java.util.Properties, then the JaasConfig
 * tokenizer); the metrics publisher's sample() against a fake exporter and systemctl; the install section under umask
 * 027. On CI (CI set) the tools must be installed; locally a missing tool skips.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MM2_METRICS } from '../../../lib/replication/mirror-maker';
import { MM2_HELPER } from '../../../lib/replication/mirror-maker/render/boot-script';
import { renderMirrorMakerFiles } from '../../../lib/replication/mirror-maker/render/node-files';
import { largestPlan, MTLS_SECRET, SCRAM_SECRET, smallPlan } from './fixtures-render';
import { has, shellFunctions, systemdVerify, tool } from '../../support/tools';


const PLANS = [
  smallPlan(),
  largestPlan(),
  largestPlan({ distribution: { kind: 'preinstalled', path: '/opt/kafka-4.1.0' }, iamAuthLibrary: { kind: 'preinstalled', path: '/opt/libs/iam.jar' }, jmxExporter: { source: { kind: 'preinstalled', path: '/opt/jmx/agent.jar' }, port: 7090 } }),
  largestPlan({ iamAuthLibrary: undefined, jmxExporter: undefined }),
];
const RENDERED = PLANS.map((p) => renderMirrorMakerFiles(p));
const LARGEST = RENDERED[1];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-mm2-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();

tool('shellcheck')('every rendered boot script passes shellcheck', () => {
  const files = RENDERED.map((r, i) => {
    const f = path.join(tmp, `boot-${i}.sh`);
    fs.writeFileSync(f, r['boot.sh']);
    return f;
  });
  const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', ...files], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

tool('python3')('the metrics publisher and the boot helper compile', () => {
  const boot = LARGEST['boot.sh'];
  const helper = boot.slice(boot.indexOf(`cat > ${MM2_HELPER} <<'PY'\n`), boot.indexOf('\nPY\n')).split('\n').slice(1).join('\n');
  for (const [name, text] of [...RENDERED.map((r, i) => [`metrics-${i}.py`, r['kafka-iac-mm2-metrics.py']]), ['mm2.py', helper]]) {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, text);
    const r = spawnSync('python3', ['-m', 'py_compile', f], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
});

tool('systemd-analyze')('both units pass systemd-analyze verify (ExecStart pointed at a stub)', () => {
  const verify = (text: string, name: string) => systemdVerify(text, tmp, name);
  for (const [i, r] of RENDERED.entries()) {
    for (const [file, name] of [['kafka-mirror-maker.service', `kafka-mirror-maker-${i}.service`], ['kafka-iac-mm2-metrics.service', `kafka-iac-mm2-metrics-${i}.service`]] as const) {
      const v = verify(r[file], name);
      expect(v.stderr).toBe('');
      expect(v.status).toBe(0);
    }
  }
  // Negative control: the checker does catch a broken unit.
  const bad = verify(LARGEST['kafka-mirror-maker.service'].replace('Restart=on-failure', 'Restart=sometimes'), 'kafka-mirror-maker-bad.service');
  expect(bad.stderr).toMatch(/restart/i);
});


const PASSWORD = 'p"a\\ss w\'or$d é 😀 \\"; x=y\\';
const USERNAME = 'mm2-"dr"\\svc';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
const CHAIN = '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDazCCAlOgAwIBAgIU\n-----END CERTIFICATE-----\n';
const CA = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----';

/**
 * The credentials section of the largest plan's boot script, with /etc/kafka-mm2 and the helper moved into a sandbox,
 * run against a fake `aws` that answers from files (and records each call with the region it was made in).
 */
function runCredentials(secrets: Record<string, unknown>) {
  const boot = LARGEST['boot.sh'];
  const box = fs.mkdtempSync(path.join(tmp, 'creds-'));
  const bin = path.join(box, 'bin');
  const store = path.join(box, 'store');
  fs.mkdirSync(bin);
  fs.mkdirSync(store);
  const key = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');
  for (const [id, v] of Object.entries(secrets)) fs.writeFileSync(path.join(store, key(id)), `${JSON.stringify(v)}\n`);
  for (const name of ['/kafka-iac/legacy/ca-certificate', '/kafka-iac/onprem/ca-certificate']) fs.writeFileSync(path.join(store, key(name)), `${CA}\n`);
  fs.writeFileSync(path.join(bin, 'aws'), `#!/bin/bash
echo "$AWS_DEFAULT_REGION $1 $2" >> ${box}/calls
arg() { local k=$1; shift; while [ $# -gt 0 ]; do [ "$1" = "$k" ] && { echo "$2"; return; }; shift; done; }
case "$1 $2" in
  'secretsmanager get-secret-value') id=$(arg --secret-id "$@") ;;
  'ssm get-parameter') id=$(arg --name "$@") ;;
  *) exit 3 ;;
esac
f=${store}/$(printf '%s' "$id" | tr -c 'A-Za-z0-9' '_')
[ -f "$f" ] || { echo "An error occurred (ResourceNotFoundException)" >&2; exit 254; }
cat "$f"
`, { mode: 0o755 });
  const lines = boot.split('\n');
  const helper = lines.slice(lines.indexOf(`cat > ${MM2_HELPER} <<'PY'`) + 1, lines.indexOf('PY')).join('\n').replace("grp.getgrnam('kafka')", `grp.getgrnam('${group}')`);
  const helperFile = path.join(box, 'mm2.py');
  fs.writeFileSync(helperFile, `${helper}\n`);
  const from = lines.indexOf('# Credentials and CA certificates: files 0440 root:kafka, never printed.');
  const section = lines.slice(from, lines.indexOf('systemctl daemon-reload')).join('\n');
  const etc = path.join(box, 'etc');
  const script = [
    'set -euo pipefail', 'umask 027', `export PATH=${bin}:$PATH AWS_DEFAULT_REGION=eu-west-1`,
    shellFunctions(boot, ['log', 'die', 'param', 'secret', 'install_param']).replace('-g kafka', `-g ${group}`),
    `install -d -m 0750 ${etc}/kafka-mm2/secrets ${etc}/kafka-mm2/tls`,
    section.split(MM2_HELPER).join(helperFile).split('/etc/').join(`${etc}/`),
  ].join('\n');
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  const file = (p: string) => path.join(etc, p.replace(/^\/etc\//, ''));
  return { ...r, file, calls: fs.existsSync(path.join(box, 'calls')) ? fs.readFileSync(path.join(box, 'calls'), 'utf8') : '' };
}

/** Reads a properties file as FileConfigProvider does, then parses sasl.jaas.config as Kafka's JaasConfig does. */
const JAAS_CHECK = `import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
public class JaasCheck {
  public static void main(String[] a) throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Paths.get(a[0]), StandardCharsets.UTF_8)) { p.load(r); }
    if (p.size() != 1) throw new IllegalStateException("keys: " + p.keySet());
    StreamTokenizer t = new StreamTokenizer(new StringReader(p.getProperty("sasl.jaas.config")));
    t.slashSlashComments(true); t.slashStarComments(true);
    t.wordChars('-', '-'); t.wordChars('_', '_'); t.wordChars('$', '$');
    t.nextToken(); String module = t.sval;
    t.nextToken(); String flag = t.sval;
    Map<String, String> o = new TreeMap<>();
    while (t.nextToken() != StreamTokenizer.TT_EOF && t.ttype != ';') {
      String k = t.sval;
      if (t.nextToken() != '=' || t.nextToken() == StreamTokenizer.TT_EOF || t.sval == null) throw new IllegalStateException("no value for " + k);
      o.put(k, t.sval);
    }
    if (t.ttype != ';') throw new IllegalStateException("not terminated by ;");
    if (t.nextToken() != StreamTokenizer.TT_EOF) throw new IllegalStateException("trailing tokens");
    StringBuilder out = new StringBuilder(module + "\\n" + flag + "\\n");
    for (Map.Entry<String, String> e : o.entrySet()) out.append(e.getKey()).append('=').append(HexFormat.of().formatHex(e.getValue().getBytes(StandardCharsets.UTF_8))).append('\\n');
    System.out.print(out);
  }
}
`;
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
const mode = (f: string) => (fs.statSync(f).mode & 0o777).toString(8);

tool('python3')('credentials: the SCRAM file is one valid JAAS line (quotes, backslashes, unicode), files 0440, nothing printed', () => {
  const r = runCredentials({ [SCRAM_SECRET]: { username: USERNAME, password: PASSWORD }, [MTLS_SECRET]: { certificateChain: CHAIN, privateKey: KEY } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  // Each read in the region of its secret or parameter.
  expect(r.calls.trim().split('\n')).toEqual(['us-east-1 secretsmanager get-secret-value', 'us-east-1 secretsmanager get-secret-value', 'us-east-1 ssm get-parameter', 'us-east-1 ssm get-parameter']);
  const scram = r.file('/etc/kafka-mm2/secrets/legacy.properties');
  const keystore = r.file('/etc/kafka-mm2/tls/onprem.pem');
  const trust = [r.file('/etc/kafka-mm2/tls/legacy-ca.pem'), r.file('/etc/kafka-mm2/tls/onprem-ca.pem')];
  for (const f of [scram, keystore, ...trust]) {
    expect(mode(f)).toBe('440');
    expect(fs.statSync(f).uid).toBe(process.getuid!());
  }
  const text = fs.readFileSync(scram, 'utf8');
  expect(text.split('\n')).toHaveLength(2);
  expect(text).toMatch(/^sasl\.jaas\.config=org\.apache\.kafka\.common\.security\.scram\.ScramLoginModule required username="[ -~]*" password="[ -~]*";\n$/);
  expect(fs.readFileSync(keystore, 'utf8')).toBe(`${KEY}${CHAIN}`);
  for (const f of trust) expect(fs.readFileSync(f, 'utf8')).toBe(`${CA}\n`);
  // Nothing read from AWS reached the output (the boot log).
  for (const s of [PASSWORD, 'p"a', 'MIIEvQ', 'MIIDdz', 'MIIBsz', USERNAME]) expect(r.stdout + r.stderr).not.toContain(s);
  expect(r.stdout).toBe('');

  if (!has('java')) return;
  const check = path.join(tmp, 'JaasCheck.java');
  fs.writeFileSync(check, JAAS_CHECK);
  const j = spawnSync('java', [check, scram], { encoding: 'utf8' });
  expect(j.stderr).toBe('');
  expect(j.stdout.split('\n')).toEqual(['org.apache.kafka.common.security.scram.ScramLoginModule', 'required', `password=${hex(PASSWORD)}`, `username=${hex(USERNAME)}`, '']);
});

tool('python3')('credentials: a secret without its fields stops the boot, naming the field, not the value, and writes nothing', () => {
  const r = runCredentials({ [SCRAM_SECRET]: { username: 'svc', passwd: 's3cr3t-value' }, [MTLS_SECRET]: { certificateChain: CHAIN, privateKey: KEY } });
  expect(r.status).not.toBe(0);
  expect(r.stderr).toContain('legacy.properties: the secret lacks username or password');
  expect(r.stdout + r.stderr).not.toContain('s3cr3t-value');
  expect(fs.existsSync(r.file('/etc/kafka-mm2/secrets/legacy.properties'))).toBe(false);
  expect(fs.existsSync(r.file('/etc/kafka-mm2/tls/onprem.pem'))).toBe(false); // set -e: nothing after the failure runs
  const m = runCredentials({ [SCRAM_SECRET]: { username: 'svc', password: 'pw' }, [MTLS_SECRET]: { certificateChain: CHAIN, privateKey: 'not a pem' } });
  expect(m.status).not.toBe(0);
  expect(m.stderr).toContain('onprem.pem: the secret lacks a PEM privateKey or certificateChain');
  expect(m.stderr).not.toContain('not a pem');
});

/** Runs the publisher's sample() with a fake exporter (serving `metrics`) and a systemctl answering `active`. */
function sample(text: string, active: boolean, exporter = true): { MetricName: string; Value: number; Unit: string; Dimensions: unknown }[] {
  const file = path.join(tmp, 'publisher.py');
  fs.writeFileSync(file, LARGEST['kafka-iac-mm2-metrics.py']);
  const bin = fs.mkdtempSync(path.join(tmp, 'bin-'));
  fs.writeFileSync(path.join(bin, 'systemctl'), `#!/bin/sh\n[ "$*" = "is-active --quiet kafka-mirror-maker.service" ] || exit 9\nexit ${active ? 0 : 3}\n`, { mode: 0o755 });
  const driver = `import http.server,importlib.util,json,sys,threading
body=sys.stdin.read().encode()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(body)
    def log_message(self,*a): pass
s=http.server.HTTPServer(("127.0.0.1",0),H); threading.Thread(target=s.serve_forever,daemon=True).start()
spec=importlib.util.spec_from_file_location("publisher",${JSON.stringify(file)}); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
m.EXPORTER=${exporter ? '"http://127.0.0.1:%d/metrics"%s.server_port' : 'None'}
print(json.dumps(m.sample()))
`;
  const r = spawnSync('python3', ['-c', driver], { input: text, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const SCRAPE = `# HELP kafka_connect_mirror_source_replication_latency_ms Time it takes records to replicate
# TYPE kafka_connect_mirror_source_replication_latency_ms gauge
kafka_connect_mirror_source_replication_latency_ms{partition="0",source="legacy",target="dr",topic="legacy.orders",} 12.0
kafka_connect_mirror_source_replication_latency_ms{partition="1",source="legacy",target="dr",topic="legacy.orders",} NaN
kafka_connect_mirror_source_replication_latency_ms{partition="0",source="onprem",target="dr",topic="onprem.erp.x",} 250.5
kafka_connect_mirror_source_replication_latency_ms{partition="2",source="onprem",target="dr",topic="onprem.erp.x",} +Inf
kafka_connect_mirror_checkpoint_latency_ms{group="g 1",partition="0",source="legacy",target="dr",topic="orders",} 99999.0
kafka_connect_mirror_source_replication_latency_ms_max{partition="0",target="dr",topic="t",} 88888.0
kafka_connect_worker_connector_running_task_count{connector="MirrorSourceConnector",} 2.0
kafka_connect_worker_connector_running_task_count{connector="MirrorCheckpointConnector",} 1.0
kafka_connect_worker_connector_failed_task_count{connector="MirrorSourceConnector",} 1.0
kafka_connect_worker_connector_failed_task_count{connector="MirrorHeartbeatConnector",} 1.0
jvm_memory_bytes_used{area="heap",} 1.0E9
`;

tool('python3')('metrics publisher: up from systemctl, latency = the maximum finite series, task counts, nothing but up when down', () => {
  const dims = [{ Name: 'Deployment', Value: 'orders-dr' }];
  const tasks = (running: number, failed: number) => [
    { MetricName: MM2_METRICS.runningSourceTasks, Dimensions: dims, Value: running, Unit: 'Count' },
    { MetricName: MM2_METRICS.failedTasks, Dimensions: dims, Value: failed, Unit: 'Count' },
  ];
  expect(sample(SCRAPE, true)).toEqual([
    { MetricName: MM2_METRICS.up, Dimensions: dims, Value: 1, Unit: 'Count' },
    { MetricName: MM2_METRICS.replicationLatency, Dimensions: dims, Value: 250.5, Unit: 'Milliseconds' },
    // Running: MirrorSourceConnector tasks only; failed: every connector's.
    ...tasks(2, 2),
  ]);
  // No finite latency (MirrorMaker 2 starting, or every value NaN) and no task series: up and zero counts.
  const nan = SCRAPE.split('\n').filter((l) => !/ (12\.0|250\.5)$/.test(l) && !l.startsWith('kafka_connect_worker')).join('\n');
  expect(sample(nan, true)).toEqual([{ MetricName: MM2_METRICS.up, Dimensions: dims, Value: 1, Unit: 'Count' }, ...tasks(0, 0)]);
  expect(sample(SCRAPE, false)).toEqual([{ MetricName: MM2_METRICS.up, Dimensions: dims, Value: 0, Unit: 'Count' }]);
  expect(sample(SCRAPE, true, false)).toEqual([{ MetricName: MM2_METRICS.up, Dimensions: dims, Value: 1, Unit: 'Count' }]);
});

/**
 * The install section of the largest plan's boot script, run for real under its `umask 027` with /opt moved into a
 * sandbox and the artifacts faked: the unprivileged service user must be able to run MirrorMaker 2 and load the IAM
 * library and the exporter agent. Needs root (chown) and runuser.
 */
const asRoot = process.getuid?.() === 0 && has('runuser') && has('tar') ? test : test.skip;
asRoot('the installed Kafka, IAM library and JMX agent are readable by an unprivileged user', () => {
  const boot = LARGEST['boot.sh'];
  const box = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-mm2-install-'));
  fs.chmodSync(box, 0o755);
  try {
    const src = path.join(box, 'src');
    fs.mkdirSync(path.join(src, 'kafka_2.13-4.1.0', 'bin'), { recursive: true });
    fs.writeFileSync(path.join(src, 'kafka_2.13-4.1.0', 'bin', 'connect-mirror-maker.sh'), '#!/bin/sh\n', { mode: 0o755 });
    execFileSync('tar', ['-czf', path.join(src, 'kafka.tgz'), '-C', src, 'kafka_2.13-4.1.0']);
    const lines = boot.split('\n');
    const section = lines.slice(lines.indexOf('# Kafka, the MSK IAM library, the JMX exporter.'), lines.indexOf('# Node files (no secret in any of them).'))
      .join('\n').replace(/\/tmp\//g, `${box}/`).replace(/\/opt\//g, `${box}/opt/`);
    const script = [
      'set -euo pipefail', 'umask 027', `mkdir -p ${box}/opt && chmod 0755 ${box}/opt`,
      'die() { echo "$*" >&2; exit 1; }',
      `fetch_artifact() { case "$4" in *kafka.tgz) cp ${src}/kafka.tgz "$4" ;; *) printf jar > "$4" ;; esac; }`,
      section,
    ].join('\n');
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ok = (p: string, flag: '-r' | '-x') => spawnSync('runuser', ['-u', 'nobody', '--', 'test', flag, p]).status === 0;
    expect(ok(`${box}/opt/kafka/bin/connect-mirror-maker.sh`, '-x')).toBe(true);
    expect(ok(`${box}/opt/kafka-mm2-libs/aws-msk-iam-auth.jar`, '-r')).toBe(true);
    expect(ok(`${box}/opt/jmx-exporter/jmx_prometheus_javaagent.jar`, '-r')).toBe(true);
  } finally {
    fs.rmSync(box, { recursive: true, force: true });
  }
});
