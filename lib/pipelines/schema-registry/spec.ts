/**
 * One schema registry contract for every back-end: a registry, subjects bound to Kafka topics, each with its format,
 * schema text and compatibility, and the principals that read or register schemas. `planSchemaRegistry` checks it
 * for one back-end (AWS Glue Schema Registry, Confluent Schema Registry, Azure Event Hubs schema groups).
 */
import type { CatalogPrincipal, ResourcePattern, TopicSpec } from '../../core/catalog/types';
import type { RemovalMode } from '../../core/types';

/** The wire formats every back-end knows by these names. */
export type SchemaFormat = 'AVRO' | 'PROTOBUF' | 'JSON';

/**
 * Compatibility in Confluent's vocabulary (`*_TRANSITIVE` checks every earlier version, not only the latest), plus
 * Glue's `DISABLED` (no new version may be registered). Each back-end maps it to its own names (see compatibility.ts).
 */
export type SchemaCompatibility =
  | 'NONE'
  | 'DISABLED'
  | 'BACKWARD'
  | 'BACKWARD_TRANSITIVE'
  | 'FORWARD'
  | 'FORWARD_TRANSITIVE'
  | 'FULL'
  | 'FULL_TRANSITIVE';

export type SchemaRegistryBackend = 'glue' | 'confluent' | 'event-hubs';

/** The record part a schema describes. */
export type SchemaPart = 'value' | 'key';

/** One subject: the schema of a topic's values (or keys). */
export interface SchemaSubjectSpec {
  /** The Kafka topic whose records the schema describes (a catalog topic name). */
  readonly topic: string;
  /**
   * Which part of the record.
   * @default 'value'
   */
  readonly part?: SchemaPart;
  readonly format: SchemaFormat;
  /** The schema text: Avro JSON, a `.proto` file, or a JSON Schema document. */
  readonly schema: string;
  /**
   * Compatibility of this subject.
   * @default - the registry's `compatibility`
   */
  readonly compatibility?: SchemaCompatibility;
  /**
   * Subject (Confluent) or schema (Glue) name.
   * @default - the back-end's topic naming: Confluent `<topic>-value` / `<topic>-key` (TopicNameStrategy); Glue
   * `<topic>` / `<topic>-key`
   */
  readonly subjectName?: string;
  /**
   * A description (Glue only).
   * @default - none
   */
  readonly description?: string;
}

/** Who reads schemas (consumers, deserializers) or registers them (producers with auto-registration). */
export interface SchemaGrantSpec {
  /** A name, unique in the registry (used in resource names and messages). */
  readonly name: string;
  /**
   * Glue: an `iam` role ARN; Confluent: a `native` service account id (`sa-...`); Event Hubs: a `native` Entra
   * object id.
   */
  readonly principal: CatalogPrincipal;
  /**
   * Topics whose subjects it reads (exact names or prefixes ending in `*`).
   * @default []
   */
  readonly read?: readonly ResourcePattern[];
  /**
   * Topics whose subjects it registers new versions of (implies read).
   * @default []
   */
  readonly write?: readonly ResourcePattern[];
}

export interface SchemaRegistrySpec {
  /**
   * The registry: a Glue registry name, an Event Hubs schema group name; for Confluent (one registry per
   * environment) a label used in resource names.
   */
  readonly name: string;
  /**
   * Registry description (Glue).
   * @default - none
   */
  readonly description?: string;
  /**
   * The compatibility of every subject that sets none. `BACKWARD` lets consumers upgrade first and read older records.
   * @default 'BACKWARD'
   */
  readonly compatibility?: SchemaCompatibility;
  readonly subjects: readonly SchemaSubjectSpec[];
  /**
   * The catalog's topics: when given, every subject's topic must be one of them.
   * @default - topic names are checked for Kafka's naming rules only
   */
  readonly topics?: readonly TopicSpec[];
  /**
   * Read and register access.
   * @default []
   */
  readonly grants?: readonly SchemaGrantSpec[];
  /**
   * What happens to the registry and its schemas (every registered version) when they leave the program.
   * @default 'retain'
   */
  readonly removal?: RemovalMode;
}
