/**
 * External checkers over the rendered files: shellcheck on boot scripts, `systemd-analyze verify` on units, and the
 * boot script's Python helper against the TypeScript derivations. On CI (CI set) the tools must be installed
 * (.ci/run: `apt-get install -y shellcheck`; systemd-analyze ships with systemd); locally a missing tool skips.
 */
import { execFileSync, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  deriveDirectoryId, generateClusterId, planSelfManagedCluster, renderNodeFiles, scramBootstrapArgument, SelfManagedKafkaSpec,
} from '../../lib/self-managed-ec2';
import { NODE_HELPER_PY } from '../../lib/self-managed-ec2/render/boot-script';
import { AZS5, KAFKA_410, spec, TIERED } from './fixtures';
import { has, shellFunctions, systemdVerify, tool } from '../support/tools';


const SPECS: SelfManagedKafkaSpec[] = [
  spec(),
  spec({ quorum: 'static', clientAuthentication: { mtls: {} }, controllerListenerAuthentication: 'sasl-plain', tieredStorage: TIERED }),
  spec({ kafkaVersion: '4.1.0', distribution: { kind: 's3', bucket: 'artifacts-bucket', key: 'kafka/kafka_2.13-4.1.0.tgz' }, availabilityZones: AZS5, controllers: { count: 5 }, brokers: { count: 6 }, tieredStorage: { ...TIERED, plugin: { version: '1.0.0', core: { kind: 'preinstalled', path: '/opt/ts' } } } }),
  spec({ kafkaVersion: '4.0.0', distribution: { kind: 'preinstalled', path: '/opt/kafka' }, monitoring: { jmxExporter: { source: { kind: 'preinstalled', path: '/opt/jmx/agent.jar' } } } }),
  spec({ kafkaVersion: '4.1.0', distribution: KAFKA_410, mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 } }),
  spec({ mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 }, quorum: 'static', monitoring: {} }),
];
const RENDERED = SPECS.flatMap((s) => renderNodeFiles(planSelfManagedCluster(s)));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-sm-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function unique(file: 'boot.sh' | 'kafka.service'): string[] {
  return [...new Set(RENDERED.map((n) => n.files[file]))];
}

