/**
 * One line of a substituted body, written out as HTML or plain text, as GOV.UK Notify's email Markdown writes it
 * (alphagov/notifications-utils, `notifications_utils/markdown.py`: mistune 0.8's inline grammar with Notify's
 * changes; see `NOTIFY_VERSION`). Internal.
 *
 * Only the template's own characters are read as Markdown (see `substitute.ts` for the marks): a value's characters
 * are always text, so a value never starts a link, a URL or emphasis, and never closes one the template opened.
 *
 * - A bare URL starts with `http://` or `https://` (lower case, as Notify's pattern) written in the template,
 *   anywhere in the text, and runs to the next whitespace, or in plain text `<` (Notify's HTML email has escaped a
 *   `<` to `&lt;` before it looks for URLs, and keeps `&lt;` in `href`) (through a value's characters too, so
 *   `https://example.org/case/((ref))` links the whole address, but never into a placeholder shown in a preview);
 *   it may not end with `. , : " ' )` or `]` (Notify's `https?:\/\/[^\s<]+[^<.,:"')\]\s]`).
 * - A Markdown link `[text](url)`, `[text](url "title")` or `[text](url 'title')` (brackets written in the template):
 *   any address; `http://` is put in front of one with no recognised scheme and the address is percent-encoded
 *   for `href`, as Notify does. In plain text it is written `text: url` or `text (title): url`.
 * - An image `![alt](url)` is dropped, as Notify drops images.
 * - A backslash before one of `` \ ` * { } [ ] ( ) # + - . ! _ > ~ | `` writes that character as text.
 * - Emphasis is not read by default: GOV.UK Notify prints `**text**` and `_text_` as typed (its inline grammar has
 *   no emphasis rules). With the `emphasis: 'marked'` rendering option, `**text**` is `<strong>`,
 *   `__text__` is `<u>` (underline), and `*text*`/`_text_` are `<em>`, on one line, delimiters written in the
 *   template, the text not starting or ending with a space; `_` does not open or close inside a word. No nesting:
 *   inside emphasis, only links. In plain text, which cannot show emphasis, the option drops the delimiters (so the
 *   text reads as written, without asterisks); without the option they are left as written, as Notify leaves them.
 * - Notify's typography pass, its `GOV.UK` unlinking and its email-address quote straightening on all text except
 *   URLs. In HTML the smart quotes follow Notify's smartypants, which reads the HTML: a link's text keeps straight
 *   quotes, and text right after a tag starts with no character before it (see `text`).
 *
 * @module
 */
import { decodeCharacterReferences } from './entities.js';
import { escapeHtml, escapeText, sanitisedHref } from './escape.js';
import {
  CONDITIONAL,
  CONDITIONAL_END,
  CONDITIONAL_MORE,
  PLACEHOLDER,
  PLACEHOLDER_MORE,
  REDACTED,
  REDACTED_MORE,
  TEMPLATE,
  VALUE,
  type MarkedText,
} from './substitute.js';
import { isWordChar, typeset, unlinkGovUk, writeEscaped } from './typography.js';
import { isWhitespace } from './values.js';

/** What to read and how to write it. */
export interface InlineOptions {
  /** Write HTML (escaped text, tags) rather than plain text. */
  readonly html: boolean;
  /** Read Markdown: links, URLs, images and backslash escapes (the body; not the subject). */
  readonly links: boolean;
  /** Read emphasis (the `emphasis: 'marked'` rendering option): tags in HTML, delimiters dropped in plain text. */
  readonly emphasis: boolean;
}

/**
 * Whether `c` ends a bare URL: whitespace, and in plain text `<` (Notify's `[^\s<]`). In HTML a `<` does not: Notify's
 * HTML email has escaped the template and the values (`&lt;`) before its Markdown looks for URLs.
 */
function endsUrl(c: number, html: boolean): boolean {
  return isWhitespace(c) || (c === 60 && !html); // <
}

/**
 * A link's `href` in HTML as Notify writes it: the address as its HTML email has it (`&`, `<`, `>` escaped, quotes
 * not), then `create_sanitised_html_for_url` (see `sanitisedHref`), whose output needs no more escaping: it keeps only
 * letters, digits, `_.-~:/?#=&;%`.
 */
