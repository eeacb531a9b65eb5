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
