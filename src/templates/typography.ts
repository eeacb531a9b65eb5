/**
 * GOV.UK Notify's typography pass (`do_nice_typography` in notifications-utils `template.py`), written as linear
 * scanners. In Notify's order:
 *
 * 1. no whitespace before punctuation: spaces or tabs before `,` or `.` are removed (`formatters.py`,
 *    `whitespace_before_punctuation = [ \t]+([,\.])`);
 * 2. smart quotes: smartypants 2.0.1 with quotes only (`make_quotes_smart`), its passes written out one by one in
 *    {@link smartQuotes}, quirks included: a quote closes after any character but a space, `(`, `[`, `{` or `-`
 *    (so after a dash or a curly quote typed in the text too), opens otherwise; `'80s` after a word character gets an
 *    apostrophe; a backslash before a quote keeps it straight (see {@link writeEscaped}). Then curly single quotes in
 *    a word holding an `@` (an email address such as `o'neill@example.org`) are made straight again, as
 *    `remove_smart_quotes_from_email_addresses` does;
 * 3. a hyphen (or up to three hyphens/dashes) with whitespace on both sides becomes a spaced en dash ` – `
 *    (`hyphens_surrounded_by_spaces = \s+[-–—]{1,3}\s+`), also at the start of a subject (a body's lines start
 *    with no whitespace, Notify's Markdown step having trimmed them).
 *
 * Internal.
 *
 * @module
 */
import { isWhitespace, WHITESPACE_CLASS } from './values.js';

const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** Python's `\w` (letters, numbers, `_`) as a character class, for {@link isWordChar} and the smart-quote passes. */
const W = '[\\p{L}\\p{N}_]';
const WORD_CHAR = new RegExp(`^${W}$`, 'u');

