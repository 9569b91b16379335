/**
 * Topic and group filters are regular expressions; IAM resource names only know `*` and `?`. This file turns a
 * filter into the IAM name patterns that cover every name it can match: the literal prefix of each top-level
 * alternative, then `*` (or the exact name when the whole expression is literal). The result may match more
 * than the filter (IAM cannot express exclusions), never less, so the replicator is never denied a topic it copies.
 */

const REGEX_META = new Set(['.', '[', ']', '(', ')', '{', '}', '*', '+', '?', '|', '^', '$', '\\']);
/** Escapes whose character stands for itself in a Kafka name. */
const LITERAL_ESCAPES = new Set(['.', '-', '_', '$', '^', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/', '\\']);

/** Splits at `|` outside groups, classes and escapes. */
function topLevelAlternatives(regex: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < regex.length; i++) {
    const ch = regex[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      out.push(regex.slice(start, i));
      start = i + 1;
    }
  }
  out.push(regex.slice(start));
  return out;
}

/** The IAM pattern of one alternative: its literal prefix, then `*` unless it was literal to the end. */
function alternativePattern(alt: string): string {
  let body = alt.startsWith('^') ? alt.slice(1) : alt;
  if (body.endsWith('$') && !body.endsWith('\\$')) body = body.slice(0, -1);
  const atoms: string[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    let atom: string | undefined;
    let width = 1;
    if (ch === '\\') {
      const next = body[i + 1];
      if (next !== undefined && LITERAL_ESCAPES.has(next)) {
        atom = next;
        width = 2;
      }
    } else if (!REGEX_META.has(ch)) {
      atom = ch;
    }
    if (atom === undefined) return `${atoms.join('')}*`;
    const quantifier = body[i + width];
    if (quantifier === '?' || quantifier === '*' || quantifier === '{') return `${atoms.join('')}*`;
    atoms.push(atom);
    if (quantifier === '+') return `${atoms.join('')}*`;
    i += width;
  }
  return atoms.join('');
}

/** IAM name patterns covering every name `regex` matches (sorted, deduplicated; `['*']` when one is `*`). */
export function iamNamePatterns(regex: string): string[] {
  const patterns = [...new Set(topLevelAlternatives(regex).map(alternativePattern))].sort();
  return patterns.includes('*') ? ['*'] : patterns;
}

/** The patterns of a list of filters, merged. */
export function iamNamePatternsOf(regexes: readonly string[]): string[] {
  const all = [...new Set(regexes.flatMap(iamNamePatterns))].sort();
  return all.includes('*') ? ['*'] : all;
}

/** Whether `regex` compiles (JavaScript syntax; Java's own extensions such as possessive quantifiers are refused). */
export function isValidRegex(regex: string): boolean {
  try {
    new RegExp(regex);
    return true;
  } catch {
    return false;
  }
}
