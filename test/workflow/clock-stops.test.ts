/**
 * Clock stops and restarts (issue 16), every date worked out by hand.
 *
 * Calendar, March–July 2026: Sunday 1 March, so Monday 2, 9, 16, 23, 30 March; Wednesday 1 April; Monday 6, 13
 * April; Monday 1 June; Monday 22 June. Bank holidays: Tuesday 17 March (St Patrick's Day, Northern Ireland only:
 * a non-working day for FOI and EIR, whose working day excludes a bank holiday "in any part of the United
 * Kingdom", FOIA 2000 s.10(6)); Friday 3 April (Good Friday); Monday 6 April (Easter Monday, England, Wales and
 * Northern Ireland). Day 0 is the date of receipt; the due date is the Nth working day after it (FOI), or the
 * corresponding date a month later, rolled to the next working day (subject access, ICO).
 */
import { describe, expect, it } from 'vitest';
import { createWorkflow, TransitionError, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { caught } from '../caught.js';
import { preset } from './presets.js';

const foi = createWorkflow(preset('foi-2000'));
const eir = createWorkflow(preset('eir-2004'));
const sar = createWorkflow(preset('uk-gdpr-sar'));

function caseOf(wf: ReturnType<typeof createWorkflow>, received: string, events: CaseEventInput[], reference = 'R-1'): Case {
  let kase = wf.openCase({ reference, receivedAt: received });
  for (const e of events) kase = wf.applyEvent(kase, e);
  return kase;
}

const responseOf = (wf: ReturnType<typeof createWorkflow>, kase: Case) => wf.deadlines(kase).find((d) => d.id === 'response-response')!;

describe('FOI fees notice: a pause (FOIA 2000 s.10(2))', () => {
  // Without a fee: received Monday 2 March 2026. Working days 3, 4, 5, 6 (4); 9-13 (9); 16 (10), [17 St Patrick's
  // Day], 18, 19, 20 (13); 23-27 (18); 30 (19), 31 (20): due Tuesday 31 March 2026.
  it('with no fees notice the request is due on Tuesday 31 March 2026', () => {
    expect(responseOf(foi, caseOf(foi, '2026-03-02', [])).due).toBe('2026-03-31');
  });

  // Fees notice given Friday 6 March, fee received Friday 13 March: the working days 6, 9, 10, 11, 12 and 13 March
  // are disregarded. Counting: 3, 4, 5 (3); 16 (4); 18, 19, 20 (7); 23-27 (12); 30, 31 (14); 1 April (15), 2 (16),
  // [3 Good Friday, 4, 5, 6 Easter Monday], 7 (17), 8 (18), 9 (19), 10 (20): due Friday 10 April 2026.
  const paid = caseOf(foi, '2026-03-02', [
    { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
    { type: 'clock-resumed', on: '2026-03-13' },
  ]);

  it('the fee paid on 13 March moves the due date to Friday 10 April 2026', () => {
    const d = responseOf(foi, paid);
    expect(d.due).toBe('2026-04-10');
    expect(d.provisional).toBe(false);
    expect(d.flags).not.toContain('clock-stopped');
  });

  it('explains the disregarded working days as skipped, with the reason', () => {
    const d = responseOf(foi, paid);
    const stopped = d.skipped.filter((s) => s.kind === 'clock-stopped');
    expect(stopped.map((s) => s.date)).toEqual(['2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    expect(new Set(stopped.map((s) => s.reason))).toEqual(new Set(['Waiting for the fee to be paid']));
    // The weekend inside the pause is skipped as a weekend, as without a pause; the holidays are still listed.
    expect(d.skipped.filter((s) => s.kind === 'holiday').map((s) => s.date)).toEqual(['2026-03-17', '2026-04-03', '2026-04-06']);
    expect(d.skipped.filter((s) => s.kind === 'weekend').map((s) => s.date)).toContain('2026-03-07');
  });

  it('while the fee is awaited the case is clock-stopped: not chased, nothing overdue, the date provisional', () => {
    const waiting = caseOf(foi, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    const s = foi.statusOn(waiting, '2026-04-20');
    expect(s.state).toBe('clock-stopped');
    expect(s.overdue).toBe(false);
    expect(s.nextDeadline).toBeUndefined();
    // As if the fee came the day the notice was given (the earliest it can end): only 6 March is disregarded.
    // 3, 4, 5 (3); 9-13 (8); 16 (9); 18-20 (12); 23-27 (17); 30, 31 (19); 1 April (20).
    const d = responseOf(foi, waiting);
    expect(d.due).toBe('2026-04-01');
    expect(d.provisional).toBe(true);
    expect(d.flags).toContain('clock-stopped');
  });

  it('a response while the clock is stopped is refused: resume the clock first', () => {
    const waiting = caseOf(foi, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    const e = caught(() => foi.applyEvent(waiting, { type: 'response-sent', on: '2026-03-20' }));
    expect(e).toBeInstanceOf(TransitionError);
    expect((e as TransitionError).allowed).toContain('clock-resumed');
  });

  it('the response on 9 April, after the old date of 31 March, is in time against the lawful date', () => {
    const answered = foi.applyEvent(paid, { type: 'response-sent', on: '2026-04-09' });
    const stage = foi.snapshot(answered).stages[0]!;
    expect(stage.late).toBe(false);
    expect(stage.dueAtResponse).toBe('2026-04-10');
    expect(stage.clockStops).toEqual([
      {
        reason: 'fees-notice',
        title: 'Waiting for the fee to be paid',
        effect: 'pause',
        source: expect.stringContaining('FOIA 2000 s.10(2)'),
        from: '2026-03-06',
        until: '2026-03-13',
        endedBy: 'clock-resumed',
      },
    ]);
  });

  // Notice given Friday 6 March and never paid: "the period of three months beginning with the day on which the
  // fees notice is given" (s.9(2)) runs 6 March to 5 June 2026; the request lapses from Saturday 6 June.
  it('unpaid for three months the request lapses: not before 6 June 2026, and then it is closed as lapsed', () => {
    const waiting = caseOf(foi, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    const early = caught(() => foi.applyEvent(waiting, { type: 'request-lapsed', on: '2026-06-05' }));
    expect(early).toBeInstanceOf(TransitionError);
    expect((early as Error).message).toContain('only from 2026-06-06');
    const lapsed = foi.applyEvent(waiting, { type: 'request-lapsed', on: '2026-06-08' });
    const snap = foi.snapshot(lapsed);
    expect(snap.state).toBe('lapsed');
    expect(snap.lapsedOn).toBe('2026-06-08');
    expect(snap.stages[0]!.clockStops[0]!.endedBy).toBe('request-lapsed');
    expect(foi.statusOn(lapsed, '2026-06-30').overdue).toBe(false);
    // A lapsed request may then be closed on the system.
    expect(foi.applyEvent(lapsed, { type: 'closed', on: '2026-06-09' }).events.at(-1)!.type).toBe('closed');
  });

  it('a fees notice ends with clock-resumed: clock-restarted is refused, saying which to record', () => {
    const waiting = caseOf(foi, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    const e = caught(() => foi.applyEvent(waiting, { type: 'clock-restarted', on: '2026-03-13' }));
    expect(e).toBeInstanceOf(TransitionError);
    expect((e as Error).message).toContain("preset 'foi-2000'");
    expect((e as Error).message).toContain('record clock-resumed');
  });
});

describe('FOI clarification: a restart (FOIA 2000 s.1(3), s.10(6)(b))', () => {
  // Received Monday 2 March, clarification asked Wednesday 4 March, received Wednesday 11 March: 11 March is the
  // date of receipt. 12, 13 (2); 16 (3), [17], 18, 19, 20 (6); 23-27 (11); 30, 31 (13); 1, 2 April (15); [3-6];
  // 7, 8, 9, 10 (19); 13 (20): due Monday 13 April 2026.
  const clarified = caseOf(foi, '2026-03-02', [
    { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
    { type: 'clock-restarted', on: '2026-03-11' },
  ]);

  it('the 20 working days run from the day the clarification arrives: Monday 13 April 2026', () => {
    const d = responseOf(foi, clarified);
    expect(d.due).toBe('2026-04-13');
    expect(d.start).toBe('2026-03-11');
    expect(d.startedBy).toBe('clock-restarted');
    expect(d.flags).toContain('clock-restarted');
  });

  it('clock-resumed is refused for a restart mechanism, naming the preset and what to record', () => {
    const waiting = caseOf(foi, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' }]);
    const e = caught(() => foi.applyEvent(waiting, { type: 'clock-resumed', on: '2026-03-11' }));
    expect(e).toBeInstanceOf(TransitionError);
    expect((e as Error).message).toContain('record clock-restarted');
  });
});

describe('EIR clarification: a restart (EIR 2004 reg 9(4))', () => {
  // The same dates as the FOI clarification, on the same any-part-of-the-UK calendar: due Monday 13 April 2026.
  it('more particulars received on 11 March: due Monday 13 April 2026; without them, Tuesday 31 March', () => {
    expect(responseOf(eir, caseOf(eir, '2026-03-02', [])).due).toBe('2026-03-31');
    const clarified = caseOf(eir, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
      { type: 'clock-restarted', on: '2026-03-11' },
    ]);
    expect(responseOf(eir, clarified).due).toBe('2026-04-13');
  });

  it('EIR has no fees-notice clock stop in this preset: refused with the preset and its clock stops named', () => {
    const e = caught(() => caseOf(eir, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-04', reason: 'fees-notice' }]));
    expect(e).toBeInstanceOf(TransitionError);
    expect((e as Error).message).toContain("the preset 'eir-2004' does not let case type 'eir' stop its clock for that reason");
    expect((e as Error).message).toContain('clarification (restart');
  });
});

describe('Subject access: UK GDPR art 12A (DUAA 2025 s.76, in force 5 February 2026)', () => {
  // Received Monday 2 March 2026: one month by the ICO rule ends on the corresponding date, Thursday 2 April 2026.
  // Clarification asked Wednesday 4 March, received Wednesday 11 March: "the period beginning with the day on
  // which the controller makes the request and ending with the day on which the controller receives the
  // information does not count" (art 12A(5)(b)): 4, 5, 6, 7, 8, 9, 10 and 11 March, 8 days. The month's end moves
  // on 8 days, from Thursday 2 April to Friday 10 April 2026, a working day (Good Friday 3 April and Easter Monday
  // 6 April fall before it and change nothing in a count of calendar days).
  const clarified = caseOf(sar, '2026-03-02', [
    { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
    { type: 'clock-resumed', on: '2026-03-11' },
  ]);

  it('the issue 16 example: received 2 March, clarification asked 4 March and received 11 March, due Friday 10 April 2026', () => {
    expect(responseOf(sar, caseOf(sar, '2026-03-02', [])).due).toBe('2026-04-02');
    const d = sar.deadlines(clarified).find((x) => x.id === 'response-response')!;
    expect(d.due).toBe('2026-04-10');
    expect(d.skipped.map((s) => [s.date, s.kind])).toEqual([
      ['2026-03-04', 'clock-stopped'],
      ['2026-03-05', 'clock-stopped'],
      ['2026-03-06', 'clock-stopped'],
      ['2026-03-07', 'clock-stopped'],
      ['2026-03-08', 'clock-stopped'],
      ['2026-03-09', 'clock-stopped'],
      ['2026-03-10', 'clock-stopped'],
      ['2026-03-11', 'clock-stopped'],
    ]);
    expect(d.skipped[0]!.reason).toBe('Waiting for clarification of the request');
  });

  it('the three-month maximum moves on by the same 8 days: Tuesday 2 June 2026 becomes Wednesday 10 June', () => {
    expect(sar.deadlines(clarified).find((x) => x.id === 'response-maximum')!.due).toBe('2026-06-10');
  });

  // Clarification received Thursday 12 March instead: 9 days, 2 April + 9 = Saturday 11 April, rolled to Monday 13
  // April 2026 (the ICO: a weekend end moves to the next working day).
  it('a pause ending on 12 March gives Saturday 11 April, rolled to Monday 13 April 2026', () => {
    const later = caseOf(sar, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-03-12' },
    ]);
    const d = responseOf(sar, later);
    expect(d.due).toBe('2026-04-13');
    expect(d.skipped.filter((s) => s.kind === 'weekend').map((s) => s.date)).toEqual(['2026-04-11', '2026-04-12']);
  });

  // Proof of identity asked Tuesday 3 March and received Monday 9 March: "the relevant time" is the later day
  // (art 12A(2)(b)); one month from Monday 9 March ends Thursday 9 April 2026.
  it('proof of identity restarts the month: received 9 March, due Thursday 9 April 2026', () => {
    const identified = caseOf(sar, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-03', reason: 'identity' },
      { type: 'clock-restarted', on: '2026-03-09' },
    ]);
    const d = responseOf(sar, identified);
    expect(d.due).toBe('2026-04-09');
    expect(d.start).toBe('2026-03-09');
  });

  it('a request received before 5 February 2026 may not use the art 12A clock stops (refused, with the date)', () => {
    const e = caught(() => caseOf(sar, '2026-02-04', [{ type: 'clock-stopped', on: '2026-02-06', reason: 'clarification' }]));
    expect(e).toBeInstanceOf(TransitionError);
    expect((e as Error).message).toContain('only for cases received on or after 2026-02-05');
    expect((e as Error).message).toContain('this case was received on 2026-02-04');
    // Received on 5 February itself: allowed.
    expect(caseOf(sar, '2026-02-05', [{ type: 'clock-stopped', on: '2026-02-06', reason: 'clarification' }]).events).toHaveLength(1);
  });

  it('the preset is versioned at 5 February 2026 and no longer calls the DUAA future', () => {
    const p = preset('uk-gdpr-sar');
    expect([p.version, p.effectiveFrom]).toEqual(['2.0.0', '2026-02-05']);
    const stops = p.caseTypes['subject-access']!.clockStops!;
    expect(Object.fromEntries(Object.entries(stops).map(([id, s]) => [id, [s.effect, s.effectiveFrom]]))).toEqual({
      identity: ['restart', '2026-02-05'],
      fee: ['restart', '2026-02-05'],
      clarification: ['pause', '2026-02-05'],
    });
  });
});

describe('Case types without clock stops refuse them', () => {
  it.each([
    ['dudley', 'statutory-complaint'],
    ['england-adults-2009', undefined],
    ['wales-social-services-2014', undefined],
    ['scotland-spso', undefined],
    ['lgsco-code-2024', undefined],
    ['uk-dpa-complaints', undefined],
  ])('%s: a clock stop is refused with a TransitionError naming the preset and saying what to do instead', (id, type) => {
    const policy = preset(id);
    const wf = createWorkflow(policy);
    const caseType = type ?? Object.keys(policy.caseTypes)[0]!;
    const kase = wf.openCase({ reference: 'H-1', receivedAt: '2026-07-01', caseType });
    const e = caught(() => wf.applyEvent(kase, { type: 'clock-stopped', on: '2026-07-02', reason: 'clarification' }));
    expect(e).toBeInstanceOf(TransitionError);
    expect((e as Error).message).toContain(`the preset '${id}' gives case type '${caseType}' no way to stop its clock`);
    expect((e as Error).message).toContain('record extension-agreed');
  });
});

describe('Reminders follow the lawful due date', () => {
  // An FOI case type with a chasing ladder: a reminder on the due date and one 3 working days after it.
  const policy = parsePolicy({
    id: 'foi-chased',
    extends: 'mayoral-borough',
    title: 'FOI chased',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    caseTypes: {
      foi: {
        stages: {
          response: {
            reminders: [
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
    let kase = wf.openCase({ reference: 'F-1', receivedAt: '2026-03-02', caseType: 'foi' });
    for (const e of events) kase = wf.applyEvent(kase, e);
    return kase;
  };

  it('a case whose clock is stopped is not chased', () => {
    const waiting = open([{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    expect(wf.reminderSchedule(waiting)).toEqual([]);
    expect(wf.remindersDue([waiting], { after: '2026-03-06', through: '2026-06-05' })).toEqual([]);
  });

  // Fees notice given Monday 30 March (day 19: 3-6, 9-13, 16, 18-20, 23-27 are 18 working days) and the fee
  // received Wednesday 1 April: 30, 31 March and 1 April are disregarded; 2 April (19), [3-6], 7 April (20): due
  // Tuesday 7 April 2026. The ladder moves: due-date reminder Tuesday 7 April, overdue reminder 3 working days
  // later, Friday 10 April. The reminder for the old date, Tuesday 31 March, is stale and never sent.
  it('the ladder moves with the new due date and the reminder made stale is not sent', () => {
    const before = open([]);
    expect(wf.reminderSchedule(before).map((r) => [r.id, r.date, r.key])).toEqual([
      ['due-date-reminder', '2026-03-31', 'F-1|response|due-date-reminder|2026-03-31'],
      // 3 working days after Tuesday 31 March: 1 April (1), 2 April (2), [3 Good Friday, 4, 5, 6 Easter Monday], 7 April (3).
      ['overdue-reminder', '2026-04-07', 'F-1|response|overdue-reminder|2026-03-31'],
    ]);
    const paid = open([
      { type: 'clock-stopped', on: '2026-03-30', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-04-01' },
    ]);
    expect(wf.reminderSchedule(paid).map((r) => [r.id, r.date, r.key])).toEqual([
      ['due-date-reminder', '2026-04-07', 'F-1|response|due-date-reminder|2026-04-07'],
      ['overdue-reminder', '2026-04-10', 'F-1|response|overdue-reminder|2026-04-07'],
    ]);
    expect(wf.remindersDue([paid], { after: '2026-03-27', through: '2026-04-06' })).toEqual([]);
  });

  // Clock stopped on Friday 20 March, before the due-date reminder of Tuesday 31 March: the chase run over 30 March
  // to 3 April sends nothing and says why.
  it('chaseRun sends nothing for a case whose clock is stopped, and reports the reminder as skipped for that reason', async () => {
    const { chaseRun, parseDirectory } = await import('../../src/chase/index.js');
    const directory = parseDirectory({ roles: { 'information-governance': { name: 'Information Governance', email: 'ig@example.gov.uk' } } }, policy);
    const waiting = open([{ type: 'clock-stopped', on: '2026-03-20', reason: 'fees-notice' }]);
    const run = chaseRun(policy, [waiting], { from: '2026-03-30', to: '2026-04-03', directory, format: 'text' });
    expect(run.messages).toEqual([]);
    expect(run.skipped.map((x) => [x.reminder, x.date, x.reason])).toEqual([['due-date-reminder', '2026-03-31', 'clock-stopped']]);
    expect(run.needsAttention).toEqual([]);
  });
});

describe('Data protection complaints (DPA 2018 s.164A, in force 19 June 2026)', () => {
  const dpa = createWorkflow(preset('uk-dpa-complaints'));
  // "This 30-day period begins on the day after you receive the complaint. If the deadline falls on a weekend or
  // public holiday, you have until the next working day" (ICO). Received Monday 22 June 2026: day 1 is Tuesday 23
  // June, day 30 is Wednesday 22 July 2026 (June has 30 days: 23-30 June are days 1-8, 1-22 July days 9-30).
  it('received Monday 22 June 2026: acknowledge by Wednesday 22 July 2026', () => {
    const kase = dpa.openCase({ reference: 'DP-1', receivedAt: '2026-06-22' });
    const ack = dpa.deadlines(kase).find((d) => d.id === 'acknowledgement')!;
    expect([ack.due, ack.calendarDays, ack.source]).toEqual(['2026-07-22', 30, expect.stringContaining('DPA 2018 s.164A')]);
  });

  // Received Thursday 25 June 2026: day 30 is Saturday 25 July, so Monday 27 July 2026.
  it('received Thursday 25 June 2026: day 30 is Saturday 25 July, so acknowledge by Monday 27 July 2026', () => {
    const kase = dpa.openCase({ reference: 'DP-2', receivedAt: '2026-06-25' });
    const ack = dpa.deadlines(kase).find((d) => d.id === 'acknowledgement')!;
    expect(ack.due).toBe('2026-07-27');
    expect(ack.skipped.map((s) => s.date)).toEqual(['2026-07-25', '2026-07-26']);
  });

  it('is a complaint kind: the response needs an outcome, and the preset takes effect on 19 June 2026', () => {
    const p = preset('uk-dpa-complaints');
    expect([p.effectiveFrom, p.caseTypes['data-protection-complaint']!.kind]).toEqual(['2026-06-19', 'data-protection-complaint']);
    const kase = dpa.openCase({ reference: 'DP-3', receivedAt: '2026-06-22' });
    expect(() => dpa.applyEvent(kase, { type: 'response-sent', on: '2026-07-01' })).toThrow(/outcome: is required for a complaint response/);
  });
});

describe('Performance report: stopped days shown, in time against the lawful date', () => {
  // FOI received Monday 2 March 2026, fees notice Friday 6 March, fee Friday 13 March: due Friday 10 April (above).
  // Answered Thursday 9 April: in time, though after the 31 March the request would have had without the notice.
  // Working days from 2 March to 9 April: March 3-6, 9-13, 16, 18-20, 23-27, 30, 31 (20), April 1, 2, 7, 8, 9 (25);
  // less the 6 paused working days (6, 9-13 March): 19. Days stopped: 6 to 13 March, both included, 8.
  it('the case row shows 8 days stopped, 19 working days taken, and in time', async () => {
    const { performanceReport } = await import('../../src/reporting/index.js');
    const policy = preset('foi-2000');
    const kase = caseOf(foi, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-13' },
      { type: 'response-sent', on: '2026-04-09' },
    ]);
    const report = performanceReport(policy, [kase], { from: '2026-01-01', to: '2026-06-30', rows: true });
    const row = report.rows![0]!;
    expect([row.originalDue, row.responded, row.inTime, row.workingDaysToRespond, row.daysClockStopped]).toEqual(['2026-04-10', '2026-04-09', true, 19, 8]);
    expect(report.stages[0]!.period.inTime).toBe(1);
  });
});

describe('Letters: the clock-stop placeholders', () => {
  // A fees letter for the FOI request above: notice given Friday 6 March 2026, fee received Friday 13 March, new
  // due date Friday 10 April 2026 (worked above).
  it('fill the stop date, its reason from the preset and the day the clock ran again, with the moved due date', async () => {
    const { letterForCase } = await import('../../src/templates/index.js');
    const policy = parsePolicy({
      id: 'foi-letters',
      extends: 'foi-2000',
      title: 'FOI letters',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      templates: {
        'fee-received': {
          title: 'Fee received',
          subject: 'Your request ((reference))',
          body: 'We stopped the clock on ((clock stopped date)) (((clock stop reason))). It ran again on ((clock restarted date)). We will answer by ((due date)).',
          source: 'local: test letter',
        },
      },
    });
    const kase = caseOf(createWorkflow(policy), '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-13' },
    ]);
    const letter = letterForCase(policy, kase, 'fee-received');
    expect(letter.body).toBe(
      'We stopped the clock on Friday 6 March 2026 (Waiting for the fee to be paid). It ran again on Friday 13 March 2026. We will answer by Friday 10 April 2026.',
    );
  });
});
