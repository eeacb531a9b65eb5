/**
 * Checking a template and substituting values into it. Internal.
 *
 * The body is substituted into a {@link MarkedText}: the text, and for each UTF-16 code unit where it came from (the
 * template, a value, or a placeholder shown in a preview), so that the Markdown pass reads only the template's own
 * characters as Markdown and writes every value's characters as text.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { EMAIL_CONTENT_LIMIT_BYTES, TemplateTooLargeError } from './errors.js';
import { decodeCharacterReferences } from './entities.js';
import { utf8Length } from './escape.js';
import { parseTemplate, type PlaceholderSegment, type Segment } from './parse.js';
import type { MissingValues, RenderFormat, Template } from './types.js';
import { inlineText, resolveValues, type FormattedValue, type ResolvedValues } from './values.js';

/** A character of the template itself: Markdown in it is read as Markdown. */
export const TEMPLATE = 0;
/** A character of a value: always text. */
export const VALUE = 1;
/** First character of a missing placeholder shown in a preview, `((name))`; the rest are {@link PLACEHOLDER_MORE}. */
export const PLACEHOLDER = 2;
export const PLACEHOLDER_MORE = 3;
/** First character of the `((name??` of a missing conditional in a preview; the rest are {@link CONDITIONAL_MORE}. */
export const CONDITIONAL = 4;
export const CONDITIONAL_MORE = 5;
/** First character of a redacted missing placeholder (`hidden`); the rest are {@link REDACTED_MORE}. */
export const REDACTED = 6;
export const REDACTED_MORE = 7;
/** The `))` closing a missing conditional in a preview (after its text, outside the highlight, as Notify writes it). */
export const CONDITIONAL_END = 8;

/** A substituted body: the text, and where each UTF-16 code unit came from (`null` when all from the template). */
export interface MarkedText {
  readonly text: string;
  readonly marks: Uint8Array | null;
}

/** A checked template, parsed. */
export interface ParsedTemplate {
  readonly subject: readonly Segment[];
  readonly body: readonly Segment[];
}

/** How missing values are handled, and the format (a redacted placeholder reads `[hidden]` in text, `hidden` in HTML). */
export interface SubstituteOptions {
  readonly missing: MissingValues;
  readonly format: RenderFormat;
  /** Decode HTML character references in values (the HTML body, as Notify's `escape_html` does). */
  readonly decodeValues?: boolean;
}

/** Options for a message being sent: every value is there (a missing one is an error), a text field. */
export const SEND: SubstituteOptions = { missing: 'error', format: 'text' };

/**
 * Checks that `template` is `{ subject: string, body: string }` and parses both fields. With `decodeBody` (HTML
 * rendering), the body's HTML character references are decoded first, as Notify's email HTML does before it looks
 * for placeholders (so `&lpar;` inside `((…))` is a bracket and breaks the placeholder, as in Notify).
 */
export function parseFields(template: unknown, decodeBody = false): ParsedTemplate {
  if (typeof template !== 'object' || template === null || Array.isArray(template)) {
    throw new InvalidArgumentError('template', 'must be an object with a subject and a body');
  }
  const { subject, body } = template as Partial<Record<keyof Template, unknown>>;
  if (typeof subject !== 'string') throw new InvalidArgumentError('template.subject', 'must be a string');
  if (typeof body !== 'string') throw new InvalidArgumentError('template.body', 'must be a string');
  return { subject: parseTemplate(subject), body: parseTemplate(decodeBody ? decodeCharacterReferences(body) : body) };
}

/**
 * Parses a template and finds every value it needs: throws the missing names at once, unless `allowMissing` (a
 * preview), when a missing placeholder is simply left out of `resolved.byKey`.
 *
 * @internal
 */
export function prepare(template: unknown, values: unknown, allowMissing = false, decodeBody = false): { parsed: ParsedTemplate; resolved: ResolvedValues } {
  const parsed = parseFields(template, decodeBody);
  return { parsed, resolved: resolveValues([parsed.subject, parsed.body], values, allowMissing, decodeBody) };
}

/**
 * CR LF and lone CR become LF; U+2028 (line separator) and U+3164 (Hangul filler) are removed (Notify's
 * `strip_unsupported_characters`).
 */
export function normaliseNewlines(s: string): string {
  if (s.indexOf('\r') === -1 && s.indexOf('\u2028') === -1 && s.indexOf('\u3164') === -1) return s;
  return s.replace(/\r\n?/g, '\n').replace(/[\u2028\u3164]/g, '');
}

/** Collects the pieces of a field, counting UTF-8 bytes against Notify's limit as it goes. */
class Pieces {
  readonly texts: string[] = [];
  readonly kinds: number[] = [];
  private bytes = 0;
  private length = 0;
  private hasMarks = false;

