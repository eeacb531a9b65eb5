/**
 * The day a stage's chasing ladder takes effect, after a pause of the clock and a later extension (issue 18: mutants
 * survived in `ladderFrom`, `src/workflow/rules/reminder-ladder.ts`). Dates worked out by hand.
 *
 * FOI on the UK calendar (FOIA 2000 s.10(6): a bank holiday in any part of the UK): Tuesday 17 March 2026 (St
 * Patrick's Day), Friday 3 April (Good Friday), Monday 6 April (Easter Monday).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow, type CaseEventInput } from '../../src/workflow/index.js';

// The borough's FOIs with a public interest extension (FOIA 2000 s.10(3)) and a test ladder: one reminder 11 working
// days before the due date, one on it.
const policy = parsePolicy({
  id: 'foi-ladder',
  extends: 'mayoral-borough',
  title: 'FOI ladder (test)',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  caseTypes: {
    foi: {
      stages: {
        response: {
          extension: { source: 'FOIA 2000 s.10(3)' },
          reminders: [
            { id: 'early-reminder', offsetWorkingDays: -11, to: ['responder'], template: 'overdue-chase', source: 'local: test ladder' },
            { id: 'due-date-reminder', offsetWorkingDays: 0, to: ['responder'], template: 'overdue-chase', source: 'local: test ladder' },
          ],
        },
      },
    },
  },
});
const wf = createWorkflow(policy);

describe('a pause, then an extension: the ladder runs from the extension, not from the end of the pause', () => {
  // Received Monday 2 March 2026; fees notice Wednesday 4 March, fee received Thursday 5 March (4 and 5 March
  // disregarded, s.10(2)): 3 (1), 6 (2), 9–13 (7), 16 (8), [17], 18–20 (11), 23–27 (16), 30, 31 (18), 1, 2 April
  // (20): due Thursday 2 April. Extended that day by 10 working days: [3, 6], 7–10 (4), 13–17 (9), 20 (10): Monday
  // 20 April 2026. The early reminder, 11 working days before it, falls on Wednesday 1 April (17, 16, 15, 14, 13, 10,
  // 9, 8, 7, [6, 3], 2, 1): before the extension took effect on 2 April, so it is not scheduled; the due-date reminder
  // is, on 20 April.
  const events: CaseEventInput[] = [
    { type: 'clock-stopped', on: '2026-03-04', reason: 'fees-notice' },
    { type: 'clock-resumed', on: '2026-03-05' },
    { type: 'extension-agreed', on: '2026-04-02', additionalWorkingDays: 10, reason: 'Public interest test', agreedWithComplainant: true },
  ];

  it('only the due-date reminder, on Monday 20 April 2026', () => {
    let kase = wf.openCase({ reference: 'L-18', receivedAt: '2026-03-02', caseType: 'foi' });
    for (const e of events) kase = wf.applyEvent(kase, e);
    expect(wf.reminderSchedule(kase).map((r) => [r.id, r.date, r.dueDate])).toEqual([['due-date-reminder', '2026-04-20', '2026-04-20']]);
  });

  // Before the extension the ladder follows Thursday 2 April: the early reminder 11 working days before it is
  // Wednesday 18 March (1 April (1), 31, 30 (3), 27–23 (8), 20, 19, 18 (11)), after the fee was paid on 5 March, so
  // it is scheduled.
  it('without the extension both are scheduled: Wednesday 18 March and Thursday 2 April 2026', () => {
    let kase = wf.openCase({ reference: 'L-18', receivedAt: '2026-03-02', caseType: 'foi' });
    for (const e of events.slice(0, 2)) kase = wf.applyEvent(kase, e);
    expect(wf.reminderSchedule(kase).map((r) => [r.id, r.date])).toEqual([
      ['early-reminder', '2026-03-18'],
      ['due-date-reminder', '2026-04-02'],
    ]);
  });
});

describe('a pause: the ladder for the moved due date runs from the day the clock resumed', () => {
  // Received Monday 2 March 2026; fees notice Monday 30 March, fee received Wednesday 1 April: 30, 31 March and 1
  // April disregarded, so the 20th working day is Tuesday 7 April (3–6, 9–13, 16, 18–20, 23–27 are 18; 2 April is 19;
  // [3, 6 April]; 7 April is 20). The early reminder, 11 working days before it, falls on Thursday 19 March (2 April,
  // 1, 31, 30 March, 27–23, 20, 19): worked out from a due date in force only from 1 April, so it is not scheduled.
  it('only the due-date reminder, on Tuesday 7 April 2026', () => {
    let kase = wf.openCase({ reference: 'L-18', receivedAt: '2026-03-02', caseType: 'foi' });
    for (const e of [
      { type: 'clock-stopped', on: '2026-03-30', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-04-01' },
    ] satisfies CaseEventInput[])
      kase = wf.applyEvent(kase, e);
    expect(wf.reminderSchedule(kase).map((r) => [r.id, r.date])).toEqual([['due-date-reminder', '2026-04-07']]);
  });
});
