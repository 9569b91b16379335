/**
 * `server.properties` of one node, built section by section into an ordered, duplicate-refusing map (the Strimzi
 * builder pattern, conventions §1). No secret is ever written here: TLS material and passwords are read at start-up
 * through config providers from files the boot script writes (`${dir:...}`, `${file:...}`).
 */
import { KafkaProperties, renderServerProperties as renderTypedProperties } from '../../core';
import { CONTROLLER_PLAIN_USER, LISTENERS, PATHS, TIERED_CHUNK_SIZE } from '../defaults';
import type { ListenerPlan, NodePlan, SelfManagedClusterPlan } from '../plan-types';

type Setter = (key: string, value: string | number | boolean | undefined) => void;

/** Files under `PATHS.tlsDir` (from the node's TLS secret) and `PATHS.secretsDir` (passwords). */
export const SECRET_FILES = {
  certificateChain: 'node.crt',
  privateKey: 'node.key',
  caCertificates: 'ca.crt',
  clientCaCertificates: 'client-ca.crt',
  controllerPassword: 'controller.properties',
} as const;

const tls = (file: string) => `\${dir:${PATHS.tlsDir}:${file}}`;
const controllerPassword = `\${file:${PATHS.secretsDir}/${SECRET_FILES.controllerPassword}:password}`;

/**
 * Client properties of a node's own admin tools (voter metric, boot signal) on the brokers' REPLICATION listener: mTLS
 * with the node's certificate, a super user, read through the `dir` config provider. Holds no secret, only references.
 */
export function nodeClientProperties(): string[] {
  return ['security.protocol=SSL', 'config.providers=dir', 'config.providers.dir.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider',
    `config.providers.dir.param.allowed.paths=${PATHS.tlsDir}`, 'ssl.keystore.type=PEM', `ssl.keystore.certificate.chain=${tls(SECRET_FILES.certificateChain)}`,
    `ssl.keystore.key=${tls(SECRET_FILES.privateKey)}`, 'ssl.truststore.type=PEM', `ssl.truststore.certificates=${tls(SECRET_FILES.caCertificates)}`];
}

const lower = (listener: string) => listener.toLowerCase();

/** The listeners this node opens, in the plan's order. */
export function nodeListeners(plan: SelfManagedClusterPlan, node: NodePlan): ListenerPlan[] {
  return plan.listeners.filter((l) => node.listeners.includes(l.name));
}

function withRolesAndIdentity(set: Setter, node: NodePlan): void {
  set('process.roles', node.processRoles.join(','));
  set('node.id', node.nodeId);
}

function withListeners(set: Setter, plan: SelfManagedClusterPlan, node: NodePlan): void {
  const mine = nodeListeners(plan, node);
  const isBroker = node.processRoles.includes('broker');
  set('listeners', mine.map((l) => `${l.name}://:${l.port}`).join(','));
  // Advertised endpoints are the stable DNS name, never an IP. Controllers advertise theirs from 3.9 (KIP-853).
  const advertised = mine.filter((l) => l.name !== LISTENERS.controller.name || plan.line.dynamicQuorum);
  if (advertised.length > 0) set('advertised.listeners', advertised.map((l) => `${l.name}://${node.dnsName}:${l.port}`).join(','));
  // Every node maps the controller listener; brokers also map the listeners they open. No PLAINTEXT entry.
  const mapped = plan.listeners.filter((l) => l.name === LISTENERS.controller.name || mine.includes(l));
  set('listener.security.protocol.map', mapped.map((l) => `${l.name}:${l.protocol}`).join(','));
  set('controller.listener.names', LISTENERS.controller.name);
  if (isBroker) set('inter.broker.listener.name', LISTENERS.replication.name);
}

function withQuorum(set: Setter, plan: SelfManagedClusterPlan): void {
  set('controller.quorum.voters', plan.quorum.voters);
  set('controller.quorum.bootstrap.servers', plan.quorum.bootstrapServers);
}

