import * as fs from 'fs';
import * as path from 'path';
import type * as pulumi from '@pulumi/pulumi';
import { ManagedKafkaCluster, type ManagedKafkaClusterArgs } from '../../../lib/gcp-managed-kafka/pulumi';
import { mockProjectNumber } from '../../../lib/testing/pulumi';
import { invalidMirrorMaker2ConnectorKeys } from '../../support/kafka-keys';
import { APP_SA, CA_POOL, HOST_PROJECT, KEY, NETWORK, PROJECT, PROJECT_NUMBER, REGION, SHARED_NETWORK, SHARED_SUBNET, SUBNET } from '../fixtures';
import { COMPONENT_TYPE, childList, gcpMocks, recordGcp, type GcpRecording } from './support';

const AGENT = `service-${PROJECT_NUMBER}@gcp-sa-managedkafka.iam.gserviceaccount.com`;
const COMPONENT_URN = `urn:pulumi:dev::proj::${COMPONENT_TYPE}::kafka`;
const BOOTSTRAP = `bootstrap-abc123.c0aad26f.${REGION}.managedkafka.s.cloud.goog`;
const LEGACY_DNS = `legacy.${REGION}.managedkafka.${PROJECT}.cloud.goog`;

/** Every prop set to a non-default value. */
const FULL: ManagedKafkaClusterArgs = {
  clusterId: 'orders',
  project: PROJECT,
  region: REGION,
  projectNumber: PROJECT_NUMBER,
  vcpuCount: 6,
  memoryGiB: 30,
  brokerDiskGiB: 200,
  rebalanceMode: 'NO_REBALANCE',
  labels: { team: 'payments' },
  subnets: [{ subnet: SUBNET, network: NETWORK }, { subnet: SHARED_SUBNET, network: SHARED_NETWORK }],
  hostProjectServiceAgentRole: 'grant',
  encryptionKey: { kind: 'create', keyRingId: 'orders-ring', rotationPeriodDays: 30 },
  acceptReplacementOnKeyChange: false,
  protect: true,
  workload: { ingressMBps: 8, consumerFanOut: 2 },
  mtls: { caPools: [CA_POOL], sslPrincipalMappingRules: 'RULE:^CN=(.*?),OU=Apps.*$/$1/,DEFAULT' },
  topics: [
    { name: 'orders', partitions: 12, partitionsFloor: 6, replicationFactor: 3, minInSyncReplicas: 2, retentionHours: 72, configs: { 'cleanup.policy': 'delete' } },
    { name: 'scratch', replicationFactor: 2, allowReplicationFactorBelow3: true, retentionHours: 'unlimited' },
  ],
  acls: [{ resource: 'topic/orders', entries: [{ principal: `User:${APP_SA}`, operation: 'WRITE', permission: 'ALLOW' }] }],
  clientServiceAccounts: [APP_SA],
  access: [{ name: 'scratch-reader', principal: { kind: 'native', id: APP_SA }, consume: ['scratch'], groups: ['scratch-reader'] }],
  connect: {
    connectClusterId: 'orders-mm2',
    vcpuCount: 4,
    memoryGiB: 8,
    primarySubnet: SUBNET,
    dnsDomainNames: [LEGACY_DNS],
    connectors: [
      {
        kind: 'mirrormaker2-source',
        name: 'mirror-legacy',
        sourceBootstrapServers: `bootstrap.legacy.${REGION}.managedkafka.${PROJECT}.cloud.goog:9092`,
        sourceAuth: { kind: 'google' },
        topics: 'orders.*',
        sourceAlias: 'legacy',
        targetAlias: 'gmk',
        tasksMax: 6,
        extraConfigs: { 'refresh.topics.interval.seconds': '60' },
        taskRestartPolicy: { minimumBackoff: '60s', maximumBackoff: '1800s' },
      },
    ],
  },
  bootstrapAddress: BOOTSTRAP,
};

type Built = { cluster: ManagedKafkaCluster };
const build = (args: ManagedKafkaClusterArgs) => (): Built => ({ cluster: new ManagedKafkaCluster('kafka', args) });
const MINIMAL: ManagedKafkaClusterArgs = { clusterId: 'orders', project: PROJECT, region: REGION, subnets: [{ subnet: SUBNET }], topics: [{ name: 'orders', retentionHours: 168 }] };

