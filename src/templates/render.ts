import { InvalidArgumentError } from '../errors.js';
import { escapeHtml } from './escape.js';
import { bodyToHtml, normaliseNewlines, typesetTextLine } from './markdown.js';
import { prepare, substituteBody, substituteSubject } from './substitute.js';
import type { RenderFormat, RenderOptions, RenderedMessage, Template, TemplateValues } from './types.js';
import { isWhitespace } from './values.js';

function isControl(c: number): boolean {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

function isZeroWidth(c: number): boolean {
  return c === 0x180e || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Control characters (C0, DEL, C1, U+2028, U+2029) become spaces, so nothing can start a new header line. */
function flatten(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isControl(s.charCodeAt(i))) {
      out += `${s.slice(from, i)} `;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Notify's `normalise_whitespace`: zero-width characters removed, whitespace runs become one space, ends trimmed. */
function normaliseWhitespace(s: string): string {
  let out = '';
  let pendingSpace = false;
  let from = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isWhitespace(c) || isZeroWidth(c)) {
      if (from !== -1) {
        out += (pendingSpace ? ' ' : '') + s.slice(from, i);
        from = -1;
        pendingSpace = false;
      }
      if (isWhitespace(c) && out !== '') pendingSpace = true;
    } else if (from === -1) from = i;
  }
  if (from !== -1) out += (pendingSpace ? ' ' : '') + s.slice(from);
  return out;
}

function renderSubject(subject: string, format: RenderFormat): string {
  const line = normaliseWhitespace(typesetTextLine(flatten(subject)));
  return format === 'html' ? escapeHtml(line) : line;
}

function renderTextBody(body: string): string {
  const lines = normaliseNewlines(body).split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = typesetTextLine(lines[i]!);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function checkFormat(options: unknown): RenderFormat {
  if (options === undefined) return 'text';
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', 'must be an object such as { format: \'html\' }');
  const format = (options as { format?: unknown }).format;
  if (format === undefined) return 'text';
  if (format !== 'text' && format !== 'html') throw new InvalidArgumentError('options.format', "must be 'text' or 'html'");
  return format;
}

/**
 * Renders an email template the way GOV.UK Notify does, locally: `((name))` placeholders filled, conditional
 * `((name??text))` shown or hidden, and the result as plain text or simple HTML.
 *
 * Rules (from GOV.UK Notify's `notifications-utils`):
 * - `((name))` is a placeholder when its body is one or more characters none of which is a bracket; other brackets
 *   stay as text (`(((a)))` is `(` + `((a))` + `)`; `((a(b))` is all text). As in Notify, a body of only spaces,
 *   `(( ))`, is still a placeholder (its normalised name is empty);
 * - names match ignoring case, spaces, underscores and hyphens; keys the template does not use are ignored (two keys
 *   naming the same placeholder are refused);
 * - a value that is absent, `null` or `undefined` is missing: every missing name is thrown at once in a
 *   {@link MissingPersonalisationError}, in order of first appearance (subject first). An empty string is a value;
 * - `((name??text))` shows `text` when the value is one of `yes`, `y`, `true`, `t`, `1`, `include`, `show` (any case;
 *   `true` counts as `yes`), and hides it otherwise (including `''`); everything after the first `??` is the text;
 * - a list value becomes a bullet list on lines of its own in the body, and `a, b and c` in the subject;
 * - substitution is a single pass: a value containing `((x))` is written as it is;
 * - the subject is one line: control characters (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029) become spaces,
 *   whitespace runs collapse to one space and the ends are trimmed, so no value can add an email header;
 * - both formats get Notify's typography pass (no space before `,` and `.`, smart quotes, ` - ` becomes ` – `),
 *   as Notify's HTML and plain-text emails do; URLs are left exactly as written;
 * - `text`: values as they are and no Markdown applied; line endings become `\n`, runs of blank lines collapse to
 *   one and the ends are trimmed. Plain text: never put it into HTML without escaping;
 * - `html`: all text, values and template alike, is HTML-escaped (`& < > " '`), then the body's Markdown subset
 *   (paragraphs, `* `/`- ` bullets, `1. ` numbered lists, `# ` heading, `^ ` inset, `---` rule, `http(s)` links)
 *   becomes simple HTML without styles; the subject is escaped;
 * - the body after substitution may be at most 2,000,000 bytes of UTF-8 (Notify's limit), else
 *   {@link TemplateTooLargeError}; the subject is held to the same limit on its own, as a guard.
 *
 * @param template - `{ subject, body }` in Notify's syntax (a preset's template can be passed as it is).
 * @param values - a value per placeholder name; see {@link TemplateValue} for the types accepted.
 * @param options - `{ format: 'text' | 'html' }`; `text` when left out.
 * @throws {@link MissingPersonalisationError} listing the placeholders without a value.
 * @throws {@link TemplateTooLargeError} when the body (or the subject) passes 2,000,000 bytes after substitution.
 * @throws {@link InvalidArgumentError} for a template, options or value of the wrong type.
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad `{ date }` value.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const template = { subject: 'Complaint ((ref)) - due ((due date))', body: 'Dear ((name)),\n\n((late??This response is overdue.))\nPlease reply.' };
 * const values = { ref: 'C-42', 'due date': { date: '2026-01-07', style: 'short' }, NAME: 'Sam', late: false };
 * renderTemplate(template, values) //=> { subject: 'Complaint C-42 – due 7 January 2026', body: 'Dear Sam,\n\nPlease reply.' }
 * renderTemplate(template, { ...values, late: 'yes' }, { format: 'html' }).body //=> '<p>Dear Sam,</p>\n<p>This response is overdue.<br>Please reply.</p>'
 * renderTemplate({ subject: 'Hi ((name))', body: '' }, { name: '<b>Jo</b>' }, { format: 'html' }).subject //=> 'Hi &lt;b&gt;Jo&lt;/b&gt;'
 * renderTemplate(template, { ref: 'C-42' }) //=> throws MissingPersonalisationError
 */
export function renderTemplate(template: Template, values: TemplateValues, options?: RenderOptions): RenderedMessage {
  const format = checkFormat(options);
  const { parsed, resolved } = prepare(template, values);
  const subject = renderSubject(substituteSubject(parsed.subject, resolved), format);
  const body = substituteBody(parsed.body, resolved);
  return { subject, body: format === 'html' ? bodyToHtml(normaliseNewlines(body)) : renderTextBody(body) };
}
