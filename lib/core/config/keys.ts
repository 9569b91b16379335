/**
 * Kafka configuration key validation against the reference key lists (see kafka-keys.generated.ts). Sources, per
 * list: reference/kafka-config-keys/README.md (3.9.0-rc3 and a 4.0 trunk snapshot, scanned from Kafka's sources) and
 * published/README.md with published/provenance.tsv (the tables kafka-site publishes for 4.0, 4.1 and 4.4.0, and what
 * is safe for the lines in between). Lists last checked 2026-12-04.
 */
import type { KeyListId } from '../kafka-version';
import * as lists from './kafka-keys.generated';

/** Where a key stands for a given key list. */
export type KeyStatus = 'known' | 'pattern' | 'internal' | 'forbidden' | 'dynamic-only' | 'unknown';

interface KeyList {
  /** Public broker/controller keys. */
  readonly broker: readonly string[];
  /** Keys the broker accepts but does not document (never generated). */
  readonly internal: ReadonlySet<string>;
  /** ZooKeeper-era, ZooKeeper-only or removed keys. */
  readonly forbidden: ReadonlySet<string>;
  /** Keys listed in the broker table that Kafka only accepts as dynamic configs. */
  readonly dynamicOnly: ReadonlySet<string>;
  readonly topic: readonly string[];
  /** What the list is, for messages and docs. */
  readonly basis: string;
  /** No table is published for the line: the list is derived from the tables of the lines around it. */
  readonly derived: boolean;
}

const both = (a: readonly string[], b: readonly string[]) => { const s = new Set(b); return a.filter((k) => s.has(k)); };
/** A 4.x list: internal keys of the 4.0 snapshot (no table lists them) unless the line's table makes them public. */
function fourX(broker: readonly string[], topic: readonly string[], basis: string, derived = false): KeyList {
  const pub = new Set(broker);
  return {
    broker, topic, basis, derived,
    internal: new Set(lists.brokerInternal40.filter((k) => !pub.has(k))),
    forbidden: new Set(lists.kraftForbidden4x),
    dynamicOnly: new Set(lists.brokerDynamicOnly),
  };
}
/** 4.2 and 4.3 have no published table: a key published for both 4.1 and 4.4 is valid on both (published/README.md). */
const between41And44 = fourX(both(lists.brokerPublished41, lists.brokerPublished44), both(lists.topicPublished41, lists.topicPublished44),
  'the keys Kafka publishes for both 4.1 and 4.4 (no table is published for this line)', true);

const KEY_LISTS: Record<KeyListId, KeyList> = {
  '3.9': {
    broker: lists.broker39, topic: lists.topic39, internal: new Set(lists.brokerInternal39), forbidden: new Set(lists.kraftForbidden),
    dynamicOnly: new Set(), basis: 'the keys registered in the Kafka 3.9.0-rc3 sources', derived: false,
  },
  '4.0': fourX(lists.brokerPublished40, lists.topicPublished40, 'the configuration tables Kafka publishes for 4.0'),
  '4.1': fourX(lists.brokerPublished41, lists.topicPublished41, 'the configuration tables Kafka publishes for 4.1'),
  '4.2': between41And44,
  '4.3': between41And44,
  '4.4': fourX(lists.brokerPublished44, lists.topicPublished44, 'the configuration tables Kafka publishes for 4.4.0'),
};
const brokerSets: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries(KEY_LISTS).map(([id, l]) => [id, new Set(l.broker)]));
const topicSets: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries(KEY_LISTS).map(([id, l]) => [id, new Set(l.topic)]));
const brokerPatterns: readonly RegExp[] = lists.keyPatterns
  .filter((p) => p.scopes.includes('broker') && p.restIn.length === 0)
  .map((p) => new RegExp(p.regex));

/**
 * Classifies a broker/controller `server.properties` key.
 * `forbidden` wins over everything (the 3.9 list still holds ZooKeeper-era keys), then `dynamic-only`.
 */
export function brokerKeyStatus(key: string, keyList: KeyListId): KeyStatus {
  const list = KEY_LISTS[keyList];
  if (list.forbidden.has(key)) return 'forbidden';
  if (list.dynamicOnly.has(key)) return 'dynamic-only';
  if (brokerSets[keyList]!.has(key)) return 'known';
  if (list.internal.has(key)) return 'internal';
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
  return KEY_LISTS[keyList].broker;
}

/** What a key list is made of, e.g. "the configuration tables Kafka publishes for 4.4.0", and whether it is derived. */
export function keyListBasis(keyList: KeyListId): { readonly basis: string; readonly derived: boolean } {
  const { basis, derived } = KEY_LISTS[keyList];
  return { basis, derived };
}

/** True when `key` is a topic-level configuration key of this key list (removed keys included: see below). */
export function isTopicKey(key: string, keyList: KeyListId): boolean {
  return topicSets[keyList]!.has(key);
}

/** All topic-level keys of a list (for suggestions). */
export function topicKeys(keyList: KeyListId): readonly string[] {
  return KEY_LISTS[keyList].topic;
}

/**
 * True for a ZooKeeper-era, ZooKeeper-only or removed key that must never appear in a KRaft configuration. Some are
 * still listed as topic keys (`message.format.version`), so a target that refuses them checks this first. The 4.x
 * lists add `leader.imbalance.per.broker.percentage`, which only the ZooKeeper-era controller of 3.9 read.
 */
export function isKraftForbiddenKey(key: string, keyList: KeyListId = '3.9'): boolean {
  return KEY_LISTS[keyList].forbidden.has(key);
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
