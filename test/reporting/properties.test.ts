import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/calendar/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { OVERDUE_BANDS, performanceReport, type StageFigures } from '../../src/reporting/index.js';
import { applyEvent, deadlines, openCase, statusOn, type Case } from '../../src/workflow/index.js';
import { dudley } from './fixtures.js';

const cal = createCalendar({ holidays: 'england-and-wales' });
const OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld'] as const;
const CODES = ['Z040', 'Z041', 'Z042', 'Z043', 'Z044'] as const;

const stageArb = fc.record({
  respondAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  onNonWorkingDay: fc.boolean(),
  extension: fc.option(fc.record({ agreedAfter: fc.integer({ min: 0, max: 12 }), extra: fc.integer({ min: 1, max: 60 }) }), { nil: undefined }),
  outcome: fc.constantFrom(...OUTCOMES),
  code: fc.option(fc.constantFrom(...CODES), { nil: undefined }),
  codeAfter: fc.integer({ min: 0, max: 15 }),
});

const caseArb = fc.record({
  receivedOffset: fc.integer({ min: 0, max: 800 }),
  first: stageArb,
  escalateAfter: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
  second: stageArb,
  withdraw: fc.boolean(),
});

type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function last(k: Case): CalendarDate {
  return k.events.length > 0 ? k.events[k.events.length - 1]!.on : k.received;
}

/** Walks one stage with the generated choices, keeping every event valid and in order. */
function walkStage(k: Case, start: CalendarDate, s: CaseSpec['first']): { kase: Case; respondedOn?: CalendarDate } {
  if (s.extension) {
    const on = cal.addWorkingDays(start, s.extension.agreedAfter);
    // The response due date in force (the workflow's own deadline).
    const due = deadlines(dudley, k).find((d) => (d.kind === 'response' || d.kind === 'extended-response') && d.supersededBy === undefined)?.due;
    if (on >= last(k) && due !== undefined && (s.respondAfter === undefined || on <= cal.addWorkingDays(start, s.respondAfter))) {
      k = applyEvent(dudley, k, { type: 'extension-agreed', on, newDueDate: cal.addWorkingDays(due, s.extension.extra), reason: 'test', agreedWithComplainant: true });
    }
  }
  if (s.respondAfter === undefined) return { kase: k };
  let on = cal.addWorkingDays(start, s.respondAfter);
  if (s.onNonWorkingDay && !cal.isWorkingDay(addDays(on, 1))) on = addDays(on, 1);
  if (on < last(k)) on = last(k);
  k = applyEvent(dudley, k, { type: 'response-sent', on, outcome: s.outcome });
  if (s.code !== undefined && statusOn(dudley, k, on).delayReasonOwed) {
    k = applyEvent(dudley, k, { type: 'delay-reason-recorded', on: cal.addWorkingDays(on, s.codeAfter), code: s.code });
  }
  return { kase: k, respondedOn: on };
}

function makeCase(spec: CaseSpec, i: number): Case {
  let k = openCase(dudley, { reference: `P-${i}`, receivedAt: addDays('2025-01-01', spec.receivedOffset) });
  if (spec.withdraw && spec.first.respondAfter === undefined) {
    return applyEvent(dudley, k, { type: 'withdrawn', on: cal.addWorkingDays(k.received, 2) });
  }
  const one = walkStage(k, k.received, spec.first);
  k = one.kase;
  if (one.respondedOn !== undefined && spec.escalateAfter !== undefined) {
    let on = cal.addWorkingDays(one.respondedOn, spec.escalateAfter);
    if (on < last(k)) on = last(k);
    k = applyEvent(dudley, k, { type: 'next-stage-requested', on });
    if (statusOn(dudley, k, on).state === 'awaiting-discretion') return k;
    k = walkStage(k, on, spec.second).kase;
  }
  return k;
}

const inputArb = fc.record({
  cases: fc.array(caseArb, { minLength: 0, maxLength: 25 }),
  fromOffset: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 500 }),
  asOfAfter: fc.integer({ min: 0, max: 90 }),
});

const ADDITIVE = [
  'received',
  'responded',
  'inTimeOriginal',
  'lateOriginal',
  'inTime',
  'late',
  'respondedExtended',
  'totalWorkingDays',
  'escalated',
  'extensionsAgreed',
  'extensionsBeyondMaximum',
] as const;

