/**
 * The specs of the self-managed examples, shared by the CDK and Pulumi programs and read by
 * `kafka-iac render` (each example re-exports its spec as `selfManagedSpec`).
 *
 * Artifacts come from an S3 bucket you fill once (Kafka release, Aiven tiered-storage plugin, JMX exporter): the
 * nodes then need no internet path, only the VPC's S3 gateway endpoint. Pin `sha512` to the published checksums.
 */
import type { SelfManagedCatalogSpec, SelfManagedKafkaSpec } from '../lib/self-managed-ec2';

const ARTIFACTS = 'example-kafka-artifacts';

/** Production: 3 controllers and 6 brokers over 3 AZs, SCRAM-SHA-512 over TLS, mTLS inside, tiered storage to S3. */
export const kraftSpec: SelfManagedKafkaSpec = {
  clusterName: 'orders',
  kafkaVersion: '4.4.0',
  availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
  controllers: { count: 3 },
  brokers: { count: 6, instanceType: 'm7g.2xlarge', volume: { sizeGiB: 2000, throughputMiBps: 250 } },
  quorum: 'dynamic',
  clientAuthentication: { scram: { users: ['orders-admin', 'orders-app'] } },
  controllerListenerAuthentication: 'ssl',
  superUsers: ['User:orders-admin'],
  distribution: { kind: 's3', bucket: ARTIFACTS, key: 'kafka/kafka_2.13-4.4.0.tgz' },
  tieredStorage: {
    bucketName: 'example-orders-kafka-tiered-eu-west-1',
    region: 'eu-west-1',
    keyPrefix: 'segments/',
    plugin: {
      version: '1.0.0',
      core: { kind: 's3', bucket: ARTIFACTS, key: 'tiered-storage/core-1.0.0.tgz' },
      s3: { kind: 's3', bucket: ARTIFACTS, key: 'tiered-storage/s3-1.0.0.tgz' },
    },
  },
  monitoring: { jmxExporter: { source: { kind: 's3', bucket: ARTIFACTS, key: 'jmx/jmx_prometheus_javaagent-1.0.1.jar' } } },
  serverProperties: { numPartitions: 12 },
};

/**
 * The topics and access of the production cluster, applied at deploy time by the in-VPC admin function as
 * `orders-admin` (a bootstrap SCRAM user and a super user of `kraftSpec`): `orders-app` writes and reads the orders
 * topics with its consumer group, at most 10 MiB/s in and 20 MiB/s out per broker.
 */
export const kraftCatalog: SelfManagedCatalogSpec = {
  catalogAdmin: { scramUser: 'orders-admin' },
  topics: [
    { name: 'orders.v1', partitions: 12, retentionHours: 168, minInSyncReplicas: 2 },
    { name: 'orders.dlq', partitions: 3, retentionHours: 720, minInSyncReplicas: 2 },
  ],
  access: [{
    name: 'orders-app', principal: { kind: 'scram', username: 'orders-app' },
    produce: ['orders.v1', 'orders.dlq'], consume: ['orders.v1'], groups: ['orders-app'],
    quota: { produceBytesPerSecond: 10_485_760, consumeBytesPerSecond: 20_971_520 },
  }],
};

/** Development: one combined broker+controller node, SCRAM for clients, everything destroyed with the stack. */
export const devSpec: SelfManagedKafkaSpec = {
  clusterName: 'dev',
  kafkaVersion: '4.4.0',
  mode: 'development',
  combinedMode: true,
  // The default VPC spans 2 AZs; the single node uses the first.
  availabilityZones: ['eu-west-1a', 'eu-west-1b'],
  brokers: { count: 1, instanceType: 't4g.large', volume: { sizeGiB: 50 } },
  clientAuthentication: { scram: { users: ['dev'] } },
  distribution: { kind: 's3', bucket: ARTIFACTS, key: 'kafka/kafka_2.13-4.4.0.tgz' },
  removal: 'destroy',
};
