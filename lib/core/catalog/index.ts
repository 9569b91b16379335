/** The portable topic and access catalog: types, target rules, validation and plan. */
export * from './types';
export * from './context';
export * from './targets';
export * from './topic-config-types';
export { OWNED_TOPIC_KEYS } from './topics';
export { intentAcls } from './access';
export * from './plan';
