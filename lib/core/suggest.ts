/**
 * "Did you mean" for names the library holds as data (regions, AZs, enum values): the closest candidates by edit
 * distance (optimal string alignment: insertions, deletions, substitutions and swaps of neighbours each count 1).
 */

/** Edit distance between two strings; swapping two neighbouring characters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}

/**
 * The candidates nearest to `value` (all at the same, smallest distance, in table order), at most `maxDistance` edits
 * away (default: 2, or 1 for names of 5 characters or fewer).
 */
export function closestMatches(value: string, candidates: readonly string[], maxDistance?: number): string[] {
  const limit = maxDistance ?? (value.length <= 5 ? 1 : 2);
  const near = candidates.map((c, i) => ({ c, i, d: editDistance(value, c) })).filter((x) => x.d > 0 && x.d <= limit);
  const best = Math.min(...near.map((x) => x.d));
  return near.filter((x) => x.d === best).map((x) => x.c);
}

/** ` Did you mean "x"?` (or ` Did you mean "x" or "y"?`), or '' when nothing is close. */
export function didYouMean(matches: readonly string[]): string {
  if (matches.length === 0) return '';
  const shown = matches.slice(0, 2).map((m) => JSON.stringify(m));
  return `Did you mean ${shown.join(' or ')}?`;
}
