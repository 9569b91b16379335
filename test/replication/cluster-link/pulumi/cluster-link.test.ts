/**
 * The `ClusterLink` component under mocks: exact child lists per mode, provider blocks, configuration, mirror topic
 * statuses, protection, unique URNs, and credentials only ever as secrets.
 */
import { ClusterLink, KafkaValidationError } from '../../../../lib/replication/cluster-link/pulumi';
import { cluster, DR, KEY_SECRET, withLink } from '../fixtures';
import { childList, MOCK_API_SECRET, rawInputs, recordLink, secretInputs, type LinkRecording } from './support';
import { mockedConfluentId } from '../../../confluent/pulumi/support';

const COMPONENT = 'kafka-iac:replication:ClusterLink';
const LINK = 'confluentcloud:index/clusterLink:ClusterLink';
const outputs = (l: ClusterLink) => ({ linkName: l.linkName, clusterLinkIds: l.clusterLinkIds, mirrorTopicStatuses: l.mirrorTopicStatuses });

describe('destination mode, imported clusters with keys', () => {
  let r: LinkRecording<ReturnType<typeof outputs>>;
  beforeAll(async () => {
    r = await recordLink(() => outputs(new ClusterLink('dr', withLink({ failover: { payments: 'failover' }, mirrorTopics: [{ sourceTopic: 'orders', paused: true }, { sourceTopic: 'payments' }] }))));
  });

  test('exact child list', () => {
    expect(childList(r.resources)).toEqual([`${COMPONENT} dr`, 'cc:ClusterLink dr', 'cc:KafkaMirrorTopic dr-mirror-orders', 'cc:KafkaMirrorTopic dr-mirror-payments'].sort());
  });

  test('children parented to the component; URNs unique and stable', () => {
    const componentUrn = `urn:pulumi:dev::proj::${COMPONENT}::dr`;
    for (const reg of r.registrations.filter((x) => x.type !== COMPONENT)) expect([reg.name, reg.parent]).toEqual([reg.name, componentUrn]);
    expect(new Set(r.urns).size).toBe(r.urns.length);
    expect(r.urns).toContain(`urn:pulumi:dev::proj::${COMPONENT}$${LINK}::dr`);
  });

  test('link: DESTINATION/OUTBOUND on the destination (REST), source by bootstrap with its key; config', () => {
    expect(r.byName('dr').inputs).toMatchObject({
      link: 'orders-dr', linkMode: 'DESTINATION', connectionMode: 'OUTBOUND',
      config: { 'consumer.offset.group.filters': '{"groupFilters":[{"name":"*","patternType":"LITERAL","filterType":"INCLUDE"}]}', 'consumer.offset.sync.enable': 'true' },
    });
    expect(rawInputs.get('dr')).toMatchObject({
      destinationKafkaCluster: { id: 'lkc-dr', restEndpoint: 'https://lkc-dr.us-west-2.aws.confluent.cloud:443', credentials: { key: 'KEY-lkc-dr', secret: KEY_SECRET } },
      sourceKafkaCluster: { id: 'lkc-primary', bootstrapEndpoint: 'SASL_SSL://lkc-primary.us-east-2.aws.confluent.cloud:9092', credentials: { key: 'KEY-lkc-primary', secret: KEY_SECRET } },
    });
    expect(rawInputs.get('dr')!.destinationKafkaCluster).not.toHaveProperty('bootstrapEndpoint');
    expect(rawInputs.get('dr')!.sourceKafkaCluster).not.toHaveProperty('restEndpoint');
    // The blocks that carry a key are secret as a whole; the link settings are not.
    expect(secretInputs.get('dr')).toEqual(['destinationKafkaCluster', 'sourceKafkaCluster']);
    expect(secretInputs.get('dr-mirror-orders')).toEqual(['kafkaCluster']);
  });

  test('mirror topics: status from the failover option, on the destination, protected and retained, after the link', () => {
    expect(r.byName('dr-mirror-orders').inputs).toMatchObject({ clusterLink: { linkName: 'orders-dr' }, sourceKafkaTopic: { topicName: 'orders' }, status: 'PAUSED' });
    expect(r.byName('dr-mirror-payments').inputs).toMatchObject({ status: 'FAILED_OVER' });
    expect(rawInputs.get('dr-mirror-orders')!.kafkaCluster).toMatchObject({ id: 'lkc-dr', credentials: { key: 'KEY-lkc-dr' } });
    const reg = r.registration('dr-mirror-payments');
    expect([reg.protect, reg.retainOnDelete]).toEqual([true, true]);
    expect(reg.dependencies).toEqual([expect.stringMatching(/::dr$/)]);
    expect(r.outputs.mirrorTopicStatuses).toEqual({ orders: 'PAUSED', payments: 'FAILED_OVER' });
  });

  test('link protected by default', () => {
    expect(r.registration('dr', LINK).protect).toBe(true);
  });

  test('no API secret anywhere in the recording or outputs', () => {
    expect(JSON.stringify({ resources: r.resources, outputs: r.outputs })).not.toContain(KEY_SECRET);
  });
});

