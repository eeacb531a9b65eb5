/**
 * A subject access request's month with a clarification pause, against a slow, obvious reference that walks the
 * period day by day (issue 18: a property for the calendar-count pauses of `src/workflow/rules/clock-stops.ts`, whose
 * mutants the date-by-date tests reach only at a few points). Dates are drawn from the published years 2026–2027.
 *
 * UK GDPR art 12(3) as the ICO counts it: the month ends on the corresponding date (else the month's last day); art
 * 12A(5): "the period beginning with the day on which the controller makes the request and ending with the day on
 * which the controller receives the information does not count towards" it, so each such day inside the period
 * moves its end on a day; then a non-working end moves to the next working day (ICO).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, correspondingDate, createCalendar } from '../../src/calendar/index.js';
import { caseTypeCalendar, getPolicy } from '../../src/policies/index.js';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';

const policy = getPolicy('uk-gdpr-sar');
const sar = createWorkflow(policy);
const settings = caseTypeCalendar(policy, 'subject-access');
const cal = createCalendar({ holidays: settings.holidays, closures: settings.closures });

/** The case, or undefined when the workflow refuses one of its events (a stop on a day it does not allow). */
function caseOf(received: string, events: CaseEventInput[]): Case | undefined {
  try {
    let kase = sar.openCase({ reference: 'P-18', receivedAt: received });
    for (const e of events) kase = sar.applyEvent(kase, e);
    return kase;
  } catch {
    return undefined;
  }
}

/** Day by day: every day after receipt up to the end counts unless paused; a paused day pushes the end on by one. */
function slowEnd(received: string, from: string, until: string): string {
  let end = correspondingDate(received, 1);
  for (let d = addDays(received, 1); d <= end; d = addDays(d, 1)) {
    if (from <= d && d <= until) end = addDays(end, 1);
  }
  return end;
}

describe('subject access: a clarification pause moves the end of the month by the days it took out', () => {
  it('agrees with walking the month day by day, wherever the pause falls (before, across or after the end)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }), (start, after, length) => {
        const received = addDays('2026-02-05', start);
        const from = addDays(received, after);
        const until = addDays(from, length);
        const kase = caseOf(received, [
          { type: 'clock-stopped', on: from, reason: 'clarification' },
          { type: 'clock-resumed', on: until },
        ]);
        fc.pre(kase !== undefined);
        const d = sar.deadlines(kase).find((x) => x.id === 'response-response')!;
        const end = slowEnd(received, from, until);
        expect(d.due).toBe(cal.isWorkingDay(end) ? end : cal.nextWorkingDay(end));
        // The paused days listed are those that moved the end (inside the period), each once, in date order with
        // the days rolled over after the end.
        const skipped = d.skipped.map((s) => s.date);
        expect(skipped).toEqual([...skipped].sort());
        expect(new Set(skipped).size).toBe(skipped.length);
        const paused = d.skipped.filter((x) => x.kind === 'clock-stopped').map((x) => x.date);
        const inside: string[] = [];
        for (let day = addDays(received, 1); day <= end; day = addDays(day, 1)) if (from <= day && day <= until) inside.push(day);
        expect(paused).toEqual(inside);
      }),
      { numRuns: 300 },
    );
  });
});
