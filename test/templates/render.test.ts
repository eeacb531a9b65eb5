// Each rule of GOV.UK Notify's template rendering, with the expected output written by hand. Rules read from
// alphagov/notifications-utils (notifications_utils/field.py, template.py, formatters.py, insensitive_dict.py) and
// the Notify API's error table ("Missing personalisation: <names>").
import { describe, expect, it } from 'vitest';
import {
  DateOutOfRangeError,
  InvalidArgumentError,
  InvalidDateError,
  MissingPersonalisationError,
  renderTemplate,
  StatutoryComplaintsError,
  TemplateTooLargeError,
} from '../../src/index.js';

type Values = Parameters<typeof renderTemplate>[1];
const textBody = (body: string, values: Record<string, unknown> = {}) =>
  renderTemplate({ subject: 'S', body }, values as Values).body;
const htmlBody = (body: string, values: Record<string, unknown> = {}) =>
  renderTemplate({ subject: 'S', body }, values as Values, { format: 'html' }).body;
const subject = (s: string, values: Record<string, unknown> = {}, format: 'text' | 'html' = 'text') =>
  renderTemplate({ subject: s, body: '' }, values as Values, { format }).subject;

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('conditional text ((name??text))', () => {
  for (const value of ['yes', 'YES', 'y', 'Y', 'true', 'True', 't', 'T', '1', 'include', 'Include', 'show', 'SHOW']) {
    it(`is shown for ${JSON.stringify(value)}`, () => {
      expect(textBody('A((x??, B))', { x: value })).toBe('A, B');
    });
  }
  for (const value of ['no', 'false', '0', '', 'n', 'hide', ' yes', 'yes ', 'yes please', '2', 'on']) {
    it(`is hidden for ${JSON.stringify(value)}`, () => {
      expect(textBody('A((x??, B))', { x: value })).toBe('A');
    });
  }
  it('is shown for true and 1, hidden for false and 0', () => {
    expect(textBody('A((x??, B))', { x: true })).toBe('A, B');
    expect(textBody('A((x??, B))', { x: 1 })).toBe('A, B');
    expect(textBody('A((x??, B))', { x: false })).toBe('A');
    expect(textBody('A((x??, B))', { x: 0 })).toBe('A');
  });
  it('a conditional without a value is missing, like any placeholder', () => {
    const e = caught(() => textBody('((late??Late.))', {}));
    expect(e).toBeInstanceOf(MissingPersonalisationError);
    expect((e as MissingPersonalisationError).names).toEqual(['late']);
  });
  it('conditional text is part of the template: it is not searched for placeholders (it cannot contain brackets)', () => {
    expect(textBody('((x??see note ??))', { x: 'yes' })).toBe('see note ??');
  });
});

