/** `kafka-iac/msk`: the pure MSK plan (no cloud SDK). Faces: `kafka-iac/msk/cdk`, `kafka-iac/msk/pulumi`. */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './limits';
export * from './configuration';
export * from './alarms';
export * from './iam';
export * from './metrics';
export * from './policies';
