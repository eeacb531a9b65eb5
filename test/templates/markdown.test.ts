// The html format: Notify's email Markdown (alphagov/notifications-utils 127.0.0, a9af02ae, notifications_utils/
// markdown.py: mistune 0.8 with Notify's block grammar: paragraphs with hard line breaks, `*`/`-`/`•`/`1.` lists with
// or without a space after the marker, `#`/`##` headings, `^` inset text, rules, links; emphasis, code spans and
// tables switched off) as simple HTML without styles. Emphasis only with the `marked` option. A value's characters
// are never Markdown. Notify's own cases run in test/templates/notify/.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const html = (body: string, values: Record<string, unknown> = {}) => renderTemplate({ subject: 'S', body }, values as never, { format: 'html' }).body;
const marked = (body: string, values: Record<string, unknown> = {}) =>
  renderTemplate({ subject: 'S', body }, values as never, { format: 'html', emphasis: 'marked' }).body;
const text = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'text' }).body;

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
  it('a numbered line in a bullet list is another item of it; the first item decides the kind (as Notify)', () => {
    // Notify's list_item splits at any line starting [•*-] or \d+\.
    expect(html('* a\n1. b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
  });
  it("a marker and a space right after a paragraph line start a list (Notify's paragraph stops there)", () => {
    expect(html('Reasons:\n* a')).toBe('<p>Reasons:</p>\n<ul>\n<li>a</li>\n</ul>');
    expect(html('Reasons:\n1. a')).toBe('<p>Reasons:</p>\n<ol>\n<li>a</li>\n</ol>');
    expect(html('Published in\n2026. Then')).toBe('<p>Published in</p>\n<ol>\n<li>Then</li>\n</ol>');
    // without the space the line continues the paragraph
    expect(html('Reasons:\n*a\n2026.Then')).toBe('<p>Reasons:<br>*a<br>2026.Then</p>');
  });
  it('where a block starts, a marker needs no space (as Notify): "-5 degrees", "*note" and "2.5 million" are items', () => {
    expect(html('-5 degrees\n*note\n2.5 million')).toBe('<ul>\n<li>5 degrees</li>\n<li>note</li>\n<li>5 million</li>\n</ul>');
    expect(html('1.one\n2.two')).toBe('<ol>\n<li>one</li>\n<li>two</li>\n</ol>');
  });
  it('"+ " lines are paragraphs of their own, as Notify has them', () => {
    expect(html('+ one\n+ two')).toBe('<p>+ one</p>\n<p>+ two</p>');
  });
  it('"#" is <h2> and "##" <h3>, as in Notify (a space is not needed); "###" and deeper become a paragraph', () => {
    expect(html('# Your complaint\nText')).toBe('<h2>Your complaint</h2>\n<p>Text</p>');
    expect(html('## Part two\nText')).toBe('<h3>Part two</h3>\n<p>Text</p>');
    expect(html('### Part three')).toBe('<p>Part three</p>');
    expect(html('#hashtag')).toBe('<h2>hashtag</h2>');
  });
  it('a line underlined with === or --- is a heading (level 1 or 2), as mistune reads it', () => {
    expect(html('Title\n===\nText')).toBe('<h2>Title</h2>\n<p>Text</p>');
    expect(html('Part\n---')).toBe('<h3>Part</h3>');
  });
  it('a table is dropped, and an image, as Notify drops them', () => {
    expect(html('Before\n\ncol | col\n----|----\nval | val\n\nAfter')).toBe('<p>Before</p>\n<p>After</p>');
    expect(html('![alt text](http://example.com/image.png)')).toBe('');
  });
  it('"^ " is inset text, running to the next blank line', () => {
    expect(html('^ You can ask for stage 2\nwithin 20 working days.\n\nAfter')).toBe(
      '<blockquote><p>You can ask for stage 2<br>within 20 working days.</p></blockquote>\n<p>After</p>',
    );
    // inside a paragraph a ^ line is text, as in Notify (its paragraph rule predates the ^ inset)
    expect(html('Before\n^Note\n^ more')).toBe('<p>Before<br>^Note<br>^ more</p>');
  });
  it('"---", "***", "___" and "- - -" on a line of their own are a horizontal rule', () => {
    expect(html('a\n\n---\n\nb\n***\n___\n- - -')).toBe('<p>a</p>\n<hr>\n<p>b</p>\n<hr>\n<hr>\n<hr>');
  });
  it('there are no code spans or raw HTML; a fenced block is written as its lines, without a paragraph', () => {
    expect(html('`code` <em>x</em>')).toBe('<p>`code` &lt;em&gt;x&lt;/em&gt;</p>');
    expect(html('```\nprint(1)\n```')).toBe('print(1)');
  });
});

