/**
 * GOV.UK Notify's own test cases, read as data (`cases.json`: the template, the values, Notify's expected output
 * and the notifications-utils test each comes from), run against this library's renderer.
 *
 * Comparison rule (also in docs/notify-differences.md). Both outputs are normalised in the same way, and only for:
 * - inline styles: every ` style="…"` attribute is removed (Notify's email HTML carries its layout in styles);
 * - Notify's layout wrappers: the `<table role="presentation"><tr><td>` … `</td></tr></table>` around a list and
 *   the `<div>` … `</div>` around inset text (a blockquote) are removed;
 * - whitespace between blocks: whitespace between a closing and an opening block tag is removed; in plain text,
 *   leading and trailing whitespace is trimmed and runs of blank lines between blocks become one blank line.
 * Nothing else: text, tags, attributes (other than `style`), entities and line breaks inside a block must be equal.
 *
 * Each case runs against the step it tests (see docs/notify-differences.md): a whole email (`html-email`,
 * `plain-text-email`, `subject`) through `renderTemplate`; Notify's Markdown step alone (tests/test_markdown.py) through
 * this library's Markdown step with `markdownOnly` (no typography pass around it); Notify's Field alone
 * (tests/test_field.py) through this library's substitution step, compared as the text a reader sees (see
 * `normaliseField`: Notify's Field escapes as it writes, this library's step escapes later, when the body is written).
 *
 * A case that differs must be listed in `DIFFERENCES` below with its reason (and in the docs page); a listed case
 * that starts to agree fails too, so the list stays exact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTIFY_VERSION, placeholders, renderTemplate } from '../../../src/templates/index.js';
import { bodyToHtml, bodyToText } from '../../../src/templates/markdown.js';
import { prepare, substituteBody, substituteSubject } from '../../../src/templates/substitute.js';
import { DIFFERENCES } from './differences.js';
import { normaliseField, normaliseFieldStep, normaliseHtml, normaliseText } from './norm.js';

interface NotifyCase {
  readonly id: string;
  readonly source: string;
  readonly render:
    | 'markdown-html'
    | 'markdown-text'
    | 'html-email'
    | 'plain-text-email'
    | 'subject'
    | 'placeholders'
    | 'field'
    | 'plain-field'
    | 'field-redacted'
    | 'plain-field-redacted'
    | 'field-subject';
  readonly template: { readonly subject: string; readonly body: string };
  readonly values: Record<string, string | string[] | number | boolean | null>;
  readonly compare: 'equal' | 'contains';
  readonly expected: string | string[];
}

const data = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8')) as {
  notify: { repository: string; version: string; commit: string };
  cases: NotifyCase[];
};

/** What this library renders for a case. */
function ours(c: NotifyCase): string | string[] {
  const values = { ...c.values } as Record<string, string>;
  switch (c.render) {
    case 'markdown-html':
    case 'markdown-text':
      return markdownStep(c, values);
    case 'html-email':
      return renderTemplate(c.template, values, { format: 'html', missing: 'preview' }).body;
    case 'plain-text-email':
      return renderTemplate(c.template, values, { format: 'text', missing: 'preview' }).body;
    case 'subject':
      return renderTemplate(c.template, values, { missing: 'preview' }).subject;
    case 'placeholders':
      return placeholders(c.template);
    // Notify's Field (tests/test_field.py) against this library's Field step: substitution (see fieldStep).
    case 'field':
    case 'field-redacted':
    case 'plain-field':
    case 'plain-field-redacted':
    case 'field-subject':
      return fieldStep(c, values);
  }
}

/**
 * This library's equivalent of Notify's Markdown step alone (tests/test_markdown.py: `notify_email_markdown`,
 * `notify_plain_text_email_markdown`): `markdown.ts` with `markdownOnly`, on the body as the substitution step leaves
 * it, without the typography pass (and `GOV.UK` unlinking, and plain text's decoding of character references) that
 * Notify runs around that step in an email. Notify's step reads HTML that its Field step escaped (`html='escape'`)
 * for the HTML email, or the raw text (`'passthrough'`) for plain text; this library's step reads text, with the
 * HTML body's character references decoded first as the HTML email's substitution decodes them.
 */
