/** `kafka-iac/self-managed-ec2/pulumi`: self-managed Apache Kafka (KRaft) on EC2 for Pulumi (@pulumi/aws; `KafkaVpc` from `lib/aws/pulumi`). */
export * from './self-managed-kafka-cluster';
export type { NodeResources } from './node';
export { KafkaVpc, type KafkaVpcArgs } from '../../aws/pulumi/kafka-vpc';
export { KafkaVpcPeering, type KafkaVpcPeeringArgs } from '../../aws/pulumi/kafka-vpc-peering';
