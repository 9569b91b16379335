/**
 * How each back-end names the subject of a topic's values or keys. Confluent's serializers default to
 * TopicNameStrategy (`<topic>-value`, `<topic>-key`); the Glue serializers' default naming strategy uses the topic
 * name as the schema name (values; keys need `<topic>-key` set as the producer's schema name). Event Hubs names
 * schemas after the Avro full name, so a subject there only documents the topic.
 */
import type { SchemaPart, SchemaRegistryBackend } from './spec';

export function defaultSubjectName(backend: SchemaRegistryBackend, topic: string, part: SchemaPart): string {
  switch (backend) {
    case 'confluent':
      return `${topic}-${part}`;
    case 'glue':
    case 'event-hubs':
      return part === 'value' ? topic : `${topic}-key`;
    default: {
      const never: never = backend;
      return String(never);
    }
  }
}

/**
 * The subject name patterns a topic pattern covers: an exact topic gives its value and key subjects, a prefix
 * (`orders.*`) the prefix of every subject of its topics (`orders.*`), `*` every subject.
 */
export function subjectPatterns(backend: SchemaRegistryBackend, topicPattern: string): string[] {
  if (topicPattern.endsWith('*')) return [topicPattern];
  return [defaultSubjectName(backend, topicPattern, 'value'), defaultSubjectName(backend, topicPattern, 'key')];
}

/** True when a subject name matches a pattern (exact, or a prefix ending in `*`). */
export function matchesPattern(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
