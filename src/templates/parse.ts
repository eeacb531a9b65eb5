/**
 * The tokenizer for GOV.UK Notify's placeholder syntax. Internal: the public functions are `placeholders`,
 * `templatePlaceholders`, `renderTemplate` and `personalisation`.
 *
 * Notify finds placeholders with the regular expression `\({2}([^()]+)\){2}` (notifications-utils,
 * `notifications_utils/field.py`, `Field.placeholder_pattern`). Its body can contain no bracket, so a match is exactly
 * a maximal run of non-bracket characters with `((` right before it and `))` right after it. This scanner finds the
 * same matches in one pass without a regular expression: linear time on any input, including a megabyte of `((((`.
 *
 * @module
 */

/** Literal template text. */
export interface TextSegment {
  readonly kind: 'text';
  readonly text: string;
}

/** One `((name))` or `((name??text))` in a template. */
export interface PlaceholderSegment {
  readonly kind: 'placeholder';
  /** The name as written (for a conditional, the part before the first `??`). */
  readonly name: string;
  /** The name normalised as Notify does: lower case, without spaces, underscores or hyphens. */
  readonly key: string;
  /** Whether it is a conditional `((name??text))`. */
  readonly conditional: boolean;
  /** For a conditional, everything after the first `??` (may be empty); otherwise `''`. */
  readonly text: string;
  /** Offset (UTF-16 code units) of the opening `((` in the field. */
  readonly offset: number;
  /** 1-based line of the opening `((` in the field. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the opening `((` in its line. */
  readonly column: number;
}

export type Segment = TextSegment | PlaceholderSegment;

const OPEN = 40; // (
const CLOSE = 41; // )
const NEWLINE = 10;

/**
 * Normalises a placeholder name or personalisation key the way Notify's `InsensitiveDict.make_key` does
 * (`notifications_utils/insensitive_dict.py`): spaces, underscores and hyphens removed, then lower case.
 */
export function placeholderKey(name: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 95 || c === 45) {
      out += name.slice(from, i);
      from = i + 1;
    }
  }
  out += name.slice(from);
  return out.toLowerCase();
}

function placeholderSegment(body: string, offset: number, line: number, column: number): PlaceholderSegment {
  const split = body.indexOf('??');
  const name = split === -1 ? body : body.slice(0, split);
  return {
    kind: 'placeholder',
    name,
    key: placeholderKey(name),
    conditional: split !== -1,
    text: split === -1 ? '' : body.slice(split + 2),
    offset,
    line,
    column,
  };
}

/**
 * Splits a template field (a subject or a body) into literal text and placeholders, in order.
 *
 * - `((name))`: a placeholder; the body is one or more characters none of which is `(` or `)`.
 * - `((name??text))`: a conditional; the name is what comes before the first `??`, the text everything after it.
 * - Brackets that do not form a placeholder stay literal: in `(((a)))` the placeholder is `((a))` and one bracket
 *   on each side is text; `((a(b))` and `(())` are all text.
 * - As in Notify, a body of only spaces (`(( ))`) or of only `_`/`-` is still a placeholder: its normalised name is
 *   empty, and it needs a value like any other (preset validation reports such names).
 *
 * Runs in time linear in the length of the text.
 */
export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  const n = text.length;
  let textStart = 0;
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
      if (open > textStart) segments.push({ kind: 'text', text: text.slice(textStart, open) });
      segments.push(placeholderSegment(text.slice(runStart, runEnd), open, line, open - lineStart + 1));
      i = runEnd + 2;
      textStart = i;
    }
  }
  if (textStart < n) segments.push({ kind: 'text', text: text.slice(textStart) });
  return segments;
}
