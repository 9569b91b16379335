/** `kafka-iac/self-managed-ec2/pulumi`: self-managed Apache Kafka (KRaft) on EC2 for Pulumi (@pulumi/aws). */
export * from './self-managed-kafka-cluster';
export type { NodeResources } from './node';
export { KafkaVpc, type KafkaVpcArgs } from '../../msk/pulumi/kafka-vpc';
