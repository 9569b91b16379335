/** Lambda consumers of Kafka clusters: the options, the cluster facts a face supplies, and the plan. */
export * from './limits';
export * from './spec';
export * from './network';
export * from './plan';
export * from './external';
