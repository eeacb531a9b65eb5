/**
 * Smart quotes as GOV.UK Notify makes them: smartypants 2.0.1 (`make_quotes_smart`) and Notify's email-address quote
 * straightening (`remove_smart_quotes_from_email_addresses`).
 *
 * `notify/smartypants.json` holds 600 short texts and what Notify's own code makes of them (built by
 * scripts/notify-cases/smart_quotes.py, which runs notifications-utils at NOTIFY_VERSION). The whole-email cases
 * below were run through Notify's `PlainTextEmailTemplate` and `HTMLEmailTemplate` at the same version; the HTML is
 * compared without Notify's inline styles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTIFY_VERSION, renderTemplate } from '../../src/templates/index.js';
import { smartQuotes, straightenEmailQuotes, writeEscaped } from '../../src/templates/typography.js';

interface SmartQuoteCases {
  readonly notify: { readonly version: string; readonly smartypants: string };
  readonly cases: readonly (readonly [string, string])[];
}

const data = JSON.parse(readFileSync(new URL('./notify/smartypants.json', import.meta.url), 'utf8')) as SmartQuoteCases;

/** What `make_quotes_smart` and then `remove_smart_quotes_from_email_addresses` make of one run of text. */
const notifyQuotes = (s: string) => writeEscaped(straightenEmailQuotes(smartQuotes(s, -1, -1), -1, -1, false), true);

describe("Notify's smart quotes on one run of text", () => {
  it('the cases come from the Notify version this library follows', () => {
    expect(data.notify.version).toBe(NOTIFY_VERSION.version);
    expect(data.notify.smartypants).toBe('2.0.1');
    expect(data.cases).toHaveLength(600);
  });

  it('every case gives what Notify gives (escapes written as references, as in Notify’s HTML)', () => {
    const wrong = data.cases.filter(([text, notify]) => notifyQuotes(text) !== notify);
    expect(wrong).toEqual([]);
  });

  it('smartypants’ rarer rules, as Python reads its patterns (checked with Notify’s code)', () => {
    // "a quote at the start before punctuation not at a word boundary closes": `\\B` in a raw string is a backslash
    // and a `B`
    expect(notifyQuotes("'.\\Bx")).toBe('\u2019.\\Bx');
    expect(notifyQuotes('".\\B')).toBe('\u201d.\\B');
    expect(notifyQuotes("'..")).toBe('\u2018..');
    // named dash entities open; the "decimal entities" line is cut by a `#` comment down to `&`, joined to `&#x201[34];`
    expect(notifyQuotes('x &ndash;\'y &mdash;"z')).toBe('x &ndash;\u2018y &mdash;\u201cz');
    expect(notifyQuotes("x &&#x2013;'y &#x2013;'z")).toBe('x &&#x2013;\u2018y &#x2013;\u2019z');
  });
});

const text = (body: string, values: Record<string, string> = {}) => renderTemplate({ subject: 'S', body }, values, { format: 'text' }).body;
const html = (body: string, values: Record<string, string> = {}) => renderTemplate({ subject: 'S', body }, values, { format: 'html' }).body;

describe('smart quotes in a whole email, as Notify writes it', () => {
  it('a complaint letter’s usual quotes', () => {
    const body = 'Dear ((name)), we\'ve had your complaint – "the \'90s" – on ((date)).';
    const values = { name: "O'Neill", date: '1 May' };
    expect(text(body, values)).toBe('Dear O’Neill, we’ve had your complaint – “the ‘90s” – on 1 May.');
    expect(html(body, values)).toBe('<p>Dear O’Neill, we’ve had your complaint – “the ‘90s” – on 1 May.</p>');
  });

  it('a dash or a curly quote typed before a quote closes it (smartypants only opens after spaces, brackets and hyphens)', () => {
    expect(text("a –\"d\" ‘'e' —'x'")).toBe('a –”d” ‘’e’ —’x’');
    expect(text("x ['a'] y {'b'} -'c'")).toBe('x [‘a’] y {‘b’} -‘c’');
  });

  it('a backslash before a quote keeps it straight and is dropped (smartypants’ escapes), in the body, a value and the subject', () => {
    expect(text('a \\"x\\" y')).toBe('a "x" y');
    expect(html('a \\"x\\" y')).toBe('<p>a &#34;x&#34; y</p>');
    // Notify's subject keeps the reference as written
    expect(renderTemplate({ subject: 'a \\"x\\" y', body: 'b' }, {}).subject).toBe('a &#34;x&#34; y');
    const values = { v: 'it\'s \\"fine\\"' };
    expect(text('Say "((v))" now', values)).toBe('Say “it’s "fine"” now');
    expect(html('Say "((v))" now', values)).toBe('<p>Say “it’s &#34;fine&#34;” now</p>');
  });

  it('a quote at the end of a line: plain text sees the line break after it, HTML the <br> tag', () => {
    expect(text('x "\nb')).toBe('x ”\nb');
    expect(html('x "\nb')).toBe('<p>x “<br>b</p>');
    // a lone quote after a tag closes after a character that is not a space
    expect(text('a\n"')).toBe('a\n“');
    expect(html('a\n"')).toBe('<p>a<br>”</p>');
    expect(text('* "one\n* two"')).toBe('• “one\n• two”');
    expect(html("a\n'")).toBe('<p>a<br>’</p>');
    // ... and opens at the start of the email, where no text comes before it
    expect(html('"')).toBe('<p>“</p>');
    expect(html("'")).toBe('<p>‘</p>');
  });

  it('text after a link in plain text follows the link’s address', () => {
    expect(text("x [link](http://e.org)'80s")).toBe('x link: http://e.org’80s');
    expect(html("x [link](http://e.org)'80s")).toBe('<p>x <a href="http://e.org">link</a>‘80s</p>');
    // a quote between two links: one run of text in plain text, a run of its own between tags in HTML
    expect(text("x [a](http://e.org)'[b](http://f.org)")).toBe('x a: http://e.org’b: http://f.org');
    expect(html("x [a](http://e.org)'[b](http://f.org)")).toBe('<p>x <a href="http://e.org">a</a>’<a href="http://f.org">b</a></p>');
    expect(text('x [a](http://e.org)"[b](http://f.org)')).toBe('x a: http://e.org”b: http://f.org');
    // a link's text in plain text is followed by its title's space or by `:`
    expect(text('x [a "](http://e.org "t") y')).toBe('x a ” (t): http://e.org y');
    expect(text('x [a "](http://e.org) y')).toBe('x a “: http://e.org y');
  });

  it('spaces and tabs before `,` go; an en dash between runs of spaces is one spaced en dash', () => {
    expect(text('a\t, b')).toBe('a, b');
    expect(text('a  \u2013  b')).toBe('a \u2013 b');
  });

  it('an escaped character joins the text around it for the typography', () => {
    expect(text("x \\- ' s")).toBe('x – ‘ s');
    expect(text('x \\.')).toBe('x.');
  });

  it('quotes in email addresses stay straight; in HTML a word ending a paragraph runs on into the tag after it', () => {
    expect(text("Email o'neill@example.org or x@y.org's desk")).toBe("Email o'neill@example.org or x@y.org's desk");
    expect(text("x 'a@")).toBe('x ‘a@');
    expect(html("x 'a@")).toBe("<p>x 'a@</p>");
    expect(text("@'x y")).toBe('@’x y');
    expect(html("@'x y")).toBe("<p>@'x y</p>");
  });
});
