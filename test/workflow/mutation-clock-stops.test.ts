/**
 * Clock restarts and pauses in the cases the tests of issue 16 did not reach, written for the mutants that survived
 * in `src/workflow/rules/clock-stops.ts` (issue 18). Every date is worked out by hand.
 *
 * FOI (FOIA 2000 s.10): the 20th working day after the date of receipt, a bank holiday in any part of the UK
 * skipped. March–April 2026: Monday 2, 9, 16, 23, 30 March; Tuesday 17 March (St Patrick's Day, Northern Ireland);
 * Friday 3 April (Good Friday), Monday 6 April (Easter Monday).
 */
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';

const foi = createWorkflow(getPolicy('foi-2000'));

function caseOf(events: CaseEventInput[]): Case {
  let kase = foi.openCase({ reference: 'M-18', receivedAt: '2026-03-02' });
  for (const e of events) kase = foi.applyEvent(kase, e);
  return kase;
}

const response = (kase: Case) => foi.deadlines(kase).find((d) => d.id === 'response-response')!;

describe('an FOI clarification still awaited: the clock provisionally restarts on the day it was asked', () => {
  // Received Monday 2 March 2026, clarification asked Wednesday 4 March and not yet received. Until it arrives the
  // earliest the 20 working days can run from is 4 March: Thu 5 (1), Fri 6 (2), 9–13 (7), Mon 16 (8), [17], 18–20
  // (11), 23–27 (16), Mon 30 (17), Tue 31 (18), Wed 1 April (19), Thu 2 April (20): Thursday 2 April 2026,
  // provisional, its start assumed.
  it('due Thursday 2 April 2026 at the earliest, provisional, started (for now) by the clock stop on 4 March', () => {
    const d = response(caseOf([{ type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' }]));
    expect(d.due).toBe('2026-04-02');
    expect(d.start).toBe('2026-03-04');
    expect(d.startedBy).toBe('clock-stopped');
    expect(d.provisional).toBe(true);
    expect(d.flags).toContain('clock-start-assumed');
  });

  // Received 11 March: the date of receipt is then 11 March, known, not assumed (due Monday 13 April 2026, as in
  // clock-stops.test.ts).
  it('once it arrives the start is known: due Monday 13 April 2026, not provisional, no assumed start', () => {
    const d = response(
      caseOf([
        { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
        { type: 'clock-restarted', on: '2026-03-11' },
      ]),
    );
    expect(d.due).toBe('2026-04-13');
    expect(d.provisional).toBe(false);
    expect(d.flags).not.toContain('clock-start-assumed');
  });
});

describe('a fee paused before a clarification restart does not count again', () => {
  // Fees notice Wednesday 4 March, paid Friday 6 March (a pause); clarification asked Monday 9 March and received
  // Wednesday 11 March (a restart): the 20 working days run from 11 March, so the earlier pause is behind the new
  // start and moves nothing: due Monday 13 April 2026, with no day skipped as clock-stopped.
  it('due Monday 13 April 2026, no clock-stopped day skipped', () => {
    const d = response(
      caseOf([
        { type: 'clock-stopped', on: '2026-03-04', reason: 'fees-notice' },
        { type: 'clock-resumed', on: '2026-03-06' },
        { type: 'clock-stopped', on: '2026-03-09', reason: 'clarification' },
        { type: 'clock-restarted', on: '2026-03-11' },
      ]),
    );
    expect(d.due).toBe('2026-04-13');
    expect(d.start).toBe('2026-03-11');
    expect(d.skipped.filter((s) => s.kind === 'clock-stopped')).toEqual([]);
  });

  // The other way round: clarification received Wednesday 11 March (start), then a fees notice Friday 13 March,
  // paid Tuesday 17 March: 13, 16 and (St Patrick's Day is not a working day) 17 March, so 2 working days (13 and
  // 16) are disregarded. From 11 March: Thu 12 (1), [13, 16 paused, 17 holiday], 18–20 (4), 23–27 (9), 30, 31 (11),
  // 1, 2 April (13), [3–6], 7–10 (17), 13, 14, 15 (20): Wednesday 15 April 2026.
  it('a pause after the restart counts: due Wednesday 15 April 2026', () => {
    const d = response(
      caseOf([
        { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
        { type: 'clock-restarted', on: '2026-03-11' },
        { type: 'clock-stopped', on: '2026-03-13', reason: 'fees-notice' },
        { type: 'clock-resumed', on: '2026-03-17' },
      ]),
    );
    expect(d.due).toBe('2026-04-15');
  });
});
