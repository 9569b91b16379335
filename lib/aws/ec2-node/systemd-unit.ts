/**
 * Pieces of the systemd units every kafka-iac EC2 node runs (a broker or controller, MirrorMaker 2, the metrics
 * publishers): the sandbox, the `[Install]` section and the tail of a Kafka JVM service in the foreground.
 */
import { LIMIT_NOFILE } from './defaults';

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
