/**
 * Clock stops at the edges the earlier tests did not reach (issue 18: mutants that survived in
 * `src/workflow/rules/clock-stops.ts` and `response-due.ts`): a restart before a later clock start, a restart that
 * lapsed, a mechanism name that is not the preset's own, a pause after the period ended, a pause after a months
 * extension whose date was rolled, and an extension recorded before the clock start or on the day of a restart.
 * Every date is worked out by hand.
 *
 * FOI (FOIA 2000 s.10): the 20th working day after receipt, a bank holiday in any part of the UK skipped. March–May
 * 2026: Mondays 2, 9, 16, 23, 30 March; Tuesday 17 March (St Patrick's Day, Northern Ireland); Friday 3 April (Good
 * Friday) and Monday 6 April (Easter Monday); Monday 4 May (Early May bank holiday). Subject access (UK GDPR art
 * 12(3), the ICO's month rule): the corresponding date, moved to the next working day; art 12A(5): the days from the
 * request for clarification to its receipt, both included, do not count.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy, type Policy } from '../../src/policies/index.js';
import { createWorkflow, TransitionError, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { caught } from '../caught.js';

const foiPolicy = getPolicy('foi-2000');

function foiVariant(caseType: Record<string, unknown>): Policy {
  return parsePolicy({
    id: 'foi-2000-variant',
    extends: 'foi-2000',
    title: `${foiPolicy.title} (test variant)`,
    version: '1.0.0',
    effectiveFrom: foiPolicy.effectiveFrom,
    caseTypes: { foi: caseType },
  });
}

function caseOf(wf: ReturnType<typeof createWorkflow>, received: string, events: CaseEventInput[]): Case {
  let kase = wf.openCase({ reference: 'E-18', receivedAt: received });
  for (const e of events) kase = wf.applyEvent(kase, e);
  return kase;
}

const byId = (wf: ReturnType<typeof createWorkflow>, kase: Case, id: string) => wf.deadlines(kase).find((d) => d.id === id)!;

describe('an FOI variant counted from the acknowledgement: a restart before it does not move the start back', () => {
  // A council's variant (local practice, not the Act) whose clock starts when the request is acknowledged, with no
  // acknowledgement target: until acknowledged the clock is assumed to start with the request. The later of the
  // acknowledgement and the clarification's arrival starts the count (s.10(6)(b): the later date is day 0).
  const wf = createWorkflow(foiVariant({ stages: { response: { clockStart: 'acknowledged' } } }));

  // Received Monday 2 March 2026; clarification asked Tuesday 3 March, received Wednesday 4 March; acknowledged
  // Monday 9 March. From 9 March: 10–13 (4), 16 (5), [17], 18–20 (8), 23–27 (13), 30, 31 (15), 1, 2 April (17),
  // [3, 6 April], 7, 8, 9 April (20): Thursday 9 April 2026 (from the restart it would be Thursday 2 April).
  it('restarted 4 March, acknowledged 9 March: from 9 March, due Thursday 9 April 2026, not flagged as restarted', () => {
    const kase = caseOf(wf, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-03', reason: 'clarification' },
      { type: 'clock-restarted', on: '2026-03-04' },
      { type: 'acknowledged', on: '2026-03-09' },
    ]);
    const d = byId(wf, kase, 'response-response');
    expect(d).toMatchObject({ start: '2026-03-09', startedBy: 'acknowledged', due: '2026-04-09', provisional: false });
    expect(d.flags).toEqual([]);
  });

  // Clarification asked Tuesday 3 March and still awaited; acknowledged Thursday 5 March. The earliest the
  // clarification can arrive is the day it was asked, before the acknowledgement, so the count runs (for now) from 5
  // March: 6 (1), 9–13 (6), 16 (7), [17], 18–20 (10), 23–27 (15), 30, 31 (17), 1, 2 April (19), [3, 6], 7 April (20):
  // Tuesday 7 April 2026, provisional, its start assumed (from 3 March it would be Wednesday 1 April).
  it('clarification awaited since 3 March, acknowledged 5 March: due Tuesday 7 April 2026 at the earliest, assumed', () => {
    const kase = caseOf(wf, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-03', reason: 'clarification' },
      { type: 'acknowledged', on: '2026-03-05' },
    ]);
    const d = byId(wf, kase, 'response-response');
    expect(d).toMatchObject({ start: '2026-03-05', startedBy: 'acknowledged', due: '2026-04-07', provisional: true });
    expect(d.flags).toContain('clock-start-assumed');
    expect(d.flags).toContain('clock-stopped');
  });
});

describe('a restart that lapsed is not a restart: the information never arrived', () => {
  // A variant in which an unanswered clarification lets the request lapse after three months (local practice for
  // the test). Received Monday 2 March 2026, clarification asked Wednesday 4 March and never received; lapsed on
  // Thursday 4 June (the corresponding date three months on). The clock never ran afresh, so the response stays
  // counted from receipt: 20 working days, due Tuesday 31 March 2026 (3–6 (4), 9–13 (9), 16 (10), [17], 18–20 (13),
  // 23–27 (18), 30, 31 (20)).
  const stops = foiPolicy.caseTypes.foi!.clockStops!;
  const wf = createWorkflow(foiVariant({ clockStops: { clarification: { ...stops.clarification, lapseAfter: { calendarMonths: 3, source: 'local: test' } } } }));

  it('lapsed on Thursday 4 June: the response from Monday 2 March, due Tuesday 31 March 2026, no day paused', () => {
    const kase = caseOf(wf, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
      { type: 'request-lapsed', on: '2026-06-04' },
    ]);
    expect(wf.snapshot(kase).state).toBe('lapsed');
    const d = byId(wf, kase, 'response-response');
    expect(d).toMatchObject({ start: '2026-03-02', startedBy: 'received', due: '2026-03-31' });
    expect(d.flags).not.toContain('clock-restarted');
    expect(d.skipped.filter((s) => s.kind === 'clock-stopped')).toEqual([]);
  });
});

describe("a mechanism named like one of JavaScript's own object properties is not one of the preset's", () => {
  const foi = createWorkflow(foiPolicy);
  it("FOI: clock-stopped for 'constructor' is refused, naming the preset's clock stops", () => {
    const e = caught(() => caseOf(foi, '2026-03-02', [{ type: 'clock-stopped', on: '2026-03-04', reason: 'constructor' }])) as Error;
    expect(e).toBeInstanceOf(TransitionError);
    expect(e.message).toContain("does not let case type 'foi' stop its clock for that reason: its clock stops are fees-notice (pause");
  });
});

describe('subject access: pauses against the month', () => {
  const sar = createWorkflow(getPolicy('uk-gdpr-sar'));
  const dueInForce = (kase: Case) => {
    const list = sar.deadlines(kase);
    return (list.find((d) => d.id === 'response-extended-response') ?? list.find((d) => d.id === 'response-response'))!.due;
  };

  // Received Monday 2 March 2026: one month ends Thursday 2 April. A clarification asked Tuesday 7 April and received
  // Thursday 9 April falls after the month ended: there is nothing left for it to stop, and the date stays.
  it('a clarification after the month ended leaves Thursday 2 April 2026', () => {
    const kase = caseOf(sar, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-04-07', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-04-09' },
    ]);
    expect(dueInForce(kase)).toBe('2026-04-02');
  });

  // Received Friday 26 February 2027: one month ends Friday 26 March 2027, Good Friday (Easter Sunday is 28 March
  // 2027), so the response is due after Saturday 27, Sunday 28 and Easter Monday 29 March: Tuesday 30 March. A
  // clarification asked and received on Saturday 27 March comes after the month ended: it moves nothing and is not
  // listed as a stopped day; the days skipped are those rolled over, each once.
  it('a clarification among the days rolled over after the month: due Tuesday 30 March 2027, listed once as a weekend', () => {
    const kase = caseOf(sar, '2027-02-26', [
      { type: 'clock-stopped', on: '2027-03-27', reason: 'clarification' },
      { type: 'clock-resumed', on: '2027-03-27' },
    ]);
    const d = sar.deadlines(kase).find((x) => x.id === 'response-response')!;
    expect(d.due).toBe('2027-03-30');
    expect(d.skipped.map((s) => [s.date, s.kind])).toEqual([
      ['2027-03-26', 'holiday'],
      ['2027-03-27', 'weekend'],
      ['2027-03-28', 'weekend'],
      ['2027-03-29', 'holiday'],
    ]);
  });

  // Received Friday 6 March 2026; extended on Monday 30 March by two further months: three months from receipt end
  // Saturday 6 June, so due Monday 8 June. A clarification asked Monday 13 April and received Wednesday 15 April: 3
  // days that do not count, so the three months end 3 days later, Tuesday 9 June 2026, a working day. (Moving the
  // rolled date, Monday 8 June, on 3 days would give Thursday 11 June: the days are added to the period's end, not
  // to the date it was rolled to.)
  it('a pause after a months extension moves the period end, not the rolled date: Tuesday 9 June 2026', () => {
    const extended: CaseEventInput[] = [{ type: 'extension-agreed', on: '2026-03-30', calendarMonths: 2, reason: 'Complex request', agreedWithComplainant: true }];
    expect(dueInForce(caseOf(sar, '2026-03-06', extended))).toBe('2026-06-08');
    const paused = caseOf(sar, '2026-03-06', [
      ...extended,
      { type: 'clock-stopped', on: '2026-04-13', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-04-15' },
    ]);
    expect(dueInForce(paused)).toBe('2026-06-09');
    expect(sar.deadlines(paused).find((d) => d.id === 'response-maximum')!.due).toBe('2026-06-09');
  });
});

describe("a stage whose months end on the period's last day: an agreed date moved by a pause is not rolled either", () => {
  // A controller's variant reading the month as "the period of one month commencing on" the day of receipt (its last
  // day, never moved to a working day; local reading for the test). Received Monday 2 March 2026: the period ends
  // Wednesday 1 April. A new date, Friday 15 May 2026, agreed on Monday 9 March; then a clarification asked Tuesday
  // 10 March and received Wednesday 11 March: 2 days that do not count (art 12A(5)), so the agreed date moves to
  // Sunday 17 May 2026, and stays there as the period's end does (rolled, it would be Monday 18 May). The three-month
  // maximum, the period ending Monday 1 June, moves the same 2 days to Wednesday 3 June.
  const sar = getPolicy('uk-gdpr-sar');
  const wf = createWorkflow(
    parsePolicy({
      id: 'uk-gdpr-sar-period',
      extends: 'uk-gdpr-sar',
      title: `${sar.title} (test variant)`,
      version: '1.0.0',
      effectiveFrom: sar.effectiveFrom,
      caseTypes: { 'subject-access': { stages: { response: { timescale: { calendarMonthsEnd: 'period-last-day', calendarMonthsEndSource: 'local: test' } } } } },
    }),
  );

  it('the agreed Friday 15 May 2026 moves to Sunday 17 May, not rolled; the maximum to Wednesday 3 June', () => {
    const kase = caseOf(wf, '2026-03-02', [
      { type: 'extension-agreed', on: '2026-03-09', newDueDate: '2026-05-15', reason: 'Complex request', agreedWithComplainant: true },
      { type: 'clock-stopped', on: '2026-03-10', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-03-11' },
    ]);
    expect(byId(wf, kase, 'response-extended-response').due).toBe('2026-05-17');
    expect(byId(wf, kase, 'response-maximum').due).toBe('2026-06-03');
  });
});

describe("periods read to their last day, the further months from the first one's end, with a pause in them", () => {
  // A controller's variant (local reading for the test): each period ends on its last day, never rolled, and an
  // extension's further months commence the day after the first month's last day. Received Monday 2 March 2026: the
  // first month ends Wednesday 1 April; two further months commencing Thursday 2 April end the day before 2 June:
  // Monday 1 June. A clarification asked Tuesday 14 April and received Thursday 16 April, in the further months: 3
  // days that do not count (art 12A(5)), so they end Thursday 4 June 2026.
  const sar = getPolicy('uk-gdpr-sar');
  const wf = createWorkflow(
    parsePolicy({
      id: 'uk-gdpr-sar-periods',
      extends: 'uk-gdpr-sar',
      title: `${sar.title} (test variant)`,
      version: '1.0.0',
      effectiveFrom: sar.effectiveFrom,
      caseTypes: {
        'subject-access': {
          stages: {
            response: {
              timescale: { calendarMonthsEnd: 'period-last-day', calendarMonthsEndSource: 'local: test' },
              extension: { calendarMonthsFrom: 'first-period-end', calendarMonthsFromSource: 'local: test' },
            },
          },
        },
      },
    }),
  );

  it('extended by two months on 9 March, then paused 14–16 April: Thursday 4 June 2026', () => {
    const extended: CaseEventInput[] = [{ type: 'extension-agreed', on: '2026-03-09', calendarMonths: 2, reason: 'Complex request', agreedWithComplainant: true }];
    expect(byId(wf, caseOf(wf, '2026-03-02', extended), 'response-extended-response').due).toBe('2026-06-01');
    const paused = caseOf(wf, '2026-03-02', [
      ...extended,
      { type: 'clock-stopped', on: '2026-04-14', reason: 'clarification' },
      { type: 'clock-resumed', on: '2026-04-16' },
    ]);
    expect(byId(wf, paused, 'response-extended-response').due).toBe('2026-06-04');
  });
});

describe('which extension is in force around the clock start', () => {
  // LGSCO Complaint Handling Code: stage 1 counts 10 working days from the acknowledgement, due 5 working days after
  // receipt. Received Monday 1 June 2026: acknowledgement assumed Monday 8 June (2–5, 8), so the response is due
  // Monday 22 June (9–12, 15–19, 22). Five more working days agreed on Wednesday 3 June, before the acknowledgement:
  // 23, 24, 25, 26, 29: Monday 29 June 2026. The extension stands: only a restart of the clock drops one.
  it('LGSCO: an extension agreed before the (assumed) acknowledgement stands: Monday 29 June 2026', () => {
    const lgsco = createWorkflow(getPolicy('lgsco-code-2024'));
    const kase = caseOf(lgsco, '2026-06-01', [{ type: 'extension-agreed', on: '2026-06-03', additionalWorkingDays: 5, reason: 'r', agreedWithComplainant: true }]);
    const list = lgsco.deadlines(kase);
    expect(list.find((d) => d.id === 'stage-1-response')).toMatchObject({ start: '2026-06-08', due: '2026-06-22', supersededBy: 'stage-1-extended-response' });
    expect(list.find((d) => d.id === 'stage-1-extended-response')!.due).toBe('2026-06-29');
  });

  // FOI received Monday 2 March 2026; clarification asked Wednesday 4 March, received Wednesday 11 March: the 20
  // working days run from 11 March to Monday 13 April. A public interest extension of 20 working days recorded the
  // same day, after the restart, counts from that date: 14–17 (4), 20–24 (9), 27–30 (13), 1 May (14), [4 May], 5–8
  // (18), 11, 12 May (20): Tuesday 12 May 2026.
  it('FOI: an extension recorded on the day of the restart, after it, stands: Tuesday 12 May 2026', () => {
    const foi = createWorkflow(foiPolicy);
    const kase = caseOf(foi, '2026-03-02', [
      { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
      { type: 'clock-restarted', on: '2026-03-11' },
      { type: 'extension-agreed', on: '2026-03-11', additionalWorkingDays: 20, reason: 'Public interest test', agreedWithComplainant: true },
    ]);
    expect(byId(foi, kase, 'response-response').due).toBe('2026-04-13');
    expect(byId(foi, kase, 'response-extended-response').due).toBe('2026-05-12');
  });
});
