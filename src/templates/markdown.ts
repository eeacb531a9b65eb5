/**
 * The subset of Markdown GOV.UK Notify supports in emails, rendered as simple, accessible HTML, and the plain-text
 * body. Internal.
 *
 * HTML (every character of text is escaped as it is written out, so neither a value nor the template can produce a
 * tag, an attribute or an entity of its own):
 * - paragraphs: blocks of lines separated by blank lines, `<p>`; line breaks inside become `<br>`;
 * - bullet lists: lines starting `* `, `- ` or `• ` → `<ul><li>`; numbered lists: lines starting `1. ` → `<ol><li>`.
 *   A line that is not an item continues the item above it (Markdown's lazy continuation); a list carries on over
 *   blank lines while the next item is of the same kind. A bullet line, or a numbered line starting `1.`, also
 *   starts a list straight after a paragraph line (Notify wants a blank line first; this renderer does not).
 *   Nested (indented) items are flattened into the same list;
 * - `# ` heading → `<h2>` (Notify's only heading level); `## ` to `###### ` → a paragraph, as Notify renders them;
 * - `^ ` inset text → `<blockquote><p>`, running to the next blank line;
 * - `---`, `***` or `___` (three or more, spaces allowed) on a line of its own → `<hr>`;
 * - links: bare `http://`/`https://` URLs and `[text](https://…)` → `<a href="…">`; no other scheme ever becomes a
 *   link (see `inline.ts`);
 * - Notify's typography pass on all text except URLs;
 * - no emphasis, code, images, tables or raw HTML (Notify removes them from its email Markdown too).
 *
 * @module
 */
import { escapeHtml } from './escape.js';
import { inlineTokens, type InlineToken } from './inline.js';
import { typeset } from './typography.js';

/** A classified line; `raw` is the line without surrounding spaces and tabs. */
type Line = { readonly raw: string } & (
  | { readonly t: 'blank' }
  | { readonly t: 'hr' }
  | { readonly t: 'heading'; readonly level: number; readonly text: string }
  | { readonly t: 'inset'; readonly text: string }
  | { readonly t: 'item'; readonly ordered: boolean; readonly first: boolean; readonly text: string }
  | { readonly t: 'text' }
);

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function trimSpaces(s: string, from = 0): string {
  let a = from;
  let b = s.length;
  while (a < b && isSpaceOrTab(s.charCodeAt(a))) a++;
  while (b > a && isSpaceOrTab(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function classify(line: string): Line {
  const n = line.length;
  let i = 0;
  while (i < n && isSpaceOrTab(line.charCodeAt(i))) i++;
  if (i === n) return { t: 'blank', raw: '' };
  const raw = trimSpaces(line, i);
  const c = line.charCodeAt(i);
  if (c === 45 || c === 42 || c === 95) {
    // - * _ : a rule when the line holds only one kind of these (3 or more) and spaces
    let count = 0;
    let j = i;
    for (; j < n; j++) {
      const d = line.charCodeAt(j);
      if (d === c) count++;
      else if (!isSpaceOrTab(d)) break;
    }
    if (j === n && count >= 3) return { t: 'hr', raw };
  }
  if (c === 35) {
    // #
    let j = i;
    while (j < n && line.charCodeAt(j) === 35) j++;
    const level = j - i;
    if (level <= 6 && j < n && isSpaceOrTab(line.charCodeAt(j))) {
      const text = trimSpaces(line, j);
      if (text !== '') return { t: 'heading', level, text, raw };
    }
  }
  if (c === 94) {
    // ^
    return { t: 'inset', text: trimSpaces(line, i + 1), raw };
  }
  if ((c === 42 || c === 45 || c === 0x2022) && i + 1 < n && isSpaceOrTab(line.charCodeAt(i + 1))) {
    return { t: 'item', ordered: false, first: true, text: trimSpaces(line, i + 1), raw };
  }
  if (c >= 48 && c <= 57) {
    let j = i;
    while (j < n && j - i < 10 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j - i <= 9 && line.charCodeAt(j) === 46 && j + 1 < n && isSpaceOrTab(line.charCodeAt(j + 1))) {
      const digits = line.slice(i, j);
      return { t: 'item', ordered: true, first: Number(digits) === 1, text: trimSpaces(line, j + 1), raw };
    }
  }
  return { t: 'text', raw };
}

function firstChar(token: InlineToken): number {
  const s = token.kind === 'url' ? token.url : token.text;
  return s.length > 0 ? s.charCodeAt(0) : -1;
}

function lastChar(token: InlineToken): number {
  const s = token.kind === 'url' ? token.url : token.text;
  return s.length > 0 ? s.charCodeAt(s.length - 1) : -1;
}

/** The text of the token at `t`, typeset knowing the characters either side of it (from its neighbours). */
function typesetToken(tokens: readonly InlineToken[], t: number, text: string): string {
  const before = t > 0 ? lastChar(tokens[t - 1]!) : -1;
  const after = t + 1 < tokens.length ? firstChar(tokens[t + 1]!) : -1;
  return typeset(text, before, after);
}

/** One line of text as HTML: links found, typography applied to the text, everything escaped. */
function inlineHtml(line: string): string {
  const tokens = inlineTokens(line, true);
  let out = '';
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'text') {
      out += escapeHtml(typesetToken(tokens, t, token.text));
    } else if (token.kind === 'url') {
      const url = escapeHtml(token.url);
      out += `<a href="${url}">${url}</a>`;
    } else {
      out += `<a href="${escapeHtml(token.url)}">${escapeHtml(typeset(token.text))}</a>`;
    }
  }
  return out;
}

/** One line of a plain-text body: typography on the text, URLs left exactly as written. */
export function typesetTextLine(line: string): string {
  const tokens = inlineTokens(line, false);
  if (tokens.length === 1 && tokens[0]!.kind === 'text') return typeset(line);
  let out = '';
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'text') {
      out += typesetToken(tokens, t, token.text);
    } else {
      out += token.kind === 'url' ? token.url : `[${token.text}](${token.url})`;
    }
  }
  return out;
}

