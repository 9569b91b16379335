/**
 * The optional Kafka Connect cluster and its connectors, with the MirrorMaker 2 source connector rendered from
 * typed props. Called by `planGcpKafkaCluster` only.
 */
import { assertNever, expectInteger, expectNumber, IssueCollector, IsUnknown, KafkaProperties, sortKeys, suggestKey } from '../core';
import { clientKeys39, mirrorMaker2Keys39 } from '../core/config/kafka-keys.generated';
import { CONNECT_CAPACITY, FORMATS, MIRROR_SOURCE_CONNECTOR, OAUTHBEARER_JAAS } from './limits';
import { googleOAuthSettings } from './client-properties';
import type { GcpKafkaConnectorPlan, GcpKafkaConnectPlan } from './plan-types';
import type { GcpKafkaConnectorSpec, GcpKafkaConnectSpec, GcpKafkaTaskRestartPolicy } from './spec';

const MM2_KEYS: ReadonlySet<string> = new Set(mirrorMaker2Keys39);
const CLIENT_KEYS: ReadonlySet<string> = new Set(clientKeys39);
/** Connector-mode client prefixes (`source.cluster.<client key>`, ...) and free-form plugin prefixes. */
const CLIENT_PREFIX = /^(source|target)\.(cluster|consumer|producer|admin)\.(.+)$/;
const PLUGIN_PREFIXES = [/^(transforms|predicates)\.[A-Za-z0-9_-]+\..+$/, /^replication\.policy\.[A-Za-z0-9_.-]+$/, /^config\.providers(\.[A-Za-z0-9_-]+\.(class|param\.[A-Za-z0-9_.-]+))?$/];
/** Replication defaults of the source connector; MirrorMaker 2's own default `replication.factor` is 2. */
const MM2_DEFAULTS: Readonly<Record<string, string>> = {
  'replication.factor': '3',
  'offset-syncs.topic.replication.factor': '3',
  // Copying the source's ACLs would grant access nobody reviewed here; manage ACLs with `acls`.
  'sync.topic.acls.enabled': 'false',
};
const PLAINTEXT_PROTOCOLS = ['PLAINTEXT', 'SASL_PLAINTEXT'];
/**
 * Config keys that carry credentials: Kafka's `sasl.jaas.config`, `*.password`, `ssl.keystore.key`, and the usual
 * connector plugin names (`gcp.credentials.json`, `basic.auth.user.info`, `*.secret`, `*.token`). Deliberately broad:
 * a false positive only hides a value in previews, a miss leaves a credential readable in the state.
 */
const SENSITIVE_KEY = /(password|secret|token|credential|jaas\.config|keystore\.key|user\.info|private\.key)/i;

/**
 * True when a connector's configs hold a credential (so they must be stored as a Pulumi secret). The library's own
 * Google OAUTHBEARER JAAS line names no credential (the login handler fetches tokens) and does not count.
 */
export function holdsCredential(configs: Readonly<Record<string, string>>): boolean {
  return Object.entries(configs).some(([key, value]) => SENSITIVE_KEY.test(key) && !(key.endsWith('sasl.jaas.config') && value === OAUTHBEARER_JAAS));
}
const GIB = 1024 ** 3;

/** True when `key` is a MirrorMaker 2 source connector key per the Kafka 3.9 lists. */
export function isMirrorMaker2ConnectorKey(key: string): boolean {
  if (MM2_KEYS.has(key)) return true;
  const m = CLIENT_PREFIX.exec(key);
  if (m) return CLIENT_KEYS.has(m[3]!);
  return PLUGIN_PREFIXES.some((re) => re.test(key));
}