tool('shellcheck')('every rendered boot script passes shellcheck', () => {
  const scripts = unique('boot.sh');
  expect(scripts.length).toBeGreaterThan(10);
  const files = scripts.map((s, i) => {
    const f = path.join(tmp, `boot-${i}.sh`);
    fs.writeFileSync(f, s);
    return f;
  });
  const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', ...files], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

tool('systemd-analyze')('every rendered unit passes systemd-analyze verify (ExecStart pointed at a stub)', () => {
  const verify = (text: string, name: string) => systemdVerify(text, tmp, name);
  unique('kafka.service').forEach((u, i) => {
    const r = verify(u, `kafka-${i}.service`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  // Negative control: the checker does catch a broken unit.
  const bad = verify(unique('kafka.service')[0].replace('Restart=on-failure', 'Restart=sometimes'), 'kafka-bad.service');
  expect(bad.stderr).toMatch(/restart/i);
});

tool('python3')('the boot script helper derives the same directory ids and SCRAM records as the TypeScript', () => {
  const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  const helper = path.join(tmp, 'node.py');
  fs.writeFileSync(helper, NODE_HELPER_PY.replace("grp.getgrnam('kafka')", `grp.getgrnam('${group}')`));
  for (let i = 0; i < 5; i++) {
    const cid = generateClusterId(randomBytes);
    const voters = ['1@controller-1.z:9093', '2@controller-2.z:9093', '3@controller-3.z:9093'];
    const py = execFileSync('python3', [helper, 'voters', cid, ...voters], { encoding: 'utf8' }).trim();
    expect(py).toBe(voters.map((v, j) => `${v}:${deriveDirectoryId(cid, j + 1)}`).join(','));
    const password = randomBytes(18).toString('base64');
    // The record goes into an argument file (one argument a line, read by kafka-storage as @file), never to stdout.
    const args = path.join(tmp, `scram-${i}.args`);
    fs.rmSync(args, { force: true });
    for (const user of ['orders-app', 'audit']) {
      const out = execFileSync('python3', [helper, 'scram', cid, user, '8192', args], { input: JSON.stringify({ username: user, password }), encoding: 'utf8' });
      expect(out).toBe('');
    }
    expect(fs.readFileSync(args, 'utf8')).toBe(['orders-app', 'audit'].map((u) => `--add-scram\n${scramBootstrapArgument(cid, u, password, 8192)}\n`).join(''));
    expect(fs.statSync(args).mode & 0o777).toBe(0o440);
  }
});

/**
 * The install section of a broker's boot script, run for real under its `umask 027` with /opt moved into a sandbox
 * and the artifacts faked: a user other than root must be able to run Kafka and load the agent and plugin jars
 * (Kafka runs as the unprivileged `kafka` user). Needs root (chown) and runuser.
 */
const asRoot = process.getuid?.() === 0 && has('runuser') && has('tar') ? test : test.skip;
asRoot('the installed Kafka, JMX agent and tiered-storage jars are readable by the unprivileged service user', () => {
  const plan = planSelfManagedCluster(spec({ tieredStorage: TIERED }));
  const boot = renderNodeFiles(plan).find((n) => n.nodeName === 'broker-1')!.files['boot.sh'];
  const box = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-install-'));
  fs.chmodSync(box, 0o755);
  try {
    // Fake artifacts: a Kafka tarball with one top-level directory, a plugin tarball with a jar, an agent jar.
    const src = path.join(box, 'src');
    fs.mkdirSync(path.join(src, 'kafka_2.13-3.9.1', 'bin'), { recursive: true });
    fs.writeFileSync(path.join(src, 'kafka_2.13-3.9.1', 'bin', 'kafka-server-start.sh'), '#!/bin/sh\n', { mode: 0o755 });
    fs.mkdirSync(path.join(src, 'plugin'), { recursive: true });
    fs.writeFileSync(path.join(src, 'plugin', 'p.jar'), 'jar', { mode: 0o600 });
    execFileSync('tar', ['-czf', path.join(src, 'kafka.tgz'), '-C', src, 'kafka_2.13-3.9.1']);
    execFileSync('tar', ['-czf', path.join(src, 'plugin.tgz'), '-C', src, 'plugin']);
    const lines = boot.split('\n');
    const helpers = lines.filter((l) => l.startsWith('unpack_jars() '));
    const from = lines.indexOf('# Kafka and plugins.');
    const to = lines.findIndex((l) => l.startsWith('chmod -R a+rX,go-w /opt/kafka/') || l.startsWith('chown -R root:root /opt/kafka/'));
    const section = lines.slice(from, to + 2).join('\n').replace(/\/tmp\//g, `${box}/`).replace(/\/opt\//g, `${box}/opt/`);
    const script = [
      'set -euo pipefail', 'umask 027', `mkdir -p ${box}/opt && chmod 0755 ${box}/opt`,
      'die() { echo "$*" >&2; exit 1; }',
      `fetch_artifact() { case "$4" in *kafka.tgz) cp ${src}/kafka.tgz "$4" ;; *.tgz) cp ${src}/plugin.tgz "$4" ;; *) printf jar > "$4" ;; esac; }`,
      ...helpers, section,
    ].join('\n');
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const readable = (p: string, flag: '-r' | '-x') => spawnSync('runuser', ['-u', 'nobody', '--', 'test', flag, p]).status === 0;
    expect(readable(`${box}/opt/kafka/bin/kafka-server-start.sh`, '-x')).toBe(true);
    expect(readable(`${box}/opt/jmx-exporter/jmx_prometheus_javaagent.jar`, '-r')).toBe(true);
    for (const part of ['core', 's3']) expect(readable(`${box}/opt/kafka-tiered-storage/${part}/p.jar`, '-r')).toBe(true);
  } finally {
    fs.rmSync(box, { recursive: true, force: true });
  }
});

const BOOT = RENDERED[0].files['boot.sh'];
const runBash = (body: string) => spawnSync('bash', ['-c', ['set -euo pipefail', body].join('\n')], { encoding: 'utf8' });

tool('bash')('the boot script\'s retry helper: retries with capped exponential backoff, returns the last status, never logs arguments', () => {
  const counter = path.join(tmp, 'attempts');
  // sleep is stubbed (records the delay); the command fails until its 3rd call, then prints one line.
  const prelude = [shellFunctions(BOOT, ['log', 'retry']), `sleep() { echo "$1" >> ${counter}.sleeps; }`,
    `flaky() { local k; k=$(( $(cat ${counter} 2>/dev/null || echo 0) + 1 )); echo "$k" > ${counter}; [ "$k" -ge "$1" ] && echo "ok $2"; }`].join('\n');
  const read = (f: string) => fs.readFileSync(f, 'utf8').trim().split('\n');
  const reset = () => { for (const f of [counter, `${counter}.sleeps`]) fs.rmSync(f, { force: true }); };

  reset();
  const ok = runBash(`${prelude}\nOUT=$(retry 5 1 -- flaky 3 s3cr3t-arg)\nprintf '%s' "$OUT"`);
  expect(ok.status).toBe(0);
  expect(ok.stdout).toBe('ok s3cr3t-arg'); // logs went to stderr, not into the captured output
  expect(read(counter)).toEqual(['3']);
  expect(read(`${counter}.sleeps`)).toEqual(['1', '2']);
  expect(ok.stderr).toMatch(/^\S+ kafka-iac-boot: flaky: attempt 1\/5 failed \(exit 1\)\n\S+ kafka-iac-boot: flaky: attempt 2\/5 failed \(exit 1\)\n$/);
  expect(ok.stderr).not.toContain('s3cr3t');

  reset();
  const bad = runBash(`${prelude}\nalways() { flaky 99 s3cr3t-arg || return 7; }\nretry 7 4 -- always s3cr3t-arg\necho unreachable`);
  expect(bad.status).toBe(7); // the command's own status, and set -e stops the script
  expect(bad.stdout).toBe('');
  expect(read(counter)).toEqual(['7']);
  expect(read(`${counter}.sleeps`)).toEqual(['4', '8', '16', '30', '30', '30']);
  expect(bad.stderr.trim().split('\n').map((l) => l.replace(/^\S+ kafka-iac-boot: /, ''))).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `always: attempt ${i}/7 failed (exit 7)`));
  expect(bad.stderr).not.toContain('s3cr3t');
  reset();
});

tool('bash')('attach_own waits while another instance holds the volume, survives a failed attach call, and counts "attached here" as done', () => {
  const calls = path.join(tmp, 'aws-calls');
  fs.rmSync(calls, { force: true });
  // aws stub: the describe answers follow the script below; the first attach call fails like a lost race.
  const aws = `aws() {
  echo "$1 $2" >> ${calls}; local k; k=$(wc -l < ${calls})
  case "$k" in
    1) echo 'vol-1 in-use i-old' ;; 2) echo 'vol-1 available None' ;; 3) echo 'IncorrectState: vol-1 is attaching' >&2; return 255 ;;
    4) echo 'vol-1 available None' ;; 5) return 0 ;; 6) echo 'vol-1 in-use i-new' ;; *) return 99 ;;
  esac
}`;
  const script = [shellFunctions(BOOT, ['log', 'die', 'retry', 'attach_once', 'attach_own']), 'sleep() { :; }', aws,
    "CLUSTER=orders NODE_ID=101 AZ=eu-west-1a INSTANCE_ID=i-new",
    "attach_own volumes 'Q' attach-volume --device /dev/sdf --volume-id",
    'echo "attached $ID"',
    // Run again: the volume is now in use by this instance, so no attach call is made.
    "attach_own volumes 'Q' attach-volume --device /dev/sdf --volume-id",
    'echo "again $ID"'].join('\n');
  const r = runBash(script);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/volumes vol-1 is in-use \(held by i-old\); waiting\n[\s\S]*attached vol-1\n[\s\S]*again vol-1\n$/);
  expect(r.stderr).toContain('IncorrectState');
  expect(fs.readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
    'ec2 describe-volumes', 'ec2 describe-volumes', 'ec2 attach-volume', 'ec2 describe-volumes', 'ec2 attach-volume', 'ec2 describe-volumes',
  ]);
});

/**
 * The format guard of a controller's boot script, run against a fake `aws` on PATH that keeps SSM parameters as files
 * (get-parameter, get-parameters-by-path with its query checked, put-parameter) and a stubbed kafka-storage (runuser).
 * controller-1 of 3, blank metadata dir; `params` are the SSM parameters that exist before it boots.
 */
function runFormatGuard(quorum: 'static' | 'dynamic', params: Record<string, string>, opts: { failList?: boolean } = {}) {
  const nodes = renderNodeFiles(planSelfManagedCluster(spec({ quorum })));
  const boot = nodes.find((n) => n.nodeName === 'controller-1')!.files['boot.sh'];
  const box = fs.mkdtempSync(path.join(tmp, 'guard-'));
  const store = path.join(box, 'ssm');
  const meta = path.join(box, 'metadata');
  fs.mkdirSync(meta);
  for (const [k, v] of Object.entries(params)) {
    fs.mkdirSync(path.dirname(path.join(store, k)), { recursive: true });
    fs.writeFileSync(path.join(store, k), v);
  }
  const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  const helper = path.join(box, 'node.py');
  fs.writeFileSync(helper, NODE_HELPER_PY.replace("grp.getgrnam('kafka')", `grp.getgrnam('${group}')`));
  const bin = path.join(box, 'bin');
  fs.mkdirSync(bin);
  // Names come back tab-separated, two per line (a page each), as the CLI's text output of a paginated list does.
  fs.writeFileSync(path.join(bin, 'aws'), `#!/bin/bash
S=${store}; echo "$*" >> ${box}/calls
arg() { local k=$1; shift; while [ $# -gt 0 ]; do [ "$1" = "$k" ] && { echo "$2"; return; }; shift; done; }
case "$1 $2" in
  'ssm get-parameter') [ -f "$S$(arg --name "$@")" ] || { echo 'An error occurred (ParameterNotFound)' >&2; exit 254; }; cat "$S$(arg --name "$@")"; echo ;;
  'ssm get-parameters-by-path')
    ${opts.failList ? "echo 'An error occurred (AccessDeniedException)' >&2; exit 254" : ':'}
    cid=$(cat "$S${ID_PARAM}")
    [ "$(arg --query "$@")" = "Parameters[?Value=='$cid'].Name" ] || exit 2
    find "$S$(arg --path "$@")" -type f 2>/dev/null | sort | while read -r f; do [ "$(cat "$f")" = "$cid" ] && echo "\${f#"$S"}"; done | paste - - ;;
  'ssm put-parameter') f="$S$(arg --name "$@")"; mkdir -p "\${f%/*}"; printf '%s' "$(arg --value "$@")" > "$f" ;;
  *) exit 3 ;;
esac
`, { mode: 0o755 });
  const lines = boot.split('\n');
  const section = lines.slice(lines.indexOf('OWN=$(param_or_empty "$MARKER_PARAM")'), lines.indexOf('systemctl daemon-reload')).join('\n');
  const script = [
    `export PATH=${bin}:$PATH`,
    lines.filter((l) => l.startsWith('readonly ')).join('\n').replace(/META_DIR='[^']*'/, `META_DIR='${meta}'`),
    shellFunctions(boot, ['log', 'die', 'param', 'param_or_empty', 'markers']),
    // The stubbed format records its argv, and the content of any @file argument at that moment.
    `runuser() { printf '%s\\n' "$*" > ${box}/format; local a; for a in "$@"; do case $a in @*) cat "\${a#@}" > ${box}/format-args ;; esac; done; }`,
    'CLUSTER_ID=$(param "$CLUSTER_ID_PARAM") VOLUME_ID=vol-new',
    'secret() { echo \'{"password":"pw"}\'; }',
    section.replace(/\/usr\/local\/lib\/kafka-iac\/node\.py/g, helper).replace(/\/etc\/kafka\/secrets\//g, `${box}/`),
  ].join('\n');
  const r = runBash(script);
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
  const ssm = (name: string) => read(path.join(store, name));
  return { ...r, box, format: read(path.join(box, 'format')), formatArgs: read(path.join(box, 'format-args')), ssm, calls: read(path.join(box, 'calls')) ?? '' };
}
const ID_PARAM = '/kafka-iac/orders/cluster-id';
const CID = 'MkU3OEVBNTcwNTJENDM2Qg';
const N = '/kafka-iac/orders/nodes';

tool('python3')('format guard: a new cluster formats every controller as an initial voter, however the boots interleave', () => {
  // First controller to format: no marker anywhere.
  const first = runFormatGuard('dynamic', { [ID_PARAM]: CID });
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.format).toMatch(/--initial-controllers 1@controller-1\.[^ ]+:9093:\S+,2@.*,3@/);
  expect(first.format).not.toContain('--no-initial-controllers');
  expect(first.ssm(`${N}/controller-1/formatted`)).toBe(CID);
  expect(first.ssm(`${N}/controller-1/quorum-formed`)).toBeUndefined(); // 1 of 3 controllers formatted
  // SCRAM bootstrap records reach the format through an argument file, never its command line; the file is gone after.
  expect(first.format).toContain(`@${first.box}/scram-bootstrap.args`);
  expect(first.format).not.toMatch(/add-scram|saltedpassword|SCRAM-SHA/);
  expect(first.formatArgs).toMatch(/^--add-scram\nSCRAM-SHA-512=\[name=audit,iterations=8192,salt="[^"]+",saltedpassword="[^"]+"\]\n--add-scram\nSCRAM-SHA-512=\[name=orders-app,/);
  expect(fs.existsSync(path.join(first.box, 'scram-bootstrap.args'))).toBe(false);
  // Last (late) controller: the two others already formatted and wrote their markers; brokers too. Still the initial
  // voter, and it records that the initial quorum is now formed.
  const last = runFormatGuard('dynamic', { [ID_PARAM]: CID, [`${N}/controller-2/formatted`]: CID, [`${N}/controller-3/formatted`]: CID,
    [`${N}/broker-1/formatted`]: CID, [`${N}/controller-2/server.properties`]: 'node.id=2' });
  expect(last.status).toBe(0);
  expect(last.format).toContain('--initial-controllers');
  expect(last.format).not.toContain('--no-initial-controllers');
  expect(last.ssm(`${N}/controller-1/quorum-formed`)).toBe(CID);
});

tool('python3')('format guard: a controller whose own marker is lost, in an existing cluster, never formats as an initial voter', () => {
  // Own marker missing (deleted, or never written), blank disk; another controller recorded the formed quorum.
  const existing = { [ID_PARAM]: CID, [`${N}/controller-2/formatted`]: CID, [`${N}/controller-2/quorum-formed`]: CID };
  const dyn = runFormatGuard('dynamic', existing);
  expect(dyn.status).toBe(0);
  expect(dyn.format).toContain('--no-initial-controllers');
  expect(dyn.format).not.toContain('--initial-controllers');
  expect(dyn.stdout).toContain('formatting as an observer');
  expect(dyn.stdout).toContain('add-controller');
  expect(dyn.ssm(`${N}/controller-1/formatted`)).toBe(CID);

  const stat = runFormatGuard('static', existing);
  expect(stat.status).toBe(1);
  expect(stat.stdout).toContain('FATAL: blank metadata volume for controller 1, which was formatted before.');
  expect(stat.format).toBeUndefined();
  expect(stat.ssm(`${N}/controller-1/formatted`)).toBeUndefined();
  // ... until an operator approves this volume.
  const approved = runFormatGuard('static', { ...existing, [`${N}/controller-1/replace-disk-approved`]: `${CID}:vol-new` });
  expect(approved.status).toBe(0);
  expect(approved.format).toContain('--cluster-id=');

  // A marker of another cluster id does not count; a failed listing stops the script instead of guessing "new".
  expect(runFormatGuard('dynamic', { [ID_PARAM]: CID, [`${N}/controller-2/quorum-formed`]: 'AAAAAAAAAAAAAAAAAAAAAA' }).format).toContain('--initial-controllers');
  const denied = runFormatGuard('dynamic', { [ID_PARAM]: CID }, { failList: true });
  expect(denied.status).not.toBe(0);
  expect(denied.format).toBeUndefined();
});

tool('python3')('every rendered Log4j 2 configuration is well-formed XML whose appender references resolve', () => {
  const xmls = [...new Set(SPECS.map((s) => ({ ...s, kafkaVersion: '4.4.0', distribution: { kind: 'preinstalled', path: '/opt/kafka' } } as SelfManagedKafkaSpec))
    .flatMap((s) => renderNodeFiles(planSelfManagedCluster(s)).map((n) => n.files['log4j2.xml']!)))];
  expect(xmls.length).toBeGreaterThan(1);
  const check = 'import sys,xml.etree.ElementTree as E\nfor f in sys.argv[1:]:\n r=E.parse(f).getroot(); names={a.get("name") for a in r.find("Appenders")}\n'
    + ' assert all(x.get("ref") in names for x in r.iter("AppenderRef")), f\n assert all(a.find("SizeBasedTriggeringPolicy") is not None and a.find("DefaultRolloverStrategy") is not None for a in r.find("Appenders")), f\nprint(len(sys.argv)-1)';
  const files = xmls.map((x, i) => { const f = path.join(tmp, `log4j2-${i}.xml`); fs.writeFileSync(f, x); return f; });
  expect(execFileSync('python3', ['-c', check, ...files], { encoding: 'utf8' }).trim()).toBe(String(files.length));
});

tool('python3')('the controller\'s voter check reads CurrentVoters of both output formats and publishes nothing when the question fails', () => {
  const plan = planSelfManagedCluster(spec());
  const script = renderNodeFiles(plan).find((n) => n.nodeName === 'controller-2')!.files['kafka-metrics.py'];
  const box = fs.mkdtempSync(path.join(tmp, 'voter-'));
  const props = path.join(box, 'server.properties');
  fs.writeFileSync(props, 'process.roles=controller\nnode.id=2\n');
  const stub = path.join(box, 'kafka-metadata-quorum.sh');
  const body = script.slice(script.indexOf('NODE_ID='), script.indexOf('\nn=0\n'))
    .replace('/etc/kafka/server.properties', props).replace('/opt/kafka/bin/kafka-metadata-quorum.sh', stub).replace('/tmp/quorum-client.properties', path.join(box, 'client.properties'));
  const harness = ['import json,os,re,subprocess', 'def dims(level): return [{"Name":"NodeName","Value":"controller-2"}]', body, 'print(json.dumps(voter()))'].join('\n');
  const run = (stdout: string, rc = 0) => {
    fs.writeFileSync(stub, `#!/bin/bash\n[ "$5 $6" = 'describe --status' ] || exit 9\ngrep -q '^security.protocol=SSL$' "$4" || exit 8\ncat <<'OUT'\n${stdout}\nOUT\nexit ${rc}\n`, { mode: 0o755 });
    return JSON.parse(execFileSync('python3', ['-c', harness], { encoding: 'utf8' }).trim().split('\n').pop()!);
  };
  const head = 'ClusterId:              MkU3OEVBNTcwNTJENDM2Qg\nLeaderId:               1';
  expect(run(`${head}\nCurrentVoters:          [1,2,3]\nCurrentObservers:       [101,102]`)).toEqual([{ MetricName: 'controller_is_voter', Dimensions: [{ Name: 'NodeName', Value: 'controller-2' }], Value: 1 }]);
  // 3.9+: JSON voters. Node 2 came back as an observer: voters 1, 3 and 12 (no substring match on "12").
  const voters = (ids: number[]) => `[${ids.map((i) => `{"id": ${i}, "directoryId": "AAAAAAAAAAAAAAAAAAAAAA", "endpoints": ["CONTROLLER://controller-${i}.orders.kafka.internal:9093"]}`).join(', ')}]`;
  expect(run(`${head}\nCurrentVoters:          ${voters([1, 3, 12])}\nCurrentObservers:       [{"id": 2, "directoryId": "BBBBBBBBBBBBBBBBBBBBBB"}]`)[0].Value).toBe(0);
  expect(run(`${head}\nCurrentVoters:          ${voters([1, 2, 3])}`)[0].Value).toBe(1);
  expect(run('org.apache.kafka.common.errors.TimeoutException', 1)).toEqual([]);
});
