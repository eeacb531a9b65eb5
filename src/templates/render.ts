import { InvalidArgumentError } from '../errors.js';
import { bodyToHtml, bodyToText, typesetLine } from './markdown.js';
import { prepare, substituteBody, substituteSubject, type ParsedTemplate, type SubstituteOptions } from './substitute.js';
import type { Emphasis, MissingValues, RenderOptions, RenderedMessage, Template, TemplateValues } from './types.js';
import { isWhitespace, type ResolvedValues } from './values.js';

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

/**
 * The subject as plain header text, in both formats: GOV.UK Notify sends `PlainTextEmailTemplate.subject` as the
 * email's subject (alphagov/notifications-api, `app/delivery/send_to_providers.py`, `send_email_to_provider`:
 * `subject=plain_text_email.subject`), which is the subject with values as they are (`html='passthrough'`), the
 * typography pass and `normalise_whitespace` (alphagov/notifications-utils, `notifications_utils/template.py`,
 * commit fd58d591). Control characters are turned into spaces first, so the subject is always one line.
 */
function renderSubject(subject: string): string {
  return normaliseWhitespace(typesetLine(flatten(subject)));
}

const MISSING: readonly MissingValues[] = ['error', 'preview', 'redact'];

function checkOptions(options: unknown, template: unknown): SubstituteOptions & { emphasis: Emphasis } {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError('options', "must be an object such as { format: 'html' }");
  }
  const given = (options ?? {}) as { format?: unknown; missing?: unknown; emphasis?: unknown };
  const { format = 'text', missing = 'error' } = given;
  if (format !== 'text' && format !== 'html') throw new InvalidArgumentError('options.format', "must be 'text' or 'html'");
  if (!MISSING.includes(missing as MissingValues)) throw new InvalidArgumentError('options.missing', "must be 'error', 'preview' or 'redact'");
  const fromTemplate = typeof template === 'object' && template !== null ? (template as { emphasis?: unknown }).emphasis : undefined;
  const emphasis = given.emphasis ?? fromTemplate ?? 'notify';
  if (emphasis !== 'notify' && emphasis !== 'marked') {
    throw new InvalidArgumentError(given.emphasis !== undefined ? 'options.emphasis' : 'template.emphasis', "must be 'notify' or 'marked'");
  }
  return { format, missing: missing as MissingValues, emphasis };
}

