/**
 * The boot signal, run for real in bash against stubs: the boot script's lifecycle functions (a stubbed `aws` records
 * every call) and the per-role serving check (a stubbed `runuser` answers for the Kafka tools). shellcheck covers the
 * serving checks of every shape; tools.test.ts covers the boot scripts.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planSelfManagedCluster, renderNodeFiles, SelfManagedKafkaSpec } from '../../lib/self-managed-ec2';
import { AZS5, KAFKA_410, spec, TIERED } from './fixtures';
import { shellFunctions, tool } from '../support/tools';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-signal-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const runBash = (body: string) => spawnSync('bash', ['-c', body], { encoding: 'utf8' });

const SPECS: SelfManagedKafkaSpec[] = [
  spec(),
  spec({ quorum: 'static', kafkaVersion: '3.9.1', clientAuthentication: { mtls: {} }, controllerListenerAuthentication: 'sasl-plain', tieredStorage: TIERED }),
  spec({ kafkaVersion: '4.1.0', distribution: KAFKA_410, availabilityZones: AZS5, controllers: { count: 5 }, brokers: { count: 6 } }),
  spec({ kafkaVersion: '4.1.0', distribution: KAFKA_410, mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 } }),
];
const NODES = SPECS.flatMap((s) => renderNodeFiles(planSelfManagedCluster(s)));
const node = (specIndex: number, name: string) => renderNodeFiles(planSelfManagedCluster(SPECS[specIndex]!)).find((n) => n.nodeName === name)!.files;

tool('shellcheck')('every rendered serving check passes shellcheck', () => {
  const scripts = [...new Set(NODES.map((n) => n.files['serving.sh']))];
  expect(scripts.length).toBeGreaterThanOrEqual(4); // controllers of 3 and 6 brokers, brokers, the combined node
  const files = scripts.map((s, i) => {
    const f = path.join(tmp, `serving-${i}.sh`);
    fs.writeFileSync(f, s);
    return f;
  });
  const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', ...files], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

/**
 * Runs the boot script's signal functions: `aws` records its arguments and answers describe-auto-scaling-groups with
 * `lookup`; `body` runs after `boot_lookup` under the script's strict mode and EXIT trap.
 */
function runSignal(lookup: string, body: string, opts: { signalFails?: boolean } = {}) {
  const boot = node(0, 'broker-1')['boot.sh'];
  const calls = path.join(tmp, `calls-${Math.random().toString(36).slice(2)}`);
  const aws = `aws() {
  echo "$*" >> ${calls}
  case "$1 $2" in
    'autoscaling describe-auto-scaling-groups') printf '%s\\n' '${lookup}' ;;
    'cloudformation signal-resource') ${opts.signalFails ? "echo 'ValidationError: not in CREATE_IN_PROGRESS' >&2; return 254" : 'return 0'} ;;
    'autoscaling complete-lifecycle-action') return 0 ;;
    *) return 99 ;;
  esac
}`;
  const vars = boot.split('\n').filter((l) => l.startsWith('readonly BOOT_HOOK='));
  expect(vars).toHaveLength(1);
  const script = ['set -euo pipefail', aws, ...vars, 'CLUSTER=orders NODE_ID=101 INSTANCE_ID=i-new',
    shellFunctions(boot, ['log', 'die', 'boot_lookup', 'cfn_signal', 'boot_complete', 'on_exit']), 'trap on_exit EXIT', 'boot_lookup', body].join('\n');
  const r = runBash(script);
  const recorded = fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [];
  return { ...r, calls: recorded };
}

const LOOKUP = expect.stringMatching(/^autoscaling describe-auto-scaling-groups --filters Name=tag:kafka-iac:cluster,Values=orders Name=tag:kafka-iac:node-id,Values=101 --query AutoScalingGroups\[\?Instances\[\?InstanceId=='i-new'\]\]/);
const STACK = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/orders/1';
const complete = (result: string) => `autoscaling complete-lifecycle-action --lifecycle-hook-name kafka-iac-node-serving --auto-scaling-group-name orders-broker-1-asg --instance-id i-new --lifecycle-action-result ${result}`;
const signal = (status: string) => `cloudformation signal-resource --stack-name ${STACK} --logical-resource-id ClusterBroker1Group --unique-id i-new --status ${status}`;

