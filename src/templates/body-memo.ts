/**
 * The rendered bodies of one parsed template, remembered by the values written into them. Internal.
 *
 * A body is a pure function of the parsed template, the format, the emphasis option and the values of the
 * placeholders in the body (the subject's do not count): a day's chase run writes the same reminder to the same
 * manager about the same due date for many cases, and each of those bodies is substituted and read as Markdown once.
 * Bounded: when full, it starts again empty.
 *
 * @module
 */
import { renderParsedBody } from './render.js';
import type { ParsedTemplate, SubstituteOptions } from './substitute.js';
import type { Emphasis } from './types.js';
import type { ResolvedValues } from './values.js';

/** How many bodies one memo holds before it starts again. */
export const BODY_MEMO_LIMIT = 1024;

/** The bodies of one parse of a template in one format. */
export class BodyMemo {
  /** Each key of a placeholder of the body once, in order. */
  private readonly keys: readonly string[];
  private readonly rendered = new Map<string, string>();

  constructor(
    private readonly parsed: ParsedTemplate,
    private readonly options: SubstituteOptions & { readonly emphasis: Emphasis },
  ) {
    const keys = new Set<string>();
    for (const segment of parsed.body) if (segment.kind === 'placeholder') keys.add(segment.key);
    this.keys = [...keys];
  }

  /** How many bodies are held (for tests). */
  get size(): number {
    return this.rendered.size;
  }

  /** The body with `resolved`'s values, as `renderParsedBody` writes it (the same string). */
  body(resolved: ResolvedValues): string {
    const key = this.keyOf(resolved);
    let body = this.rendered.get(key);
    // Stryker disable next-line ConditionalExpression: rendering again on a hit gives the same string (a cache)
    if (body === undefined) {
      // A missing value throws here (`missing: 'error'`), so nothing is remembered for it.
      body = renderParsedBody(this.parsed, resolved, this.options);
      if (this.rendered.size >= BODY_MEMO_LIMIT) this.rendered.clear();
      this.rendered.set(key, body);
    }
    return body;
  }

  /**
   * The values of the body's placeholders as one string: the JSON of each formatted value in order (`null` for a
   * missing one), so two different sets of values never give the same key.
   */
  private keyOf(resolved: ResolvedValues): string {
    return JSON.stringify(this.keys.map((k) => resolved.byKey.get(k) ?? null));
  }
}
