import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { CaseInputError, casesFromJson, performanceReport, type StageFigures } from '../../src/reporting/index.js';
import { applyEvent, CASE_EVENT_TYPES, openCase } from '../../src/workflow/index.js';
import { getPolicy, parsePolicy } from '../../src/policies/index.js';
import { build, dudley, handCases } from './fixtures.js';

const report = performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-09-30', rows: true });
const stage = (id: string) => report.stages.find((s) => s.stage === id)!;

/** Figures with zeros everywhere, for the parts a test does not set. */
function figures(parts: Partial<StageFigures>): StageFigures {
  return {
    received: 0,
    responded: 0,
    inTimeOriginal: 0,
    lateOriginal: 0,
    percentInTimeOriginal: null,
    inTime: 0,
    late: 0,
    percentInTime: null,
    respondedExtended: 0,
    totalWorkingDays: 0,
    meanWorkingDays: null,
    medianWorkingDays: null,
    longestWorkingDays: null,
    outcomes: { upheld: 0, partlyUpheld: 0, notUpheld: 0, none: 0 },
    delayReasons: { byCode: { Z040: 0, Z041: 0, Z042: 0, Z043: 0, Z044: 0 }, awaited: 0 },
    escalated: 0,
    percentEscalated: null,
    extensionsAgreed: 0,
    extensionsBeyondMaximum: 0,
    ...parts,
  };
}