function withStorage(set: Setter, node: NodePlan): void {
  if (node.processRoles.includes('broker')) {
    set('log.dirs', PATHS.dataDir);
    // The metadata log of a combined node shares the volume but keeps its own directory.
    if (node.processRoles.includes('controller')) set('metadata.log.dir', PATHS.metadataDir);
  } else {
    set('log.dirs', PATHS.metadataDir);
    set('metadata.log.dir', PATHS.metadataDir);
  }
}

function withRack(set: Setter, node: NodePlan): void {
  if (node.processRoles.includes('broker')) set('broker.rack', node.availabilityZone);
}

function withConfigProviders(set: Setter, plan: SelfManagedClusterPlan): void {
  const file = plan.controllerListenerAuthentication === 'sasl-plain';
  set('config.providers', file ? 'dir,file' : 'dir');
  set('config.providers.dir.class', 'org.apache.kafka.common.config.provider.DirectoryConfigProvider');
  set('config.providers.dir.param.allowed.paths', PATHS.tlsDir);
  if (file) {
    set('config.providers.file.class', 'org.apache.kafka.common.config.provider.FileConfigProvider');
    set('config.providers.file.param.allowed.paths', PATHS.secretsDir);
  }
}

function withTls(set: Setter, plan: SelfManagedClusterPlan, node: NodePlan): void {
  // Node certificate (CN and SAN = the node's DNS name) and the cluster CA, for every TLS listener and client.
  set('ssl.keystore.type', 'PEM');
  set('ssl.keystore.certificate.chain', tls(SECRET_FILES.certificateChain));
  set('ssl.keystore.key', tls(SECRET_FILES.privateKey));
  set('ssl.truststore.type', 'PEM');
  set('ssl.truststore.certificates', tls(SECRET_FILES.caCertificates));
  set('ssl.endpoint.identification.algorithm', 'https');
  for (const l of nodeListeners(plan, node)) {
    if (l.mutualTls) set(`listener.name.${lower(l.name)}.ssl.client.auth`, 'required');
    if (l.name === LISTENERS.mtls.name) {
      set(`listener.name.${lower(l.name)}.ssl.truststore.type`, 'PEM');
      set(`listener.name.${lower(l.name)}.ssl.truststore.certificates`, tls(SECRET_FILES.clientCaCertificates));
      set(`listener.name.${lower(l.name)}.ssl.principal.mapping.rules`, plan.mtls?.principalMappingRules);
    }
  }
}

function withSasl(set: Setter, plan: SelfManagedClusterPlan, node: NodePlan): void {
  const mine = nodeListeners(plan, node);
  const scram = mine.find((l) => l.saslMechanism === 'SCRAM-SHA-512');
  if (scram) {
    // Server side of SCRAM needs no password: credentials live in the metadata log.
    set(`listener.name.${lower(scram.name)}.sasl.enabled.mechanisms`, 'SCRAM-SHA-512');
    set(`listener.name.${lower(scram.name)}.scram-sha-512.sasl.jaas.config`, 'org.apache.kafka.common.security.scram.ScramLoginModule required;');
  }
  if (plan.controllerListenerAuthentication === 'sasl-plain') {
    // Every node is a client of the controller listener; controllers also serve it. The password comes from a file.
    set('sasl.mechanism.controller.protocol', 'PLAIN');
    const name = lower(LISTENERS.controller.name);
    if (node.processRoles.includes('controller')) set(`listener.name.${name}.sasl.enabled.mechanisms`, 'PLAIN');
    set(`listener.name.${name}.plain.sasl.jaas.config`,
      `org.apache.kafka.common.security.plain.PlainLoginModule required username="${CONTROLLER_PLAIN_USER}" password="${controllerPassword}" user_${CONTROLLER_PLAIN_USER}="${controllerPassword}";`);
  }
}

function withAuthorization(set: Setter, plan: SelfManagedClusterPlan): void {
  set('authorizer.class.name', 'org.apache.kafka.metadata.authorizer.StandardAuthorizer');
  set('allow.everyone.if.no.acl.found', false);
  set('super.users', plan.superUsers.join(';'));
}

