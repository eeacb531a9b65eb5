// Each rule of GOV.UK Notify's template rendering, with the expected output written by hand. Rules read from
// alphagov/notifications-utils (notifications_utils/field.py, template.py, formatters.py, insensitive_dict.py) and
// the Notify API's error table ("Missing personalisation: <names>").
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { DateOutOfRangeError, InvalidArgumentError, InvalidDateError, MissingPersonalisationError, renderTemplate, StatutoryComplaintsError } from '../../src/index.js';
import { personalisation, TemplateTooLargeError } from '../../src/templates/index.js';
import { itLargeInput } from '../large-input.js';

type Values = Parameters<typeof renderTemplate>[1];
const textBody = (body: string, values: Record<string, unknown> = {}) => renderTemplate({ subject: 'S', body }, values as Values).body;
const htmlBody = (body: string, values: Record<string, unknown> = {}) => renderTemplate({ subject: 'S', body }, values as Values, { format: 'html' }).body;
const subject = (s: string, values: Record<string, unknown> = {}, format: 'text' | 'html' = 'text') =>
  renderTemplate({ subject: s, body: '' }, values as Values, { format }).subject;

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
  it('strings as they are; numbers with String(n); booleans as True/False, as Notify prints them', () => {
    expect(textBody('((s)) ((n)) ((f)) ((neg)) ((t)) ((no))', { s: 'x', n: 5, f: 2.5, neg: -3, t: true, no: false })).toBe('x 5 2.5 -3 True False');
  });
  it('dates: long by default, or the style asked for', () => {
    expect(
      textBody('((a)) / ((b)) / ((c))', {
        a: { date: '2026-01-07' },
        b: { date: '2026-01-07', style: 'long' },
        c: { date: '2026-01-07', style: 'short' },
      }),
    ).toBe('Wednesday 7 January 2026 / Wednesday 7 January 2026 / 7 January 2026');
  });
  it('refuses NaN and infinite numbers', () => {
    expect(() => textBody('((n))', { n: Number.NaN })).toThrow(InvalidArgumentError);
    expect(() => textBody('((n))', { n: Number.POSITIVE_INFINITY })).toThrow(/values\.n: must be a finite number/);
  });
  it('refuses Date objects, functions, bigints, symbols and Maps (nothing JSON carries to Notify), naming the key', () => {
    for (const bad of [new Date(0), () => 'x', 10n, Symbol('s'), new Map()]) {
      const e = caught(() => textBody('((v))', { v: bad }));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('values.v');
    }
  });
  it('an object is data, written as Notify writes it: Python prints the dict its JSON makes', () => {
    // Notify's Field writes str(value) (notifications_utils/field.py, get_replacement); Python 3 prints
    // json.loads('{"key": "value"}') as {'key': 'value'}, and {} as {} (tests/test_field.py, test_replacement_of_placeholders)
    // (the value as Notify's Field writes it: the personalisation sent; in the email, typography then curls the quotes)
    expect(personalisation({ subject: '', body: 'before ((v)) after' }, { v: { key: 'value' } })).toEqual({ v: "{'key': 'value'}" });
    expect(textBody('before ((v)) after', { v: { key: 'value' } })).toBe('before {‘key’: ‘value’} after');
    expect(textBody('((v))', { v: {} })).toBe('{}');
    expect(personalisation({ subject: '', body: '((v))' }, { v: { a: [1, { b: null }], c: undefined } })).toEqual({ v: "{'a': [1, {'b': None}]}" });
    // a dict decides a conditional by its printed text, which is never yes/true/1: hidden (test_what_will_not_trigger_conditional_placeholder)
    expect(textBody('((v??shown))', { v: { True: true } })).toBe('');
  });
  it('an object with date or numbered is a date or a numbered list, never data: a malformed one is refused', () => {
    for (const bad of [{ date: '2026-01-07', format: 'long' }, { numbered: 'a' }]) {
      expect((caught(() => textBody('((v))', { v: bad })) as InvalidArgumentError).path).toBe('values.v');
    }
    expect((caught(() => textBody('((v))', { v: ['a', { date: '2026-01-07' }] })) as InvalidArgumentError).path).toBe('values.v[1]');
    expect((caught(() => textBody('((v))', { v: { a: { numbered: [] } } })) as InvalidArgumentError).path).toBe('values.v');
  });
  it('refuses an object or list that holds itself, naming the key', () => {
    const loop: unknown[] = ['a'];
    loop.push(loop);
    expect((caught(() => textBody('((v))', { v: loop })) as InvalidArgumentError).path).toBe('values.v[1]');
  });
  it('numbers as Python prints the number JSON gives Notify: whole numbers as ints, others as floats', () => {
    // Python 3: str(json.loads(x)) for 0.00001, 1e16, 1.5e300, 123456789.123, -0.5, 9007199254740994.0
    expect(textBody('((a)) ((b)) ((c)) ((d)) ((e)) ((f)) ((g))', { a: 0.00001, b: 1e16, c: 1.5e300, d: 123456789.123, e: -0.5, f: 2 ** 53 + 2, g: -0 })).toBe(
      '1e-05 1e+16 1.5e+300 123456789.123 -0.5 9007199254740994.0 0',
    );
  });
  it('list items are written as Notify writes them: Python str() of each, nested strings quoted as Python quotes them', () => {
    // tests/test_field.py test_field_renders_lists_as_strings: [1, {'two': 2}, 'three', None] is `1, {'two': 2} and three`
    expect(personalisation({ subject: '', body: '((v))' }, { v: [1, { two: 2 }, 'three', null] })).toEqual({ v: ['1', "{'two': 2}", 'three'] });
    expect(subject('((v))', { v: [1, { two: 2 }, 'three', null] })).toBe('1, {‘two’: 2} and three');
    expect(
      subject('((v))', {
        v: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toBe('[1, 2] and [3, 4]');
    expect(subject('((v))', { v: [0.1, true, false] })).toBe('0.1, True and False');
    // Python 3: str(["it's", 'a"b\'c', '\xa0', '\u200b', 'tab\there', 'é', '😀', '\x7f', '\x85', 'back\\slash'])
    expect(
      personalisation({ subject: '', body: '((v))' }, { v: [["it's", 'a"b\'c', '\u00a0', '\u200b', 'tab\there', 'é', '\u{1f600}', '\x7f', '\x85', 'back\\slash']] }),
    ).toEqual({ v: [String.raw`["it's", 'a"b\'c', '\xa0', '\u200b', 'tab\there', 'é', '😀', '\x7f', '\x85', 'back\\slash']`] });
  });
  it('refuses list items JSON cannot carry, naming the index', () => {
    const e = caught(() => textBody('((v))', { v: ['a', () => 3] })) as InvalidArgumentError;
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('values.v[1]');
    expect((caught(() => textBody('((v))', { v: ['a', [Number.NaN]] })) as InvalidArgumentError).path).toBe('values.v[1][0]');
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
    // Notify: a list value becomes `* ` Markdown items (field.py, get_replacement_as_list), which the plain-text
    // email writes as `• ` lines (markdown.py, NotifyPlainTextEmailMarkdownRenderer.list_item).
    expect(textBody('Reasons:\n((reasons))\nThank you.', { reasons })).toBe('Reasons:\n\n• Complex case\n• Multiple Teams involved\n• Staff absence\n\nThank you.');
    expect(htmlBody('Reasons:\n((reasons))\nThank you.', { reasons })).toBe(
      '<p>Reasons:</p>\n<ul>\n<li>Complex case</li>\n<li>Multiple Teams involved</li>\n<li>Staff absence</li>\n</ul>\n<p>Thank you.</p>',
    );
  });

  it('in the middle of a line too', () => {
    expect(textBody('Reasons: ((reasons)) thanks', { reasons: ['a', 'b'] })).toBe('Reasons:\n\n• a\n• b\n\nthanks');
    expect(htmlBody('Reasons: ((reasons)) thanks', { reasons: ['a', 'b'] })).toBe('<p>Reasons:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>thanks</p>');
  });

  it('in the subject, a list is "a", "a and b", "a, b and c"', () => {
    expect(subject('((l))', { l: ['a'] })).toBe('a');
    expect(subject('((l))', { l: ['a', 'b'] })).toBe('a and b');
    expect(subject('((l))', { l: ['a', 'b', 'c'] })).toBe('a, b and c');
    expect(subject('((l))', { l: ['a', 'b', 'c', 'd'] })).toBe('a, b, c and d');
  });

  it('empty, null and undefined items are dropped; items are trimmed', () => {
    expect(subject('((l))', { l: ['', 'a', null, '  ', undefined, ' b '] })).toBe('a and b');
    expect(textBody('((l))', { l: [null, 'a', ''] })).toBe('• a');
  });

  it("an item loses its zero-width and no-break spaces wherever they are, then its ASCII whitespace at the ends (Notify's strip_and_remove_obscure_whitespace)", () => {
    // notifications_utils/formatters.py: U+180E, U+200B-U+200D, U+2060, U+FEFF, U+2028, U+2029, U+00A0 and U+202F are
    // removed, then str.strip(string.whitespace); Python 3 leaves ' \u00a0x\u200by\u3000 ' as 'xy\u3000'
    expect(personalisation({ subject: '', body: '((l))' }, { l: [' \u00a0x\u200by\u3000 ', '\u00a0\u202f'] })).toEqual({ l: ['xy\u3000'] });
  });

  it('an all-empty list renders as nothing and is not missing', () => {
    expect(subject('Reasons: ((l))', { l: ['', null] })).toBe('Reasons:');
    expect(textBody('Reasons:((l))', { l: [] })).toBe('Reasons:');
    expect(htmlBody('Reasons:((l))', { l: [undefined] })).toBe('<p>Reasons:</p>');
  });

  it('{ numbered: [...] } is a numbered list in the body, numbered from 1, and "a, b and c" in the subject', () => {
    const numbered = { numbered: ['Complex case', null, ' Staff absence ', 'Other, specify'] };
    expect(textBody('Reasons:\n((r))\nReply with the number.', { r: numbered })).toBe(
      'Reasons:\n\n1. Complex case\n2. Staff absence\n3. Other, specify\n\nReply with the number.',
    );
    expect(htmlBody('Reasons:\n((r))', { r: numbered })).toBe('<p>Reasons:</p>\n<ol>\n<li>Complex case</li>\n<li>Staff absence</li>\n<li>Other, specify</li>\n</ol>');
    expect(subject('((r))', { r: numbered })).toBe('Complex case, Staff absence and Other, specify');
    expect(textBody('A((r))B', { r: { numbered: [] } })).toBe('AB');
  });

  it('a numbered list must be { numbered: [list] } and nothing else', () => {
    for (const bad of [{ numbered: 'a' }, { numbered: ['a'], style: 'long' }]) {
      expect((caught(() => textBody('((v))', { v: bad })) as InvalidArgumentError).path).toBe('values.v');
    }
    expect((caught(() => textBody('((v))', { v: { numbered: ['a', Symbol('s')] } })) as InvalidArgumentError).path).toBe('values.v.numbered[1]');
    expect(textBody('((v))', { v: { numbered: ['a', 2] } })).toBe('1. a\n2. 2');
  });

  it('a list item is text: its Markdown is not read', () => {
    expect(htmlBody('((l))', { l: ['# not a heading', '**not bold** https://example.org'] })).toBe(
      '<ul>\n<li># not a heading</li>\n<li>**not bold** https://example.org</li>\n</ul>',
    );
  });

  it('a list as a condition: never shows its text in the body; in the subject only a single truthy word ("yes")', () => {
    // Notify (notifications_utils/field.py): the body's Field writes a list as Markdown, `\n\n* yes`, before
    // str2bool reads it (not a truthy word); the subject's PlainTextField writes `yes` (test_field.py's
    // test_what_will_not_trigger_conditional_placeholder has str2bool(["true"]) False, a list never being a word).
    expect(textBody('((l??shown))', { l: ['yes'] })).toBe('');
    expect(textBody('((l??shown))', { l: ['a', 'b'] })).toBe('');
    expect(subject('((l??shown))', { l: ['yes'] })).toBe('shown');
    expect(subject('((l??shown))', { l: ['a', 'b'] })).toBe('');
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
  it("the template's own line breaks and runs of spaces collapse too, and the ends are trimmed", () => {
    expect(subject('  Complaint\n   ((ref))\t\t', { ref: 'C1' })).toBe('Complaint C1');
  });
  it("zero-width characters are removed and a no-break space is a space, as Notify's normalise_whitespace does", () => {
    expect(subject('A\u200b((v))\ufeffB', { v: 'x\u00a0\u00a0y' })).toBe('Ax yB');
  });
  it('is the plain header text in both formats, never HTML-escaped (Notify sends plain_text_email.subject)', () => {
    expect(subject('Re ((v)) R&D', { v: '<b>A&B</b>' }, 'html')).toBe('Re <b>A&B</b> R&D');
    expect(subject('Re ((v)) R&D', { v: '<b>A&B</b>' }, 'text')).toBe('Re <b>A&B</b> R&D');
    expect(subject('R&D/1 - "((v))"', { v: 'x' }, 'html')).toBe('R&D/1 – \u201cx\u201d');
  });
  it('no Markdown is read in the subject', () => {
    expect(subject('# **Ref** [x](https://example.org) ((v))', { v: '* y' }, 'html')).toBe('# **Ref** [x](https://example.org) * y');
  });
});

describe("Notify's typography pass (subject and body, both formats)", () => {
  it('a spaced hyphen becomes a spaced en dash; so do -- and an em dash between spaces', () => {
    expect(subject('Complaint ((ref)) - Due date ((due))', { ref: 'C1', due: { date: '2026-01-07', style: 'short' } })).toBe('Complaint C1 – Due date 7 January 2026');
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
    // Notify's code (notifications-utils with smartypants 2.0.1) gives "the ‘90s": smartypants' decade rule is
    // `\b'(?=\d{2}s)`, and there is no word boundary between a space and a quote, so the opening-quote rule applies.
    expect(textBody(`("quoted") the '90s`)).toBe('(\u201cquoted\u201d) the \u201890s');
    expect(textBody(`in'90s, '90s were`)).toBe('in\u201990s, \u201890s were');
    expect(subject(`Re: "((v))"`, { v: 'x' })).toBe('Re: \u201cx\u201d');
  });
  it('but not inside an email address or a URL', () => {
    expect(textBody(`Write to o'neill@example.org`)).toBe(`Write to o'neill@example.org`);
    expect(htmlBody(`Write to o'neill@example.org`)).toBe("<p>Write to o'neill@example.org</p>");
    expect(textBody(`See https://example.org/a'b - ok`)).toBe(`See https://example.org/a'b – ok`);
  });
  it('an indented "- " bullet is a bullet, not a dash', () => {
    expect(textBody('Reasons:\n  - one\n- two')).toBe('Reasons:\n\n• one\n• two');
  });
});

// The plain-text email, as alphagov/notifications-utils 127.0.0 (a9af02ae) writes it: tests/test_markdown.py gives,
// for notify_plain_text_email_markdown, a level-1 heading as '\n\n\nheading\n' + 65 '=', a level-2 heading with
// 65 '-', a rule as a paragraph of '=-' repeated to 65 characters, bullets as '• ', numbered items as '1. ',
// '[Example](http://example.com)' as 'Example: http://example.com', inset text as a paragraph, and emphasis left as
// written; template.py strips the leading whitespace.
const DASHES = '-'.repeat(65);
const EQUALS = '='.repeat(65);
const RULE = '=-'.repeat(33).slice(0, 65);

describe("the text format: Notify's plain-text email", () => {
  it("writes the template's Markdown as Notify's plain-text renderer does, and does not escape", () => {
    expect(textBody('# Title\n\n* a\n- b\n\n^ inset\n\n---\n\n<b>&</b> [x](https://example.org)')).toBe(
      `Title\n${EQUALS}\n\n• a\n• b\n\ninset\n\n${RULE}\n\n<b>&</b> x: https://example.org`,
    );
  });
  it('a heading after text comes after two blank lines, underlined = (#) or - (##); "### " is a paragraph', () => {
    expect(textBody('Intro\n# Part one\nText\n## Part two')).toBe(`Intro\n\n\nPart one\n${EQUALS}\n\nText\n\n\nPart two\n${DASHES}`);
    expect(textBody('### Part three')).toBe('Part three');
  });
  it('numbered items are renumbered from 1; a list ends at a blank line followed by text', () => {
    expect(textBody('Steps:\n1. one\n2. two\n7. three\n\nAfter')).toBe('Steps:\n\n1. one\n2. two\n3. three\n\nAfter');
  });
  it('emphasis and code are left as written (Notify has no emphasis in plain text)', () => {
    expect(textBody('something **important** and _this_ `code`')).toBe('something **important** and _this_ `code`');
  });
  it('a value is written as it is: its Markdown is not read', () => {
    expect(textBody('Note: ((v))', { v: '# URGENT\n* see [x](https://evil.example)' })).toBe('Note: # URGENT\n* see [x](https://evil.example)');
    expect(textBody('((v))', { v: '---' })).toBe('---');
  });
  it('line endings become \\n, runs of blank lines collapse to one, the ends are trimmed', () => {
    expect(textBody('\r\n\r\nDear ((n)),\r\n\r\n\r\n\r\nThanks\r\r\n', { n: 'Sam' })).toBe('Dear Sam,\n\nThanks');
  });
});

describe('size limit: 2,000,000 bytes of UTF-8 after substitution', () => {
  itLargeInput('exactly 2,000,000 bytes is accepted (1,000,000 two-byte characters)', () => {
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
  itLargeInput('counts four bytes for a character outside the BMP, and the template text too', () => {
    expect(() => textBody('((v))', { v: '\u{1F600}'.repeat(500_000) })).not.toThrow();
    expect(() => textBody('x((v))', { v: '\u{1F600}'.repeat(500_000) })).toThrow(TemplateTooLargeError);
  });
  itLargeInput('counts list values as the bullet list they become', () => {
    // "\n\n* " + 1,999,993 characters + "\n\n" = 1,999,999 bytes; one more character passes the limit
    expect(() => textBody('((l))', { l: ['a'.repeat(1_999_993)] })).not.toThrow();
    expect(() => textBody('((l))x', { l: ['a'.repeat(1_999_993)] })).not.toThrow();
    expect(() => textBody('((l))xy', { l: ['a'.repeat(1_999_993)] })).toThrow(TemplateTooLargeError);
  });
  itLargeInput('the subject is held to the same limit separately (a guard against a template repeating a large value)', () => {
    expect(renderTemplate({ subject: '((v))', body: 'x' }, { v: 'a'.repeat(2_000_000) }).subject.length).toBe(2_000_000);
    const e = caught(() => renderTemplate({ subject: '((v))((v))', body: 'x' }, { v: 'a'.repeat(1_000_001) })) as TemplateTooLargeError;
    expect(e).toBeInstanceOf(TemplateTooLargeError);
    expect(e.path).toBe('subject');
  });
});

// Notify's previews (alphagov/notifications-utils, notifications_utils/field.py at commit 84089900): a missing
// placeholder is shown as `<span class='placeholder'>((name))</span>`, a missing conditional as
// `<span class='placeholder-conditional'>((name??</span>text))`, and with redaction on, every missing placeholder as
// `<span class='placeholder-redacted'>hidden</span>`; PlainTextField writes `((name))`, `((name??text))` and
// `[hidden]`. This renderer writes the same, with double-quoted attributes.
describe('previews: missing values shown rather than thrown', () => {
  const template = { subject: 'Complaint ((ref)) – ((name))', body: 'Dear ((name)),\n\n((late??This is **late**.))\n\nRef ((ref)).' };

  it("'error' (the default) throws every missing name", () => {
    expect((caught(() => renderTemplate(template, { ref: 'C-1' }, { missing: 'error' })) as MissingPersonalisationError).names).toEqual(['name', 'late']);
  });

  it("'preview' writes ((name)) and ((name??text)) in plain text and the subject", () => {
    expect(renderTemplate(template, { ref: 'C-1' }, { missing: 'preview' })).toEqual({
      subject: 'Complaint C-1 – ((name))',
      body: 'Dear ((name)),\n\n((late??This is **late**.))\n\nRef C-1.',
    });
  });

  it("'preview' highlights them in HTML, the conditional's text rendered as the template's own", () => {
    // spelt as Notify's Field writes them (notifications_utils/field.py: placeholder_tag
    // "<span class='placeholder'>&#40;&#40;{}&#41;&#41;</span>", conditional_placeholder_tag
    // "<span class='placeholder-conditional'>&#40;&#40;{}??</span>{}&#41;&#41;", placeholder_tag_redacted)
    expect(renderTemplate(template, { ref: 'C-1' }, { format: 'html', missing: 'preview' })).toEqual({
      subject: 'Complaint C-1 – ((name))',
      body:
        `<p>Dear <span class='placeholder'>&#40;&#40;name&#41;&#41;</span>,</p>\n` +
        `<p><span class='placeholder-conditional'>&#40;&#40;late??</span>This is **late**.&#41;&#41;</p>\n` +
        '<p>Ref C-1.</p>',
    });
  });

  it("'redact' writes [hidden] in plain text and the subject, a highlighted 'hidden' in HTML", () => {
    expect(renderTemplate(template, { ref: 'C-1' }, { missing: 'redact' })).toEqual({
      subject: 'Complaint C-1 – [hidden]',
      body: 'Dear [hidden],\n\n[hidden]\n\nRef C-1.',
    });
    expect(renderTemplate(template, { ref: 'C-1', late: 'no' }, { format: 'html', missing: 'redact' }).body).toBe(
      `<p>Dear <span class='placeholder-redacted'>hidden</span>,</p>\n<p>Ref C-1.</p>`,
    );
  });

  it('values that are given are rendered as usual; with every value there is nothing to show', () => {
    const values = { ref: 'C-1', name: 'Sam', late: 'yes' };
    expect(renderTemplate(template, values, { missing: 'preview' })).toEqual(renderTemplate(template, values));
  });

  it('a URL written before a placeholder shown in a preview stops there (as in Notify)', () => {
    expect(renderTemplate({ subject: 'S', body: 'https://example.org/((ref))' }, {}, { format: 'html', missing: 'preview' }).body).toBe(
      `<p><a href="https://example.org/">https://example.org/</a><span class='placeholder'>&#40;&#40;ref&#41;&#41;</span></p>`,
    );
  });

  it('refuses an unknown mode', () => {
    expect((caught(() => renderTemplate(template, {}, { missing: 'ignore' as never })) as InvalidArgumentError).path).toBe('options.missing');
  });
});
