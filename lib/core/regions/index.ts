export * from './tables';
export * from './check';
