/**
 * `kafka.service`: Kafka in the foreground under systemd (checklist 22): non-root, many open files, restarted on
 * failure, a stop timeout long enough for a controlled shutdown, and started only once its volume is mounted.
 * Identical on every node of a role.
 */
import { javaServiceTail } from '../../aws/ec2-node/systemd-unit';
import { KAFKA_USER, PATHS, STOP_TIMEOUT_SECONDS } from '../defaults';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';

export function renderSystemdUnit(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const stop = node.processRoles.includes('broker') ? STOP_TIMEOUT_SECONDS.broker : STOP_TIMEOUT_SECONDS.controller;
  return [
    '[Unit]',
    // Shared by every node of the role (one SSM parameter per role): the node's identity is in server.properties.
    `Description=Apache Kafka ${plan.kafkaVersion} ${node.processRoles.join('+')} of ${plan.clusterName} (node.id in ${PATHS.serverProperties})`,
    'Documentation=https://kafka.apache.org/documentation/',
    'Wants=network-online.target',
    'After=network-online.target',
    `RequiresMountsFor=${PATHS.mountPoint}`,
    '',
    '[Service]',
    'Type=simple',
    `User=${KAFKA_USER}`,
    `Group=${KAFKA_USER}`,
    `EnvironmentFile=${PATHS.environmentFile}`,
    `ExecStart=${PATHS.kafkaHome}/bin/kafka-server-start.sh ${PATHS.serverProperties}`,
    // SIGTERM starts a controlled shutdown.
    ...javaServiceTail(stop),
  ].join('\n');
}
