// Smart quotes in an HTML email as GOV.UK Notify makes them (notifications-utils 127.0.0, a9af02ae). Notify runs
// smartypants 2.0 (`make_quotes_smart` in notifications_utils/formatters.py: quotes only, Unicode output) over the
// email's HTML after its Markdown step. smartypants splits the HTML into tags and runs of text (`_tokenize`) and:
// - curls the quotes of each run on its own (`convert_quotes`), so a run that starts right after a tag has no
//   character before it: a `'` there is an opening quote ‘ (its "first character is a quote followed by
//   punctuation" rule never matches: the pattern ends `\\B` in a raw string, a literal backslash and B);
// - a run that is a lone `'` or `"` looks at the last character of the run before it (`prev_token_last_char`):
//   after a letter, a closing quote ’ or ”;
// - skips runs inside `<a>` (formatters.py adds "a" to `smartypants.tags_to_skip`): a link's text keeps its quotes.
// In plain text there are no tags, so the same quotes follow the characters around them.
// The expected outputs below are worked out from those rules, by hand.
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const html = (body: string, values: Record<string, string> = {}) => renderTemplate({ subject: 'S', body }, values, { format: 'html', missing: 'preview' }).body;
const text = (body: string, values: Record<string, string> = {}) => renderTemplate({ subject: 'S', body }, values, { format: 'text', missing: 'preview' }).body;

describe('smart quotes next to a link in an HTML email (Notify reads the HTML)', () => {
  it("a run after a bare URL starts with no character before it: `')` opens (‘) in HTML, closes (’) in plain text", () => {
    // HTML: ...alert('hi</a>')  → the run `')` after </a>: no character before the quote → ‘.
    // Plain text: ...alert('hi')  → the quote follows `i` → ’.
    const body = "See https://example.org/a'b') now";
    expect(html(body)).toBe('<p>See <a href="https://example.org/a%27b">https://example.org/a\'b</a>‘) now</p>');
    expect(text(body)).toBe("See https://example.org/a'b’) now");
  });

  it('a lone quote after a link looks at the end of the link text: a closing quote', () => {
    // The run after </a> is the single character `'`; the link text ended in `b` → ’.
    expect(html("https://example.org/a'b'")).toBe('<p><a href="https://example.org/a%27b">https://example.org/a\'b</a>’</p>');
  });

  it("a Markdown link's text keeps its quotes in HTML (smartypants skips <a>); plain text curls them", () => {
    expect(html("Read [the council's policy](https://example.org/policy) first")).toBe(
      '<p>Read <a href="https://example.org/policy">the council\'s policy</a> first</p>',
    );
    expect(text("Read [the council's policy](https://example.org/policy) first")).toBe('Read the council’s policy: https://example.org/policy first');
  });

  it("after a missing placeholder's highlight (a <span> in Notify's preview) `'s` starts a run: ‘s", () => {
    expect(html("((name))'s complaint")).toBe(`<p><span class='placeholder'>&#40;&#40;name&#41;&#41;</span>‘s complaint</p>`);
    // With the value there is no tag: the apostrophe follows a letter.
    expect(html("((name))'s complaint", { name: 'Sam' })).toBe('<p>Sam’s complaint</p>');
  });

  it('text before a link is unchanged: quotes see the characters around them', () => {
    expect(html("It's at https://example.org")).toBe('<p>It’s at <a href="https://example.org">https://example.org</a></p>');
  });
});
