/**
 * Clock pauses against slow, obvious references (issue 18: a property for each rule a mutant survived in). Dates
 * are drawn from 2024–2027, inside the published bank-holiday data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createCalendar } from '../../src/calendar/index.js';
import { caseTypeCalendar, getPolicy } from '../../src/policies/index.js';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';

const policy = getPolicy('foi-2000');
const foi = createWorkflow(policy);
const settings = caseTypeCalendar(policy, 'foi');
const cal = createCalendar({ holidays: settings.holidays, closures: settings.closures });

/** The case, or undefined when the workflow refuses one of its events (a stop on a day it does not allow). */
function caseOf(received: string, events: CaseEventInput[]): Case | undefined {
  try {
    let kase = foi.openCase({ reference: 'P-18', receivedAt: received });
    for (const e of events) kase = foi.applyEvent(kase, e);
    return kase;
  } catch {
    return undefined;
  }
}

/** FOIA 2000 s.10(1), (2): the 20th working day after receipt, the working days from notice to payment disregarded. */
function slowDue(received: string, from: string, until: string): string {
  let d = received;
  for (let n = 0; n < 20;) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d) && !(from <= d && d <= until)) n++;
  }
  return d;
}

describe('FOI fees notice: the due date walks the calendar day by day', () => {
  it('agrees with counting 20 working days one by one, the paused ones left out, wherever the pause falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_400 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), (start, after, length) => {
        const received = cal.nextWorkingDay(addDays('2024-01-01', start));
        const from = addDays(received, after);
        const until = addDays(from, length);
        const kase = caseOf(received, [
          { type: 'clock-stopped', on: from, reason: 'fees-notice' },
          { type: 'clock-resumed', on: until },
        ]);
        fc.pre(kase !== undefined);
        const d = foi.deadlines(kase).find((x) => x.id === 'response-response')!;
        expect(d.due).toBe(slowDue(received, from, until));
        // Every day between receipt and the due date that was not counted is listed, in date order, once.
        const skipped = d.skipped.map((s) => s.date);
        expect(skipped).toEqual([...skipped].sort());
        expect(new Set(skipped).size).toBe(skipped.length);
      }),
      { numRuns: 300 },
    );
  });
});
