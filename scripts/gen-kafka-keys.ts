/**
 * Regenerates lib/core/config/kafka-keys.generated.ts (broker, topic, client and MirrorMaker 2 key lists) from the
 * reference key lists (`reference/kafka-config-keys/`, or the directory given as argument).
 * test/core/keys.test.ts compares the generated file with the lists so they cannot drift apart.
 *
 * Two families of lists, both described in the reference READMEs:
 * - source-derived (3.9.0-rc3, and a pre-release 4.0 trunk snapshot): broker/topic keys of 3.9, the internal broker
 *   keys, and the client, Connect worker and MirrorMaker 2 keys (no 4.x list of those is published);
 * - published (`published/`): the broker and topic tables of Kafka 4.0, 4.1 and 4.4.0 and the MirrorMaker 2 tables
 *   of 4.4.0. Lines without a table (4.2, 4.3) are derived from these in lib/core/config/keys.ts.
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'reference', 'kafka-config-keys'));
const read = (f: string): string[] =>
  fs.readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
const published = (f: string) => read(path.join('published', f));

/**
 * Three throttle keys the 4.4 broker table lists but Kafka only accepts as dynamic configs: never in
 * server.properties (published/README.md, "How they were made").
 */
const DYNAMIC_ONLY = ['follower.replication.throttled.rate', 'leader.replication.throttled.rate', 'replica.alter.log.dirs.io.max.bytes.per.second'];
/**
 * MirrorMaker 2 keys the published tables never document although dedicated mode reads them (published/README.md:
 * the site lacks `clusters`, `dedicated.mode.enable.internal.rest` and `use.defaults.from`; the others it lacks are
 * Connect worker keys, which the worker list holds).
 */
const MM2_UNDOCUMENTED = ['clusters', 'dedicated.mode.enable.internal.rest', 'use.defaults.from'];

/** `diffs.tsv` rows: the heartbeat keys with no 4.4 table, which the README says to treat as still valid. */
const unverifiedAbsent44 = read(path.join('published', 'diffs.tsv')).slice(1).map((l) => l.split('\t'))
  .filter(([list, , to, change]) => list === 'mirrormaker2' && to === '4.4' && change.startsWith('unverified-absent'))
  .map((r) => r[4]);

const lists = {
  // Kafka 3.9 (source-derived, 3.9.0-rc3): broker, internal broker and topic keys, and the KRaft-forbidden keys.
  broker39: read('broker-3.9.0-rc3.txt'),
  brokerInternal39: read('broker-3.9.0-rc3.internal.txt'),
  topic39: read('topic-3.9.0-rc3.txt'),
  kraftForbidden: read('kraft-forbidden.txt'),
  // Internal broker keys of the 4.0 trunk snapshot: the published tables omit internal keys, so every 4.x line uses
  // these (minus any the line's table lists as public).
  brokerInternal40: read('broker-4.0.0-SNAPSHOT-1eb7644.internal.txt'),
  // Kafka 4.x broker and topic tables as published (4.0, 4.1, 4.4.0), and the 4.x KRaft-forbidden keys.
  brokerPublished40: published('broker-4.0.txt'),
  brokerPublished41: published('broker-4.1.txt'),
  brokerPublished44: published('broker-4.4.txt'),
  topicPublished40: published('topic-4.0.txt'),
  topicPublished41: published('topic-4.1.txt'),
  topicPublished44: published('topic-4.4.txt'),
  kraftForbidden4x: published('kraft-forbidden-4.x.txt'),
  brokerDynamicOnly: DYNAMIC_ONLY,
  // Producer, consumer and admin keys; MirrorMaker 2 connector keys (read by gcp-managed-kafka's connectors).
  clientKeys39: read('clients-3.9.0-rc3.txt'),
  mirrorMaker2Keys39: read('mirrormaker2-3.9.0-rc3.txt'),
  // Dedicated MirrorMaker 2 (mm2.properties): connector, worker and client keys.
  clientKeys40: read('clients-4.0.0-SNAPSHOT-1eb7644.txt'),
  mirrorMaker2Keys40: read('mirrormaker2-4.0.0-SNAPSHOT-1eb7644.txt'),
  mirrorMaker2WorkerKeys39: read('mirrormaker2-worker-3.9.0-rc3.txt'),
  mirrorMaker2WorkerKeys40: read('mirrormaker2-worker-4.0.0-SNAPSHOT-1eb7644.txt'),
  // MirrorMaker 2 tables of 4.4.0 as published, and the keys they leave out that dedicated mode still reads.
  mirrorMaker2Published44: published('mirrormaker2-4.4.txt'),
  mirrorMaker2Unlisted44: [...new Set([...unverifiedAbsent44, ...MM2_UNDOCUMENTED])].sort(),
};

// The supplements name keys of the lists they supplement: a typo here must not widen what validation accepts.
for (const k of DYNAMIC_ONLY) if (!lists.brokerPublished44.includes(k)) throw new Error(`${k} is not in published/broker-4.4.txt`);
for (const k of lists.mirrorMaker2Unlisted44) {
  if (!lists.mirrorMaker2Keys40.includes(k)) throw new Error(`${k} is not a MirrorMaker 2 key of the 4.0 snapshot`);
  if (lists.mirrorMaker2Published44.includes(k)) throw new Error(`${k} is already in published/mirrormaker2-4.4.txt`);
}
if (unverifiedAbsent44.length === 0) throw new Error('no unverified-absent MirrorMaker 2 rows in published/diffs.tsv');

const patterns: { scopes: string[]; restIn: string[]; regex: string }[] = [];
const pl = fs.readFileSync(path.join(dir, 'patterns.txt'), 'utf8').split('\n');
for (let i = 0; i < pl.length; i++) {
  const m = /^# scope=([^ ]+)(?: rest-in=([^ ]+))? ::/.exec(pl[i]);
  if (m) {
    patterns.push({ scopes: m[1].split(','), restIn: m[2] ? m[2].split(',') : [], regex: pl[i + 1].trim() });
    i++;
  }
}

const out = [
  '// Generated by scripts/gen-kafka-keys.ts from the Kafka configuration key reference lists. Do not edit.',
  '// Sources: key names registered with ConfigDef in Apache Kafka 3.9.0-rc3 and trunk 1eb7644 (4.0.0-SNAPSHOT), and the',
  '// configuration tables Apache Kafka publishes for 4.0, 4.1 and 4.4.0 (reference/kafka-config-keys/published/).',
  '/* eslint-disable */',
  '',
  ...Object.entries(lists).map(([k, v]) => `export const ${k}: readonly string[] = ${JSON.stringify(v)};`),
  '',
  `export const keyPatterns: readonly { scopes: readonly string[]; restIn: readonly string[]; regex: string }[] = ${JSON.stringify(patterns, null, 1)};`,
  '',
].join('\n');
fs.writeFileSync(path.join(__dirname, '..', 'lib', 'core', 'config', 'kafka-keys.generated.ts'), out);
console.log(`wrote ${Object.values(lists).reduce((n, l) => n + l.length, 0)} keys and ${patterns.length} patterns`);
