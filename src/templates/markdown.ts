/**
 * The Markdown GOV.UK Notify reads in emails, read from the template's own characters only, and written out as
 * simple HTML (Notify's email HTML without its inline styles and layout tables) or as Notify's plain-text email.
 * Internal.
 *
 * What Notify does is read from alphagov/notifications-utils (see `NOTIFY_VERSION`): `notifications_utils/markdown.py`
 * (mistune 0.8's block grammar with Notify's changes, and its `NotifyEmailMarkdownRenderer` and
 * `NotifyPlainTextEmailMarkdownRenderer`) and its tests, which this library runs as data
 * (`test/templates/notify/cases.json`).
 *
 * Blocks:
 * - paragraphs: lines up to a blank line; a line break inside one is kept (`<br>` in HTML, a new line in plain text;
 *   Notify renders with `hard_wrap=True`). A line that starts `* `, `- `, `+ ` or `1. ` (marker and a space), a
 *   heading, a rule or a fence ends the paragraph above it; a `+ ` line then starts a new paragraph (Notify reads no
 *   `+` lists);
 * - lists: a line starting `•`, `*`, `-` or a number and `.`, with or without a space after it (`*one`, `1.one`,
 *   `-5 degrees` too, as Notify), starts a list where a block can start; each such line is an item (a numbered list
 *   is renumbered from 1; the first item decides `<ol>` or `<ul>`), other lines continue the item above, and after a
 *   blank line the list goes on only with an item written with a space after its marker. HTML `<ul>`/`<ol>`; plain
 *   text `• item` / `1. item`. Nested items are flattened into the same list;
 * - `#` to `######` headings, with or without a space (`#heading`), and a line underlined with `===` or `---`:
 *   level 1 is `<h2>` (plain text: the heading after two blank lines, underlined with 65 `=`), level 2 is `<h3>`
 *   (underlined with 65 `-`), deeper levels are paragraphs;
 * - `^` inset text: `<blockquote><p>`, running to the next blank line; a paragraph in plain text;
 * - `---`, `***` or `___` (three or more, spaces allowed) on a line of its own: `<hr>`; in plain text a paragraph of
 *   `=-=-…` 65 characters wide;
 * - a table (a line with `|` over a `---|---` line, and the lines with `|` after them) is dropped, as Notify drops
 *   tables; a fenced (```` ``` ````/`~~~`) or four-space-indented block is written as its plain lines without a
 *   paragraph, as Notify writes code;
 * - inline (see `inline.ts`): links, bare `http(s)` URLs, images dropped, emphasis only with the `marked` option,
 *   and the typography pass.
 * - No raw HTML: `<` and `>` are text (escaped in HTML). HTML character references in the template (`&lsqb;`,
 *   `&nbsp;`) are decoded before any of this (see `entities.ts`).
 *
 * A value's characters are never Markdown (a deliberate difference from Notify, which escapes a value's HTML but then
 * reads Markdown in it): a line that starts with a value's `#`, `*`, `^`, `1.` or `---` is an ordinary line of text,
 * and a value's URL, brackets or asterisks are text. A value's line breaks stay line breaks (a blank line in a value
 * ends the paragraph). List values are written by the renderer as Markdown lists, so they are lists.
 *
 * @module
 */
import { InlineWriter, type InlineOptions } from './inline.js';
import { TEMPLATE, type MarkedText } from './substitute.js';

/** `[start, end)` in the body. */
type Range = readonly [number, number];

/** A classified line; `raw` is the line without surrounding spaces and tabs. */
type Line = { readonly raw: Range; readonly start: number; readonly end: number } & (
  | { readonly t: 'blank' }
  | { readonly t: 'hr' }
  | { readonly t: 'fence'; readonly fence: string }
  | { readonly t: 'heading'; readonly level: number; readonly text: Range }
  | { readonly t: 'inset'; readonly text: Range }
  | { readonly t: 'item'; readonly ordered: boolean; readonly spaced: boolean; readonly text: Range }
  | { readonly t: 'text'; readonly plus: boolean }
);

