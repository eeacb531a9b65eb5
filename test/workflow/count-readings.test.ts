/**
 * How a count is read and explained at its edges (issue 18: mutants that survived in `src/workflow/dates.ts`): the
 * count in words, the window counts' exact shape, a start that is day 1 on a non-working day, a count of 0 days, a
 * period's last day on a Saturday, a non-working hearing date, and a count running into a year whose bank holidays
 * are not yet published. Every date is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy } from '../../src/policies/index.js';
import { createWorkflow, describeCount, windowCountOf, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';

/**
 * A one-stage England policy (test only) whose stage 1 is counted from the acknowledgement, with the acknowledgement
 * counted as given: only the acknowledgement differs between the tests that use it.
 */
function acknowledgedFirst(id: string, acknowledgement: Record<string, unknown>) {
  return parsePolicy({
    id,
    title: `${id} (test)`,
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    jurisdiction: 'england',
    calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: test' },
    roles: { 'team-manager': { title: 'Team Manager' } },
    caseTypes: {
      complaint: {
        title: 'Complaint',
        kind: 'corporate-complaint',
        acknowledgement,
        stages: {
          'stage-1': {
            title: 'Stage 1',
            clockStart: 'acknowledged',
            timescale: { workingDays: 10, source: 'local: test' },
            responder: 'team-manager',
            source: 'local: test',
          },
        },
      },
    },
  });
}

function caseOf(wf: ReturnType<typeof createWorkflow>, received: string, events: CaseEventInput[] = []): Case {
  let kase = wf.openCase({ reference: 'C-18', receivedAt: received });
  for (const e of events) kase = wf.applyEvent(kase, e);
  return kase;
}

describe('a count in words', () => {
  it('names the unit, singular for one', () => {
    expect(describeCount({ workingDays: 10 })).toBe('10 working days');
    expect(describeCount({ workingDays: 1 })).toBe('1 working day');
    expect(describeCount({ calendarDays: 30 })).toBe('30 calendar days');
    expect(describeCount({ calendarDays: 1 })).toBe('1 calendar day');
    expect(describeCount({ calendarMonths: 3 })).toBe('3 calendar months');
    expect(describeCount({ calendarMonths: 1 })).toBe('1 calendar month');
  });

  it('a count of nothing is 0 working days (the documented default)', () => {
    expect(describeCount({})).toBe('0 working days');
  });
});

describe("an escalation window's count is exactly the one field it gives", () => {
  it('working days, calendar days or calendar months, with nothing else in it', () => {
    expect(windowCountOf({ windowWorkingDays: 20 })).toStrictEqual({ workingDays: 20 });
    expect(windowCountOf({ windowCalendarDays: 28 })).toStrictEqual({ calendarDays: 28 });
    expect(windowCountOf({ windowCalendarMonths: 2 })).toStrictEqual({ calendarMonths: 2 });
  });
});

describe('data protection complaints read with the day of receipt as day 1 (DPA 2018 s.164A(3): "30 days beginning when the complaint is received")', () => {
  // The variant a controller taking the literal reading sets (the preset notes it), counting the response from the
  // acknowledgement. Received Sunday 21 June 2026: every day counts, so Sunday is day 1 and day 30 is 21 June + 29 =
  // Monday 20 July 2026, a working day (reading Sunday as day 0 would give Tuesday 21 July).
  const literal = parsePolicy({
    id: 'uk-dpa-complaints-day-1',
    extends: 'uk-dpa-complaints',
    title: 'Data protection complaints (day 1 reading, test)',
    version: '1.0.0',
    effectiveFrom: getPolicy('uk-dpa-complaints').effectiveFrom,
    caseTypes: {
      'data-protection-complaint': {
        acknowledgement: { startDay: 'day-1', startDaySource: 'local: test, "30 days beginning when the complaint is received"' },
        stages: { response: { clockStart: 'acknowledged' } },
      },
    },
  });
  const wf = createWorkflow(literal);
  const kase = caseOf(wf, '2026-06-21');

  it('received on a Sunday: the acknowledgement is due Monday 20 July 2026', () => {
    expect(wf.deadlines(kase).find((d) => d.id === 'acknowledgement')!.due).toBe('2026-07-20');
  });

  it('and the response clock, counted from the acknowledgement, is assumed to start that day', () => {
    expect(wf.stageDates(wf.snapshot(kase), 0).clockStart).toEqual({ date: '2026-07-20', by: 'acknowledged', assumed: true });
  });
});

describe('a count of 0 days whose start is day 1 ends on the start itself', () => {
  // "Acknowledged the same day": 0 calendar days with the day of receipt as day 1. Received Tuesday 2 June 2026: due
  // that day (not Monday 1 June, the day before).
  const policy = acknowledgedFirst('same-day', { calendarDays: 0, startDay: 'day-1', startDaySource: 'local: test', source: 'local: test' });
  const wf = createWorkflow(policy);

  it('received Tuesday 2 June 2026: acknowledgement due Tuesday 2 June, and the clock assumed to start then', () => {
    const kase = caseOf(wf, '2026-06-02');
    expect(wf.deadlines(kase).find((d) => d.id === 'acknowledgement')!.due).toBe('2026-06-02');
    expect(wf.stageDates(wf.snapshot(kase), 0).clockStart.date).toBe('2026-06-02');
  });
});

