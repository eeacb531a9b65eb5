// Hostile values and hostile templates: escaped, neutralised or rejected as documented in renderTemplate's TSDoc.
// Speed is not timed here; bench/templates.bench.mjs prints the time per byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateOutOfRangeError, MissingPersonalisationError, renderTemplate, StatutoryComplaintsError } from '../../src/index.js';
import { personalisation, placeholders, templatePlaceholders } from '../../src/templates/index.js';
import { itLargeInput } from '../large-input.js';

type Values = Parameters<typeof renderTemplate>[1];
const html = (body: string, values: Record<string, unknown>) => renderTemplate({ subject: 'S', body }, values as Values, { format: 'html' }).body;

/** What is left of rendered HTML once the tags this renderer writes are taken out: it must hold no markup. */
function withoutOwnTags(out: string): string {
  return out
    .replace(/<\/?(?:p|br|ul|ol|li|h2|h3|blockquote|hr|strong|em|u)>/g, '')
    .replace(/<span class='placeholder(?:-conditional|-redacted)?'>|<\/span>/g, '')
    .replace(/<a href="(?:https?:\/\/|ftp:|file:|mailto:|tel:)[^"<>]*"(?: title="[^"<>]*")?>/gi, '')
    .replace(/<\/a>/g, '');
}

describe('hostile values', () => {
  it('<script> is escaped in the HTML body, and kept as plain text in the text format and in the (plain) subject', () => {
    const values = { v: '<script>alert("x")</script>' };
    const rendered = renderTemplate({ subject: 'Re ((v))', body: '((v))' }, values, { format: 'html' });
    expect(rendered.subject).toBe('Re <script>alert(\u201cx\u201d)</script>');
    expect(rendered.body).toBe('<p>&lt;script&gt;alert(\u201cx\u201d)&lt;/script&gt;</p>');
    expect(renderTemplate({ subject: 'Re ((v))', body: '((v))' }, values).body).toBe('<script>alert(\u201cx\u201d)</script>');
  });

  it('" onmouseover= cannot leave an attribute: quotes in text are never raw, and a URL ends at a quote', () => {
    expect(html('((v))', { v: '" onmouseover="alert(1)' })).toBe('<p>\u201d onmouseover=\u201dalert(1)</p>');
    expect(html('https://example.org/((v))', { v: '" onmouseover="alert(1)' })).toBe(
      '<p><a href="https://example.org/">https://example.org/</a>\u201d onmouseover=\u201dalert(1)</p>',
    );
    expect(html('<a href="((v))">', { v: 'x" onmouseover="y' })).toBe('<p>&lt;a href=\u201dx\u201d onmouseover=\u201dy\u201d&gt;</p>');
  });

  it('javascript: never becomes a link to script, bare or in [text](…)', () => {
    for (const v of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '[x](javascript:alert(1))', '[x]( javascript:alert(1))']) {
      const out = html('((v))', { v });
      expect(out).not.toContain('<a');
    }
    // the template's own [link] around a value: as in Notify, an address without a known scheme gets http:// in
    // front, so it can never run as script
    expect(html('[click](((v)))', { v: 'javascript:alert(1)' })).toBe('<p><a href="http://javascript:alert%281%29">click</a></p>');
  });

  it('\\r\\nBcc: x@y in a subject value stays on the subject line', () => {
    for (const format of ['text', 'html'] as const) {
      const { subject } = renderTemplate({ subject: 'Complaint ((ref))', body: '' }, { ref: 'C1\r\nBcc: x@y\r\n\r\nbody' }, { format });
      expect(subject).toBe('Complaint C1 Bcc: x@y body');
    }
  });

  itLargeInput('a 1 MB value is rendered whole (escaped in HTML)', () => {
    const v = '<'.repeat(1 << 20);
    const out = html('((v))', { v });
    expect(out.length).toBe('<p></p>'.length + 4 * (1 << 20));
    expect(out.startsWith('<p>&lt;&lt;')).toBe(true);
    // smartypants (Notify's smart quotes) closes a `"` after any character but a space or an opening bracket, one
    // match at a time: each match takes the character before it, so the quotes alternate. Notify's own code gives
    // `“”“”“”` for six.
    const quotes = renderTemplate({ subject: '((v))', body: '((v))' }, { v: '"'.repeat(1 << 20) });
    const expected = '\u201c\u201d'.repeat(1 << 19);
    expect(quotes.body === expected).toBe(true);
    expect(quotes.subject === expected).toBe(true);
  });

  itLargeInput('1 MB of brackets, "((" and link-like text in a value is just text', () => {
    for (const v of ['(('.repeat(1 << 19), '[a](http://'.repeat(100_000), 'http://'.repeat(150_000), ' - '.repeat(300_000), "'".repeat(1 << 20), '[['.repeat(1 << 19)]) {
      const out = html('((v))', { v });
      expect(withoutOwnTags(out)).not.toMatch(/[<>]/);
    }
  });
});

