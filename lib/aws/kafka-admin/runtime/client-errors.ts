/**
 * How the admin function reads `@platformatic/kafka` errors (by shape, so that it loads without the client): whether
 * another attempt may succeed, and a one-line description for the deployment's failure message.
 */

/** Whether a client error is worth another attempt. */
export function isRetriable(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as Record<string, unknown>;
  if (err.canRetry === true) return true;
  if (err.code === 'PLT_KFK_TIMEOUT' || err.code === 'PLT_KFK_NETWORK') return err.canRetry !== false;
  if (Array.isArray(err.errors) && err.errors.length > 0) return err.errors.every(isRetriable);
  return false;
}

/** A one-line description: the error and, for a response with several, each inner error. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const inner = (e as unknown as Record<string, unknown>).errors;
  const details = Array.isArray(inner) ? inner.map((i) => (i instanceof Error ? i.message : String(i))).filter((m) => m.length > 0) : [];
  return details.length > 0 ? `${e.message} (${details.join('; ')})` : e.message;
}
