// Character references decoded as GOV.UK Notify decodes them in an HTML email's body (src/templates/entities.ts).
//
// Independent answers: Notify's `unescape_strict` (alphagov/notifications-utils, notifications_utils/formatters.py)
// finds `&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[^\t\n\f <&#;]{1,32};)` and decodes each match with Python's `html.unescape`.
// Every expected value below is what Python 3.11's `html.unescape('&#N;')` returns for that match (run by hand, not by
// this suite): 0 and the surrogates and values past U+10FFFF are U+FFFD; 0x80–0x9F are read as Windows-1252 (0x80 the
// euro sign, 0x81 kept, 0x9F Ÿ); the controls and non-characters of `html._invalid_codepoints` are dropped; everything
// else is the code point itself.
import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../src/templates/entities.js';

const NUMERIC: [number, string][] = [
  [0x0, '\ufffd'],
  [0x1, ''],
  [0x8, ''],
  [0x9, '\u0009'],
  [0xa, '\u000a'],
  [0xb, ''],
  [0xc, '\u000c'],
  [0xd, '\u000d'],
  [0xe, ''],
  [0x1f, ''],
  [0x20, ' '],
  [0x7e, '~'],
  [0x7f, ''],
  [0x80, '\u20ac'],
  [0x81, '\u0081'],
  [0x9f, '\u0178'],
  [0xa0, '\u00a0'],
  [0xd7ff, '\ud7ff'],
  [0xd800, '\ufffd'],
  [0xdbff, '\ufffd'],
  [0xdc00, '\ufffd'],
  [0xdfff, '\ufffd'],
  [0xe000, '\ue000'],
  [0xfdcf, '\ufdcf'],
  [0xfdd0, ''],
  [0xfdef, ''],
  [0xfdf0, '\ufdf0'],
  [0xfffd, '\ufffd'],
  [0xfffe, ''],
  [0xffff, ''],
  [0x10000, '\u{10000}'],
  [0x1fffe, ''],
  [0x1ffff, ''],
  [0x10fffd, '\u{10fffd}'],
  [0x10fffe, ''],
  [0x10ffff, ''],
  [0x110000, '\ufffd'],
];

describe('numeric references, as Python’s html.unescape reads them', () => {
  for (const [value, expected] of NUMERIC) {
    it(`&#${value}; and &#x${value.toString(16)}; and &#X${value.toString(16).toUpperCase()}; are ${JSON.stringify(expected)}`, () => {
      expect(decodeCharacterReferences(`a&#${value};b`)).toBe(`a${expected}b`);
      expect(decodeCharacterReferences(`a&#x${value.toString(16)};b`)).toBe(`a${expected}b`);
      expect(decodeCharacterReferences(`a&#X${value.toString(16).toUpperCase()};b`)).toBe(`a${expected}b`);
    });
  }

  it('a number too large for any code point is U+FFFD', () => {
    expect(decodeCharacterReferences('&#99999999999999999999;')).toBe('\ufffd');
    expect(decodeCharacterReferences('&#xFFFFFFFFFF;')).toBe('\ufffd');
  });
});

describe('named references and text that is no reference', () => {
  it('a named reference anywhere in the text, the first character included', () => {
    expect(decodeCharacterReferences('&amp;')).toBe('&');
    expect(decodeCharacterReferences('x&amp;y')).toBe('x&y');
    expect(decodeCharacterReferences('xy&lt;')).toBe('xy<');
    expect(decodeCharacterReferences('&AMP;&amp;&QUOT;&ThickSpace;')).toBe('&&"\u205f\u200a');
  });

  it('only with its semicolon, and only a name of the HTML standard’s table (names are case-sensitive)', () => {
    for (const text of ['&amp', '&#65', '&#x41', '&Amp;', '&a;', '& amp;', '&#;', '&#x;', `&${'a'.repeat(33)};`, 'no reference at all']) {
      expect(decodeCharacterReferences(text)).toBe(text);
    }
    expect(decodeCharacterReferences('&lt&gt;')).toBe('&lt>');
  });

  it('names an object inherits are not references', () => {
    expect(decodeCharacterReferences('&constructor;&toString;&__proto__;&hasOwnProperty;')).toBe('&constructor;&toString;&__proto__;&hasOwnProperty;');
  });
});
