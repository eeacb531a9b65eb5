// The templates' error messages (what they name and say to do) and the link address Notify writes into `href`
// (issue 18).
//
// Independent answers:
// - `sanitisedHref` is Notify's `create_sanitised_html_for_url` (notifications-utils formatters.py): `http://` put in
//   front unless the link starts with ftp:, file:, http:, https:, mailto: or tel: (any case), then
//   `urllib.parse.quote(link, safe=":/?#=&;%")`. Each expected value below is what Python 3.11's `quote` returns for
//   that input (run by hand, not by this suite).
// - UTF-8 lengths: Node's own encoder (`Buffer.byteLength`), which writes a lone surrogate as U+FFFD (3 bytes).
// - The error messages are this library's wording, from the classes' documentation (src/templates/errors.ts):
//   Notify's "Missing personalisation: …", with the argument to give the values in when the caller names one; the
//   size limit in bytes with its thousands grouped; where an empty placeholder is (field, line, column).
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { renderTemplate } from '../../src/index.js';
import { EmptyPlaceholderError, MissingPersonalisationError, TemplateTooLargeError } from '../../src/templates/index.js';
import { sanitisedHref, utf8Length } from '../../src/templates/escape.js';

describe('sanitisedHref, as urllib.parse.quote(safe=":/?#=&;%")', () => {
  const cases: [string, string][] = [
    ['http://a\u0001b c', 'http://a%01b%20c'],
    ['HTTPS://Example.org/a b?q=é&r=1#f', 'HTTPS://Example.org/a%20b?q=%C3%A9&r=1#f'],
    ['mailto:x@y.example', 'mailto:x%40y.example'],
    ['Tel:+441234', 'Tel:%2B441234'],
    ['ftp://h/x', 'ftp://h/x'],
    ['file:///x', 'file:///x'],
    ['www.example.org/~a_b.c-d', 'http://www.example.org/~a_b.c-d'],
    ['javascript:alert(1)', 'http://javascript:alert%281%29'],
    ['a\u007f\u0080b', 'http://a%7F%C2%80b'],
    ['x"<>\'{}|\\^`[]@!$*()+,', 'http://x%22%3C%3E%27%7B%7D%7C%5C%5E%60%5B%5D%40%21%24%2A%28%29%2B%2C'],
  ];
  for (const [link, expected] of cases) {
    it(`${JSON.stringify(link)} -> ${expected}`, () => expect(sanitisedHref(link)).toBe(expected));
  }
});

describe('utf8Length at the boundaries of each encoded length', () => {
  it('agrees with Node’s encoder', () => {
    const units = [0x0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff];
    for (const a of units) {
      for (const b of [...units, -1]) {
        const s = b === -1 ? String.fromCharCode(a) : String.fromCharCode(a, b);
        expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
        expect(utf8Length(`x${s}`)).toBe(Buffer.byteLength(`x${s}`, 'utf8'));
      }
    }
  });
});

describe('error messages', () => {
  it('MissingPersonalisationError: Notify’s wording, and the argument to give the values in', () => {
    expect(new MissingPersonalisationError(['name']).message).toBe('Missing personalisation: name');
    expect(new MissingPersonalisationError(['name']).path).toBe('values');
    expect(new MissingPersonalisationError(['name'], 'options.values').message).toBe('Missing personalisation: name (give its value in options.values)');
    expect(new MissingPersonalisationError(['name', 'details'], 'options.values').message).toBe(
      'Missing personalisation: name, details (give their values in options.values)',
    );
    const e = new MissingPersonalisationError(['name'], 'values');
    expect([e.message, e.path, e.names]).toEqual(['Missing personalisation: name (give its value in the values argument)', 'values', ['name']]);
  });

  it('TemplateTooLargeError: the limit with its thousands grouped', () => {
    expect(new TemplateTooLargeError().message).toBe(
      'body: the email content after substitution is larger than 2,000,000 bytes (UTF-8), the most GOV.UK Notify accepts. Shorten the values or split the message.',
    );
    expect([new TemplateTooLargeError().path, new TemplateTooLargeError().limit]).toEqual(['body', 2_000_000]);
    for (const [limit, written] of [
      [999, '999'],
      [1000, '1,000'],
      [100000, '100,000'],
      [1234567, '1,234,567'],
    ] as const) {
      expect(new TemplateTooLargeError('subject', limit).message).toContain(`subject: the email content after substitution is larger than ${written} bytes`);
    }
  });

  it('EmptyPlaceholderError: where it is, and what to write', () => {
    const plain = caught(() => renderTemplate({ subject: 'S', body: 'Dear ((  ))' }, {})) as EmptyPlaceholderError;
    expect(plain).toBeInstanceOf(EmptyPlaceholderError);
    expect(plain.message).toBe(
      'template.body, line 1, column 6: the placeholder (( )) has no name. Write the name between the brackets, e.g. ((reference)), or remove the brackets.',
    );
    const conditional = caught(() => renderTemplate({ subject: 'S', body: 'a\n((??late text))' }, {})) as EmptyPlaceholderError;
    expect(conditional.message).toBe(
      'template.body, line 2, column 1: the placeholder ((??…)) has no name. Write the name between the brackets, e.g. ((reference)) or ((late??text)), or remove the brackets.',
    );
  });
});
