/**
 * KRaft cluster and directory ids. Kafka's `Uuid` is 16 bytes printed as 22 characters of URL-safe base64 without
 * padding. A leading '-' makes the id look like a command-line flag (KAFKA-13741), so Kafka's own generator
 * draws again in that case, and so does `generateClusterId`. The all-zero id and the metadata topic id are reserved.
 *
 * Decision: the cluster id is random, generated ONCE (at deploy time by the face, or by the user with this
 * function) and persisted in an SSM parameter that the boot script reads. It is not derived from the cluster
 * name: a re-created cluster with the same name must not accept the retained volumes of the old one.
 */
import { createHash, pbkdf2Sync } from 'crypto';

const URL_SAFE = /^[A-Za-z0-9_-]{22}$/;
/** Characters whose low 4 bits are zero: the 22nd character carries only 2 meaningful bits. */
const LAST_CHAR = /[AQgw]$/;
const RESERVED = new Set(['AAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAAQ']);

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Clears the top bit of the first byte when the id would start with '-' (index 62): keeps derived ids usable. */
function noLeadingDash(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  if (out[0] >> 2 === 62) out[0] &= 0x7f;
  return out;
}

/**
 * A new cluster id from a source of random bytes (e.g. `crypto.randomBytes`). Pure given its source; draws again
 * when the id would start with '-' or be reserved, like Kafka's `Uuid.randomUuid()`.
 */
export function generateClusterId(randomBytes: (size: number) => Uint8Array): string {
  for (let attempt = 0; attempt < 64; attempt++) {
    const bytes = randomBytes(16);
    if (bytes.length !== 16) throw new Error(`randomBytes(16) returned ${bytes.length} bytes`);
    const id = base64Url(bytes);
    if (!id.startsWith('-') && !RESERVED.has(id)) return id;
  }
  return base64Url(noLeadingDash(randomBytes(16)));
}

/** Why a string is not a usable cluster id, or undefined when it is. */
export function clusterIdProblem(id: string): string | undefined {
  if (typeof id !== 'string' || !URL_SAFE.test(id)) return 'be 22 characters of URL-safe base64 (A-Z a-z 0-9 _ -)';
  if (!LAST_CHAR.test(id)) return 'encode exactly 16 bytes (the last character must be A, Q, g or w)';
  if (id.startsWith('-')) return "not start with '-' (KAFKA-13741: it reads as a command-line flag)";
  if (RESERVED.has(id)) return 'not be a reserved Kafka id (all zeros or the metadata topic id)';
  return undefined;
}

/** True when `id` is a valid, non-reserved cluster id without a leading '-'. */
export function isValidClusterId(id: string): boolean {
  return clusterIdProblem(id) === undefined;
}

/**
 * Directory id of a controller's metadata directory in a dynamic quorum (`--initial-controllers`), derived from
 * the cluster id and node id so that every controller computes the same list without more shared state. The boot
 * script computes the same value in Python (see boot-script.ts); a test checks both agree.
 */
export function deriveDirectoryId(clusterId: string, nodeId: number): string {
  const digest = createHash('sha256').update(`kafka-iac:directory:${clusterId}:${nodeId}`).digest();
  return base64Url(noLeadingDash(digest.subarray(0, 16)));
}

/**
 * The salted SCRAM-SHA-512 bootstrap credential for `kafka-storage.sh format --add-scram`. The salt is derived from
 * the cluster id and user name, so every controller renders identical records (checklist 8). Used by tests to
 * check the boot script's Python; the boot script computes it on the node from the user's secret.
 */
export function scramBootstrapArgument(clusterId: string, user: string, password: string, iterations: number): string {
  const salt = createHash('sha256').update(`kafka-iac:scram:${clusterId}:${user}`).digest();
  const salted = pbkdf2Sync(password, salt, iterations, 64, 'sha512');
  return `SCRAM-SHA-512=[name=${user},iterations=${iterations},salt="${salt.toString('base64')}",saltedpassword="${salted.toString('base64')}"]`;
}
