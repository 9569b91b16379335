/**
 * `kafka-iac/pipelines`: what runs next to a cluster, as pure plans (no cloud SDK): the schema registry contract
 * (Glue, Confluent, Event Hubs schema groups) and the archival of topics to S3. Faces: `kafka-iac/pipelines/cdk`, `kafka-iac/pipelines/pulumi`.
 */
export * from './schema-registry';
export * from './archival';
