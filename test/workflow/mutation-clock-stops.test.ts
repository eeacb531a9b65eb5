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

describe('where a pause falls against the count', () => {
  const sar = createWorkflow(getPolicy('uk-gdpr-sar'));
  const sarDue = (received: string, events: CaseEventInput[]) => {
    let kase = sar.openCase({ reference: 'M-18', receivedAt: received });
    for (const e of events) kase = sar.applyEvent(kase, e);
    return sar.deadlines(kase).find((d) => d.id === 'response-response')!.due;
  };

  // FOI received Monday 2 March 2026 is due Tuesday 31 March, the 20th working day. A fees notice given after it,
  // on Wednesday 1 April, and paid on Thursday 2 April disregards working days after the 20th: the due date stays.
  it('FOI: a fee paused after the 20th working day leaves Tuesday 31 March 2026', () => {
    const d = response(
      caseOf([
        { type: 'clock-stopped', on: '2026-04-01', reason: 'fees-notice' },
        { type: 'clock-resumed', on: '2026-04-02' },
      ]),
    );
    expect(d.due).toBe('2026-03-31');
    // The paused days fall after the due date: none of them is listed as skipped on the way to it.
    expect(d.skipped.filter((s) => s.kind === 'clock-stopped')).toEqual([]);
  });

  // A fees notice given on the day of receipt, Monday 2 March, and paid Wednesday 4 March: day 0 is not a day of the
  // count, so 3 and 4 March are the days disregarded: 5, 6 (2), 9–13 (7), 16 (8), [17], 18–20 (11), 23–27 (16), 30,
  // 31 (18), 1 April (19), 2 April (20): Thursday 2 April 2026.
  it('FOI: a fees notice on the day of receipt disregards the days after it: Thursday 2 April 2026', () => {
    const d = response(
      caseOf([
        { type: 'clock-stopped', on: '2026-03-02', reason: 'fees-notice' },
        { type: 'clock-resumed', on: '2026-03-04' },
      ]),
    );
    expect(d.due).toBe('2026-04-02');
    expect(d.skipped.filter((s) => s.kind === 'clock-stopped').map((s) => s.date)).toEqual(['2026-03-03', '2026-03-04']);
  });

  // FOI, fee notice Friday 6 March, paid Friday 13 March: due Friday 10 April 2026 (clock-stops.test.ts). Every day
  // not counted, in date order: the paused working days 6, 9–13 March; the weekends 7–8, 14–15, 21–22, 28–29 March
  // and 4–5 April; St Patrick's Day (17 March), Good Friday (3 April) and Easter Monday (6 April).
  it('FOI: the paused days and the days off are listed together in date order, none of them provisional', () => {
    const d = response(
      caseOf([
        { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
        { type: 'clock-resumed', on: '2026-03-13' },
      ]),
    );
    expect(d.skipped.map((s) => s.date)).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-17',
      '2026-03-21',
      '2026-03-22',
      '2026-03-28',
      '2026-03-29',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
    ]);
    expect(d.skipped.filter((s) => s.provisional)).toEqual([]);
  });

  // Subject access received Monday 2 March: the month ends Thursday 2 April. Clarification asked and received on
  // the same day, Wednesday 4 March: that one day does not count (art 12A(5)(b)), so the end moves to Friday 3 April
  // (Good Friday), then past Saturday 4, Sunday 5 and Easter Monday 6 April to Tuesday 7 April 2026.
  it('subject access: a clarification asked and answered on one day moves the end by that day, to Tuesday 7 April 2026', () => {
    expect(
      sarDue('2026-03-02', [
        { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
        { type: 'clock-resumed', on: '2026-03-04' },
      ]),
    ).toBe('2026-04-07');
  });

  // Clarification asked on the month's last day, Thursday 2 April, and received Friday 10 April: 2–10 April, 9 days,
  // do not count, so the end moves from 2 April to Saturday 11 April, rolled to Monday 13 April 2026.
  it('subject access: a clarification asked on the last day moves the end 9 days, to Monday 13 April 2026', () => {
    expect(
      sarDue('2026-03-02', [
        { type: 'clock-stopped', on: '2026-04-02', reason: 'clarification' },
        { type: 'clock-resumed', on: '2026-04-10' },
      ]),
    ).toBe('2026-04-13');
  });

  // Received Friday 13 March 2026: the month ends Monday 13 April. Clarification asked the same day and received
  // Monday 16 March: the day of receipt is day 0, not a day of the month, so 14, 15 and 16 March (3 days) do not
  // count: Thursday 16 April 2026 (counting the 13th too would give Friday 17 April).
  it('subject access: a clarification asked on the day of receipt does not take day 0 out again: Thursday 16 April 2026', () => {
    expect(sarDue('2026-03-13', [])).toBe('2026-04-13');
    expect(
      sarDue('2026-03-13', [
        { type: 'clock-stopped', on: '2026-03-13', reason: 'clarification' },
        { type: 'clock-resumed', on: '2026-03-16' },
      ]),
    ).toBe('2026-04-16');
  });
});
