/**
 * Disaster recovery across Regions: an MSK cluster with Express brokers in us-east-1 (primary), another in
 * us-west-2 (standby), and an MSK Replicator from the primary to the standby, created in the standby's Region.
 * Topics arrive prefixed with the source alias (loop-safe), from the earliest offset, with their configurations,
 * ACLs and consumer-group offsets; the replicator's alarms notify an SNS topic in the standby Region.
 *
 * The source cluster needs multi-VPC private connectivity for IAM, which MSK only turns on for an existing cluster:
 * deploy the primary stack once without `connectivity` (and without the standby stack), then deploy both as here.
 * The stacks reference each other across Regions (`crossRegionReferences`), so each needs its Region.
 * No VPC peering, Transit Gateway or shared range is needed (both clusters keep the default 10.0.0.0/16): the replicator
 * reaches the source over the source's multi-VPC private connectivity, and its own interfaces live in the standby's VPC.
 *
 *   npx tsx examples/cdk/msk-replicator-two-regions.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import { MskCluster } from '../../lib/msk/cdk';
import { MskReplicator, mskReplicatorSourceClusterPolicy } from '../../lib/replication/msk-replicator/cdk';
import { alarmTopic } from './alarm-topic';
import { runWithNag } from './run-with-nag';

export interface TwoRegionStacks {
  readonly primary: Stack;
  readonly standby: Stack;
}

/** Builds both stacks into `app` (a new App by default) and returns them. */
export function buildApp(app: App = new App()): TwoRegionStacks {
  const primary = new Stack(app, 'KafkaDrPrimary', {
    env: { region: 'us-east-1' }, crossRegionReferences: true, description: 'kafka-iac example: primary MSK cluster (replication source)',
  });
  const standby = new Stack(app, 'KafkaDrStandby', {
    env: { region: 'us-west-2' }, crossRegionReferences: true, description: 'kafka-iac example: standby MSK cluster and the MSK Replicator into it',
  });

  const source = new MskCluster(primary, 'Cluster', {
    kind: 'express',
    clusterName: 'orders-use1',
    // Second deployment: multi-VPC connectivity for IAM and a cluster policy let MSK Replicator reach the cluster from us-west-2.
    connectivity: { multiVpc: { iam: true }, clusterAlreadyDeployed: true },
    clusterPolicy: mskReplicatorSourceClusterPolicy('orders-use1'),
    alarmTopic: alarmTopic(primary, 'AlarmTopic'),
    tags: { app: 'orders', role: 'primary' },
  });

  const standbyAlarms = alarmTopic(standby, 'AlarmTopic');
  const target = new MskCluster(standby, 'Cluster', {
    kind: 'express',
    clusterName: 'orders-usw2',
    alarmTopic: standbyAlarms,
    tags: { app: 'orders', role: 'standby' },
  });

  const replicator = new MskReplicator(standby, 'Replicator', {
    replicatorName: 'orders-use1-to-usw2',
    source,
    target,
    topics: { include: ['orders\\..*', 'payments\\..*'] },
    consumerGroups: { include: ['orders-.*', 'payments-.*'] },
    compression: 'LZ4',
    alarmTopic: standbyAlarms,
    tags: { app: 'orders' },
  });

  new CfnOutput(primary, 'SourceClusterArn', { value: source.clusterArn });
  new CfnOutput(standby, 'TargetClusterArn', { value: target.clusterArn });
  new CfnOutput(standby, 'ReplicatorArn', { value: replicator.replicatorArn });
  return { primary, standby };
}

if (require.main === module) runWithNag((app) => buildApp(app).standby);
