// The html format: Notify's email Markdown subset (alphagov/notifications-utils, notifications_utils/markdown.py at
// commit ca2506c6: paragraphs with hard line breaks, `*`/`-`/`•` bullets, `1.` numbers, `#` as the only heading, `^`
// inset text, horizontal rules, links; code and the rest switched off) as simple HTML without styles, plus emphasis
// (which GOV.UK Notify leaves literal; the issue asks for it). A value's characters are never Markdown.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const html = (body: string, values: Record<string, unknown> = {}) =>
  renderTemplate({ subject: 'S', body }, values as never, { format: 'html' }).body;

describe('blocks', () => {
  it('paragraphs are separated by blank lines; single line breaks become <br>', () => {
    expect(html('First line\nsecond line\n\n\n\nNext paragraph')).toBe('<p>First line<br>second line</p>\n<p>Next paragraph</p>');
  });
  it('lines are trimmed and an empty body renders as nothing', () => {
    expect(html('   a   \n\t b\t')).toBe('<p>a<br>b</p>');
    expect(html('')).toBe('');
    expect(html(' \n\n \t\n')).toBe('');
  });
  it('"* ", "- " and "• " lines are a bullet list', () => {
    expect(html('* one\n- two\n• three')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ul>');
  });
  it('"1. " lines are a numbered list (the numbers themselves are not kept)', () => {
    expect(html('1. one\n2. two\n7. three')).toBe('<ol>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ol>');
  });
  it('a list continues over blank lines while items of the same kind follow, then ends', () => {
    expect(html('* a\n\n* b\n\nAfter')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>After</p>');
  });
  it('a line that is not an item continues the item above (lazy continuation)', () => {
    expect(html('* a\nmore about a\n* b')).toBe('<ul>\n<li>a<br>more about a</li>\n<li>b</li>\n</ul>');
  });
  it('a change of kind starts a new list', () => {
    expect(html('* a\n1. b')).toBe('<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>');
  });
  it('a bullet line or a "1." line right after a paragraph line starts a list; another number does not', () => {
    expect(html('Reasons:\n* a')).toBe('<p>Reasons:</p>\n<ul>\n<li>a</li>\n</ul>');
    expect(html('Reasons:\n1. a')).toBe('<p>Reasons:</p>\n<ol>\n<li>a</li>\n</ol>');
    expect(html('Published in\n2026. Then')).toBe('<p>Published in<br>2026. Then</p>');
  });
  it('a marker needs a space after it: "-5 degrees", "*note" and "2.5 million" are text', () => {
    expect(html('-5 degrees\n*note\n2.5 million')).toBe('<p>-5 degrees<br>*note<br>2.5 million</p>');
  });
  it('"# " is a heading, rendered <h2> as in Notify; "## " and deeper become a paragraph', () => {
    expect(html('# Your complaint\nText')).toBe('<h2>Your complaint</h2>\n<p>Text</p>');
    expect(html('## Part two\nText')).toBe('<p>Part two</p>\n<p>Text</p>');
    expect(html('#hashtag')).toBe('<p>#hashtag</p>');
  });
  it('"^ " is inset text, running to the next blank line', () => {
    expect(html('^ You can ask for stage 2\nwithin 20 working days.\n\nAfter')).toBe(
      '<blockquote><p>You can ask for stage 2<br>within 20 working days.</p></blockquote>\n<p>After</p>',
    );
    expect(html('Before\n^Note\n^ more')).toBe('<p>Before</p>\n<blockquote><p>Note<br>more</p></blockquote>');
  });
  it('"---", "***", "___" and "- - -" on a line of their own are a horizontal rule', () => {
    expect(html('a\n\n---\n\nb\n***\n___\n- - -')).toBe('<p>a</p>\n<hr>\n<p>b</p>\n<hr>\n<hr>\n<hr>');
  });
  it('there is no code or raw HTML', () => {
    expect(html('`code` <em>x</em>')).toBe('<p>`code` &lt;em&gt;x&lt;/em&gt;</p>');
  });
});

// Deliberately unlike GOV.UK Notify, whose email renderer drops mistune's emphasis rules and leaves `**bold**` as
// written (tests/test_markdown.py, test_double_emphasis and test_emphasis at commit c93d8c04): the issue asks for the
// body's emphasis as HTML, as the Canadian fork of Notify renders it (double_emphasis → <strong>, emphasis → <em>).
describe('emphasis in the template (a difference from GOV.UK Notify)', () => {
  it('**text** and __text__ are <strong>; *text* and _text_ are <em>', () => {
    expect(html('**Please note:** reply by *Friday* or __today__, _if you can_.')).toBe(
      '<p><strong>Please note:</strong> reply by <em>Friday</em> or <strong>today</strong>, <em>if you can</em>.</p>',
    );
  });
  it('works in list items, headings and inset text, and around a value (which stays text)', () => {
    expect(html('* **a** b\n\n# *Title*\n\n^ _note_ **((v))**', { v: '*x*' })).toBe(
      '<ul>\n<li><strong>a</strong> b</li>\n</ul>\n<h2><em>Title</em></h2>\n<blockquote><p><em>note</em> <strong>*x*</strong></p></blockquote>',
    );
  });
  it('a delimiter next to a space, inside a word (for _), or without a partner stays as written', () => {
    expect(html('a * b * c, 2*3, snake_case_name, ** x**, **unclosed, _open')).toBe(
      '<p>a * b * c, 2*3, snake_case_name, ** x**, **unclosed, _open</p>',
    );
  });
  it('emphasis stays on one line', () => {
    expect(html('**one\ntwo**')).toBe('<p>**one<br>two**</p>');
  });
  it('a link inside emphasis is a link; emphasis does not nest', () => {
    expect(html('**see https://www.gov.uk**')).toBe('<p><strong>see <a href="https://www.gov.uk">https://www.gov.uk</a></strong></p>');
    expect(html('**a *b* c**')).toBe('<p><strong>a *b* c</strong></p>');
  });
  it('quotes inside emphasis open and close as they would without it', () => {
    expect(html('**"Note"**')).toBe('<p><strong>\u201cNote\u201d</strong></p>');
  });
});

describe('links', () => {
  it('a bare https URL becomes a link, without trailing sentence punctuation', () => {
    expect(html('Visit https://www.gov.uk/complain.')).toBe(
      '<p>Visit <a href="https://www.gov.uk/complain">https://www.gov.uk/complain</a>.</p>',
    );
    expect(html('(see http://example.org/a), then')).toBe(
      '<p>(see <a href="http://example.org/a">http://example.org/a</a>), then</p>',
    );
  });
  it('a closing bracket that matches one inside the URL stays part of it', () => {
    expect(html('https://en.wikipedia.org/wiki/Ombudsman_(UK)')).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Ombudsman_(UK)">https://en.wikipedia.org/wiki/Ombudsman_(UK)</a></p>',
    );
  });
  it('the scheme is matched in any case', () => {
    expect(html('HTTPS://EXAMPLE.ORG')).toBe('<p><a href="HTTPS://EXAMPLE.ORG">HTTPS://EXAMPLE.ORG</a></p>');
  });
  it('[text](https://…) is a link with that text', () => {
    expect(html('Contact the [Ombudsman](https://www.lgo.org.uk) today')).toBe(
      '<p>Contact the <a href="https://www.lgo.org.uk">Ombudsman</a> today</p>',
    );
  });
  it('no other scheme becomes a link', () => {
    expect(html('javascript:alert(1) data:text/html,x mailto:a@example.org www.example.org')).toBe(
      '<p>javascript:alert(1) data:text/html,x mailto:a@example.org www.example.org</p>',
    );
    expect(html('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>');
    expect(html('[click](JavaScript:alert(1))')).toBe('<p>[click](JavaScript:alert(1))</p>');
  });
  it('a URL glued to a word is not a link', () => {
    expect(html('xhttps://example.org')).toBe('<p>xhttps://example.org</p>');
  });
  it('the href is escaped and ends at a quote or angle bracket', () => {
    expect(html('https://example.org/?a=1&b=2')).toBe(
      '<p><a href="https://example.org/?a=1&amp;b=2">https://example.org/?a=1&amp;b=2</a></p>',
    );
    expect(html('https://example.org/"x')).toBe('<p><a href="https://example.org/">https://example.org/</a>\u201dx</p>');
  });
});

describe('escaping and typography in HTML', () => {
  it('values and the template\'s own text are escaped: & < > and a straight apostrophe that stays straight', () => {
    expect(html('Fish & chips <b>((v))</b>', { v: '<i>x</i>' })).toBe('<p>Fish &amp; chips &lt;b&gt;&lt;i&gt;x&lt;/i&gt;&lt;/b&gt;</p>');
    expect(html("o'neill@example.org")).toBe('<p>o&#39;neill@example.org</p>');
  });
  it('typography applies to text, lists and headings, not to URLs', () => {
    expect(html('# Stage 1 - response\n* "quoted"\n\nhttps://example.org/a-b - it\'s')).toBe(
      '<h2>Stage 1 – response</h2>\n<ul>\n<li>\u201cquoted\u201d</li>\n</ul>\n<p><a href="https://example.org/a-b">https://example.org/a-b</a> – it\u2019s</p>',
    );
  });
});

// The rule ("impossible to send … with a complainant's text turned into markup"), deliberately unlike
// Notify, which HTML-escapes a value and then reads Markdown in it: a value's characters are always text.
describe('a value is text, never Markdown (a difference from GOV.UK Notify)', () => {
  it('a value cannot make a heading, an inset or a link', () => {
    expect(html('((v))', { v: '# URGENT\n^ see https://evil.example/login' })).toBe(
      '<p># URGENT<br>^ see https://evil.example/login</p>',
    );
  });
  it('a value cannot make a list, a numbered list or a rule', () => {
    expect(html('((v))', { v: '* one\n- two\n1. three\n---\n***' })).toBe('<p>* one<br>- two<br>1. three<br>---<br>***</p>');
  });
  it('a value cannot make emphasis, or open or close the template\'s', () => {
    expect(html('((v))', { v: '**bold** _it_' })).toBe('<p>**bold** _it_</p>');
    expect(html('**((v)) done**', { v: 'x** y' })).toBe('<p><strong>x** y done</strong></p>');
    expect(html('*((v))', { v: 'x*' })).toBe('<p>*x*</p>');
  });
  it('a value cannot make a [text](url) link, nor complete one the template started', () => {
    expect(html('((v))', { v: '[Log in](https://evil.example)' })).toBe('<p>[Log in](https://evil.example)</p>');
    expect(html('[Log in](((v)))', { v: 'https://evil.example' })).toBe('<p>[Log in](https://evil.example)</p>');
    expect(html('((v))(https://example.org)', { v: '[x]' })).toBe(
      '<p>[x](<a href="https://example.org">https://example.org</a>)</p>',
    );
  });
  it('a URL written in the template runs on through a value (a personalised link), and stops at whitespace', () => {
    expect(html('Track it: https://example.org/case/((ref)).', { ref: 'ABC-123' })).toBe(
      '<p>Track it: <a href="https://example.org/case/ABC-123">https://example.org/case/ABC-123</a>.</p>',
    );
    expect(html('https://example.org/((ref))', { ref: 'x https://evil.example' })).toBe(
      '<p><a href="https://example.org/x">https://example.org/x</a> https://evil.example</p>',
    );
  });
  it('a value\'s line breaks stay line breaks, and a blank line in it ends the paragraph', () => {
    expect(html('Details: ((v))', { v: 'line one\nline two\n\nnext' })).toBe('<p>Details: line one<br>line two</p>\n<p>next</p>');
  });
  it('a value inside a template list item or heading is text within it', () => {
    expect(html('* Reason: ((v))\n# About ((v))', { v: '# x' })).toBe('<ul>\n<li>Reason: # x</li>\n</ul>\n<h2>About # x</h2>');
  });
  it('a value continuing a template line cannot turn the line into Markdown', () => {
    expect(html('-((v))', { v: '-- ' })).toBe('<p>---</p>');
    expect(html('((v)) item', { v: '*' })).toBe('<p>* item</p>');
  });
});
