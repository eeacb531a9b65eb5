// Placeholder syntax, as GOV.UK Notify reads it (alphagov/notifications-utils, notifications_utils/field.py:
// placeholder_pattern = \({2}([^()]+)\){2}; ConditionalPlaceholder splits on the first "??").
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, MissingPersonalisationError, renderTemplate } from '../../src/index.js';
import { EmptyPlaceholderError, placeholders, templatePlaceholders } from '../../src/templates/index.js';
import { itLargeInput } from '../large-input.js';

const body = (text: string) => ({ subject: 'S', body: text });
const text = (template: string, values: Record<string, unknown> = {}) => renderTemplate(body(template), values as never).body;

describe('placeholder syntax', () => {
  it('((name)) is a placeholder', () => {
    expect(placeholders(body('Dear ((name)),'))).toEqual(['name']);
    expect(text('Dear ((name)),', { name: 'Sam' })).toBe('Dear Sam,');
  });

  it('the body cannot contain brackets: ((a(b)) and ((a)b)) stay literal text', () => {
    expect(placeholders(body('((a(b))'))).toEqual([]);
    expect(text('((a(b))')).toBe('((a(b))');
    expect(placeholders(body('((a)b))'))).toEqual([]);
    expect(text('((a)b))')).toBe('((a)b))');
  });

  it('an empty body (()) is not a placeholder', () => {
    expect(placeholders(body('(()) and ((()))'))).toEqual([]);
    expect(text('(()) and ((()))')).toBe('(()) and ((()))');
  });

  it('extra brackets around a placeholder stay as text: (((a))) renders (X)', () => {
    expect(placeholders(body('(((a)))'))).toEqual(['a']);
    expect(text('(((a)))', { a: 'X' })).toBe('(X)');
    expect(text('((a))b))', { a: 'X' })).toBe('Xb))');
    expect(text('((((a))', { a: 'X' })).toBe('((X');
  });

  it('single brackets are ordinary text', () => {
    expect(text('Complaint Ref (number) re ((ref))', { ref: 'C1' })).toBe('Complaint Ref (number) re C1');
  });

  it('((a??b??c)): everything after the first ?? is the text, so it shows "b??c"', () => {
    const [info] = templatePlaceholders(body('((a??b??c))'));
    expect(info?.name).toBe('a');
    expect(text('((a??b??c))', { a: 'yes' })).toBe('b??c');
  });

  it('a conditional with empty text ((a??)) is still a conditional', () => {
    expect(templatePlaceholders(body('((a??))'))[0]?.conditional).toBe(true);
    expect(text('x((a??))y', { a: 'yes' })).toBe('xy');
  });

  it('a body of only spaces (( )) is a placeholder, as in Notify; its normalised name is empty', () => {
    expect(placeholders(body('a(( ))b'))).toEqual([' ']);
    expect(() => text('a(( ))b')).toThrow(EmptyPlaceholderError); // said to be empty, with its place (issue 20 item 9)
    expect(text('a(( ))b', { _: 'X' })).toBe('aXb');
  });

  it("a placeholder name may span a line break (Notify's [^()] matches newlines)", () => {
    expect(placeholders(body('((first\nname))'))).toEqual(['first\nname']);
  });

  it('names are matched ignoring case, spaces, underscores and hyphens', () => {
    expect(placeholders(body('((First name)) ((first_name)) ((FIRSTNAME)) ((first-name))'))).toEqual(['First name']);
    for (const key of ['first name', 'first_name', 'FIRSTNAME', 'first-name', 'First_Name']) {
      expect(text('((First name))', { [key]: 'Sam' })).toBe('Sam');
    }
  });

  it('but not ignoring other characters: ((first.name)) is a different name', () => {
    expect(() => text('((first.name))', { firstname: 'Sam' })).toThrow(MissingPersonalisationError);
  });

  it('placeholders: subject first, then body, each once, as first written', () => {
    expect(placeholders({ subject: 'Ref ((Reference)) due ((Due Date))', body: '((reference)) ((name)) ((due_date)) ((late??x)) ((NAME))' })).toEqual([
      'Reference',
      'Due Date',
      'name',
      'late',
    ]);
  });

  it('templatePlaceholders reports each occurrence with field, offset, line and column', () => {
    const found = templatePlaceholders({ subject: 'Ref ((ref))', body: 'Line one\n  ((ref)) and ((late??Late))' });
    expect(found).toEqual([
      {
        name: 'ref',
        key: 'ref',
        conditional: false,
        substituted: true,
        occurrences: [
          { field: 'subject', offset: 4, line: 1, column: 5, conditional: false },
          { field: 'body', offset: 11, line: 2, column: 3, conditional: false },
        ],
      },
      {
        name: 'late',
        key: 'late',
        conditional: true,
        substituted: false,
        occurrences: [{ field: 'body', offset: 23, line: 2, column: 15, conditional: true }],
      },
    ]);
  });

  it('rejects a template that is not { subject: string, body: string }', () => {
    expect(() => placeholders(null as never)).toThrow(InvalidArgumentError);
    expect(() => placeholders({ subject: 1, body: '' } as never)).toThrow(/template\.subject/);
    expect(() => placeholders({ subject: '' } as never)).toThrow(/template\.body/);
  });
});

describe('hostile template text (correct results on large inputs; speed is in bench/templates.bench.mjs)', () => {
  itLargeInput('1 MB of "((" has no placeholder and renders unchanged', () => {
    const t = '(('.repeat(512 * 1024);
    expect(placeholders(body(t))).toEqual([]);
    expect(text(t) === t).toBe(true);
  });

  itLargeInput('1 MB of "(" then one name then ")" is one placeholder with literal brackets around it', () => {
    const depth = 512 * 1024;
    const t = `${'('.repeat(depth)}name${')'.repeat(depth)}`;
    expect(placeholders(body(t))).toEqual(['name']);
    expect(text(t, { name: 'X' }) === `${'('.repeat(depth - 2)}X${')'.repeat(depth - 2)}`).toBe(true);
  });

  itLargeInput('"((a" repeated has no placeholder; "((a))" repeated is one placeholder used many times', () => {
    expect(placeholders(body('((a'.repeat(300_000)))).toEqual([]);
    const many = '((a))'.repeat(200_000);
    expect(placeholders(body(many))).toEqual(['a']);
    expect(text(many, { a: 'x' }) === 'x'.repeat(200_000)).toBe(true);
  });

  itLargeInput('"((a??" runs and "??" heavy text', () => {
    expect(placeholders(body('((a??'.repeat(200_000)))).toEqual([]);
    expect(text(`((a${'??'.repeat(300_000)}))`, { a: 'yes' }) === '??'.repeat(299_999)).toBe(true);
  });
});
