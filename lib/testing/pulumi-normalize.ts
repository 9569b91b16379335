/**
 * Turns what Pulumi mocks receive (and what a program returns) into plain, key-sorted JSON with secrets scrubbed.
 */
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';

/** The string written in place of every secret value. */
export const SECRET_PLACEHOLDER = '[secret]';

/**
 * The string written in place of every value that is unknown: an input or output built from a provider output the
 * mocks did not answer (what `pulumi preview` shows as `output<string>`).
 */
export const UNKNOWN_PLACEHOLDER = '[unknown]';

/**
 * Input names scrubbed even when their value was not marked secret; a key matches when its name, compared without
 * case, equals or ends with an entry (so `password` covers `masterUserPassword`).
 */
export const DEFAULT_SECRET_KEYS: readonly string[] = [
  'password',
  'secretString',
  'secretBinary',
  'privateKey',
  'privateKeyPem',
  'secretAccessKey',
  'clientSecret',
  'apiSecret',
  'authToken',
];

/** True when `key` names a secret according to `secretKeys` (see {@link DEFAULT_SECRET_KEYS} for the rule). */
export function isSecretKey(key: string, secretKeys: readonly string[]): boolean {
  const k = key.toLowerCase();
  return secretKeys.some((s) => {
    const suffix = s.toLowerCase();
    return suffix !== '' && k.endsWith(suffix);
  });
}

/** Code-unit order: unlike `localeCompare`, it does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `isKnown` and `promise` are members of every `Output` that the runtime itself reads to serialize inputs; they are
 * marked internal, hence not in the typings.
 */
interface OutputInternals {
  readonly isKnown: Promise<boolean>;
  promise(withUnknowns?: boolean): Promise<unknown>;
}

/**
 * The value of an output: {@link UNKNOWN_PLACEHOLDER} when it is unknown (an `apply` callback would never run), and
 * a rejection when the output failed (e.g. its resource failed to register).
 */
async function valueOf(output: pulumi.Output<unknown>): Promise<unknown> {
  const o = output as unknown as Partial<OutputInternals>;
  if (typeof o.promise !== 'function' || !(o.isKnown instanceof Promise)) {
    throw new Error('recordPulumi: this version of @pulumi/pulumi has no Output.isKnown/promise; it is not supported.');
  }
  const value = await o.promise(true);
  return (await o.isKnown) ? value : pulumi.unknown;
}

async function normalizeAsset(value: pulumi.asset.Asset | pulumi.asset.Archive): Promise<Record<string, unknown>> {
  const kind = pulumi.asset.Asset.isInstance(value) ? '@asset' : '@archive';
  const fields = value as unknown as Record<string, Promise<unknown> | undefined>;
  if (fields.path !== undefined) {
    // Absolute paths differ between machines; a path relative to the working directory (the package) does not.
    const p = String(await fields.path);
    const rel = path.isAbsolute(p) ? path.relative(process.cwd(), p) : p;
    return { [kind]: 'file', path: rel.split(path.sep).join('/') };
  }
  if (fields.text !== undefined) {
    return { [kind]: 'string', text: await fields.text };
  }
  if (fields.uri !== undefined) {
    return { [kind]: 'remote', uri: await fields.uri };
  }
  if (fields.assets !== undefined) {
    const assets = (await fields.assets) as Record<string, pulumi.asset.Asset | pulumi.asset.Archive>;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(assets).sort(compareStrings)) {
      out[name] = await normalizeAsset(assets[name]);
    }
    return { [kind]: 'assets', assets: out };
  }
  return { [kind]: 'unknown' };
}

/**
 * Deeply resolves and normalizes `value`:
 * - a value the mock monitor received as secret (`{ [specialSigKey]: specialSecretSig, value }`), a secret `Output`
 *   and any value under a key matching `secretKeys` become `[secret]`;
 * - an unknown value (an unknown `Output`, or an input the runtime serialized as unknown) becomes `[unknown]`;
 * - `Output`s and promises are awaited; resources become `{ '@resource': urn }`; assets and archives become
 *   `{ '@asset' | '@archive': kind, path | text | uri | assets }`;
 * - object keys are sorted, `undefined` members dropped, cycles written as `[circular]`.
 */
export async function normalize(
  value: unknown,
  secretKeys: readonly string[],
  ancestors: Set<object> = new Set(),
): Promise<unknown> {
  if (value === pulumi.runtime.unknownValue || pulumi.isUnknown(value)) {
    return UNKNOWN_PLACEHOLDER;
  }
  if (value === null || value === undefined || typeof value !== 'object') {
    return typeof value === 'function' ? '[function]' : value;
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  // Type guards on a copy typed `unknown`, so that a failed guard does not narrow `value` to `never`.
  const v: unknown = value;
  if (pulumi.runtime.isRpcSecret(v)) {
    return SECRET_PLACEHOLDER;
  }
  if (pulumi.Output.isInstance(v)) {
    if (await pulumi.isSecret(v)) {
      return SECRET_PLACEHOLDER;
    }
    return normalize(await valueOf(v), secretKeys, ancestors);
  }
  if (v instanceof Promise) {
    return normalize(await v, secretKeys, ancestors);
  }
  if (pulumi.Resource.isInstance(v)) {
    return { '@resource': await valueOf(v.urn) };
  }
  if (pulumi.asset.Asset.isInstance(v) || pulumi.asset.Archive.isInstance(v)) {
    return normalizeAsset(v);
  }
  if (ancestors.has(value)) {
    return '[circular]';
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) {
        out.push(await normalize(item, secretKeys, ancestors));
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).sort(compareStrings)) {
      const child = record[key];
      if (child === undefined) {
        continue;
      }
      out[key] = child !== null && isSecretKey(key, secretKeys)
        ? SECRET_PLACEHOLDER
        : await normalize(child, secretKeys, ancestors);
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}
