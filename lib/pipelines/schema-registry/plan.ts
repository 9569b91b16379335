/**
 * `planSchemaRegistry`: checks a registry spec for one back-end and decides every name and mode. Every problem is
 * collected and thrown at once; the schema text is parsed for its format before anything is deployed.
 */
import type { CatalogPrincipal } from '../../core/catalog/types';
import { IssueCollector } from '../../core/issues';
import { isKafkaTopicName, KAFKA_TOPIC_NAME_RULE } from '../../core/topic-name';
import { BACKEND_COMPATIBILITY, BACKEND_FORMATS, COMPATIBILITY_FIX, SCHEMA_COMPATIBILITIES, SCHEMA_FORMATS } from './compatibility';
import { BACKEND_JSON_DIALECTS, GLUE_LIMITS } from './limits';
import type { PlannedSchemaGrant, PlannedSchemaSubject, SchemaRegistryPlan } from './plan-types';
import { checkSchemaText } from './schema-text';
import type { SchemaCompatibility, SchemaGrantSpec, SchemaRegistryBackend, SchemaRegistrySpec, SchemaSubjectSpec } from './spec';
import { defaultSubjectName, subjectPatterns } from './subject-names';

const BACKENDS: readonly SchemaRegistryBackend[] = ['glue', 'confluent', 'event-hubs'];
/** A Confluent label (part of resource names only). */
const LABEL = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$/;
const GRANT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;
/** The principal kind each back-end's access control takes. */
const GRANT_PRINCIPAL: Readonly<Record<SchemaRegistryBackend, CatalogPrincipal['kind'] | undefined>> = {
  glue: 'iam',
  confluent: 'native',
  'event-hubs': undefined,
};
const IAM_ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** The default compatibility: consumers upgrade first and read every older record. */
export const DEFAULT_SCHEMA_COMPATIBILITY: SchemaCompatibility = 'BACKWARD';

function checkCompatibility(c: IssueCollector, backend: SchemaRegistryBackend, path: string, value: unknown): string | undefined {
  if (!SCHEMA_COMPATIBILITIES.includes(value as SchemaCompatibility)) {
    c.error('pipelines/schema-compatibility', path, `be one of ${SCHEMA_COMPATIBILITIES.join(', ')}`, value, `Use '${DEFAULT_SCHEMA_COMPATIBILITY}'.`);
    return undefined;
  }
  const native = BACKEND_COMPATIBILITY[backend][value as SchemaCompatibility];
  if (native === undefined) {
    const known = Object.keys(BACKEND_COMPATIBILITY[backend]).join(', ');
    c.error('pipelines/schema-compatibility-unsupported', path, `be one the ${backend} registry has (${known})`, value, COMPATIBILITY_FIX[backend]);
  }
  return native;
}

function planRegistryName(c: IssueCollector, backend: SchemaRegistryBackend, spec: SchemaRegistrySpec): void {
  const { name } = spec;
  if (backend === 'glue' && (typeof name !== 'string' || !GLUE_LIMITS.namePattern.test(name))) {
    c.error('pipelines/schema-registry-name', 'name', GLUE_LIMITS.nameRule, name, 'Rename the registry.');
  } else if (backend !== 'glue' && (typeof name !== 'string' || !LABEL.test(name))) {
    c.error('pipelines/schema-registry-name', 'name', 'be 1-63 letters, digits, ".", "_" or "-", starting with a letter or digit', name, 'Rename the registry.');
  }
  if (spec.description !== undefined && backend === 'glue' && spec.description.length > GLUE_LIMITS.maxRegistryDescriptionLength) {
    c.error('pipelines/schema-description', 'description', `be at most ${GLUE_LIMITS.maxRegistryDescriptionLength} characters on Glue`, `${spec.description.length} characters`, 'Shorten it.');
  }
}

function checkText(c: IssueCollector, backend: SchemaRegistryBackend, path: string, s: SchemaSubjectSpec): void {
  if (typeof s.schema !== 'string' || s.schema.trim().length === 0) {
    c.error('pipelines/schema-text-empty', `${path}.schema`, 'be the schema text', s.schema, 'Read the schema file into this prop.');
    return;
  }
  if (backend === 'glue' && s.schema.length > GLUE_LIMITS.maxSchemaDefinitionLength) {
    c.error('pipelines/schema-text-too-large', `${path}.schema`, `be at most ${GLUE_LIMITS.maxSchemaDefinitionLength} characters on Glue`, `${s.schema.length} characters`,
      'Split the schema, or move shared types to their own subjects.');
  }
  // A format the back-end lacks is reported once (schema-format-unsupported); its text is still parsed.
  if (!SCHEMA_FORMATS.includes(s.format)) return;
  const check = checkSchemaText(s.format, s.schema);
  if (check.error) {
    c.error('pipelines/schema-text-invalid', `${path}.schema`, `be a valid ${s.format} schema`, check.error, 'Fix the schema; the serializers would refuse it too.');
    return;
  }
  if (s.format !== 'JSON' || !BACKEND_FORMATS[backend].includes('JSON')) return;
  if (check.dialect === undefined) {
    c.error('pipelines/schema-json-dialect', `${path}.schema.$schema`, 'name a JSON Schema dialect (draft-04, draft-06, draft-07, 2019-09 or 2020-12)', check.schemaUri,
      'Use "http://json-schema.org/draft-07/schema#", or remove $schema.');
    return;
  }
  const dialects: readonly string[] = BACKEND_JSON_DIALECTS[backend];
  if (!dialects.includes(check.dialect)) {
    c.error('pipelines/schema-json-dialect-unsupported', `${path}.schema.$schema`, `be a dialect the ${backend} registry accepts (${dialects.join(', ')})`, check.dialect,
      'Use draft-07.');
  }
  if (check.compiledOnlyAsJson) {
    c.warn('pipelines/schema-json-draft-04-unchecked', `${path}.schema`,
      `${path}.schema is draft-04 JSON Schema: only its JSON was checked (no draft-04 compiler). Move it to draft-07 to have it compiled before deploy.`);
  }
}

