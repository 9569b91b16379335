/**
 * `kafka-iac/aws/pulumi`: the Pulumi pieces the AWS targets share (loads `@pulumi/aws` by submodule, never
 * aws-cdk-lib): `KafkaVpc`, and inside the library the alarm mapper, the account context and deploy-time functions.
 */
export { KafkaVpc, type KafkaVpcArgs } from './kafka-vpc';
