/**
 * The dedicated-mode `mm2.properties` of a deployment, identical on every node, rendered section by section
 * (conventions §1). It names secret files, never secrets: SCRAM JAAS lines are read through the FileConfigProvider from
 * files the boot script writes out of Secrets Manager.
 */
import { KafkaProperties } from '../../../core';
import * as D from '../defaults';
import type { MirrorMaker2Plan, MirrorMakerClusterPlan } from '../plan-types';

type Set = (key: string, value: string | number | boolean | undefined) => void;

function connection(set: Set, cl: MirrorMakerClusterPlan): void {
  const a = cl.alias;
  set(`${a}.bootstrap.servers`, cl.bootstrapServers);
  set(`${a}.security.protocol`, cl.securityProtocol);
  switch (cl.auth.mechanism) {
    case 'iam':
      set(`${a}.sasl.mechanism`, 'AWS_MSK_IAM');
      set(`${a}.sasl.jaas.config`, `${D.IAM_LOGIN_MODULE} required;`);
      set(`${a}.sasl.client.callback.handler.class`, D.IAM_CALLBACK_HANDLER);
      break;
    case 'scram':
      set(`${a}.sasl.mechanism`, cl.saslMechanism);
      set(`${a}.sasl.jaas.config`, `\${file:${cl.credentialsFile}:sasl.jaas.config}`);
      break;
    case 'mtls':
      set(`${a}.ssl.keystore.type`, 'PEM');
      set(`${a}.ssl.keystore.location`, cl.keystoreFile);
      break;
  }
  if (cl.truststoreFile) {
    set(`${a}.ssl.truststore.type`, 'PEM');
    set(`${a}.ssl.truststore.location`, cl.truststoreFile);
  }
  // Host-name verification stays on (the Kafka default `https`); it is written so that nobody wonders.
  set(`${a}.ssl.endpoint.identification.algorithm`, 'https');
  // A source is read committed-only: records of aborted or still-open transactions are never copied (the consumer
  // default, read_uncommitted, copies them as plain records), and MirrorSourceConnector supports exactly-once only so.
  if (cl.role === 'source') set(`${a}.consumer.isolation.level`, 'read_committed');
}

/** The library's entries (no user extras): also used to refuse extras that collide with them. */
export function buildMirrorMakerProperties(plan: Omit<MirrorMaker2Plan, 'extraProperties'>): KafkaProperties {
  const p = new KafkaProperties();
  p.section('clusters')('clusters', plan.clusters.map((c) => c.alias).join(','));

  const conn = p.section('connections');
  for (const cl of plan.clusters) connection(conn, cl);
  if (plan.clusters.some((cl) => cl.credentialsFile)) {
    const prov = p.section('config providers');
    prov('config.providers', 'file');
    prov('config.providers.file.class', D.FILE_CONFIG_PROVIDER);
  }

  const policy = p.section('replication policy');
  policy('replication.policy.class', D.POLICY_CLASS[plan.replicationPolicy]);
  if (plan.replicationPolicy === 'default') policy('replication.policy.separator', '.');

  // MirrorMaker 2 creates replicated and internal topics at replication factor 2 unless told otherwise.
  const rf = p.section('replication factors');
  for (const k of ['replication.factor', 'checkpoints.topic.replication.factor', 'heartbeats.topic.replication.factor', 'offset-syncs.topic.replication.factor',
    'config.storage.replication.factor', 'offset.storage.replication.factor', 'status.storage.replication.factor']) {
    rf(k, plan.replicationFactor);
  }

  for (const f of plan.flows) {
    const set = p.section(`flow ${f.id}`);
    const k = (key: string, v: string | number | boolean) => set(`${f.id}.${key}`, v);
    k('enabled', true);
    k('topics', f.topics.join(','));
    k('topics.exclude', f.topicsExclude.join(','));
    k('groups', f.groups.join(','));
    k('groups.exclude', f.groupsExclude.join(','));
    k('tasks.max', plan.tasksMax);
    k('sync.topic.configs.enabled', true);
    // ACL sync copies topic ACLs with ALLOW ALL downgraded to READ and no principal mapping; IAM clusters have no ACLs.
    k('sync.topic.acls.enabled', false);
    k('emit.heartbeats.enabled', true);
    k('emit.checkpoints.enabled', true);
    k('emit.checkpoints.interval.seconds', plan.offsetSyncIntervalSeconds);
    k('sync.group.offsets.enabled', true);
    k('sync.group.offsets.interval.seconds', plan.offsetSyncIntervalSeconds);
    k('emit.offset-syncs.enabled', true);
    // Offset syncs on the target: the source is only read, never written.
    k('offset-syncs.topic.location', 'target');
  }

  if (plan.exactlyOnce) p.section('exactly-once (KIP-618)')(`${plan.targetCluster}.exactly.once.source.support`, 'enabled');

  const rest = p.section('dedicated mode');
  if (plan.internalRest) {
    // KIP-710: followers forward task configurations to the leader over Connect's REST API.
    rest('dedicated.mode.enable.internal.rest', true);
    rest('listeners', `http://:${plan.restPort}`);
  }
  return p;
}

export function renderMirrorMakerProperties(plan: MirrorMaker2Plan): string {
  const p = buildMirrorMakerProperties(plan);
  const extra = p.section('extra properties');
  for (const [k, v] of Object.entries(plan.extraProperties)) extra(k, v);
  return [`# kafka-iac MirrorMaker 2 ${plan.name}: flows into ${plan.targetCluster}. Generated: do not edit.`, p.serialize()].join('\n');
}
