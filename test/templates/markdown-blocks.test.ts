// Code blocks, tables and headings as GOV.UK Notify's email Markdown reads them (issue 18: no test reached these).
//
// Independent answers, read from Notify's code: notifications-utils (notifications_utils/markdown.py) renders with
// mistune 0.8 and overrides `block_code` to return the code's text as it is (no <p>, no <pre>), `table` to return ""
// (a table is dropped), and `header` to write level 1 as <h2>, level 2 as <h3>, and deeper levels as a paragraph (in
// plain text: level 1 underlined with 65 `=`, level 2 with 65 `-`). mistune 0.8's block grammar:
// - `block_code`: `^( {4}[^\n]+\n*)+`, with `^ {4}` removed from each line (so blank lines between two indented lines
//   are part of the block, and a line of fewer than four spaces is not code);
// - `fences`: `^ *(`{3,}|~{3,}) *(\S+)? *\n([\s\S]+?)\s*\1 *(?:\n+|$)`;
// - `heading`: `^ *(#{1,6}) *([^\n]+?) *#* *(?:\n+|$)` (closing #s dropped; seven #s are a level-6 heading whose text
//   starts with `#`); `lheading` (`===`/`---` under a line);
// - `nptable`: `^ *(\S.*\|.*)\n *([-:]+ *\|[-| :]*)\n((?:.*\|.*(?:\n|$))*)\n*` and `table`:
//   `^ *\|(.+)\n *\|( *[-:]+[-| :]*)\n((?: *\|.*(?:\n|$))*)\n*`.
// Blocks are written one a line here (Notify writes them end to end; the reader sees the same, see
// docs/notify-differences.md).
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const html = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'html' }).body;
const text = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'text' }).body;

describe('indented code', () => {
  it('four spaces start a code block, written as its lines without the four spaces, more indent kept', () => {
    expect(html('Para\n\n    code line 1\n      code line 2\n\nAfter')).toBe('<p>Para</p>\ncode line 1\n  code line 2\n<p>After</p>');
  });

  it('blank lines between indented lines stay in the block; a line after it without indent is a new paragraph', () => {
    expect(html('Para\n\n    code 1\n\n    code 2\nAfter')).toBe('<p>Para</p>\ncode 1\n\ncode 2\n<p>After</p>');
    expect(html('    code\n\n\n    more')).toBe('code\n\n\nmore');
    expect(text('    code\n\n\n    more')).toBe('code\n\n\nmore');
  });

  it('blank lines after the block are not part of it', () => {
    expect(html('    a\n\n\n\nAfter')).toBe('a\n<p>After</p>');
    expect(html('Para\n\n    code\n\n     \n\nAfter')).toBe('<p>Para</p>\ncode\n<p>After</p>');
  });

  it('three spaces are not code', () => {
    expect(html('   code3\n\nx')).toBe('<p>code3</p>\n<p>x</p>');
  });
});

describe('fenced code', () => {
  it('the lines between the fences as they are, blank lines at either end left out', () => {
    expect(html('```\n    x\n```\nAfter')).toBe('    x\n<p>After</p>');
    expect(html('Before\n\n```\n\nx\n\n```\n\nAfter')).toBe('<p>Before</p>\nx\n<p>After</p>');
    expect(html('~~~\na\n\nb\n~~~')).toBe('a\n\nb');
  });
});

describe('tables are dropped', () => {
  it('with or without the outer bars, with alignment colons', () => {
    expect(html('a | b\n---|---\nc | d\n\nAfter')).toBe('<p>After</p>');
    expect(html('a|b\n- | -\n\nAfter')).toBe('<p>After</p>');
    expect(text('a | b\n---|---\nc | d\n\nAfter')).toBe('After');
    // `table`: rows start with a bar, so `e` is a paragraph after it.
    expect(html('| a | b |\n|:--|--:|\n| c | d |\ne\n\nAfter')).toBe('<p>e</p>\n<p>After</p>');
  });

  it('a second line that is not a separator row leaves a paragraph', () => {
    expect(html('a | b\n--x|---\n\nAfter')).toBe('<p>a | b<br>--x|---</p>\n<p>After</p>');
    expect(html('a | b\n|||\n\nAfter')).toBe('<p>a | b<br>|||</p>\n<p>After</p>');
    // `---` alone under a line is a level-2 heading (lheading), not a table.
    expect(html('a | b\n---\n\nAfter')).toBe('<h3>a | b</h3>\n<p>After</p>');
  });
});

describe('headings', () => {
  it('closing #s are dropped; seven #s are a level-6 heading (a paragraph) starting with #', () => {
    expect(html('# Title #\n\n## Sub ##')).toBe('<h2>Title</h2>\n<h3>Sub</h3>');
    expect(text('# Title #\n\n## Sub ##')).toBe(`Title\n${'='.repeat(65)}\n\n\nSub\n${'-'.repeat(65)}`);
    expect(html('###### six ######')).toBe('<p>six</p>');
    expect(html('####### seven')).toBe('<p># seven</p>');
  });

  it('a heading needs text: `#` alone is a paragraph, `# #` a heading reading #', () => {
    expect(html('#')).toBe('<p>#</p>');
    expect(html('# #')).toBe('<h2>#</h2>');
  });
});