// Arbitrary strings built mostly from the characters that matter to the parser, the Markdown and the typography.
const interesting = fc.constantFrom(
  '(',
  ')',
  '((',
  '))',
  '??',
  ' ',
  '\n',
  '\r',
  '\t',
  '*',
  '-',
  '#',
  '^',
  '1.',
  '<',
  '>',
  '&',
  '"',
  "'",
  '[',
  ']',
  'https://',
  'http://x.org/',
  'javascript:',
  '@',
  '.',
  ',',
  '_',
  'a',
  'name',
  '\u2028',
  '\u0000',
  '\u00e9',
  '\u{1F600}',
);
const text = fc.oneof(
  fc.array(interesting, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const MARKER = 'MARKER-7f3a';
const markedValue = fc.oneof(
  text.map((t) => `${t}${MARKER}${t}`),
  fc.array(
    fc.oneof(
      text.map((t) => `${MARKER}${t}`),
      fc.constant(null),
    ),
    { maxLength: 4 },
  ),
  fc.constant({ date: MARKER }),
  fc.constant({ date: '2026-01-07', style: MARKER }),
  fc.constant({ date: `2026-01-07${MARKER}` }),
  fc.constant([MARKER, 7]),
  fc.constant({ [MARKER]: MARKER }),
  fc.constant(null),
  fc.constant(undefined),
);
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(text, fc.constant(null), fc.constant(undefined)), { maxLength: 4 }),
  fc.record({ date: fc.constantFrom('2026-01-07', '1899-12-31', '2026-02-30', 'x'), style: fc.constantFrom('long', 'short', 'x') }),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant(new Date(0)),
);

/** Values for some of the template's placeholders (by name as written, or a spelling variant). */
function valuesFor(names: readonly string[], pick: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (i < pick.length) values[i % 2 === 0 ? name : name.toUpperCase()] = pick[i];
  });
  return values;
}

function isTyped(e: unknown): boolean {
  return e instanceof StatutoryComplaintsError || e instanceof DateOutOfRangeError;
}

