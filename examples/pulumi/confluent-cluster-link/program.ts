/**
 * Disaster recovery with Confluent Cluster Linking: a Standard primary in us-east-2 and a Dedicated DR cluster in
 * us-west-2 (Basic and Standard clusters cannot host mirror topics). The link lives on the DR cluster and pulls
 * `orders` and `payments`, with consumer offsets of every group; the component creates a link key per cluster.
 *
 * Failover is a stack setting, so the runbook is one command plus `pulumi up`:
 *   pulumi config set failover promote    # planned switchover: waits for zero lag
 *   pulumi config set failover failover   # primary region down: at once, whatever the lag
 * In your own program, import from `kafka-iac/confluent/pulumi` and `kafka-iac/replication/cluster-link/pulumi`.
 */
import * as pulumi from '@pulumi/pulumi';
import { ConfluentKafka } from '../../../lib/confluent/pulumi';
import type { ClusterLinkFailoverAction } from '../../../lib/replication/cluster-link';
import { ClusterLink } from '../../../lib/replication/cluster-link/pulumi';

export function program() {
  const config = new pulumi.Config();
  const failover = (config.get('failover') ?? 'none') as ClusterLinkFailoverAction;

  const primary = new ConfluentKafka('primary', {
    environment: { kind: 'create', displayName: 'orders-prod' },
    cluster: { type: 'standard', cloud: 'AWS', region: 'us-east-2', displayName: 'orders-primary' },
    applications: {
      'order-service': { produce: { topics: ['orders', 'payments'] } },
      billing: { consume: { topics: ['orders', 'payments'], groups: ['billing'] } },
    },
    topics: [{ name: 'orders', partitions: 6 }, { name: 'payments', partitions: 6 }],
  });

  const dr = new ConfluentKafka('dr', {
    environment: { kind: 'create', displayName: 'orders-dr' },
    cluster: { type: 'dedicated', cloud: 'AWS', region: 'us-west-2', displayName: 'orders-dr', cku: 2 },
    applications: {
      billing: { consume: { topics: ['orders', 'payments'], groups: ['billing'] } },
    },
  });

  const link = new ClusterLink('orders-dr', {
    name: 'orders-dr',
    source: { kafka: primary },
    destination: { kafka: dr },
    mirrorTopics: [{ sourceTopic: 'orders' }, { sourceTopic: 'payments' }],
    failover,
  });

  return {
    primaryBootstrap: primary.bootstrapServers,
    drBootstrap: dr.bootstrapServers,
    drClientProperties: dr.clientProperties,
    linkName: link.linkName,
    mirrorTopicStatuses: link.mirrorTopicStatuses,
  };
}
