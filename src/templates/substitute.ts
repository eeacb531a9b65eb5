/**
 * Checking a template and substituting values into it. Internal.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { EMAIL_CONTENT_LIMIT_BYTES, TemplateTooLargeError } from './errors.js';
import { utf8Length } from './escape.js';
import { parseTemplate, type Segment } from './parse.js';
import type { Template } from './types.js';
import { inlineText, resolveValues, type FormattedValue, type ResolvedValues } from './values.js';

/** A checked template, parsed. */
export interface ParsedTemplate {
  readonly subject: readonly Segment[];
  readonly body: readonly Segment[];
}

/** Checks that `template` is `{ subject: string, body: string }` and parses both fields. */
export function parseFields(template: unknown): ParsedTemplate {
  if (typeof template !== 'object' || template === null || Array.isArray(template)) {
    throw new InvalidArgumentError('template', 'must be an object with a subject and a body');
  }
  const { subject, body } = template as Partial<Record<keyof Template, unknown>>;
  if (typeof subject !== 'string') throw new InvalidArgumentError('template.subject', 'must be a string');
  if (typeof body !== 'string') throw new InvalidArgumentError('template.body', 'must be a string');
  return { subject: parseTemplate(subject), body: parseTemplate(body) };
}

/** Parses a template and finds every value it needs (throws the missing names at once). */
export function prepare(template: unknown, values: unknown): { parsed: ParsedTemplate; resolved: ResolvedValues } {
  const parsed = parseFields(template);
  return { parsed, resolved: resolveValues([parsed.subject, parsed.body], values) };
}

function valueOf(resolved: ResolvedValues, key: string): FormattedValue {
  // resolveValues has found a value for every key of the template or thrown
  return resolved.byKey.get(key)!;
}

type ListValue = Extract<FormattedValue, { readonly kind: 'list' }>;

/**
 * One field with values written in: text as it is, a conditional's text when its value shows, a scalar's text, and
 * a list as `listText` words it (once per placeholder). Throws {@link TemplateTooLargeError} naming `field` as soon
 * as the result passes 2,000,000 bytes of UTF-8.
 */
function substitute(segments: readonly Segment[], resolved: ResolvedValues, field: 'subject' | 'body', listText: (value: ListValue) => string): string {
  const parts: string[] = [];
  const lists = new Map<string, string>();
  let bytes = 0;
  for (const segment of segments) {
    let piece: string;
    if (segment.kind === 'text') piece = segment.text;
    else {
      const value = valueOf(resolved, segment.key);
      if (segment.conditional) piece = value.shows ? segment.text : '';
      else if (value.kind === 'scalar') piece = value.text;
      else {
        piece = lists.get(segment.key) ?? listText(value);
        lists.set(segment.key, piece);
      }
    }
    bytes += utf8Length(piece);
    if (bytes > EMAIL_CONTENT_LIMIT_BYTES) throw new TemplateTooLargeError(field);
    parts.push(piece);
  }
  return parts.join('');
}

/** A list as a Markdown bullet list on lines of its own (`\n\n* a\n* b\n\n`); nothing for an empty list. */
function bulletList(value: ListValue): string {
  return value.items.length === 0 ? '' : `\n\n${value.items.map((item) => `* ${item}`).join('\n')}\n\n`;
}

/**
 * The subject with values written in: lists as `a, b and c`. The subject is held to the same 2,000,000-byte limit
 * as the body (a guard: a template repeating a large value cannot make an unbounded subject).
 */
export function substituteSubject(segments: readonly Segment[], resolved: ResolvedValues): string {
  return substitute(segments, resolved, 'subject', inlineText);
}

/**
 * The body with values written in: a list becomes a Markdown bullet list on lines of its own
 * (`\n\n* a\n* b\n\n`). Throws {@link TemplateTooLargeError} as soon as the result passes 2,000,000 bytes of UTF-8.
 */
export function substituteBody(segments: readonly Segment[], resolved: ResolvedValues): string {
  return substitute(segments, resolved, 'body', bulletList);
}
