/**
 * Test-side reader of the reference key lists in `reference/kafka-config-keys/`.
 * Tests check every rendered key against these files directly, not against the library's embedded copy.
 */
import * as fs from 'fs';
import * as path from 'path';

export const KEYS_DIR = path.resolve(__dirname, '..', '..', 'reference', 'kafka-config-keys');

const FILES = { '3.9': '3.9.0-rc3', '4.0': '4.0.0-SNAPSHOT-1eb7644' } as const;

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
export function invalidBrokerKeys(keys: Iterable<string>, version: '3.9' | '4.0'): string[] {
  const known = new Set(readList(`broker-${FILES[version]}.txt`));
  const forbidden = new Set(readList('kraft-forbidden.txt'));
  const patterns = readPatterns().filter((p) => p.scopes.includes('broker') && p.restIn.length === 0);
  const bad: string[] = [];
  for (const k of keys) {
    if (forbidden.has(k)) bad.push(`${k} (kraft-forbidden)`);
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
export function invalidMirrorMaker2Keys(keys: Iterable<string>, aliases: readonly string[], version: '3.9' | '4.0'): string[] {
  const mm2 = new Set([...readList(`mirrormaker2-${FILES[version]}.txt`), ...readList(`mirrormaker2-worker-${FILES[version]}.txt`)]);
  const worker = new Set(readList(`mirrormaker2-worker-${FILES[version]}.txt`));
  const clients = new Set(readList(`clients-${FILES[version]}.txt`));
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
