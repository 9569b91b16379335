/**
 * Validation issues and the single error type every plan throws.
 *
 * Validation functions are pure and collect every problem (`Issue[]`); faces throw one
 * `KafkaValidationError` listing all of them, so a user fixes everything in one round trip.
 */

/** How serious an issue is: errors stop synthesis, warnings are surfaced by the face. */
export type IssueSeverity = 'error' | 'warning';

/** One problem found in user input. */
export interface Issue {
  /** Stable machine-readable code, e.g. `msk/express-needs-3-azs`. Tests assert on it. */
  readonly code: string;
  /** Dotted path of the offending property, e.g. `storage.volumeSizeGiB`. */
  readonly path: string;
  /** Human message following the grammar `` `<path>` must <rule>, got: <value>. <fix> ``. */
  readonly message: string;
  readonly severity: IssueSeverity;
}

/** Formats a value for an error message: strings quoted, objects as compact JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Builds a message in the project grammar: `` `<path>` must <rule>, got: <value>. <fix> ``. */
export function mustMessage(path: string, rule: string, got: unknown, fix: string): string {
  const tail = fix.trim().length > 0 ? ` ${fix.trim()}` : '';
  return `\`${path}\` must ${rule}, got: ${formatValue(got)}.${tail}`;
}

/** Collects issues; pure helper used by every `validate*` function. */
export class IssueCollector {
  private readonly list: Issue[] = [];

  /** Records an error in the project grammar and returns the collector for chaining. */
  error(code: string, path: string, rule: string, got: unknown, fix: string): this {
    this.list.push({ code, path, message: mustMessage(path, rule, got, fix), severity: 'error' });
    return this;
  }

  /** Records a warning (does not stop synthesis). */
  warn(code: string, path: string, message: string): this {
    this.list.push({ code, path, message, severity: 'warning' });
    return this;
  }

  /** Adds issues produced elsewhere, optionally re-rooting their paths under `prefix`. */
  addAll(issues: readonly Issue[], prefix?: string): this {
    for (const i of issues) {
      this.list.push(prefix ? { ...i, path: i.path ? `${prefix}.${i.path}` : prefix } : i);
    }
    return this;
  }

  get issues(): readonly Issue[] {
    return this.list;
  }

  get errors(): readonly Issue[] {
    return this.list.filter((i) => i.severity === 'error');
  }

  get warnings(): readonly Issue[] {
    return this.list.filter((i) => i.severity === 'warning');
  }

  /** Throws one `KafkaValidationError` listing every error, if there is any. */
  throwIfErrors(subject: string): void {
    const errors = this.errors;
    if (errors.length > 0) throw new KafkaValidationError(subject, errors);
  }
}

/**
 * Thrown once per construct/component with every error found in its input.
 * `issues` keeps the structured list; `message` lists them one per line.
 */
export class KafkaValidationError extends Error {
  readonly issues: readonly Issue[];

  constructor(subject: string, issues: readonly Issue[]) {
    const lines = issues.map((i) => `  - [${i.code}] ${i.message}`);
    super(`${subject}: ${issues.length} invalid propert${issues.length === 1 ? 'y' : 'ies'}:\n${lines.join('\n')}`);
    this.name = 'KafkaValidationError';
    this.issues = issues;
    Object.setPrototypeOf(this, KafkaValidationError.prototype);
  }

  /** The codes of every issue, in order: convenient for tests. */
  get codes(): string[] {
    return this.issues.map((i) => i.code);
  }
}

/**
 * Tells whether a value is only known at deploy time (a CDK token or a Pulumi Output).
 * Faces pass their own predicate; the core never imports a cloud SDK.
 */
export type IsUnknown = (value: unknown) => boolean;

/** Default predicate: nothing is unknown (plain values in pure tests). */
export const neverUnknown: IsUnknown = () => false;

/** Throws a `KafkaValidationError` with one issue in the project grammar (for checks a face makes on its own objects). */
export function throwInvalid(subject: string, code: string, path: string, rule: string, got: unknown, fix: string): never {
  throw new KafkaValidationError(subject, [{ code, path, message: mustMessage(path, rule, got, fix), severity: 'error' }]);
}
