/**
 * The catalog of a self-managed cluster (pure): its target row in `validateCatalog`, the admin user checks with their
 * exact messages, and what the faces hand the admin function.
 */
import {
  analyzeSelfManagedCatalog, planSelfManagedCatalog, planSelfManagedCluster, selfManagedCatalogContext, SELF_MANAGED_CATALOG_WAIT_SECONDS,
} from '../../lib/self-managed-ec2';
import { KafkaValidationError } from '../../lib/core/issues';
import { spec, TIERED } from './fixtures';

const never = () => false;
const ADMIN_SPEC = { clientAuthentication: { scram: { users: ['orders-admin', 'orders-app'] } }, superUsers: ['User:orders-admin'] };
const cluster = planSelfManagedCluster(spec(ADMIN_SPEC));
const codes = (issues: readonly { code: string; severity: string }[]) => issues.filter((i) => i.severity === 'error').map((i) => i.code);

test('the target context comes from the cluster plan: line, brokers, tiered storage, auth modes, bootstrap users', () => {
  expect(selfManagedCatalogContext(cluster, never)).toEqual({
    kind: 'self-managed', kafkaLine: '3.9', brokers: 3, instanceType: 'm7g.xlarge', tieredStorage: false,
    authModes: ['scram'], scramUsers: ['orders-admin', 'orders-app'], isUnknown: never,
  });
  const both = planSelfManagedCluster(spec({ ...ADMIN_SPEC, clientAuthentication: { scram: { users: ['orders-admin'] }, mtls: {} }, brokers: { count: 6 }, tieredStorage: TIERED }));
  expect(selfManagedCatalogContext(both, never)).toMatchObject({ brokers: 6, tieredStorage: true, authModes: ['scram', 'mtls'] });
});

