import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

/*
 * Which bare text becomes a link (issue 18: the checks of the `http://` / `https://` prefix had surviving mutants).
 * Notify's Markdown finds bare URLs with the pattern `https?:\/\/[^\s<]+[^<.,:"')\]\s]` (notifications-utils,
 * formatters.py): only `http://` and `https://`, lower case, with both slashes. Anything near it is plain text.
 */

const html = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'html' }).body;

describe('a bare URL needs exactly http:// or https://', () => {
  it.each([
    ['hxtp://example.org'],
    ['htxp://example.org'],
    ['httx://example.org'],
    ['htps://example.org'],
    ['http:/example.org'],
    ['http//example.org'],
    ['http:x/example.org'],
    ['https:/example.org'],
    ['http:'],
  ])('%s stays text', (text) => {
    expect(html(`See ${text} now`)).toBe(`<p>See ${text} now</p>`);
  });

  it('http:// and https:// make links', () => {
    expect(html('See http://example.org now')).toBe('<p>See <a href="http://example.org">http://example.org</a> now</p>');
    expect(html('See https://example.org now')).toBe('<p>See <a href="https://example.org">https://example.org</a> now</p>');
  });
});

describe("a bare URL does not end with . , : ) or ] (the pattern's last character class)", () => {
  it.each([['.'], [','], [':'], [')'], [']']])('a URL followed by %s', (mark) => {
    expect(html(`Go to https://example.org/a${mark} b`)).toBe(`<p>Go to <a href="https://example.org/a">https://example.org/a</a>${mark} b</p>`);
  });

  it('several of them at the end are all left out', () => {
    expect(html('Go to https://example.org/a).] b')).toBe('<p>Go to <a href="https://example.org/a">https://example.org/a</a>).] b</p>');
  });
});
