/**
 * `kafka-mirror-maker.service`: MirrorMaker 2 in dedicated mode, in the foreground under systemd, as the unprivileged
 * kafka user, restarted on failure, with the self-managed services' sandbox. It runs only the flows into the target
 * (`--clusters <target>`): the deployment runs next to its target cluster.
 */
import { javaServiceTail } from '../../../aws/ec2-node/systemd-unit';
import { MM2_PATHS, MM2_USER } from '../defaults';
import type { MirrorMaker2Plan } from '../plan-types';

/**
 * Connect stops each flow's herder and commits source offsets on SIGTERM (each task gets
 * `task.shutdown.graceful.timeout.ms`, 5 s by default); 120 s covers several flows before systemd kills the JVM.
 */
export const MM2_STOP_TIMEOUT_SECONDS = 120;

/** Cluster aliases are `[A-Za-z0-9_-]` (spec): they need no quoting on a systemd command line. */
const ALIAS = /^[A-Za-z0-9_-]+$/;

export function renderMirrorMakerUnit(plan: MirrorMaker2Plan): string {
  if (!ALIAS.test(plan.targetCluster)) throw new Error(`MirrorMaker 2 target alias ${JSON.stringify(plan.targetCluster)} is not [A-Za-z0-9_-]+`);
  return [
    '[Unit]',
    `Description=MirrorMaker 2 ${plan.name} (Kafka ${plan.kafkaVersion}): flows into ${plan.targetCluster}`,
    'Documentation=https://kafka.apache.org/documentation/#georeplication',
    'Wants=network-online.target',
    'After=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    `User=${MM2_USER}`,
    `Group=${MM2_USER}`,
    `EnvironmentFile=${MM2_PATHS.environmentFile}`,
    `ExecStart=${MM2_PATHS.kafkaHome}/bin/connect-mirror-maker.sh ${MM2_PATHS.properties} --clusters ${plan.targetCluster}`,
    ...javaServiceTail(MM2_STOP_TIMEOUT_SECONDS),
  ].join('\n');
}
