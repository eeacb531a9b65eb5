/**
 * Types of the template renderer.
 *
 * @module
 */

/**
 * An email template in GOV.UK Notify's syntax: a subject line and a body, each with `((placeholders))`.
 * A preset's template (which also has a title, date styles and a source) can be passed as it is.
 *
 * @example
 * import { placeholders } from 'statutory-complaints/templates';
 * const template = { subject: 'Complaint ((reference))', body: 'Dear ((recipient name)),' };
 * placeholders(template) //=> ['reference', 'recipient name']
 */
export interface Template {
  /** The subject line. Rendered as a single line. */
  readonly subject: string;
  /**
   * The body: paragraphs, `* ` bullets, `1. ` numbered lists, `# `/`## ` headings, `^ ` inset text, `---` rule,
   * links (Notify's email Markdown; see {@link renderTemplate}). `**strong**` stays as typed unless the template
   * asks for `marked` {@link Emphasis}.
   */
  readonly body: string;
  /**
   * How `**`, `__`, `*` and `_` are read in the HTML body: `notify` (the default: as typed, as GOV.UK Notify sends
   * them) or `marked` (bold, underline, italic: see {@link Emphasis}). A preset's template can ask for `marked`.
   */
  readonly emphasis?: Emphasis | undefined;
}

/**
 * How emphasis is written in the HTML body:
 * - `notify` (the default): as GOV.UK Notify does, `**important**` and `_note_` are printed as typed (Notify's
 *   Markdown has no emphasis);
 * - `marked`: the rendering option for templates written with emphasis (Dudley's emails underline and embolden their
 *   warnings): `**text**` is bold (`<strong>`), `__text__` underlined (`<u>`), `*text*` and `_text_` italic (`<em>`),
 *   on one line, delimiters written in the template (a value's never count). Plain text cannot show emphasis, so
 *   the delimiters are dropped there. A template rendered this way will NOT look the same when pasted into Notify
 *   (`validate` says so for a preset).
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const template = { subject: 'S', body: 'PLEASE NOTE: __an explanation will be required.__' };
 * renderTemplate(template, {}, { format: 'html' }).body //=> '<p>PLEASE NOTE: __an explanation will be required.__</p>'
 * const emphasis = 'marked';
 * renderTemplate(template, {}, { format: 'html', emphasis }).body //=> '<p>PLEASE NOTE: <u>an explanation will be required.</u></p>'
 */
export type Emphasis = 'notify' | 'marked';

/**
 * How a date value is written: `long` is `Wednesday 7 January 2026`, `short` is `7 January 2026`.
 *
 * @example
 * import { formatDate } from 'statutory-complaints/templates';
 * const style = 'short';
 * formatDate('2026-01-07', style) //=> '7 January 2026'
 */
export type DateStyle = 'long' | 'short';

/**
 * A date for a placeholder: a `YYYY-MM-DD` calendar date and the style to write it in (`long` when left out).
 * Formatted in British English without `Date` or `Intl`, so the host time zone cannot change it.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const due = { date: '2026-01-07', style: 'long' };
 * renderTemplate({ subject: 'Due ((due date))', body: '' }, { 'due date': due }).subject //=> 'Due Wednesday 7 January 2026'
 */
export interface DateValue {
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** `long` (`Wednesday 7 January 2026`, the default) or `short` (`7 January 2026`). */
  readonly style?: DateStyle | undefined;
}

/**
 * Data inside a list or an object value: what JSON can carry. GOV.UK Notify's API reads its `personalisation` as
 * JSON and writes each value with Python's `str()`, so this library writes data the same way: a string as it is at
 * the top of a list item and quoted as Python quotes it inside (`'it'`, `"it's"`, with Python's escapes such as
 * `\xa0`), a whole number as an integer (`5`), any other number as Python's float (`0.1`, `1e-05`), `true` and
 * `false` as `True` and `False`, `null` as `None`, a list as `[1, 2]` and an object as `{'two': 2}`. An object with a
 * `date` or `numbered` key is refused here (it is a {@link DateValue} or {@link NumberedListValue}, which cannot be
 * inside data), as is anything JSON cannot carry (a function, a `Date`, a `Map`, a bigint, `NaN`).
 *
 * @example
 * import { personalisation } from 'statutory-complaints/templates';
 * const rows = [1, true, [1, 2], { two: 2 }, "it's"];
 * personalisation({ subject: '', body: '((rows))' }, { rows }).rows //=> ['1', 'True', '[1, 2]', "{'two': 2}", "it's"]
 */
export type DataValue = string | number | boolean | null | undefined | readonly DataValue[] | { readonly [key: string]: DataValue };

