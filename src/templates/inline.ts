/**
 * One line of a substituted body, written out as HTML or plain text, in linear time. Internal.
 *
 * Only the template's own characters are read as Markdown (see `substitute.ts` for the marks): a value's characters
 * are always text, so a value never starts a link, a URL or emphasis, and never closes one the template opened.
 *
 * - A bare URL starts with `http://` or `https://` (any case) written in the template, not preceded by a letter or
 *   digit, and runs to the next whitespace, `<`, `>` or `"` (through a value's characters too, so
 *   `https://example.org/case/((ref))` links the whole address, but never into a placeholder shown in a preview). It
 *   loses trailing `. , : ; ! ? '` and `]`, and a `)` unless it closes a `(` inside the URL, as Notify's Markdown
 *   parser does (`mistune.InlineGrammar.url = ^(https?:\/\/[^\s<]+[^<.,:"')\]\s])` in alphagov/notifications-utils
 *   `notifications_utils/markdown.py`, commit ca2506c6). Nothing else becomes a link: `javascript:`, `data:`,
 *   `mailto:` and scheme-less addresses stay text.
 * - A Markdown link `[text](url)` (brackets written in the template) is a link only when the URL starts with
 *   `http://` or `https://`; otherwise the brackets stay text. In plain text it is written `text: url`, as Notify's
 *   `NotifyPlainTextEmailMarkdownRenderer.link` writes it.
 * - Emphasis (HTML only): `**text**` and `__text__` become `<strong>`, `*text*` and `_text_` become `<em>`, on one
 *   line, delimiters written in the template, the text not starting or ending with a space; `_` does not open or
 *   close inside a word (`snake_case`). No nesting: inside emphasis, only links. GOV.UK Notify itself leaves
 *   emphasis as literal `*` and `_` (its `NotifyInlineParser` drops the emphasis rules: "Letters/emails don't
 *   support emphasis"); this renderer follows the "turns the body's … emphasis into simple, accessible
 *   HTML", as the Canadian fork of Notify does (cds-snc/notification-utils, `double_emphasis` → `<strong>`,
 *   `emphasis` → `<em>`). In plain text the delimiters are left as written.
 * - Notify's typography pass on all text except URLs.
 *
 * @module
 */
import { escapeHtml } from './escape.js';
import {
  CONDITIONAL,
  CONDITIONAL_MORE,
  PLACEHOLDER,
  PLACEHOLDER_MORE,
  REDACTED,
  REDACTED_MORE,
  TEMPLATE,
  VALUE,
  type MarkedText,
} from './substitute.js';
import { isWordChar, typeset } from './typography.js';
import { isWhitespace } from './values.js';