describe('what counts as missing', () => {
  it('an absent key, null and undefined are missing; every missing name is listed at once, subject first', () => {
    const e = caught(() =>
      renderTemplate(
        { subject: 'Complaint ((reference)) due ((due date))', body: 'Dear ((name)),\n((reference)) ((late??Late)) ((team))' },
        { reference: null, 'due date': undefined, team: 'Complaints' },
      ),
    ) as MissingPersonalisationError;
    expect(e).toBeInstanceOf(MissingPersonalisationError);
    expect(e).toBeInstanceOf(StatutoryComplaintsError);
    expect(e.code).toBe('missing-personalisation');
    expect(e.path).toBe('values');
    expect(e.names).toEqual(['reference', 'due date', 'name', 'late']);
    expect(e.message).toBe('Missing personalisation: reference, due date, name, late');
  });

  it('names are listed as the template first writes them', () => {
    const e = caught(() => renderTemplate({ subject: '((Due Date))', body: '((due_date))' }, {})) as MissingPersonalisationError;
    expect(e.names).toEqual(['Due Date']);
  });

  it('an empty string is a value: it renders as nothing', () => {
    expect(textBody('[((a))]', { a: '' })).toBe('[]');
  });

  it('a placeholder used in the subject and the body needs one value', () => {
    expect(renderTemplate({ subject: 'Ref ((ref))', body: 'Ref: ((REF))' }, { ref: 'C-7' })).toEqual({
      subject: 'Ref C-7',
      body: 'Ref: C-7',
    });
  });

  it('keys the template does not use are ignored, whatever their type', () => {
    expect(textBody('Hi ((a))', { a: 'x', extra: 'y', other: { nested: true }, f: Number.NaN })).toBe('Hi x');
  });

  it('two keys naming the same placeholder are refused rather than one silently winning', () => {
    const e = caught(() => textBody('((first name))', { first_name: 'A', FirstName: 'B' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as Error).message).toContain("'first_name' and 'FirstName'");
  });

  it('a template without placeholders renders with no values at all', () => {
    expect(renderTemplate({ subject: 'Hello', body: 'No placeholders here.' }, {})).toEqual({
      subject: 'Hello',
      body: 'No placeholders here.',
    });
  });
});

describe('single pass', () => {
  it('a value containing ((x)) is written as it is, never expanded', () => {
    expect(textBody('((a))', { a: '((b))', b: 'no' })).toBe('((b))');
    expect(textBody('((a))', { a: '((missing))' })).toBe('((missing))');
    expect(htmlBody('((a))', { a: '((b??x))' })).toBe('<p>((b??x))</p>');
  });
  it('values cannot join with template text to form a placeholder', () => {
    expect(textBody('((a))b))', { a: '((' })).toBe('((b))');
  });
});

describe('value types', () => {
  it('strings as they are; numbers with String(n); booleans as yes/no', () => {
    expect(textBody('((s)) ((n)) ((f)) ((neg)) ((t)) ((no))', { s: 'x', n: 5, f: 2.5, neg: -3, t: true, no: false })).toBe(
      'x 5 2.5 -3 yes no',
    );
  });
  it('dates: long by default, or the style asked for', () => {
    expect(textBody('((a)) / ((b)) / ((c))', {
      a: { date: '2026-01-07' },
      b: { date: '2026-01-07', style: 'long' },
      c: { date: '2026-01-07', style: 'short' },
    })).toBe('Wednesday 7 January 2026 / Wednesday 7 January 2026 / 7 January 2026');
  });
  it('refuses NaN and infinite numbers', () => {
    expect(() => textBody('((n))', { n: Number.NaN })).toThrow(InvalidArgumentError);
    expect(() => textBody('((n))', { n: Number.POSITIVE_INFINITY })).toThrow(/values\.n: must be a finite number/);
  });
  it('refuses objects, Date objects, functions, bigints and symbols, naming the key', () => {
    for (const bad of [{}, { day: '2026-01-07' }, new Date(0), () => 'x', 10n, Symbol('s'), new Map()]) {
      const e = caught(() => textBody('((v))', { v: bad }));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('values.v');
    }
  });
  it('refuses list items that are not strings, naming the index', () => {
    const e = caught(() => textBody('((v))', { v: ['a', 3] })) as InvalidArgumentError;
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('values.v[1]');
  });
  it('a bad date value gets the date errors, naming the field', () => {
    const invalid = caught(() => textBody('((due))', { due: { date: '2026-02-30' } })) as InvalidDateError;
    expect(invalid).toBeInstanceOf(InvalidDateError);
    expect(invalid.path).toBe('values.due.date');
    expect(caught(() => textBody('((due))', { due: { date: '1899-12-31' } }))).toBeInstanceOf(DateOutOfRangeError);
    const style = caught(() => textBody('((due))', { due: { date: '2026-01-07', style: 'medium' } })) as InvalidArgumentError;
    expect(style).toBeInstanceOf(InvalidArgumentError);
    expect(style.path).toBe('values.due.style');
    expect(caught(() => textBody('((due))', { due: { date: '2026-01-07', format: 'long' } }))).toBeInstanceOf(InvalidArgumentError);
  });
  it('refuses values that are not an object, and unknown formats', () => {
    expect(() => renderTemplate({ subject: '', body: '' }, null as never)).toThrow(InvalidArgumentError);
    expect(() => renderTemplate({ subject: '', body: '' }, ['a'] as never)).toThrow(InvalidArgumentError);
    expect(() => renderTemplate({ subject: '', body: '' }, {}, { format: 'pdf' as never })).toThrow(/options\.format/);
  });
});

describe('lists', () => {
  const reasons = ['Complex case', 'Multiple Teams involved', 'Staff absence'];

  it('in an email body, a list is a bullet list on lines of its own', () => {
    expect(textBody('Reasons:\n((reasons))\nThank you.', { reasons })).toBe(
      'Reasons:\n\n* Complex case\n* Multiple Teams involved\n* Staff absence\n\nThank you.',
    );
    expect(htmlBody('Reasons:\n((reasons))\nThank you.', { reasons })).toBe(
      '<p>Reasons:</p>\n<ul>\n<li>Complex case</li>\n<li>Multiple Teams involved</li>\n<li>Staff absence</li>\n</ul>\n<p>Thank you.</p>',
    );
  });

  it('in the middle of a line too', () => {
    expect(textBody('Reasons: ((reasons)) thanks', { reasons: ['a', 'b'] })).toBe('Reasons: \n\n* a\n* b\n\n thanks');
    expect(htmlBody('Reasons: ((reasons)) thanks', { reasons: ['a', 'b'] })).toBe(
      '<p>Reasons:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>thanks</p>',
    );
  });

  it('in the subject, a list is "a", "a and b", "a, b and c"', () => {
    expect(subject('((l))', { l: ['a'] })).toBe('a');
    expect(subject('((l))', { l: ['a', 'b'] })).toBe('a and b');
    expect(subject('((l))', { l: ['a', 'b', 'c'] })).toBe('a, b and c');
    expect(subject('((l))', { l: ['a', 'b', 'c', 'd'] })).toBe('a, b, c and d');
  });

  it('empty, null and undefined items are dropped; items are trimmed', () => {
    expect(subject('((l))', { l: ['', 'a', null, '  ', undefined, ' b '] })).toBe('a and b');
    expect(textBody('((l))', { l: [null, 'a', ''] })).toBe('* a');
  });

  it('an all-empty list renders as nothing and is not missing', () => {
    expect(subject('Reasons: ((l))', { l: ['', null] })).toBe('Reasons:');
    expect(textBody('Reasons:((l))', { l: [] })).toBe('Reasons:');
    expect(htmlBody('Reasons:((l))', { l: [undefined] })).toBe('<p>Reasons:</p>');
  });

  it('a list as a condition shows its text only when it reads as a truthy word ("yes")', () => {
    expect(textBody('((l??shown))', { l: ['yes'] })).toBe('shown');
    expect(textBody('((l??shown))', { l: ['a', 'b'] })).toBe('');
  });
});

describe('the subject is one line', () => {
  it('a CR LF in a value cannot add a header: control characters become spaces, whitespace collapses', () => {
    expect(subject('Complaint ((ref))', { ref: 'C1\r\nBcc: x@y' })).toBe('Complaint C1 Bcc: x@y');
    expect(subject('Complaint ((ref))', { ref: 'C1\r\nBcc: x@y' }, 'html')).toBe('Complaint C1 Bcc: x@y');
    for (const separator of ['\n', '\r', '\u0000', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029']) {
      expect(subject('A((v))B', { v: `${separator}x${separator}` })).toBe('A x B');
    }
  });
  it('the template\'s own line breaks and runs of spaces collapse too, and the ends are trimmed', () => {
    expect(subject('  Complaint\n   ((ref))\t\t', { ref: 'C1' })).toBe('Complaint C1');
  });
  it('zero-width characters are removed and a no-break space is a space, as Notify\'s normalise_whitespace does', () => {
    expect(subject('A\u200b((v))\ufeffB', { v: 'x\u00a0\u00a0y' })).toBe('Ax yB');
  });
  it('is escaped in the html format, not in the text format', () => {
    expect(subject('Re ((v))', { v: '<b>A&B</b>' }, 'html')).toBe('Re &lt;b&gt;A&amp;B&lt;/b&gt;');
    expect(subject('Re ((v))', { v: '<b>A&B</b>' }, 'text')).toBe('Re <b>A&B</b>');
  });
});

describe("Notify's typography pass (subject and body, both formats)", () => {
  it('a spaced hyphen becomes a spaced en dash; so do -- and an em dash between spaces', () => {
    expect(subject('Complaint ((ref)) - Due date ((due))', { ref: 'C1', due: { date: '2026-01-07', style: 'short' } })).toBe(
      'Complaint C1 – Due date 7 January 2026',
    );
    expect(textBody('a - b\nc -- d\ne \u2014 f')).toBe('a – b\nc – d\ne – f');
    expect(htmlBody('a - b')).toBe('<p>a – b</p>');
  });
  it('hyphens inside words and more than three dashes are left alone', () => {
    expect(textBody('follow-up a-b a -b a- b a ---- b')).toBe('follow-up a-b a -b a- b a ---- b');
  });
  it('no whitespace before a comma or full stop', () => {
    expect(textBody('Dear ((name)) ,\nThanks ((x)) .', { name: 'Sam', x: '' })).toBe('Dear Sam,\nThanks.');
    expect(subject('Ref ((r)) , now', { r: '' })).toBe('Ref, now');
  });
  it('straight quotes become smart quotes', () => {
    expect(textBody(`He said "it's done" and 'fine'.`)).toBe('He said \u201cit\u2019s done\u201d and \u2018fine\u2019.');
    expect(textBody(`("quoted") the '90s`)).toBe('(\u201cquoted\u201d) the \u201990s');
    expect(subject(`Re: "((v))"`, { v: 'x' })).toBe('Re: \u201cx\u201d');
  });
  it('but not inside an email address or a URL', () => {
    expect(textBody(`Write to o'neill@example.org`)).toBe(`Write to o'neill@example.org`);
    expect(htmlBody(`Write to o'neill@example.org`)).toBe('<p>Write to o&#39;neill@example.org</p>');
    expect(textBody(`See https://example.org/a'b - ok`)).toBe(`See https://example.org/a'b – ok`);
  });
  it('an indented "- " bullet in a plain-text body is not turned into a dash', () => {
    expect(textBody('Reasons:\n  - one\n- two')).toBe('Reasons:\n  - one\n- two');
  });
});

describe('the text format', () => {
  it('applies no Markdown and does not escape', () => {
    expect(textBody('# Title\n\n* a\n^ inset\n---\n<b>&</b> [x](https://example.org)')).toBe(
      '# Title\n\n* a\n^ inset\n---\n<b>&</b> [x](https://example.org)',
    );
  });
  it('line endings become \\n, runs of blank lines collapse to one, the ends are trimmed', () => {
    expect(textBody('\r\n\r\nDear ((n)),\r\n\r\n\r\n\r\nThanks\r\r\n', { n: 'Sam' })).toBe('Dear Sam,\n\nThanks');
  });
});

describe('size limit: 2,000,000 bytes of UTF-8 after substitution', () => {
  it('exactly 2,000,000 bytes is accepted (1,000,000 two-byte characters)', () => {
    expect(textBody('((v))', { v: '\u00e9'.repeat(1_000_000) }).length).toBe(1_000_000);
  });
  it('2,000,001 bytes is refused, with the limit and not the content in the message', () => {
    const e = caught(() => textBody('((v))', { v: `${'\u00e9'.repeat(1_000_000)}x` })) as TemplateTooLargeError;
    expect(e).toBeInstanceOf(TemplateTooLargeError);
    expect(e.code).toBe('template-too-large');
    expect(e.limit).toBe(2_000_000);
    expect(e.message).toContain('2,000,000 bytes');
    expect(e.message).not.toContain('\u00e9');
  });
  it('counts four bytes for a character outside the BMP, and the template text too', () => {
    expect(() => textBody('((v))', { v: '\u{1F600}'.repeat(500_000) })).not.toThrow();
    expect(() => textBody('x((v))', { v: '\u{1F600}'.repeat(500_000) })).toThrow(TemplateTooLargeError);
  });
  it('counts list values as the bullet list they become', () => {
    // "\n\n* " + 1,999,993 characters + "\n\n" = 1,999,999 bytes; one more character passes the limit
    expect(() => textBody('((l))', { l: ['a'.repeat(1_999_993)] })).not.toThrow();
    expect(() => textBody('((l))x', { l: ['a'.repeat(1_999_993)] })).not.toThrow();
    expect(() => textBody('((l))xy', { l: ['a'.repeat(1_999_993)] })).toThrow(TemplateTooLargeError);
  });
  it('the subject is held to the same limit separately (a guard against a template repeating a large value)', () => {
    expect(renderTemplate({ subject: '((v))', body: 'x' }, { v: 'a'.repeat(2_000_000) }).subject.length).toBe(2_000_000);
    const e = caught(() => renderTemplate({ subject: '((v))((v))', body: 'x' }, { v: 'a'.repeat(1_000_001) })) as TemplateTooLargeError;
    expect(e).toBeInstanceOf(TemplateTooLargeError);
    expect(e.path).toBe('subject');
  });
});