  constructor(
    private readonly field: 'subject' | 'body',
    private readonly body: boolean,
  ) {}

  push(text: string, kind: number): void {
    if (text === '') return;
    const piece = this.body ? normaliseNewlines(text) : text;
    this.bytes += utf8Length(piece);
    if (this.bytes > EMAIL_CONTENT_LIMIT_BYTES) throw new TemplateTooLargeError(this.field);
    this.texts.push(piece);
    this.kinds.push(kind);
    this.length += piece.length;
    if (kind !== TEMPLATE) this.hasMarks = true;
  }

  /** A highlighted run: its first code unit marked `first`, the rest `more`. */
  pushHighlight(text: string, first: number, more: number): void {
    this.push(text.slice(0, 1), first);
    this.push(text.slice(1), more);
  }

  text(): string {
    return this.texts.join('');
  }

  markedText(): MarkedText {
    const text = this.text();
    if (!this.hasMarks) return { text, marks: null };
    const marks = new Uint8Array(this.length);
    let at = 0;
    for (let i = 0; i < this.texts.length; i++) {
      const n = this.texts[i]!.length;
      const kind = this.kinds[i]!;
      if (kind !== TEMPLATE) marks.fill(kind, at, at + n);
      at += n;
    }
    return { text, marks };
  }
}

type ListValue = Extract<FormattedValue, { readonly kind: 'list' }>;

/** A missing placeholder as a preview shows it. */
function pushMissing(pieces: Pieces, segment: PlaceholderSegment, options: SubstituteOptions): void {
  if (options.missing === 'redact') {
    pieces.pushHighlight(options.format === 'html' ? 'hidden' : '[hidden]', REDACTED, REDACTED_MORE);
  } else if (segment.conditional) {
    pieces.pushHighlight(`((${segment.name}??`, CONDITIONAL, CONDITIONAL_MORE);
    pieces.push(segment.text, TEMPLATE);
    pieces.push('))', CONDITIONAL_END);
  } else {
    pieces.pushHighlight(`((${segment.name}))`, PLACEHOLDER, PLACEHOLDER_MORE);
  }
}

/** A list in the body: a Markdown list on lines of its own (`\n\n* a\n* b\n\n`, or `1. a`); nothing when empty. */
function pushList(pieces: Pieces, value: ListValue, decode: (s: string) => string): void {
  if (value.items.length === 0) return;
  pieces.push('\n\n', TEMPLATE);
  value.items.forEach((item, i) => {
    if (i > 0) pieces.push('\n', TEMPLATE);
    pieces.push(value.numbered ? `${i + 1}. ` : '* ', TEMPLATE);
    pieces.push(decode(item), VALUE);
  });
  pieces.push('\n\n', TEMPLATE);
}

const same = (s: string): string => s;

function fill(pieces: Pieces, segments: readonly Segment[], resolved: ResolvedValues, options: SubstituteOptions, body: boolean): void {
  const decode = body && options.decodeValues === true ? decodeCharacterReferences : same;
  for (const segment of segments) {
    if (segment.kind === 'text') {
      pieces.push(segment.text, TEMPLATE);
      continue;
    }
    const value = resolved.byKey.get(segment.key);
    if (value === undefined) pushMissing(pieces, segment, options);
    // A list never shows a conditional's text in the body: Notify's body turns it into Markdown (`\n\n* yes`) before
    // its `str2bool` reads it; in the subject a list of one truthy item (`['yes']`) reads `yes`.
    else if (segment.conditional) pieces.push(value.shows && !(body && value.kind === 'list') ? segment.text : '', TEMPLATE);
    else if (value.kind === 'list' && body) pushList(pieces, value, decode);
    else pieces.push(decode(inlineText(value)), VALUE);
  }
}

/**
 * The subject with values written in: lists as `a, b and c`. The subject is held to the same 2,000,000-byte limit
 * as the body (a guard: a template repeating a large value cannot make an unbounded subject).
 */
export function substituteSubject(segments: readonly Segment[], resolved: ResolvedValues, options: SubstituteOptions = SEND): string {
  const pieces = new Pieces('subject', false);
  fill(pieces, segments, resolved, options, false);
  return pieces.text();
}

/**
 * The body with values written in, line endings normalised, each code unit marked with where it came from: a list
 * becomes a Markdown list on lines of its own (`\n\n* a\n* b\n\n`, numbered `1. a`), its markers the renderer's and
 * its items values. Throws {@link TemplateTooLargeError} as soon as the result passes 2,000,000 bytes of UTF-8.
 */
export function substituteBody(segments: readonly Segment[], resolved: ResolvedValues, options: SubstituteOptions = SEND): MarkedText {
  const pieces = new Pieces('body', true);
  fill(pieces, segments, resolved, options, true);
  return pieces.markedText();
}
