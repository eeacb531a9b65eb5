// The bodies createReminderEmails remembers (src/templates/body-memo.ts): the same string as rendering afresh,
// whatever the values, and two different sets of values never share a body.
import { describe, expect, test } from 'vitest';
import { BODY_MEMO_LIMIT, BodyMemo } from '../../src/templates/body-memo.js';
import { renderTemplate } from '../../src/templates/index.js';
import { parseFields } from '../../src/templates/substitute.js';
import { resolveValues } from '../../src/templates/values.js';

const template = {
  subject: 'Ref ((reference))',
  body: '((recipient name)),\n\nDue **((due date))**.((show??\n\n^ Shown))\n\n((items))',
};

function memoFor(format: 'text' | 'html') {
  const parsed = parseFields(template, format === 'html');
  return { parsed, memo: new BodyMemo(parsed, { missing: 'error', emphasis: 'marked', format }) };
}

describe('BodyMemo', () => {
  test('a remembered body is the body renderTemplate writes, in text and HTML', () => {
    for (const format of ['text', 'html'] as const) {
      const { parsed, memo } = memoFor(format);
      const values = { reference: 'R-1', 'recipient name': 'Team Manager', 'due date': '7 January 2026', show: 'yes', items: ['one', 'two'] };
      const first = memo.body(resolveValues([parsed.subject, parsed.body], values));
      // The subject's value is not part of the body: another reference gives the same (remembered) body.
      const again = memo.body(resolveValues([parsed.subject, parsed.body], { ...values, reference: 'R-2' }));
      expect(again).toBe(first);
      expect(memo.size).toBe(1);
      expect(first).toBe(renderTemplate(template, values, { format, emphasis: 'marked' }).body);
    }
  });

  test('known answer: the text body with a list and a conditional shown', () => {
    const { parsed, memo } = memoFor('text');
    const values = { reference: 'R-1', 'recipient name': 'Team Manager', 'due date': '7 January 2026', show: 'yes', items: ['one', 'two'] };
    // Written by hand from the template: the bold markers read as emphasis and dropped in plain text; the inset line
    // as a paragraph; the list as bullets.
    expect(memo.body(resolveValues([parsed.subject, parsed.body], values))).toBe('Team Manager,\n\nDue 7 January 2026.\n\nShown\n\n• one\n• two');
  });

  test('values that would run together give different bodies (each value written with its kind and length)', () => {
    const { parsed, memo } = memoFor('text');
    const sets = [
      { 'recipient name': 'ab', 'due date': 'c', show: 'no', items: ['x'] },
      { 'recipient name': 'a', 'due date': 'bc', show: 'no', items: ['x'] },
      { 'recipient name': 'a', 'due date': 'bc', show: 'no', items: 'x' },
      { 'recipient name': 'a', 'due date': 'bc', show: 'no', items: { numbered: ['x'] } },
      { 'recipient name': 'a', 'due date': 'bc', show: 'no', items: ['x', 'y'] },
      { 'recipient name': 'a', 'due date': 'bc', show: 'no', items: ['xy'] },
      { 'recipient name': 'a', 'due date': 'bc', show: 'yes', items: ['xy'] },
    ];
    const bodies = sets.map((v) => memo.body(resolveValues([parsed.subject, parsed.body], { reference: 'R', ...v })));
    expect(new Set(bodies).size).toBe(sets.length);
    sets.forEach((v, i) => expect(bodies[i]).toBe(renderTemplate(template, { reference: 'R', ...v }, { format: 'text', emphasis: 'marked' }).body));
  });

  test('bounded: when full it starts again, and still gives the right bodies', () => {
    const { parsed, memo } = memoFor('html');
    const body = (n: number) =>
      memo.body(resolveValues([parsed.subject, parsed.body], { reference: 'R', 'recipient name': `Manager ${n}`, 'due date': 'd', show: '', items: [] }));
    for (let n = 0; n < BODY_MEMO_LIMIT; n++) body(n);
    expect(memo.size).toBe(BODY_MEMO_LIMIT);
    const next = body(BODY_MEMO_LIMIT);
    expect(memo.size).toBe(1);
    expect(next).toBe(`<p>Manager ${BODY_MEMO_LIMIT},</p>\n<p>Due <strong>d</strong>.</p>`);
    expect(body(0)).toBe('<p>Manager 0,</p>\n<p>Due <strong>d</strong>.</p>');
  });
});
