/**
 * HTML escaping. Internal.
 *
 * @module
 */

const ESCAPABLE = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` so the text can go into HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(ESCAPABLE, (c) => ENTITIES[c]!);
}

const TEXT_ESCAPABLE = /[&<>\u00a0]/g;
const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

/**
 * Escapes text for HTML content as GOV.UK Notify's email HTML has it: `&`, `<` and `>` escaped, quotes left as they
 * are (Notify escapes with `quote=False`), and a no-break space written `&nbsp;` (as Notify keeps a template's
 * `&nbsp;`). Never for an attribute: use {@link escapeHtml}.
 */
export function escapeText(text: string): string {
  return text.replace(TEXT_ESCAPABLE, (c) => TEXT_ENTITIES[c]!);
}

/**
 * A link's address as GOV.UK Notify writes it into `href` (`create_sanitised_html_for_url` in
 * alphagov/notifications-utils `notifications_utils/formatters.py`): `http://` put in front unless it starts with
 * `ftp:`, `file:`, `http:`, `https:`, `mailto:` or `tel:` (any case), then percent-encoded as Python's
 * `urllib.parse.quote(link, safe=":/?#=&;%")` does (letters, digits, `_.-~` and those kept; every other byte of its
 * UTF-8 as `%XX`). The caller escapes the result for the attribute.
 */
export function sanitisedHref(link: string): string {
  const lower = link.toLowerCase();
  const recognised = ['ftp:', 'file:', 'http:', 'https:', 'mailto:', 'tel:'].some((p) => lower.startsWith(p));
  const full = recognised ? link : `http://${link}`;
  let out = '';
  for (const byte of new TextEncoder().encode(full)) {
    const c = String.fromCharCode(byte);
    // Only ASCII bytes can match (a byte of 0x80 or more is not one of these characters).
    if (/[A-Za-z0-9_.\-~:/?#=&;%]/.test(c)) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Number of bytes the string takes in UTF-8 (a lone surrogate counts as U+FFFD, 3 bytes, as `TextEncoder` writes it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1); // NaN past the end: a lone surrogate
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