// GOV.UK Notify drops mistune's emphasis rules and prints `**bold**` as written (tests/test_markdown.py,
// test_double_emphasis, test_emphasis, test_nested_emphasis): that is the default. The `marked` option reads it.
describe('emphasis: as typed by default (as Notify); bold, underline and italic with emphasis: marked', () => {
  it('by default **, __, * and _ are printed as typed, and "foo ****** bar" stays as written', () => {
    expect(html('something **important** and *this* and __that__')).toBe('<p>something **important** and *this* and __that__</p>');
    expect(html('foo ****** bar')).toBe('<p>foo ****** bar</p>');
  });
  it('marked: **text** is <strong>, __text__ is <u>, *text* and _text_ are <em>; a line may start with **', () => {
    expect(marked('**Please note:** reply by *Friday* or __today__, _if you can_.')).toBe(
      '<p><strong>Please note:</strong> reply by <em>Friday</em> or <u>today</u>, <em>if you can</em>.</p>',
    );
  });
  it('works in list items, headings and inset text, and around a value (which stays text)', () => {
    expect(marked('* **a** b\n\n# *Title*\n\n^ _note_ **((v))**', { v: '*x*' })).toBe(
      '<ul>\n<li><strong>a</strong> b</li>\n</ul>\n<h2><em>Title</em></h2>\n<blockquote><p><em>note</em> <strong>*x*</strong></p></blockquote>',
    );
  });
  it('a delimiter next to a space, inside a word (for _), or without a partner stays as written', () => {
    expect(marked('a * b * c, 2*3, snake_case_name, ** x**, **unclosed, _open')).toBe('<p>a * b * c, 2*3, snake_case_name, ** x**, **unclosed, _open</p>');
  });
  it('emphasis stays on one line', () => {
    expect(marked('**one\ntwo**')).toBe('<p>**one<br>two**</p>');
  });
  it('a link inside emphasis is a link; emphasis does not nest', () => {
    expect(marked('**see https://www.example.org**')).toBe('<p><strong>see <a href="https://www.example.org">https://www.example.org</a></strong></p>');
    expect(marked('**a *b* c**')).toBe('<p><strong>a *b* c</strong></p>');
  });
  it('quotes inside emphasis open and close as they would without it', () => {
    expect(marked('**"Note"**')).toBe('<p><strong>\u201cNote\u201d</strong></p>');
  });
});