function planSubjects(c: IssueCollector, backend: SchemaRegistryBackend, spec: SchemaRegistrySpec, compatibility: SchemaCompatibility): PlannedSchemaSubject[] {
  const subjects: readonly SchemaSubjectSpec[] = Array.isArray(spec.subjects) ? spec.subjects : [];
  if (subjects.length === 0) {
    c.error('pipelines/schema-subjects-empty', 'subjects', 'hold at least one subject', spec.subjects, 'Add the schema of a topic.');
  }
  const catalog = spec.topics ? new Set(spec.topics.map((t) => t.name)) : undefined;
  const seen = new Set<string>();
  const planned: PlannedSchemaSubject[] = [];
  subjects.forEach((s, i) => {
    const path = `subjects[${i}]`;
    if (!isKafkaTopicName(s.topic)) {
      c.error('pipelines/schema-topic-name', `${path}.topic`, KAFKA_TOPIC_NAME_RULE, s.topic, 'Use the catalog topic name.');
    } else if (catalog && !catalog.has(s.topic)) {
      c.error('pipelines/schema-topic-not-in-catalog', `${path}.topic`, `be a topic of the catalog (${[...catalog].sort().join(', ')})`, s.topic, 'Add the topic to the catalog, or fix the name.');
    }
    const part = s.part ?? 'value';
    if (part !== 'value' && part !== 'key') c.error('pipelines/schema-part', `${path}.part`, "be 'value' or 'key'", part, "Use 'value'.");
    if (!SCHEMA_FORMATS.includes(s.format)) {
      c.error('pipelines/schema-format', `${path}.format`, `be one of ${SCHEMA_FORMATS.join(', ')}`, s.format, "Use 'AVRO'.");
    } else if (!BACKEND_FORMATS[backend].includes(s.format)) {
      c.error('pipelines/schema-format-unsupported', `${path}.format`, `be a format the ${backend} registry stores (${BACKEND_FORMATS[backend].join(', ')})`, s.format,
        'Use an Avro schema, or another registry.');
    }
    checkText(c, backend, path, s);
    const own = s.compatibility ?? compatibility;
    const native = s.compatibility === undefined ? BACKEND_COMPATIBILITY[backend][own] : checkCompatibility(c, backend, `${path}.compatibility`, s.compatibility);
    if (backend === 'event-hubs' && own !== compatibility) {
      c.error('pipelines/schema-compatibility-per-subject', `${path}.compatibility`, `equal the registry's (${compatibility}): an Event Hubs schema group has one compatibility`, own,
        'Remove it, or put the subject in its own registry (schema group).');
    }
    const subjectName = s.subjectName ?? (typeof s.topic === 'string' ? defaultSubjectName(backend, s.topic, part) : '');
    if (backend === 'glue' && s.subjectName !== undefined && !GLUE_LIMITS.namePattern.test(subjectName)) {
      c.error('pipelines/schema-subject-name', `${path}.subjectName`, GLUE_LIMITS.nameRule, subjectName, 'Rename the schema.');
    } else if (s.subjectName !== undefined && (typeof s.subjectName !== 'string' || s.subjectName.length === 0)) {
      c.error('pipelines/schema-subject-name', `${path}.subjectName`, 'be a non-empty string', s.subjectName, 'Remove it to use the topic naming.');
    }
    if (seen.has(subjectName)) {
      c.error('pipelines/schema-subject-duplicate', `${path}.subjectName`, 'be unique in the registry', subjectName, 'Remove the duplicate, or give one a subjectName.');
    }
    seen.add(subjectName);
    if (s.description !== undefined && backend === 'glue' && s.description.length > GLUE_LIMITS.maxSchemaDescriptionLength) {
      c.error('pipelines/schema-description', `${path}.description`, `be at most ${GLUE_LIMITS.maxSchemaDescriptionLength} characters on Glue`, `${s.description.length} characters`, 'Shorten it.');
    }
    planned.push({
      topic: s.topic, part, format: s.format, schema: s.schema, subjectName, compatibility: own, backendCompatibility: native ?? String(own),
      ...(s.description !== undefined ? { description: s.description } : {}),
    });
  });
  return planned.sort((a, b) => (a.subjectName < b.subjectName ? -1 : a.subjectName > b.subjectName ? 1 : 0));
}

