/** `kafka-iac/self-managed-ec2/cdk`: self-managed Apache Kafka (KRaft) on EC2 for AWS CDK (`KafkaVpc` from `lib/aws/cdk`). */
export * from './self-managed-kafka-cluster';
export { KafkaNode, type KafkaNodeProps } from './node';
export { Provisioner, type ProvisionerProps } from './provisioner';
export { ABORT_INCOMPLETE_UPLOADS_DAYS } from './tiered-storage-bucket';
export { KafkaVpc, type KafkaVpcProps } from '../../aws/cdk/kafka-vpc';
export { KafkaVpcPeering, type KafkaVpcPeeringProps } from '../../aws/cdk/kafka-vpc-peering';
