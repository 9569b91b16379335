import {
  analyzeCatalog, planCatalog, validateCatalog, type CatalogTargetContext, type KafkaCatalogSpec, type TopicSpec,
} from '../../../lib/core';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../../support/conventions';

const MSK: CatalogTargetContext = {
  kind: 'msk-provisioned', kafkaLine: '3.9', brokers: 3, instanceType: 'kafka.m7g.large', maxPartitionsPerBroker: 1000, tieredStorage: false,
  authModes: ['iam', 'scram'], scramUsers: ['orders'],
};
const topic = (t: Partial<TopicSpec> = {}): TopicSpec => ({ name: 'orders', partitions: 6, ...t });

interface Row {
  readonly code: string;
  readonly spec: KafkaCatalogSpec;
  readonly ctx?: Partial<CatalogTargetContext>;
  /** The message, exactly. */
  readonly message: string;
  readonly severity?: 'error' | 'warning';
}

const rows: Row[] = [
  { code: 'catalog/topic-name', spec: { topics: [topic({ name: 'orders/v1' })] },
    message: '`topics[0].name` must be 1-249 letters, digits, ".", "_" or "-" (not "." or ".."), got: "orders/v1". Rename the topic, e.g. "orders.v1".' },
  { code: 'catalog/topic-name-target', ctx: { kind: 'event-hubs', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ name: 'orders.' })] },
    message: '`topics[0].name` must start and end with a letter or digit (an event hub name) on event-hubs, got: "orders.". Rename the topic, e.g. "orders-v1".' },
  { code: 'catalog/topic-reserved', spec: { topics: [topic({ name: '__consumer_offsets' })] },
    message: '`topics[0].name` must not be a reserved name (__consumer_offsets), got: "__consumer_offsets". Names starting with "__" and the service\'s internal names belong to the cluster: pick another name.' },
  { code: 'catalog/topic-reserved', ctx: { kind: 'confluent', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ name: '_confluent-metrics' })] },
    message: '`topics[0].name` must not be a reserved name (_confluent*), got: "_confluent-metrics". Names starting with "__" and the service\'s internal names belong to the cluster: pick another name.' },
  { code: 'catalog/topic-duplicate', spec: { topics: [topic(), topic()] },
    message: '`topics[1].name` must be unique in the catalog, got: "orders". Declare each topic once.' },
  { code: 'catalog/topic-collision', spec: { topics: [topic({ name: 'orders.v1' }), topic({ name: 'orders_v1' })] },
    message: '`topics[1].name` must not collide with "orders.v1" ("." and "_" are the same in metric names), got: "orders_v1". Kafka refuses the second topic: use either "." or "_" consistently.' },
  { code: 'catalog/topic-partitions', spec: { topics: [topic({ partitions: 0 })] },
    message: '`topics[0].partitions` must be a positive integer, got: 0. Omit it for 3.' },
  { code: 'catalog/topic-partitions-floor', spec: { topics: [topic({ partitionsFloor: 1.5 })] },
    message: '`topics[0].partitionsFloor` must be a positive integer, got: 1.5. Record the partition count the topic has today.' },
  { code: 'catalog/topic-partitions-decrease', spec: { topics: [topic({ partitions: 6, partitionsFloor: 12 })] },
    message: '`topics[0].partitions` must not go below 12 (partitionsFloor: the count this topic already has), got: 6. Kafka cannot remove partitions: keep 12 or more, or create a new topic and migrate.' },
  { code: 'catalog/topic-partitions-limit', ctx: { maxPartitionsPerTopic: 100 }, spec: { topics: [topic({ partitions: 200 })] },
    message: '`topics[0].partitions` must be at most 100 on msk-provisioned, got: 200. Use fewer partitions, or a larger tier.' },
  { code: 'catalog/cluster-partitions-limit', ctx: { maxPartitionsPerCluster: 10 }, spec: { topics: [topic({ partitions: 6 }), topic({ name: 'payments', partitions: 6 })] },
    message: '`topics` must hold at most 10 partitions in total on msk-provisioned, got: 12. Lower partition counts, or use a larger tier.' },
  { code: 'catalog/cluster-partitions-limit', severity: 'warning',
    ctx: { kind: 'msk-serverless', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ partitions: 100 }), topic({ name: 'payments', partitions: 100 })] },
    message: '`topics` should hold at most 120 partitions in total on msk-serverless, got: 200. Lower partition counts, or use a larger tier. Source: MSK Serverless quota, in "Amazon MSK quota" (awsdocs/amazon-msk-developer-guide doc_source/limits.md, archived copy) (2022-11-01), which may be outdated.' },
  { code: 'catalog/broker-partitions-limit', spec: { topics: [topic({ partitions: 1001 })] },
    message: '`topics` must place at most 1000 partitions (leaders and followers) on one kafka.m7g.large broker, got: 1001. 3003 replicas over 3 brokers: use a larger instance type, more brokers, or fewer partitions.' },
  { code: 'catalog/topic-replication-factor', spec: { topics: [topic({ replicationFactor: 0 })] },
    message: '`topics[0].replicationFactor` must be a positive integer, got: 0. Use 3.' },
  { code: 'catalog/topic-rf-brokers', spec: { topics: [topic({ replicationFactor: 4 })] },
    message: '`topics[0].replicationFactor` must be at most the broker count (3), got: 4. Use 3, or add brokers.' },
  { code: 'catalog/topic-rf-required', ctx: { brokers: 2 }, spec: { topics: [topic()] },
    message: '`topics[0].replicationFactor` must be set on a cluster of 2 brokers, got: undefined. Set 2 explicitly: a default would change (and replace the topic) when the cluster grows to 3 brokers.' },
  { code: 'catalog/topic-rf-not-settable', ctx: { kind: 'confluent', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ replicationFactor: 2 })] },
    message: '`topics[0].replicationFactor` must be omitted or 3 on confluent (the service replicates 3 times), got: 2. Remove it.' },
  { code: 'catalog/topic-rf-not-settable', ctx: { kind: 'event-hubs', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ replicationFactor: 3 })] },
    message: '`topics[0].replicationFactor` must be omitted on event-hubs (the service manages replication), got: 3. Remove it.' },
  { code: 'catalog/topic-rf-change', spec: { topics: [topic({ replicationFactor: 3, deployedReplicationFactor: 2 })] },
    message: '`topics[0].replicationFactor` must stay 2 (deployedReplicationFactor: a change replaces the topic and deletes its data), got: 3. Restore 2, or set `acknowledgeReplacement: true` for the one deployment that replaces "orders".' },
  { code: 'catalog/topic-replacement-acknowledged', severity: 'warning', spec: { topics: [topic({ replicationFactor: 3, deployedReplicationFactor: 2, acknowledgeReplacement: true })] },
    message: 'Topic "orders" is replaced (replication factor 2 -> 3): its data is deleted. Remove `acknowledgeReplacement` after this deployment.' },
  { code: 'catalog/topic-rf-change-unsupported', ctx: { kind: 'self-managed', authModes: undefined, scramUsers: undefined },
    spec: { topics: [topic({ replicationFactor: 3, deployedReplicationFactor: 2, acknowledgeReplacement: true })] },
    message: '`topics[0].replicationFactor` must stay 2 (self-managed cannot change a topic\'s replication factor), got: 3. Restore 2, or create a new topic with the new replication factor and migrate to it.' },
  { code: 'catalog/topic-min-isr', spec: { topics: [topic({ minInSyncReplicas: 3 })] },
    message: '`topics[0].minInSyncReplicas` must be below the replication factor (3), got: 3. With min.insync.replicas at the replication factor, one broker restart stops every acks=all write; use 2.' },
  { code: 'catalog/topic-min-isr', ctx: { brokers: 1 }, spec: { topics: [topic({ minInSyncReplicas: 2 })] },
    message: '`topics[0].minInSyncReplicas` must be 1 with a replication factor of 1, got: 2. Use 1.' },
  { code: 'catalog/topic-min-isr', spec: { topics: [topic({ minInSyncReplicas: 0 })] },
    message: '`topics[0].minInSyncReplicas` must be a positive integer, got: 0. Use 2 with a replication factor of 3.' },
  { code: 'catalog/topic-config-owned', spec: { topics: [topic({ configs: { 'retention.ms': '1000' } })] },
    message: '`topics[0].configs.retention.ms` must be set through `retentionHours`, got: "1000". Remove it from configs and set `topics[0].retentionHours`.' },
  { code: 'catalog/topic-config-removed', spec: { topics: [topic({ configs: { 'message.format.version': '3.0' } })] },
    message: '`topics[0].configs.message.format.version` must not be a key Kafka removed (ZooKeeper-era or deprecated), got: "message.format.version". Remove it.' },
  { code: 'catalog/topic-config-key', spec: { topics: [topic({ configs: { 'segment.byte': '1024' } })] },
    message: '`topics[0].configs.segment.byte` must be a topic-level key of Kafka 3.9, got: "segment.byte". Did you mean "segment.bytes"?' },
  { code: 'catalog/topic-config-value', spec: { topics: [topic({ configs: { 'segment.ms': 'soon' } })] },
    message: '`topics[0].configs.segment.ms` must be an integer at least 1, got: "soon". See the topic configs of the Kafka documentation.' },
  { code: 'catalog/topic-config-value', spec: { topics: [topic({ configs: { 'min.cleanable.dirty.ratio': '1.5' } })] },
    message: '`topics[0].configs.min.cleanable.dirty.ratio` must be a number from 0 to 1, got: "1.5". See the topic configs of the Kafka documentation.' },
  { code: 'catalog/topic-config-value', spec: { topics: [topic({ configs: { 'segment.ms': '1\n2' } })] },
    message: '`topics[0].configs.segment.ms` must be a single-line string, got: "1\\n2". Quote numbers, e.g. "1048576".' },
  { code: 'catalog/topic-config-target', severity: 'warning',
    ctx: { kind: 'msk-serverless', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ configs: { 'segment.ms': '600000' } })] },
    message: '`topics[0].configs.segment.ms` should be a topic key msk-serverless lets clients set (cleanup.policy, compression.type, max.message.bytes, message.timestamp.difference.max.ms, message.timestamp.type, retention.bytes, retention.ms), got: "segment.ms". The service may refuse it. Source: Configuration for Serverless Clusters (awsdocs/amazon-msk-developer-guide doc_source/serverless-config.md, archived copy) (2022-11-01).' },
  { code: 'catalog/topic-max-message-bytes', severity: 'warning',
    ctx: { kind: 'msk-serverless', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { topics: [topic({ maxMessageBytes: 16 * 1024 * 1024 })] },
    message: '`topics[0].maxMessageBytes` should be at most 8388608 on msk-serverless, got: 16777216. Use smaller messages. Source: Configuration for Serverless Clusters (awsdocs/amazon-msk-developer-guide doc_source/serverless-config.md, archived copy) (2022-11-01), which may be outdated.' },
  { code: 'catalog/topic-max-message-bytes', spec: { topics: [topic({ maxMessageBytes: -1 })] },
    message: '`topics[0].maxMessageBytes` must be a positive integer of bytes, got: -1. E.g. 1048588 (Kafka\'s default).' },
  { code: 'catalog/topic-retention', spec: { topics: [topic({ retentionHours: 0 })] },
    message: '`topics[0].retentionHours` must be a positive number of hours or \'unlimited\', got: 0. E.g. 168 for a week.' },
  { code: 'catalog/topic-retention-bytes', spec: { topics: [topic({ retentionBytes: 1.5 })] },
    message: '`topics[0].retentionBytes` must be a positive integer of bytes or \'unlimited\', got: 1.5. E.g. 107374182400 for 100 GiB per partition.' },
  { code: 'catalog/topic-cleanup-policy', spec: { topics: [topic({ cleanupPolicy: 'compacted' as never })] },
    message: '`topics[0].cleanupPolicy` must be one of delete, compact, compact,delete, got: "compacted". Use \'delete\' or \'compact\'.' },
  { code: 'catalog/topic-compression', spec: { topics: [topic({ compression: 'brotli' as never })] },
    message: '`topics[0].compression` must be one of producer, uncompressed, gzip, snappy, lz4, zstd, got: "brotli". Use \'producer\' to keep what producers send.' },
  { code: 'catalog/topic-compaction-tiered', ctx: { tieredStorage: true }, spec: { topics: [topic({ tieredStorage: true, cleanupPolicy: 'compact' })] },
    message: '`topics[0].tieredStorage` must be false on a compacted topic (Kafka tiered storage does not support compaction), got: true. Use cleanupPolicy "delete", or keep the topic on broker storage.' },
  { code: 'catalog/topic-tiered-unavailable', spec: { topics: [topic({ tieredStorage: true })] },
    message: '`topics[0].tieredStorage` must be off on a cluster without tiered storage (tieredStorage, localRetentionHours, remote.* and local.retention.* keys), got: true. Enable tiered storage on the cluster first, or remove the tiered settings.' },
  { code: 'catalog/topic-tiered-line', ctx: { kind: 'self-managed', kafkaLine: '3.5', authModes: undefined, scramUsers: undefined }, spec: { topics: [topic({ tieredStorage: true })] },
    message: '`topics[0].tieredStorage` must be off on Kafka 3.5 (no tiered storage before 3.6), got: true. Upgrade the cluster, or remove the tiered settings.' },
  { code: 'catalog/topic-local-retention', ctx: { tieredStorage: true }, spec: { topics: [topic({ tieredStorage: true, retentionHours: 24, localRetentionHours: 48 })] },
    message: '`topics[0].localRetentionHours` must be at most retentionHours (24), got: 48. Broker storage keeps the newest part of the retained data only.' },
  { code: 'catalog/topic-local-retention', ctx: { tieredStorage: true }, spec: { topics: [topic({ localRetentionHours: 4 })] },
    message: '`topics[0].localRetentionHours` must be set only with `tieredStorage: true`, got: 4. Set tieredStorage, or remove it.' },
  { code: 'catalog/target-version', ctx: { kafkaLine: '3.5' }, spec: { topics: [topic()] },
    message: '`topics` must be empty on Kafka 3.5 (msk-provisioned topics need Kafka 3.6 or later), got: 1. Upgrade the cluster to Kafka 3.6 or later first, then add the topics.' },
  // Access intents.
  { code: 'catalog/access-name', spec: { access: [{ name: '1 app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders'] }] },
    message: '`access[0].name` must be 1-64 letters, digits or "-", starting with a letter, got: "1 app". It names resources and messages: e.g. "orders-api".' },
  { code: 'catalog/access-duplicate', spec: { access: [
    { name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders'] },
    { name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['payments'] }] },
  message: '`access[1].name` must be unique in the catalog, got: "app". Merge the intents, or rename one.' },
  { code: 'catalog/access-principal', spec: { access: [{ name: 'app', principal: { kind: 'iam', arn: 'orders-role' }, produce: ['orders'] }] },
    message: '`access[0].principal.arn` must be an IAM role or user ARN, got: "orders-role". E.g. "arn:aws:iam::123456789012:role/orders-api".' },
  { code: 'catalog/access-principal', ctx: { kind: 'confluent', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: 'Orders API' }, produce: ['orders'] }] },
    message: '`access[0].principal.id` must be a service account id ("sa-..."), an identity pool id ("pool-...") or the name of a service account to create (1-40 lower-case letters, digits or "-") on confluent, got: "Orders API". E.g. "sa-abc123", or "orders-api" for a new service account.' },
  { code: 'catalog/access-principal', ctx: { kind: 'gcp', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: 'orders-api' }, produce: ['orders'] }] },
    message: '`access[0].principal.id` must be the email of a service account or user (rendered as the ACL principal "User:<email>") on gcp, got: "orders-api". E.g. "orders-api@my-project.iam.gserviceaccount.com".' },
  { code: 'catalog/access-principal', ctx: { kind: 'event-hubs', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: 'orders-api' }, produce: ['orders'] }] },
    message: '`access[0].principal.id` must be the object id (a GUID) of an Entra service principal or managed identity on event-hubs, got: "orders-api". E.g. "00000000-0000-0000-0000-000000000000" (the principal id of a managed identity).' },
  { code: 'catalog/access-auth-mode', spec: { access: [{ name: 'app', principal: { kind: 'mtls', principal: 'CN=app' }, produce: ['orders'] }] },
    message: '`access[0].principal.kind` must be one of the cluster\'s client authentication modes (iam, scram), got: "mtls". Enable mtls on the cluster, or use a principal of another kind.' },
  { code: 'catalog/access-unknown-user', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'billing' }, produce: ['orders'] }] },
    message: '`access[0].principal.username` must name a SCRAM user of the cluster (orders), got: "billing". Add the user to the cluster first (its SCRAM secret), or fix the name.' },
  { code: 'catalog/access-unknown-principal', ctx: { kind: 'confluent', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined, principals: ['sa-1'] },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: 'sa-2' }, produce: ['orders'] }] },
    message: '`access[0].principal.id` must name a principal the confluent target knows (sa-1), got: "sa-2". Create the principal first, or fix the name.' },
  { code: 'catalog/access-unknown-group', ctx: { kind: 'event-hubs', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined, consumerGroups: ['billing'] },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: '00000000-0000-0000-0000-000000000000' }, consume: ['orders'], groups: ['shipping'] }] },
    message: '`access[0].groups[0]` must name a consumer group the event-hubs target declares (billing), got: "shipping". Declare the consumer group first, or fix the name.' },
  { code: 'catalog/access-consume-groups', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'orders' }, consume: ['orders'] }] },
    message: '`access[0].groups` must list the consumer groups of a consumer, got: []. Name the group (or a prefix ending in *) the application joins.' },
  { code: 'catalog/access-pattern', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders/*'] }] },
    message: '`access[0].produce[0]` must be a Kafka name, a prefix ending in "*", or "*", got: "orders/*". E.g. "orders" or "orders.*".' },
  { code: 'catalog/access-empty', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'orders' } }] },
    message: '`access[0]` must grant something (produce, consume, transactionalIds or admin), got: "app". Add the topics the application uses, or remove the intent.' },
  { code: 'catalog/quota-unsupported', ctx: { kind: 'gcp', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: 'app@p.iam.gserviceaccount.com' }, produce: ['orders'], quota: { produceBytesPerSecond: 1024 } }] },
    message: '`access[0].quota` must be omitted on gcp (Google Cloud has no API or provider resource for Kafka client quotas), got: {"produceBytesPerSecond":1024}. Remove the quota. Set them with the Kafka admin tools from inside the network (kafka-configs.sh --alter --entity-type users --entity-name User:<email>).' },
  { code: 'catalog/quota-unsupported', ctx: { kind: 'event-hubs', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { access: [{ name: 'app', principal: { kind: 'native', id: '00000000-0000-0000-0000-000000000000' }, produce: ['orders'], quota: { produceBytesPerSecond: 1024 } }] },
    message: '`access[0].quota` must be omitted on event-hubs (Event Hubs has no Kafka client quotas; throughput and processing units are namespace-wide), got: {"produceBytesPerSecond":1024}. Remove the quota. Throttle a client with an application group (Premium and Dedicated, keyed by its Entra application id or SAS policy), or give it its own namespace.' },
  { code: 'catalog/quota-unsupported', ctx: { kind: 'msk-serverless', kafkaLine: undefined, brokers: undefined, maxPartitionsPerBroker: undefined, authModes: undefined },
    spec: { access: [{ name: 'app', principal: { kind: 'iam', arn: 'arn:aws:iam::123456789012:role/app' }, produce: ['orders'], quota: { produceBytesPerSecond: 1024 } }] },
    message: '`access[0].quota` must be omitted on msk-serverless (the target has no Kafka client quotas), got: {"produceBytesPerSecond":1024}. Remove the quota.' },
  { code: 'catalog/quota-principal', spec: { access: [{ name: 'app', principal: { kind: 'iam', arn: 'arn:aws:iam::123456789012:role/app' }, produce: ['orders'], quota: { produceBytesPerSecond: 1024 } }] },
    message: '`access[0].quota` must be set on a scram, mtls or native principal only, got: {"produceBytesPerSecond":1024}. Kafka client quotas apply to Kafka user principals: use a SCRAM or mTLS principal.' },
  { code: 'catalog/quota-empty', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders'], quota: {} }] },
    message: '`access[0].quota` must set at least one limit, got: {}. Set produceBytesPerSecond, consumeBytesPerSecond or requestPercentage, or remove the quota.' },
  { code: 'catalog/quota-value', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders'], quota: { consumeBytesPerSecond: 0.5 } }] },
    message: '`access[0].quota.consumeBytesPerSecond` must be a positive integer of bytes per second (per broker), got: 0.5. E.g. 10485760 for 10 MiB/s.' },
  { code: 'catalog/quota-value', spec: { access: [{ name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders'], quota: { requestPercentage: -5 } }] },
    message: '`access[0].quota.requestPercentage` must be a positive percentage of one request thread (per broker), got: -5. E.g. 25; values above 100 span several threads.' },
  { code: 'catalog/quota-conflict', spec: { access: [
    { name: 'app', principal: { kind: 'scram', username: 'orders' }, produce: ['orders'], quota: { produceBytesPerSecond: 1024 } },
    { name: 'app-b', principal: { kind: 'scram', username: 'orders' }, consume: ['orders'], groups: ['g'], quota: { produceBytesPerSecond: 2048 } }] },
  message: '`access[1].quota` must be set once per principal (intent "app" already sets a quota for it), got: "app-b". Keep the quota on one intent.' },
];

describe('validateCatalog: every code with its message', () => {
  test.each(rows.map((r) => [r.code, r] as const))('%s', (_code, r) => {
    const issues = validateCatalog(r.spec, { ...MSK, ...r.ctx });
    expect(issues).toEqual([{ code: r.code, path: expect.any(String), message: r.message, severity: r.severity ?? 'error' }]);
    if ((r.severity ?? 'error') === 'error') expect(r.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('every code of the catalog modules has a row', () => {
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    const dir = path.join(__dirname, '../../../lib/core/catalog');
    const src = fs.readdirSync(dir).map((f: string) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const codes = new Set([...src.matchAll(/'(catalog\/[a-z-]+)'/g)].map((m) => m[1]));
    expect([...codes].sort()).toEqual([...new Set(rows.map((r) => r.code))].sort());
  });
});

describe('planCatalog', () => {
  test('renders typed props as sorted Kafka configs and resolves defaults', () => {
    const plan = planCatalog({
      topics: [
        { name: 'payments', retentionHours: 'unlimited', cleanupPolicy: 'compact', minInSyncReplicas: 2, compression: 'zstd', configs: { 'segment.ms': '600000' } },
        { name: 'orders', partitions: 12, retentionHours: 168, retentionBytes: 1024, maxMessageBytes: 2097152, deleteOnRemoval: true },
      ],
    }, MSK);
    expect(plan.topics).toEqual([
      { name: 'orders', partitions: 12, replicationFactor: 3, deleteOnRemoval: true,
        configs: { 'max.message.bytes': '2097152', 'retention.bytes': '1024', 'retention.ms': '604800000' } },
      { name: 'payments', partitions: 3, replicationFactor: 3, deleteOnRemoval: false,
        configs: { 'cleanup.policy': 'compact', 'compression.type': 'zstd', 'min.insync.replicas': '2', 'retention.ms': '-1', 'segment.ms': '600000' } },
    ]);
    expect(Object.keys(plan.topics[1]!.configs)).toEqual([...Object.keys(plan.topics[1]!.configs)].sort());
  });

  test('tiered storage renders remote.storage.enable and local.retention.ms on a tiered cluster', () => {
    const plan = planCatalog({ topics: [{ name: 'logs', tieredStorage: true, retentionHours: 720, localRetentionHours: 24 }] }, { ...MSK, tieredStorage: true });
    expect(plan.topics[0]!.configs).toEqual({ 'local.retention.ms': '86400000', 'remote.storage.enable': 'true', 'retention.ms': '2592000000' });
  });

  test('a single-broker cluster defaults to replication factor 1; the fixed factor of Confluent is 3', () => {
    expect(planCatalog({ topics: [{ name: 'dev' }] }, { kind: 'self-managed', brokers: 1 }).topics[0]!.replicationFactor).toBe(1);
    expect(planCatalog({ topics: [{ name: 'x' }] }, { kind: 'confluent' }).topics[0]!.replicationFactor).toBe(3);
  });

  test('SCRAM and mTLS intents become sorted, deduplicated ACLs; IAM and native intents stay grants', () => {
    const plan = planCatalog({
      access: [
        { name: 'orders-api', principal: { kind: 'scram', username: 'orders' }, produce: ['orders', 'orders'], transactionalIds: ['orders-tx'], quota: { produceBytesPerSecond: 1048576 } },
        { name: 'billing', principal: { kind: 'mtls', principal: 'CN=billing' }, consume: ['orders.*'], groups: ['billing'] },
        { name: 'ops', principal: { kind: 'iam', arn: 'arn:aws:iam::123456789012:role/ops' }, admin: ['*'] },
      ],
    }, { ...MSK, authModes: ['iam', 'scram', 'mtls'] });
    expect(plan.acls).toEqual([
      { principal: 'User:CN=billing', resourceType: 'GROUP', patternType: 'LITERAL', resourceName: 'billing', operation: 'DESCRIBE' },
      { principal: 'User:CN=billing', resourceType: 'GROUP', patternType: 'LITERAL', resourceName: 'billing', operation: 'READ' },
      { principal: 'User:CN=billing', resourceType: 'TOPIC', patternType: 'PREFIXED', resourceName: 'orders.', operation: 'DESCRIBE' },
      { principal: 'User:CN=billing', resourceType: 'TOPIC', patternType: 'PREFIXED', resourceName: 'orders.', operation: 'READ' },
      { principal: 'User:orders', resourceType: 'CLUSTER', patternType: 'LITERAL', resourceName: 'kafka-cluster', operation: 'IDEMPOTENT_WRITE' },
      { principal: 'User:orders', resourceType: 'TOPIC', patternType: 'LITERAL', resourceName: 'orders', operation: 'DESCRIBE' },
      { principal: 'User:orders', resourceType: 'TOPIC', patternType: 'LITERAL', resourceName: 'orders', operation: 'WRITE' },
      { principal: 'User:orders', resourceType: 'TRANSACTIONAL_ID', patternType: 'LITERAL', resourceName: 'orders-tx', operation: 'DESCRIBE' },
      { principal: 'User:orders', resourceType: 'TRANSACTIONAL_ID', patternType: 'LITERAL', resourceName: 'orders-tx', operation: 'WRITE' },
    ]);
    expect(plan.quotas).toEqual([{ user: 'orders', producer_byte_rate: 1048576 }]);
    expect(plan.grants.map((g) => g.name)).toEqual(['ops']);
  });

  test('throws one KafkaValidationError listing every error at once', () => {
    const err = validationErrorOf(() => planCatalog({
      topics: [{ name: '__x' }, { name: 'a', partitions: -1 }],
      access: [{ name: 'app', principal: { kind: 'scram', username: 'nobody' }, consume: ['a'] }],
    }, MSK, 'MyCluster'));
    expect(err.codes).toHaveLength(4);
    expect(new Set(err.codes)).toEqual(new Set(['catalog/topic-reserved', 'catalog/topic-partitions', 'catalog/access-consume-groups', 'catalog/access-unknown-user']));
    expect(err.message).toMatch(/^MyCluster: 4 invalid properties/);
  });

  test('values only known at deploy time are not checked', () => {
    const token = '${Token[X]}';
    const issues = analyzeCatalog({ topics: [{ name: token, partitions: token as never }] }, { ...MSK, isUnknown: (v) => v === token }).issues;
    expect(issues).toEqual([]);
  });

  test('the same catalog in another order plans to the same bytes', () => {
    const topics: TopicSpec[] = [{ name: 'b', retentionHours: 1, configs: { 'segment.ms': '1000', 'flush.ms': '5' } }, { name: 'a' }];
    const one = planCatalog({ topics }, MSK);
    const two = planCatalog({ topics: [...topics].reverse().map((t) => ({ ...t, configs: t.configs && Object.fromEntries(Object.entries(t.configs).reverse()) })) }, MSK);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
