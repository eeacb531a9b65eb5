import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { addDays } from '../../src/calendar/date.js';
import { caseTypeCalendar } from '../../src/policies/index.js';
import type { Policy } from '../../src/policies/schema.js';
import {
  applyEvent,
  deadlines,
  expectedTimeline,
  openCase,
  reminderSchedule,
  remindersDue,
  statusOn,
  type Case,
  type CaseEventInput,
} from '../../src/workflow/index.js';
import { preset } from './presets.js';

/*
 * Laws of the workflow over generated cases. Dates are drawn from 2000-01-01 to 2028-06-30, inside the published
 * bank-holiday data, so no answer is provisional.
 */

const DAY0 = '2000-01-01';
const dateArb = fc.integer({ min: 0, max: 10_407 }).map((n) => addDays(DAY0, n));

const PRESETS = ['dudley', 'southampton', 'swindon', 'mayoral-borough', 'foi-2000', 'eir-2004', 'uk-gdpr-sar', 'lgsco-code-2024'];

function calendarOf(policy: Policy, caseType?: string) {
  const settings = caseType === undefined ? policy.calendar : caseTypeCalendar(policy, caseType);
  return createCalendar({ holidays: settings.holidays, closures: settings.closures });
}

/** A Dudley case received on `received`, answered `late` working days after its due date (or not at all). */
function dudleyCase(received: string, answer: number | null, extension: number | null, reason: boolean): Case {
  const dudley = preset('dudley');
  const cal = calendarOf(dudley);
  let c = openCase(dudley, { reference: `D-${received}`, receivedAt: received });
  const due = cal.addWorkingDays(received, 10);
  let current = due;
  let last = received;
  if (extension !== null) {
    const on = cal.subtractWorkingDays(due, 1);
    last = on < received ? received : on;
    c = applyEvent(dudley, c, { type: 'extension-agreed', on: last, workingDays: extension, reason: 'r', agreedWithComplainant: true });
    current = cal.addWorkingDays(due, extension);
  }
  if (answer !== null) {
    const wanted = answer >= 0 ? cal.addWorkingDays(current, answer) : cal.subtractWorkingDays(current, -answer);
    const on = wanted < last ? last : wanted;
    c = applyEvent(dudley, c, { type: 'response-sent', on, outcome: 'upheld' });
    if (reason && on > current) c = applyEvent(dudley, c, { type: 'delay-reason-recorded', on: cal.addWorkingDays(on, 3), code: 'Z041' });
  }
  return c;
}

const dudleyCaseArb = fc
  .record({
    received: dateArb,
    answer: fc.option(fc.integer({ min: -8, max: 20 }), { nil: null }),
    extension: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    reason: fc.boolean(),
  })
  .map(({ received, answer, extension, reason }) => dudleyCase(received, answer, extension, reason));

describe('workflow properties', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a ladder's reminder dates are strictly increasing", () => {
    const dudley = preset('dudley');
    fc.assert(
      fc.property(dateArb, fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }), (received, extension) => {
        const ladder = reminderSchedule(dudley, dudleyCase(received, null, extension, false));
        // Without an extension the referral and the whole ladder of seven; an extension drops the referral and the
        // new ladder's entries dated before it.
        if (extension === null) expect(ladder).toHaveLength(8);
        else expect(ladder.length).toBeGreaterThanOrEqual(4);
        for (let i = 1; i < ladder.length; i++) expect(ladder[i]!.date > ladder[i - 1]!.date).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every due date is a working day, for every preset, case type and stage of the expected course', () => {
    const caseTypes = PRESETS.flatMap((id) => Object.keys(preset(id).caseTypes).map((ct) => [id, ct] as const));
    fc.assert(
      fc.property(fc.constantFrom(...caseTypes), dateArb, ([id, ct], received) => {
        const policy = preset(id);
        const cal = calendarOf(policy, ct);
        const t = expectedTimeline(policy, { receivedAt: received, caseType: ct });
        expect(t.deadlines.length).toBeGreaterThan(0);
        for (const d of t.deadlines) expect(cal.isWorkingDay(d.due)).toBe(true);
        for (const r of t.reminders) expect(cal.isWorkingDay(r.date)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('catch-up: for any split of a period into windows, the union of the windows is the whole, with no repeats', () => {
    const dudley = preset('dudley');
    fc.assert(
      fc.property(
        fc.array(dudleyCaseArb, { minLength: 1, maxLength: 6 }),
        dateArb,
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 12 }),
        (cases, start, length, cuts) => {
          const end = addDays(start, length);
          const points = [...new Set(cuts.filter((c) => c < length))].sort((a, b) => a - b).map((c) => addDays(start, c));
          const bounds = [start, ...points.filter((p) => p > start), end];
          const whole = remindersDue(dudley, cases, { after: start, through: end }).map((r) => r.key);
          const parts: string[] = [];
          for (let i = 1; i < bounds.length; i++) {
            parts.push(...remindersDue(dudley, cases, { after: bounds[i - 1]!, through: bounds[i]! }).map((r) => r.key));
          }
          expect(new Set(parts).size).toBe(parts.length);
          expect([...parts].sort()).toEqual([...whole].sort());
          expect(new Set(whole).size).toBe(whole.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('applying the same events in the same order gives the same case, deadlines and reminders', () => {
    const swindon = preset('swindon');
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 25 }), (received, answerAfter, requestAfter) => {
        const cal = calendarOf(swindon);
        const answered = cal.addWorkingDays(received, answerAfter);
        const events: CaseEventInput[] = [
          { type: 'acknowledged', on: cal.addWorkingDays(received, 1) < answered ? cal.addWorkingDays(received, 1) : answered },
          { type: 'response-sent', on: answered, outcome: 'partly-upheld' },
          { type: 'next-stage-requested', on: cal.addWorkingDays(answered, requestAfter) },
        ];
        const build = () => events.reduce((c, e) => applyEvent(swindon, c, e), openCase(swindon, { reference: 'S', receivedAt: received }));
        const a = build();
        const b = build();
        expect(a).toEqual(b);
        expect(deadlines(swindon, a)).toEqual(deadlines(swindon, b));
        expect(reminderSchedule(swindon, a)).toEqual(reminderSchedule(swindon, b));
        expect(statusOn(swindon, a, events[2]!.on)).toEqual(statusOn(swindon, b, events[2]!.on));
      }),
      { numRuns: 200 },
    );
  });

  it('no function reads the clock: the same answers at two different system times', () => {
    const dudley = preset('dudley');
    const run = () => {
      const c = dudleyCase('2025-12-19', 3, null, false);
      const opened = openCase(dudley, { reference: 'I', receivedAt: '2025-12-19T17:30:00Z' });
      return {
        c,
        opened,
        deadlines: deadlines(dudley, c),
        ladder: reminderSchedule(dudley, c),
        status: statusOn(dudley, c, '2026-01-20'),
        due: remindersDue(dudley, [c, opened], { after: '2025-12-01', through: '2026-03-01' }),
        timeline: expectedTimeline(dudley, { receivedAt: '2025-12-19' }),
      };
    };
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = run();
    vi.setSystemTime(new Date('2029-11-30T23:59:59Z'));
    const now = vi.spyOn(Date, 'now');
    const second = run();
    expect(now).not.toHaveBeenCalled();
    expect(second).toEqual(first);
  });
});
