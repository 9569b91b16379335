/**
 * A production Google Cloud Managed Service for Apache Kafka cluster: a customer-managed key created with the
 * cluster (and granted to the Managed Kafka service agent before it), private subnets only, two topics with
 * replication factor 3 and explicit retention, and the orders application's service account bound to
 * `roles/managedkafka.client` with topic ACLs, and an access intent for an analytics reader. In your own program, import from `kafka-iac/gcp-managed-kafka/pulumi`.
 *
 * After the first `pulumi up`, pin the bootstrap address the API reports (see the `gcp-kafka/bootstrap-derived`
 * warning): `pulumi config set bootstrapAddress "$(gcloud managed-kafka clusters describe orders-prod
 * --location=europe-west1 --format='value(bootstrapAddress)')"`.
 */
import * as pulumi from '@pulumi/pulumi';
import { ManagedKafkaCluster } from '../../../lib/gcp-managed-kafka/pulumi';

export function program() {
  const gcp = new pulumi.Config('gcp');
  const config = new pulumi.Config();
  const project = gcp.get('project') ?? 'orders-prod-123';
  const region = gcp.get('region') ?? 'europe-west1';
  // The application's service account, managed with the application (its email is all the cluster needs).
  const app = config.get('appServiceAccount') ?? `orders-api@${project}.iam.gserviceaccount.com`;

  const kafka = new ManagedKafkaCluster('orders', {
    clusterId: 'orders-prod',
    project,
    region,
    vcpuCount: 6,
    memoryGiB: 24,
    subnets: [{ subnet: `projects/${project}/regions/${region}/subnetworks/kafka-clients` }],
    labels: { app: 'orders', env: 'prod' },
    topics: [
      { name: 'orders.v1', partitions: 12, retentionHours: 7 * 24 },
      { name: 'orders.dead-letter', partitions: 3, retentionHours: 30 * 24, configs: { 'max.message.bytes': '2097152' } },
    ],
    clientServiceAccounts: [app],
    acls: [
      { resource: 'topicPrefixed/orders.', entries: [{ principal: `User:${app}`, operation: 'WRITE' }, { principal: `User:${app}`, operation: 'READ' }] },
      { resource: 'consumerGroupPrefixed/orders-', entries: [{ principal: `User:${app}`, operation: 'READ' }] },
    ],
    // The portable catalog's access intents: the analytics service account reads orders.v1 (its ACL entries and
    // roles/managedkafka.client are added for it).
    access: [
      { name: 'analytics', principal: { kind: 'native', id: `analytics@${project}.iam.gserviceaccount.com` }, consume: ['orders.v1'], groups: ['analytics'] },
    ],
    bootstrapAddress: config.get('bootstrapAddress'),
  });

  return {
    bootstrapAddress: kafka.bootstrapAddress,
    clientProperties: kafka.clientProperties,
    clusterName: kafka.clusterName,
    kmsKeyName: kafka.kmsKeyName,
  };
}
