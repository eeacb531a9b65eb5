// Inline Markdown cases the mutation run (issue 18) found untested in src/templates/inline.ts.
//
// Every expected output is GOV.UK Notify's, from its code: notifications-utils a9af02ae (NOTIFY_VERSION) with
// mistune 0.8.4, run with `PlainTextEmailTemplate` and `HTMLEmailTemplate` (`template.py`), inline styles, the
// layout wrappers and the plain-text email's trailing newline left out (the comparison rule of
// docs/notify-differences.md). What the code says:
// - mistune 0.8.4's inline `url` is replaced by Notify's `^(https?:\/\/[^\s<]+[^<.,:"')\]\s])`: at least two
//   characters after `://`, so `http://a` is text and `http://ab` a link.
// - The URL's last character may not be one of `< . , : " ' ) ]`, and the URL stops at whitespace or `<` (in plain
//   text: Notify's HTML email has escaped the `<` to `&lt;` first, so there the URL runs through it).
// - mistune 0.8.4's inline `link`: `^!?\[(inside)\]\(\s*(<)?([\s\S]*?)(?(2)>)(?:\s+['"]([\s\S]*?)['"])?\s*\)`.
//   `\s*` lets whitespace come before the address. `(<)?` is optional: when no `>` lets the rest match, Python's
//   regular expression tries again without it, and the `<` is the address's first character (plain text, where
//   Notify has not escaped the `<`): `[a](<http://x)` is `a: <http://x`, `[a](<http://x>y)` is `a: <http://x>y`.
// - In an HTML preview Notify's `Field` has written a missing placeholder as
//   `<span class='placeholder'>&#40;&#40;name&#41;&#41;</span>` before the Markdown runs, so a placeholder in a link's
//   address is part of the address (its `<` is not `&lt;`: only the template's text is escaped), and
//   `create_sanitised_html_for_url` percent-encodes it (`quote(link, safe=":/?#=&;%")`: `<` %3C, space %20,
//   `'` %27, `>` %3E), `http://` put in front when the address does not start with a known scheme.
// - The title is the lazy `([\s\S]*?)` between quotes: it ends at the first quote followed by optional whitespace and
//   `)`, so `"t" u "v"` is the title `t" u "v` (Python's `re` gives ('a', None, 'http://x', 't" u "v')). Notify writes
//   it into `title` unescaped; this library escapes it for the attribute (docs/notify-differences.md).
// - Each link is read on its own, so a link inside the `marked` emphasis option's `**…**` (this library's option, not
//   Notify's) and one after it are the same links as without it.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const render = (body: string, format: 'text' | 'html') => renderTemplate({ subject: 'S', body }, {}, { format }).body;
const preview = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'html', missing: 'preview' }).body;

describe('bare URLs', () => {
  it('one character after :// is not a URL; two are', () => {
    expect(render('http://a', 'text')).toBe('http://a');
    expect(render('http://a', 'html')).toBe('<p>http://a</p>');
    expect(render('http://ab', 'html')).toBe('<p><a href="http://ab">http://ab</a></p>');
    expect(render('see http://a now', 'html')).toBe('<p>see http://a now</p>');
  });

  it('a URL does not end with , or ], and stops at < in plain text', () => {
    expect(render('see http://ab, then (http://cd]) x', 'html')).toBe('<p>see <a href="http://ab">http://ab</a>, then (<a href="http://cd">http://cd</a>]) x</p>');
    // Notify's plain text: 'http://ab<”x” y' (the quotes after the URL are text, and curled)
    expect(render('http://ab<"x" y', 'text')).toBe('http://ab<”x” y');
  });
});

