/**
 * A template field split into literal text and placeholders. Internal: the public functions are `placeholders`,
 * `templatePlaceholders`, `renderTemplate` and `personalisation`.
 *
 * The tokenizing itself is the library's one placeholder tokenizer, `findPlaceholders` in policies (it lives there
 * because policies validates templates and may not import templates); this module only turns its matches into the
 * segments the renderer walks.
 *
 * @module
 */
import { findPlaceholders, normalisePlaceholderName } from '../policies/index.js';

/** Literal template text. */
export interface TextSegment {
  readonly kind: 'text';
  readonly text: string;
}

/** One `((name))` or `((name??text))` in a template. */
export interface PlaceholderSegment {
  readonly kind: 'placeholder';
  /** The name as written (for a conditional, the part before the first `??`). */
  readonly name: string;
  /** The name normalised as Notify does: spaces, underscores and hyphens removed, then lower case. */
  readonly key: string;
  /** Whether it is a conditional `((name??text))`. */
  readonly conditional: boolean;
  /** For a conditional, everything after the first `??` (may be empty); otherwise `''`. */
  readonly text: string;
  /** Offset (UTF-16 code units) of the opening `((` in the field. */
  readonly offset: number;
  /** 1-based line of the opening `((` in the field. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the opening `((` in its line. */
  readonly column: number;
}

export type Segment = TextSegment | PlaceholderSegment;

/** Normalises a placeholder name or a personalisation key (the library's one normaliser, Notify's rule). */
export const placeholderKey: (name: string) => string = normalisePlaceholderName;

/** Splits a template field (a subject or a body) into literal text and placeholders, in order. Linear time. */
export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const p of findPlaceholders(text)) {
    if (p.index > at) segments.push({ kind: 'text', text: text.slice(at, p.index) });
    segments.push({
      kind: 'placeholder',
      name: p.name,
      key: p.key,
      conditional: p.conditional,
      text: p.text,
      offset: p.index,
      line: p.line,
      column: p.column,
    });
    at = p.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