export function planConnect(
  spec: GcpKafkaConnectSpec, ctx: { clusterId: string; region: string; bootstrapAddress: string }, c: IssueCollector, isUnknown: IsUnknown,
): GcpKafkaConnectPlan {
  const connectClusterId = spec.connectClusterId ?? `${ctx.clusterId}-connect`;
  if (!FORMATS.resourceId.test(connectClusterId)) {
    c.error('gcp-kafka/connect-id', 'connect.connectClusterId', 'be 1-63 lower-case letters, digits or hyphens, starting with a letter', connectClusterId, 'Rename it, e.g. "orders-connect".');
  }
  // Type first: a vCPU count that fails is reported once, and the memory rule that depends on it is skipped.
  const typedVcpu = spec.vcpuCount === undefined ? CONNECT_CAPACITY.defaultVcpu
    : expectInteger(spec.vcpuCount, { code: 'gcp-kafka/connect-vcpu', path: 'connect.vcpuCount' }, c, { min: CONNECT_CAPACITY.minVcpu, fix: 'Use 3 or more vCPUs.' });
  const vcpu = typedVcpu ?? CONNECT_CAPACITY.defaultVcpu;
  const typedMemory = spec.memoryGiB === undefined ? vcpu * CONNECT_CAPACITY.defaultMemoryGiBPerVcpu
    : expectNumber(spec.memoryGiB, { code: 'gcp-kafka/connect-memory', path: 'connect.memoryGiB' }, c);
  const memoryGiB = typedMemory ?? vcpu * CONNECT_CAPACITY.defaultMemoryGiBPerVcpu;
  if (typedVcpu === undefined || typedMemory === undefined) {
    // Reported by the type checks above.
  } else if (!Number.isInteger(memoryGiB * 1024) || memoryGiB < CONNECT_CAPACITY.minMemoryGiB
    || memoryGiB < vcpu * CONNECT_CAPACITY.memoryGiBPerVcpu.min || memoryGiB > vcpu * CONNECT_CAPACITY.memoryGiBPerVcpu.max) {
    c.error('gcp-kafka/connect-memory', 'connect.memoryGiB', `be ${vcpu * CONNECT_CAPACITY.memoryGiBPerVcpu.min}-${vcpu * CONNECT_CAPACITY.memoryGiBPerVcpu.max} GiB for ${vcpu} vCPUs (1-8 GiB each, MiB granularity)`,
      spec.memoryGiB, `Use e.g. ${vcpu * CONNECT_CAPACITY.defaultMemoryGiBPerVcpu}.`);
  }
  if (!isUnknown(spec.primarySubnet)) {
    const m = FORMATS.subnet.exec(spec.primarySubnet ?? '');
    if (!m) {
      c.error('gcp-kafka/connect-subnet', 'connect.primarySubnet', 'be projects/<project>/regions/<region>/subnetworks/<name>', spec.primarySubnet, 'Pass the full subnet name (at least a /22).');
    } else if (m[2] !== ctx.region) {
      c.error('gcp-kafka/connect-subnet-region', 'connect.primarySubnet', `be in the cluster's region (${ctx.region})`, m[2], 'Pick a subnet of that region.');
    }
  }
  const seen = new Set<string>();
  const connectors = (spec.connectors ?? []).map((k, i) => {
    const at = `connect.connectors[${i}]`;
    if (typeof k.name !== 'string' || !FORMATS.resourceId.test(k.name)) {
      c.error('gcp-kafka/connector-name', `${at}.name`, 'be 1-63 lower-case letters, digits or hyphens, starting with a letter', k.name, 'Rename it, e.g. "mirror-from-legacy".');
    } else if (seen.has(k.name)) {
      c.error('gcp-kafka/connector-duplicate', `${at}.name`, 'be unique', k.name, 'Remove the duplicate.');
    }
    seen.add(k.name);
    return planConnector(k, at, ctx.bootstrapAddress, c);
  });
  return {
    connectClusterId,
    vcpuCount: vcpu,
    memoryBytes: String(Math.round(memoryGiB * GIB)),
    primarySubnet: spec.primarySubnet,
    dnsDomainNames: [...(spec.dnsDomainNames ?? [])],
    connectors,
  };
}

function planConnector(k: GcpKafkaConnectorSpec, at: string, bootstrapAddress: string, c: IssueCollector): GcpKafkaConnectorPlan {
  const taskRestartPolicy = restartPolicy(k.taskRestartPolicy, `${at}.taskRestartPolicy`, c);
  switch (k.kind) {
    case 'mirrormaker2-source': {
      const configs = mirrorSourceConfigs(k, at, bootstrapAddress, c);
      return { connectorId: k.name, configs, sensitive: holdsCredential(configs), taskRestartPolicy };
    }
    case 'custom': {
      const configs = { ...(k.configs ?? {}) };
      if (!configs['connector.class']) {
        c.error('gcp-kafka/connector-class', `${at}.configs.connector.class`, 'be set', undefined, 'Name the connector class, e.g. "com.google.pubsub.kafka.sink.CloudPubSubSinkConnector".');
      }
      if (configs.name !== undefined && configs.name !== k.name) {
        c.error('gcp-kafka/connector-config-name', `${at}.configs.name`, `equal the connector name (${k.name})`, configs.name, 'Remove it; the plan sets it.');
      }
      configs.name = k.name;
      return { connectorId: k.name, configs: sortKeys(configs), sensitive: holdsCredential(configs), taskRestartPolicy };
    }
    default:
      return assertNever(k, 'connector kind');
  }
}