test('source mode: INBOUND half first (no source key), then the SOURCE/OUTBOUND half on the source', async () => {
  const r = await recordLink(() => new ClusterLink('si', withLink({ mode: 'source', protect: false })));
  expect(childList(r.resources)).toEqual([`${COMPONENT} si`, 'cc:ClusterLink si', 'cc:ClusterLink si-source', 'cc:KafkaMirrorTopic si-mirror-orders', 'cc:KafkaMirrorTopic si-mirror-payments'].sort());
  expect(r.byName('si').inputs).toMatchObject({ linkMode: 'DESTINATION', connectionMode: 'INBOUND' });
  expect(rawInputs.get('si')!.sourceKafkaCluster).toEqual({ id: 'lkc-primary', bootstrapEndpoint: 'SASL_SSL://lkc-primary.us-east-2.aws.confluent.cloud:9092' });
  expect(r.byName('si-source').inputs).toMatchObject({ linkMode: 'SOURCE', connectionMode: 'OUTBOUND' });
  expect(r.byName('si-source').inputs.config).toBeUndefined();
  expect(rawInputs.get('si-source')).toMatchObject({
    sourceKafkaCluster: { id: 'lkc-primary', restEndpoint: 'https://lkc-primary.us-east-2.aws.confluent.cloud:443' },
    destinationKafkaCluster: { id: 'lkc-dr', bootstrapEndpoint: 'SASL_SSL://lkc-dr.us-west-2.aws.confluent.cloud:9092', credentials: { key: 'KEY-lkc-dr' } },
  });
  expect(r.registration('si-source').dependencies).toEqual([expect.stringMatching(/ClusterLink::si$/)]);
  expect(r.registration('si-mirror-orders').dependencies).toHaveLength(2);
  expect(r.registrations.filter((x) => x.type === LINK).map((x) => x.protect)).toEqual([false, false]);
});

test('bidirectional mode: local/remote blocks on each cluster, reverse mirrors on the source', async () => {
  const r = await recordLink(() => new ClusterLink('aa', withLink({
    mode: 'bidirectional', source: cluster('lkc-east', 'enterprise'), destination: cluster('lkc-west'), prefix: 'east.', reversePrefix: 'west.',
    mirrorTopics: [{ sourceTopic: 'orders' }], reverseMirrorTopics: [{ sourceTopic: 'orders' }],
  })));
  expect(childList(r.resources)).toEqual([
    `${COMPONENT} aa`, 'cc:ClusterLink aa', 'cc:ClusterLink aa-reverse', 'cc:KafkaMirrorTopic aa-mirror-east.orders', 'cc:KafkaMirrorTopic aa-reverse-mirror-west.orders',
  ].sort());
  expect(rawInputs.get('aa')).toMatchObject({ linkMode: 'BIDIRECTIONAL', localKafkaCluster: { id: 'lkc-west' }, remoteKafkaCluster: { id: 'lkc-east', credentials: { key: 'KEY-lkc-east' } } });
  expect(rawInputs.get('aa-reverse')).toMatchObject({ linkMode: 'BIDIRECTIONAL', localKafkaCluster: { id: 'lkc-east' }, remoteKafkaCluster: { id: 'lkc-west' } });
  expect(r.byName('aa-reverse').inputs.config).toMatchObject({ 'cluster.link.prefix': 'west.' });
  expect(r.byName('aa-reverse-mirror-west.orders').inputs).toMatchObject({ mirrorTopicName: 'west.orders', sourceKafkaTopic: { topicName: 'orders' } });
  expect(rawInputs.get('aa-reverse-mirror-west.orders')!.kafkaCluster).toMatchObject({ id: 'lkc-east' });
  expect(new Set(r.urns).size).toBe(r.urns.length);
});

test('a cluster given by rbacCrn only: service account, CloudClusterAdmin binding and key, secret output, link after them', async () => {
  const { credentials: _omit, ...noKey } = cluster('lkc-primary', 'standard');
  const crn = 'crn://confluent.cloud/organization=o/environment=env-abc123/cloud-cluster=lkc-primary';
  const r = await recordLink(() => new ClusterLink('dr', withLink({ source: { ...noKey, rbacCrn: crn } })));
  expect(childList(r.resources)).toEqual([
    `${COMPONENT} dr`, 'cc:ApiKey dr-source-link-key', 'cc:ClusterLink dr', 'cc:KafkaMirrorTopic dr-mirror-orders', 'cc:KafkaMirrorTopic dr-mirror-payments',
    'cc:RoleBinding dr-source-link-admin', 'cc:ServiceAccount dr-source-link',
  ].sort());
  expect(r.byName('dr-source-link').inputs).toMatchObject({ displayName: 'orders-dr-source-link' });
  const sa = mockedConfluentId('serviceAccount', 'ServiceAccount', 'dr-source-link');
  expect(r.byName('dr-source-link-admin').inputs).toEqual({ principal: `User:${sa}`, roleName: 'CloudClusterAdmin', crnPattern: crn });
  expect(r.byName('dr-source-link-key').inputs).toMatchObject({ owner: { id: sa, kind: 'ServiceAccount' }, managedResource: { id: 'lkc-primary', kind: 'Cluster', environment: { id: 'env-abc123' } } });
  expect(r.registration('dr-source-link-key').additionalSecretOutputs).toContain('secret');
  expect(r.registration('dr', LINK).dependencies).toEqual(expect.arrayContaining([expect.stringMatching(/::dr-source-link-key$/), expect.stringMatching(/::dr-source-link-admin$/)]));
  expect(rawInputs.get('dr')!.sourceKafkaCluster).toMatchObject({ credentials: { key: mockedConfluentId('apiKey', 'ApiKey', 'dr-source-link-key'), secret: MOCK_API_SECRET } });
  expect(JSON.stringify(r.resources)).not.toContain(MOCK_API_SECRET);
});

test('invalid input throws one KafkaValidationError naming the component before any resource is registered', async () => {
  let n = 0;
  await expect(recordLink(() => { n++; return new ClusterLink('bad', withLink({ destination: cluster('lkc-dr', 'standard') })); }))
    .rejects.toThrow(/ClusterLink 'bad': 1 invalid property:\n {2}- \[cluster-link\/destination-type\]/);
  expect(n).toBe(1);
  expect(() => new ClusterLink('bad2', DR)).toBeDefined();
  expect(KafkaValidationError).toBeDefined();
});
