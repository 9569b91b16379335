/**
 * Type and range checks for props that arrive through JSON, YAML or untyped code: the message names the expected type
 * and the type received (`` `brokerNodes` must be an integer, got: "3" (a string). Write it without quotes: 3. ``).
 * Each check returns the value when it passes and `undefined` when it fails or is unknown, so the caller skips every
 * rule that depends on it (a broker count of -3 is reported once, never as a replication factor to lower).
 * `undefined` input passes unreported: optional props are defaulted by the caller.
 */
import { formatValue, Issue, IssueCollector, IsUnknown } from './issues';
import { typeName } from './regions/check';

/** Where an issue goes: the prop's code and dotted path. */
export interface TypedAt {
  readonly code: string;
  readonly path: string;
  /** Values known only at deploy time pass unchecked (and are returned as `undefined`). */
  readonly isUnknown?: IsUnknown;
}

/** An inclusive range, and the fix to print when a value is outside it. */
export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  readonly fix?: string;
  /** The fix when the value is above `max`, if it differs. */
  readonly highFix?: string;
}

function typeIssue(at: TypedAt, expected: string, value: unknown, fix: string): Issue {
  return { code: at.code, path: at.path, severity: 'error', message: `\`${at.path}\` must be ${expected}, got: ${formatValue(value)} (${typeName(value)}). ${fix}`.trim() };
}

function numericFix(value: unknown, integer: boolean): string {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return `Write it without quotes: ${Number(value)}.`;
  if (typeof value === 'number' && integer && Number.isFinite(value)) return `Use a whole number, e.g. ${Math.max(1, Math.round(value))}.`;
  return integer ? 'Pass a whole number.' : 'Pass a number.';
}

function rangeRule(integer: boolean, r: NumberRange): string {
  const noun = integer ? 'an integer' : 'a number';
  if (r.min !== undefined && r.max !== undefined) return `be ${noun} from ${r.min} to ${r.max}`;
  if (r.min !== undefined) return r.min === 1 && integer ? 'be a positive integer' : `be ${noun} of at least ${r.min}`;
  if (r.max !== undefined) return `be ${noun} of at most ${r.max}`;
  return `be ${noun}`;
}

function expectNumeric(integer: boolean, value: unknown, at: TypedAt, c: IssueCollector, range: NumberRange): number | undefined {
  if (value === undefined || at.isUnknown?.(value)) return undefined;
  const ok = typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value));
  if (!ok) {
    c.addAll([typeIssue(at, integer ? 'an integer' : 'a finite number', value, numericFix(value, integer))]);
    return undefined;
  }
  const n = value as number;
  if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
    const high = range.max !== undefined && n > range.max;
    c.error(at.code, at.path, rangeRule(integer, range), n, (high ? range.highFix : undefined) ?? range.fix ?? '');
    return undefined;
  }
  return n;
}

/** A whole number, optionally within `range`. */
export function expectInteger(value: unknown, at: TypedAt, c: IssueCollector, range: NumberRange = {}): number | undefined {
  return expectNumeric(true, value, at, c, range);
}

/** A finite number, optionally within `range`. */
export function expectNumber(value: unknown, at: TypedAt, c: IssueCollector, range: NumberRange = {}): number | undefined {
  return expectNumeric(false, value, at, c, range);
}

/** A string (empty strings pass: the caller's format rule decides). */
export function expectString(value: unknown, at: TypedAt, c: IssueCollector, example?: string): string | undefined {
  if (value === undefined || at.isUnknown?.(value)) return undefined;
  if (typeof value === 'string') return value;
  c.addAll([typeIssue(at, 'a string', value, example ? `e.g. ${JSON.stringify(example)}.` : 'Quote the value.')]);
  return undefined;
}

/** `true` or `false` (not `"true"`). */
export function expectBoolean(value: unknown, at: TypedAt, c: IssueCollector): boolean | undefined {
  if (value === undefined || at.isUnknown?.(value)) return undefined;
  if (typeof value === 'boolean') return value;
  const fix = value === 'true' || value === 'false' ? `Write it without quotes: ${value}.` : 'Use true or false.';
  c.addAll([typeIssue(at, 'a boolean', value, fix)]);
  return undefined;
}

/** An array (of anything: check the items separately). */
export function expectArray(value: unknown, at: TypedAt, c: IssueCollector): readonly unknown[] | undefined {
  if (value === undefined || at.isUnknown?.(value)) return undefined;
  if (Array.isArray(value)) return value;
  c.addAll([typeIssue(at, 'an array', value, typeof value === 'string' ? `Wrap it in a list: [${JSON.stringify(value)}].` : 'Pass a list.')]);
  return undefined;
}

/** A plain object (not null, not an array). */
export function expectObject(value: unknown, at: TypedAt, c: IssueCollector): Record<string, unknown> | undefined {
  if (value === undefined || at.isUnknown?.(value)) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  c.addAll([typeIssue(at, 'an object', value, 'Pass an object with the documented fields.')]);
  return undefined;
}
