/**
 * Kafka configuration key validation against the reference key lists (see kafka-keys.generated.ts).
 */
import type { KeyListId } from '../kafka-version';
import * as lists from './kafka-keys.generated';

/** Where a key stands for a given key list. */
export type KeyStatus = 'known' | 'pattern' | 'internal' | 'forbidden' | 'unknown';

interface BrokerKeySet {
  readonly keys: ReadonlySet<string>;
  readonly internal: ReadonlySet<string>;
}

const brokerSets: Record<KeyListId, BrokerKeySet> = {
  '3.9': { keys: new Set(lists.broker39), internal: new Set(lists.brokerInternal39) },
  '4.0': { keys: new Set(lists.broker40), internal: new Set(lists.brokerInternal40) },
};
const topicSets: Record<KeyListId, ReadonlySet<string>> = { '3.9': new Set(lists.topic39), '4.0': new Set(lists.topic40) };
const forbidden: ReadonlySet<string> = new Set(lists.kraftForbidden);
const brokerPatterns: readonly RegExp[] = lists.keyPatterns
  .filter((p) => p.scopes.includes('broker') && p.restIn.length === 0)
  .map((p) => new RegExp(p.regex));

/**
 * Classifies a broker/controller `server.properties` key.
 * `forbidden` wins over everything (ZooKeeper-era keys are still listed in the 4.0 snapshot).
 */
export function brokerKeyStatus(key: string, keyList: KeyListId): KeyStatus {
  if (forbidden.has(key)) return 'forbidden';
  const set = brokerSets[keyList];
  if (set.keys.has(key)) return 'known';
  if (set.internal.has(key)) return 'internal';
  if (brokerPatterns.some((re) => re.test(key))) return 'pattern';
  return 'unknown';
}

/** True when a key may appear in a generated KRaft `server.properties` for this key list. */
export function isValidBrokerKey(key: string, keyList: KeyListId): boolean {
  const s = brokerKeyStatus(key, keyList);
  return s === 'known' || s === 'pattern';
}

/** All public broker keys of a list (for suggestions). */
export function brokerKeys(keyList: KeyListId): readonly string[] {
  return keyList === '3.9' ? lists.broker39 : lists.broker40;
}

/** True when `key` is a topic-level configuration key of this key list (removed keys included: see below). */
export function isTopicKey(key: string, keyList: KeyListId): boolean {
  return topicSets[keyList].has(key);
}

/** All topic-level keys of a list (for suggestions). */
export function topicKeys(keyList: KeyListId): readonly string[] {
  return keyList === '3.9' ? lists.topic39 : lists.topic40;
}

/**
 * True for a ZooKeeper-era, ZooKeeper-only or removed key that must never appear in a KRaft configuration. Some are
 * still listed as topic keys (`message.format.version`), so a target that refuses them checks this first.
 */
export function isKraftForbiddenKey(key: string): boolean {
  return forbidden.has(key);
}

/** Closest known key by edit distance, for "did you mean" hints; undefined when nothing is close. */
export function suggestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(key.length / 4)) + 1;
  for (const c of candidates) {
    const d = editDistance(key, c, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length];
}
