import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { addDays } from '../../src/calendar/index.js';
import { caseTypeCalendar } from '../../src/policies/index.js';
import type { Policy } from '../../src/policies/index.js';
import { applyEvent, deadlines, expectedTimeline, openCase, reminderSchedule, remindersDue, statusOn, type Case, type CaseEventInput } from '../../src/workflow/index.js';
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

/** What a generated Dudley case records, in working days from the date of receipt or the due date. */
interface DudleyPlan {
  /** Acknowledged this many working days after receipt, or never. */
  acknowledged: number | null;
  /** Allocated this many working days after receipt (0–14: often after the first reminders), or never. */
  allocated: number | null;
  /** Extended by this many working days, agreed `extendedBefore` working days before the original due date. */
  extension: number | null;
  extendedBefore: number;
  /** Answered this many working days after the due date in force (negative: before it), or never. */
  answer: number | null;
  /** A reason for a late answer recorded three working days later. */
  reason: boolean;
}

/**
 * A Dudley case received on `received` with the events of `plan`, recorded in date order (events that would fall
 * before an earlier one are moved to its day).
 */
function dudleyCase(received: string, plan: DudleyPlan): Case {
  const dudley = preset('dudley');
  const cal = calendarOf(dudley);
  const due = cal.addWorkingDays(received, 10);
  const before: Array<{ on: string; event: CaseEventInput }> = [];
  if (plan.acknowledged !== null) before.push({ on: cal.addWorkingDays(received, plan.acknowledged), event: { type: 'acknowledged', on: '' } });
  if (plan.allocated !== null) before.push({ on: cal.addWorkingDays(received, plan.allocated), event: { type: 'allocated', on: '', role: 'team-manager' } });
  if (plan.extension !== null) {
    before.push({
      on: cal.subtractWorkingDays(due, plan.extendedBefore),
      event: { type: 'extension-agreed', on: '', workingDays: plan.extension, reason: 'r', agreedWithComplainant: true },
    });
  }
  before.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let c = openCase(dudley, { reference: `D-${received}`, receivedAt: received });
  let last = received;
  for (const { on, event } of before) {
    last = on < last ? last : on;
    c = applyEvent(dudley, c, { ...event, on: last });
  }
  if (plan.answer !== null) {
    const current = plan.extension === null ? due : cal.addWorkingDays(due, plan.extension);
    const wanted = plan.answer >= 0 ? cal.addWorkingDays(current, plan.answer) : cal.subtractWorkingDays(current, -plan.answer);
    const on = wanted < last ? last : wanted;
    c = applyEvent(dudley, c, { type: 'response-sent', on, outcome: 'upheld' });
    if (plan.reason && on > current) c = applyEvent(dudley, c, { type: 'delay-reason-recorded', on: cal.addWorkingDays(on, 3), code: 'Z041' });
  }
  return c;
}

const planArb: fc.Arbitrary<DudleyPlan> = fc.record({
  acknowledged: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  allocated: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
  extension: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
  extendedBefore: fc.integer({ min: 0, max: 9 }),
  answer: fc.option(fc.integer({ min: -8, max: 20 }), { nil: null }),
  reason: fc.boolean(),
});

const dudleyCaseArb = fc.record({ received: dateArb, plan: planArb }).map(({ received, plan }) => dudleyCase(received, plan));

describe('workflow properties', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a ladder's reminders are strictly increasing, the whole schedule is in date order, every due date a working day", () => {
    const dudley = preset('dudley');
    const cal = calendarOf(dudley);
    const stage1 = dudley.caseTypes['statutory-complaint']!.stages['stage-1']!;
    const ladderIds = new Set(stage1.reminders.map((r) => r.id));
    expect(ladderIds.size).toBe(7);
    fc.assert(
      fc.property(dateArb, planArb, (received, plan) => {
        const kase = dudleyCase(received, plan);
        const schedule = reminderSchedule(dudley, kase);
        const ladder = schedule.filter((r) => ladderIds.has(r.id));
        for (let i = 1; i < ladder.length; i++) expect(ladder[i]!.date > ladder[i - 1]!.date).toBe(true);
        for (let i = 1; i < schedule.length; i++) expect(schedule[i]!.date >= schedule[i - 1]!.date).toBe(true);
        // On a tie, the referral comes before the ladder's reminder of the same day.
        for (let i = 1; i < schedule.length; i++) {
          if (schedule[i]!.id === 'new-referral') expect(schedule[i - 1]!.date < schedule[i]!.date).toBe(true);
        }
        // Every due date is a working day, and so is every reminder's (the referral is dated the day of the allocation).
        for (const d of deadlines(dudley, kase)) expect(cal.isWorkingDay(d.due)).toBe(true);
        for (const r of schedule) expect(cal.isWorkingDay(r.dueDate)).toBe(true);
        for (const r of ladder) expect(cal.isWorkingDay(r.date)).toBe(true);
        // Nothing answered and nothing extended: the referral and the whole ladder of seven.
        if (plan.answer === null && plan.extension === null) expect(schedule.filter((r) => r.stage === 'stage-1')).toHaveLength(8);
      }),
      { numRuns: 400 },
    );
  });

  it('an allocation on or after the first reminders puts the referral among them, in date order', () => {
    const dudley = preset('dudley');
    // Received Friday 2025-12-19, due Wednesday 2026-01-07; reminders Tue 30 Dec, Fri 2 Jan, Wed 7 Jan, …
    const on = (allocated: string) =>
      reminderSchedule(
        dudley,
        applyEvent(dudley, openCase(dudley, { reference: 'R', receivedAt: '2025-12-19' }), { type: 'allocated', on: allocated, role: 'team-manager' }),
      )
        .slice(0, 4)
        .map((r) => `${r.id} ${r.date}`);
    // Allocated Tuesday 30 December, the day of the first reminder: the referral first.
    expect(on('2025-12-30')).toEqual(['new-referral 2025-12-30', 'first-reminder 2025-12-30', 'second-reminder 2026-01-02', 'due-date-reminder 2026-01-07']);
    // Allocated Monday 5 January: after the first two reminders.
    expect(on('2026-01-05')).toEqual(['first-reminder 2025-12-30', 'second-reminder 2026-01-02', 'new-referral 2026-01-05', 'due-date-reminder 2026-01-07']);
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
        // distinct references: a reminder's key names its case, and two cases received the same day share a reference here
        fc.uniqueArray(dudleyCaseArb, { minLength: 1, maxLength: 6, selector: (c) => c.reference }),
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
      const c = dudleyCase('2025-12-19', { acknowledged: 1, allocated: 2, extension: null, extendedBefore: 0, answer: 3, reason: false });
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