describe('a count of working days whose start is day 1, received on a Saturday', () => {
  // Swindon's reading of "Day 1 of receiving the complaint", as a variant counting the response from the
  // acknowledgement: the day of receipt is day 1 when it is a working day; received Saturday 4 April 2026, the first
  // working day after it is day 1: [Mon 6 Easter Monday], Tue 7 (1), Wed 8 (2), Thu 9 April (3). So the clock is
  // assumed to start on Thursday 9 April 2026 (as it would reading the Saturday as day 0).
  const policy = acknowledgedFirst('day-one', { workingDays: 3, startDay: 'day-1', startDaySource: 'local: test', source: 'local: test' });
  const wf = createWorkflow(policy);

  it('acknowledgement due Thursday 9 April 2026, and the clock assumed to start then', () => {
    const kase = caseOf(wf, '2026-04-04');
    expect(wf.deadlines(kase).find((d) => d.id === 'acknowledgement')!.due).toBe('2026-04-09');
    expect(wf.stageDates(wf.snapshot(kase), 0).clockStart).toEqual({ date: '2026-04-09', by: 'acknowledged', assumed: true });
  });
});

describe("a period's last day on a Saturday is the due date, not a day skipped (england-adults-2009)", () => {
  // SI 2009/309 reg 14(2), read with SI 2012/3094 reg 29(3)(a): "the period of 6 months commencing on the day on which
  // the complaint was received". Received Monday 5 January 2026: the period's last day is Saturday 4 July 2026, not
  // moved to a working day; every day up to it counts, so none is listed as skipped.
  it('received Monday 5 January 2026: due Saturday 4 July 2026, nothing skipped', () => {
    const wf = createWorkflow(getPolicy('england-adults-2009'));
    const d = wf.deadlines(caseOf(wf, '2026-01-05')).find((x) => x.id === 'response-response')!;
    expect(d.due).toBe('2026-07-04');
    expect(d.skipped).toEqual([]);
  });
});

describe('a subject access month read as a period (period-last-day) with the further months from its end', () => {
  // A controller's variant (local reading for the test): each period ends on its last day, "the period of N months
  // commencing on" its first day, never rolled; an extension's further months commence the day after the first
  // month's last day. Received Friday 30 January 2026: the first month's corresponding date would be 30 February,
  // which does not exist, so the period runs to the end of February, Saturday 28 February. Two further months
  // commencing Sunday 1 March end the day before 1 May: Thursday 30 April 2026. (Three months from receipt would end
  // the day before 30 April: Wednesday 29 April.)
  const sar = getPolicy('uk-gdpr-sar');
  const variant = parsePolicy({
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
  });
  const wf = createWorkflow(variant);

  it('one month ends Saturday 28 February 2026 (not moved); extended by two months, Thursday 30 April 2026', () => {
    const opened = caseOf(wf, '2026-01-30');
    expect(wf.deadlines(opened).find((d) => d.id === 'response-response')!.due).toBe('2026-02-28');
    const extended = caseOf(wf, '2026-01-30', [
      { type: 'extension-agreed', on: '2026-02-02', calendarMonths: 2, reason: 'Complex request', agreedWithComplainant: true },
    ]);
    const d = wf.deadlines(extended).find((x) => x.id === 'response-extended-response')!;
    expect(d.due).toBe('2026-04-30');
    expect(d.skipped).toEqual([]);
  });
});

describe('a hearing arranged for a Saturday: the notice deadline lists that Saturday once', () => {
  // The test policy's panel (stage 3) gives 10 working days' notice of the hearing. A hearing on Saturday 18 April
  // 2026: 10 working days before it are Fri 17 (1), 16, 15, 14, 13 (5), 10, 9, 8, 7 (9), [Mon 6 Easter Monday, 4–5,
  // Fri 3 Good Friday], Thu 2 April (10). Not working between the notice date and the hearing: 3 (Good Friday), 4, 5,
  // 6 (Easter Monday), 11, 12, and the Saturday of the hearing itself, 18 April.
  const wf = createWorkflow(threeStagePolicy());

  it('notice by Thursday 2 April 2026, with 3, 4, 5, 6, 11, 12 and 18 April skipped', () => {
    const kase = caseOf(wf, '2026-01-05', [
      { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-01-19' },
      { type: 'response-sent', on: '2026-02-20', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-02-23' },
      { type: 'hearing-arranged', on: '2026-03-02', hearingDate: '2026-04-18' },
    ]);
    const d = wf.deadlines(kase).find((x) => x.id === 'stage-3-hearing-notice')!;
    expect(d.due).toBe('2026-04-02');
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-11', '2026-04-12', '2026-04-18']);
  });
});

describe('a count in calendar days that runs into a year whose bank holidays are not yet published is provisional', () => {
  // GOV.UK has published England and Wales bank holidays through 2028 (when 2029 is published, move these dates on a
  // year). A data protection complaint received Wednesday 13 December 2028: 30 days on is Friday 12 January 2029, a
  // working day. The days counted reach into 2029, whose holidays are not confirmed: the date is provisional, though
  // the day of receipt is in a published year. (Received Thursday 25 June 2026 it is not: see the next test.)
  const wf = createWorkflow(getPolicy('uk-dpa-complaints'));
  const ack = (received: string) => wf.deadlines(caseOf(wf, received)).find((d) => d.id === 'acknowledgement')!;

  it('received 13 December 2028: due Friday 12 January 2029, provisional', () => {
    expect(ack('2028-12-13')).toMatchObject({ due: '2029-01-12', provisional: true });
  });

  // Received Thursday 25 June 2026: 30 days on is Saturday 25 July, moved to Monday 27 July: the Saturday and Sunday
  // are the days skipped. Received Monday 22 June: Wednesday 22 July, a working day, nothing skipped.
  it('received 25 June 2026: due Monday 27 July 2026, not provisional, the weekend of 25–26 July skipped', () => {
    const d = ack('2026-06-25');
    expect(d).toMatchObject({ due: '2026-07-27', provisional: false });
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-07-25', '2026-07-26']);
    expect(ack('2026-06-22')).toMatchObject({ due: '2026-07-22', skipped: [] });
  });
});
