/**
 * `kafka-iac/msk`: the pure MSK plan (no cloud SDK). Faces: `kafka-iac/msk/cdk`, `kafka-iac/msk/pulumi`. What the AWS
 * targets share (the `KafkaVpc` plan, MSK IAM access control, IAM policy JSON) lives in `lib/aws`; this entry
 * re-exports the parts it exported before.
 */
export * from './spec';
export * from './plan-types';
export * from './plan';
export * from './limits';
export * from './configuration';
export * from './alarms';
export * from '../aws/msk-iam-access';
export * from './metrics';
export * from './policies';
export * from './cost';
export * from './connect-cost';
export * from './sizing';
