/**
 * Finds links in one line of text, in linear time. Internal.
 *
 * - A bare URL starts with `http://` or `https://` (any case) not preceded by a letter or digit, runs to the next
 *   whitespace, `<`, `>` or `"`, and loses trailing `. , : ; ! ? '` and `]` (and `)` unless it closes a `(` inside
 *   the URL), as Notify's Markdown parser does. Nothing else becomes a link: `javascript:`, `data:`, `mailto:` and
 *   scheme-less addresses stay text.
 * - A Markdown link `[text](url)` is a link only when the URL starts with `http://` or `https://`; otherwise the
 *   brackets stay text.
 *
 * @module
 */
import { isWhitespace } from './values.js';

export type InlineToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'link'; readonly text: string; readonly url: string };

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Length of an `http://` or `https://` prefix at `i` (any case), or 0. */
function httpPrefix(s: string, i: number): number {
  if (i + 7 > s.length) return 0;
  if (lower(s.charCodeAt(i)) !== 104 || lower(s.charCodeAt(i + 1)) !== 116 || lower(s.charCodeAt(i + 2)) !== 116 || lower(s.charCodeAt(i + 3)) !== 112) {
    return 0;
  }
  let j = i + 4;
  if (lower(s.charCodeAt(j)) === 115) j++; // s
  return s.charCodeAt(j) === 58 && s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47 ? j + 3 - i : 0;
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

/** Splits a line into text, bare URLs and (when `markdownLinks`) `[text](https://…)` links. */
export function inlineTokens(line: string, markdownLinks: boolean): InlineToken[] {
  const tokens: InlineToken[] = [];
  const n = line.length;
  let textFrom = 0;
  let failUntil = -1; // a Markdown link whose URL starts before this cannot close
  let i = 0;
  const emitText = (to: number) => {
    if (to > textFrom) tokens.push({ kind: 'text', text: line.slice(textFrom, to) });
  };
  while (i < n) {
    const c = line.charCodeAt(i);
    if ((c === 104 || c === 72) && (i === 0 || !isAsciiAlnum(line.charCodeAt(i - 1)))) {
      const prefix = httpPrefix(line, i);
      if (prefix > 0) {
        let end = i + prefix;
        let opens = 0;
        let closes = 0;
        while (end < n) {
          const d = line.charCodeAt(end);
          if (endsUrl(d)) break;
          if (d === 40) opens++;
          else if (d === 41) closes++;
          end++;
        }
        while (end > i + prefix) {
          const d = line.charCodeAt(end - 1);
          if (isTrailing(d)) end--;
          else if (d === 41 && closes > opens) {
            end--;
            closes--;
          } else break;
        }
        if (end > i + prefix) {
          emitText(i);
          tokens.push({ kind: 'url', url: line.slice(i, end) });
          i = end;
          textFrom = end;
          continue;
        }
        i += prefix;
        continue;
      }
    } else if (c === 91 && markdownLinks) {
      let j = i + 1;
      while (j < n) {
        const d = line.charCodeAt(j);
        if (d === 91 || d === 93) break;
        j++;
      }
      if (j < n && j > i + 1 && line.charCodeAt(j) === 93 && line.charCodeAt(j + 1) === 40) {
        const u = j + 2;
        const prefix = u >= failUntil ? httpPrefix(line, u) : 0;
        if (prefix > 0) {
          let k = u + prefix;
          while (k < n) {
            const d = line.charCodeAt(k);
            if (d === 41 || endsUrl(d)) break;
            k++;
          }
          if (k < n && line.charCodeAt(k) === 41 && k > u + prefix) {
            emitText(i);
            tokens.push({ kind: 'link', text: line.slice(i + 1, j), url: line.slice(u, k) });
            i = k + 1;
            textFrom = i;
            continue;
          }
          if (k >= n || line.charCodeAt(k) !== 41) failUntil = k;
        }
      }
    }
    i++;
  }
  emitText(n);
  return tokens;
}
