/**
 * Service limits the plan checks before deploy. Sources (checked 2026-12-04):
 * - Glue names: AWS Glue API reference, `SchemaId` and `RegistryId` (1-255 characters of `[a-zA-Z0-9-_$#.]`).
 * - Glue schema text: AWS CloudFormation reference, AWS::Glue::Schema `SchemaDefinition` (1-170000 characters);
 *   AWS Glue quotas, "Schema version size" (170 KB).
 * - Glue descriptions: AWS::Glue::Registry `Description` (at most 2048), AWS::Glue::Schema `Description` (at most 1000).
 * - Glue JSON Schema dialects: AWS Glue Schema Registry developer guide, "JSON Schema Draft-04, Draft-06 and Draft-07".
 */
export const GLUE_LIMITS = {
  namePattern: /^[a-zA-Z0-9\-_$#.]{1,255}$/,
  nameRule: 'be 1-255 letters, digits, "-", "_", "$", "#" or "."',
  maxSchemaDefinitionLength: 170_000,
  maxRegistryDescriptionLength: 2048,
  maxSchemaDescriptionLength: 1000,
} as const;

/** The JSON Schema dialects (the `$schema` URI without its trailing `#`) each back-end accepts. */
export const JSON_SCHEMA_DIALECTS = {
  'draft-04': 'http://json-schema.org/draft-04/schema',
  'draft-06': 'http://json-schema.org/draft-06/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
} as const;

export type JsonSchemaDialect = keyof typeof JSON_SCHEMA_DIALECTS;

/**
 * Glue: Draft-04, -06 and -07 (developer guide); Confluent: Draft-04, -06, -07, 2019-09 and 2020-12 (Confluent
 * documentation, "JSON Schema Serializer and Deserializer"); Event Hubs groups hold Avro only here.
 */
export const BACKEND_JSON_DIALECTS = {
  glue: ['draft-04', 'draft-06', 'draft-07'],
  confluent: ['draft-04', 'draft-06', 'draft-07', '2019-09', '2020-12'],
  'event-hubs': [],
} as const satisfies Record<string, readonly JsonSchemaDialect[]>;
