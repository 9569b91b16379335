/** `kafka-iac/core`: pure, cloud-agnostic building blocks shared by every target (the AWS targets add `lib/aws` on top). */
export * from './issues';
export * from './alarms';
export * from './types';
export * from './defaults';
export * from './kafka-version';
export * from './topic-name';
export * from './config/keys';
export * from './config/login-modules';
export * from './config/properties';
export * from './config/server-properties';
export * from './config/mm2-keys';
export * from './suggest';
export * from './regions';
export * from './typed';
export * from './ipv4';
