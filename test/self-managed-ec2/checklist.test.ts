/**
 * The 25-point checklist of a self-managed KRaft node (numbered in the test names), asserted by PARSING every rendered
 * file of every node, for a matrix of cluster shapes (point 24, MirrorMaker 2, does not apply to a single cluster).
 */
import { parseProperties } from '../../lib/core';
import {
  planSelfManagedCluster, renderNodeFiles, RenderedNode, SelfManagedClusterPlan, SelfManagedKafkaSpec, ssmTierFor, USER_DATA_LIMIT_BYTES,
} from '../../lib/self-managed-ec2';
import { invalidBrokerKeys } from '../support/kafka-keys';
import { AZS3, AZS5, EXPORTER, KAFKA_391, KAFKA_410, KAFKA_432, KAFKA_440, spec, TIERED } from './fixtures';

type Props = Map<string, string>;

/** systemd unit -> section -> key -> values (keys may repeat). */
export function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  let section: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const s = /^\[(.+)\]$/.exec(line);
    if (s) {
      section = new Map();
      out.set(s[1], section);
      continue;
    }
    const i = line.indexOf('=');
    if (!section || i < 0) throw new Error(`bad unit line: ${line}`);
    const k = line.slice(0, i);
    section.set(k, [...(section.get(k) ?? []), line.slice(i + 1)]);
  }
  return out;
}

/** `KEY="value"` lines of an EnvironmentFile. */
function parseEnv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([A-Z_][A-Z0-9_]*)=(?:"([^"]*)"|(\S*))$/.exec(line);
    if (!m) throw new Error(`bad env line: ${line}`);
    out.set(m[1], m[2] ?? m[3]);
  }
  return out;
}

const listenerEntries = (v: string | undefined) => (v ?? '').split(',').filter(Boolean).map((e) => {
  const m = /^([A-Z_]+):\/\/([^:]*):(\d+)$/.exec(e);
  if (!m) throw new Error(`bad listener ${e}`);
  return { name: m[1], host: m[2], port: Number(m[3]) };
});
const protocolMap = (v: string | undefined) => new Map((v ?? '').split(',').map((e) => e.split(':') as [string, string]));

interface Shape { label: string; spec: SelfManagedKafkaSpec }

function shapes(): Shape[] {
  const out: Shape[] = [];
  const lines = [
    { v: '3.9.1', controllers: 3 as const, dist: KAFKA_391 },
    { v: '4.1.0', controllers: 3 as const, dist: KAFKA_410 },
    { v: '4.0.0', controllers: 5 as const, dist: KAFKA_410 },
    { v: '4.3.2', controllers: 3 as const, dist: KAFKA_432 },
    { v: '4.4.0', controllers: 5 as const, dist: KAFKA_440 },
  ];
  const auths = [{ scram: { users: ['orders-app', 'audit'] } }, { mtls: {} }, { scram: { users: ['svc'] }, mtls: { principalMappingRules: 'RULE:^CN=([^,]+).*$/$1/,DEFAULT' } }];
  let i = 0;
  for (const l of lines) {
    for (const brokers of [3, 6, 9]) {
      for (const quorum of ['static', 'dynamic'] as const) {
        for (const tiered of [false, true]) {
          const auth = auths[i % auths.length];
          const controllerAuth = (['ssl', 'sasl-plain'] as const)[Math.floor(i / 3) % 2];
          i++;
          out.push({
            label: `${l.v} ${l.controllers}c/${brokers}b ${quorum} ${Object.keys(auth).join('+')} ctl=${controllerAuth}${tiered ? ' tiered' : ''}`,
            spec: spec({
              kafkaVersion: l.v, distribution: l.dist, availabilityZones: l.controllers === 5 ? AZS5 : AZS3,
              controllers: { count: l.controllers }, brokers: { count: brokers, azCount: 3 }, quorum, clientAuthentication: auth,
              controllerListenerAuthentication: controllerAuth, superUsers: ['User:ops-admin'],
              ...(tiered ? { tieredStorage: TIERED } : {}),
            }),
          });
        }
      }
    }
  }
  return out;
}

interface Rendered { plan: SelfManagedClusterPlan; nodes: (RenderedNode & { props: Props })[] }
function render(s: SelfManagedKafkaSpec): Rendered {
  const plan = planSelfManagedCluster(s);
  return { plan, nodes: renderNodeFiles(plan).map((n) => ({ ...n, props: parseProperties(n.files['server.properties']) })) };
}
const roles = (p: Props) => (p.get('process.roles') ?? '').split(',');
const bootVar = (boot: string, name: string) => new RegExp(`${name}='([^']*)'`).exec(boot)?.[1];