tool('bash')('a failing boot (CloudFormation group) signals FAILURE to the stack, then abandons the instance, and exits non-zero', () => {
  const r = runSignal(`orders-broker-1-asg\t${STACK}\tClusterBroker1Group`, 'die "device did not appear"\necho unreachable');
  expect(r.status).toBe(1);
  expect(r.stdout).not.toContain('unreachable');
  expect(r.stdout).toMatch(/FATAL: device did not appear\n.*boot failed \(exit 1\): abandoning\n$/);
  expect(r.calls).toEqual([LOOKUP, signal('FAILURE'), complete('ABANDON')]);
});

tool('bash')('a node that serves completes with CONTINUE, then signals SUCCESS; the EXIT trap adds nothing', () => {
  const r = runSignal(`orders-broker-1-asg\t${STACK}\tClusterBroker1Group`, 'boot_complete CONTINUE');
  expect(r.status).toBe(0);
  expect(r.calls).toEqual([LOOKUP, complete('CONTINUE'), signal('SUCCESS')]);
});

tool('bash')('a Pulumi group (no CloudFormation tags) only completes the hook; a stack that takes no signal is logged, not fatal', () => {
  const pulumi = runSignal('orders-broker-1-asg\tNone\tNone', 'boot_complete CONTINUE');
  expect(pulumi.status).toBe(0);
  expect(pulumi.calls).toEqual([LOOKUP, complete('CONTINUE')]);
  const replaced = runSignal(`orders-broker-1-asg\t${STACK}\tClusterBroker1Group`, 'boot_complete CONTINUE', { signalFails: true });
  expect(replaced.status).toBe(0);
  expect(replaced.stdout).toContain('no SUCCESS signal');
  expect(replaced.stderr).toBe('');
});

tool('bash')('an instance in no group signals nothing, and a failure before the lookup leaves the hook to time out (ABANDON)', () => {
  const alone = runSignal('None', 'false');
  expect(alone.status).toBe(1);
  expect(alone.calls).toEqual([LOOKUP]);
});

/**
 * Runs a rendered serving check with `runuser` stubbed: it answers for the tool named in its arguments from `answers`
 * (tool name -> output; a missing tool fails) and the node id comes from a fake server.properties.
 */
function runServing(files: ReturnType<typeof node>, nodeId: number, answers: Record<string, string>, args: string[] = []) {
  const box = fs.mkdtempSync(path.join(tmp, 'serving-'));
  fs.writeFileSync(path.join(box, 'server.properties'), `process.roles=x\nnode.id=${nodeId}\n`);
  fs.writeFileSync(path.join(box, 'node.env'), 'KAFKA_IAC_NODE=broker-1\n');
  for (const [k, v] of Object.entries(answers)) fs.writeFileSync(path.join(box, k), v);
  const group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();
  const stub = `runuser() { local a key=; for a in "$@"; do case $a in */kafka-broker-api-versions.sh) key=api ;; */kafka-metadata-quorum.sh) key=quorum ;; --status|--replication) key="$key$a" ;; esac; done; echo "$*" >> ${box}/calls; [ -f "${box}/$key" ] && cat "${box}/$key"; }`;
  const script = files['serving.sh']
    .replace('set -uo pipefail', `set -uo pipefail\n${stub}`)
    .replace('/etc/kafka/server.properties', `${box}/server.properties`).replace('/etc/kafka/node.env', `${box}/node.env`)
    .replace('chgrp kafka', `chgrp ${group}`);
  const r = spawnSync('bash', ['-c', script, 'serving', ...args], { encoding: 'utf8' });
  return { ...r, calls: fs.existsSync(path.join(box, 'calls')) ? fs.readFileSync(path.join(box, 'calls'), 'utf8') : '' };
}

const REPLICATION = (rows: string[]) => ['NodeId\tDirectoryId\tLogEndOffset\tLag\tLastFetchTimestamp\tLastCaughtUpTimestamp\tStatus', ...rows].join('\n');
// 3.9+ format: directory ids and endpoints hold digits that are not node ids.
const VOTERS_39 = 'CurrentVoters:          [{"id": 2, "directoryId": "a1b1", "endpoints": ["CONTROLLER://controller-2.orders.kafka.internal:9093"]}, {"id": 3, "directoryId": "x11", "endpoints": ["CONTROLLER://controller-3.orders.kafka.internal:9093"]}]';

