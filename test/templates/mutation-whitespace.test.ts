import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';
import { isWhitespace, WHITESPACE_CLASS } from '../../src/templates/values.js';

/*
 * What counts as whitespace (issue 18: the edges of `isWhitespace`'s ranges had surviving mutants). Notify's
 * typography turns a hyphen with whitespace both sides into a spaced en dash (`\s+[-–—]{1,3}\s+` in Python, whose
 * `\s` is `str.isspace`), so `a?-?b` shows whether `?` is whitespace. Every answer below is Notify's own, from
 * `PlainTextEmailTemplate` at NOTIFY_VERSION. The line separator U+2028 is removed from the body before the typography.
 */

const text = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'text' }).body;
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const WHITESPACE = [0x09, 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2029, 0x202f, 0x205f, 0x3000];
const NOT_WHITESPACE = [0x08, 0x0e, 0x1b, 0x21, 0x84, 0x86, 0x9f, 0xa1, 0x167f, 0x1681, 0x1fff, 0x200b, 0x2027, 0x202a, 0x2030, 0x205e, 0x2060, 0x2fff, 0x3001];

describe('whitespace, as Python’s str.isspace', () => {
  it.each(WHITESPACE.map((c) => [hex(c), c]))('%s is whitespace: a hyphen between two is a spaced en dash', (_, c) => {
    const w = String.fromCharCode(c);
    expect(text(`a${w}-${w}b`)).toBe('a \u2013 b');
  });
  it.each(NOT_WHITESPACE.map((c) => [hex(c), c]))('%s is not whitespace: the hyphen stays', (_, c) => {
    const w = String.fromCharCode(c);
    expect(text(`a${w}-${w}b`)).toBe(`a${w}-${w}b`);
  });
  it('U+2028 (a line separator) is removed: no whitespace is left around the hyphen', () => {
    expect(text('a\u2028-\u2028b')).toBe('a-b');
  });
});

describe('one whitespace, two forms', () => {
  it('the character class the typography patterns use holds exactly the characters isWhitespace accepts (the BMP)', () => {
    const inClass = new RegExp(`^[${WHITESPACE_CLASS}]$`, 'u');
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are not characters
      if (inClass.test(String.fromCharCode(c)) !== isWhitespace(c)) disagree.push(hex(c));
    }
    expect(disagree).toEqual([]);
  });
});
