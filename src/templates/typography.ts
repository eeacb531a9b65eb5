/**
 * GOV.UK Notify's typography pass (`do_nice_typography` in notifications-utils `template.py`), written as linear
 * scanners. In Notify's order:
 *
 * 1. no whitespace before punctuation: spaces or tabs before `,` or `.` are removed (`formatters.py`,
 *    `whitespace_before_punctuation = [ \t]+([,\.])`);
 * 2. smart quotes (Notify uses `smartypants` with quotes only): `'` and `"` after a letter, digit or other closing
 *    character become `’` and `”`; after a space, an opening bracket or a dash, or at the start, they become `‘` and
 *    `“` (a `"` followed by a space becomes `”`); `'80s` gets an apostrophe `’80s`. Quotes inside a word holding an
 *    `@` (an email address such as `o'neill@example.org`) stay straight, as `remove_smart_quotes_from_email_addresses`
 *    does;
 * 3. a hyphen (or up to three hyphens/dashes) with whitespace on both sides becomes a spaced en dash ` – `
 *    (`hyphens_surrounded_by_spaces = \s+[-–—]{1,3}\s+`). Unlike Notify this needs text before it on the same line,
 *    so a line that starts ` - ` (say, in a value, which is never read as a bullet) keeps its hyphen.
 *
 * Internal.
 *
 * @module
 */
import { isWhitespace } from './values.js';

const LSQUO = 0x2018;
const RSQUO = 0x2019;
const LDQUO = 0x201c;
const RDQUO = 0x201d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A `\w` character: letter, digit or underscore (surrogates count as letters). */
export function isWordChar(c: number): boolean {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** Characters after which a quote opens (smartypants: whitespace, `--`, dashes; and opening brackets and quotes). */
function opensAfter(p: number): boolean {
  return (
    p < 0 ||
    isWhitespace(p) ||
    p === 40 || // (
    p === 91 || // [
    p === 123 || // {
    p === 45 || // -
    p === EN_DASH ||
    p === EM_DASH ||
    p === LSQUO ||
    p === LDQUO
  );
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

/** Step 2: smart quotes. `before`/`after` are the character codes around `s` (-1 for none). */
export function smartQuotes(s: string, before: number, after: number): string {
  if (s.indexOf("'") === -1 && s.indexOf('"') === -1) return s;
  const n = s.length;
  let out = '';
  let from = 0;
  let lastQuote = -2;
  let lastOut = 0;
  let wordEnd = -1;
  let wordHasAt = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 39 && c !== 34) continue;
    const p = i === 0 ? before : lastQuote === i - 1 ? lastOut : s.charCodeAt(i - 1);
    let r: number;
    if (c === 39) {
      if (i >= wordEnd) {
        // the whitespace-delimited word around this quote: does it hold an @ (an email address)?
        wordHasAt = false;
        for (let k = i - 1; k >= wordEnd && k >= 0; k--) {
          const d = s.charCodeAt(k);
          if (isWhitespace(d)) break;
          if (d === 64) {
            wordHasAt = true;
            break;
          }
        }
        let end = i + 1;
        for (; end < n; end++) {
          const d = s.charCodeAt(end);
          if (isWhitespace(d)) break;
          if (d === 64) wordHasAt = true;
        }
        wordEnd = end;
      }
      if (wordHasAt) continue;
      // smartypants' decade rule (`\b'(?=\d{2}s)`) needs a word character before the quote, where the quote closes
      // anyway: "the '90s" is written with an opening quote, as Notify's own code gives it.
      r = opensAfter(p) ? LSQUO : RSQUO;
    } else {
      const nx = i + 1 < n ? s.charCodeAt(i + 1) : after;
      r = !opensAfter(p) || nx < 0 || isWhitespace(nx) ? RDQUO : LDQUO;
    }
    out += s.slice(from, i) + String.fromCharCode(r);
    from = i + 1;
    lastQuote = i;
    lastOut = r;
  }
  return from === 0 ? s : out + s.slice(from);
}

function isDash(c: number): boolean {
  return c === 45 || c === EN_DASH || c === EM_DASH;
}

/** Step 3: ` - `, ` -- `, ` — ` (up to three dashes with whitespace both sides, after some text) become ` – `. */
export function enDashes(s: string, before: number): string {
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
    const textBefore = start > 0 || (before >= 0 && !isWhitespace(before));
    if (dashes >= 1 && dashes <= 3 && j < n && isWhitespace(s.charCodeAt(j)) && textBefore) {
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

/**
 * In a whitespace-delimited word holding an `@` (an email address), curly single quotes become straight ones, as
 * Notify's `remove_smart_quotes_from_email_addresses` does (`first.o’last@example.com` is `first.o'last@example.com`).
 */
export function straightenEmailQuotes(s: string): string {
  if (s.indexOf('@') === -1 || (s.indexOf('\u2018') === -1 && s.indexOf('\u2019') === -1)) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !isWhitespace(s.charCodeAt(j))) j++;
    const word = s.slice(i, j);
    out += word.indexOf('@') === -1 ? word : word.replace(/[\u2018\u2019]/g, "'");
    i = j;
    while (j < n && isWhitespace(s.charCodeAt(j))) j++;
    out += s.slice(i, j);
    i = j;
  }
  return out;
}

/**
 * The whole typography pass over one line of text. `before`/`after` are the characters around `s` (-1 for none).
 * `quoteBefore` is what the smart quotes see before `s` when that differs: in an HTML email Notify's smartypants
 * reads the HTML, so text that comes right after a tag starts with no character before it, except a text that is a
 * lone quote, which sees the last character of the text before the tag (see `InlineWriter`). `null` leaves quotes
 * straight: text inside a link, which Notify's smartypants skips (`tags_to_skip + ["a"]`).
 */
export function typeset(s: string, before: number, after: number, quoteBefore: number | null): string {
  if (s === '') return s;
  const spaced = removeSpaceBeforePunctuation(s);
  return enDashes(straightenEmailQuotes(quoteBefore === null ? spaced : smartQuotes(spaced, quoteBefore, after)), before);
}

/**
 * `GOV.UK` (any case) at the start or after whitespace, optionally after `#`, `*` or `^`, and not followed by `/`,
 * `?` or `#`, gets a zero-width space after its dot so mail programs do not make it a link: Notify's
 * `unlink_govuk_escaped` (`(^|\s)(#|\*|\^)?(GOV)\.(UK)(?!\/|\?|#)`, case-insensitive). `before` is the character
 * before `s` (-1 for none: the start counts).
 */
export function unlinkGovUk(s: string, before: number): string {
  if (!/gov\.uk/i.test(s)) return s;
  return s.replace(/(^|\s)([#*^]?)(gov)\.(uk)(?![/?#])/gi, (whole: string, space: string, mark: string, gov: string, uk: string, offset: number) => {
    if (offset === 0 && space === '' && before >= 0 && !isWhitespace(before)) return whole;
    return `${space}${mark}${gov}.\u200b${uk}`;
  });
}