tool('bash')('serving check, controller: a voter with no lag serves; lag, a missing row, ids inside directory ids and a failing tool do not', () => {
  const files = node(0, 'controller-1');
  const status = (voters: string, observers = 'CurrentObservers:       []') => ['ClusterId: x', 'LeaderId: 2', voters, observers].join('\n');
  const serves = (nodeId: number, st: string, repl: string[], args: string[] = []) => runServing(files, nodeId, { 'quorum--status': st, 'quorum--replication': REPLICATION(repl) }, args);
  const voterRows = ['1\tdir1\t500\t0\t5\t5\tFollower', '2\tdir2\t500\t0\t1\t1\tLeader', '3\tdir3\t500\t0\t5\t5\tFollower'];
  const withOne = VOTERS_39.replace('[{', '[{"id": 1, "directoryId": "d", "endpoints": ["CONTROLLER://controller-1.orders.kafka.internal:9093"]}, {');
  const ok = serves(1, status(withOne), voterRows);
  expect(ok.status).toBe(0);
  expect(ok.calls).toContain('--bootstrap-server broker-1.orders.kafka.internal:9091,broker-2.orders.kafka.internal:9091,broker-3.orders.kafka.internal:9091');
  expect(ok.calls).toMatch(/^-u kafka -- env KAFKA_HEAP_OPTS=-Xmx256m LOG_DIR=\/var\/log\/kafka KAFKA_OPTS=\S+ \/opt\/kafka\/bin\/kafka-metadata-quorum\.sh .* --command-config \S+ describe --status$/m);
  expect(serves(1, status(withOne), ['1\tdir1\t480\t20\t5\t5\tFollower', ...voterRows.slice(1)]).status).toBe(1);
  expect(serves(1, status(VOTERS_39), voterRows).status).toBe(1); // "1" only inside directory ids
  expect(serves(1, status('CurrentVoters:          [1,2,3]'), voterRows).status).toBe(0); // up to 3.8
  expect(serves(4, status('CurrentVoters:          [1,2,3]'), voterRows).status).toBe(1);
  expect(runServing(files, 1, {}).status).toBe(1);
  // A dynamic-quorum controller formatted as an observer serves as one only when the boot script says so.
  const observer = status(VOTERS_39, 'CurrentObservers:       [{"id": 1, "directoryId": "n", "endpoints": []}, {"id": 101, "directoryId": "b", "endpoints": []}]');
  const rows = [...voterRows.slice(1), '1\tnew\t500\t0\t5\t5\tObserver'];
  expect(serves(1, observer, rows).status).toBe(1);
  const promoted = serves(1, observer, rows, ['observer']);
  expect(promoted.status).toBe(0);
  expect(promoted.stdout).toContain('controller 1 serves as an observer: promote it');
});

tool('bash')('serving check, broker: listed (registered, unfenced) by its own REPLICATION listener; absent or unreachable is not serving', () => {
  const files = node(0, 'broker-1');
  const api = (ids: number[]) => ids.map((id) => `broker-${id - 100}.orders.kafka.internal:9091 (id: ${id} rack: eu-west-1a isFenced: false) -> (\n\tProduce(0): 0 to 11 [usable: 11],\n)`).join('\n');
  const ok = runServing(files, 101, { api: api([101, 102]) });
  expect(ok.status).toBe(0);
  expect(ok.calls).toContain('kafka-broker-api-versions.sh --bootstrap-server broker-1.orders.kafka.internal:9091 --command-config');
  expect(runServing(files, 101, { api: api([102, 103]) }).status).toBe(1);
  expect(runServing(files, 1011, { api: api([101]) }).status).toBe(1);
  expect(runServing(files, 101, {}).status).toBe(1);
  // A combined node needs both answers.
  const combined = node(3, 'combined-1');
  expect(combined['serving.sh']).toMatch(/\nbroker_serves && controller_serves "\$@"\n$/);
});
