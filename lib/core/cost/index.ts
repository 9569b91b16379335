/** Price tables as data and the pieces every target's cost function uses. */
export * from './types';
export * from './hours';
export * from './sheet';
export * from './usage';
export * from './prices/aws';
export * from './prices/others';
export * from './options';
