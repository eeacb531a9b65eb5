// Inline Markdown and typography paths no test reached (issue 18).
//
// Independent answers, read from Notify's code (notifications-utils markdown.py, formatters.py) and mistune 0.8:
// - mistune's inline `link`: `^!?\[(inside)\]\(\s*(<)?([\s\S]*?)(?(2)>)(?:\s+['"]([\s\S]*?)['"])?\s*\)`; Notify's
//   email renderer writes `<a href="{link}" title="{title}">{content}</a>` (its style attribute left out here, see
//   docs/notify-differences.md) and its plain-text renderer `content (title): link`.
// - mistune's inline `escape`: `^\\([\\`*{}\[\]()#+\-.!_>~|])` writes the character after the backslash; any other
//   backslash stays.
// - formatters.py `remove_smart_quotes_from_email_addresses`: in a whitespace-delimited word holding an `@`, quotes
//   stay straight, wherever the quote stands in the word.
// - The `marked` emphasis option reads only the template's own `*` and `_`: a value's characters are never Markdown
//   (RenderOptions; docs/notify-differences.md).
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const render = (body: string, format: 'text' | 'html', values: Record<string, string> = {}, emphasis: 'notify' | 'marked' = 'notify') =>
  renderTemplate({ subject: 'S', body }, values, { format, emphasis }).body;

describe('links', () => {
  it('two links with titles on one line', () => {
    const body = '[a](https://x.example "t1") and [b](https://y.example "t2")';
    expect(render(body, 'html')).toBe('<p><a href="https://x.example" title="t1">a</a> and <a href="https://y.example" title="t2">b</a></p>');
    expect(render(body, 'text')).toBe('a (t1): https://x.example and b (t2): https://y.example');
  });

  it('a title in single quotes, with space before the closing parenthesis', () => {
    expect(render("[a](https://x.example 't' ) z", 'html')).toBe('<p><a href="https://x.example" title="t">a</a> z</p>');
    expect(render("[a](https://x.example 't' ) z", 'text')).toBe('a (t): https://x.example z');
  });

  it('a title without its closing quote is part of the address', () => {
    expect(render('[a](https://x.example "t) z', 'text')).toBe('a: https://x.example "t z');
  });

  it('an address in angle brackets (plain text, where Notify has not escaped the <)', () => {
    expect(render('[a](<https://x.example>) b', 'text')).toBe('a: https://x.example b');
  });

  it('a link with no text', () => {
    expect(render('[](https://x.example) z', 'html')).toBe('<p><a href="https://x.example"></a> z</p>');
    expect(render('[](https://x.example) z', 'text')).toBe(': https://x.example z');
  });
});

describe('backslash escapes', () => {
  it('the escapable characters lose their backslash; other backslashes stay', () => {
    const body = 'a \\[b\\] \\(c\\) \\* \\# \\\\ \\q';
    expect(render(body, 'html')).toBe('<p>a [b] (c) * # \\ \\q</p>');
    expect(render(body, 'text')).toBe('a [b] (c) * # \\ \\q');
  });

  it('an escaped bracket makes no link', () => {
    expect(render('\\[a](https://x.example)', 'text')).toBe('[a](https://x.example)');
  });
});

describe('quotes', () => {
  it('straight in a word with an @, before or after the quote; smart elsewhere', () => {
    expect(render("Email sam@o'neil.example now, it's fine", 'text')).toBe("Email sam@o'neil.example now, it’s fine");
    expect(render("Email o'neil@example.org now, it's fine", 'text')).toBe("Email o'neil@example.org now, it’s fine");
  });
});

describe('marked emphasis reads only the template’s marks', () => {
  it('a value’s * or _ neither opens nor closes emphasis', () => {
    expect(render('a ((v))b* c', 'html', { v: '*' }, 'marked')).toBe('<p>a *b* c</p>');
    expect(render('a ((v))b_ c', 'html', { v: '_' }, 'marked')).toBe('<p>a _b_ c</p>');
    expect(render('a *b((v)) c*', 'html', { v: '*' }, 'marked')).toBe('<p>a <em>b* c</em></p>');
  });

  it('an underscore inside a word opens nothing, a letter outside the BMP (U+1D400) counting as a letter', () => {
    expect(render('x_b_ y', 'html', {}, 'marked')).toBe('<p>x_b_ y</p>');
    expect(render('x\u{1D400}_b_ y', 'html', {}, 'marked')).toBe('<p>x\u{1D400}_b_ y</p>');
    expect(render('x _b_ y', 'html', {}, 'marked')).toBe('<p>x <em>b</em> y</p>');
  });
});