function markdownStep(c: NotifyCase, values: Record<string, unknown>): string {
  const html = c.render === 'markdown-html';
  // Notify's preview markup for a missing placeholder (its Field's), given to its Markdown step, is here what makes
  // it: the placeholder itself, missing, in a preview
  const body = c.template.body.replace(/<span class='placeholder'>(?:\(\(|&#40;&#40;)([^()<]*)(?:\)\)|&#41;&#41;)<\/span>/g, '(($1))');
  const { parsed, resolved } = prepare({ ...c.template, body }, values, true, html);
  const marked = substituteBody(parsed.body, resolved, { missing: 'preview', format: html ? 'html' : 'text', decodeValues: html });
  return html ? bodyToHtml(marked, { emphasis: 'notify', markdownOnly: true }) : bodyToText(marked, { emphasis: 'notify', markdownOnly: true });
}

/**
 * This library's equivalent of Notify's Field: `substitute.ts`, which writes the values into the template (a list
 * as Markdown `* ` lines in the body, `a, b and c` in the subject), shows a missing placeholder as a preview does,
 * and marks where each character came from, before the Markdown and typography passes. Notify's Field escapes the
 * HTML of the template and the values after decoding their character references (`escape_html`: `html='escape'`,
 * the default the tests use); the HTML email's substitution here decodes them the same way and escapes when it
 * writes, so both are compared as text (see `normaliseField`). A preview's placeholder reads `((name))` in both,
 * a redacted one `hidden` (`Field`) or `[hidden]` (`PlainTextField`).
 */
function fieldStep(c: NotifyCase, values: Record<string, unknown>): string {
  const missing = c.render.endsWith('redacted') ? 'redact' : 'preview';
  const format = c.render.startsWith('plain') ? 'text' : 'html';
  const { parsed, resolved } = prepare(c.template, values, true, true);
  if (c.render === 'field-subject') return substituteSubject(parsed.subject, resolved, { missing, format: 'text' });
  return substituteBody(parsed.body, resolved, { missing, format, decodeValues: true }).text;
}

const isField = (c: NotifyCase): boolean => c.render.includes('field');

function agrees(c: NotifyCase, got: string | string[]): boolean {
  if (Array.isArray(c.expected) || Array.isArray(got)) return JSON.stringify(got) === JSON.stringify(c.expected);
  const html = c.render === 'markdown-html' || c.render === 'html-email';
  const norm = isField(c) ? normaliseField : html ? normaliseHtml : c.render === 'subject' ? (s: string) => s : normaliseText;
  const want = norm(c.expected);
  const have = isField(c) ? normaliseFieldStep(got) : norm(got);
  return c.compare === 'equal' ? have === want : have.includes(want);
}

describe(`GOV.UK Notify's own cases (${data.notify.repository} ${data.notify.version}, ${data.notify.commit.slice(0, 8)})`, () => {
  it('follows the Notify version named in NOTIFY_VERSION', () => {
    expect(NOTIFY_VERSION).toEqual({ repository: data.notify.repository, version: data.notify.version, commit: data.notify.commit });
  });

  it('has one entry per listed difference, each naming a case', () => {
    const ids = new Set(data.cases.map((c) => c.id));
    for (const id of Object.keys(DIFFERENCES)) expect(ids.has(id), id).toBe(true);
  });

  for (const c of data.cases) {
    const listed = DIFFERENCES[c.id];
    it(`${c.id} (${c.render})${listed ? ` differs: ${listed.group}` : ''}`, () => {
      let got: string | string[];
      try {
        got = ours(c);
      } catch (e) {
        got = `threw ${(e as Error).name}: ${(e as Error).message}`;
      }
      if (listed) {
        expect(agrees(c, got), `listed as a difference but now agrees: ${c.id}`).toBe(false);
        if (listed.asText) expect(agrees(c, ours({ ...c, values: { ...c.values, ...listed.asText } })), `agrees with ${JSON.stringify(listed.asText)}`).toBe(true);
        if (listed.fieldWrites) {
          const [from, to] = listed.fieldWrites;
          expect(typeof c.expected === 'string' && c.expected.includes(from)).toBe(true);
          expect(agrees({ ...c, expected: (c.expected as string).split(from).join(to) }, got), `agrees once ${from} is written ${to}`).toBe(true);
        }
        return;
      }
      if (agrees(c, got)) return;
      const norm = (s: string | string[]) =>
        typeof s !== 'string' ? s : isField(c) ? normaliseField(s) : c.render.includes('html') ? normaliseHtml(s) : c.render === 'subject' ? s : normaliseText(s);
      const mine = isField(c) && typeof got === 'string' ? normaliseFieldStep(got) : norm(got);
      if (c.compare === 'contains') expect(mine).toContain(norm(c.expected));
      else expect(mine).toEqual(norm(c.expected));
    });
  }
});