function withTieredStorage(set: Setter, plan: SelfManagedClusterPlan, node: NodePlan): void {
  const t = plan.tieredStorage;
  if (!t) return;
  // Both roles: the controller refuses topics with remote.storage.enable=true unless the system is enabled.
  set('remote.log.storage.system.enable', true);
  if (!node.processRoles.includes('broker')) return;
  set('remote.log.storage.manager.class.name', 'io.aiven.kafka.tieredstorage.RemoteStorageManager');
  set('remote.log.storage.manager.class.path', `${PATHS.tieredPluginDir}/core/*:${PATHS.tieredPluginDir}/s3/*`);
  set('rsm.config.storage.backend.class', 'io.aiven.kafka.tieredstorage.storage.s3.S3Storage');
  set('rsm.config.storage.s3.bucket.name', t.bucketName);
  set('rsm.config.storage.s3.region', t.region);
  set('rsm.config.key.prefix', t.keyPrefix);
  set('rsm.config.chunk.size', TIERED_CHUNK_SIZE);
  set('rsm.config.fetch.chunk.cache.class', 'io.aiven.kafka.tieredstorage.fetch.cache.DiskChunkCache');
  set('rsm.config.fetch.chunk.cache.path', PATHS.tieredCacheDir);
  set('rsm.config.fetch.chunk.cache.size', t.chunkCacheSizeBytes);
  set('rsm.config.upload.rate.limit.bytes.per.second', t.uploadRateLimitBytesPerSecond);
  // The metadata manager talks to the replication listener, with the node certificate (mTLS).
  set('remote.log.metadata.manager.listener.name', LISTENERS.replication.name);
  const client = 'rlmm.config.remote.log.metadata.common.client.';
  set(`${client}security.protocol`, 'SSL');
  set(`${client}ssl.keystore.type`, 'PEM');
  set(`${client}ssl.keystore.certificate.chain`, tls(SECRET_FILES.certificateChain));
  set(`${client}ssl.keystore.key`, tls(SECRET_FILES.privateKey));
  set(`${client}ssl.truststore.type`, 'PEM');
  set(`${client}ssl.truststore.certificates`, tls(SECRET_FILES.caCertificates));
  set('rlmm.config.remote.log.metadata.topic.replication.factor', plan.serverProperties.defaultReplicationFactor ?? 3);
}

/** Share and streams group settings of the whole cluster (KIP-932, KIP-1071), on brokers and controllers alike. */
function withGroups(set: Setter, properties: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(properties)) set(key, value);
}

/** Ordered properties of a node (exposed for tests and the CLI). */
export function buildServerProperties(plan: SelfManagedClusterPlan, node: NodePlan): KafkaProperties {
  const p = new KafkaProperties();
  withRolesAndIdentity(p.section('Roles and identity'), node);
  withListeners(p.section('Listeners (stable DNS names)'), plan, node);
  withQuorum(p.section(`KRaft quorum (${plan.quorum.mode})`), plan);
  withStorage(p.section('Storage'), node);
  withRack(p.section('Rack awareness'), node);
  withConfigProviders(p.section('Config providers (secrets are read from files written at boot)'), plan);
  withTls(p.section('TLS (PEM, node certificate)'), plan, node);
  withSasl(p.section('SASL'), plan, node);
  withAuthorization(p.section('Authorization'), plan);
  withTieredStorage(p.section('Tiered storage (KIP-405, Aiven S3 plugin)'), plan, node);
  if (Object.keys(plan.groups.share.properties).length > 0) withGroups(p.section('Share groups (KIP-932)'), plan.groups.share.properties);
  if (Object.keys(plan.groups.streams.properties).length > 0) withGroups(p.section('Streams groups (KIP-1071)'), plan.groups.streams.properties);
  // Production defaults and validated extras on brokers AND controllers (the controller applies its own config).
  renderTypedProperties(plan.serverProperties, { keyList: plan.line.keyList, path: 'serverProperties' }, p);
  return p;
}

/** `server.properties` text of a node. Byte-stable for the same plan. */
export function renderServerProperties(plan: SelfManagedClusterPlan, node: NodePlan): string {
  return `# kafka-iac: ${plan.clusterName} ${node.name} (node.id ${node.nodeId}), Kafka ${plan.kafkaVersion}. Generated: do not edit.\n`
    + buildServerProperties(plan, node).serialize();
}
