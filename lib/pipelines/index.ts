/**
 * `kafka-iac/pipelines`: what runs next to a cluster, as pure plans (no cloud SDK): the schema registry contract
 * (Glue, Confluent, Event Hubs schema groups). Faces: `kafka-iac/pipelines/cdk`, `kafka-iac/pipelines/pulumi`.
 */
export * from './schema-registry';