describe('ManagedKafkaCluster: every prop set', () => {
  let r: GcpRecording<Built>;
  let cluster: ManagedKafkaCluster;
  let outputs: Record<string, unknown>;
  beforeAll(async () => {
    r = await recordGcp(() => {
      const built = build(FULL)();
      cluster = built.cluster;
      return built;
    });
    outputs = await resolve({
      bootstrapAddress: cluster.bootstrapAddress, clientProperties: cluster.clientProperties, kmsKeyName: cluster.kmsKeyName,
      serviceAgentEmail: cluster.serviceAgentEmail, topics: cluster.topics, connectClusterName: cluster.connectClusterName!, clusterName: cluster.clusterName,
    });
  });
  const inputs = (name: string) => r.byName(name).inputs as Record<string, any>;

  test('exact child list', () => {
    expect(childList(r.resources)).toEqual([
      `${COMPONENT_TYPE} kafka`,
      'gcp:managedkafka/cluster:Cluster kafka',
      'gcp:projects/serviceIdentity:ServiceIdentity kafka-service-identity',
      'gcp:kms/keyRing:KeyRing kafka-keyring',
      'gcp:kms/cryptoKey:CryptoKey kafka-key',
      'gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember kafka-kms-grant',
      `gcp:projects/iAMMember:IAMMember kafka-host-agent-${HOST_PROJECT}`,
      'gcp:managedkafka/topic:Topic kafka-topic-orders',
      'gcp:managedkafka/topic:Topic kafka-topic-scratch',
      'gcp:managedkafka/acl:Acl kafka-acl-topic/orders',
      'gcp:managedkafka/acl:Acl kafka-acl-topic/scratch',
      'gcp:managedkafka/acl:Acl kafka-acl-consumerGroup/scratch-reader',
      `gcp:projects/iAMMember:IAMMember kafka-client-${APP_SA}`,
      'gcp:managedkafka/connectCluster:ConnectCluster kafka-connect',
      'gcp:managedkafka/connector:Connector kafka-connector-mirror-legacy',
    ].sort());
  });

  test('every child is parented to the component; URNs are unique and stable', () => {
    const children = r.registrations.filter((x) => x.type !== COMPONENT_TYPE);
    expect(children.length).toBe(r.resources.length - 1);
    for (const child of children) expect(child.parent).toBe(COMPONENT_URN);
    expect(new Set(r.urns).size).toBe(r.urns.length);
    expect(r.urns).toContain(`urn:pulumi:dev::proj::${COMPONENT_TYPE}$gcp:managedkafka/cluster:Cluster::kafka`);
  });

  test('snapshot: resources, URNs and outputs', () => {
    expect({ resources: r.resources, urns: r.urns, outputs }).toMatchSnapshot();
  });

  // Security-relevant inputs, one by one.
  test('CMEK: a created key with rotation, in the cluster region, on the cluster', () => {
    expect(inputs('kafka-keyring')).toMatchObject({ name: 'orders-ring', location: REGION, project: PROJECT });
    expect(inputs('kafka-key')).toMatchObject({ name: 'orders', purpose: 'ENCRYPT_DECRYPT', rotationPeriod: '2592000s' });
    const keyName = `projects/${PROJECT}/locations/${REGION}/keyRings/orders-ring/cryptoKeys/orders`;
    expect(inputs('kafka').gcpConfig.kmsKey).toBe(keyName);
    expect(outputs.kmsKeyName).toBe(keyName);
  });

  test('the service agent holds cryptoKeyEncrypterDecrypter on the key before the cluster is created', () => {
    expect(inputs('kafka-kms-grant')).toEqual({
      cryptoKeyId: `projects/${PROJECT}/locations/${REGION}/keyRings/orders-ring/cryptoKeys/orders`,
      role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
      member: `serviceAccount:${AGENT}`,
    });
    const grantUrn = r.urns.find((u) => u.endsWith('::kafka-kms-grant'))!;
    expect(r.registration('kafka').dependencies).toContain(grantUrn);
    expect(r.registration('kafka-kms-grant').dependencies).toContain(r.urns.find((u) => u.endsWith('::kafka-service-identity')));
    expect(inputs('kafka-service-identity')).toEqual({ project: PROJECT, service: 'managedkafka.googleapis.com' });
    expect(outputs.serviceAgentEmail).toBe(AGENT);
  });

  test('subnets only (no public path); the Shared VPC host project grants the service agent role first', () => {
    expect(inputs('kafka').gcpConfig.accessConfig).toEqual({ networkConfigs: [{ subnet: SUBNET }, { subnet: SHARED_SUBNET }] });
    expect(inputs(`kafka-host-agent-${HOST_PROJECT}`)).toEqual({ project: HOST_PROJECT, role: 'roles/managedkafka.serviceAgent', member: `serviceAccount:${AGENT}` });
    expect(r.registration('kafka').dependencies).toContain(r.urns.find((u) => u.endsWith(`::kafka-host-agent-${HOST_PROJECT}`)));
  });

  test('capacity, disk, rebalance mode and labels reach the cluster', () => {
    expect(inputs('kafka')).toMatchObject({
      clusterId: 'orders', location: REGION, project: PROJECT,
      capacityConfig: { vcpuCount: '6', memoryBytes: String(30 * 1024 ** 3) },
      brokerCapacityConfig: { diskSizeGib: '200' },
      rebalanceConfig: { mode: 'NO_REBALANCE' },
      labels: { team: 'payments' },
    });
  });

  test('mTLS trust from the CA pool with the mapping rules', () => {
    expect(inputs('kafka').tlsConfig).toEqual({ trustConfig: { casConfigs: [{ caPool: CA_POOL }] }, sslPrincipalMappingRules: 'RULE:^CN=(.*?),OU=Apps.*$/$1/,DEFAULT' });
  });

  test('protect and retainOnDelete on every data-holding resource; key changes refused through ignoreChanges (no replacement)', () => {
    const held = ['kafka', 'kafka-keyring', 'kafka-key', 'kafka-topic-orders', 'kafka-topic-scratch', 'kafka-connect', 'kafka-connector-mirror-legacy'];
    for (const n of held) expect([n, r.registration(n).protect, r.registration(n).retainOnDelete]).toEqual([n, true, true]);
    expect(r.registration('kafka')).toMatchObject({ ignoreChanges: ['gcpConfig.kmsKey'], replaceOnChanges: [], deleteBeforeReplace: false });
    for (const n of ['kafka-acl-topic/orders', `kafka-client-${APP_SA}`]) expect([n, r.registration(n).protect, r.registration(n).retainOnDelete]).toEqual([n, false, false]);
  });

  test("the provider's deletionPolicy PREVENT on the cluster, topics, Connect cluster and connectors", () => {
    for (const n of ['kafka', 'kafka-topic-orders', 'kafka-topic-scratch', 'kafka-connect', 'kafka-connector-mirror-legacy']) {
      expect([n, inputs(n).deletionPolicy]).toEqual([n, 'PREVENT']);
    }
    expect(inputs('kafka-acl-topic/orders').deletionPolicy).toBeUndefined();
  });

  test('topics: values as planned, replication factor in ignoreChanges', () => {
    expect(inputs('kafka-topic-orders')).toEqual({
      topicId: 'orders', cluster: 'orders', location: REGION, project: PROJECT, partitionCount: 12, replicationFactor: 3,
      configs: { 'cleanup.policy': 'delete', 'min.insync.replicas': '2', 'retention.ms': String(72 * 3_600_000) }, deletionPolicy: 'PREVENT',
    });
    expect(inputs('kafka-topic-scratch')).toMatchObject({ replicationFactor: 2, partitionCount: 3, configs: { 'min.insync.replicas': '1', 'retention.ms': '-1' } });
    expect(r.registration('kafka-topic-orders').ignoreChanges).toEqual(['replicationFactor']);
    expect(outputs.topics).toEqual({ orders: { partitions: 12, replicationFactor: 3 }, scratch: { partitions: 3, replicationFactor: 2 } });
  });

  test('ACLs and roles/managedkafka.client for the application service account', () => {
    expect(inputs('kafka-acl-topic/orders')).toEqual({
      aclId: 'topic/orders', cluster: 'orders', location: REGION, project: PROJECT,
      aclEntries: [{ principal: `User:${APP_SA}`, operation: 'WRITE', permissionType: 'ALLOW', host: '*' }],
    });
    expect(inputs(`kafka-client-${APP_SA}`)).toEqual({ project: PROJECT, role: 'roles/managedkafka.client', member: `serviceAccount:${APP_SA}` });
  });

  test('Connect cluster attached to the cluster, MirrorMaker 2 source connector with valid keys', () => {
    expect(inputs('kafka-connect')).toEqual({
      connectClusterId: 'orders-mm2', kafkaCluster: `projects/${PROJECT}/locations/${REGION}/clusters/orders`, location: REGION, project: PROJECT,
      capacityConfig: { vcpuCount: '4', memoryBytes: String(8 * 1024 ** 3) },
      gcpConfig: { accessConfig: { networkConfigs: [{ primarySubnet: SUBNET, dnsDomainNames: [LEGACY_DNS] }] } },
      labels: { team: 'payments' }, deletionPolicy: 'PREVENT',
    });
    const connector = inputs('kafka-connector-mirror-legacy');
    expect(connector).toMatchObject({ connectorId: 'mirror-legacy', connectCluster: 'orders-mm2', taskRestartPolicy: { minimumBackoff: '60s', maximumBackoff: '1800s' } });
    expect(connector.configs).toMatchObject({
      'connector.class': 'org.apache.kafka.connect.mirror.MirrorSourceConnector', topics: 'orders.*', 'tasks.max': '6',
      'source.cluster.alias': 'legacy', 'target.cluster.alias': 'gmk', 'target.cluster.bootstrap.servers': `${BOOTSTRAP}:9092`,
      'target.cluster.sasl.mechanism': 'OAUTHBEARER', 'refresh.topics.interval.seconds': '60',
    });
    expect(invalidMirrorMaker2ConnectorKeys(Object.keys(connector.configs))).toEqual([]);
  });

  test('outputs: the given bootstrap address and client properties', () => {
    expect(outputs.bootstrapAddress).toBe(`${BOOTSTRAP}:9092`);
    expect(outputs.clientProperties).toContain(`bootstrap.servers=${BOOTSTRAP}:9092\n`);
    expect(outputs.clientProperties).toContain('sasl.login.callback.handler.class=com.google.cloud.hosted.kafka.auth.GcpLoginCallbackHandler\n');
    expect(outputs.clusterName).toBe(`projects/${PROJECT}/locations/${REGION}/clusters/orders`);
    expect(outputs.connectClusterName).toBe(`projects/${PROJECT}/locations/${REGION}/connectClusters/orders-mm2`);
  });

  /** Where each top-level prop lands; the keys must be exactly the props of `GcpKafkaClusterSpec`. */
  const REACHES: Record<string, () => void> = {
    clusterId: () => expect(inputs('kafka').clusterId).toBe('orders'),
    project: () => expect(inputs('kafka').project).toBe(PROJECT),
    region: () => expect(inputs('kafka').location).toBe(REGION),
    projectNumber: () => expect(inputs('kafka-kms-grant').member).toContain(PROJECT_NUMBER),
    vcpuCount: () => expect(inputs('kafka').capacityConfig.vcpuCount).toBe('6'),
    memoryGiB: () => expect(inputs('kafka').capacityConfig.memoryBytes).toBe(String(30 * 1024 ** 3)),
    brokerDiskGiB: () => expect(inputs('kafka').brokerCapacityConfig.diskSizeGib).toBe('200'),
    rebalanceMode: () => expect(inputs('kafka').rebalanceConfig.mode).toBe('NO_REBALANCE'),
    labels: () => [inputs('kafka'), inputs('kafka-key'), inputs('kafka-connect')].forEach((i) => expect(i.labels).toEqual({ team: 'payments' })),
    subnets: () => expect(inputs('kafka').gcpConfig.accessConfig.networkConfigs).toHaveLength(2),
    hostProjectServiceAgentRole: () => expect(inputs(`kafka-host-agent-${HOST_PROJECT}`).role).toBe('roles/managedkafka.serviceAgent'),
    encryptionKey: () => expect(inputs('kafka-key').rotationPeriod).toBe('2592000s'),
    acceptReplacementOnKeyChange: () => expect(r.registration('kafka').ignoreChanges).toEqual(['gcpConfig.kmsKey']),
    protect: () => expect(r.registration('kafka').protect).toBe(true),
    // A sizing input: it reaches the plan (6 vCPUs carry 8 MBps read twice, so no warning) and no resource.
    workload: () => {
      expect(cluster.plan.workload).toEqual({ ingressMBps: 8, consumerFanOut: 2 });
      expect(cluster.plan.warnings.filter((w) => w.code.startsWith('sizing/'))).toEqual([]);
    },
    mtls: () => expect(inputs('kafka').tlsConfig.trustConfig.casConfigs).toEqual([{ caPool: CA_POOL }]),
    topics: () => expect(inputs('kafka-topic-orders').partitionCount).toBe(12),
    acls: () => expect(inputs('kafka-acl-topic/orders').aclId).toBe('topic/orders'),
    clientServiceAccounts: () => expect(inputs(`kafka-client-${APP_SA}`).member).toBe(`serviceAccount:${APP_SA}`),
    access: () => expect(inputs('kafka-acl-topic/scratch').aclEntries).toEqual([
      { principal: `User:${APP_SA}`, operation: 'READ', permissionType: 'ALLOW', host: '*' }, { principal: `User:${APP_SA}`, operation: 'DESCRIBE', permissionType: 'ALLOW', host: '*' },
    ]),
    connect: () => expect(inputs('kafka-connect').connectClusterId).toBe('orders-mm2'),
    bootstrapAddress: () => expect(inputs('kafka-connector-mirror-legacy').configs['target.cluster.bootstrap.servers']).toBe(`${BOOTSTRAP}:9092`),
  };

  test('EVERY prop reaches a resource (or its options)', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../../lib/gcp-managed-kafka/spec.ts'), 'utf8');
    const block = /export interface GcpKafkaClusterSpec \{([\s\S]*?)\n\}/.exec(source)![1]!;
    const props = [...block.matchAll(/^ {2}readonly (\w+)\??:/gm)].map((m) => m[1]).sort();
    expect(Object.keys(REACHES).sort()).toEqual(props);
    expect(Object.keys(FULL).sort()).toEqual(props);
    for (const check of Object.values(REACHES)) check();
  });

  test('every topic and connector prop reaches its resource', () => {
    // partitionsFloor and allowReplicationFactorBelow3 are guards: their effect is tested in the plan's bad-input table.
    expect(inputs('kafka-topic-orders')).toMatchObject({ topicId: 'orders', partitionCount: 12, replicationFactor: 3 });
    expect(inputs('kafka-topic-orders').configs).toMatchObject({ 'min.insync.replicas': '2', 'retention.ms': '259200000', 'cleanup.policy': 'delete' });
    expect(inputs('kafka-connect').capacityConfig).toEqual({ vcpuCount: '4', memoryBytes: String(8 * 1024 ** 3) });
  });
});

