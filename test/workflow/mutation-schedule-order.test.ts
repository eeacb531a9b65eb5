/**
 * A schedule whose entries are not already in date order: the delay-reason entries of a late stage 1 come after the
 * ladder of the current stage 2 in the order they are gathered, but fall before or on its dates. Written for the
 * mutants with no test in the sorting of `scheduleOf` (`src/workflow/reminders.ts`, issue 18).
 *
 * Dates by hand from the England and Wales bank holidays (2026: 1 January, then 3 April Good Friday): no bank holiday
 * falls between 2 January and 2 April 2026.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow } from '../../src/workflow/index.js';

// Dudley with a reminder at stage 2, 15 working days before its due date (a local rule written for the test).
const policy = parsePolicy({
  id: 'dudley-stage-2-chased',
  extends: 'dudley',
  title: 'Dudley with a stage 2 reminder',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  caseTypes: {
    'statutory-complaint': {
      stages: {
        'stage-2': {
          reminders: [{ id: 'stage-2-early-reminder', offsetWorkingDays: -15, to: ['responder'], template: 'reminder', source: 'local: test ladder' }],
        },
      },
    },
  },
});
const wf = createWorkflow(policy);

describe('a late stage 1 response, then stage 2', () => {
  // Received Monday 5 January 2026: stage 1 (10 working days) due Monday 19 January (6–9, 12–16, 19 January).
  // The response is sent late, on Wednesday 21 January: the delay-reason request is dated that day, and the
  // follow-up (Dudley: 10 working days later, no reason recorded) Wednesday 4 February (22, 23, 26–30 January,
  // 2, 3, 4 February). Stage 2 is asked for the same Wednesday 21 January: 25 working days, due Wednesday 25
  // February (22, 23 January (2), 26–30 (7), 2–6 February (12), 9–13 (17), 16–20 (22), 23, 24, 25 (25)). Its reminder
  // 15 working days before: 24, 23 (2), 20–16 (7), 13–9 (12), 6, 5, 4 February (15): Wednesday 4 February.
  it('is in date order, the ladder before the delay-reason entry of the same day', () => {
    let kase = wf.openCase({ reference: 'D-7', receivedAt: '2026-01-05' });
    kase = wf.applyEvent(kase, { type: 'response-sent', on: '2026-01-21', outcome: 'not-upheld' });
    kase = wf.applyEvent(kase, { type: 'next-stage-requested', on: '2026-01-21', stage: 'stage-2' });
    expect(wf.reminderSchedule(kase).map((r) => [r.stage, r.id, r.date])).toEqual([
      ['stage-1', 'delay-reason-request', '2026-01-21'],
      ['stage-2', 'stage-2-early-reminder', '2026-02-04'],
      ['stage-1', 'delay-reason-follow-up', '2026-02-04'],
    ]);
  });
});
