/**
 * Deterministic stand-ins for the values providers generate (uuids, ids, suffixes): each is derived from a seed (a
 * resource's name or inputs), so a recording is the same on every run and snapshots stay stable.
 */
import { createHash } from 'crypto';

function digest(seed: string, length: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 32 < length; i++) {
    parts.push(createHash('sha256').update(`${i}\u0000${seed}`).digest());
  }
  return Buffer.concat(parts).subarray(0, length);
}

/** `length` characters of `alphabet`, derived from `seed`. */
export function stableChars(seed: string, length: number, alphabet: string): string {
  return [...digest(seed, length)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** `length` lowercase hex digits derived from `seed`. */
export function stableHex(seed: string, length: number): string {
  return stableChars(seed, length, '0123456789abcdef');
}

/** `length` lowercase letters and digits derived from `seed`. */
export function stableLowerAlnum(seed: string, length: number): string {
  return stableChars(seed, length, 'abcdefghijklmnopqrstuvwxyz0123456789');
}

/** `length` uppercase letters and digits derived from `seed`. */
export function stableUpperAlnum(seed: string, length: number): string {
  return stableChars(seed, length, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
}

/** A decimal number of `length` digits (no leading zero) derived from `seed`. */
export function stableDigits(seed: string, length: number): string {
  return stableChars(`first\u0000${seed}`, 1, '123456789') + stableChars(seed, length - 1, '0123456789');
}

/** A version-4-shaped UUID derived from `seed`. */
export function stableUuid(seed: string): string {
  const h = stableHex(seed, 32);
  const variant = '89ab'[parseInt(h[16]!, 16) % 4];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** 16 bytes derived from `seed`, e.g. for a Kafka `Uuid`. */
export function stableBytes(seed: string, length: number): Uint8Array {
  return Uint8Array.from(digest(seed, length));
}

/** A SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it (`AB:CD:...`), derived from `seed`. */
export function stableFingerprint(seed: string): string {
  return stableHex(seed, 64).toUpperCase().match(/../g)!.join(':');
}

/** `value` when it is a non-empty string, else `fallback`. */
export function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}
