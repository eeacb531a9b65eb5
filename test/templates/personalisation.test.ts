// personalisation(): the object sent to GOV.UK Notify's API with a template id. Keys as the template writes them
// (Notify matches keys ignoring case, spaces, underscores and hyphens), values already formatted, unused keys left
// out (Notify would report them as "additional data" and ignore them).
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, MissingPersonalisationError } from '../../src/index.js';
import { personalisation, TemplateTooLargeError } from '../../src/templates/index.js';

describe('personalisation', () => {
  const template = {
    subject: 'Complaint ((Reference)) – due ((due date))',
    body: 'Dear ((recipient name)),\n((reasons))\n((late??This is overdue.))\n((count)) days',
  };

  it('keys as first written; dates, booleans, numbers and lists formatted; unused keys left out', () => {
    expect(
      personalisation(template, {
        reference: 'C-42',
        DUE_DATE: { date: '2026-01-07', style: 'short' },
        'Recipient-Name': 'Service Manager',
        reasons: [' Complex case ', '', null, 'Staff absence'],
        late: false,
        count: 3,
        unused: 'left out',
      }),
    ).toEqual({
      Reference: 'C-42',
      'due date': '7 January 2026',
      'recipient name': 'Service Manager',
      reasons: ['Complex case', 'Staff absence'],
      late: 'False',
      count: '3',
    });
  });

  it('a numbered list is sent as one string of "1. item" lines, which Notify\'s Markdown reads as a numbered list', () => {
    expect(personalisation({ subject: 'S', body: '((reasons))' }, { reasons: { numbered: ['Complex case', null, ' Staff absence '] } })).toEqual({
      reasons: '1. Complex case\n2. Staff absence',
    });
    expect(personalisation({ subject: 'S', body: '((reasons))' }, { reasons: { numbered: [] } })).toEqual({ reasons: '' });
  });

  it('keeps an empty string and an empty list (they are values, not missing)', () => {
    expect(personalisation({ subject: '((a))', body: '((b))' }, { a: '', b: [] })).toEqual({ a: '', b: [] });
  });

  it('throws the same missing names as renderTemplate', () => {
    let error: unknown;
    try {
      personalisation(template, { reference: 'C-42', count: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingPersonalisationError);
    expect((error as MissingPersonalisationError).names).toEqual(['due date', 'recipient name', 'reasons', 'late', 'count']);
  });

  it('a name such as __proto__ is an ordinary key of the result, not its prototype', () => {
    const values = JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>;
    const result = personalisation({ subject: '((__proto__))', body: '((constructor))' }, values);
    expect(Object.keys(result)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('refuses bad values and oversized bodies like renderTemplate', () => {
    expect(() => personalisation({ subject: '((a))', body: '' }, { a: Number.NaN })).toThrow(InvalidArgumentError);
    expect(() => personalisation({ subject: '', body: '((a))' }, { a: 'a'.repeat(2_000_001) })).toThrow(TemplateTooLargeError);
  });
});