/**
 * Renders an email template the way GOV.UK Notify does, locally: `((name))` placeholders filled, conditional
 * `((name??text))` shown or hidden, and the body as Notify's plain-text email or as its email HTML without the inline
 * styles and layout tables. The Notify followed is {@link NOTIFY_VERSION}; its own test cases run against this
 * function in the library's tests, and the remaining differences are listed in `docs/notify-differences.md`.
 *
 * Rules (from GOV.UK Notify's alphagov/notifications-utils: `notifications_utils/field.py` for placeholders,
 * `template.py` for the order of the passes, `markdown.py` for the Markdown, `formatters.py` for the typography):
 * - `((name))` is a placeholder when its body is one or more characters none of which is a bracket; other brackets
 *   stay as text (`(((a)))` is `(` + `((a))` + `)`; `((a(b))` is all text). A placeholder with no name (`((  ))`,
 *   `((??x))`) and no value is refused with {@link EmptyPlaceholderError}, which says where it is;
 * - names match ignoring case, spaces, underscores and hyphens (Notify's rule, see `normalisePlaceholderName`); keys
 *   the template does not use are ignored (two keys naming the same placeholder are refused);
 * - a value that is absent, `null` or `undefined` is missing: every missing name is thrown at once in a
 *   {@link MissingPersonalisationError}, in order of first appearance (subject first). An empty string is a value.
 *   With `missing: 'preview'` or `'redact'` missing placeholders are shown instead, as Notify's previews show them
 *   (see {@link MissingValues});
 * - `((name??text))` shows `text` when the value is one of `yes`, `y`, `true`, `t`, `1`, `include`, `show` (any case;
 *   the boolean `true` is written `True`, so it counts), and hides it otherwise (including `''`); everything after
 *   the first `??` is the text. A list never shows it in the body (Notify reads the list as its Markdown, `* yes`),
 *   and in the subject only when it is one truthy item;
 * - a boolean is written `True` or `False`, a number, an object and a list item that is not a string as Notify
 *   writes them (Python's `str()` of what its API reads from JSON: `0.1`, `1e-05`, `{'key': 'value'}`, `[1, 2]`; see
 *   {@link DataValue}); a list becomes a bullet list on lines of its own in the body (a `{ numbered: [...] }` value
 *   a numbered list), and `a, b and c` in the subject;
 * - substitution is a single pass: a value containing `((x))` is written as it is;
 * - the subject is plain header text in both formats (never HTML-escaped: Notify sends the plain-text subject):
 *   control characters (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029) become spaces, whitespace runs collapse to
 *   one space and the ends are trimmed, so no value can add an email header;
 * - subject and body get Notify's typography pass (no space before `,` and `.`, smart quotes, ` - ` becomes ` – `,
 *   curly quotes in an email address straightened); URLs are left exactly as written. In the body, `GOV.UK` gets a
 *   zero-width space after its dot (so mail programs do not link it), U+3164 and U+2028 are removed, and HTML
 *   character references (`&lsqb;`, `&nbsp;`) are decoded as Notify decodes them;
 * - the template's Markdown is read as Notify reads it (paragraphs, `*`/`-`/`•`/`1.` lists, `#`/`##` headings, `^`
 *   inset text, rules, links with titles, bare `http(s)` URLs; tables and images dropped; see `markdown.ts`) and
 *   written as Notify's plain-text email writes it (`text`: `•` bullets, headings underlined, `text: url`) or as
 *   simple HTML without styles (`html`). `**bold**` and `_italic_` are printed as typed, as Notify does, unless the
 *   `marked` emphasis option is asked for (see {@link Emphasis}: a template rendered so will not look the same in
 *   Notify);
 * - a value is always text, never Markdown: in HTML it is escaped (`& < >`) and its `#`, `*`, `^`, `1.`, `---`,
 *   brackets and URLs make no heading, list, rule, emphasis or link; in plain text it is written as it is. This is
 *   the one deliberate safety difference from Notify, which escapes a value's HTML but then reads Markdown in it;
 * - in the `text` format line endings become `\n`, lines are trimmed and runs of blank lines collapse to one. Plain
 *   text: never put it into HTML without escaping;
 * - the body after substitution may be at most 2,000,000 bytes of UTF-8 (Notify's limit for an email; Notify's SMS
 *   limit does not apply, these are emails), else {@link TemplateTooLargeError}; the subject is held to the same
 *   limit on its own, as a guard.
 *
 * @param template - `{ subject, body }` in Notify's syntax (a preset's template can be passed as it is, with its
 * `emphasis`).
 * @param values - a value per placeholder name; see {@link TemplateValue} for the types accepted.
 * @param options - `{ format: 'text' | 'html', missing: 'error' | 'preview' | 'redact', emphasis: 'notify' |
 * 'marked' }`; `text`, `error` and the template's emphasis (else `notify`) when left out.
 * @throws {@link MissingPersonalisationError} listing the placeholders without a value (unless previewing).
 * @throws {@link EmptyPlaceholderError} for a placeholder without a name and without a value (unless previewing).
 * @throws {@link TemplateTooLargeError} when the body (or the subject) passes 2,000,000 bytes after substitution.
 * @throws {@link InvalidArgumentError} for a template, options or value of the wrong type.
 * @throws {@link InvalidDateError} / {@link DateOutOfRangeError} for a bad `{ date }` value.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const template = { subject: 'Complaint ((ref)) - due ((due date))', body: 'Dear ((name)),\n\n((late??This response is overdue.))\nPlease reply.' };
 * const values = { ref: 'C-42', 'due date': { date: '2026-01-07', style: 'short' }, NAME: 'Sam', late: false };
 * renderTemplate(template, values) //=> { subject: 'Complaint C-42 – due 7 January 2026', body: 'Dear Sam,\n\nPlease reply.' }
 * renderTemplate(template, { ...values, late: true }, { format: 'html' }).body //=> '<p>Dear Sam,</p>\n<p>This response is overdue.<br>Please reply.</p>'
 * // As in Notify, **bold** is printed as typed; the marked option reads it (Notify will not)
 * renderTemplate({ subject: 'S', body: 'a **b**' }, {}, { format: 'html' }).body //=> '<p>a **b**</p>'
 * renderTemplate({ subject: 'S', body: 'a **b**' }, {}, { format: 'html', emphasis: 'marked' }).body //=> '<p>a <strong>b</strong></p>'
 * // A value is text: escaped in HTML, and its Markdown is not read. The subject is plain header text.
 * renderTemplate({ subject: 'Hi ((name))', body: '((name))' }, { name: '# <b>Jo</b>' }, { format: 'html' }) //=> { subject: 'Hi # <b>Jo</b>', body: '<p># &lt;b&gt;Jo&lt;/b&gt;</p>' }
 * renderTemplate(template, { ref: 'C-42' }) //=> throws MissingPersonalisationError
 * renderTemplate(template, { ref: 'C-42' }, { missing: 'preview' }).subject //=> 'Complaint C-42 – due ((due date))'
 */
export function renderTemplate(template: Template, values: TemplateValues, options?: RenderOptions): RenderedMessage {
  const checked = checkOptions(options, template);
  const html = checked.format === 'html';
  const { parsed, resolved } = prepare(template, values, checked.missing !== 'error', html);
  return { subject: renderParsedSubject(parsed, resolved, checked), body: renderParsedBody(parsed, resolved, checked) };
}

/**
 * Internal: the subject of a template already parsed and its values resolved (see `prepare`), as
 * {@link renderTemplate} writes it in both formats. For renderers that parse a template once and render it many
 * times (the chase run's emails).
 */
export function renderParsedSubject(parsed: ParsedTemplate, resolved: ResolvedValues, options: SubstituteOptions): string {
  return renderSubject(substituteSubject(parsed.subject, resolved, { ...options, format: 'text' }));
}

/**
 * Internal: the body of a template already parsed (for `html`, parsed with its character references decoded, as
 * `prepare` does) and its values resolved, as {@link renderTemplate} writes it in `options.format`.
 */
export function renderParsedBody(parsed: ParsedTemplate, resolved: ResolvedValues, options: SubstituteOptions & { readonly emphasis: Emphasis }): string {
  const html = options.format === 'html';
  const body = substituteBody(parsed.body, resolved, { ...options, decodeValues: html });
  return html ? bodyToHtml(body, options) : bodyToText(body, options);
}