/**
 * A list value, as GOV.UK Notify writes one: `null` and `undefined` items dropped, each other item written as Notify
 * writes it (a string as it is, other data as Python prints it: see {@link DataValue}), then trimmed as Notify trims
 * it (zero-width and no-break spaces removed wherever they are, then spaces, tabs and line breaks at the ends) and
 * dropped when empty. In an email body it becomes a bullet list on lines of its own (`*` items in Markdown: `<ul>` in
 * HTML, `•` lines in plain text); in a subject it becomes `a, b and c`. A list with no items left renders as nothing
 * (it is not missing).
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const reasons = ['Complex case', null, ' Staff absence '];
 * renderTemplate({ subject: 'Reasons: ((reasons))', body: '' }, { reasons }).subject //=> 'Reasons: Complex case and Staff absence'
 * renderTemplate({ subject: 'S', body: 'Reasons:\n((reasons))' }, { reasons }).body //=> 'Reasons:\n\n• Complex case\n• Staff absence'
 * renderTemplate({ subject: 'Days: ((days))', body: '' }, { days: [20, 65, true] }).subject //=> 'Days: 20, 65 and True'
 */
export type ListValue = readonly DataValue[];

/**
 * A numbered list: `{ numbered: [...] }`, items written as in a {@link ListValue}. In an email body it becomes a
 * numbered list on lines of its own (`1.`, `2.`, … in plain text, `<ol>` in HTML), for a reply that quotes a number
 * (Dudley's "Reason number – Additional information about delay"); in a subject it becomes `a, b and c`.
 * Not part of Notify's syntax: {@link personalisation} sends it to Notify as one string of `1. a` lines, which
 * Notify's Markdown renders as the same numbered list.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const reasons = { numbered: ['Complex case', 'Staff absence'] };
 * renderTemplate({ subject: 'S', body: 'Reasons:\n((reasons))' }, { reasons }).body //=> 'Reasons:\n\n1. Complex case\n2. Staff absence'
 */
export interface NumberedListValue {
  /** The items, in order; trimmed, and empty, `null` and `undefined` items dropped. */
  readonly numbered: ListValue;
}

/**
 * The value of one placeholder:
 * - `string`: used as it is (an empty string is a value: it renders as nothing and hides conditional text);
 * - `number`: a finite number, written as GOV.UK Notify writes the number its API reads from JSON: a whole number
 *   as an integer (`5`), any other as Python prints a float (`2.5`, `1e-05`). JavaScript has one kind of number, so
 *   a JSON `0.0` or `1.0` (which Notify writes `0.0`, `1.0`) is the number `0` or `1` here, written `0` or `1`: give
 *   the text `'1.0'` to keep it;
 * - `boolean`: written `True` or `False`, as GOV.UK Notify prints them (so `true` shows conditional text and `false`
 *   hides it);
 * - {@link ListValue}: a list (a bullet list in the body);
 * - {@link NumberedListValue}: `{ numbered: [...] }` (a numbered list in the body);
 * - {@link DateValue}: `{ date: 'YYYY-MM-DD', style?: 'long' | 'short' }`;
 * - any other object: data, written as Notify writes it (`{'key': 'value'}`, see {@link DataValue});
 * - `null` or `undefined`: missing, like an absent key.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const value = 5;
 * renderTemplate({ subject: '((days)) working days', body: '' }, { days: value }).subject //=> '5 working days'
 */
export type TemplateValue = string | number | boolean | ListValue | NumberedListValue | DateValue | { readonly [key: string]: DataValue } | null | undefined;

/**
 * Values for a template's placeholders. Keys match names ignoring case, spaces, underscores and hyphens, so
 * `first_name`, `First name` and `FIRSTNAME` all fill `((first name))`. Keys the template does not use are ignored.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const values = { FIRST_NAME: 'Sam' };
 * renderTemplate({ subject: 'Hello', body: 'Dear ((First name))' }, values).body //=> 'Dear Sam'
 */
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

/**
 * - `text`: GOV.UK Notify's plain-text email. The template's Markdown is written out as Notify's plain-text
 *   renderer writes it (`•` bullets, `1.` numbers, headings underlined with `=` or `-`, `[text](url)` as
 *   `text: url`), and values are written as they are (raw, never read as Markdown). Plain text: never put it into
 *   HTML unescaped.
 * - `html`: the body as Notify's email HTML without its inline styles and layout tables: the template's Markdown
 *   (paragraphs, lists, headings, inset text, rule, links; emphasis only when `marked`) as tags, and every value
 *   HTML-escaped and kept as text (a value never makes a tag, a heading, a list or a link).
 *
 * The subject is the same plain header text in both formats.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const format = 'html';
 * renderTemplate({ subject: 'Hi', body: 'Fish & chips' }, {}, { format }).body //=> '<p>Fish &amp; chips</p>'
 */
