/**
 * A development namespace: Standard tier, 1 throughput unit that auto-inflates up to 4, reachable from the
 * developers' network only (public access Enabled, default action Deny, one IP rule), Entra ID only, and the
 * developer group as sender and receiver. Throw-away by design: no lock (logged as a warning, like the missing
 * diagnostics setting) and removal 'destroy'. In your own program, import from `kafka-iac/event-hubs/pulumi`.
 */
import * as pulumi from '@pulumi/pulumi';
import { EventHubsNamespace } from '../../../lib/event-hubs/pulumi';

export function program() {
  const cfg = new pulumi.Config();
  const developers = cfg.require('developerPrincipalId');
  const dev = new EventHubsNamespace('orders-dev', {
    resourceGroupName: cfg.require('resourceGroupName'),
    location: cfg.require('location'),
    namespaceName: `contoso-orders-${pulumi.getStack()}`,
    tier: 'Standard',
    capacity: 1,
    autoInflate: { maximumThroughputUnits: 4 },
    network: { publicNetworkAccess: 'Enabled', allowedIpRanges: [cfg.require('developerIpRange')] },
    eventHubs: [
      { name: 'orders', partitions: 4, retentionHours: 24 },
      { name: 'customer-profiles', partitions: 2, cleanupPolicy: 'compact' },
    ],
    roleAssignments: [
      { role: 'sender', principalId: developers, principalType: 'Group', name: 'developers-send' },
      { role: 'receiver', principalId: developers, principalType: 'Group', name: 'developers-receive' },
    ],
    lock: false,
    removal: 'destroy',
    tags: { env: 'dev' },
  });
  return { bootstrapServer: dev.bootstrapServer, kafkaClientProperties: dev.kafkaClientPropertiesFile };
}
