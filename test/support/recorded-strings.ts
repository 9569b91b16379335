/** Shared by the tests that run Pulumi programs under the default mocks: the strings a recording holds. */

/** `undefined` or `NaN` as a word: what a value built from a missing output turns into. */
export const BUILT_FROM_UNDEFINED = /(^|[^A-Za-z])(undefined|NaN)([^A-Za-z]|$)/;

/** Every string leaf of `value` with its path (`at.key.key`); assets are skipped. */
export function stringLeaves(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') {
    out.push([at, value]);
  } else if (value && typeof value === 'object' && !('@asset' in value)) {
    for (const [k, v] of Object.entries(value)) stringLeaves(v, `${at}.${k}`, out);
  }
  return out;
}
