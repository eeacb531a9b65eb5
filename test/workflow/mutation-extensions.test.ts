/**
 * Agreed extensions meeting the clock stops of issue 16, and what each refused extension says: written for the
 * mutants that survived in `src/workflow/rules/response-due.ts` (issue 18). Every date is worked out by hand.
 *
 * Calendar, March–October 2026: Monday 2, 9, 16, 23, 30 March; Wednesday 1 April; Friday 3 April (Good Friday) and
 * Monday 6 April (Easter Monday); Saturday 2 May, Monday 4 May (early May bank holiday); Tuesday 2 June; Monday 25
 * May (spring bank holiday). Subject access (UK GDPR art 12(3), ICO month rule): a month ends on the corresponding
 * date, moved to the next working day. FOI (FOIA 2000 s.10): the 20th working day after receipt, a bank holiday in
 * any part of the UK skipped (Tuesday 17 March, St Patrick's Day, included).
 */
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { caught } from '../caught.js';

const sar = createWorkflow(getPolicy('uk-gdpr-sar'));
const foi = createWorkflow(getPolicy('foi-2000'));
const adults = createWorkflow(getPolicy('england-adults-2009'));

function caseOf(wf: ReturnType<typeof createWorkflow>, received: string, events: CaseEventInput[]): Case {
  let kase = wf.openCase({ reference: 'M-18', receivedAt: received });
  for (const e of events) kase = wf.applyEvent(kase, e);
  return kase;
}

/** The due date in force for the stage's response (the extended one when there is one). */
function dueInForce(wf: ReturnType<typeof createWorkflow>, kase: Case): string {
  const list = wf.deadlines(kase);
  return (list.find((d) => d.id === 'response-extended-response') ?? list.find((d) => d.id === 'response-response'))!.due;
}

const months = (on: string, calendarMonths: number): CaseEventInput => ({
  type: 'extension-agreed',
  on,
  calendarMonths,
  reason: 'Complex request',
  agreedWithComplainant: true,
});

describe('a subject access extension, then a pause or a restart of the clock (UK GDPR arts 12(3), 12A)', () => {
  // Received Monday 2 March 2026. Extended on Wednesday 4 March by two further months: three months from receipt,
  // Tuesday 2 June 2026 (a working day).
  const extended = [months('2026-03-04', 2)];

  it('extended by two months: due Tuesday 2 June 2026', () => {
    expect(dueInForce(sar, caseOf(sar, '2026-03-02', extended))).toBe('2026-06-02');
  });

  // Clarification asked Thursday 5 March and received Thursday 12 March: 5–12 March, 8 days, do not count
  // (art 12A(5)(b)), so the three months' end moves on 8 days: Tuesday 2 June + 8 = Wednesday 10 June 2026.
  it('a clarification pause after the extension moves the extended date on 8 days, to Wednesday 10 June 2026', () => {
    const paused = caseOf(sar, '2026-03-02', [
      ...extended,
      { type: 'clock-stopped', on: '2026-03-05', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-03-12' },
    ]);
    expect(dueInForce(sar, paused)).toBe('2026-06-10');
  });

  // Proof of identity asked Thursday 5 March and received Monday 9 March: the time runs afresh from 9 March
  // (art 12A(2)(b)), and the extension agreed on 4 March, before the restart, no longer counts: one month from
  // Monday 9 March is Thursday 9 April 2026.
  it('a restart after the extension drops it: one month from Monday 9 March, Thursday 9 April 2026', () => {
    const restarted = caseOf(sar, '2026-03-02', [
      ...extended,
      { type: 'clock-stopped', on: '2026-03-05', reason: 'identity' },
      { type: 'clock-restarted', on: '2026-03-09' },
    ]);
    expect(dueInForce(sar, restarted)).toBe('2026-04-09');
  });

  // An extension agreed after the restart counts: on Tuesday 10 March, two further months from the new start
  // (Monday 9 March): three months end Tuesday 9 June 2026.
  it('an extension agreed after the restart counts from the new start: Tuesday 9 June 2026', () => {
    const restarted = caseOf(sar, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-05', reason: 'identity' },
      { type: 'clock-restarted', on: '2026-03-09' },
      months('2026-03-10', 2),
    ]);
    expect(dueInForce(sar, restarted)).toBe('2026-06-09');
  });
});