/** A block of the body. */
type Block =
  | { readonly t: 'paragraph'; readonly lines: Range[] }
  | { readonly t: 'inset'; readonly lines: Range[] }
  | { readonly t: 'list'; readonly ordered: boolean; readonly items: Range[][]; blankSeen: boolean }
  | { readonly t: 'heading'; readonly level: number; readonly text: Range }
  | { readonly t: 'code'; readonly lines: Range[]; readonly fence: string }
  | { readonly t: 'hr' };

/** Notify's plain-text column width (`NotifyPlainTextEmailMarkdownRenderer.COLUMN_WIDTH`). */
const COLUMN_WIDTH = 65;

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

class BlockReader {
  private readonly s: string;
  private readonly m: Uint8Array | null;

  /** @param marked - the `marked` emphasis option: a line starting `**` is bold text, not a bullet. */
  constructor(
    source: MarkedText,
    private readonly marked: boolean,
  ) {
    this.s = source.text;
    this.m = source.marks;
  }

  private tpl(i: number): boolean {
    return this.m === null || this.m[i] === TEMPLATE;
  }

  private trim(a: number, b: number): Range {
    const s = this.s;
    while (a < b && isSpaceOrTab(s.charCodeAt(a))) a++;
    while (b > a && isSpaceOrTab(s.charCodeAt(b - 1))) b--;
    return [a, b];
  }

  /**
   * Whether the line `[start, end)`, which is not blank, holds only `c` (the template's) and spaces: a setext
   * underline. (Not blank: it has a character other than a space or a tab, so `c` at least once when this is true.)
   */
  private onlyOf(start: number, end: number, c: number): boolean {
    for (let j = start; j < end; j++) {
      const d = this.s.charCodeAt(j);
      if (!(d === c && this.tpl(j)) && !isSpaceOrTab(d)) return false;
    }
    return true;
  }

