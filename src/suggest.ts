/**
 * "Did you mean …?" suggestions for misspelt keys, ids, event types, options and placeholder names (every area
 * uses these, so they sit beside `errors.ts`).
 *
 * @module
 */

/** Lower case without spaces, underscores or hyphens, so `working_days`, `Working Days` and `workingDays` compare equal. */
function fold(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) if (ch !== ' ' && ch !== '_' && ch !== '-') out += ch;
  return out;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), capped: returns `limit + 1` as soon
 * as the distance must exceed `limit`. Inputs are short names, and names longer than 200 characters are never
 * suggested, so the quadratic table stays tiny.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

/**
 * The candidate closest to `name`, when it is close enough to be a plausible misspelling (ignoring case, spaces,
 * underscores and hyphens; at most one edit for short names, two for names of 6+ characters, three for 12+), else
 * `undefined`. Ties go to the earlier candidate.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > 200) return undefined;
  const target = fold(name);
  if (target === '') return undefined;
  const limit = target.length >= 12 ? 3 : target.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = editDistance(target, fold(candidate), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
