/**
 * The one tokenizer for GOV.UK Notify's placeholder syntax, used by preset validation here and by the template
 * renderer (`src/templates`, through this area's index): it lives in policies because data flows calendar ←
 * policies ← workflow ← templates, so policies may not import templates, while templates may import policies.
 *
 * Notify finds placeholders with the regular expression `\({2}([^()]+)\){2}` (alphagov/notifications-utils,
 * `notifications_utils/field.py`, `Field.placeholder_pattern`). Its body can contain no bracket, so a match is exactly
 * a maximal run of non-bracket characters with `((` right before it and `))` right after it. This scanner finds the
 * same matches in one pass without a regular expression: linear time on any input, including a megabyte of `((((`.
 *
 * @module
 */
import { normalisePlaceholderName } from './placeholders.js';

/**
 * One `((name))` or `((name??text))` found in a text.
 *
 * @example
 * import { findPlaceholders } from 'statutory-complaints/policies';
 * const [found] = findPlaceholders('Dear ((First name))');
 * found.key //=> 'firstname'
 */
export interface FoundPlaceholder {
  /** The name as written (for a conditional, the part before the first `??`). */
  readonly name: string;
  /** The name normalised as Notify does ({@link normalisePlaceholderName}). */
  readonly key: string;
  /** Whether it is a conditional `((name??text))`. */
  readonly conditional: boolean;
  /** For a conditional, everything after the first `??` (may be empty); otherwise `''`. */
  readonly text: string;
  /** Offset (UTF-16 code units) of the opening `((` in the text. */
  readonly index: number;
  /** Offset just after the closing `))`. */
  readonly end: number;
  /** 1-based line of the opening `((`. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the opening `((` in its line. */
  readonly column: number;
}

const OPEN = 40; // (
const CLOSE = 41; // )
const NEWLINE = 10;

/**
 * Every placeholder in a text (a template's subject or body), in order, as GOV.UK Notify finds them:
 *
 * - `((name))`: the body is one or more characters none of which is `(` or `)`;
 * - `((name??text))`: a conditional; the name is what comes before the first `??`, the text everything after it;
 * - brackets that do not form a placeholder stay text: in `(((a)))` the placeholder is `((a))`; `((a(b))` and
 *   `(())` hold none;
 * - as in Notify, a body of only spaces (`((  ))`) or a conditional with nothing before `??` (`((??x))`) is still a
 *   placeholder: its name normalises to `''` (the renderer and preset validation report it as empty, with its place).
 *
 * Linear time in the length of the text.
 *
 * @example
 * import { findPlaceholders } from 'statutory-complaints/policies';
 * findPlaceholders('Ref ((Reference))\n((late??Overdue))').map((p) => [p.name, p.key, p.conditional, p.line, p.column]) //=> [['Reference', 'reference', false, 1, 5], ['late', 'late', true, 2, 1]]
 * findPlaceholders('(( a(b) )) (((c)))').map((p) => p.name) //=> ['c']
 */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let counted = 0; // newlines counted in text[0, counted)
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === OPEN || c === CLOSE) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < n && (c = text.charCodeAt(i)) !== OPEN && c !== CLOSE) i++;
    const runEnd = i;
    if (
      runStart >= 2 &&
      text.charCodeAt(runStart - 1) === OPEN &&
      text.charCodeAt(runStart - 2) === OPEN &&
      runEnd + 1 < n &&
      text.charCodeAt(runEnd) === CLOSE &&
      text.charCodeAt(runEnd + 1) === CLOSE
    ) {
      const open = runStart - 2;
      for (; counted < open; counted++) {
        if (text.charCodeAt(counted) === NEWLINE) {
          line++;
          lineStart = counted + 1;
        }
      }
      const body = text.slice(runStart, runEnd);
      const split = body.indexOf('??');
      const name = split === -1 ? body : body.slice(0, split);
      found.push({
        name,
        key: normalisePlaceholderName(name),
        conditional: split !== -1,
        text: split === -1 ? '' : body.slice(split + 2),
        index: open,
        end: runEnd + 2,
        line,
        column: open - lineStart + 1,
      });
      i = runEnd + 2;
    }
  }
  return found;
}
