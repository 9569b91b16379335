/**
 * Test-side reader of the reference key lists in `reference/kafka-config-keys/`.
 * Tests check every rendered key against these files directly, not against the library's embedded copy.
 */
import * as fs from 'fs';
import * as path from 'path';

export const KEYS_DIR = path.resolve(__dirname, '..', '..', 'reference', 'kafka-config-keys');

/** The key lists a test can name: one per Kafka line from 3.9 (lines before 3.9 use the 3.9 lists). */
export type KeyListVersion = '3.9' | '4.0' | '4.1' | '4.2' | '4.3' | '4.4';

const SOURCE_39 = '3.9.0-rc3';
const SNAPSHOT_40 = '4.0.0-SNAPSHOT-1eb7644';
/** Throttles the 4.4 broker table lists but Kafka only accepts dynamically (published/README.md): never rendered. */
const DYNAMIC_ONLY = ['follower.replication.throttled.rate', 'leader.replication.throttled.rate', 'replica.alter.log.dirs.io.max.bytes.per.second'];
/** MirrorMaker 2 keys the published 4.4 tables leave out (published/README.md: undocumented, and no heartbeat table). */
const MM2_UNLISTED_44 = ['clusters', 'dedicated.mode.enable.internal.rest', 'use.defaults.from', 'emit.heartbeats.enabled', 'emit.heartbeats.interval.seconds', 'heartbeats.topic.replication.factor'];

const intersect = (a: string[], b: string[]) => a.filter((k) => b.includes(k));

/** Public broker keys of a line, read from the reference files (README rules: 4.2 and 4.3 = published for both 4.1 and 4.4). */
export function brokerList(version: KeyListVersion): string[] {
  switch (version) {
    case '3.9': return readList(`broker-${SOURCE_39}.txt`);
    case '4.0': case '4.1': case '4.4': return readList(`published/broker-${version}.txt`);
    case '4.2': case '4.3': return intersect(readList('published/broker-4.1.txt'), readList('published/broker-4.4.txt'));
  }
}

export function readList(name: string): string[] {
  return fs.readFileSync(path.join(KEYS_DIR, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

interface Pattern { scopes: string[]; restIn: string[]; re: RegExp }
export function readPatterns(): Pattern[] {
  const lines = fs.readFileSync(path.join(KEYS_DIR, 'patterns.txt'), 'utf8').split('\n');
  const out: Pattern[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^# scope=([^ ]+)(?: rest-in=([^ ]+))? ::/.exec(lines[i]);
    if (m) out.push({ scopes: m[1].split(','), restIn: m[2] ? m[2].split(',') : [], re: new RegExp(lines[++i].trim()) });
  }
  return out;
}

/** Keys of a rendered server.properties that the reference lists do not allow, with the reason. */
export function invalidBrokerKeys(keys: Iterable<string>, version: KeyListVersion): string[] {
  const known = new Set(brokerList(version));
  const forbidden = new Set(readList(version === '3.9' ? 'kraft-forbidden.txt' : 'published/kraft-forbidden-4.x.txt'));
  const patterns = readPatterns().filter((p) => p.scopes.includes('broker') && p.restIn.length === 0);
  const bad: string[] = [];
  for (const k of keys) {
    if (forbidden.has(k)) bad.push(`${k} (kraft-forbidden)`);
    else if (DYNAMIC_ONLY.includes(k)) bad.push(`${k} (dynamic-only)`);
    else if (!known.has(k) && !patterns.some((p) => p.re.test(k))) bad.push(`${k} (unknown for ${version})`);
  }
  return bad;
}

/**
 * Keys of rendered client properties that the Kafka 3.9 clients list does not hold. Config-provider keys
 * (`config.providers*`, patterns.txt) are valid in every Kafka config: AbstractConfig reads them.
 */
export function invalidClientKeys(keys: Iterable<string>): string[] {
  const known = new Set(readList('clients-3.9.0-rc3.txt'));
  const providers = readPatterns().filter((p) => p.re.source.startsWith('^config\\.providers'));
  return [...keys].filter((k) => !known.has(k) && !providers.some((p) => p.re.test(k)));
}

/**
 * Keys of a MirrorMaker 2 source connector config that are neither MirrorMaker 2 keys nor, after a
 * `source|target.cluster|consumer|producer|admin.` prefix, client keys (Kafka 3.9 lists).
 */
export function invalidMirrorMaker2ConnectorKeys(keys: Iterable<string>): string[] {
  const mm2 = new Set(readList('mirrormaker2-3.9.0-rc3.txt'));
  const clients = new Set(readList('clients-3.9.0-rc3.txt'));
  return [...keys].filter((k) => {
    const m = /^(source|target)\.(cluster|consumer|producer|admin)\.(.+)$/.exec(k);
    return !mm2.has(k) && !(m && clients.has(m[3]!));
  });
}

/**
 * Keys of a dedicated-mode `mm2.properties` that the reference lists do not allow (README rules 1-5), for the
 * aliases of its `clusters` line, read straight from the list files.
 */
export function invalidMirrorMaker2Keys(keys: Iterable<string>, aliases: readonly string[], version: KeyListVersion): string[] {
  const from = version === '3.9' ? SOURCE_39 : SNAPSHOT_40;
  // 4.4: the published tables plus what they leave out; 4.0-4.3: keys both in the 4.0 snapshot and in that 4.4 set.
  const mm244 = [...readList('published/mirrormaker2-4.4.txt'), ...MM2_UNLISTED_44];
  const connector = version === '3.9' ? readList(`mirrormaker2-${SOURCE_39}.txt`)
    : version === '4.4' ? mm244 : intersect(readList(`mirrormaker2-${SNAPSHOT_40}.txt`), mm244);
  const mm2 = new Set([...connector, ...readList(`mirrormaker2-worker-${from}.txt`)]);
  const worker = new Set(readList(`mirrormaker2-worker-${from}.txt`));
  const clients = new Set(readList(`clients-${from}.txt`));
  const plain = readPatterns().filter((p) => (p.scopes.includes('mm2')) && p.restIn.length === 0);
  const topLevel = (k: string) => mm2.has(k) || plain.some((p) => p.re.test(k));
  const role = (k: string) => { const m = /^(producer|consumer|admin)\.(.+)$/.exec(k); return m !== null && clients.has(m[2]!); };
  return [...keys].filter((k) => {
    if (topLevel(k) || role(k)) return false;
    const flow = /^([A-Za-z0-9_-]+)->([A-Za-z0-9_-]+)\.(.+)$/.exec(k);
    if (flow) return !(aliases.includes(flow[1]!) && aliases.includes(flow[2]!) && topLevel(flow[3]!));
    const dot = k.indexOf('.');
    if (dot > 0 && aliases.includes(k.slice(0, dot))) {
      const rest = k.slice(dot + 1);
      return !(clients.has(rest) || worker.has(rest) || mm2.has(rest) || role(rest));
    }
    return true;
  });
}
