/**
 * A chasing ladder after the clock resumed: written for the mutants that survived in
 * `src/workflow/rules/reminder-ladder.ts` (issue 18). Every date is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow, type CaseEventInput } from '../../src/workflow/index.js';

// The borough's FOI case type with a ladder: 5 working days before the due date, on it, and 3 working days after.
const policy = parsePolicy({
  id: 'foi-chased-early',
  extends: 'mayoral-borough',
  title: 'FOI chased early',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  caseTypes: {
    foi: {
      stages: {
        response: {
          reminders: [
            { id: 'early-reminder', offsetWorkingDays: -5, to: ['responder'], template: 'overdue-chase', source: 'local: test ladder' },
            { id: 'due-date-reminder', offsetWorkingDays: 0, to: ['responder'], template: 'overdue-chase', source: 'local: test ladder' },
            { id: 'overdue-reminder', offsetWorkingDays: 3, to: ['responder'], template: 'overdue-chase', source: 'local: test ladder' },
          ],
        },
      },
    },
  },
});
const wf = createWorkflow(policy);
const open = (events: CaseEventInput[]) => {
  let kase = wf.openCase({ reference: 'F-18', receivedAt: '2026-03-02', caseType: 'foi' });
  for (const e of events) kase = wf.applyEvent(kase, e);
  return kase;
};

describe('reminders dated before the clock resumed are not in the schedule', () => {
  // Received Monday 2 March 2026: due Tuesday 31 March (20 working days; St Patrick's Day skipped, FOIA s.10(6)).
  // Early reminder 5 working days before: 30, 27, 26, 25, 24 March: Tuesday 24 March. Overdue: 1, 2, [3–6], 7 April.
  it('without a pause: Tuesday 24 March, Tuesday 31 March, Tuesday 7 April 2026', () => {
    expect(wf.reminderSchedule(open([])).map((r) => [r.id, r.date])).toEqual([
      ['early-reminder', '2026-03-24'],
      ['due-date-reminder', '2026-03-31'],
      ['overdue-reminder', '2026-04-07'],
    ]);
  });

  // Fees notice Monday 30 March, fee received Wednesday 1 April: due Tuesday 7 April 2026 (clock-stops.test.ts).
  // The ladder for it: early reminder 2 April, 1 April, 31 March, 30 March, 27 March: Friday 27 March, before the
  // clock resumed on 1 April (on 27 March the due date in force was 31 March), so it is not scheduled; due-date
  // reminder Tuesday 7 April; overdue 8, 9, 10: Friday 10 April 2026.
  it('after a pause the early reminder of the new ladder, dated before the resumption, is dropped', () => {
    const paid = open([
      { type: 'clock-stopped', on: '2026-03-30', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-04-01' },
    ]);
    expect(wf.reminderSchedule(paid).map((r) => [r.id, r.date])).toEqual([
      ['due-date-reminder', '2026-04-07'],
      ['overdue-reminder', '2026-04-10'],
    ]);
  });
});
