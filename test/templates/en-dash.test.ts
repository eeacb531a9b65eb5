import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/index.js';

/*
 * Notify's en dash rule, `\s+[-–—]{1,3}\s+` becoming ` – ` (notifications-utils `formatters.py`,
 * `hyphens_surrounded_by_spaces`). Every answer is Notify's own, from `PlainTextEmailTemplate` at NOTIFY_VERSION.
 */

const subject = (s: string, values: Record<string, string> = {}) => renderTemplate({ subject: s, body: 'b' }, values, { format: 'text' }).subject;
const text = (body: string) => renderTemplate({ subject: 'S', body }, {}, { format: 'text' }).body;

describe('the en dash rule', () => {
  it('applies at the start of a subject too (then the subject is trimmed)', () => {
    expect(subject(' - x')).toBe('\u2013 x');
    expect(subject('\t-\tx')).toBe('\u2013 x');
    expect(subject('((v)) end', { v: ' - x' })).toBe('\u2013 x end');
  });

  it('takes up to three dashes between the spaces, not four', () => {
    expect(text('a --- b')).toBe('a \u2013 b');
    expect(text('a ---- b')).toBe('a ---- b');
  });
});