describe('links', () => {
  it('a bare https URL becomes a link, without trailing sentence punctuation', () => {
    expect(html('Visit https://www.gov.uk/complain.')).toBe('<p>Visit <a href="https://www.gov.uk/complain">https://www.gov.uk/complain</a>.</p>');
    expect(html('(see http://example.org/a), then')).toBe('<p>(see <a href="http://example.org/a">http://example.org/a</a>), then</p>');
  });
  it("a bare URL never ends with ) (Notify's pattern), and ( ) are percent-encoded in href", () => {
    expect(html('https://en.wikipedia.org/wiki/Ombudsman_(UK)')).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Ombudsman_%28UK">https://en.wikipedia.org/wiki/Ombudsman_(UK</a>)</p>',
    );
  });
  it("the scheme is matched in lower case only, as Notify's pattern", () => {
    expect(html('HTTPS://EXAMPLE.ORG')).toBe('<p>HTTPS://EXAMPLE.ORG</p>');
  });
  it('[text](url "title") is a link with a title; an address without a scheme gets http://', () => {
    expect(html('[Example](http://example.com "An example URL")')).toBe('<p><a href="http://example.com" title="An example URL">Example</a></p>');
    expect(html('Visit our [website](www.example.com/xyz).')).toBe('<p>Visit our <a href="http://www.example.com/xyz">website</a>.</p>');
    expect(html('[Email us](mailto:complaints@example.org)')).toBe('<p><a href="mailto:complaints%40example.org">Email us</a></p>');
  });
  it('the href is percent-encoded as Notify encodes it (tests/test_markdown.py test_mailto_link_in_email_markdown_link)', () => {
    const href = (url: string) => /href="([^"]*)"/.exec(html(`Unusual [link](${url})`))?.[1];
    expect(href('mailto:unsubscribe@example.com')).toBe('mailto:unsubscribe%40example.com');
    expect(href('mailto:unsubscribe%40example.com')).toBe('mailto:unsubscribe%40example.com');
    expect(href('file:///C:\\Windows\\system32\\mspaint.exe')).toBe('file:///C:%5CWindows%5Csystem32%5Cmspaint.exe');
    expect(href('tel:+44123')).toBe('tel:%2B44123');
    expect(href('ftp://username:password@ftp.example.com/folder/')).toBe('ftp://username:password%40ftp.example.com/folder/');
  });
  it('[text](https://…) is a link with that text', () => {
    expect(html('Contact the [Ombudsman](https://www.lgo.org.uk) today')).toBe('<p>Contact the <a href="https://www.lgo.org.uk">Ombudsman</a> today</p>');
  });
  it('no other bare scheme becomes a link; a [link] to another scheme gets http:// in front, so it never runs', () => {
    expect(html('javascript:alert(1) data:text/html,x mailto:a@example.org www.example.org')).toBe(
      '<p>javascript:alert(1) data:text/html,x mailto:a@example.org www.example.org</p>',
    );
    // Notify's link pattern takes the shortest address: `javascript:alert(1`, then `)` is text
    expect(html('[click](javascript:alert(1))')).toBe('<p><a href="http://javascript:alert%281">click</a>)</p>');
    expect(html('[click](JavaScript:alert(1))')).toBe('<p><a href="http://JavaScript:alert%281">click</a>)</p>');
  });
  it('a URL glued to a word is a link from its http, as mistune reads text', () => {
    expect(html('xhttps://example.org')).toBe('<p>x<a href="https://example.org">https://example.org</a></p>');
  });
  it('the href is percent-encoded and escaped; a URL runs over quotes to whitespace (in plain text, or <)', () => {
    expect(html('https://example.org/?a=1&b=2')).toBe('<p><a href="https://example.org/?a=1&amp;b=2">https://example.org/?a=1&amp;b=2</a></p>');
    expect(html('https://example.org/"x')).toBe('<p><a href="https://example.org/%22x">https://example.org/"x</a></p>');
    // Notify's HTML email escapes the template (field.py, html='escape': `<` is `&lt;`) before its Markdown's URL
    // pattern `https?:\/\/[^\s<]+[^<.,:"')\]\s]` runs, so `<` does not end the URL there, and `&lt;` is kept in the
    // href (create_sanitised_html_for_url: quote(link, safe=":/?#=&;%")); the plain-text email is not escaped
    // (html='passthrough'), so `<` ends it there.
    expect(html('https://example.org/x<b>')).toBe('<p><a href="https://example.org/x&lt;b&gt;">https://example.org/x&lt;b&gt;</a></p>');
    expect(text('https://example.org/x<b>')).toBe('https://example.org/x<b>');
  });
  it("a tag written in the template is text, and a URL in it runs through its escaped brackets, as in Notify's email", () => {
    // Notify's HTML email: Field escapes the template (quote=False: `&lt;a href="https://example.com"&gt;Example&lt;/a&gt;`);
    // the URL pattern then takes `https://example.com"&gt;Example&lt;/a&gt;` (it ends with `;`), written by
    // create_sanitised_html_for_url (href: `"` percent-encoded, `&gt;` kept); smartypants curls the `"` after `=`
    // before the tag as a closing quote (`=` is in its close class) and leaves the link's text alone
    // (tests/test_markdown.py test_doesnt_make_links_out_of_invalid_urls#6 gives the raw tag to the Markdown step alone).
    expect(html('<a href="https://example.com">Example</a>')).toBe(
      '<p>&lt;a href=\u201d<a href="https://example.com%22&gt;Example&lt;/a&gt;">https://example.com"&gt;Example&lt;/a&gt;</a></p>',
    );
  });
  it('a link written [text](<address>) reads its angle brackets in plain text only (in HTML Notify has escaped them first)', () => {
    expect(text('[a](<https://example.org/x>)')).toBe('a: https://example.org/x');
    expect(html('[a](<https://example.org/x>)')).toBe('<p><a href="http://&lt;https://example.org/x&gt;">a</a></p>');
  });
});