describe('successive month extensions add up (the total so far, then the months agreed)', () => {
  // Subject access received Monday 2 March 2026. One further month: two months end Saturday 2 May, moved past
  // Sunday 3 and the early May bank holiday (Monday 4 May) to Tuesday 5 May 2026. One more: three months, Tuesday 2
  // June 2026, the maximum (a third would pass it).
  it('subject access: +1 month (Tuesday 5 May), +1 month (Tuesday 2 June)', () => {
    const once = caseOf(sar, '2026-03-02', [months('2026-03-04', 1)]);
    expect(dueInForce(sar, once)).toBe('2026-05-05');
    const twice = sar.applyEvent(once, months('2026-03-20', 1));
    expect(dueInForce(sar, twice)).toBe('2026-06-02');
  });

  // A date agreed in between (Friday 8 May) has no months: the next month extension adds to the last one that
  // had months (two), so three months, Tuesday 2 June, not two months from receipt again.
  it('subject access: a new due date in between does not reset the months', () => {
    const kase = caseOf(sar, '2026-03-02', [
      months('2026-03-04', 1),
      { type: 'extension-agreed', on: '2026-03-10', newDueDate: '2026-05-08', reason: 'r', agreedWithComplainant: true },
      months('2026-03-20', 1),
    ]);
    expect(dueInForce(sar, kase)).toBe('2026-06-02');
  });

  // Adults' complaints (no maximum; the period's last day, never moved): received Monday 5 January 2026, 6 months
  // end Saturday 4 July. +1 month: 7 months end Tuesday 4 August; +1: 8 months end Friday 4 September; +1: 9 months
  // end Sunday 4 October 2026.
  it('adults: three one-month extensions give 7, 8 and 9 months: 4 August, 4 September, 4 October 2026', () => {
    let kase = caseOf(adults, '2026-01-05', []);
    expect(dueInForce(adults, kase)).toBe('2026-07-04');
    const expected = ['2026-08-04', '2026-09-04', '2026-10-04'];
    for (const [i, on] of ['2026-02-02', '2026-03-02', '2026-04-01'].entries()) {
      kase = adults.applyEvent(kase, months(on, 1));
      expect(dueInForce(adults, kase)).toBe(expected[i]);
    }
  });
});

describe('an FOI public interest extension, then a fees notice (FOIA 2000 s.10(2), s.10(3))', () => {
  // Received Monday 2 March 2026: due Tuesday 31 March (see clock-stops.test.ts). Extended on Monday 9 March by 20
  // working days: Wed 1 Apr (1), Thu 2 (2), [Good Friday 3, 4, 5, Easter Monday 6], 7–10 (6), 13–17 (11), 20–24
  // (16), 27–30 (20): Thursday 30 April 2026.
  const extended: CaseEventInput[] = [
    { type: 'extension-agreed', on: '2026-03-09', additionalWorkingDays: 20, reason: 'Public interest test', agreedWithComplainant: false },
  ];

  it('extended by 20 working days: Thursday 30 April 2026', () => {
    expect(dueInForce(foi, caseOf(foi, '2026-03-02', extended))).toBe('2026-04-30');
  });

  // A fees notice on Wednesday 11 March, paid Friday 13 March: 11, 12 and 13 March, 3 working days, are
  // disregarded, so the extended date moves 3 working days: Fri 1 May (1), [2, 3, early May bank holiday 4],
  // Tue 5 (2), Wed 6 May (3): Wednesday 6 May 2026.
  it('a fee paused for three working days after it moves the extended date to Wednesday 6 May 2026', () => {
    const paused = caseOf(foi, '2026-03-02', [
      ...extended,
      { type: 'clock-stopped', on: '2026-03-11', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-13' },
    ]);
    expect(dueInForce(foi, paused)).toBe('2026-05-06');
  });
});

describe('a refused extension names the field and says what to give instead', () => {
  const extend = (wf: ReturnType<typeof createWorkflow>, received: string, fields: Record<string, unknown>, on = '2026-03-04') =>
    caught(() => wf.applyEvent(caseOf(wf, received, []), { type: 'extension-agreed', on, reason: 'r', agreedWithComplainant: true, ...fields }));

  it('two ways at once: "exactly one of" unless they are the two names of the same field', () => {
    for (const fields of [
      { additionalWorkingDays: 5, newDueDate: '2026-04-08' },
      { workingDays: 5, newDueDate: '2026-04-08' },
      { additionalWorkingDays: 5, calendarMonths: 1 },
    ]) {
      const e = extend(foi, '2026-03-02', fields);
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as Error).message).toContain('give exactly one of newDueDate, additionalWorkingDays');
    }
    expect((extend(foi, '2026-03-02', { additionalWorkingDays: 5, workingDays: 5 }) as Error).message).toContain(
      'give additionalWorkingDays or its deprecated name workingDays, not both',
    );
  });

  it('a new due date on a non-working day: Saturday 4 April 2026', () => {
    expect(extend(foi, '2026-03-02', { newDueDate: '2026-04-04' })).toMatchObject({ path: 'event.newDueDate' });
    expect((extend(foi, '2026-03-02', { newDueDate: '2026-04-04' }) as Error).message).toContain("must be a working day on the policy's calendar");
  });

  it('working days on a stage that counts months, and months on a stage that counts working days', () => {
    for (const field of ['additionalWorkingDays', 'workingDays']) {
      const e = extend(sar, '2026-03-02', { [field]: 5 });
      expect(e).toMatchObject({ path: `event.${field}` });
      expect((e as Error).message).toContain('this stage counts calendar months: give calendarMonths or newDueDate');
    }
    const e = extend(foi, '2026-03-02', { calendarMonths: 1 });
    expect(e).toMatchObject({ path: 'event.calendarMonths' });
    expect((e as Error).message).toContain('this stage counts working days: give additionalWorkingDays or newDueDate');
  });

  it('a date not after the one in force (FOI: Tuesday 31 March 2026), one beyond the maximum, an agreement after the record', () => {
    expect((extend(foi, '2026-03-02', { newDueDate: '2026-03-31' }) as Error).message).toContain('must give a due date after the one in force');
    // Subject access: one month and three more is four, past the three-month maximum, which may not be exceeded.
    const beyond = extend(sar, '2026-03-02', { calendarMonths: 3 });
    expect(beyond).toMatchObject({ path: 'event.calendarMonths' });
    expect((beyond as Error).message).toContain('takes the response beyond the maximum the policy allows for this stage');
    const late = extend(foi, '2026-03-02', { additionalWorkingDays: 5, agreedOn: '2026-03-05' });
    expect(late).toMatchObject({ path: 'event.agreedOn' });
    expect((late as Error).message).toContain('must not be after the date the extension was recorded (on)');
  });
});