function isPattern(p: unknown): p is string {
  if (typeof p !== 'string') return false;
  if (p === '*') return true;
  const bare = p.endsWith('*') ? p.slice(0, -1) : p;
  return bare.length > 0 && /^[a-zA-Z0-9._-]+$/.test(bare);
}

function planGrant(c: IssueCollector, backend: SchemaRegistryBackend, g: SchemaGrantSpec, i: number, names: Set<string>): PlannedSchemaGrant {
  const path = `grants[${i}]`;
  if (typeof g.name !== 'string' || !GRANT_NAME.test(g.name)) {
    c.error('pipelines/schema-grant-name', `${path}.name`, 'be 1-64 letters, digits, "_" or "-"', g.name, 'Rename the grant.');
  } else if (names.has(g.name)) {
    c.error('pipelines/schema-grant-duplicate', `${path}.name`, 'be unique', g.name, 'Rename one of the grants.');
  }
  names.add(g.name);
  const kind = GRANT_PRINCIPAL[backend];
  if (kind !== undefined && g.principal?.kind !== kind) {
    const want = kind === 'iam' ? "an 'iam' role ARN" : "a 'native' service account id (sa-...)";
    c.error('pipelines/schema-grant-principal', `${path}.principal.kind`, `be ${want} on ${backend}`, g.principal?.kind,
      'Schema registries authorize principals of their own cloud, not Kafka SCRAM or mTLS users.');
  } else if (kind === 'iam' && g.principal.kind === 'iam' && !IAM_ROLE_ARN.test(g.principal.arn)) {
    c.error('pipelines/schema-grant-principal', `${path}.principal.arn`, 'be an IAM role ARN (arn:aws:iam::<account>:role/<name>)', g.principal.arn,
      'Grant the role your application runs as, or call grantRead/grantWrite on the construct.');
  }
  const read = g.read ?? [];
  const write = g.write ?? [];
  if (read.length === 0 && write.length === 0) {
    c.error('pipelines/schema-grant-empty', path, 'name topics to `read` or `write`', g, 'Add the topics whose schemas it uses, or remove the grant.');
  }
  [...read.map((p, j) => [p, `${path}.read[${j}]`] as const), ...write.map((p, j) => [p, `${path}.write[${j}]`] as const)].forEach(([p, at]) => {
    if (!isPattern(p)) c.error('pipelines/schema-grant-pattern', at, 'be a topic name or a prefix ending in "*"', p, "Use e.g. 'orders' or 'orders.*'.");
  });
  const expand = (ps: readonly string[]) => [...new Set(ps.filter(isPattern).flatMap((p) => subjectPatterns(backend, p)))].sort();
  return { name: g.name, principal: g.principal, read: expand(read), write: expand(write) };
}

/**
 * Validates a schema registry for a back-end and returns its plan; throws one `KafkaValidationError` listing every
 * problem. `subject` names the construct or component in the error.
 */
export function planSchemaRegistry(spec: SchemaRegistrySpec, backend: SchemaRegistryBackend, subject = `Schema registry '${spec.name}'`): SchemaRegistryPlan {
  const c = new IssueCollector();
  if (!BACKENDS.includes(backend)) {
    c.error('pipelines/schema-backend', 'backend', `be one of ${BACKENDS.join(', ')}`, backend, "Use 'glue', 'confluent' or 'event-hubs'.");
    c.throwIfErrors(subject);
  }
  planRegistryName(c, backend, spec);
  const compatibility = spec.compatibility ?? DEFAULT_SCHEMA_COMPATIBILITY;
  const backendCompatibility = checkCompatibility(c, backend, 'compatibility', compatibility);
  const subjects = planSubjects(c, backend, spec, compatibility);
  const grantsSpec = spec.grants ?? [];
  if (backend === 'event-hubs' && grantsSpec.length > 0) {
    c.error('pipelines/schema-grants-event-hubs', 'grants', 'be empty for Event Hubs schema groups', grantsSpec.map((g) => g.name),
      "Assign the Azure roles 'Schema Registry Reader' or 'Schema Registry Contributor' on the namespace to the principals.");
  }
  const names = new Set<string>();
  const grants = backend === 'event-hubs' ? [] : grantsSpec.map((g, i) => planGrant(c, backend, g, i, names));
  const removal = spec.removal ?? 'retain';
  if (removal !== 'retain' && removal !== 'destroy') c.error('pipelines/schema-removal', 'removal', "be 'retain' or 'destroy'", removal, "Use 'retain'.");
  c.throwIfErrors(subject);
  return {
    backend, name: spec.name, compatibility, backendCompatibility: backendCompatibility ?? compatibility, subjects, grants, removal, warnings: c.warnings,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
  };
}
