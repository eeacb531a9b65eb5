// The html format: Notify's email Markdown subset (alphagov/notifications-utils, notifications_utils/markdown.py:
// paragraphs with hard line breaks, `*`/`-`/`•` bullets, `1.` numbers, `#` as the only heading, `^` inset text,
// horizontal rules, links; emphasis, code and the rest switched off) as simple HTML without styles.
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
  it('there is no emphasis, code or raw HTML', () => {
    expect(html('**bold** _it_ `code` <em>x</em>')).toBe('<p>**bold** _it_ `code` &lt;em&gt;x&lt;/em&gt;</p>');
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
  it('Markdown in a value is rendered, as in Notify (values are escaped, then the Markdown is read)', () => {
    expect(html('((v))', { v: '# Heading\n* item' })).toBe('<h2>Heading</h2>\n<ul>\n<li>item</li>\n</ul>');
  });
});