describe('ManagedKafkaCluster: defaults', () => {
  let r: GcpRecording<Built>;
  beforeAll(async () => {
    r = await recordGcp(build(MINIMAL));
  });
  const inputs = (name: string) => r.byName(name).inputs as Record<string, any>;

  test('project number looked up; CMEK key created; grant ordered before the cluster', () => {
    // The number getProject reports (the default mocks derive it from the project id).
    expect(inputs('kafka-kms-grant').member).toBe(`serviceAccount:service-${mockProjectNumber(PROJECT)}@gcp-sa-managedkafka.iam.gserviceaccount.com`);
    expect(inputs('kafka-keyring')).toMatchObject({ name: 'orders-kafka', location: REGION });
    expect(inputs('kafka-key')).toMatchObject({ name: 'orders', rotationPeriod: '7776000s' });
    expect(r.registration('kafka').dependencies).toContain(r.urns.find((u) => u.endsWith('::kafka-kms-grant')));
  });

  test('auto rebalance, 3 vCPUs / 12 GiB, an explicit empty TLS config, protect by default', () => {
    expect(inputs('kafka')).toMatchObject({ rebalanceConfig: { mode: 'AUTO_REBALANCE_ON_SCALE_UP' }, capacityConfig: { vcpuCount: '3', memoryBytes: String(12 * 1024 ** 3) }, tlsConfig: {} });
    expect(inputs('kafka').brokerCapacityConfig).toBeUndefined();
    expect(r.registration('kafka').protect).toBe(true);
  });

  test('topic defaults: RF 3, min.insync.replicas 2, 3 partitions, retention as given', () => {
    expect(inputs('kafka-topic-orders')).toMatchObject({ replicationFactor: 3, partitionCount: 3, configs: { 'min.insync.replicas': '2', 'retention.ms': '604800000' } });
  });

  test('no host grant, client binding, Connect cluster or ACL unless asked', () => {
    expect(childList(r.resources).filter((x) => /projects\/iAMMember|ConnectCluster|Connector|Acl /.test(x))).toEqual([]);
  });
});