  /** Classifies the line `[start, end)`: only the template's own characters count as Markdown. */
  private classify(start: number, end: number): Line {
    const s = this.s;
    let i = start;
    // (the character at `end` is a line break or past the end of the body: never a space or a tab)
    while (isSpaceOrTab(s.charCodeAt(i))) i++;
    if (i === end) return { t: 'blank', raw: [end, end], start, end };
    const raw = this.trim(i, end);
    const c = s.charCodeAt(i);
    const at = { raw, start, end };
    if (!this.tpl(i)) return { t: 'text', plus: false, ...at };
    if (c === 45 || c === 42 || c === 95) {
      // - * _ : a rule when the line holds only one kind of these (3 or more, all the template's) and spaces
      let count = 0;
      let j = i;
      for (; j < end; j++) {
        const d = s.charCodeAt(j);
        if (d === c && this.tpl(j)) count++;
        else if (!isSpaceOrTab(d)) break;
      }
      if (j === end && count >= 3) return { t: 'hr', ...at };
    }
    if (c === 96 || c === 126) {
      // ``` or ~~~ (three or more): a fence
      let j = i;
      while (j < end && s.charCodeAt(j) === c && this.tpl(j)) j++;
      if (j - i >= 3) return { t: 'fence', fence: s.slice(i, j), ...at };
    }
    if (c === 35) {
      // # to ######, then the heading (a space is not needed, as in Notify)
      let j = i;
      while (j < end && s.charCodeAt(j) === 35 && this.tpl(j) && j - i < 6) j++;
      let text = this.trim(j, end);
      let e = text[1];
      while (e > text[0] && s.charCodeAt(e - 1) === 35 && this.tpl(e - 1)) e--;
      if (e > text[0]) text = this.trim(text[0], e);
      if (text[1] > text[0]) return { t: 'heading', level: j - i, text, ...at };
    }
    if (c === 94 && i + 1 < end) return { t: 'inset', text: this.trim(i + 1, end), ...at }; // ^
    if (c === 42 || c === 45 || c === 0x2022) {
      if (i + 1 < end && !(this.marked && c === 42 && s.charCodeAt(i + 1) === 42 && this.tpl(i + 1))) {
        const spaced = c !== 0x2022 && isSpaceOrTab(s.charCodeAt(i + 1));
        return { t: 'item', ordered: false, spaced, text: this.trim(i + 1, end), ...at };
      }
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57 && this.tpl(j)) j++;
      if (s.charCodeAt(j) === 46 && this.tpl(j) && j + 1 < end) {
        return { t: 'item', ordered: true, spaced: isSpaceOrTab(s.charCodeAt(j + 1)), text: this.trim(j + 1, end), ...at };
      }
    }
    const plus = c === 43 && i + 2 < end && isSpaceOrTab(s.charCodeAt(i + 1)); // "+ x" ends a paragraph
    return { t: 'text', plus, ...at };
  }

  /** Whether the line is a table's separator row (`---|---`, `|:--|--:|`), all the template's. */
  private isTableRule(line: Line): boolean {
    // (a blank line's `raw` is empty: no bar, so not a rule)
    const [a, b] = line.raw;
    let bar = false;
    let dash = false;
    for (let j = a; j < b; j++) {
      const d = this.s.charCodeAt(j);
      if (!this.tpl(j)) return false;
      if (d === 124) bar = true;
      else if (d === 45) dash = true;
      else if (d !== 58 && !isSpaceOrTab(d)) return false;
    }
    return bar && dash;
  }

  private hasBar(line: Line): boolean {
    for (let j = line.raw[0]; j < line.raw[1]; j++) if (this.s.charCodeAt(j) === 124 && this.tpl(j)) return true;
    return false;
  }

  /** Whether the line starts with four spaces written in the template (an indented code line). */
  private indented(line: Line): boolean {
    if (line.t === 'blank' || line.raw[0] - line.start < 4) return false;
    for (let j = line.start; j < line.start + 4; j++) if (this.s.charCodeAt(j) !== 32 || !this.tpl(j)) return false;
    return true;
  }

  /** The body's blocks, in order. */
  blocks(): Block[] {
    const body = this.s;
    const n = body.length;
    const lines: Line[] = [];
    for (let start = 0; start <= n;) {
      let end = body.indexOf('\n', start);
      if (end === -1) end = n;
      lines.push(this.classify(start, end));
      start = end + 1;
    }
    // for each line, the index of the next non-blank line after it (-1 for none)
    const nextNonBlank = new Int32Array(lines.length);
    for (let k = lines.length - 1, next = -1; k >= 0; k--) {
      nextNonBlank[k] = next;
      if (lines[k]!.t !== 'blank') next = k;
    }
    const blocks: Block[] = [];
    let open: Block | null = null;
    const close = () => {
      if (open !== null) blocks.push(open);
      open = null;
    };
    const underline = (k: number): number => {
      const next = lines[k + 1];
      if (next === undefined || next.t === 'blank') return 0;
      if (this.onlyOf(next.start, next.end, 61)) return 1; // ===
      if (this.onlyOf(next.start, next.end, 45)) return 2; // ---
      return 0;
    };
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      const current: Block | null = open;
      if (current !== null && current.t === 'code' && current.fence !== '') {
        // inside a fence: everything up to the closing fence is code
        if (line.t === 'fence' && line.fence.startsWith(current.fence)) close();
        else current.lines.push(line.t === 'blank' ? [line.start, line.start] : [line.start, line.end]);
        continue;
      }
      if (current !== null && current.t === 'code') {
        if (this.indented(line) || (line.t === 'blank' && nextNonBlank[k] !== -1 && this.indented(lines[nextNonBlank[k]!]!))) {
          current.lines.push(line.t === 'blank' ? [line.start, line.start] : [line.start + 4, line.end]);
          continue;
        }
        close();
      }
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
        if (line.t === 'item' && (!current.blankSeen || line.spaced)) {
          current.items.push([line.text]);
          current.blankSeen = false;
          continue;
        }
        if (!current.blankSeen && line.t !== 'hr') {
          current.items[current.items.length - 1]!.push(line.raw);
          continue;
        }
        close();
      }
      const level = line.t === 'fence' || line.t === 'hr' || line.t === 'heading' ? 0 : underline(k);
      if (level > 0) {
        close();
        blocks.push({ t: 'heading', level, text: line.raw });
        k++;
        continue;
      }
      const para: Block | null = open;
      const inParagraph = para !== null && para.t === 'paragraph';
      switch (line.t) {
        case 'hr':
          close();
          blocks.push({ t: 'hr' });
          break;
        case 'heading':
          close();
          blocks.push({ t: 'heading', level: line.level, text: line.text });
          break;
        case 'fence':
          close();
          open = { t: 'code', lines: [], fence: line.fence };
          break;
        case 'inset':
          if (inParagraph) {
            para.lines.push(line.raw);
            break;
          }
          close();
          open = { t: 'inset', lines: [line.text] };
          break;
        case 'item':
          if (inParagraph && !line.spaced) {
            para.lines.push(line.raw);
            break;
          }
          close();
          open = { t: 'list', ordered: line.ordered, items: [[line.text]], blankSeen: false };
          break;
        case 'text':
          if (inParagraph && !line.plus) {
            para.lines.push(line.raw);
            break;
          }
          close();
          if (this.hasBar(line) && lines[k + 1] !== undefined && this.isTableRule(lines[k + 1]!)) {
            // a table: dropped, with the rows after it
            k++;
            while (k + 1 < lines.length && lines[k + 1]!.t !== 'blank' && this.hasBar(lines[k + 1]!)) k++;
            break;
          }
          if (this.indented(line)) {
            open = { t: 'code', lines: [[line.start + 4, line.end]], fence: '' };
            break;
          }
          open = { t: 'paragraph', lines: [line.raw] };
          break;
      }
    }
    close();
    return blocks;
  }
}