function mirrorSourceConfigs(k: Extract<GcpKafkaConnectorSpec, { kind: 'mirrormaker2-source' }>, at: string, bootstrapAddress: string, c: IssueCollector): Record<string, string> {
  const sourceAlias = k.sourceAlias ?? 'source';
  const targetAlias = k.targetAlias ?? 'target';
  for (const [prop, alias] of [['sourceAlias', sourceAlias], ['targetAlias', targetAlias]] as const) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(alias)) {
      c.error('gcp-kafka/mm2-alias', `${at}.${prop}`, 'be letters, digits, "_" or "-" (no dots)', alias, 'Use e.g. "legacy".');
    }
  }
  if (sourceAlias === targetAlias) {
    c.error('gcp-kafka/mm2-alias', `${at}.targetAlias`, 'differ from sourceAlias', targetAlias, 'Name the two clusters differently.');
  }
  const tasksMax = (k.tasksMax === undefined ? 3 : expectInteger(k.tasksMax, { code: 'gcp-kafka/mm2-tasks', path: `${at}.tasksMax` }, c, { min: 1, fix: 'Use e.g. 3.' })) ?? 3;
  if (typeof k.sourceBootstrapServers !== 'string' || !/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/.test(k.sourceBootstrapServers)) {
    c.error('gcp-kafka/mm2-source-bootstrap', `${at}.sourceBootstrapServers`, 'be host:port[,host:port...]', k.sourceBootstrapServers, 'Pass the source cluster bootstrap list.');
  }

  const props = new KafkaProperties();
  const identity = props.section('connector');
  identity('connector.class', MIRROR_SOURCE_CONNECTOR);
  identity('name', k.name);
  identity('source.cluster.alias', sourceAlias);
  identity('target.cluster.alias', targetAlias);
  identity('topics', k.topics ?? '.*');
  identity('tasks.max', tasksMax);
  const target = props.section('target');
  target('target.cluster.bootstrap.servers', bootstrapAddress);
  for (const [key, value] of googleOAuthSettings()) target(`target.cluster.${key}`, value);
  const source = props.section('source');
  source('source.cluster.bootstrap.servers', k.sourceBootstrapServers);
  const extra = k.extraConfigs ?? {};
  if (k.sourceAuth?.kind === 'google') {
    for (const [key, value] of googleOAuthSettings()) source(`source.cluster.${key}`, value);
  } else if (k.sourceAuth?.kind === 'configs') {
    const protocol = extra['source.cluster.security.protocol'];
    if (protocol === undefined) {
      c.error('gcp-kafka/mm2-source-auth', `${at}.extraConfigs.source.cluster.security.protocol`, 'be set with sourceAuth { kind: "configs" }', undefined,
        'Set it (e.g. "SASL_SSL") with the matching source.cluster.sasl.* or ssl.* keys.');
    } else if (PLAINTEXT_PROTOCOLS.includes(protocol) && k.sourceAuth.allowPlaintext !== true) {
      c.error('gcp-kafka/mm2-source-plaintext', `${at}.extraConfigs.source.cluster.security.protocol`, 'use TLS (SSL or SASL_SSL)', protocol,
        'Mirrored data would cross the network unencrypted; use TLS, or set `sourceAuth.allowPlaintext: true`.');
    }
  } else {
    c.error('gcp-kafka/mm2-source-auth', `${at}.sourceAuth`, "be { kind: 'google' } or { kind: 'configs' }", k.sourceAuth, 'Say how the connector authenticates to the source cluster.');
  }
  const defaults = props.section('defaults');
  for (const [key, value] of Object.entries(MM2_DEFAULTS)) if (extra[key] === undefined) defaults(key, value);
  const more = props.section('extra');
  for (const [key, value] of Object.entries(extra)) {
    const path = `${at}.extraConfigs.${key}`;
    if (props.has(key)) {
      c.error('gcp-kafka/mm2-owned-key', path, 'not override a key the connector props control', key,
        'Use name, sourceAlias, targetAlias, topics, tasksMax, sourceBootstrapServers or sourceAuth; the target cluster settings are fixed.');
    } else if (key.startsWith('target.cluster.') && /(security\.protocol|sasl\.|ssl\.)/.test(key)) {
      c.error('gcp-kafka/mm2-owned-key', path, 'not change how the connector authenticates to this cluster', key, 'The target is always reached with SASL_SSL OAUTHBEARER.');
    } else if (!isMirrorMaker2ConnectorKey(key)) {
      const hint = suggestKey(key, mirrorMaker2Keys39);
      c.error('gcp-kafka/mm2-config-unknown', path, 'be a MirrorMaker 2 connector key (Kafka 3.9)', key, hint ? `Did you mean "${hint}"?` : 'See the MirrorMaker 2 configuration reference.');
    } else {
      more(key, value);
    }
  }
  return sortKeys(props.toRecord());
}

function restartPolicy(p: GcpKafkaTaskRestartPolicy | undefined, at: string, c: IssueCollector): GcpKafkaConnectorPlan['taskRestartPolicy'] {
  if (p === undefined) return undefined;
  for (const f of ['minimumBackoff', 'maximumBackoff'] as const) {
    if (typeof p[f] !== 'string' || !FORMATS.duration.test(p[f])) {
      c.error('gcp-kafka/connector-backoff', `${at}.${f}`, 'be a duration in seconds such as "60s"', p[f], 'Use e.g. "60s" and "1800s".');
    }
  }
  if (FORMATS.duration.test(p.minimumBackoff) && FORMATS.duration.test(p.maximumBackoff) && parseFloat(p.minimumBackoff) > parseFloat(p.maximumBackoff)) {
    c.error('gcp-kafka/connector-backoff', `${at}.maximumBackoff`, `be at least minimumBackoff (${p.minimumBackoff})`, p.maximumBackoff, 'Swap the two values.');
  }
  return { minimumBackoff: p.minimumBackoff, maximumBackoff: p.maximumBackoff };
}
