// Notify's `GOV.UK` unlinking (src/templates/typography.ts `unlinkGovUk`) where a value meets the template's text: a
// case the mutation run of issue 18 found untested.
//
// Notify runs `unlink_govuk_escaped` over the whole email after the values are in (notifications-utils
// `formatters.py`: `(^|\s)(#|\*|\^)?(GOV)\.(UK)(?!\/|\?|#)`, case-insensitive, a zero-width space put after the
// dot). So a value `GOV.UK` after a space is unlinked, and one written straight after a letter is not (the pattern
// needs the start of the text or whitespace before it). In a preview a missing placeholder is shown as `((name))`
// (in HTML Notify's `<span class='placeholder'>…</span>`), so GOV.UK right after it follows `)` (HTML: `>`).
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

const text = (body: string, values: Record<string, string>) => renderTemplate({ subject: 'S', body }, values, { format: 'text' }).body;
const html = (body: string, values: Record<string, string>) => renderTemplate({ subject: 'S', body }, values, { format: 'html' }).body;

describe('GOV.UK in a value, after the template’s own text', () => {
  it('after a space: unlinked', () => {
    expect(text('See ((site)) for more', { site: 'GOV.UK' })).toBe('See GOV.\u200bUK for more');
    expect(html('See ((site)) for more', { site: 'GOV.UK' })).toBe('<p>See GOV.\u200bUK for more</p>');
  });
  it('straight after a letter: left as it is', () => {
    expect(text('See((site)) for more', { site: 'GOV.UK' })).toBe('SeeGOV.UK for more');
    expect(html('See((site)) for more', { site: 'GOV.UK' })).toBe('<p>SeeGOV.UK for more</p>');
  });
});

describe('GOV.UK right after a missing placeholder in a preview', () => {
  const preview = (body: string, format: 'text' | 'html') => renderTemplate({ subject: 'S', body }, {}, { format, missing: 'preview' }).body;
  it('straight after it: left as it is; after a space: unlinked', () => {
    expect(preview('See ((site))GOV.UK', 'text')).toBe('See ((site))GOV.UK');
    expect(preview('See ((site))GOV.UK', 'html')).toBe("<p>See <span class='placeholder'>&#40;&#40;site&#41;&#41;</span>GOV.UK</p>");
    expect(preview('See ((site)) GOV.UK', 'text')).toBe('See ((site)) GOV.\u200bUK');
  });
});
