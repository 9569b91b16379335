/** Pure plan of a dedicated MirrorMaker 2 deployment (no cloud SDK). */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './defaults';
export * from './render/mm2-properties';
export * from './render/node-files';
export { renderMirrorMakerBootScript, type EmbeddedFile } from './render/boot-script';
export { renderMirrorMakerEnvironment } from './render/environment';
export { MM2_EXPORTED, renderMirrorMakerJmxExporterConfig } from './render/jmx-exporter';
export { MM2_METRICS_UNIT, renderMirrorMakerMetricsPublisher, renderMirrorMakerMetricsUnit } from './render/metrics-publisher';
export { renderMirrorMakerUnit } from './render/systemd-unit';
export * from './node-policy';
