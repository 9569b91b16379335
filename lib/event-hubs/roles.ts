/**
 * Role assignment names: ARM wants a GUID per assignment. A name derived from (scope, principal, role) makes the
 * assignment idempotent across re-creations and imports, like Bicep's `guid(scope, principal, role)`.
 */
import { createHash } from 'crypto';

/** A name-based (version 5 layout, SHA-1) GUID of the given parts, stable across runs. */
export function deterministicGuid(...parts: readonly string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000').toLowerCase()).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The role assignment name for a principal holding a role at a scope. */
export function roleAssignmentName(scope: string, principalId: string, roleGuid: string): string {
  return deterministicGuid(scope, principalId, roleGuid);
}
