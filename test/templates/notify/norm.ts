/** The comparison rule for Notify's cases (see notify-cases.test.ts and docs/notify-differences.md). */
const BLOCK = '(?:p|ul|ol|li|h2|h3|blockquote|hr|table|tr|td|div)';

/** The comparison rule: inline styles, layout wrappers and whitespace between blocks. */
export function normaliseHtml(html: string): string {
  return html
    .replace(/ style="[^"]*"/g, '')
    .replace(/<table role="presentation"><tr><td>/g, '')
    .replace(/<\/td><\/tr><\/table>/g, '')
    .replace(/<div>(\s*<blockquote>)/g, '$1')
    .replace(/(<\/blockquote>\s*)<\/div>/g, '$1')
    .replace(new RegExp(`(</?${BLOCK}\\b[^>]*>)\\s+(?=</?${BLOCK}\\b)`, 'g'), '$1')
    .replace(new RegExp(`\\s+(</?${BLOCK}\\b[^>]*>)`, 'g'), (m, tag: string) => (m.startsWith(' ') && !m.includes('\n') ? m : tag))
    .trim();
}

export function normaliseText(text: string): string {
  return text.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').trim();
}

/**
 * The comparison rule for Notify's Field cases (its first step alone, compared with this library's substitution
 * step): the text a reader sees. Notify's tags (a preview's `<span>`) are removed and its character references
 * decoded (its Field escapes as it writes; this library's step escapes later, when the body is written), each line's
 * ends trimmed, runs of blank lines made one, the ends trimmed. Nothing else: inner spaces, quotes and dashes must be
 * equal.
 */
export function normaliseField(text: string): string {
  return normaliseFieldStep(decode(text.replace(/<\/?[a-zA-Z][^<>]*>/g, '')));
}

/** The character references Notify's Field writes: numeric, and the HTML escapes. */
function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot|nbsp|apos);/g, (_m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', nbsp: '\u00a0', apos: "'" }[ref]!;
  });
}

/**
 * This library's Field step (substituted text, not yet written as HTML) as {@link normaliseField} leaves Notify's:
 * each line's ends trimmed, runs of blank lines made one, the ends trimmed. Nothing is decoded or removed: the text
 * is what a reader sees.
 */
export function normaliseFieldStep(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