test('a valid catalog: topics with rendered configs, ACLs and quotas of SCRAM and mTLS principals, and how the function connects', () => {
  const plan = planSelfManagedCatalog(cluster, {
    topics: [{ name: 'orders.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 }],
    access: [{ name: 'orders-app', principal: { kind: 'scram', username: 'orders-app' }, produce: ['orders.v1'], quota: { produceBytesPerSecond: 1_048_576 } }],
    catalogAdmin: { scramUser: 'orders-admin' },
  }, never, 'cluster');
  expect(plan.catalog.topics).toEqual([{ name: 'orders.v1', partitions: 12, replicationFactor: 3, configs: { 'min.insync.replicas': '2', 'retention.ms': '604800000' }, deleteOnRemoval: false }]);
  expect(plan.catalog.acls.map((a) => `${a.principal} ${a.operation} ${a.resourceType}:${a.resourceName}`)).toEqual(expect.arrayContaining(['User:orders-app WRITE TOPIC:orders.v1']));
  expect(plan.catalog.quotas).toEqual([{ user: 'orders-app', producer_byte_rate: 1_048_576 }]);
  expect(plan.admin).toEqual({
    user: 'orders-admin', secretName: 'kafka-iac/orders/scram/orders-admin', port: 9096,
    bootstrapServers: 'broker-1.orders.kafka.internal:9096,broker-2.orders.kafka.internal:9096,broker-3.orders.kafka.internal:9096',
    caCertificateParameter: '/kafka-iac/orders/ca-certificate', waitForClusterSeconds: SELF_MANAGED_CATALOG_WAIT_SECONDS,
  });
  expect(SELF_MANAGED_CATALOG_WAIT_SECONDS).toBe(600);
});

test('no topics and no access: no function, and a named admin alone is only checked', () => {
  expect(planSelfManagedCatalog(cluster, {}, never, 'cluster').admin).toBeUndefined();
  expect(planSelfManagedCatalog(cluster, { catalogAdmin: { scramUser: 'orders-admin' } }, never, 'cluster').admin).toBeUndefined();
  expect(codes(analyzeSelfManagedCatalog(cluster, { catalogAdmin: { scramUser: 'nobody' } }, never).issues)).toEqual(['self-managed/catalog-admin-user']);
});

test('the catalog rules of the cluster: replication factor vs brokers, topic keys of its Kafka line, principals of its auth modes and users', () => {
  const { issues } = analyzeSelfManagedCatalog(cluster, {
    topics: [{ name: 'orders', partitions: 6, replicationFactor: 4 }, { name: 'audit', configs: { 'retention.msec': '1000' } }, { name: 'cold', tieredStorage: true }],
    access: [
      { name: 'billing', principal: { kind: 'mtls', principal: 'User:CN=billing' }, consume: ['orders'], groups: ['billing'] },
      { name: 'ghost', principal: { kind: 'scram', username: 'ghost' }, produce: ['orders'] },
    ],
    catalogAdmin: { scramUser: 'orders-admin' },
  }, never);
  expect(codes(issues).sort()).toEqual(['catalog/access-auth-mode', 'catalog/access-unknown-user', 'catalog/topic-config-key', 'catalog/topic-rf-brokers', 'catalog/topic-tiered-unavailable']);
  expect(issues.find((i) => i.code === 'catalog/topic-rf-brokers')!.message).toBe(
    '`topics[0].replicationFactor` must be at most the broker count (3), got: 4. Use 3, or add brokers.');
});

describe('the admin user, every refusal at once with its message', () => {
  const topics = [{ name: 'orders', partitions: 6 }];

  test('missing', () => {
    const { issues } = analyzeSelfManagedCatalog(cluster, { topics }, never);
    expect(issues).toEqual([{
      code: 'self-managed/catalog-admin-required', path: 'catalogAdmin', severity: 'error',
      message: "`catalogAdmin` must name the SCRAM user the admin function connects as when the cluster has `topics` or `access`, got: undefined. Set `catalogAdmin: { scramUser: '<user>' }` with a user of `clientAuthentication.scram.users` (orders-admin, orders-app) that is in `superUsers` as `User:<user>`.",
    }]);
  });

  test('not a bootstrap user', () => {
    expect(analyzeSelfManagedCatalog(cluster, { topics, catalogAdmin: { scramUser: 'admin' } }, never).issues).toEqual([{
      code: 'self-managed/catalog-admin-user', path: 'catalogAdmin.scramUser', severity: 'error',
      message: "`catalogAdmin.scramUser` must name a user of `clientAuthentication.scram.users` (orders-admin, orders-app), got: \"admin\". The function reads the user's secret, which the cluster holds for its bootstrap users only. On a new cluster, add the user there (and to `superUsers`); a user added to a deployed cluster's list is never formatted in.",
    }]);
  });

  test('not a super user, unless its ACLs were granted by hand', () => {
    expect(analyzeSelfManagedCatalog(cluster, { topics, catalogAdmin: { scramUser: 'orders-app' } }, never).issues).toEqual([{
      code: 'self-managed/catalog-admin-not-super-user', path: 'catalogAdmin.scramUser', severity: 'error',
      message: "`catalogAdmin.scramUser` must be a super user (`User:orders-app` in `superUsers`), got: \"orders-app\". On a new cluster add 'User:orders-app' to `superUsers`. On a deployed one that changes server.properties, which running nodes read only when replaced: grant the user the admin ACLs with kafka-acls.sh and set `authorizedBy: 'acls'` instead.",
    }]);
    const acls = planSelfManagedCatalog(cluster, { topics, catalogAdmin: { scramUser: 'orders-app', authorizedBy: 'acls' } }, never, 'cluster');
    expect(acls.admin).toMatchObject({ user: 'orders-app', secretName: 'kafka-iac/orders/scram/orders-app' });
  });

  test('authorizedBy out of its values', () => {
    const { issues } = analyzeSelfManagedCatalog(cluster, { topics, catalogAdmin: { scramUser: 'orders-admin', authorizedBy: 'root' as 'acls' } }, never);
    expect(issues).toEqual([{
      code: 'self-managed/catalog-admin-authorized-by', path: 'catalogAdmin.authorizedBy', severity: 'error',
      message: "`catalogAdmin.authorizedBy` must be 'super-user' or 'acls', got: \"root\". Use 'super-user' (the user is in `superUsers`) or 'acls' (you granted its ACLs by hand).",
    }]);
  });

  test('a cluster with mTLS only has no SCRAM listener for the function', () => {
    const mtlsOnly = planSelfManagedCluster(spec({ clientAuthentication: { mtls: {} } }));
    const { issues } = analyzeSelfManagedCatalog(mtlsOnly, { topics, access: [{ name: 'billing', principal: { kind: 'mtls', principal: 'User:CN=billing' }, consume: ['orders'], groups: ['billing'] }] }, never);
    expect(issues).toEqual([{
      code: 'self-managed/catalog-admin-needs-scram', path: 'catalogAdmin', severity: 'error',
      message: "`catalogAdmin` must name a SCRAM user: the admin function connects over SASL/SCRAM to the brokers' SCRAM listener, got: \"a cluster with mTLS only\". Enable `clientAuthentication.scram` with an admin user on a new cluster, or apply the catalog with a `KafkaAdminFunction` (kafka-iac/aws) given an admin client certificate (auth: 'mtls').",
    }]);
  });

  test('the catalog\'s issues and the admin\'s are thrown together, subject first', () => {
    let error: unknown;
    try {
      planSelfManagedCatalog(cluster, { topics: [{ name: '__consumer_offsets' }], catalogAdmin: { scramUser: 'orders-app' } }, never, "SelfManagedKafkaCluster 'Stack/Cluster'");
    } catch (e) { error = e; }
    expect(error).toBeInstanceOf(KafkaValidationError);
    expect((error as KafkaValidationError).issues.map((i) => i.code)).toEqual(['catalog/topic-reserved', 'self-managed/catalog-admin-not-super-user']);
    expect((error as Error).message).toMatch(/^SelfManagedKafkaCluster 'Stack\/Cluster'/);
  });
});