/** What to read and how to write it. */
export interface InlineOptions {
  /** Write HTML (escaped text, tags) rather than plain text. */
  readonly html: boolean;
  /** Read `[text](https://…)` links. */
  readonly links: boolean;
  /** Read emphasis (HTML only). */
  readonly emphasis: boolean;
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function endsUrl(c: number): boolean {
  return isWhitespace(c) || c === 60 || c === 62 || c === 34; // < > "
}

/** Characters dropped from the end of a bare URL (sentence punctuation). */
function isTrailing(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 39 || c === 93; // . , : ; ! ? ' ]
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

  constructor(source: MarkedText) {
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

  /** A template character `c` at `i` (and `i` inside `[a, b)`). */
  private tplChar(i: number, a: number, b: number, c: number): boolean {
    return i >= a && i < b && this.code(i) === c && this.tpl(i);
  }

  /** Length of an `http://` or `https://` prefix at `i` (any case, all template), or 0. */
  private httpPrefix(i: number, b: number): number {
    if (i + 7 > b) return 0;
    const s = this.s;
    if (lower(s.charCodeAt(i)) !== 104 || lower(s.charCodeAt(i + 1)) !== 116 || lower(s.charCodeAt(i + 2)) !== 116 || lower(s.charCodeAt(i + 3)) !== 112) {
      return 0;
    }
    let j = i + 4;
    if (lower(s.charCodeAt(j)) === 115) j++; // s
    if (j + 3 > b || s.charCodeAt(j) !== 58 || s.charCodeAt(j + 1) !== 47 || s.charCodeAt(j + 2) !== 47) return 0;
    for (let k = i; k < j + 3; k++) if (!this.tpl(k)) return 0;
    return j + 3 - i;
  }

  /** The end of a bare URL starting at `i` with a prefix of `prefix`, or -1 when nothing follows the prefix. */
  private urlEnd(i: number, prefix: number, b: number): number {
    let end = i + prefix;
    let opens = 0;
    let closes = 0;
    while (end < b) {
      const d = this.code(end);
      if (endsUrl(d) || !this.plain(end)) break;
      if (d === 40) opens++;
      else if (d === 41) closes++;
      end++;
    }
    while (end > i + prefix) {
      const d = this.code(end - 1);
      if (isTrailing(d)) end--;
      else if (d === 41 && closes > opens) {
        end--;
        closes--;
      } else break;
    }
    return end > i + prefix ? end : -1;
  }

  /** Text (no Markdown read in it) with typography; `before`/`after` are the characters around it (-1 for none). */
  private text(a: number, b: number, html: boolean, before: number, after: number): string {
    if (a >= b) return '';
    let out = '';
    let i = a;
    while (i < b) {
      // a run of template/value text, or one highlighted placeholder
      let j = i;
      let cls: string | undefined;
      if (this.plain(i)) {
        while (j < b && this.plain(j)) j++;
      } else {
        cls = HIGHLIGHT_CLASS[this.m![i]!];
        j = i + 1;
        while (j < b && this.m![j] === this.m![i]! + (this.m![i]! % 2 === 0 ? 1 : 0)) j++;
      }
      const piece = typeset(this.s.slice(i, j), i === a ? before : this.code(i - 1), j === b ? after : this.code(j));
      if (!html) out += piece;
      else if (cls === undefined) out += escapeHtml(piece);
      else out += `<span class="${cls}">${escapeHtml(piece)}</span>`;
      i = j;
    }
    return out;
  }

  /** Whether a closing delimiter of `kind` is at `p` in `[a, b)`. */
  private closesAt(kind: number, p: number, a: number, b: number): boolean {
    if (p <= a) return false;
    const prev = this.code(p - 1);
    if (isWhitespace(prev)) return false;
    switch (kind) {
      case STRONG_STAR:
        return this.tplChar(p, a, b, 42) && this.tplChar(p + 1, a, b, 42);
      case STRONG_UNDERSCORE:
        return this.tplChar(p, a, b, 95) && this.tplChar(p + 1, a, b, 95) && (p + 2 >= b || !isWordChar(this.code(p + 2)));
      case EM_STAR:
        return this.tplChar(p, a, b, 42) && !this.tplChar(p - 1, a, b, 42) && !this.tplChar(p + 1, a, b, 42);
      default:
        return (
          this.tplChar(p, a, b, 95) && !this.tplChar(p - 1, a, b, 95) && !this.tplChar(p + 1, a, b, 95) && (p + 1 >= b || !isWordChar(this.code(p + 1)))
        );
    }
  }

  /** The kind of emphasis opening at `i` in `[a, b)`, or -1. */
  private opensAt(i: number, a: number, b: number): number {
    const c = this.code(i);
    if ((c !== 42 && c !== 95) || !this.tpl(i)) return -1;
    const prevSame = this.tplChar(i - 1, a, b, c);
    if (prevSame) return -1;
    if (c === 95 && i > a && isWordChar(this.code(i - 1))) return -1;
    const double = this.tplChar(i + 1, a, b, c);
    const n = double ? 2 : 1;
    if (i + n >= b || isWhitespace(this.code(i + n))) return -1;
    if (c === 42) return double ? STRONG_STAR : EM_STAR;
    return double ? STRONG_UNDERSCORE : EM_UNDERSCORE;
  }

  /**
   * One range `[a, b)` of a line. `before`/`after` are the characters around it, for the typography.
   * Linear: each kind of closing delimiter is indexed once (right to left) the first time an opener of that kind is
   * met, so finding the closer is a lookup.
   */
  write(a: number, b: number, options: InlineOptions, before = -1, after = -1): string {
    const { html } = options;
    let out = '';
    let textFrom = a;
    let failUntil = -1; // a Markdown link whose URL starts before this cannot close
    const closers: (Int32Array | undefined)[] = [];
    const closerAt = (kind: number, from: number): number => {
      let next = closers[kind];
      if (next === undefined) {
        next = new Int32Array(b - a + 1);
        next[b - a] = -1;
        for (let p = b - 1; p >= a; p--) next[p - a] = this.closesAt(kind, p, a, b) ? p : next[p - a + 1]!;
        closers[kind] = next;
      }
      return from >= b ? -1 : next[from - a]!;
    };
    const flush = (to: number) => {
      out += this.text(textFrom, to, html, textFrom === a ? before : this.code(textFrom - 1), to === b ? after : this.code(to));
    };
    let i = a;
    while (i < b) {
      const c = this.code(i);
      if (!this.tpl(i)) {
        i++;
        continue;
      }
      if ((c === 104 || c === 72) && (i === 0 || !isAsciiAlnum(this.code(i - 1)))) {
        const prefix = this.httpPrefix(i, b);
        if (prefix > 0) {
          const end = this.urlEnd(i, prefix, b);
          if (end !== -1) {
            flush(i);
            const url = this.s.slice(i, end);
            out += html ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : url;
            i = end;
            textFrom = end;
            continue;
          }
          i += prefix;
          continue;
        }
      } else if (c === 91 && options.links) {
        // [text](https://…): brackets and parentheses written in the template
        let j = i + 1;
        while (j < b && !((this.code(j) === 91 || this.code(j) === 93) && this.tpl(j))) j++;
        if (j < b && j > i + 1 && this.code(j) === 93 && this.tplChar(j + 1, a, b, 40)) {
          const u = j + 2;
          const prefix = u >= failUntil ? this.httpPrefix(u, b) : 0;
          if (prefix > 0) {
            let k = u + prefix;
            while (k < b) {
              const d = this.code(k);
              if ((d === 41 && this.tpl(k)) || endsUrl(d) || !this.plain(k)) break;
              k++;
            }
            if (k < b && this.tplChar(k, a, b, 41) && k > u + prefix) {
              flush(i);
              const url = this.s.slice(u, k);
              const text = this.text(i + 1, j, html, 91, 93);
              out += html ? `<a href="${escapeHtml(url)}">${text}</a>` : `${text}: ${url}`;
              i = k + 1;
              textFrom = i;
              continue;
            }
            if (!this.tplChar(k, a, b, 41)) failUntil = k;
          }
        }
      } else if (options.emphasis && html && (c === 42 || c === 95)) {
        const kind = this.opensAt(i, a, b);
        if (kind !== -1) {
          const n = kind === STRONG_STAR || kind === STRONG_UNDERSCORE ? 2 : 1;
          const p = closerAt(kind, i + n + 1);
          if (p !== -1) {
            flush(i);
            const inner = this.write(i + n, p, { html, links: options.links, emphasis: false }, i > 0 ? this.code(i - 1) : -1, p + n < this.s.length ? this.code(p + n) : -1);
            const tag = n === 2 ? 'strong' : 'em';
            out += `<${tag}>${inner}</${tag}>`;
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