describe('an extension recorded after a pause, and a fixed date moved by a later pause', () => {
  // FOI received Monday 2 March 2026; fees notice Wednesday 4 March, paid Friday 6 March: 4, 5 and 6 March are
  // disregarded. 3 (1), 9–13 (6), 16 (7), [17], 18–20 (10), 23–27 (15), 30, 31 (17), 1, 2 April (19), [3–6], 7 (20):
  // due Tuesday 7 April. Extended on Monday 9 March by 20 working days: 8–10 (3), 13–17 (8), 20–24 (13), 27–30
  // (17), 1 May (18), [4 May], 5 (19), 6 May (20): Wednesday 6 May 2026. The pause before the extension is already
  // in the date it extended, and does not move it again.
  it('FOI: a pause before the extension is not counted twice: Wednesday 6 May 2026', () => {
    const kase = caseOf(foi, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-04', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-06' },
    ]);
    expect(dueInForce(foi, kase)).toBe('2026-04-07');
    const extended = foi.applyEvent(kase, {
      type: 'extension-agreed',
      on: '2026-03-09',
      additionalWorkingDays: 20,
      reason: 'Public interest test',
      agreedWithComplainant: false,
    });
    expect(dueInForce(foi, extended)).toBe('2026-05-06');
  });

  // Subject access received Monday 2 March 2026, a new due date of Thursday 7 May agreed on Wednesday 4 March, then a
  // clarification asked Monday 9 March and received Wednesday 11 March: 9, 10 and 11 March, 3 days, do not count in
  // a calendar count (art 12A(5)(b)): 7 May + 3 days = Sunday 10 May, moved to Monday 11 May 2026 (3 working days
  // would have given Tuesday 12 May).
  it('subject access: a fixed date moves on by the days of a later pause, not its working days: Monday 11 May 2026', () => {
    const kase = caseOf(sar, '2026-03-02', [
      { type: 'extension-agreed', on: '2026-03-04', newDueDate: '2026-05-07', reason: 'r', agreedWithComplainant: true },
      { type: 'clock-stopped', on: '2026-03-09', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-03-11' },
    ]);
    expect(dueInForce(sar, kase)).toBe('2026-05-11');
  });
});
