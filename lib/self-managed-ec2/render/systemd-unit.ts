/**
 * `kafka.service`: Kafka in the foreground under systemd (checklist 22): non-root, many open files, restarted on
 * failure, a stop timeout long enough for a controlled shutdown, and started only once its volume is mounted.
 * Identical on every node of a role.
 */
import { KAFKA_USER, LIMIT_NOFILE, PATHS, STOP_TIMEOUT_SECONDS } from '../defaults';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';

/** Sandboxing every kafka-iac service unit gets: no privilege gain, private /tmp, read-only /usr and /boot, no /home. */
export const SERVICE_SANDBOX: readonly string[] = ['NoNewPrivileges=true', 'PrivateTmp=true', 'ProtectSystem=full', 'ProtectHome=true'];
/** The `[Install]` section of a service started at boot, and the unit's final newline. */
export const INSTALL_SECTION: readonly string[] = ['', '[Install]', 'WantedBy=multi-user.target', ''];

/**
 * The end of the `[Service]` section of a Kafka JVM in the foreground (a broker, a controller, MirrorMaker 2), then the
 * `[Install]` section: SIGTERM starts a clean shutdown and the JVM then exits with 143; restarted on failure.
 */
export function javaServiceTail(stopTimeoutSeconds: number): string[] {
  return [
    'KillSignal=SIGTERM',
    'SuccessExitStatus=143',
    `TimeoutStopSec=${stopTimeoutSeconds}`,
    'Restart=on-failure',
    'RestartSec=10',
    `LimitNOFILE=${LIMIT_NOFILE}`,
    ...SERVICE_SANDBOX,
    ...INSTALL_SECTION,
  ];
}

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