function notifyHref(url: string): string {
  return sanitisedHref(url.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')));
}

/** Characters a bare URL may not end with. */
function isTrailing(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 34 || c === 39 || c === 41 || c === 93; // . , : " ' ) ]
}

/** Characters a backslash escapes (mistune 0.8's inline `escape` rule). */
const ESCAPABLE = new Set([...'\\`*{}[]()#+-.!_>~|'].map((ch) => ch.charCodeAt(0)));

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

/**
 * A preview's brackets as Notify's Field writes them in HTML (`field.py`: `placeholder_tag`,
 * `conditional_placeholder_tag`): `&#40;` and `&#41;`.
 */
function previewBrackets(html: string): string {
  return html.replace(/[()]/g, (c) => (c === '(' ? '&#40;' : '&#41;'));
}

const HIGHLIGHT_CLASS: Readonly<Record<number, string>> = {
  [PLACEHOLDER]: 'placeholder',
  [PLACEHOLDER_MORE]: 'placeholder',
  [CONDITIONAL]: 'placeholder-conditional',
  [CONDITIONAL_MORE]: 'placeholder-conditional',
  [REDACTED]: 'placeholder-redacted',
  [REDACTED_MORE]: 'placeholder-redacted',
};

/** Emphasis kinds: `**`, `__`, `*`, `_`. */
const STRONG_STAR = 0;
const STRONG_UNDERSCORE = 1;
const EM_STAR = 2;
const EM_UNDERSCORE = 3;

/** Writes lines of one marked text. */
export class InlineWriter {
  private readonly s: string;
  private readonly m: Uint8Array | null;

  /**
   * For each position `p` of `[a, b]`, the first template quote at or after `p` that is followed by whitespace and a
   * template `)` (where a link's title can end), or -1.
   */
  private titleTable(a: number, b: number): Int32Array {
    const next = new Int32Array(b - a + 1);
    next[b - a] = -1;
    let closeAfter = false; // whether whitespace* then a template ) follows the current position
    for (let p = b - 1; p >= a; p--) {
      const c = this.code(p);
      next[p - a] = isQuote(c) && this.tpl(p) && closeAfter ? p : next[p - a + 1]!;
      if (c === 41 && this.tpl(p)) closeAfter = true;
      else if (!isWhitespace(c)) closeAfter = false;
    }
    return next;
  }

  /**
   * @param source - the substituted text and its marks.
   * @param govUk - whether this is the body: `GOV.UK` is unlinked and (in plain text) character references decoded
   * there, as Notify does; not in the subject.
   * @param typography - whether the typography pass runs (always, but for Notify's Markdown step alone: see
   * `BodyOptions.markdownOnly`).
   */
  constructor(
    source: MarkedText,
    private readonly govUk: boolean,
    private readonly typography = true,
  ) {
    this.s = source.text;
    this.m = source.marks;
  }

  private code(i: number): number {
    return this.s.charCodeAt(i);
  }

  /** Whether the code unit at `i` is the template's own (Markdown is read in it). */
  private tpl(i: number): boolean {
    return this.m === null || this.m[i] === TEMPLATE;
  }

  /** Whether the code unit at `i` is the template's or a value's (not a highlighted placeholder). */
  private plain(i: number): boolean {
    return this.m === null || this.m[i]! <= VALUE;
  }

  /** A template character `c` at `i`, before `b` (every caller's `i` is inside its range's start already). */
  private tplChar(i: number, b: number, c: number): boolean {
    return i < b && this.code(i) === c && this.tpl(i);
  }

  /** Length of an `http://` or `https://` prefix at `i` (lower case, all template), or 0. */
  private httpPrefix(i: number, b: number): number {
    if (i + 7 > b) return 0;
    const s = this.s;
    if (s.charCodeAt(i) !== 104 || s.charCodeAt(i + 1) !== 116 || s.charCodeAt(i + 2) !== 116 || s.charCodeAt(i + 3) !== 112) {
      return 0;
    }
    let j = i + 4;
    if (s.charCodeAt(j) === 115) j++; // s
    if (j + 3 > b || s.charCodeAt(j) !== 58 || s.charCodeAt(j + 1) !== 47 || s.charCodeAt(j + 2) !== 47) return 0;
    for (let k = i; k < j + 3; k++) if (!this.tpl(k)) return 0;
    return j + 3 - i;
  }

  /** The end of a bare URL starting at `i` with a prefix of `prefix`, or -1 when it is not one. */
  private urlEnd(i: number, prefix: number, b: number, html: boolean): number {
    let end = i + prefix;
    while (end < b && !endsUrl(this.code(end), html) && this.plain(end)) end++;
    while (isTrailing(this.code(end - 1))) end--; // stops at the prefix's `/` at the latest
    return end - (i + prefix) >= 2 ? end : -1;
  }

  /**
   * A Markdown link whose `[` is at `i` (mistune 0.8's `link` rule: `[text](url)`, `[text](<url>)` in plain text, an optional
   * `"title"` or `'title'`; the shortest address that lets the rest match), or `null`. Brackets, parentheses and
   * quotes that make the link are the template's own; the address may run through values, and in a preview through a
   * highlighted placeholder (as Notify's preview, whose address then holds its Field's `<span>`: see `href`).
   * `(<url` with no `>` that lets the rest match is read as mistune's regular expression reads it, with the `<` in
   * the address (`[a](<http://x)` is `a: <http://x`).
   */
  private link(
    i: number,
    b: number,
    lastClose: number,
    html: boolean,
    titleAt: (p: number) => number,
  ): { text: [number, number]; url: [number, number]; title: string; end: number } | null {
    let j = i + 1;
    while (j < b && !((this.code(j) === 91 || this.code(j) === 93) && this.tpl(j))) j++;
    if (j >= b || this.code(j) !== 93) return null;
    if (!this.tplChar(j + 1, b, 40)) return null;
    let u = j + 2;
    // (past lastClose, no address can close: `address` finds nothing)
    while (isWhitespace(this.code(u))) u++;
    // `(<url>)`: in plain text only; Notify's HTML email has escaped the `<` (`&lt;`) before its Markdown reads links
    const angle = !html && this.tplChar(u, b, 60);
    return (angle && this.address(i, j, u + 1, lastClose, b, true, titleAt)) || this.address(i, j, u, lastClose, b, false, titleAt);
  }

  /** The rest of {@link link}: its address from `u`, in `<…>` when `angle`. */
  private address(
    i: number,
    j: number,
    u: number,
    lastClose: number,
    b: number,
    angle: boolean,
    titleAt: (p: number) => number,
  ): { text: [number, number]; url: [number, number]; title: string; end: number } | null {
    for (let k = u; k <= lastClose; k++) {
      if (angle && !this.tplChar(k, b, 62)) continue;
      const m = angle ? k + 1 : k;
      let n = m;
      while (isWhitespace(this.code(n))) n++; // stops at lastClose's ) at the latest
      if (this.tplChar(n, b, 41)) return { text: [i + 1, j], url: [u, k], title: '', end: n + 1 };
      if (n > m && isQuote(this.code(n)) && this.tpl(n)) {
        // the title: up to the first quote after it that is followed by optional whitespace and the closing )
        const q = titleAt(n + 1);
        if (q !== -1) {
          let r = q + 1;
          while (isWhitespace(this.code(r))) r++; // stops at the ) after it (see titleTable)
          return { text: [i + 1, j], url: [u, k], title: this.s.slice(n + 1, q), end: r + 1 };
        }
      }
    }
    return null;
  }

  /** The end of the highlighted placeholder (one `<span>` in HTML) that starts at `i`, within `[i, b)`. */
  private highlightEnd(i: number, b: number): number {
    const kind = this.m![i]!;
    const more = kind === CONDITIONAL_END ? kind : kind + (kind % 2 === 0 ? 1 : 0);
    let j = i + 1;
    while (j < b && this.m![j] === more) j++;
    return j;
  }

  /**
   * A Markdown link's address `[a, b)` as Notify writes it into `href` (see `notifyHref`); in an HTML preview, a
   * highlighted placeholder in it as Notify's Field has written it there (`<span class='placeholder'>&#40;&#40;name&#41;&#41;</span>`),
   * which `create_sanitised_html_for_url` then percent-encodes.
   */
  private href(a: number, b: number): string {
    let html = '';
    for (let i = a; i < b;) {
      let j = i + 1;
      if (this.plain(i)) {
        while (j < b && this.plain(j)) j++;
        html += this.s.slice(i, j).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
      } else {
        j = this.highlightEnd(i, b);
        const piece = previewBrackets(escapeText(this.s.slice(i, j)));
        const cls = HIGHLIGHT_CLASS[this.m![i]!];
        html += cls === undefined ? piece : `<span class='${cls}'>${piece}</span>`;
      }
      i = j;
    }
    return sanitisedHref(html);
  }

  /**
   * Text (no Markdown read in it) with typography; `before`/`after` are the characters around it (-1 for none).
   *
   * In HTML the smart quotes follow what Notify's smartypants sees, reading the email's HTML as tags and runs of
   * text: a run that comes right after a tag (a link, whose text ended with `afterLink`, or a highlighted
   * placeholder's `<span>`) has no character before it, unless the run is a lone `'` or `"`, which sees the last
   * character of the run before the tag; and `quotes: false` (a link's text, inside `<a>`, which Notify's
   * smartypants skips) leaves quotes straight. The other steps see the characters around the text, as Notify runs
   * them over the whole email.
   */
  private text(a: number, b: number, html: boolean, before: number, after: number, afterLink?: number, quotes = true, skips: readonly number[] = []): string {
    let out = '';
    let i = a;
    let tagBefore = html && afterLink !== undefined;
    while (i < b) {
      // a run of template/value text, or one highlighted placeholder
      let j = i;
      let cls: string | undefined;
      if (this.plain(i)) {
        while (j < b && this.plain(j)) j++;
      } else {
        cls = HIGHLIGHT_CLASS[this.m![i]!];
        j = this.highlightEnd(i, b);
      }
      const prev = i === a ? before : this.code(i - 1);
      // in HTML a highlighted placeholder is a <span>: a tag before it and after it
      const afterTag = html && (tagBefore || cls !== undefined);
      const quoteBefore = !quotes ? null : afterTag ? -1 : prev;
      const previousRun = afterTag ? (i === a && afterLink !== undefined ? afterLink : prev) : undefined;
      const raw = skips.length === 0 ? this.s.slice(i, j) : this.sliceWithout(i, j, skips);
      this.lastRun = raw.charCodeAt(raw.length - 1); // a run holds the character an escape's backslash is before
      const typeset_ = this.typography ? typeset(raw, prev, j === b ? after : this.code(j), quoteBefore, previousRun, html) : raw;
      tagBefore = html && cls !== undefined;
      const isText = this.plain(i);
      const piece = isText && this.govUk ? unlinkGovUk(typeset_, prev) : typeset_;
      // plain text: character references are decoded last, as Notify's plain-text email does (`html.unescape`)
      if (!html) out += this.govUk ? decodeCharacterReferences(piece) : piece;
      else if (isText) out += escapeText(piece);
      // a preview as Notify's Field writes it: `<span class='placeholder'>&#40;&#40;name&#41;&#41;</span>`, and
      // `<span class='placeholder-conditional'>&#40;&#40;name??</span>text&#41;&#41;`
      else if (cls === undefined) out += previewBrackets(escapeText(piece));
      else out += `<span class='${cls}'>${previewBrackets(escapeText(piece))}</span>`;
      i = j;
    }
    // characters a backslash escaped for the smart quotes: references in HTML and in a subject, as Notify writes them
    return this.typography ? writeEscaped(out, html || !this.govUk) : out;
  }

  /** `[i, j)` of the text without the characters at `skips` (the backslashes of escapes). */
  private sliceWithout(i: number, j: number, skips: readonly number[]): string {
    let out = '';
    let from = i;
    for (const k of skips) {
      if (k < i || k >= j) continue;
      out += this.s.slice(from, k);
      from = k + 1;
    }
    return out + this.s.slice(from, j);
  }

  /** Whether a closing delimiter of `kind` is at `p` in `[a, b)`. */
  private closesAt(kind: number, p: number, a: number, b: number): boolean {
    if (p <= a) return false;
    const prev = this.code(p - 1);
    if (isWhitespace(prev)) return false;
    switch (kind) {
      case STRONG_STAR:
        return this.tplChar(p, b, 42) && this.tplChar(p + 1, b, 42);
      case STRONG_UNDERSCORE:
        return this.tplChar(p, b, 95) && this.tplChar(p + 1, b, 95) && (p + 2 >= b || !isWordChar(this.code(p + 2)));
      case EM_STAR:
        return this.tplChar(p, b, 42) && !this.tplChar(p - 1, b, 42) && !this.tplChar(p + 1, b, 42);
      default:
        return this.tplChar(p, b, 95) && !this.tplChar(p - 1, b, 95) && !this.tplChar(p + 1, b, 95) && (p + 1 >= b || !isWordChar(this.code(p + 1)));
    }
  }

  /** The kind of emphasis opening at `i` in `[a, b)`, or -1. */
  private opensAt(i: number, a: number, b: number): number {
    const c = this.code(i); // a template `*` or `_` (see `write`)
    const prevSame = i > a && this.tplChar(i - 1, b, c);
    if (prevSame) return -1;
    if (c === 95 && i > a && isWordChar(this.code(i - 1))) return -1;
    const double = this.tplChar(i + 1, b, c);
    const n = double ? 2 : 1;
    if (i + n >= b || isWhitespace(this.code(i + n))) return -1;
    if (c === 42) return double ? STRONG_STAR : EM_STAR;
    return double ? STRONG_UNDERSCORE : EM_UNDERSCORE;
  }

  /** The last character of the last run of text written (see `line`, in HTML); -1 before any. */
  private lastRun = -1;

  /**
   * One line `[a, b)` of a block. Notify's smartypants reads the whole email: in plain text one run of text, where
   * `before`/`after` are the characters around the line (a line break, the space after a bullet; -1 at the start and
   * end of the body); in HTML tags and runs of text, where every line starts after a tag (`<p>`, `<br>`, `<li>`…),
   * a lone quote there seeing the last character of the run of text before it.
   */
  line(a: number, b: number, options: InlineOptions, before = -1, after = -1): string {
    return options.html ? this.write(a, b, options, -1, -1, this.lastRun) : this.write(a, b, options, before, after);
  }

  /**
   * One range `[a, b)` of a line. `before`/`after` are the characters around it, for the typography; `tagBefore`, in
   * HTML, says a tag comes right before it, after a run of text ending with that character (-1 for none).
   * Linear: each kind of closing delimiter is indexed once (right to left) the first time an opener of that kind is
   * met, so finding the closer is a lookup.
   */
  write(a: number, b: number, options: InlineOptions, before = -1, after = -1, tagBefore?: number): string {
    const { html } = options;
    let out = '';
    let textFrom = a;
    const closers: (Int32Array | undefined)[] = [];
    const closerAt = (kind: number, from: number): number => {
      let next = closers[kind];
      if (next === undefined) {
        next = new Int32Array(b - a + 1);
        next[b - a] = -1;
        for (let p = b - 1; p >= a; p--) next[p - a] = this.closesAt(kind, p, a, b) ? p : next[p - a + 1]!;
        closers[kind] = next;
      }
      return next[from - a]!; // from <= b: an opener leaves a character after it (see opensAt)
    };
    // When the text to come follows a link (in HTML, a tag): the last character of that link's text (see `text`).
    let afterLink: number | undefined = tagBefore;
    // In plain text, when the text to come follows a link: the last character written for it (its address).
    let afterLinkText: number | undefined;
    // The backslashes of escapes in the text to come: the text is written without them, in one piece, so the
    // typography sees the escaped character next to the text around it, as Notify's does after its Markdown step.
    let skips: number[] = [];
    const flush = (to: number) => {
      if (to <= textFrom) return;
      out += this.text(
        textFrom,
        to,
        html,
        textFrom === a ? before : (afterLinkText ?? this.code(textFrom - 1)),
        to === b ? after : this.code(to),
        afterLink,
        true,
        skips,
      );
      afterLink = undefined;
      afterLinkText = undefined;
      skips = [];
    };
    let lastClose = -1;
    if (options.links)
      for (let p = b - 1; p >= a; p--)
        if (this.code(p) === 41 && this.tpl(p)) {
          lastClose = p;
          break;
        }
    // Where a title can end (see titleTable), built the first time a title is looked for: linear time overall.
    let titles: Int32Array | undefined;
    const titleAt = (p: number): number => (titles ??= this.titleTable(a, b))[p - a]!;
    let i = a;
    while (i < b) {
      const c = this.code(i);
      if (!this.tpl(i) || !options.links) {
        i++;
        continue;
      }
      if (c === 92 && i + 1 < b && this.tpl(i + 1) && ESCAPABLE.has(this.code(i + 1))) {
        // a backslash escape: the character after it is text
        skips.push(i);
        i += 2;
        continue;
      }
      if (c === 104) {
        const prefix = this.httpPrefix(i, b);
        if (prefix > 0) {
          const end = this.urlEnd(i, prefix, b, html);
          if (end !== -1) {
            flush(i);
            const url = this.s.slice(i, end);
            out += html ? `<a href="${notifyHref(url)}">${escapeText(url)}</a>` : url;
            i = end;
            textFrom = end;
            afterLink = this.code(end - 1);
            continue;
          }
          i += prefix;
          continue;
        }
      } else if (c === 91 || (c === 33 && this.tplChar(i + 1, b, 91))) {
        const image = c === 33;
        const found = this.link(image ? i + 1 : i, b, lastClose, html, titleAt);
        if (found !== null) {
          flush(i);
          if (!image) {
            // in plain text the link is written `text: url` (or `text (title): url`) where it stands
            const text = html
              ? this.text(found.text[0], found.text[1], html, 91, 93, undefined, false)
              : this.text(found.text[0], found.text[1], html, i > a ? this.code(i - 1) : before, found.title === '' ? 58 : 32);
            afterLink = found.text[1] > found.text[0] ? this.code(found.text[1] - 1) : afterLink;
            if (html) {
              const title = found.title === '' ? '' : ` title="${escapeHtml(found.title)}"`;
              out += `<a href="${this.href(found.url[0], found.url[1])}"${title}>${text}</a>`;
            } else {
              out += `${text}${found.title === '' ? '' : ` (${found.title})`}: ${this.s.slice(found.url[0], found.url[1])}`;
              // (with no address, the `(` stands for the space after `:`: neither closes a quote or ends a word)
              afterLinkText = this.code(found.url[1] - 1);
            }
          }
          i = found.end;
          textFrom = i;
          continue;
        }
      } else if (options.emphasis && (c === 42 || c === 95)) {
        const kind = this.opensAt(i, a, b);
        if (kind !== -1) {
          const n = kind === STRONG_STAR || kind === STRONG_UNDERSCORE ? 2 : 1;
          const p = closerAt(kind, i + n + 1);
          if (p !== -1) {
            flush(i);
            const inner = this.write(
              i + n,
              p,
              { html, links: options.links, emphasis: false },
              // the characters around the emphasis, within this range (else the range's own `before`/`after`)
              i > a ? this.code(i - 1) : before,
              p + n < b ? this.code(p + n) : after,
            );
            const tag = kind === STRONG_STAR ? 'strong' : kind === STRONG_UNDERSCORE ? 'u' : 'em';
            out += html ? `<${tag}>${inner}</${tag}>` : inner; // plain text cannot show it: the delimiters go
            i = p + n;
            textFrom = i;
            continue;
          }
          i += n;
          continue;
        }
      }
      i++;
    }
    flush(b);
    return out;
  }
}
