/** `kafka-iac/confluent`: the pure Confluent Cloud plan (no cloud SDK). Face: `kafka-iac/confluent/pulumi`. */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './limits';
export { crnPattern, planApiKeys } from './access';
export { bootstrapServers, clientProperties, renderClientProperties, type ClientPropertiesInput } from './client-properties';
export * from './cost';
export * from './sizing';