const nonEmpty = (r: Range): boolean => r[1] > r[0];

/** The lines without blank lines at the start and end. */
function trimBlankLines(lines: readonly Range[]): readonly Range[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !nonEmpty(lines[a]!)) a++;
  while (b > a && !nonEmpty(lines[b - 1]!)) b--;
  return lines.slice(a, b);
}

const CODE_HTML: InlineOptions = { html: true, links: false, emphasis: false };
const CODE_TEXT: InlineOptions = { html: false, links: false, emphasis: false };

/** How emphasis is read: `notify` (as typed, the default) or `marked` (see {@link RenderOptions}). */
export interface BodyOptions {
  readonly emphasis: 'notify' | 'marked';
  /**
   * Notify's Markdown step alone (`notify_email_markdown`, `notify_plain_text_email_markdown`): no typography pass,
   * no `GOV.UK` unlinking and no decoding of character references in plain text, the passes Notify runs before and
   * after it. Never for an email; for comparing with Notify's tests of that step (`test/templates/notify`).
   */
  readonly markdownOnly?: boolean;
}

const NOTIFY: BodyOptions = { emphasis: 'notify' };

/** Renders a substituted body as simple HTML: no styles, no attributes but `href` and a preview's `class`. */
export function bodyToHtml(source: MarkedText, options: BodyOptions = NOTIFY): string {
  const w = new InlineWriter(source, options.markdownOnly !== true, options.markdownOnly !== true);
  const inline: InlineOptions = { html: true, links: true, emphasis: options.emphasis === 'marked' };
  const line = (r: Range) => w.line(r[0], r[1], inline);
  const code = (r: Range) => w.write(r[0], r[1], CODE_HTML);
  const out: string[] = [];
  for (const b of new BlockReader(source, options.emphasis === 'marked').blocks()) {
    switch (b.t) {
      case 'paragraph': {
        // as Notify, a paragraph with nothing left in it (an image, say) is dropped
        const inner = b.lines.map(line).join('<br>');
        if (!/^[ \t\n]*$/.test(inner)) out.push(`<p>${inner}</p>`);
        break;
      }
      case 'inset': {
        const lines = b.lines.filter(nonEmpty);
        if (lines.length > 0) out.push(`<blockquote><p>${lines.map(line).join('<br>')}</p></blockquote>`);
        break;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        out.push(`<${tag}>\n${b.items.map((lines) => `<li>${lines.map(line).join('<br>')}</li>`).join('\n')}\n</${tag}>`);
        break;
      }
      case 'heading':
        out.push(b.level === 1 ? `<h2>${line(b.text)}</h2>` : b.level === 2 ? `<h3>${line(b.text)}</h3>` : `<p>${line(b.text)}</p>`);
        break;
      case 'code':
        // Notify writes code as it is, without a paragraph
        if (b.lines.some(nonEmpty)) out.push(trimBlankLines(b.lines).map(code).join('\n'));
        break;
      case 'hr':
        out.push('<hr>');
        break;
    }
  }
  return out.join('\n');
}

