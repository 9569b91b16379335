/**
 * Kafka topic names, as Kafka's `Topic.validate` accepts them: 1-249 characters of `[a-zA-Z0-9._-]`, and not
 * "." or "..". Read by every target that creates topics.
 */

/** The legal characters and length of a topic name (without the "." / ".." exclusion). */
export const KAFKA_TOPIC_NAME_CHARS = /^[a-zA-Z0-9._-]{1,249}$/;

/** The rule of {@link isKafkaTopicName}, worded for the message grammar (`` `<path>` must <rule> ``). */
export const KAFKA_TOPIC_NAME_RULE = 'be 1-249 letters, digits, ".", "_" or "-" (not "." or "..")';

/** True for a name Kafka accepts as a topic name. */
export function isKafkaTopicName(name: unknown): name is string {
  return typeof name === 'string' && KAFKA_TOPIC_NAME_CHARS.test(name) && name !== '.' && name !== '..';
}