export type RenderFormat = 'text' | 'html';

/**
 * What {@link renderTemplate} does with a placeholder that has no value:
 * - `error` (the default): throw {@link MissingPersonalisationError} listing every missing name;
 * - `preview`: show it as Notify's previews do, highlighted: `((name))`, or `((name??text))` for a conditional
 *   (in HTML written as Notify's Field writes them: `<span class='placeholder'>&#40;&#40;name&#41;&#41;</span>` and
 *   `<span class='placeholder-conditional'>&#40;&#40;name??</span>text&#41;&#41;`);
 * - `redact`: show every missing placeholder as `[hidden]` (text) or `<span class='placeholder-redacted'>hidden</span>`
 *   (HTML), as Notify's previews do with redaction on.
 *
 * A preview is for reading a template, never for sending.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const missing = 'preview';
 * renderTemplate({ subject: 'Ref ((ref))', body: '' }, {}, { missing }).subject //=> 'Ref ((ref))'
 */
export type MissingValues = 'error' | 'preview' | 'redact';

/**
 * Options of {@link renderTemplate}.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const options = { format: 'text' };
 * renderTemplate({ subject: 'Hi', body: 'Fish & chips' }, {}, options).body //=> 'Fish & chips'
 */
export interface RenderOptions {
  /** `text` (the default) or `html`. */
  readonly format?: RenderFormat | undefined;
  /** `error` (the default), `preview` or `redact`: see {@link MissingValues}. */
  readonly missing?: MissingValues | undefined;
  /** `notify` or `marked` (see {@link Emphasis}); when left out, the template's own `emphasis`, else `notify`. */
  readonly emphasis?: Emphasis | undefined;
}

/**
 * A rendered email: a one-line subject and a body in the format asked for.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * const message = renderTemplate({ subject: 'Ref ((ref))', body: 'Thank you.' }, { ref: 'C-1' });
 * message //=> { subject: 'Ref C-1', body: 'Thank you.' }
 */
export interface RenderedMessage {
  /**
   * The subject as plain header text in both formats (never HTML-escaped: Notify sends the plain-text subject): one
   * line, control characters turned into spaces, whitespace collapsed, typography applied.
   */
  readonly subject: string;
  /** The body: plain text in the `text` format, simple HTML in the `html` format. */
  readonly body: string;
}

/**
 * The `personalisation` object to send to GOV.UK Notify's API with a template id: keys as the template writes
 * them, values as strings (lists as arrays of strings).
 *
 * @example
 * import { personalisation } from 'statutory-complaints/templates';
 * const sent = personalisation({ subject: '((ref))', body: '((late??Late.))' }, { REF: 'C-1', late: true });
 * sent //=> { ref: 'C-1', late: 'True' }
 */
export type Personalisation = Record<string, string | string[]>;

/**
 * Where a placeholder appears in a template.
 *
 * @example
 * import { templatePlaceholders } from 'statutory-complaints/templates';
 * const [first] = templatePlaceholders({ subject: 'Hi', body: 'Dear\n((name))' });
 * first.occurrences[0] //=> { field: 'body', offset: 5, line: 2, column: 1, conditional: false }
 */
export interface PlaceholderOccurrence {
  /** `subject` or `body`. */
  readonly field: 'subject' | 'body';
  /** Offset of the opening `((` in the field, in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line of the opening `((` in the field. */
  readonly line: number;
  /** 1-based column of the opening `((` in its line, in UTF-16 code units. */
  readonly column: number;
  /** Whether this occurrence is a conditional `((name??text))`. */
  readonly conditional: boolean;
}

/**
 * One placeholder of a template, with every place it occurs.
 *
 * @example
 * import { templatePlaceholders } from 'statutory-complaints/templates';
 * const [late] = templatePlaceholders({ subject: 'Reminder', body: '((Late??This is late.)) ((late))' });
 * late.name //=> 'Late'
 * late.key //=> 'late'
 * [late.conditional, late.substituted] //=> [true, true]
 */
export interface PlaceholderInfo {
  /** The name as written at its first appearance (subject first, then body). */
  readonly name: string;
  /** The name normalised as Notify does: lower case, without spaces, underscores or hyphens. */
  readonly key: string;
  /** Used at least once as a conditional `((name??text))` (its value decides whether text shows). */
  readonly conditional: boolean;
  /** Used at least once as a plain `((name))` (its value is written into the message). */
  readonly substituted: boolean;
  /** Every occurrence, in order (subject first, then body). */
  readonly occurrences: readonly PlaceholderOccurrence[];
}
