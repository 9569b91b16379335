/**
 * An ordered, duplicate-refusing map of Kafka properties, filled section by section and serialized last
 * (conventions §1). Output is byte-stable for the same input.
 */

export type PropertyValue = string | number | boolean;

/** Ordered properties with named sections; adding a key twice is a programming error. */
export class KafkaProperties {
  private readonly sections: { name: string; entries: [string, string][] }[] = [];
  private readonly owners = new Map<string, string>();

  /** Starts (or continues) a section; returns a setter bound to it. */
  section(name: string): (key: string, value: PropertyValue | undefined) => void {
    let sec = this.sections.find((s) => s.name === name);
    if (!sec) {
      sec = { name, entries: [] };
      this.sections.push(sec);
    }
    const target = sec;
    return (key, value) => {
      if (value === undefined) return;
      const prior = this.owners.get(key);
      if (prior !== undefined) {
        throw new Error(`Kafka property '${key}' set twice (sections '${prior}' and '${name}')`);
      }
      this.owners.set(key, name);
      target.entries.push([key, String(value)]);
    };
  }

  has(key: string): boolean {
    return this.owners.has(key);
  }

  get(key: string): string | undefined {
    for (const s of this.sections) {
      const e = s.entries.find(([k]) => k === key);
      if (e) return e[1];
    }
    return undefined;
  }

  /** Every key in output order. */
  keys(): string[] {
    return this.sections.flatMap((s) => s.entries.map(([k]) => k));
  }

  /** Key/value pairs in output order. */
  entries(): [string, string][] {
    return this.sections.flatMap((s) => s.entries.map(([k, v]) => [k, v] as [string, string]));
  }

  /** As a plain object (insertion order). */
  toRecord(): Record<string, string> {
    return Object.fromEntries(this.entries());
  }

  /**
   * Serializes to `.properties` text: a comment per section, `key=value` lines, a final newline.
   * Values are written as-is; callers reject newlines in values during validation.
   */
  serialize(options: { comments?: boolean } = {}): string {
    const out: string[] = [];
    for (const s of this.sections) {
      if (s.entries.length === 0) continue;
      if (options.comments !== false) out.push(`# ${s.name}`);
      for (const [k, v] of s.entries) out.push(`${k}=${escapeValue(v)}`);
    }
    return out.join('\n') + '\n';
  }
}

/** A copy of `record` with its keys in sorted order, for byte-stable output where key order means nothing. */
export function sortKeys(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]!]));
}

/** Escapes backslashes the way java.util.Properties reads them back. */
function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\');
}

/** Parses `.properties` text (the subset we write: `key=value`, `#` comments). Used by tests and the CLI. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const i = line.indexOf('=');
    if (i < 0) throw new Error(`Not a key=value line: ${line}`);
    const key = line.slice(0, i).trim();
    if (out.has(key)) throw new Error(`Duplicate key: ${key}`);
    out.set(key, line.slice(i + 1).trim().replace(/\\\\/g, '\\'));
  }
  return out;
}