/** A `\w` character: letter, digit or underscore (surrogates count as letters). */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_CHAR.test(String.fromCharCode(c));
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Step 1: removes runs of spaces and tabs that come right before `,` or `.`. */
export function removeSpaceBeforePunctuation(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isSpaceOrTab(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isSpaceOrTab(s.charCodeAt(i))) i++;
    if (i < n) {
      const c = s.charCodeAt(i);
      if (c === 44 || c === 46) {
        out += s.slice(from, start);
        from = i;
      }
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

// smartypants 2.0.1 `convert_quotes`, pass by pass, in Python's Unicode classes: `\w` (letters, numbers, `_`),
// `\s` (the characters `str.isspace` accepts), `\d` (decimal digits), `\b`/`\B` (boundaries of `\w`). smartypants
// writes entities such as `&#8216;` and turns them into characters at the end; writing the characters at once is the
// same, as no pass tells the two apart (both are one non-word, non-space character before or after a quote, and the
// only pass that reads punctuation runs first).
const S = `[${WHITESPACE_CLASS}]`;
const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const PUNCT = '[!"#$%\'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]';
// smartypants' list of what comes before an opening quote. Its "decimal entities" line (`&#8211;|&#8212;`) sits in a
// verbose pattern, where `#` starts a comment: what is left of it is a lone `&`, joined to the next line's
// `&\#x201[34];`. Written here as Python reads it. Read as a look behind after the quote (tried only where there is
// a quote): the same matches, as no quote is in the list, so a match never takes a character another one needs.
// The closing passes below take the character before the quote as smartypants does: `s''` closes only the first.
const OPENS_AFTER = `(${S}|&nbsp;|--|&[mn]dash;|&&#x201[34];)`;
const CLOSES_AFTER = '([^ \\t\\r\\n\\[{(\\-])';
// Each pass with the quotes it needs: 1 a `'`, 2 a `"`, 3 both (a text without them is left as it is).
const QUOTE_PASSES: ReadonlyArray<readonly [RegExp, string, number]> = [
  // meant as "a quote that starts the text, followed by punctuation not at a word boundary, closes"; smartypants
  // writes `\\B` in a raw string, which is a backslash and a `B`: a quote before punctuation and `\B` closes
  [new RegExp(`^'(?=${PUNCT}\\\\B)`, 'u'), '\u2019', 1],
  [new RegExp(`^"(?=${PUNCT}\\\\B)`, 'u'), '\u201d', 2],
  // double sets of quotes: "'Quoted' and '"Quoted"
  [new RegExp(`"'(?=${W})`, 'gu'), '\u201c\u2018', 3],
  [new RegExp(`'"(?=${W})`, 'gu'), '\u2018\u201c', 3],
  // decades: the '80s. smartypants' `\b'` needs a word character before the quote (`'` is not one); written as a
  // look behind after the quote, so the pattern is tried only where there is a quote
  [new RegExp(`'(?<=${W}')(?=\\p{Nd}{2}s)`, 'gu'), '\u2019', 1],
  [new RegExp(`'(?<=${OPENS_AFTER}')(?=${W})`, 'gu'), '\u2018', 1],
  [new RegExp(`${CLOSES_AFTER}'(?!${S}|s${BOUNDARY}|\\p{Nd})`, 'gu'), '$1\u2019', 1],
  [new RegExp(`${CLOSES_AFTER}'(${S}|s${BOUNDARY})`, 'gu'), '$1\u2019$2', 1],
  [/'/g, '\u2018', 1],
  [new RegExp(`"(?<=${OPENS_AFTER}")(?=${W})`, 'gu'), '\u201c', 2],
  [new RegExp(`"(?=${S})`, 'gu'), '\u201d', 2],
  [new RegExp(`${CLOSES_AFTER}"`, 'gu'), '$1\u201d', 2],
  [/"/g, '\u201c', 2],
];

// smartypants' `process_escapes`, run before the quotes: a backslash before a backslash, `"`, `'`, `.`, `-` or a
// backtick writes that character as a numeric character reference (backslash-quote is `&#34;`), which no pass
// curls. The character is held as one of six noncharacters (U+FDD0 to U+FDD5, which Unicode keeps for a program's
// own use) until the text is written out.
const ESCAPED = /\\([\\"'.\-`])/g;
const ESCAPABLE = '\\"\'.-`';
const HELD = /[\ufdd0-\ufdd5]/g;

function hold(s: string): string {
  return s.replace(ESCAPED, (_: string, c: string) => String.fromCharCode(0xfdd0 + ESCAPABLE.indexOf(c)));
}

/**
 * Writes out the characters a backslash escaped in {@link smartQuotes}: as numeric character references (`&#34;`, as
 * Notify writes them in HTML and in a subject), or as the characters themselves (Notify's plain-text body, where
 * references are decoded).
 */
export function writeEscaped(s: string, asReferences: boolean): string {
  return s.replace(HELD, (c) => {
    const ch = ESCAPABLE[c.charCodeAt(0) - 0xfdd0]!;
    return asReferences ? `&#${ch.charCodeAt(0)};` : ch;
  });
}

/**
 * Step 2: smart quotes, as smartypants 2.0.1 (`Attr.q`) curls them in one run of text, after its backslash escapes
 * (see {@link writeEscaped}). `before`/`after` are the characters around `s` in the same run (-1 for none).
 * `previousRun`, for an `s` that is a run of its own (in HTML, text right after a tag), is the last character of the
 * run before it (-1 for none): smartypants' special case for a run that is a lone `'` or `"`, which closes after a
 * character that is not a space and opens otherwise.
 */
export function smartQuotes(s: string, before: number, after: number, previousRun?: number): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: only skips the passes, which leave a text with no quote and no backslash as it is
  if (s.indexOf("'") === -1 && s.indexOf('"') === -1 && s.indexOf('\\') === -1) return s;
  if (previousRun !== undefined && (s === "'" || s === '"')) {
    const closes = previousRun >= 0 && !isWhitespace(previousRun);
    return s === "'" ? (closes ? '\u2019' : '\u2018') : closes ? '\u201d' : '\u201c';
  }
  const held = hold(s);
  const pre = before >= 0 ? String.fromCharCode(before) : '';
  // -1 after gives U+FFFF, which every pass reads as the end of the text (it is neither a space nor a word character)
  let t = pre + held + String.fromCharCode(after);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a pass whose quotes are not in the text changes nothing (skipping it only saves work)
  const quotes = (t.indexOf("'") === -1 ? 0 : 1) | (t.indexOf('"') === -1 ? 0 : 2);
  // The first two passes read the start of the run, which `pre` is not; they can only change `pre` itself, which is
  // cut off, and a curled `pre` reads as the straight one in every later pass.
  for (const [pattern, replacement, needs] of QUOTE_PASSES) {
    // Stryker disable next-line ConditionalExpression: as above
    if ((needs & quotes) === needs) t = t.replace(pattern, replacement);
  }
  return t.slice(pre.length, pre.length + held.length);
}

function isDash(c: number): boolean {
  return c === 45 || c === EN_DASH || c === EM_DASH;
}

/** Step 3: ` - `, ` -- `, ` — ` (up to three dashes with whitespace both sides) become ` – `. */
export function enDashes(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    if (!isWhitespace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWhitespace(s.charCodeAt(i))) i++;
    let j = i;
    while (j < n && isDash(s.charCodeAt(j))) j++;
    const dashes = j - i;
    if (dashes >= 1 && dashes <= 3 && j < n && isWhitespace(s.charCodeAt(j))) {
      let k = j;
      while (k < n && isWhitespace(s.charCodeAt(k))) k++;
      out += `${s.slice(from, start)} \u2013 `;
      from = k;
      i = k;
    } else {
      i = j;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

// Notify's `email_with_smart_quotes_regex`, `(^|\s)\S+@\S+(\s|$)` with `re.MULTILINE`: a word holding an `@`, after
// the start of a line or a space the match before it has not taken.
const EMAIL_WORD = new RegExp(`(?:^|(?<=\\n)|${S})[^${WHITESPACE_CLASS}]+@[^${WHITESPACE_CLASS}]+(?:${S}|$)`, 'gu');

/**
 * Curly single quotes in a word holding an `@` (an email address) become straight ones, as Notify's
 * `remove_smart_quotes_from_email_addresses` does (`first.o’last@example.com` is `first.o'last@example.com`). As in
 * Notify, a word whose space before it ended the word before (`a@b c@d`) is not matched. `before`/`after` are the
 * characters around `s` (-1 for none). In HTML Notify reads the email's HTML, where a line starts and ends next to a
 * tag: there `-1` stands for a character that is not a space.
 */
export function straightenEmailQuotes(s: string, before: number, after: number, html: boolean): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: only skips the pattern, which changes nothing in such a text
  if (s.indexOf('@') === -1 || (s.indexOf('\u2018') === -1 && s.indexOf('\u2019') === -1)) return s;
  const around = (c: number): string => (c >= 0 ? String.fromCharCode(c) : html ? '>' : '');
  const pre = around(before);
  const t = (pre + s + around(after)).replace(EMAIL_WORD, (word) => word.replace(/[\u2018\u2019]/g, "'"));
  return t.slice(pre.length, pre.length + s.length);
}

/**
 * The whole typography pass over one line of text. `before`/`after` are the characters around `s` (-1 for none).
 * `quoteBefore` is what the smart quotes see before `s` when that differs: in an HTML email Notify's smartypants
 * reads the HTML as tags and runs of text, so text that comes right after a tag starts with no character before it
 * (`-1`), and `previousRun` is the last character of the text before the tag, which a lone quote reads (see
 * `InlineWriter`). `null` leaves quotes straight: text inside a link, which Notify's smartypants skips
 * (`tags_to_skip + ["a"]`). `html` says the text goes into HTML (see {@link straightenEmailQuotes}).
 */
export function typeset(s: string, before: number, after: number, quoteBefore: number | null, previousRun: number | undefined, html: boolean): string {
  if (s === '') return s;
  const spaced = removeSpaceBeforePunctuation(s);
  const quoted = quoteBefore === null ? spaced : smartQuotes(spaced, quoteBefore, after, previousRun);
  return enDashes(straightenEmailQuotes(quoted, before, after, html));
}

/**
 * `GOV.UK` (any case) at the start or after whitespace, optionally after `#`, `*` or `^`, and not followed by `/`,
 * `?` or `#`, gets a zero-width space after its dot so mail programs do not make it a link: Notify's
 * `unlink_govuk_escaped` (`(^|\s)(#|\*|\^)?(GOV)\.(UK)(?!\/|\?|#)`, case-insensitive). `before` is the character
 * before `s` (-1 for none: the start counts).
 */
export function unlinkGovUk(s: string, before: number): string {
  if (!/gov\.uk/i.test(s)) return s;
  return s.replace(/(^|\s)([#*^]?)(gov)\.(uk)(?![/?#])/gi, (whole: string, space: string, mark: string, gov: string, uk: string) => {
    if (space === '' && before >= 0 && !isWhitespace(before)) return whole; // only at the start: `^` is not multiline
    return `${space}${mark}${gov}.\u200b${uk}`;
  });
}