describe('performanceReport: a hand-built set of Dudley cases, 1 April to 30 September 2026 (see fixtures.ts)', () => {
  it('covers Q1 and Q2 of 2026/27 and the three statutory stages', () => {
    expect(report.quarters).toEqual([
      { label: 'Q1 2026/27', financialYear: 2026, quarter: 1, from: '2026-04-01', to: '2026-06-30' },
      { label: 'Q2 2026/27', financialYear: 2026, quarter: 2, from: '2026-07-01', to: '2026-09-30' },
    ]);
    expect(report.asOf).toBe('2026-09-30');
    expect(report.stages.map((s) => s.stage)).toEqual(['stage-1', 'stage-2', 'stage-3']);
    expect(stage('stage-1').timescale).toBe('10 working days');
  });

  it('states each timescale with its unit: 1 calendar month for a subject access request, 30 calendar days where a preset counts them', () => {
    const sar = getPolicy('uk-gdpr-sar');
    const request = openCase(sar, { reference: 'SAR/1', receivedAt: '2026-04-10' });
    expect(performanceReport(sar, [request], { from: '2026-04-01', to: '2026-06-30' }).stages.map((s) => s.timescale)).toEqual(['1 calendar month']);
    const days = parsePolicy({
      id: 'thirty-calendar-days',
      extends: 'england-children-2006',
      title: 'Stage 3 panel within 30 calendar days',
      version: '1.0.0',
      effectiveFrom: '2026-04-01',
      caseTypes: { 'statutory-complaint': { stages: { 'stage-3': { panel: { meetWithin: { workingDays: null, calendarDays: 30 } } } } } },
    });
    let atStage3 = openCase(days, { reference: 'C/1', receivedAt: '2026-04-01' });
    atStage3 = applyEvent(days, atStage3, { type: 'response-sent', on: '2026-04-15', outcome: 'not-upheld' });
    atStage3 = applyEvent(days, atStage3, { type: 'next-stage-requested', on: '2026-04-20' });
    atStage3 = applyEvent(days, atStage3, { type: 'response-sent', on: '2026-05-20', outcome: 'not-upheld' });
    atStage3 = applyEvent(days, atStage3, { type: 'next-stage-requested', on: '2026-05-26' });
    const stage3 = performanceReport(days, [atStage3], { from: '2026-04-01', to: '2026-06-30' }).stages.find((s) => s.stage === 'stage-3');
    expect(stage3?.timescale).toBe('panel meets within 30 calendar days');
  });

  it('stage 1, Q1: received A B C D G; responded A B C D G and L (received in March)', () => {
    // In time against the date in force: A B C(extended) D G = 5 of 6 (83.3%); L is late.
    // In time against the original date: A B D G = 4 of 6 (66.7%); C and L are late.
    // Working days: A 9, B 10, C 17, D 10, G 9, L 11 → total 66, mean 11.0, sorted 9 9 10 10 11 17 → median 10,
    // longest 17. Outcomes: upheld A D L, partly C, not upheld B G. G asked for stage 2: 1 of 6 (16.7%).
    // C's extension was agreed on 10 June (within the maximum). L's reason Z040.
    expect(stage('stage-1').quarters[0]).toEqual(
      figures({
        received: 5,
        responded: 6,
        inTimeOriginal: 4,
        lateOriginal: 2,
        percentInTimeOriginal: 66.7,
        inTime: 5,
        late: 1,
        percentInTime: 83.3,
        respondedExtended: 1,
        totalWorkingDays: 66,
        meanWorkingDays: 11,
        medianWorkingDays: 10,
        longestWorkingDays: 17,
        outcomes: { upheld: 3, partlyUpheld: 1, notUpheld: 2, none: 0 },
        delayReasons: { byCode: { Z040: 1, Z041: 0, Z042: 0, Z043: 0, Z044: 0 }, awaited: 0 },
        escalated: 1,
        percentEscalated: 16.7,
        extensionsAgreed: 1,
      }),
    );
  });

  it('stage 1, Q2: received E F H I J K N; responded E (on a bank holiday, late) and F (reason awaited)', () => {
    // N's response on 2 October is after the as-of date and is ignored. E 11 and F 14 working days: mean 12.5,
    // median 12.5. Both late on both measures. E's reason Z041; F's awaited.
    expect(stage('stage-1').quarters[1]).toEqual(
      figures({
        received: 7,
        responded: 2,
        inTimeOriginal: 0,
        lateOriginal: 2,
        percentInTimeOriginal: 0,
        inTime: 0,
        late: 2,
        percentInTime: 0,
        totalWorkingDays: 25,
        meanWorkingDays: 12.5,
        medianWorkingDays: 12.5,
        longestWorkingDays: 14,
        outcomes: { upheld: 0, partlyUpheld: 1, notUpheld: 1, none: 0 },
        delayReasons: { byCode: { Z040: 0, Z041: 1, Z042: 0, Z043: 0, Z044: 0 }, awaited: 1 },
        percentEscalated: 0,
      }),
    );
  });

  it('stage 1, whole period: the two quarters together', () => {
    // Working days 9 9 10 10 11 11 14 17: total 91, mean 11.375 → 11.4, median (10 + 11) / 2 = 10.5.
    // In time 5 of 8 (62.5%); original 4 of 8 (50%); escalated 1 of 8 (12.5%).
    expect(stage('stage-1').period).toEqual(
      figures({
        received: 12,
        responded: 8,
        inTimeOriginal: 4,
        lateOriginal: 4,
        percentInTimeOriginal: 50,
        inTime: 5,
        late: 3,
        percentInTime: 62.5,
        respondedExtended: 1,
        totalWorkingDays: 91,
        meanWorkingDays: 11.4,
        medianWorkingDays: 10.5,
        longestWorkingDays: 17,
        outcomes: { upheld: 3, partlyUpheld: 2, notUpheld: 3, none: 0 },
        delayReasons: { byCode: { Z040: 1, Z041: 1, Z042: 0, Z043: 0, Z044: 0 }, awaited: 1 },
        escalated: 1,
        percentEscalated: 12.5,
        extensionsAgreed: 1,
      }),
    );
  });

  it('stage 1 overdue on Wednesday 30 September: H 31 working days (over 20), I 2 (1–5); not J, K (withdrawn) or N', () => {
    expect(stage('stage-1').overdue).toEqual({ total: 2, bands: { '1-5': 1, '6-10': 0, '11-20': 0, 'over-20': 1 }, longestWorkingDays: 31 });
    expect(report.overdueCases).toEqual([
      { reference: 'HB-H', caseType: 'statutory-complaint', stage: 'stage-1', received: '2026-08-03', due: '2026-08-17', workingDaysOverdue: 31, band: 'over-20' },
      { reference: 'HB-I', caseType: 'statutory-complaint', stage: 'stage-1', received: '2026-09-14', due: '2026-09-28', workingDaysOverdue: 2, band: '1-5' },
    ]);
  });

  it('the senior-manager list: F answered Tue 21 Jul, 4 working days after its due date Wed 15 Jul, no reason yet', () => {
    expect(report.reasonAwaitedCases).toEqual([
      { reference: 'HB-F', caseType: 'statutory-complaint', stage: 'stage-1', due: '2026-07-15', responded: '2026-07-21', workingDaysLate: 4 },
    ]);
  });

  it('stage 2 (G): received in Q1 (5 May), extended beyond the 65-day maximum in Q1, answered in Q2 after 66 working days', () => {
    const s2 = stage('stage-2');
    expect(s2.quarters[0]).toEqual(figures({ received: 1, extensionsAgreed: 1, extensionsBeyondMaximum: 1 }));
    expect(s2.quarters[1]).toEqual(
      figures({
        responded: 1,
        inTimeOriginal: 0,
        lateOriginal: 1,
        percentInTimeOriginal: 0,
        inTime: 1,
        late: 0,
        percentInTime: 100,
        respondedExtended: 1,
        totalWorkingDays: 66,
        meanWorkingDays: 66,
        medianWorkingDays: 66,
        longestWorkingDays: 66,
        outcomes: { upheld: 0, partlyUpheld: 1, notUpheld: 0, none: 0 },
        percentEscalated: 0,
      }),
    );
    expect(s2.overdue.total).toBe(0);
    expect(stage('stage-3').period).toEqual(figures({}));
  });

  it('per-case rows: the traps as rows (B in time though closed late; C extended; D and E on bank holidays)', () => {
    const row = (ref: string, st = 'stage-1') => report.rows!.find((r) => r.reference === ref && r.stage === st)!;
    expect(row('HB-B')).toMatchObject({ responded: '2026-04-27', originalDue: '2026-04-27', inTime: true, inTimeOriginal: true, workingDaysToRespond: 10 });
    expect(row('HB-C')).toMatchObject({ originalDue: '2026-06-15', extendedDue: '2026-06-29', inTimeOriginal: false, inTime: true, workingDaysToRespond: 17 });
    expect(row('HB-D')).toMatchObject({ originalDue: '2026-05-26', responded: '2026-05-25', inTime: true, workingDaysToRespond: 10, delayCode: null });
    expect(row('HB-E')).toMatchObject({ originalDue: '2026-08-28', responded: '2026-08-31', inTime: false, workingDaysToRespond: 11, delayCode: 'Z041' });
    expect(row('HB-F')).toMatchObject({ delayCode: 'Z045' });
    expect(row('HB-G')).toMatchObject({ escalated: true });
    expect(row('HB-G', 'stage-2')).toMatchObject({
      received: '2026-05-05',
      clockStart: '2026-05-05',
      originalDue: '2026-06-10',
      extendedDue: '2026-08-07',
      workingDaysToRespond: 66,
    });
    expect(row('HB-H')).toMatchObject({ responded: null, workingDaysOverdue: 31 });
    expect(row('HB-N')).toMatchObject({ responded: null, workingDaysOverdue: null });
    // K (withdrawn) is a row because it was received in the period; L because it was answered in it.
    expect(report.rows!.map((r) => r.reference).sort()).toEqual(
      ['HB-A', 'HB-B', 'HB-C', 'HB-D', 'HB-E', 'HB-F', 'HB-G', 'HB-G', 'HB-H', 'HB-I', 'HB-J', 'HB-K', 'HB-L', 'HB-N'].sort(),
    );
  });

  it("a period that cuts a quarter: 1 May to 31 May 2026 holds D only (received 11 May, answered 25 May) and G's stage-2 request", () => {
    const may = performanceReport(dudley, handCases, { from: '2026-05-01', to: '2026-05-31' });
    expect(may.quarters).toEqual([{ label: 'Q1 2026/27', financialYear: 2026, quarter: 1, from: '2026-05-01', to: '2026-05-31' }]);
    const s1 = may.stages[0]!.period;
    expect([s1.received, s1.responded, s1.inTime, s1.totalWorkingDays]).toEqual([1, 1, 1, 10]);
    expect(may.stages[1]!.period.received).toBe(1);
    // On 31 May, A–D, G and L are answered; C (due 15 Jun) is not yet due: nothing overdue.
    expect(may.overdueCases).toEqual([]);
  });

  it('as of a Saturday: a case due Friday 2 October 2026 is 1 working day overdue on Saturday 3 October', () => {
    // Received Fri 18 Sep: Mon 21 (1) … Fri 25 (5), Mon 28 (6) … Thu 1 Oct (9), Fri 2 Oct (10) = due.
    const kase = build('HB-S', '2026-09-18', []);
    const r = performanceReport(dudley, [kase], { from: '2026-07-01', to: '2026-10-03' });
    expect(r.overdueCases).toEqual([
      { reference: 'HB-S', caseType: 'statutory-complaint', stage: 'stage-1', received: '2026-09-18', due: '2026-10-02', workingDaysOverdue: 1, band: '1-5' },
    ]);
    expect(r.quarters.map((q) => q.label)).toEqual(['Q2 2026/27', 'Q3 2026/27']);
  });

  it('an earlier as-of date ignores later events: as of Fri 15 May, C is not yet received, D not yet answered, G not yet extended', () => {
    const r = performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-06-30', asOf: '2026-05-15', rows: true });
    const s1 = r.stages[0]!.period;
    // Received by 15 May: A B D G (C on 1 June is after the as-of date). Answered by 15 May: A B G L; G asked for
    // stage 2 on 5 May.
    expect([s1.received, s1.responded, s1.escalated]).toEqual([4, 4, 1]);
    // D (due Tue 26 May) is open but not overdue.
    expect(r.overdueCases).toEqual([]);
    expect(r.rows!.find((x) => x.reference === 'HB-D')).toMatchObject({ responded: null, workingDaysOverdue: null });
    // G's stage-2 extension (8 June) is after the as-of date.
    expect([r.stages[1]!.period.received, r.stages[1]!.period.extensionsAgreed]).toEqual([1, 0]);
  });

  it('without references: no lists, no reference in rows, the same figures', () => {
    const anonymous = performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-09-30', includeReferences: false, rows: true });
    expect(anonymous.overdueCases).toEqual([]);
    expect(anonymous.reasonAwaitedCases).toEqual([]);
    expect(anonymous.rows!.every((r) => !('reference' in r))).toBe(true);
    expect(anonymous.stages).toEqual(report.stages);
    expect(JSON.stringify(anonymous)).not.toContain('HB-');
  });

  it('is frozen and collects no rows unless asked', () => {
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.stages[0]!.period)).toBe(true);
    expect(performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-09-30' }).rows).toBeUndefined();
  });
});