describe('properties', () => {
  it('parsing and rendering arbitrary templates and values throws nothing but the typed errors', () => {
    fc.assert(
      fc.property(text, text, fc.array(anyValue, { maxLength: 8 }), fc.constantFrom('text', 'html'), (subject, body, pick, format) => {
        const template = { subject, body };
        const values = valuesFor(placeholders(template), pick);
        for (const run of [
          () => renderTemplate(template, values as Values, { format: format }),
          () => personalisation(template, values as Values),
          () => templatePlaceholders(template),
        ]) {
          try {
            run();
          } catch (e) {
            if (!isTyped(e)) throw e;
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a marker placed in every value never appears in any error message', () => {
    fc.assert(
      fc.property(text, text, fc.array(markedValue, { maxLength: 8 }), fc.constantFrom('text', 'html'), (subject, body, pick, format) => {
        const template = { subject: `${subject}((a))`, body: `((b))${body}((c??x))` };
        const values = valuesFor(placeholders(template), pick);
        for (const run of [() => renderTemplate(template, values as Values, { format: format }), () => personalisation(template, values as Values)]) {
          try {
            run();
          } catch (e) {
            expect(isTyped(e)).toBe(true);
            expect(String((e as Error).message)).not.toContain(MARKER);
            expect(String((e as Error).message)).not.toContain('MARKER');
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the subject is always one line without control characters, in both formats', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), fc.constantFrom('text', 'html'), (subject, pick, format) => {
        const template = { subject: `${subject}((a))((b))((c))((d))`, body: '' };
        const values = valuesFor(placeholders(template), [...pick, '', '', '', '', '']);
        const out = renderTemplate(template, values as Values, { format: format }).subject;
        // eslint-disable-next-line no-control-regex -- the point: no control character reaches the subject
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
      }),
      { numRuns: 1000 },
    );
  });

  it("HTML output holds no markup but the renderer's own tags, and links only to http(s)", () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (body, pick) => {
        const template = { subject: '((a))', body: `${body}((a))((b))\n((c))` };
        const values = valuesFor(placeholders(template), [...pick, 'x', 'y', 'z', 'w', 'v', 'u']);
        for (const missing of ['error', 'preview', 'redact'] as const) {
          const out = renderTemplate(template, values as Values, { format: 'html', missing });
          expect(withoutOwnTags(out.body)).not.toMatch(/[<>]/); // quotes are text in HTML content, as Notify writes them
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a value is only ever text: alone in a body it makes nothing but paragraphs and line breaks', () => {
    fc.assert(
      fc.property(text, (v) => {
        const out = renderTemplate({ subject: '((v))', body: '((v))' }, { v }, { format: 'html' }).body;
        expect(out.replace(/<\/?p>|<br>|\n/g, '')).not.toMatch(/[<>]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('a value placed in Markdown of the template changes nothing around it: the same HTML as a plain word there', () => {
    // The template's Markdown is read the same whatever the value holds (one line, no blank line): replacing the
    // value with a placeholder word and the rendered (escaped, typeset) value back gives the same output.
    const template = '# Title ((v))\n\n* **((v))** [link](https://example.org/)\n\n^ ((v)) end\n\n---\n1. _((v))_';
    fc.assert(
      fc.property(text, (raw) => {
        // eslint-disable-next-line no-control-regex -- replaces control characters on purpose
        const v = `a${raw.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, 'x')}a`;
        const out = renderTemplate({ subject: 'S', body: template }, { v }, { format: 'html' }).body;
        const word = renderTemplate({ subject: 'S', body: template }, { v: 'WORD' }, { format: 'html' }).body;
        expect(withoutOwnTags(out).includes('<')).toBe(false);
        expect(out.split('<').length).toBe(word.split('<').length);
      }),
      { numRuns: 1500 },
    );
  });

  it('a preview never throws for a missing value, and shows every missing placeholder', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('text', 'html'), (body, format) => {
        const template = { subject: 'S ((a))', body: `${body}((a))((b??x))` };
        const preview = renderTemplate(template, {}, { format: format, missing: 'preview' });
        expect(preview.subject).toBe('S ((a))');
        // in HTML the brackets are written as Notify's Field writes them, &#40; and &#41;
        const shown = format === 'html' ? '&#40;&#40;a&#41;&#41;' : '((a))';
        expect(preview.body).toContain(shown);
        const redacted = renderTemplate(template, {}, { format: format, missing: 'redact' });
        expect(redacted.subject).toBe('S [hidden]');
        expect(redacted.body).not.toContain(shown);
      }),
      { numRuns: 500 },
    );
  });

  it('values are never expanded: a template needs only its own placeholders, whatever the values hold', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 2 }), ([a, b]) => {
        const template = { subject: '((a))', body: '((b)) ((a))' };
        expect(() => renderTemplate(template, { a: `((b))${a!}((zz))`, b: `${b!}((a??x))` })).not.toThrow(MissingPersonalisationError);
      }),
      { numRuns: 500 },
    );
  });
});