describe('escaping and typography in HTML', () => {
  it("values and the template's own text are escaped: & < > (quotes need no escaping in text, as Notify writes it)", () => {
    expect(html('Fish & chips <b>((v))</b>', { v: '<i>x</i>' })).toBe('<p>Fish &amp; chips &lt;b&gt;&lt;i&gt;x&lt;/i&gt;&lt;/b&gt;</p>');
    expect(html("o'neill@example.org")).toBe("<p>o'neill@example.org</p>");
    // a curly apostrophe in an email address is straightened (Notify's remove_smart_quotes_from_email_addresses)
    expect(html('first.o\u2019last@example.com')).toBe("<p>first.o'last@example.com</p>");
  });
  it('HTML character references in the template are read as Notify reads them', () => {
    // tests/test_template_types.py test_html_entities_in_html_email and test_govuk_email_whitespace_hack
    expect(html('&lsqb; &rsqb; &lpar; &rpar; &ast; &sol; &num; &amp; &nbsp; &Hat;')).toBe('<p>[ ] ( ) * / # &amp; &nbsp; ^</p>');
    expect(html('one\n\n&nbsp;\n\ntwo')).toBe('<p>one</p>\n<p>&nbsp;</p>\n<p>two</p>');
    // &lpar; inside a placeholder's brackets makes a bracket, so there is no placeholder (test_lpar_rpar_in_conditional_placeholder)
    expect(html('((conditional?&lpar;with brackets&rpar;))')).toBe('<p>((conditional?(with brackets)))</p>');
    // a reference needs its semicolon; an unknown name stays as written
    expect(html('&amp &madeup; &#65;')).toBe('<p>&amp;amp &amp;madeup; A</p>');
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
    expect(html('((v))', { v: '# URGENT\n^ see https://evil.example/login' })).toBe('<p># URGENT<br>^ see https://evil.example/login</p>');
  });
  it('a value cannot make a list, a numbered list or a rule', () => {
    expect(html('((v))', { v: '* one\n- two\n1. three\n---\n***' })).toBe('<p>* one<br>- two<br>1. three<br>---<br>***</p>');
  });
  it("a value cannot make emphasis, or open or close the template's", () => {
    expect(marked('((v))', { v: '**bold** _it_' })).toBe('<p>**bold** _it_</p>');
    expect(marked('Note: **((v)) done**', { v: 'x** y' })).toBe('<p>Note: <strong>x** y done</strong></p>');
    expect(marked('Note: *((v))', { v: 'x*' })).toBe('<p>Note: *x*</p>');
  });
  it('a value cannot make a [text](url) link, nor close one the template started', () => {
    expect(html('((v))', { v: '[Log in](https://evil.example)' })).toBe('<p>[Log in](https://evil.example)</p>');
    // the template's own link may take its address from a value, as in Notify (the text and brackets are the template's)
    expect(html('[Log in](((v)))', { v: 'https://example.org/case/1' })).toBe('<p><a href="https://example.org/case/1">Log in</a></p>');
    expect(html('((v))(https://example.org)', { v: '[x]' })).toBe('<p>[x](<a href="https://example.org">https://example.org</a>)</p>');
  });
  it('a URL written in the template runs on through a value (a personalised link), and stops at whitespace', () => {
    expect(html('Track it: https://example.org/case/((ref)).', { ref: 'ABC-123' })).toBe(
      '<p>Track it: <a href="https://example.org/case/ABC-123">https://example.org/case/ABC-123</a>.</p>',
    );
    expect(html('https://example.org/((ref))', { ref: 'x https://evil.example' })).toBe(
      '<p><a href="https://example.org/x">https://example.org/x</a> https://evil.example</p>',
    );
  });
  it("a value's line breaks stay line breaks, and a blank line in it ends the paragraph", () => {
    expect(html('Details: ((v))', { v: 'line one\nline two\n\nnext' })).toBe('<p>Details: line one<br>line two</p>\n<p>next</p>');
  });
  it('a value inside a template list item or heading is text within it', () => {
    expect(html('* Reason: ((v))\n\n# About ((v))', { v: '# x' })).toBe('<ul>\n<li>Reason: # x</li>\n</ul>\n<h2>About # x</h2>');
  });
  it('a value continuing a template line cannot turn the line into Markdown', () => {
    // the template's `-` makes an item (as in Notify); the value's `--` cannot make it a rule
    expect(html('-((v))', { v: '-- ' })).toBe('<ul>\n<li>--</li>\n</ul>');
    expect(html('((v)) item', { v: '*' })).toBe('<p>* item</p>');
  });
});
