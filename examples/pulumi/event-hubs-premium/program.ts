/**
 * A production Event Hubs namespace for Kafka clients: Premium (2 PUs), reachable only through a private
 * endpoint (with the privatelink.servicebus.windows.net zone), encrypted with a customer-managed key through a
 * user-assigned identity the component creates and grants, Entra ID only (no SAS), diagnostics to Log Analytics,
 * and a CanNotDelete lock. Topics: two event hubs and a compacted one, a consumer group, Avro schema group, and
 * data roles for a producer and a consumer application, and an access intent for a reporting job.
 *
 * The platform pieces (VNet, Key Vault, workspace, identities) usually belong to a landing zone: their ids come
 * from stack configuration (see Pulumi.yaml). In your own program, import from `kafka-iac/event-hubs/pulumi`.
 */
import * as pulumi from '@pulumi/pulumi';
import { EventHubsNamespace } from '../../../lib/event-hubs/pulumi';

export function program() {
  const cfg = new pulumi.Config();
  const producer = cfg.require('producerPrincipalId');
  const consumer = cfg.require('consumerPrincipalId');
  const orders = new EventHubsNamespace('orders', {
    resourceGroupName: cfg.require('resourceGroupName'),
    location: cfg.require('location'),
    namespaceName: 'contoso-orders-prod',
    tier: 'Premium',
    capacity: 2,
    network: { privateEndpoints: [{ name: 'apps', subnetId: cfg.require('privateEndpointSubnetId') }] },
    encryption: {
      customerManagedKey: { keyVaultId: cfg.require('keyVaultId'), keyVaultUri: cfg.require('keyVaultUri'), keyName: cfg.require('keyName') },
    },
    eventHubs: [
      { name: 'orders', partitions: 12, retentionHours: 7 * 24, consumerGroups: [{ name: 'fraud-detection', userMetadata: 'AMQP reader, team risk' }] },
      { name: 'payments', partitions: 6, retentionHours: 30 * 24 },
      // Latest profile per customer id (the Kafka record key): a changelog that never expires.
      { name: 'customer-profiles', partitions: 6, cleanupPolicy: 'compact', tombstoneRetentionHours: 48 },
    ],
    roleAssignments: [
      { role: 'sender', principalId: producer, eventHub: 'orders', name: 'checkout-sends-orders' },
      { role: 'sender', principalId: producer, eventHub: 'payments', name: 'checkout-sends-payments' },
      { role: 'receiver', principalId: consumer, name: 'fulfilment-reads-all' },
    ],
    // The portable catalog's access intents: the reporting job's managed identity (its object id) reads payments
    // and customer profiles (Azure Event Hubs Data Receiver on each of the two event hubs).
    access: [
      { name: 'reporting', principal: { kind: 'native', id: '7d3f2a10-5b8c-4e21-9f6a-0c1d2e3f4a5b' }, consume: ['payments', 'customer-profiles'], groups: ['reporting'] },
    ],
    schemaGroups: [{ name: 'orders-avro', compatibility: 'Backward' }],
    diagnostics: { logAnalyticsWorkspaceId: cfg.require('logAnalyticsWorkspaceId') },
    kafkaClient: { tenantId: cfg.require('tenantId') },
    tags: { app: 'orders', env: 'prod' },
  });
  return {
    bootstrapServer: orders.bootstrapServer,
    namespaceId: orders.namespaceId,
    kafkaClientProperties: orders.kafkaClientPropertiesFile,
    clientJvmFlag: orders.oauthAllowedUrlsJvmFlag,
    privateEndpointIds: orders.privateEndpointIds,
  };
}
