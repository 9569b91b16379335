/**
 * `kafka-iac/aws/cdk`: the AWS CDK pieces the AWS targets share (loads aws-cdk-lib, never @pulumi/*): `KafkaVpc`,
 * `KafkaAdminFunction` (the in-VPC function that applies a topic and access catalog), `ExternalKafkaConsumer` (a Lambda consumer of
 * a cluster this library did not build), and
 * inside the library the alarm mapper, removal policies, the custom-resource provider, deploy-time functions and MSK
 * IAM resource ARNs.
 */
export * from './kafka-vpc';
export { KafkaVpcPeering, type KafkaVpcPeeringProps } from './kafka-vpc-peering';
export { kafkaResourceArn } from './kafka-resource-arn';
export { KafkaAdminFunction, type KafkaAdminFunctionProps } from './kafka-admin-function';
export { ExternalKafkaConsumer, type ExternalKafkaConsumerProps } from './external-kafka-consumer';
