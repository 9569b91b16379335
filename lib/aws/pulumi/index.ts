/**
 * `kafka-iac/aws/pulumi`: the Pulumi pieces the AWS targets share (loads `@pulumi/aws` by submodule, never
 * aws-cdk-lib): `KafkaVpc`, `KafkaAdminFunction` (the in-VPC function that applies a topic and access catalog),
 * `ExternalKafkaConsumer` (a Lambda consumer of a cluster this library did not build), and inside the library the alarm mapper, the account context and deploy-time functions.
 */
export { KafkaVpc, type KafkaVpcArgs } from './kafka-vpc';
export { KafkaVpcPeering, type KafkaVpcPeeringArgs } from './kafka-vpc-peering';
export { KafkaAdminFunction, type KafkaAdminFunctionArgs } from './kafka-admin-function';
export { ExternalKafkaConsumer, type ExternalKafkaConsumerArgs } from './external-kafka-consumer';
