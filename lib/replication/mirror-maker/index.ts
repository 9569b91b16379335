/** Pure plan of a dedicated MirrorMaker 2 deployment (no cloud SDK). */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './defaults';
export * from './render/mm2-properties';
export * from './render/node-files';
