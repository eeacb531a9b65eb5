import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

/*
 * The `marked` emphasis option: `_` does not open or close inside a word (issue 18: the word-character test had
 * surviving mutants at each edge of its ranges). A word character is a letter, a digit or `_` (Python's `\w`, as
 * documented on `Emphasis`), in any script: the characters either side of each range edge are tried. U+10000 (𐀀,
 * LINEAR B SYLLABLE B008 A, a letter) starts with the first high surrogate, U+1D7FF (𝟿, MATHEMATICAL MONOSPACE DIGIT
 * NINE) ends with the last low surrogate.
 */

const marked = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'html', emphasis: 'marked' }).body;

const WORD = ['0', '5', '9', 'A', 'M', 'Z', 'a', 'm', 'z', 'é', '٣', '𐀀', '𝟿'];
const NOT_WORD = ['/', ':', '@', '^', '`', '{', '~', '—', '€', '！'];

describe('marked emphasis: `_` next to a word character', () => {
  it.each(WORD)('after %s, `_` does not open', (c) => {
    expect(marked(`x ${c}_a_ y`)).toBe(`<p>x ${c}_a_ y</p>`);
  });
  it.each(WORD)('before %s, `_` does not close', (c) => {
    expect(marked(`x _a_${c} y`)).toBe(`<p>x _a_${c} y</p>`);
  });
});

describe('marked emphasis: `_` next to a character that is not a word character', () => {
  it.each(NOT_WORD)('after %s, `_` opens', (c) => {
    expect(marked(`x ${c}_a_ y`)).toBe(`<p>x ${c}<em>a</em> y</p>`);
  });
  it.each(NOT_WORD)('before %s, `_` closes', (c) => {
    expect(marked(`x _a_${c} y`)).toBe(`<p>x <em>a</em>${c} y</p>`);
  });
});

describe('marked emphasis: `_` is a word character itself', () => {
  it('`__` followed by a third `_` does not close there: the last two do', () => {
    expect(marked('x __a___ y')).toBe('<p>x <u>a_</u> y</p>');
  });
});
