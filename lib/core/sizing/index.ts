/** Workloads and published capacity guidance, read by sizing checks and advice. */
export * from './workload';
export * from './capacity';