describe('Markdown links: the address', () => {
  it('whitespace between ( and the address', () => {
    expect(render('[a]( http://x.com)', 'text')).toBe('a: http://x.com');
    expect(render('[a]( http://x.com)', 'html')).toBe('<p><a href="http://x.com">a</a></p>');
    expect(render('[a]( http://x.com "t" )', 'text')).toBe('a (t): http://x.com');
    expect(render('[a]( http://x.com "t" )', 'html')).toBe('<p><a href="http://x.com" title="t">a</a></p>');
  });

  it('`(<` with no `>` that closes it: the `<` is part of the address', () => {
    expect(render('[a](<http://x)', 'text')).toBe('a: <http://x');
    expect(render('[a](<http://x "t")', 'text')).toBe('a (t): <http://x');
    expect(render('[a](<http://x)', 'html')).toBe('<p><a href="http://&lt;http://x">a</a></p>');
  });

  it('`(<…>` followed by more than a title and `)`: the brackets are part of the address', () => {
    expect(render('[a](<http://x>y)', 'text')).toBe('a: <http://x>y');
    expect(render('[a](<http://x>y)', 'html')).toBe('<p><a href="http://&lt;http://x&gt;y">a</a></p>');
    expect(render('[a](<http://x> "t")', 'text')).toBe('a (t): http://x');
  });
});

describe('Markdown links: what is not one, and empty or odd addresses', () => {
  it('a [ before the ] or a space before the ( makes no link', () => {
    expect(render('[a[(x)', 'text')).toBe('[a[(x)');
    expect(render('[a[(x)', 'html')).toBe('<p>[a[(x)</p>');
    expect(render('[a] (http://x)', 'text')).toBe('[a] (http://x)');
    expect(render('[a] (http://x)', 'html')).toBe('<p>[a] (http://x)</p>');
  });

  it('an empty address links to http://', () => {
    expect(render('[a]()', 'text')).toBe('a: ');
    expect(render('[a]()', 'html')).toBe('<p><a href="http://">a</a></p>');
  });

  it('in <…>, the address runs to the > before the ), past a )', () => {
    expect(render('[a](<http://x)>)', 'text')).toBe('a: http://x)');
    // HTML: Notify has escaped the < (no angle brackets to read), so the address is `&lt;http://x` up to the first )
    expect(render('[a](<http://x)>)', 'html')).toBe('<p><a href="http://&lt;http://x">a</a>&gt;)</p>');
  });

  it('a quote is a title only after whitespace, and only with its closing quote before the )', () => {
    expect(render('[a](http://x y")', 'html')).toBe('<p><a href="http://x%20y%22">a</a></p>');
    expect(render('[a](http://x"t")', 'html')).toBe('<p><a href="http://x%22t%22">a</a></p>');
    expect(render('[a](http://x ")', 'html')).toBe('<p><a href="http://x%20%22">a</a></p>');
  });
});

describe('Markdown links: the title', () => {
  it('ends at the first quote followed by ) ', () => {
    expect(render('[a](http://x "t" u "v")', 'html')).toBe('<p><a href="http://x" title="t&quot; u &quot;v">a</a></p>');
  });

  it('a quote with no ) after it ends no title: the address runs to the )', () => {
    // Notify: '<a href="https://x.example%20%22t">a</a> z”'
    expect(render('[a](https://x.example "t) z"', 'html')).toBe('<p><a href="https://x.example%20%22t">a</a> z”</p>');
  });

  it('links with titles inside and after emphasis (the marked option)', () => {
    const body = 'x **[a](http://x "t")** [b](http://y "u")';
    const html = renderTemplate({ subject: 'S', body }, {}, { format: 'html', emphasis: 'marked' }).body;
    expect(html).toBe('<p>x <strong><a href="http://x" title="t">a</a></strong> <a href="http://y" title="u">b</a></p>');
  });
});

describe('an HTML preview: a missing placeholder in a link address', () => {
  it('the whole address', () => {
    expect(preview('[Sign in](((link)))')).toBe('<p><a href="http://%3Cspan%20class=%27placeholder%27%3E&#40;&#40;link&#41;&#41;%3C/span%3E">Sign in</a></p>');
  });

  it('part of the address, after an escaped &', () => {
    expect(preview('[a](http://x/?a=1&b=((c)))')).toBe('<p><a href="http://x/?a=1&amp;b=%3Cspan%20class=%27placeholder%27%3E&#40;&#40;c&#41;&#41;%3C/span%3E">a</a></p>');
  });

  it('a conditional placeholder', () => {
    expect(preview('x [a](http://x/((ref??yes))) y')).toBe(
      '<p>x <a href="http://x/%3Cspan%20class=%27placeholder-conditional%27%3E&#40;&#40;ref??%3C/span%3Eyes&#41;&#41;">a</a> y</p>',
    );
  });
});
