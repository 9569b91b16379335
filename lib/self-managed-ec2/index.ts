/**
 * `kafka-iac/self-managed-ec2`: the pure plan and renderers of a self-managed KRaft cluster on EC2. The EC2 node
 * toolkit it shares with MirrorMaker 2 (instance catalog, artifact sources, node defaults, shell prelude, systemd
 * pieces) lives in `lib/aws/ec2-node`; this entry re-exports the parts it exported before.
 */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './cluster-id';
export * from '../aws/ec2-node/instances';
export * from './alarms';
export { SELF_MANAGED_OWNED_KEYS, ownerOf } from './owned-keys';
export * as selfManagedDefaults from './defaults';
export { buildServerProperties, renderServerProperties, SECRET_FILES } from './render/server-properties';
export { renderSystemdUnit } from './render/systemd-unit';
export { renderEnvironmentFile } from './render/environment';
export { CONFIG_PROVIDER_ALLOW_LIST, USER_DATA_LIMIT_BYTES } from '../aws/ec2-node/defaults';
export { renderBootScript } from './render/boot-script';
export { renderJmxExporterConfig } from './render/jmx-exporter';
export * from './render/node-files';
export { renderMetricsPublisher, renderMetricsUnit, METRICS_SCRIPT_PATH, METRICS_UNIT_PATH } from './render/metrics-publisher';
export { renderRestartScript, restartDocumentContent, RESTART_PARAMETERS } from './render/restart-node';
export * from './iam';
export * from './provisioner';
export * from './cost';
export * from './sizing';
export * from './catalog';