/** CR LF and lone CR become LF; U+2028 is removed (Notify's `strip_unsupported_characters`). */
export function normaliseNewlines(s: string): string {
  if (s.indexOf('\r') === -1 && s.indexOf('\u2028') === -1) return s;
  return s.replace(/\r\n?/g, '\n').replace(/\u2028/g, '');
}

type Open =
  | { readonly t: 'paragraph'; readonly lines: string[] }
  | { readonly t: 'inset'; readonly lines: string[] }
  | { readonly t: 'list'; readonly ordered: boolean; readonly items: string[][]; blankSeen: boolean };

/** Renders a substituted body (after {@link normaliseNewlines}) as HTML. */
export function bodyToHtml(body: string): string {
  const blocks: string[] = [];
  let open: Open | null = null;

  const close = () => {
    if (open === null) return;
    if (open.t === 'paragraph') blocks.push(`<p>${open.lines.map(inlineHtml).join('<br>')}</p>`);
    else if (open.t === 'inset') {
      const lines = open.lines.filter((l) => l !== '');
      if (lines.length > 0) blocks.push(`<blockquote><p>${lines.map(inlineHtml).join('<br>')}</p></blockquote>`);
    } else {
      const tag = open.ordered ? 'ol' : 'ul';
      const items = open.items.map((lines) => `<li>${lines.map(inlineHtml).join('<br>')}</li>`);
      blocks.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
    }
    open = null;
  };

  let start = 0;
  const n = body.length;
  while (start <= n) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = n;
    const line = classify(body.slice(start, end));
    start = end + 1;

    const current: Open | null = open;
    if (line.t === 'blank') {
      if (current !== null && current.t === 'list') current.blankSeen = true;
      else close();
      continue;
    }
    if (current !== null && current.t === 'inset') {
      // inset text runs to the next blank line; a leading ^ on later lines is dropped
      current.lines.push(line.t === 'inset' ? line.text : line.raw);
      continue;
    }
    if (current !== null && current.t === 'list') {
      if (line.t === 'item' && line.ordered === current.ordered) {
        current.items.push([line.text]);
        current.blankSeen = false;
        continue;
      }
      if (line.t === 'text' && !current.blankSeen) {
        current.items[current.items.length - 1]!.push(line.raw);
        continue;
      }
      close();
    }
    const para: Open | null = open;
    switch (line.t) {
      case 'hr':
        close();
        blocks.push('<hr>');
        break;
      case 'heading':
        close();
        blocks.push(line.level === 1 ? `<h2>${inlineHtml(line.text)}</h2>` : `<p>${inlineHtml(line.text)}</p>`);
        break;
      case 'inset':
        close();
        open = { t: 'inset', lines: [line.text] };
        break;
      case 'item':
        if (para !== null && para.t === 'paragraph' && line.ordered && !line.first) {
          para.lines.push(line.raw);
          break;
        }
        close();
        open = { t: 'list', ordered: line.ordered, items: [[line.text]], blankSeen: false };
        break;
      case 'text':
        if (para !== null && para.t === 'paragraph') para.lines.push(line.raw);
        else open = { t: 'paragraph', lines: [line.raw] };
        break;
    }
  }
  close();
  return blocks.join('\n');
}

