/** `kafka-iac/event-hubs`: the pure Azure Event Hubs plan (no cloud SDK). Face: `kafka-iac/event-hubs/pulumi`. */
export * from './spec';
export * from './topic-spec';
export * from './plan-types';
export * from './plan';
export * from './limits';
export * from './client-properties';
export * from './arm-ids';
export * from './roles';
export * from './cost';
export * from './sizing';
