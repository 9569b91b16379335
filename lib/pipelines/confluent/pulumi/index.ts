/** `kafka-iac/pipelines/confluent/pulumi`: the schema registry contract on Confluent Cloud (loads @pulumi/confluentcloud, never aws-cdk-lib). */
export * from './confluent-schema-registry';
