/**
 * Finds GOV.UK Notify placeholders in a template field, in one linear pass with no regular expression.
 *
 * Notify's pattern is `\({2}([^()]+)\){2}` (notifications-utils, `notifications_utils/field.py`): a placeholder is
 * `((`, then one or more characters that are not brackets, then `))`; for a conditional `((name??text))` the name
 * is the part before the first `??`. Brackets that do not form a placeholder are plain text.
 *
 * @module
 */

/** One placeholder found in a text. */
export interface FoundPlaceholder {
  /** The name as written (before the first `??` for a conditional). */
  readonly name: string;
  /** Offset of the opening `((` in the text. */
  readonly index: number;
  /** Whether it is a conditional `((name??text))`. */
  readonly conditional: boolean;
}

const OPEN = 40; // (
const CLOSE = 41; // )

/** Every placeholder in `text`, in order. Linear time on any input. */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  const n = text.length;
  let i = 0;
  while (i + 1 < n) {
    if (text.charCodeAt(i) !== OPEN || text.charCodeAt(i + 1) !== OPEN) {
      i++;
      continue;
    }
    // A run of `(`: the placeholder, if any, opens at the last two of them.
    let start = i;
    while (start + 2 < n && text.charCodeAt(start + 2) === OPEN) start++;
    let j = start + 2;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === OPEN || c === CLOSE) break;
      j++;
    }
    if (j > start + 2 && j + 1 < n && text.charCodeAt(j) === CLOSE && text.charCodeAt(j + 1) === CLOSE) {
      const body = text.slice(start + 2, j);
      const q = body.indexOf('??');
      found.push({ name: q === -1 ? body : body.slice(0, q), index: start, conditional: q !== -1 });
      i = j + 2;
    } else {
      // No placeholder opens in [i, j): the body scan stopped at a bracket, so resume there.
      i = Math.max(j, start + 1);
    }
  }
  return found;
}
