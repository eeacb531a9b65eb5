/**
 * Issue 20 items 5 and 9 (template part): a date placeholder's value must be a date, and a placeholder without a
 * name is reported as empty, with its place. The inputs are the issue's own.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { InvalidDateError, getPolicy, renderTemplate } from '../../src/index.js';
import { EmptyPlaceholderError } from '../../src/templates/index.js';
import { withDateStyles } from '../../src/templates/preset-values.js';
import { fakeIo } from '../cli/helpers.js';

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const BAD_DATES = ['2026-2-3', '7/1/2026', '2026-01-07T00:00:00Z', '2026-02-30 Zebedee'];

describe('a value for a date placeholder is a YYYY-MM-DD date or { date, style } (issue 20 item 5)', () => {
  const reminder = getPolicy('dudley').templates['reminder']!;

  for (const bad of BAD_DATES) {
    it(`refuses ${JSON.stringify(bad)} for ((due date)), naming the placeholder and not the value`, () => {
      let caught: unknown;
      try {
        withDateStyles(reminder, { 'due date': bad });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InvalidDateError);
      const error = caught as InvalidDateError;
      expect(error.code).toBe('invalid-date');
      expect(error.path).toBe('values.due date');
      expect(error.message).toContain('((due date)) is a date placeholder');
      expect(error.message).not.toContain(bad);
      expect(error.message).not.toContain('Zebedee');
    });

    it(`render --values with due date ${JSON.stringify(bad)}: a typed error, nothing on stdout, no echo`, async () => {
      const values = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'Team Manager', 'due date': bad });
      const r = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json'], { 'v.json': values });
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('due date');
      expect(r.stderr).not.toContain(bad);
    });
  }

  it('a bare 2026-02-30 is still refused (no such day), and 2026-01-07 / { date, style } are accepted', () => {
    expect(() => withDateStyles(reminder, { 'due date': '2026-02-30' })).not.toThrow(); // shape only here…
    // …the renderer refuses the day: February 2026 has 28 days
    expect(() => renderTemplate(reminder, withDateStyles(reminder, { 'due date': '2026-02-30', reference: 'R', 'recipient name': 'M' }))).toThrow(InvalidDateError);
    expect(withDateStyles(reminder, { 'due date': '2026-01-07' })).toEqual({ 'due date': { date: '2026-01-07', style: 'long' } });
    expect(withDateStyles(reminder, { 'due date': { date: '2026-01-07', style: 'short' } })).toEqual({ 'due date': { date: '2026-01-07', style: 'short' } });
  });
});

describe('an empty placeholder says it is empty and where (issue 20 item 9)', () => {
  it('((  )) in the body: EmptyPlaceholderError with field, line and column', () => {
    let caught: unknown;
    try {
      renderTemplate({ subject: 'Hello', body: 'Dear Sam,\n\nRef ((  )) please' }, {});
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EmptyPlaceholderError);
    const error = caught as EmptyPlaceholderError;
    expect(error.code).toBe('empty-placeholder');
    expect(error.path).toBe('template.body');
    // line 3 ("Ref ((  )) please"), the (( at column 5
    expect([error.line, error.column]).toEqual([3, 5]);
    expect(error.message).toBe(
      'template.body, line 3, column 5: the placeholder (( )) has no name. Write the name between the brackets, e.g. ((reference)), or remove the brackets.',
    );
    expect(error.message).not.toContain('Missing personalisation');
  });

  it('((??x)) in the subject: says so for the subject, without the conditional text', () => {
    let caught: unknown;
    try {
      renderTemplate({ subject: 'Hi ((??secret words))', body: 'x' }, {});
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EmptyPlaceholderError);
    expect((caught as EmptyPlaceholderError).path).toBe('template.subject');
    expect([(caught as EmptyPlaceholderError).line, (caught as EmptyPlaceholderError).column]).toEqual([1, 4]);
    expect((caught as Error).message).not.toContain('secret');
  });

  it('a preview shows an empty placeholder as Notify does instead of throwing', () => {
    expect(renderTemplate({ subject: 'S', body: 'a ((  )) b' }, {}, { missing: 'preview' }).body).toBe('a ((  )) b');
  });
});