describe('ManagedKafkaCluster: connector credentials', () => {
  const PASSWORD = 'mm2-Password-Never-In-State';
  test('a connector config holding a password is a secret input and output; others stay readable', async () => {
    const r = await recordGcp(build({
      ...MINIMAL,
      connect: {
        primarySubnet: SUBNET,
        connectors: [
          {
            kind: 'mirrormaker2-source', name: 'mirror-onprem', sourceBootstrapServers: 'kafka.onprem.example:9093', sourceAuth: { kind: 'configs' },
            extraConfigs: {
              'source.cluster.security.protocol': 'SASL_SSL', 'source.cluster.sasl.mechanism': 'SCRAM-SHA-512',
              'source.cluster.sasl.jaas.config': `org.apache.kafka.common.security.scram.ScramLoginModule required username="mm2" password="${PASSWORD}";`,
            },
          },
          { kind: 'custom', name: 'plain', configs: { 'connector.class': 'com.example.Sink', topics: 'orders' } },
        ],
      },
    }));
    expect(r.byName('kafka-connector-mirror-onprem').inputs.configs).toBe('[secret]');
    expect(r.registration('kafka-connector-mirror-onprem').additionalSecretOutputs).toEqual(['configs']);
    expect(JSON.stringify(r.resources)).not.toContain(PASSWORD);
    expect(r.byName('kafka-connector-plain').inputs.configs).toEqual({ 'connector.class': 'com.example.Sink', name: 'plain', topics: 'orders' });
    expect(r.registration('kafka-connector-plain').additionalSecretOutputs).toEqual([]);
  });
});

