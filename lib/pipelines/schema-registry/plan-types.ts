/** The validated schema registry, for one back-end: every default resolved, names decided. */
import type { CatalogPrincipal } from '../../core/catalog/types';
import type { Issue } from '../../core/issues';
import type { RemovalMode } from '../../core/types';
import type { SchemaCompatibility, SchemaFormat, SchemaPart, SchemaRegistryBackend } from './spec';

export interface PlannedSchemaSubject {
  readonly topic: string;
  readonly part: SchemaPart;
  readonly format: SchemaFormat;
  readonly schema: string;
  /** Confluent subject or Glue schema name. */
  readonly subjectName: string;
  readonly compatibility: SchemaCompatibility;
  /** The back-end's own name for the compatibility (`BACKWARD_ALL` on Glue, ...). */
  readonly backendCompatibility: string;
  /** @default - none */
  readonly description?: string;
}

export interface PlannedSchemaGrant {
  readonly name: string;
  readonly principal: CatalogPrincipal;
  /** Subject (schema) name patterns it reads: exact names, or a prefix ending in `*`. */
  readonly read: readonly string[];
  /** Subject (schema) name patterns it registers versions of (and reads). */
  readonly write: readonly string[];
}

export interface SchemaRegistryPlan {
  readonly backend: SchemaRegistryBackend;
  readonly name: string;
  /** @default - none */
  readonly description?: string;
  readonly compatibility: SchemaCompatibility;
  readonly backendCompatibility: string;
  /** Sorted by subject name. */
  readonly subjects: readonly PlannedSchemaSubject[];
  readonly grants: readonly PlannedSchemaGrant[];
  readonly removal: RemovalMode;
  readonly warnings: readonly Issue[];
}
