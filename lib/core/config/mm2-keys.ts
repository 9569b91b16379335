/**
 * Key validation for a dedicated MirrorMaker 2 `mm2.properties` (rules of the reference key lists' README):
 * a key is valid when it is
 *  1. a MirrorMaker 2 or Connect worker key, or matches an mm2 pattern without a `rest` lookup;
 *  2. `<source>-><target>.<rest>` with both aliases in `clusters` and `rest` valid under 1;
 *  3. `<alias>.<rest>` with `alias` in `clusters` and `rest` a client, worker or MirrorMaker 2 key, or
 *     `(producer|consumer|admin).<client key>`;
 *  4. `(producer|consumer|admin).<client key>` at top level.
 */
import type { KeyListId } from '../kafka-version';
import * as lists from './kafka-keys.generated';

interface Mm2Sets {
  readonly mm2: ReadonlySet<string>;
  readonly worker: ReadonlySet<string>;
  readonly clients: ReadonlySet<string>;
}

/**
 * MirrorMaker 2 keys per line. 4.4: the published 4.4.0 tables plus the keys they leave out that dedicated mode still
 * reads (heartbeat connector, `clusters`, ...). 4.0-4.3 (no table published): the keys both in the 4.0 snapshot's
 * sources and in that 4.4 set, i.e. valid before and after. Worker and client keys of every 4.x line: the 4.0
 * snapshot lists (no 4.x table of them is published). See reference/kafka-config-keys/published/README.md.
 */
const mm244 = [...lists.mirrorMaker2Published44, ...lists.mirrorMaker2Unlisted44];
const mm240To43 = lists.mirrorMaker2Keys40.filter((k) => mm244.includes(k));
const fourX = (mm2: readonly string[]): Mm2Sets => ({ mm2: new Set(mm2), worker: new Set(lists.mirrorMaker2WorkerKeys40), clients: new Set(lists.clientKeys40) });
const sets: Record<KeyListId, Mm2Sets> = {
  '3.9': { mm2: new Set(lists.mirrorMaker2Keys39), worker: new Set(lists.mirrorMaker2WorkerKeys39), clients: new Set(lists.clientKeys39) },
  '4.0': fourX(mm240To43),
  '4.1': fourX(mm240To43),
  '4.2': fourX(mm240To43),
  '4.3': fourX(mm240To43),
  '4.4': fourX(mm244),
};

/** mm2-scoped patterns that need no list lookup (config providers, metrics context, replication policy, SMTs). */
const plainPatterns: readonly RegExp[] = lists.keyPatterns
  .filter((p) => p.scopes.includes('mm2') && p.restIn.length === 0)
  .map((p) => new RegExp(p.regex));

const FLOW = /^([A-Za-z0-9_-]+)->([A-Za-z0-9_-]+)\.(.+)$/;
const CLIENT_ROLE = /^(producer|consumer|admin)\.(.+)$/;

function isTopLevel(key: string, s: Mm2Sets): boolean {
  return s.mm2.has(key) || s.worker.has(key) || plainPatterns.some((re) => re.test(key));
}

function isClientRole(key: string, s: Mm2Sets): boolean {
  const m = CLIENT_ROLE.exec(key);
  return m !== null && s.clients.has(m[2]!);
}

/**
 * True when `key` may appear in a dedicated-mode `mm2.properties` whose `clusters` are `aliases`, for the key list of
 * the MirrorMaker 2 nodes' Kafka version.
 */
export function isValidMirrorMaker2Key(key: string, aliases: readonly string[], keyList: KeyListId): boolean {
  const s = sets[keyList];
  if (isTopLevel(key, s) || isClientRole(key, s)) return true;
  const flow = FLOW.exec(key);
  if (flow) return aliases.includes(flow[1]!) && aliases.includes(flow[2]!) && isTopLevel(flow[3]!, s);
  const dot = key.indexOf('.');
  if (dot > 0 && aliases.includes(key.slice(0, dot))) {
    const rest = key.slice(dot + 1);
    return s.clients.has(rest) || s.worker.has(rest) || s.mm2.has(rest) || isClientRole(rest, s);
  }
  return false;
}

/** Every top-level MirrorMaker 2 and worker key of a list (for "did you mean" suggestions). */
export function mirrorMaker2Keys(keyList: KeyListId): readonly string[] {
  return [...sets[keyList].mm2, ...sets[keyList].worker];
}
