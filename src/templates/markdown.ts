/**
 * The subset of Markdown GOV.UK Notify supports in emails, read from the template's own characters only, and
 * written out as simple, accessible HTML or as Notify's plain-text email. Internal.
 *
 * What Notify does is read from alphagov/notifications-utils, `notifications_utils/markdown.py` (commit ca2506c6:
 * the mistune grammar it patches and its `NotifyEmailMarkdownRenderer` and `NotifyPlainTextEmailMarkdownRenderer`)
 * and `tests/test_markdown.py` (commit c93d8c04: the expected HTML and plain text of each construct).
 *
 * Blocks:
 * - paragraphs: blocks of lines separated by blank lines; a line break inside one is kept (`<br>` in HTML, a new
 *   line in plain text; Notify renders with `hard_wrap=True`);
 * - bullet lists: lines starting `* `, `- ` or `• `; numbered lists: lines starting `1. ` (any number; the list is
 *   renumbered from 1). HTML `<ul>`/`<ol>`; plain text `• item` / `1. item`, as Notify's plain-text renderer writes
 *   them. A line that is not an item continues the item above it (Markdown's lazy continuation); a list carries on
 *   over blank lines while the next item is of the same kind. A bullet line, or a numbered line starting `1.`, also
 *   starts a list straight after a paragraph line (Notify wants a blank line first; this renderer does not).
 *   Nested (indented) items are flattened into the same list. Notify also takes `*item` without a space as an
 *   item; this renderer needs the space, so `-5 degrees` and `*note` stay text;
 * - `# ` heading: `<h2>` in HTML; in plain text the heading on a line of its own after two blank lines, underlined
 *   with 65 `-` (Notify's `COLUMN_WIDTH`); `## ` to `###### ` are paragraphs, as Notify renders them;
 * - `^ ` inset text: `<blockquote><p>`, running to the next blank line; a paragraph in plain text;
 * - `---`, `***` or `___` (three or more, spaces allowed) on a line of its own: `<hr>`; in plain text a paragraph of
 *   65 `=`;
 * - inline (see `inline.ts`): links, bare `http(s)` URLs, emphasis (HTML only) and the typography pass.
 * - No code, images, tables or raw HTML: `` ` ``, `<` and `>` are text (escaped in HTML).
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
type Line = { readonly raw: Range } & (
  | { readonly t: 'blank' }
  | { readonly t: 'hr' }
  | { readonly t: 'heading'; readonly level: number; readonly text: Range }
  | { readonly t: 'inset'; readonly text: Range }
  | { readonly t: 'item'; readonly ordered: boolean; readonly first: boolean; readonly text: Range }
  | { readonly t: 'text' }
);

/** A block of the body. */
type Block =
  | { readonly t: 'paragraph'; readonly lines: Range[] }
  | { readonly t: 'inset'; readonly lines: Range[] }
  | { readonly t: 'list'; readonly ordered: boolean; readonly items: Range[][]; blankSeen: boolean }
  | { readonly t: 'heading'; readonly level: number; readonly text: Range }
  | { readonly t: 'hr' };

/** Notify's plain-text column width (`NotifyPlainTextEmailMarkdownRenderer.COLUMN_WIDTH`). */
const COLUMN_WIDTH = 65;

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

class BlockReader {
  private readonly s: string;
  private readonly m: Uint8Array | null;

