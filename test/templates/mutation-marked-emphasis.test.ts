import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

/*
 * The `marked` emphasis option's own rules (issue 18: the checks where a delimiter opens or closes had surviving
 * mutants). As documented on `Emphasis` and in inline.ts: `**text**` bold, `__text__` underlined, `*text*` and
 * `_text_` italic; the text does not start or end with a space; `_` does not open or close inside a word. A delimiter
 * that does not open or close is printed as typed.
 */

const marked = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'html', emphasis: 'marked' }).body;

describe('marked emphasis: what opens and closes', () => {
  it('the plain cases', () => {
    expect(marked('x __bold__ y')).toBe('<p>x <u>bold</u> y</p>');
    expect(marked('x **bold** y')).toBe('<p>x <strong>bold</strong> y</p>');
    expect(marked('x _a_ y')).toBe('<p>x <em>a</em> y</p>');
    expect(marked('x *a* y')).toBe('<p>x <em>a</em> y</p>');
  });

  it('`_` inside a word neither opens nor closes', () => {
    expect(marked('a snake_case_name here')).toBe('<p>a snake_case_name here</p>');
    expect(marked('x _a_b y')).toBe('<p>x _a_b y</p>');
    expect(marked('x __bold__text y')).toBe('<p>x __bold__text y</p>');
    // ... also when an underline closes later on the line
    expect(marked('a snake_case and __b__ c')).toBe('<p>a snake_case and <u>b</u> c</p>');
  });

  it('a single `_` does not close next to another `_`', () => {
    expect(marked('x _a__ y')).toBe('<p>x _a__ y</p>');
  });

  it('a delimiter followed by a space does not open', () => {
    expect(marked('x ** y** z')).toBe('<p>x ** y** z</p>');
    expect(marked('x * y* z')).toBe('<p>x * y* z</p>');
    expect(marked('x _ y_ z')).toBe('<p>x _ y_ z</p>');
    // ... also when an underline closes later on the line
    expect(marked('x * y and __b__ z')).toBe('<p>x * y and <u>b</u> z</p>');
    // the second `*` of a pair that did not open does not open on its own
    expect(marked('x a** y and __b__ z')).toBe('<p>x a** y and <u>b</u> z</p>');
  });

  it('a delimiter after a space does not close', () => {
    expect(marked('x *y * z')).toBe('<p>x *y * z</p>');
    expect(marked('x __y __ z')).toBe('<p>x __y __ z</p>');
  });
});
