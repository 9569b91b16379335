/**
 * The Managed Kafka Pulumi example runs under mocks: recorded resources, URNs and outputs are snapshotted, so a
 * rename that would replace the cluster fails here first.
 */
import { program } from '../../../examples/pulumi/gcp-managed-kafka-production/program';
import { COMPONENT_TYPE, recordGcp, type GcpRecording } from './support';

const APP = 'orders-api@orders-prod-123.iam.gserviceaccount.com';

describe('examples/pulumi/gcp-managed-kafka-production', () => {
  let r: GcpRecording<ReturnType<typeof program>>;
  beforeAll(async () => {
    r = await recordGcp(program);
  });
  const inputs = (name: string) => r.byName(name).inputs as Record<string, any>;

  test('snapshot: resources, URNs and outputs', () => {
    expect({ resources: r.resources, urns: r.urns, outputs: r.outputs }).toMatchSnapshot();
  });

  test('CMEK created and granted before the protected cluster', () => {
    expect(inputs('orders').gcpConfig.kmsKey).toBe('projects/orders-prod-123/locations/europe-west1/keyRings/orders-prod-kafka/cryptoKeys/orders-prod');
    expect(inputs('orders-kms-grant').role).toBe('roles/cloudkms.cryptoKeyEncrypterDecrypter');
    expect(r.registration('orders').dependencies).toContain(r.urns.find((u) => u.endsWith('::orders-kms-grant')));
    expect(r.registration('orders').protect).toBe(true);
  });

  test('two topics with RF 3 and min.insync.replicas 2; the application bound and allowed by ACLs', () => {
    for (const t of ['orders.v1', 'orders.dead-letter']) {
      expect(inputs(`orders-topic-${t}`)).toMatchObject({ replicationFactor: 3, configs: { 'min.insync.replicas': '2' } });
    }
    expect(inputs(`orders-client-${APP}`)).toEqual({ project: 'orders-prod-123', role: 'roles/managedkafka.client', member: `serviceAccount:${APP}` });
    expect(inputs('orders-acl-topicPrefixed/orders.').aclEntries).toHaveLength(2);
    // The analytics intent: its own ACLs on the topic and group, and the client role.
    const analytics = 'analytics@orders-prod-123.iam.gserviceaccount.com';
    expect(inputs('orders-acl-topic/orders.v1').aclEntries).toEqual(['READ', 'DESCRIBE'].map((operation) => ({ principal: `User:${analytics}`, operation, permissionType: 'ALLOW', host: '*' })));
    expect(inputs('orders-acl-consumerGroup/analytics').aclEntries).toHaveLength(2);
    expect(inputs(`orders-client-${analytics}`).member).toBe(`serviceAccount:${analytics}`);
  });

  test('outputs: bootstrap address and client properties', () => {
    const o = r.outputs as Record<string, string>;
    expect(o.bootstrapAddress).toBe('bootstrap.orders-prod.europe-west1.managedkafka.orders-prod-123.cloud.goog:9092');
    expect(o.clientProperties).toContain('security.protocol=SASL_SSL\nsasl.mechanism=OAUTHBEARER\n');
  });

  test('every resource is parented to the component', () => {
    for (const reg of r.registrations) expect(reg.parent === '' ? reg.type : reg.parent).toMatch(new RegExp(`^(${COMPONENT_TYPE}|.*::${COMPONENT_TYPE}::orders)$`));
  });
});
