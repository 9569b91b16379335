/**
 * Every file of a MirrorMaker 2 node, and the user data that installs them. All nodes of a deployment are identical.
 */
import { USER_DATA_LIMIT_BYTES } from '../../../aws/ec2-node/defaults';
import { MM2_PATHS } from '../defaults';
import type { MirrorMaker2Plan } from '../plan-types';
import { renderMirrorMakerBootScript, type EmbeddedFile } from './boot-script';
import { renderMirrorMakerEnvironment } from './environment';
import { renderMirrorMakerJmxExporterConfig } from './jmx-exporter';
import { MM2_METRICS_SCRIPT_PATH, MM2_METRICS_UNIT_PATH, renderMirrorMakerMetricsPublisher, renderMirrorMakerMetricsUnit } from './metrics-publisher';
import { renderMirrorMakerProperties } from './mm2-properties';
import { renderMirrorMakerUnit } from './systemd-unit';

/** The files of a node (identical on every node of a deployment). `boot.sh` is the user data and carries the others. */
export interface MirrorMakerNodeFiles {
  readonly 'mm2.properties': string;
  readonly 'mm2.env': string;
  readonly 'kafka-mirror-maker.service': string;
  /** With the JMX exporter only. */
  readonly 'jmx-exporter.yml'?: string;
  readonly 'kafka-iac-mm2-metrics.py': string;
  readonly 'kafka-iac-mm2-metrics.service': string;
  readonly 'boot.sh': string;
}

export type MirrorMakerEmbeddedFile = Exclude<keyof MirrorMakerNodeFiles, 'boot.sh'>;

/** Where each file goes on the node, with its mode (owner root, group kafka). */
export const MM2_FILE_PLACES: Readonly<Record<MirrorMakerEmbeddedFile, Omit<EmbeddedFile, 'text'>>> = {
  'mm2.properties': { path: MM2_PATHS.properties, mode: '0640' },
  'mm2.env': { path: MM2_PATHS.environmentFile, mode: '0640' },
  'kafka-mirror-maker.service': { path: MM2_PATHS.systemdUnit, mode: '0644' },
  'jmx-exporter.yml': { path: MM2_PATHS.jmxExporterConfig, mode: '0640' },
  'kafka-iac-mm2-metrics.py': { path: MM2_METRICS_SCRIPT_PATH, mode: '0750' },
  'kafka-iac-mm2-metrics.service': { path: MM2_METRICS_UNIT_PATH, mode: '0644' },
};

export function renderMirrorMakerFiles(plan: MirrorMaker2Plan): MirrorMakerNodeFiles {
  const files = {
    'mm2.properties': renderMirrorMakerProperties(plan),
    'mm2.env': renderMirrorMakerEnvironment(plan),
    'kafka-mirror-maker.service': renderMirrorMakerUnit(plan),
    ...(plan.jmxExporter ? { 'jmx-exporter.yml': renderMirrorMakerJmxExporterConfig(plan) } : {}),
    'kafka-iac-mm2-metrics.py': renderMirrorMakerMetricsPublisher(plan),
    'kafka-iac-mm2-metrics.service': renderMirrorMakerMetricsUnit(plan),
  };
  const embedded = (Object.keys(MM2_FILE_PLACES) as MirrorMakerEmbeddedFile[])
    .flatMap((f) => (files[f] === undefined ? [] : [{ ...MM2_FILE_PLACES[f], text: files[f]! }]));
  return { ...files, 'boot.sh': renderMirrorMakerBootScript(plan, embedded) };
}

/**
 * The EC2 user data of every node: the boot script carrying the files (no secret in it). Throws when it exceeds the
 * 16 KB user-data limit, which EC2 would otherwise refuse only at launch.
 */
export function renderMirrorMakerUserData(plan: MirrorMaker2Plan): string {
  const boot = renderMirrorMakerFiles(plan)['boot.sh'];
  const bytes = Buffer.byteLength(boot, 'utf8');
  if (bytes > USER_DATA_LIMIT_BYTES) {
    throw new Error(`MirrorMaker 2 ${plan.name}: the user data is ${bytes} bytes, over the EC2 limit of ${USER_DATA_LIMIT_BYTES}. Shorten extraProperties or the topic and group lists.`);
  }
  return boot;
}