describe('performanceReport: bad arguments and bad cases', () => {
  it('checks the dates and options', () => {
    expect(() => performanceReport(dudley, handCases, { from: '2026-04-31', to: '2026-09-30' })).toThrow(InvalidDateError);
    expect(() => performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-03-31' })).toThrow(InvalidArgumentError);
    expect(() => performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-09-30', asOf: '2026-03-31' })).toThrow(InvalidArgumentError);
    expect(() => performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-09-30', today: '2026-09-30' } as never)).toThrow(/today/);
    expect(() => performanceReport(dudley, 'cases' as never, { from: '2026-04-01', to: '2026-09-30' })).toThrow(InvalidArgumentError);
  });

  it('lists every case that breaks the policy, by index and field, without echoing values', () => {
    const a = handCases[0]!;
    const wrongPolicy = { ...a, policyId: 'swindon' };
    const badOrder = { ...a, reference: 'SECRET-REF', events: [{ type: 'response-sent', on: '2026-03-01', outcome: 'upheld' }] } as never;
    const badCode = { ...handCases[11]!, events: [handCases[11]!.events[0]!, { type: 'delay-reason-recorded', on: '2026-04-10', code: 'Z099' }] } as never;
    let caught: unknown;
    try {
      performanceReport(dudley, [a, wrongPolicy, badOrder, badCode], { from: '2026-04-01', to: '2026-09-30' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CaseInputError);
    const issues = (caught as CaseInputError).issues;
    expect(issues.map((i) => [i.index, i.field])).toEqual([
      [1, 'policyId'],
      [2, 'events[0].on'],
      [3, 'events[1].code'],
    ]);
    expect((caught as Error).message).not.toContain('SECRET-REF');
    expect((caught as Error).message).not.toContain('Z099');
    expect((caught as Error).message).toContain('cases[2].events[0].on: must not be before the date of receipt');
  });
});

describe('performanceReport: hand-made case values are checked against the case schema before anything is counted', () => {
  const period = { from: '2026-04-01', to: '2026-09-30' } as const;
  const a = handCases[0]!; // HB-A: received Wed 1 Apr 2026, answered Thu 16 Apr, upheld
  const DATE_RULE = "must be a real calendar date written 'YYYY-MM-DD' between 1900 and 2199";

  function caught(cases: readonly unknown[], options: Parameters<typeof performanceReport>[2] = period): CaseInputError {
    try {
      performanceReport(dudley, cases as never, options);
    } catch (e) {
      expect(e).toBeInstanceOf(CaseInputError);
      return e as CaseInputError;
    }
    throw new Error('expected a CaseInputError');
  }

  // Each kind of bad value, with the field and rule expected; none of the values may appear in the error.
  const bad: readonly { what: string; value: unknown; field: string; rule: string; secret: string }[] = [
    { what: 'a received date that is not a date', value: { ...a, received: 'garbage' }, field: 'received', rule: DATE_RULE, secret: 'garbage' },
    { what: 'a received date that does not exist (30 February)', value: { ...a, received: '2026-02-30' }, field: 'received', rule: DATE_RULE, secret: '2026-02-30' },
    {
      what: 'an event date without leading zeros',
      value: { ...a, events: [{ type: 'response-sent', on: '2026-6-9', outcome: 'upheld' }] },
      field: 'events[0].on',
      rule: DATE_RULE,
      secret: '2026-6-9',
    },
    {
      what: 'an outcome that is not one of the three',
      value: { ...a, events: [{ type: 'response-sent', on: '2026-04-16', outcome: 'maybe' }] },
      field: 'events[0].outcome',
      rule: 'must be one of upheld, partly-upheld, not-upheld',
      secret: 'maybe',
    },
    {
      what: 'an event of no known type',
      value: { ...a, events: [{ type: 'bogus', on: '2026-04-16' }] },
      field: 'events[0].type',
      rule: `must be one of the event types: ${CASE_EVENT_TYPES.join(', ')}`,
      secret: 'bogus',
    },
    { what: 'events that are not an array', value: { ...a, events: 'lost-in-migration' }, field: 'events', rule: 'must be an array', secret: 'lost-in-migration' },
    { what: 'an unknown field', value: { ...a, complainantName: 'Ann Example' }, field: '', rule: 'has unknown field complainantName', secret: 'Ann Example' },
    { what: 'a missing reference', value: { ...a, reference: undefined }, field: 'reference', rule: 'is required', secret: 'HB-A' },
    { what: 'not an object', value: 'SECRET-CASE-TEXT', field: '', rule: 'must be an object', secret: 'SECRET-CASE-TEXT' },
  ];

  for (const b of bad) {
    it(`refuses ${b.what}: CaseInputError, code invalid-cases, path cases[1]${b.field ? `.${b.field}` : ''}, value not echoed`, () => {
      const e = caught([a, b.value]);
      expect(e.code).toBe('invalid-cases');
      expect(e.path).toBe(b.field === '' ? 'cases[1]' : `cases[1].${b.field}`);
      expect(e.issues).toEqual([{ index: 1, field: b.field, rule: b.rule }]);
      expect(e.message).toBe(`1 bad case (1 problem):\n  ${e.path}: ${b.rule}`);
      expect(e.message).not.toContain(b.secret);
      expect(JSON.stringify(e.issues)).not.toContain(b.secret);
    });
  }

  it('lists every bad case at once, in order, whatever its kind, and counts nothing', () => {
    const e = caught([bad[0]!.value, a, bad[2]!.value, bad[3]!.value, bad[4]!.value]);
    expect(e.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'received'],
      [2, 'events[0].on'],
      [3, 'events[0].outcome'],
      [4, 'events[0].type'],
    ]);
    expect(e.path).toBe('cases[0].received');
    expect(e.message.split('\n')[0]).toBe('4 bad cases (4 problems):');
    for (const b of bad.slice(0, 5)) expect(e.message).not.toContain(b.secret);
  });

  it('a case received after the as-of date, or an event after it, is still checked', () => {
    // HB-J is received Tue 29 Sep 2026; as of Mon 28 Sep it is not counted, but its events are still checked: a
    // second response on Fri 9 Oct is refused by the workflow (events[1], named by field, its type not echoed).
    const j = build('HB-J2', '2026-09-29', [{ type: 'response-sent', on: '2026-10-08', outcome: 'upheld' }]);
    const twice = { ...j, events: [...j.events, { type: 'response-sent', on: '2026-10-09', outcome: 'upheld' }] };
    const e = caught([a, twice], { ...period, asOf: '2026-09-28' });
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ index: 1, field: 'events[1].type' });
    expect(e.issues[0]!.rule).toMatch(/^is not allowed when the case is 'responded'; allowed then: /);
    expect(e.message).not.toContain("'response-sent' is not allowed");
    // HB-A answered Thu 16 Apr; as of Wed 15 Apr the answer is not counted, but an event dated before it, after the
    // as-of date, breaks the order of events and is refused.
    const outOfOrder = { ...a, events: [...a.events, { type: 'acknowledged', on: '2026-04-02' }] };
    const f = caught([outOfOrder], { ...period, asOf: '2026-04-15' });
    expect(f.issues).toEqual([{ index: 0, field: 'events[1].on', rule: 'must not be before the date of the previous event' }]);
  });

  it('bounds the message at 50 problems and keeps every issue', () => {
    const many = Array.from({ length: 60 }, (_, k) => ({ ...a, reference: `R-${k}`, received: `2026-02-${30 + (k % 2)}` }));
    const e = caught(many);
    expect(e.issues).toHaveLength(60);
    const lines = e.message.split('\n');
    expect(lines[0]).toBe('60 bad cases (60 problems):');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[50]).toBe(`  cases[49].received: ${DATE_RULE}`);
    expect(lines[51]).toBe('  …and 10 more');
  });

  it('gives the same figures for the cases read by casesFromJson (checked when read) and for the same cases as values', () => {
    const read = casesFromJson(dudley, JSON.parse(JSON.stringify(handCases)));
    const fromImport = performanceReport(dudley, read.cases, { ...period, rows: true });
    expect(fromImport).toEqual(performanceReport(dudley, handCases, { ...period, rows: true }));
    // A frozen array made elsewhere is still checked.
    expect(caught(Object.freeze([a, { ...a, received: 'garbage' }])).path).toBe('cases[1].received');
  });
});
