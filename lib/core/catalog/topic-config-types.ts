/**
 * Value types and ranges of topic-level keys, as Kafka's `LogConfig`/`TopicConfig` ConfigDef validators declare them
 * (Apache Kafka 3.9 and 4.x sources, `org.apache.kafka.storage.internals.log.LogConfig`; read 2026-12-04). A key
 * missing here is checked only as a single-line string.
 */

export type TopicValueType =
  | { readonly type: 'long' | 'int'; readonly min: number; readonly max?: number }
  | { readonly type: 'double'; readonly min: number; readonly max: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'list'; readonly values: readonly string[] };

const long = (min: number): TopicValueType => ({ type: 'long', min });
const int = (min: number, max?: number): TopicValueType => ({ type: 'int', min, max });
const bool: TopicValueType = { type: 'boolean' };

export const TOPIC_VALUE_TYPES: Readonly<Record<string, TopicValueType>> = {
  'cleanup.policy': { type: 'list', values: ['delete', 'compact'] },
  'compression.type': { type: 'enum', values: ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'] },
  'compression.gzip.level': int(-1, 9),
  'compression.lz4.level': int(1, 17),
  'compression.zstd.level': int(-131072, 22),
  'delete.retention.ms': long(0),
  'file.delete.delay.ms': long(0),
  'flush.messages': long(1),
  'flush.ms': long(0),
  'index.interval.bytes': int(0),
  'local.retention.bytes': long(-2),
  'local.retention.ms': long(-2),
  'max.compaction.lag.ms': long(1),
  'max.message.bytes': int(0),
  'message.downconversion.enable': bool,
  'message.timestamp.after.max.ms': long(0),
  'message.timestamp.before.max.ms': long(0),
  'message.timestamp.difference.max.ms': long(0),
  'message.timestamp.type': { type: 'enum', values: ['CreateTime', 'LogAppendTime'] },
  'min.cleanable.dirty.ratio': { type: 'double', min: 0, max: 1 },
  'min.compaction.lag.ms': long(0),
  'min.insync.replicas': int(1),
  preallocate: bool,
  'remote.log.copy.disable': bool,
  'remote.log.delete.on.disable': bool,
  'remote.storage.enable': bool,
  'retention.bytes': long(-1),
  'retention.ms': long(-1),
  'segment.bytes': int(14),
  'segment.index.bytes': int(4),
  'segment.jitter.ms': long(0),
  'segment.ms': long(1),
  'unclean.leader.election.enable': bool,
};

/** The rule a value breaks, worded for `` `<path>` must <rule> ``; undefined when the value fits the key's type. */
export function topicValueRule(key: string, value: string): string | undefined {
  const t = TOPIC_VALUE_TYPES[key];
  if (!t) return undefined;
  switch (t.type) {
    case 'long':
    case 'int': {
      const range = t.max === undefined ? `at least ${t.min}` : `from ${t.min} to ${t.max}`;
      const n = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
      const limit = t.type === 'int' ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
      return Number.isSafeInteger(n) && n >= t.min && n <= (t.max ?? limit) ? undefined : `be an integer ${range}`;
    }
    case 'double': {
      const n = value.trim() === '' ? NaN : Number(value);
      return Number.isFinite(n) && n >= t.min && n <= t.max ? undefined : `be a number from ${t.min} to ${t.max}`;
    }
    case 'boolean':
      return /^(true|false)$/i.test(value.trim()) ? undefined : 'be "true" or "false"';
    case 'enum':
      return t.values.includes(value.trim()) ? undefined : `be one of ${t.values.join(', ')}`;
    case 'list': {
      const items = value.split(',').map((v) => v.trim());
      return items.length > 0 && items.every((v) => t.values.includes(v)) ? undefined : `be a comma-separated list of ${t.values.join(', ')}`;
    }
  }
}
