// A property of the inline writer (issue 18, mutation run): `write(a, b, options, before, after)` reads Markdown in the
// range `[a, b)` only, and its typography sees `before` and `after` as the characters around the range (its TSDoc).
// Writing a range of a longer text is writing that range's text alone with the same `before` and `after`: no link,
// URL, escape or emphasis may start or end outside the range, and no character outside it may be seen. The slow
// obvious reference is the range copied out into a text of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InlineWriter } from '../../src/templates/inline.js';

// The characters that make or break Markdown here, and a few letters.
const CHARS = [...'*_[]()<>"\' \\!hx.', 'http://', 'https://'];
const text = (maxLength: number) => fc.array(fc.constantFrom(...CHARS), { maxLength }).map((parts) => parts.join(''));

// What the typography sees around the range: no character, a letter, a space or a quote.
const around = fc.constantFrom(-1, 0x78, 0x20, 0x22, 0x27);

describe('InlineWriter.write reads only its range', () => {
  it('a range of a text is written as that range alone (HTML and plain text, with and without emphasis)', () => {
    fc.assert(
      fc.property(text(3), text(16), text(3), around, around, fc.boolean(), fc.boolean(), (pre, piece, post, before, after, html, emphasis) => {
        const s = pre + piece + post;
        const [a, b] = [pre.length, pre.length + piece.length];
        const options = { html, links: true, emphasis };
        const inPlace = new InlineWriter({ text: s, marks: null }, true).write(a, b, options, before, after);
        const alone = new InlineWriter({ text: piece, marks: null }, true).write(0, piece.length, options, before, after);
        expect(inPlace).toBe(alone);
      }),
      {
        numRuns: 10_000,
        // Cases that must run even with few random runs (mutation runs cap fast-check at 40): a character just
        // outside the range that would close emphasis, or stop an opener; a quote's curl at the start or end of
        // emphasis, which depends on the character before or after it.
        examples: [
          ['', '*x*', '*', -1, -1, true, true],
          ['*', '*a*', '', -1, -1, true, true],
          ['x', '*"a*', '', 0x20, -1, false, true],
          [' ', '*"a*', '', 0x78, -1, false, true],
          ['', '*"*', 'x', -1, -1, false, true],
          ['', '*"*', ' ', -1, -1, false, true],
          ['x', '*"*', '', -1, 0x78, true, true],
        ],
      },
    );
  });
});