function checkFigures(f: StageFigures): void {
  expect(f.inTime + f.late).toBe(f.responded);
  expect(f.inTimeOriginal + f.lateOriginal).toBe(f.responded);
  // In time against the original date implies in time against the date in force (an extension only moves it later).
  expect(f.inTimeOriginal).toBeLessThanOrEqual(f.inTime);
  for (const p of [f.percentInTime, f.percentInTimeOriginal, f.percentEscalated]) {
    if (f.responded === 0) expect(p).toBeNull();
    else {
      expect(p).not.toBeNull();
      expect(p!).toBeGreaterThanOrEqual(0);
      expect(p!).toBeLessThanOrEqual(100);
    }
  }
  expect(f.outcomes.upheld + f.outcomes.partlyUpheld + f.outcomes.notUpheld + f.outcomes.none).toBe(f.responded);
  // Every late response has a reason code or is awaiting one (Dudley records reasons for every late response).
  expect(Object.values(f.delayReasons.byCode).reduce((a, b) => a + b, 0) + f.delayReasons.awaited).toBe(f.late);
  expect(f.escalated).toBeLessThanOrEqual(f.responded);
  expect(f.extensionsBeyondMaximum).toBeLessThanOrEqual(f.extensionsAgreed);
  if (f.responded > 0) {
    expect(f.medianWorkingDays!).toBeLessThanOrEqual(f.longestWorkingDays!);
    expect(f.meanWorkingDays!).toBeLessThanOrEqual(f.longestWorkingDays! + 0.05);
  }
}

describe('performanceReport properties (fast-check, random Dudley cases)', () => {
  it('counts add up, percentages are between 0 and 100, and the period is the sum of its quarters', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cases = input.cases.map((c, i) => makeCase(c, i));
        const from = addDays('2025-01-01', input.fromOffset);
        const to = addDays(from, input.length);
        const asOf = addDays(to, input.asOfAfter);
        const report = performanceReport(dudley, cases, { from, to, asOf });
        for (const s of report.stages) {
          checkFigures(s.period);
          s.quarters.forEach(checkFigures);
          for (const key of ADDITIVE) expect(s.period[key]).toBe(s.quarters.reduce((n, q) => n + q[key], 0));
          for (const code of CODES) expect(s.period.delayReasons.byCode[code]).toBe(s.quarters.reduce((n, q) => n + q.delayReasons.byCode[code]!, 0));
          expect(s.period.delayReasons.awaited).toBe(s.quarters.reduce((n, q) => n + q.delayReasons.awaited, 0));
          for (const o of ['upheld', 'partlyUpheld', 'notUpheld', 'none'] as const) {
            expect(s.period.outcomes[o]).toBe(s.quarters.reduce((n, q) => n + q.outcomes[o], 0));
          }
          expect(OVERDUE_BANDS.reduce((n, b) => n + s.overdue.bands[b], 0)).toBe(s.overdue.total);
        }
        // A report made for each quarter alone (same as-of date) has exactly that quarter's figures.
        report.quarters.forEach((q, qi) => {
          const alone = performanceReport(dudley, cases, { from: q.from, to: q.to, asOf });
          expect(alone.stages.map((s) => s.period)).toEqual(report.stages.map((s) => s.quarters[qi]));
        });
      }),
      { numRuns: 120 },
    );
  });

  it('the working-day figures agree with the per-case rows', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cases = input.cases.map((c, i) => makeCase(c, i));
        const from = addDays('2025-01-01', input.fromOffset);
        const to = addDays(from, input.length);
        const report = performanceReport(dudley, cases, { from, to, rows: true });
        for (const s of report.stages) {
          const days = report
            .rows!.filter((r) => r.stage === s.stage && r.responded !== null && r.responded >= from && r.responded <= to)
            .map((r) => r.workingDaysToRespond!)
            .sort((a, b) => a - b);
          expect(days.length).toBe(s.period.responded);
          if (days.length === 0) continue;
          expect(days.reduce((a, b) => a + b, 0)).toBe(s.period.totalWorkingDays);
          const mid = days.length >> 1;
          expect(s.period.medianWorkingDays).toBe(days.length % 2 === 1 ? days[mid] : (days[mid - 1]! + days[mid]!) / 2);
          expect(s.period.longestWorkingDays).toBe(days[days.length - 1]);
          // A response is in time exactly when it took no more working days than to its due date.
          for (const r of report.rows!.filter((x) => x.stage === s.stage && x.responded !== null)) {
            const due = r.extendedDue ?? r.originalDue;
            expect(r.inTime).toBe(r.workingDaysToRespond! <= cal.countWorkingDays(r.clockStart, due));
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
