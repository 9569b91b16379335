/**
 * `kafka-iac/gcp-managed-kafka`: the pure Google Cloud Managed Service for Apache Kafka plan (no cloud SDK).
 * Face: `kafka-iac/gcp-managed-kafka/pulumi`.
 */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './limits';
export * from './immutability';
export { bootstrapAddressOf, googleOAuthSettings, renderClientProperties } from './client-properties';
export { isMirrorMaker2ConnectorKey } from './connect';
export * from './cost';
export * from './sizing';