const SHAPES = shapes();

describe.each(SHAPES.map((s) => [s.label, s] as const))('checklist: %s', (_label, shape) => {
  const { plan, nodes } = render(shape.spec);
  const controllers = nodes.filter((n) => roles(n.props).includes('controller'));
  const brokers = nodes.filter((n) => roles(n.props).includes('broker'));
  const keyList = plan.line.keyList;

  test('every key valid for the Kafka version; output stays within SSM and user-data limits', () => {
    for (const n of nodes) {
      expect(invalidBrokerKeys(n.props.keys(), keyList)).toEqual([]);
      for (const f of ['server.properties', 'kafka.env', 'kafka.service', 'jmx-exporter.yml'] as const) expect(() => ssmTierFor(n.files[f] ?? '')).not.toThrow();
      expect(Buffer.byteLength(n.files['boot.sh'])).toBeLessThan(USER_DATA_LIMIT_BYTES);
    }
  });
  test('1-2: unique node ids; no node combines roles', () => {
    const ids = nodes.map((n) => n.props.get('node.id'));
    expect(new Set(ids).size).toBe(nodes.length);
    for (const n of nodes) expect(roles(n.props)).toHaveLength(1);
  });
  test('3: 3 or 5 controllers, in distinct AZs', () => {
    expect([3, 5]).toContain(controllers.length);
    const azs = controllers.map((n) => bootVar(n.files['boot.sh'], 'EXPECTED_AZ'));
    expect(new Set(azs).size).toBe(controllers.length);
  });
  test('4-5: quorum configuration identical everywhere and naming exactly the controllers', () => {
    const controllerIds = controllers.map((n) => n.props.get('node.id')).sort();
    if (plan.quorum.mode === 'static') {
      const voters = new Set(nodes.map((n) => n.props.get('controller.quorum.voters')));
      expect(voters.size).toBe(1);
      const entries = [...voters][0]!.split(',');
      expect(entries.map((e) => e.split('@')[0]).sort()).toEqual(controllerIds);
      for (const n of nodes) expect(n.props.has('controller.quorum.bootstrap.servers')).toBe(false);
    } else {
      const advertised = controllers.map((c) => listenerEntries(c.props.get('advertised.listeners')).find((l) => l.name === 'CONTROLLER')!).map((l) => `${l.host}:${l.port}`);
      for (const n of nodes) {
        expect(n.props.has('controller.quorum.voters')).toBe(false);
        expect(n.props.get('controller.quorum.bootstrap.servers')!.split(',')).toEqual(advertised);
      }
    }
  });
  test('6-8: cluster id from SSM passed as --cluster-id=, formatted only when blank, release version pinned', () => {
    for (const n of nodes) {
      const boot = n.files['boot.sh'];
      expect(boot).toContain('CLUSTER_ID=$(param "$CLUSTER_ID_PARAM")');
      expect(boot).toContain('"--cluster-id=$CLUSTER_ID"');
      expect(boot).toContain('--ignore-formatted');
      expect(bootVar(boot, 'RELEASE_VERSION')).toBe(plan.line.line);
      const re = new RegExp(/\[\[ "\$CLUSTER_ID" =~ (.+) \]\]/.exec(boot)![1]);
      expect(re.test('-AAAAAAAAAAAAAAAAAAAAQ')).toBe(false);
      expect(re.test('MkU3OEVBNTcwNTJENDM2Qg')).toBe(true);
      // Format lives in the branch where meta.properties is absent; a foreign cluster id stops the node.
      expect(boot.indexOf('if [ -f "$META_DIR/meta.properties" ]')).toBeLessThan(boot.indexOf('kafka-storage.sh format'));
      expect(boot).toContain('refusing to start');
      const isController = roles(n.props).includes('controller');
      if (isController && plan.quorum.mode === 'static') expect(boot).toMatch(/\|\| die 'blank metadata volume for controller \d+, which was formatted before\. Check that a majority/);
      if (isController && plan.quorum.mode === 'dynamic') expect(boot).toContain('--initial-controllers');
      if (!isController && plan.quorum.mode === 'dynamic') expect(boot).toContain('FORMAT_ARGS+=(--no-initial-controllers)');
      if (plan.quorum.mode === 'static') expect(boot).not.toMatch(/initial-controllers|--standalone/);
      // 7: "formatted before" never rests on this node's marker alone: a controller also counts ANY node's quorum-formed
      // marker, read before the format; its own marker is (re)written before Kafka starts, then quorum-formed once
      // every controller's marker exists.
      const lines = boot.split('\n');
      const at = (l: string) => { const i = lines.indexOf(l); expect([l, i >= 0]).toEqual([l, true]); return i; };
      const own = at('OWN=$(param_or_empty "$MARKER_PARAM")');
      const guard = at('if [ -f "$META_DIR/meta.properties" ]; then');
      const ownWrite = at('[ "$OWN" = "$CLUSTER_ID" ] || aws ssm put-parameter --name "$MARKER_PARAM" --value "$CLUSTER_ID" --type String --overwrite > /dev/null');
      const start = at('systemctl enable --now kafka.service');
      expect(own).toBeLessThan(guard);
      expect(lines.findIndex((l) => l.includes('kafka-storage.sh format'))).toBeLessThan(ownWrite);
      expect(ownWrite).toBeLessThan(start);
      if (isController) {
        const name = bootVar(boot, 'MARKER_PARAM')!.replace(/\/formatted$/, '');
        expect(bootVar(boot, 'FORMED_PARAM')).toBe(`${name}/quorum-formed`);
        expect(at("FORMED=$(markers '/quorum-formed$')")).toBeLessThan(guard);
        expect(boot).toContain('markers() { aws ssm get-parameters-by-path --path "${MARKER_PARAM%/*/*}" --recursive --query "Parameters[?Value==\'$CLUSTER_ID\'].Name" --output text');
        expect(at('  if [ "$OWN" = "$CLUSTER_ID" ] || [ "$FORMED" -gt 0 ]; then')).toBeGreaterThan(guard);
        const count = at(`  N=$(markers '/${name.split('/').pop()!.replace(/-\d+$/, '')}-[0-9]*/formatted$')`);
        expect(lines[count + 1]).toBe(`  [ "$N" -lt ${controllers.length} ] || aws ssm put-parameter --name "$FORMED_PARAM" --value "$CLUSTER_ID" --type String --overwrite > /dev/null`);
        expect(ownWrite).toBeLessThan(count);
        expect(count).toBeLessThan(start);
      } else {
        expect(boot).not.toMatch(/markers|FORMED/);
        expect(boot).toContain('  if [ "$OWN" = "$CLUSTER_ID" ]; then');
      }
    }
    const scram = (b: string) => b.split('\n').filter((l) => l.includes('node.py scram') || l.includes('node.py voters') || l.trim().startsWith('for u in')).join('\n');
    expect(new Set(controllers.map((c) => scram(c.files['boot.sh']))).size).toBe(1);
    for (const b of brokers) expect(b.files['boot.sh']).not.toContain('scram-bootstrap.args');
    // No SCRAM record on a command line: the records go into a file the format reads as @file (argv is world-readable).
    for (const c of controllers) {
      const shell = c.files['boot.sh'].replace(/<<'PY'\n[\s\S]*?\nPY\n/, ''); // the shell lines, without the Python helper
      expect(shell).not.toMatch(/add-scram|saltedpassword/);
      if (plan.scramUsers.length > 0) expect(c.files['boot.sh']).toContain('  FORMAT_ARGS+=("@$SCRAM_ARGS")');
    }
  });
  test('9-13: listeners, protocol map, inter-broker listener; no PLAINTEXT; controller listener never SCRAM', () => {
    for (const n of nodes) {
      const p = n.props;
      const map = protocolMap(p.get('listener.security.protocol.map'));
      expect(p.get('controller.listener.names')).toBe('CONTROLLER');
      expect(map.has('CONTROLLER')).toBe(true);
      for (const proto of map.values()) expect(['SSL', 'SASL_SSL']).toContain(proto);
      const listeners = listenerEntries(p.get('listeners'));
      for (const l of listeners) expect(map.has(l.name)).toBe(true);
      const advertised = listenerEntries(p.get('advertised.listeners'));
      for (const a of advertised) {
        expect(a.host).toBe(plan.nodes.find((x) => String(x.nodeId) === p.get('node.id'))!.dnsName);
        expect(a.host).not.toMatch(/^(0\.0\.0\.0|localhost|127\.|\d+\.\d+\.\d+\.\d+)$/);
      }
      if (roles(p).includes('controller')) {
        expect(listeners.map((l) => l.name)).toEqual(['CONTROLLER']);
        expect(p.has('inter.broker.listener.name')).toBe(false);
      } else {
        expect(listeners.map((l) => l.name)).not.toContain('CONTROLLER');
        const ibl = p.get('inter.broker.listener.name')!;
        expect(ibl).not.toBe('CONTROLLER');
        expect(advertised.map((a) => a.name)).toContain(ibl);
        for (const l of listeners.filter((x) => x.name.startsWith('CLIENT_'))) {
          if (map.get(l.name) === 'SASL_SSL') expect(p.get(`listener.name.${l.name.toLowerCase()}.sasl.enabled.mechanisms`)).toBe('SCRAM-SHA-512');
          else expect(p.get(`listener.name.${l.name.toLowerCase()}.ssl.client.auth`)).toBe('required');
        }
      }
      if (map.get('CONTROLLER') === 'SSL') {
        if (roles(p).includes('controller')) expect(p.get('listener.name.controller.ssl.client.auth')).toBe('required');
      } else {
        expect(map.get('CONTROLLER')).toBe('SASL_SSL');
        expect(p.get('sasl.mechanism.controller.protocol')).toBe('PLAIN');
      }
      expect([...p.keys()].filter((k) => k.startsWith('listener.name.controller.scram'))).toEqual([]);
      expect(p.get('early.start.listeners') ?? '').not.toMatch(/CLIENT/);
    }
  });
  test('14: StandardAuthorizer, deny by default, exact super users on every node', () => {
    const principals = plan.nodes.map((n) => `User:CN=${n.dnsName}`);
    for (const n of nodes) {
      expect(n.props.get('authorizer.class.name')).toBe('org.apache.kafka.metadata.authorizer.StandardAuthorizer');
      expect(n.props.get('allow.everyone.if.no.acl.found')).toBe('false');
      const su = n.props.get('super.users')!.split(';');
      for (const pr of principals) expect(su).toContain(pr);
      expect(su).toContain('User:ops-admin');
    }
  });
  test('15: no secret in any file; secrets are read through config providers from files written at boot', () => {
    for (const n of nodes) {
      for (const [k, v] of n.props) {
        if (/password|\.key$|jaas|certificate/.test(k)) expect(v).not.toMatch(/password="(?!\$\{file:)|BEGIN|-----/);
        if (/^ssl\.keystore\.(key|certificate\.chain)$|truststore\.certificates$/.test(k)) expect(v).toMatch(/^\$\{dir:\/etc\/kafka\/tls:[a-z.-]+\}$/);
      }
      for (const f of Object.values(n.files)) expect(f).not.toMatch(/-----BEGIN|saltedpassword="[A-Za-z0-9+/]/);
      expect(n.files['boot.sh']).not.toMatch(/set -x|set -o xtrace|echo "\$CLUSTER_ID"/);
    }
  });
  test('16-17: production defaults and internal topics on brokers AND controllers', () => {
    for (const n of nodes) {
      expect(Object.fromEntries([...n.props].filter(([k]) => /replication\.factor$|min\.insync|min\.isr|num\.partitions|auto\.create|unclean/.test(k) && !k.startsWith('rlmm')))).toEqual({
        'default.replication.factor': '3', 'offsets.topic.replication.factor': '3', 'transaction.state.log.replication.factor': '3',
        'min.insync.replicas': '2', 'transaction.state.log.min.isr': '2', 'unclean.leader.election.enable': 'false',
        'auto.create.topics.enable': 'false', 'num.partitions': '3',
        // Share groups are on from 4.2: their state topic is as durable as the offsets topic.
        ...(plan.line.shareGroups === 'ga' ? { 'share.coordinator.state.topic.replication.factor': '3', 'share.coordinator.state.topic.min.isr': '2' } : {}),
      });
    }
  });
  test('18: broker.rack is the AZ; equal brokers per AZ', () => {
    const perRack = new Map<string, number>();
    for (const b of brokers) {
      const rack = b.props.get('broker.rack')!;
      expect(rack).toBe(bootVar(b.files['boot.sh'], 'EXPECTED_AZ'));
      perRack.set(rack, (perRack.get(rack) ?? 0) + 1);
    }
    expect(new Set(perRack.values()).size).toBe(1);
    for (const c of controllers) expect(c.props.has('broker.rack')).toBe(false);
  });
  test('19-20: own encrypted volume found by tags in the node AZ, XFS only when blank, mounted by UUID with nofail; Kafka waits for it', () => {
    for (const n of nodes) {
      const boot = n.files['boot.sh'];
      const node = plan.nodes.find((x) => x.name === n.nodeName)!;
      expect(node.volume).toMatchObject({ encrypted: true, retain: true, availabilityZone: node.availabilityZone });
      expect(boot).toContain('"Name=tag:kafka-iac:cluster,Values=$CLUSTER" "Name=tag:kafka-iac:node-id,Values=$NODE_ID" "Name=availability-zone,Values=$AZ"');
      expect(bootVar(boot, 'NODE_ID')).toBe(n.props.get('node.id'));
      expect(boot).toMatch(/if \[ -z "\$FSTYPE" \]; then[\s\S]*mkfs\.xfs -q "\$DEV"[\s\S]*elif/);
      expect(boot).toContain('echo "UUID=$FS_UUID /var/lib/kafka xfs defaults,noatime,nofail 0 2" >> /etc/fstab');
      const unit = parseUnit(n.files['kafka.service']);
      expect(unit.get('Unit')!.get('RequiresMountsFor')).toEqual(['/var/lib/kafka']);
      for (const dir of [n.props.get('log.dirs')!, n.props.get('metadata.log.dir') ?? '/var/lib/kafka/']) expect(dir.startsWith('/var/lib/kafka/')).toBe(true);
    }
  });
  test('19-20 (boot): transient failures retried: IMDS token and reads, the attaches (own helper, bounded, with backoff); AWS API calls by the CLI', () => {
    for (const n of nodes) {
      const boot = n.files['boot.sh'];
      const lines = boot.split('\n');
      expect(boot).toMatch(/^retry\(\) \{\n {2}local _n=\$1 _d=\$2 _i=1 _rc; shift 3\n {2}until "\$@"; do\n[\s\S]*?_d=\$\(\(_d \* 2 < 30 \? _d \* 2 : 30\)\)\n {2}done\n\}$/m);
      // The helper logs the attempt number and the command name, never its arguments ("$@", "$*", $2...).
      const body = lines.slice(lines.indexOf('retry() {'), lines.indexOf('}', lines.indexOf('retry() {')) + 1);
      for (const l of body.filter((x) => /\blog\b/.test(x))) {
        expect(l).toMatch(/>&2/);
        expect(l).not.toMatch(/\$[@*2-9]|\$\{[@*2-9]/);
      }
      // IMDS: the one curl helper prints a try's output only once complete; the token and every read go through retry.
      expect(boot).toContain(`imds_curl() { local v; v=$(curl -fsS -m 5 "$@") && printf '%s' "$v"; }`);
      const imdsLines = lines.filter((l) => l.includes('169.254.169.254'));
      expect(imdsLines.map((l) => l.split(/[=(]/)[0])).toEqual(['TOKEN', 'imds']);
      for (const l of imdsLines) expect(l).toMatch(/^(TOKEN=\$\(|imds\(\) \{ )retry [1-9]\d* [1-9]\d* -- imds_curl /);
      // Attaches: one try per retry attempt, re-reading the state each time ("in use by this instance" = success).
      expect(boot).toMatch(/^attach_own\(\) \{ retry [1-9]\d* [1-9]\d* -- attach_once "\$@" \|\| die /m);
      expect(boot).toContain('  [ "$state" = in-use ] && [ "$HOLDER" = "$INSTANCE_ID" ] && return 0');
      expect(boot).toContain('(held by $HOLDER); waiting"; return 1; }');
      expect(lines.filter((l) => /aws ec2 "\$@"/.test(l))).toEqual(['  aws ec2 "$@" "$ID" --instance-id "$INSTANCE_ID" > /dev/null']);
      expect(lines.filter((l) => /^attach_own /.test(l))).toHaveLength(2);
      // AWS API calls: the CLI's standard retry mode, exported before the first call.
      const retryEnv = lines.findIndex((l) => /^export AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=([5-9]|\d{2})$/.test(l));
      expect(retryEnv).toBeGreaterThan(0);
      expect(retryEnv).toBeLessThan(lines.findIndex((l) => /\baws (ssm|ec2|secretsmanager|s3)\b/.test(l)));
    }
  });
  test('21-22: explicit heap, Java 17+ on 4.x; systemd unit foreground, non-root, limits, restart, stop timeout', () => {
    for (const n of nodes) {
      const env = parseEnv(n.files['kafka.env']);
      const heap = /^-Xms(\d+)m -Xmx(\d+)m$/.exec(env.get('KAFKA_HEAP_OPTS')!)!;
      expect(heap[1]).toBe(heap[2]);
      // The JDK the boot script installs satisfies the line's minimum (17 on every 4.x line).
      const java = Number(/java-(\d+)-amazon-corretto-headless/.exec(n.files['boot.sh'])![1]);
      expect(java).toBeGreaterThanOrEqual(plan.line.minJava);
      if (plan.line.kraftOnly) expect(java).toBeGreaterThanOrEqual(17);
      const svc = parseUnit(n.files['kafka.service']).get('Service')!;
      expect(svc.get('ExecStart')![0]).toBe('/opt/kafka/bin/kafka-server-start.sh /etc/kafka/server.properties');
      expect(svc.get('Type')).toEqual(['simple']);
      expect(svc.get('User')![0]).not.toBe('root');
      expect(Number(svc.get('LimitNOFILE')![0])).toBeGreaterThanOrEqual(100000);
      expect(svc.get('Restart')).toEqual(['on-failure']);
      expect(Number(svc.get('TimeoutStopSec')![0])).toBeGreaterThanOrEqual(120);
      expect(parseUnit(n.files['kafka.service']).get('Unit')!.get('After')).toContain('network-online.target');
      // The boot script runs with umask 027: whatever the non-root user must read is created with explicit modes.
      const boot = n.files['boot.sh'];
      expect(boot).toMatch(/^umask 027$/m);
      expect(boot.split('\n').filter((l) => /\bmkdir\b/.test(l) && l.trim() !== 'mkdir -p /var/lib/kafka')).toEqual([]);
      expect(boot).toMatch(/^chmod -R a\+rX,go-w \/opt\/kafka\/$/m);
    }
  });
  test('23: tiered storage enabled on both roles; RLMM listener real and secured; plugin and S3 settings complete', () => {
    for (const n of nodes) {
      if (!plan.tieredStorage) {
        expect([...n.props.keys()].filter((k) => /^(remote\.|rsm\.|rlmm\.)/.test(k))).toEqual([]);
        continue;
      }
      expect(n.props.get('remote.log.storage.system.enable')).toBe('true');
      if (!roles(n.props).includes('broker')) continue;
      const rlmm = n.props.get('remote.log.metadata.manager.listener.name')!;
      expect(listenerEntries(n.props.get('listeners')).map((l) => l.name)).toContain(rlmm);
      expect(protocolMap(n.props.get('listener.security.protocol.map')).get(rlmm)).toBe('SSL');
      expect(n.props.get('rlmm.config.remote.log.metadata.common.client.security.protocol')).toBe('SSL');
      expect(n.props.get('rlmm.config.remote.log.metadata.common.client.ssl.keystore.key')).toMatch(/^\$\{dir:/);
      expect(n.props.get('remote.log.storage.manager.class.path')).toBe('/opt/kafka-tiered-storage/core/*:/opt/kafka-tiered-storage/s3/*');
      expect(n.props.get('rsm.config.storage.s3.bucket.name')).toBe(TIERED.bucketName);
      expect(n.props.get('rsm.config.storage.s3.region')).toBe(TIERED.region);
      expect(n.props.get('rsm.config.chunk.size')).toBe('4194304');
      expect(n.files['boot.sh']).toContain('unpack_jars /tmp/ts-core.tgz /opt/kafka-tiered-storage/core');
    }
  });
  test('25: JMX never exposed off-host; alarms on under-replicated partitions and quorum health', () => {
    for (const n of nodes) {
      const env = parseEnv(n.files['kafka.env']);
      expect(env.has('JMX_PORT')).toBe(false);
      const all = [...env.values()].join(' ');
      expect(all).not.toMatch(/jmxremote\.port|jmxremote\.authenticate=false|rmi\.port/);
      expect(env.get('KAFKA_JMX_OPTS')).toBeTruthy();
      expect(env.get('KAFKA_OPTS')).toMatch(/-javaagent:\S+=127\.0\.0\.1:7071:/);
    }
    const ids = plan.alarms.map((a) => a.id);
    expect(ids).toContain('NoActiveControllerAlarm');
    expect(ids).toContain('OfflinePartitionsAlarm');
    for (const b of brokers) expect(ids).toContain(`UnderReplicatedPartitions${b.nodeName.replace(/^broker-/, 'Broker')}Alarm`);
  });
});

describe('byte stability and size', () => {
  const base = spec({ tieredStorage: TIERED, clientAuthentication: { scram: { users: ['c', 'a', 'b'] }, mtls: {} }, superUsers: ['User:z', 'User:a'],
    serverProperties: { extraProperties: { 'num.io.threads': 16, 'compression.type': 'zstd', 'log.segment.bytes': 536870912 } } });
  const shuffled = spec({ tieredStorage: TIERED, clientAuthentication: { mtls: {}, scram: { users: ['b', 'c', 'a'] } }, superUsers: ['User:a', 'User:z'],
    serverProperties: { extraProperties: { 'log.segment.bytes': 536870912, 'compression.type': 'zstd', 'num.io.threads': 16 } } });
  test('rendering twice, and from shuffled equivalent input, gives identical bytes', () => {
    const a = JSON.stringify(renderNodeFiles(planSelfManagedCluster(base)));
    expect(JSON.stringify(renderNodeFiles(planSelfManagedCluster(base)))).toBe(a);
    expect(JSON.stringify(renderNodeFiles(planSelfManagedCluster(shuffled)))).toBe(a);
  });
  test('the largest shape (5 controllers, 30 brokers, 100 SCRAM users, every feature) stays far below 16 KB of user data', () => {
    const big = spec({
      kafkaVersion: '4.1.0', distribution: KAFKA_410, availabilityZones: AZS5, controllers: { count: 5 }, brokers: { count: 30, azCount: 5 },
      tieredStorage: TIERED, monitoring: { jmxExporter: EXPORTER }, controllerListenerAuthentication: 'sasl-plain',
      clientAuthentication: { scram: { users: Array.from({ length: 100 }, (_, i) => `service-user-${i}`) }, mtls: {} },
    });
    const nodes = renderNodeFiles(planSelfManagedCluster(big));
    expect(nodes).toHaveLength(35);
    const largest = Math.max(...nodes.map((n) => Buffer.byteLength(n.files['boot.sh'])));
    expect(largest).toBeLessThan(USER_DATA_LIMIT_BYTES * 0.85);
    for (const n of nodes) expect(invalidBrokerKeys(parseProperties(n.files['server.properties']).keys(), '4.1')).toEqual([]);
  });
  test('the matrix covers 3 and 5 controllers, 3/6/9 brokers, 3.9 and 4.x up to 4.4, both quorums, SCRAM and mTLS, tiered on/off', () => {
    expect(SHAPES.length).toBe(60);
    const labels = SHAPES.map((s) => s.label).join('\n');
    for (const f of ['3c/', '5c/', '/3b', '/6b', '/9b', '3.9.1', '4.0.0', '4.1.0', '4.3.2', '4.4.0', 'static', 'dynamic', 'scram', 'mtls', 'tiered', 'ctl=ssl', 'ctl=sasl-plain']) expect(labels).toContain(f);
    expect(new Set(SHAPES.map((x) => planSelfManagedCluster(x.spec).line.keyList))).toEqual(new Set(['3.9', '4.0', '4.1', '4.3', '4.4']));
  });
});

describe('development: one combined node', () => {
  const { plan, nodes } = render(spec({ mode: 'development', combinedMode: true, availabilityZones: ['eu-west-1a'], brokers: { count: 1 }, quorum: 'dynamic' }));
  test('one node with both roles, standalone dynamic quorum, RF 1, valid keys', () => {
    expect(nodes).toHaveLength(1);
    const p = nodes[0].props;
    expect(p.get('process.roles')).toBe('broker,controller');
    expect(listenerEntries(p.get('listeners')).map((l) => l.name)).toEqual(['CONTROLLER', 'REPLICATION', 'CLIENT_SCRAM']);
    expect(p.get('default.replication.factor')).toBe('1');
    expect(p.get('metadata.log.dir')).toBe('/var/lib/kafka/metadata');
    expect(nodes[0].files['boot.sh']).toContain('FORMAT_ARGS+=(--standalone)');
    expect(invalidBrokerKeys(p.keys(), plan.line.keyList)).toEqual([]);
  });
});