/**
 * Renders a substituted body as GOV.UK Notify's plain-text email (`NotifyPlainTextEmailMarkdownRenderer`): blocks
 * separated by a blank line; a `# ` heading after two blank lines and underlined with 65 `-`; a rule as 65 `=`;
 * bullets as `• `, numbered items as `1. `, `2. `, …; `[text](url)` as `text: url`; inset text as a paragraph.
 */
export function bodyToText(source: MarkedText, options: BodyOptions = NOTIFY): string {
  const w = new InlineWriter(source, options.markdownOnly !== true, options.markdownOnly !== true);
  const inline: InlineOptions = { html: false, links: true, emphasis: options.emphasis === 'marked' };
  // The characters around each line, for the typography: Notify's smartypants reads the plain-text email as one
  // run of text, so a line has line breaks around it (or the space after a bullet), and nothing at the start and
  // the end of the body.
  let started = false;
  const written = (r: Range, how: InlineOptions, last: boolean, bullet: boolean) => {
    const before = bullet ? 32 : started ? 10 : -1;
    started = true;
    return w.line(r[0], r[1], how, before, last ? -1 : 10);
  };
  const lines = (rs: readonly Range[], last: boolean, how = inline, bullet = false) =>
    rs.map((r, k) => written(r, how, last && k === rs.length - 1, bullet && k === 0)).join('\n');
  const blocks = [...new BlockReader(source, options.emphasis === 'marked').blocks()];
  let out = '';
  for (const [n, b] of blocks.entries()) {
    const last = n === blocks.length - 1;
    let block: string;
    let gap = '\n\n';
    switch (b.t) {
      case 'paragraph':
        block = lines(b.lines, last);
        if (/^[ \t\n]*$/.test(block)) continue;
        break;
      case 'inset': {
        const kept = b.lines.filter(nonEmpty);
        if (kept.length === 0) continue;
        block = lines(kept, last);
        break;
      }
      case 'list':
        block = b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${lines(item, last && i === b.items.length - 1, inline, true)}`).join('\n');
        break;
      case 'heading':
        if (b.level <= 2) {
          block = `${written(b.text, inline, false, false)}\n${(b.level === 1 ? '=' : '-').repeat(COLUMN_WIDTH)}`;
          gap = '\n\n\n';
        } else block = written(b.text, inline, last, false);
        break;
      case 'code':
        if (!b.lines.some(nonEmpty)) continue;
        block = lines(trimBlankLines(b.lines), last, CODE_TEXT);
        break;
      case 'hr':
        block = '=-'.repeat(COLUMN_WIDTH).slice(0, COLUMN_WIDTH);
        break;
    }
    out += out === '' ? block : gap + block;
  }
  return out;
}

/** One line of plain text (a subject): typography on the text, URLs left exactly as written, nothing else read. */
export function typesetLine(text: string): string {
  return new InlineWriter({ text, marks: null }, false).write(0, text.length, { html: false, links: false, emphasis: false });
}
