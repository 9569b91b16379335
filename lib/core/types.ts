/**
 * Cloud-agnostic vocabulary shared by every target: client authentication, encryption and removal.
 */

/** Client authentication mechanisms. Which ones a target offers is decided by its plan. */
export const CLIENT_AUTH_MODES = ['iam', 'scram', 'mtls', 'oauthbearer'] as const;
export type ClientAuthMode = (typeof CLIENT_AUTH_MODES)[number];

/**
 * What happens to data-holding resources when they leave the program or stack.
 * `retain` (the default everywhere) keeps the cluster, its key, its logs and its secrets.
 */
export type RemovalMode = 'retain' | 'destroy';

/** Encryption-at-rest key choice: a key the library creates (with rotation) or one you pass in. */
export type AtRestKey =
  | { readonly kind: 'create' }
  | { readonly kind: 'existing'; readonly keyArn: string };

/** Exhaustiveness guard for discriminated unions (conventions §12). */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