describe('ManagedKafkaCluster: immutable settings', () => {
  test('existing key and accepted replacement: replaceOnChanges + deleteBeforeReplace, no ignoreChanges, not protected', async () => {
    const r = await recordGcp(build({ ...MINIMAL, encryptionKey: { kind: 'existing', keyName: KEY }, acceptReplacementOnKeyChange: true, protect: false }));
    expect(r.registration('kafka')).toMatchObject({ ignoreChanges: [], replaceOnChanges: ['gcpConfig.kmsKey'], deleteBeforeReplace: true, protect: false, retainOnDelete: false });
    expect(r.byName('kafka').inputs).toMatchObject({ gcpConfig: { kmsKey: KEY }, deletionPolicy: 'DELETE' });
    expect(r.byName('kafka-kms-grant').inputs).toMatchObject({ cryptoKeyId: KEY });
    expect(childList(r.resources).filter((x) => x.includes('kms/key'))).toEqual([]);
  });

  /** A program whose "deployed" state (mocked) differs from the desired one in an immutable setting. */
  const refusal = (scenario: 'key' | 'replication-factor') => recordGcp(() => {
    new ManagedKafkaCluster('kafka', {
      clusterId: 'orders', project: PROJECT, region: REGION, projectNumber: PROJECT_NUMBER, subnets: [{ subnet: SUBNET }],
      encryptionKey: { kind: 'existing', keyName: KEY }, topics: [{ name: 'orders', retentionHours: 168 }],
    });
    return {};
  }, scenario === 'key'
    ? gcpMocks({ clusterState: (i) => ({ gcpConfig: { ...i.gcpConfig, kmsKey: `projects/${PROJECT}/locations/${REGION}/keyRings/kafka/cryptoKeys/old` } }) })
    : gcpMocks({ topicState: (i) => ({ ...i, replicationFactor: 1 }) }));

  // Like `pulumi up`, the program fails (the check runs inside an apply on the deployed state).
  test('a deployed cluster with another key: the program fails with gcp-kafka/kms-key-change (the key is ignored, never replaced)', async () => {
    await expect(refusal('key')).rejects.toThrow('[gcp-kafka/kms-key-change] `encryptionKey` must stay "projects/orders-prod-123/locations/europe-west1/keyRings/kafka/cryptoKeys/old"');
  });

  test('a deployed topic with another replication factor: the program fails with gcp-kafka/replication-factor-change', async () => {
    await expect(refusal('replication-factor')).rejects.toThrow('[gcp-kafka/replication-factor-change] `topics[0].replicationFactor` must stay 1');
  });

  test('invalid props throw one KafkaValidationError naming the component', async () => {
    await expect(recordGcp(build({ ...MINIMAL, vcpuCount: 2, topics: [{ name: 'orders', retentionHours: 168, replicationFactor: 1 }] }))).rejects.toThrow(
      /^ManagedKafkaCluster 'kafka': 2 invalid properties:\n {2}- \[gcp-kafka\/vcpu\]/,
    );
  });
});

test('two components in one program have distinct URNs', async () => {
  const r = await recordGcp(() => {
    new ManagedKafkaCluster('a', MINIMAL);
    new ManagedKafkaCluster('b', { ...MINIMAL, clusterId: 'orders-b' });
    return {};
  });
  expect(new Set(r.urns).size).toBe(r.urns.length);
  expect(r.urns.length).toBe(r.registrations.length);
});

async function resolve(o: Record<string, pulumi.Output<unknown>>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = await new Promise((res) => v.apply((x) => { res(x); return x; }));
  return out;
}