  constructor(source: MarkedText) {
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

  /** Classifies the line `[start, end)`: only the template's own characters count as Markdown. */
  private classify(start: number, end: number): Line {
    const s = this.s;
    let i = start;
    while (i < end && isSpaceOrTab(s.charCodeAt(i))) i++;
    if (i === end) return { t: 'blank', raw: [end, end] };
    const raw = this.trim(i, end);
    const c = s.charCodeAt(i);
    if (!this.tpl(i)) return { t: 'text', raw };
    if (c === 45 || c === 42 || c === 95) {
      // - * _ : a rule when the line holds only one kind of these (3 or more, all the template's) and spaces
      let count = 0;
      let j = i;
      for (; j < end; j++) {
        const d = s.charCodeAt(j);
        if (d === c && this.tpl(j)) count++;
        else if (!isSpaceOrTab(d)) break;
      }
      if (j === end && count >= 3) return { t: 'hr', raw };
    }
    if (c === 35) {
      // #
      let j = i;
      while (j < end && s.charCodeAt(j) === 35 && this.tpl(j)) j++;
      const level = j - i;
      if (level <= 6 && j < end && isSpaceOrTab(s.charCodeAt(j))) {
        const text = this.trim(j, end);
        if (text[1] > text[0]) return { t: 'heading', level, text, raw };
      }
    }
    if (c === 94) return { t: 'inset', text: this.trim(i + 1, end), raw }; // ^
    if ((c === 42 || c === 45 || c === 0x2022) && i + 1 < end && isSpaceOrTab(s.charCodeAt(i + 1))) {
      return { t: 'item', ordered: false, first: true, text: this.trim(i + 1, end), raw };
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 10 && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57 && this.tpl(j)) j++;
      if (j - i <= 9 && s.charCodeAt(j) === 46 && this.tpl(j) && j + 1 < end && isSpaceOrTab(s.charCodeAt(j + 1))) {
        const digits = s.slice(i, j);
        return { t: 'item', ordered: true, first: Number(digits) === 1, text: this.trim(j + 1, end), raw };
      }
    }
    return { t: 'text', raw };
  }

  /** The body's blocks, in order. */
  blocks(): Block[] {
    const blocks: Block[] = [];
    let open: Block | null = null;
    const close = () => {
      if (open !== null) blocks.push(open);
      open = null;
    };
    const body = this.s;
    const n = body.length;
    let start = 0;
    while (start <= n) {
      let end = body.indexOf('\n', start);
      if (end === -1) end = n;
      const line = this.classify(start, end);
      start = end + 1;

      const current: Block | null = open;
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
      const para: Block | null = open;
      switch (line.t) {
        case 'hr':
          close();
          blocks.push({ t: 'hr' });
          break;
        case 'heading':
          close();
          blocks.push({ t: 'heading', level: line.level, text: line.text });
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
    return blocks;
  }
}

const nonEmpty = (r: Range): boolean => r[1] > r[0];

const HTML: InlineOptions = { html: true, links: true, emphasis: true };
const TEXT: InlineOptions = { html: false, links: true, emphasis: false };

/** Renders a substituted body as simple HTML: no styles, no attributes but `href` and a preview's `class`. */
export function bodyToHtml(source: MarkedText): string {
  const w = new InlineWriter(source);
  const line = (r: Range) => w.write(r[0], r[1], HTML);
  const out: string[] = [];
  for (const b of new BlockReader(source).blocks()) {
    switch (b.t) {
      case 'paragraph':
        out.push(`<p>${b.lines.map(line).join('<br>')}</p>`);
        break;
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
        out.push(b.level === 1 ? `<h2>${line(b.text)}</h2>` : `<p>${line(b.text)}</p>`);
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
export function bodyToText(source: MarkedText): string {
  const w = new InlineWriter(source);
  const line = (r: Range) => w.write(r[0], r[1], TEXT);
  let out = '';
  for (const b of new BlockReader(source).blocks()) {
    let block: string;
    let gap = '\n\n';
    switch (b.t) {
      case 'paragraph':
        block = b.lines.map(line).join('\n');
        break;
      case 'inset': {
        const lines = b.lines.filter(nonEmpty);
        if (lines.length === 0) continue;
        block = lines.map(line).join('\n');
        break;
      }
      case 'list':
        block = b.items.map((lines, i) => `${b.ordered ? `${i + 1}.` : '•'} ${lines.map(line).join('\n')}`).join('\n');
        break;
      case 'heading':
        if (b.level === 1) {
          block = `${line(b.text)}\n${'-'.repeat(COLUMN_WIDTH)}`;
          gap = '\n\n\n';
        } else block = line(b.text);
        break;
      case 'hr':
        block = '='.repeat(COLUMN_WIDTH);
        break;
    }
    out += out === '' ? block : gap + block;
  }
  return out;
}

/** One line of plain text (a subject): typography on the text, URLs left exactly as written, nothing else read. */
export function typesetLine(text: string): string {
  return new InlineWriter({ text, marks: null }).write(0, text.length, { html: false, links: false, emphasis: false });
}
