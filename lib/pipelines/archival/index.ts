export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './limits';
export * from './lifecycle';
export * from './channel-policy';
export * from './cluster-facts';
