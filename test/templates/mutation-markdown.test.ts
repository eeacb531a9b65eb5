// The Markdown step (src/templates/markdown.ts), cases the mutation run of issue 18 found untested.
//
// The rule tested here is the library's one deliberate difference from GOV.UK Notify (docs/notify-differences.md,
// markdown.ts): a value's characters are never Markdown. A table's `---|---` row and a code block's four leading
// spaces count only when the template itself has them; written by a value they are text, in an ordinary paragraph.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const html = (body: string, values: Record<string, string>) => renderTemplate({ subject: 'S', body }, values, { format: 'html' }).body;
const text = (body: string, values: Record<string, string>) => renderTemplate({ subject: 'S', body }, values, { format: 'text' }).body;

describe("a value's characters are never Markdown", () => {
  it("a value's `---|---` under a line with a bar is not a table's rule: both lines stay, one paragraph", () => {
    expect(html('a | b\n((rule))', { rule: '---|---' })).toBe('<p>a | b<br>---|---</p>');
    expect(text('a | b\n((rule))', { rule: '---|---' })).toBe('a | b\n---|---');
    // the same rule written in the template is a table, which Notify drops (markdown-blocks.test.ts)
    expect(html('a | b\n---|---', {})).toBe('');
  });

  it("a value's four spaces do not start a code block: a paragraph", () => {
    expect(html('((indent))code', { indent: '    ' })).toBe('<p>code</p>');
    expect(html('    code', {})).toBe('code');
  });
});

describe('a setext heading: the underline may have spaces around it', () => {
  // mistune 0.8's `lheading` (Notify's Markdown): `^([^\n]+)\n *(=|-)+ *(?:\n+|$)`, spaces before and after the
  // underline; level 1 (`=`) is Notify's `<h2>`, level 2 (`-`) its `<h3>` (markdown.ts).
  it('`Title` over `  ===  ` is a level-1 heading; over `  ---` a level-2 one', () => {
    expect(html('Title\n  ===  ', {})).toBe('<h2>Title</h2>');
    expect(html('Title\n  ---', {})).toBe('<h3>Title</h3>');
  });
  it('an underline with other characters in it is not one', () => {
    expect(html('Title\n==x', {})).toBe('<p>Title<br>==x</p>');
  });
});

describe('a fence is closed by the same fence', () => {
  // Notify (mistune 0.8, `(`{3,}|~{3,})` … `\1`), run on the first: `<p>a</p>code\n~~~\nmore<p>b</p>`, the same
  // blocks without the line breaks this library writes between them.
  it('``` is not closed by ~~~, nor ~~~ by ```', () => {
    expect(html('a\n\n```\ncode\n~~~\nmore\n```\n\nb', {})).toBe('<p>a</p>\ncode\n~~~\nmore\n<p>b</p>');
    expect(html('a\n\n~~~\ncode\n```\nmore\n~~~\n\nb', {})).toBe('<p>a</p>\ncode\n```\nmore\n<p>b</p>');
  });
});
