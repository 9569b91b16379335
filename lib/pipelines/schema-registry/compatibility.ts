/**
 * Formats and compatibility modes per back-end, as data. Sources (checked 2026-12-04):
 * - Glue: AWS CloudFormation reference, AWS::Glue::Schema `Compatibility` (NONE | DISABLED | BACKWARD | BACKWARD_ALL |
 *   FORWARD | FORWARD_ALL | FULL | FULL_ALL) and `DataFormat` (AVRO | JSON | PROTOBUF).
 * - Confluent: @pulumi/confluentcloud 2.x `SubjectConfig.compatibilityLevel` (BACKWARD, BACKWARD_TRANSITIVE, FORWARD,
 *   FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE) and `Schema.format` (AVRO, JSON, PROTOBUF).
 * - Event Hubs: the schema groups of kafka-iac/event-hubs (Avro; None, Backward, Forward), as Azure Schema Registry
 *   defines a group's compatibility.
 */
import type { SchemaCompatibility, SchemaFormat, SchemaRegistryBackend } from './spec';

export const SCHEMA_COMPATIBILITIES: readonly SchemaCompatibility[] = [
  'NONE', 'DISABLED', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE',
];

export const SCHEMA_FORMATS: readonly SchemaFormat[] = ['AVRO', 'PROTOBUF', 'JSON'];

/** What a back-end calls each compatibility mode it has; a missing key is a mode it lacks. */
export const BACKEND_COMPATIBILITY: Readonly<Record<SchemaRegistryBackend, Partial<Record<SchemaCompatibility, string>>>> = {
  glue: {
    NONE: 'NONE', DISABLED: 'DISABLED', BACKWARD: 'BACKWARD', BACKWARD_TRANSITIVE: 'BACKWARD_ALL', FORWARD: 'FORWARD',
    FORWARD_TRANSITIVE: 'FORWARD_ALL', FULL: 'FULL', FULL_TRANSITIVE: 'FULL_ALL',
  },
  confluent: {
    NONE: 'NONE', BACKWARD: 'BACKWARD', BACKWARD_TRANSITIVE: 'BACKWARD_TRANSITIVE', FORWARD: 'FORWARD',
    FORWARD_TRANSITIVE: 'FORWARD_TRANSITIVE', FULL: 'FULL', FULL_TRANSITIVE: 'FULL_TRANSITIVE',
  },
  'event-hubs': { NONE: 'None', BACKWARD: 'Backward', FORWARD: 'Forward' },
};

/** The formats each back-end stores. */
export const BACKEND_FORMATS: Readonly<Record<SchemaRegistryBackend, readonly SchemaFormat[]>> = {
  glue: ['AVRO', 'JSON', 'PROTOBUF'],
  confluent: ['AVRO', 'JSON', 'PROTOBUF'],
  'event-hubs': ['AVRO'],
};

/** What to use instead of a mode a back-end lacks. */
export const COMPATIBILITY_FIX: Readonly<Record<SchemaRegistryBackend, string>> = {
  glue: "Use 'BACKWARD' so consumers can read older records.",
  confluent: "Use 'BACKWARD'; to freeze a subject (Glue's DISABLED) set its mode to READONLY instead.",
  'event-hubs': "Use 'BACKWARD' (Event Hubs groups know NONE, BACKWARD and FORWARD only).",
};
