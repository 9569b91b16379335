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

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const required = !!process.env.CI;
function tool(cmd: string): jest.It {
  if (has(cmd)) return test;
  if (required) throw new Error(`${cmd} is required on CI: install it in .ci/run`);
  // eslint-disable-next-line no-console
  console.warn(`${cmd} not installed: skipping its checks (apt-get install -y ${cmd})`);
  return test.skip;
}

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
  const stub = path.join(tmp, 'kafka-server-start.sh');
  fs.writeFileSync(stub, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const envFile = path.join(tmp, 'kafka.env');
  fs.writeFileSync(envFile, '');
  const verify = (text: string, name: string) => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, text.replace('/opt/kafka/bin/kafka-server-start.sh', stub).replace('/etc/kafka/kafka.env', envFile));
    return spawnSync('systemd-analyze', ['verify', '--man=no', f], { encoding: 'utf8' });
  };
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
    const scram = execFileSync('python3', [helper, 'scram', cid, 'orders-app', '8192'], { input: JSON.stringify({ username: 'orders-app', password }), encoding: 'utf8' }).trim();
    expect(scram).toBe(scramBootstrapArgument(cid, 'orders-app', password, 8192));
  }
});
