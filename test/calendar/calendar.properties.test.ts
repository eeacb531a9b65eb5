/**
 * fast-check properties of the working-day calendar (issue 2 §4), for every holiday set, over dates 1990–2060 and
 * n 0–400, checked against a simple day-by-day reference written here. The reference takes its holiday dates from
 * `holidaysInYear` (the holiday data has its own tests) and does its own date arithmetic with `Date.UTC`, so it
 * shares no working-day code with the calendar under test.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCalendar, type Closure, type HolidaySet } from '../../src/calendar/index.js';
import { holidaysInYear } from '../../src/calendar/holidays/year.js';
import type { Division } from '../../src/calendar/index.js';

const MS_PER_DAY = 86_400_000;
const SETS: readonly HolidaySet[] = ['england-and-wales', 'scotland', 'northern-ireland', 'united-kingdom'];
const FIRST = Date.UTC(1990, 0, 1) / MS_PER_DAY;
const LAST = Date.UTC(2060, 11, 31) / MS_PER_DAY;

const iso = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

/** The day-by-day reference: a Set of non-working dates per (set, closures), walked one day at a time. */
function reference(set: HolidaySet, closures: readonly Closure[] = []) {
  const divisions: Division[] = set === 'united-kingdom' ? ['england-and-wales', 'scotland', 'northern-ireland'] : [set];
  const holidays = new Set<string>(closures.map((c) => c.date));
  for (let year = 1988; year <= 2063; year++) {
    for (const d of divisions) for (const h of holidaysInYear(d, year)) holidays.add(h.date);
  }
  const working = (day: number) => {
    const weekday = new Date(day * MS_PER_DAY).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(iso(day));
  };
  return {
    working,
    add(date: string, n: number): string {
      let day = dayOf(date);
      for (let left = n; left > 0;) {
        day++;
        if (working(day)) left--;
      }
      return iso(day);
    },
    subtract(date: string, n: number): string {
      let day = dayOf(date);
      for (let left = n; left > 0;) {
        day--;
        if (working(day)) left--;
      }
      return iso(day);
    },
    count(from: string, to: string): number {
      const a = dayOf(from);
      const b = dayOf(to);
      let count = 0;
      for (let day = Math.min(a, b) + 1; day <= Math.max(a, b); day++) if (working(day)) count++;
      return a <= b ? count : 0 - count; // a count of 0 is 0 either way, never -0
    },
    lastOnOrBefore(date: string): string {
      let day = dayOf(date);
      while (!working(day)) day--;
      return iso(day);
    },
    nonWorkingBetween(from: string, to: string): string[] {
      const out: string[] = [];
      for (let day = dayOf(from) + 1; day < dayOf(to); day++) if (!working(day)) out.push(iso(day));
      return out;
    },
  };
}

const date = fc.integer({ min: FIRST, max: LAST }).map(iso);
const n = fc.integer({ min: 0, max: 400 });
const closures = fc.array(fc.record({ date: fc.integer({ min: FIRST, max: LAST }).map(iso), reason: fc.constantFrom('Office closed', 'Staff training') }), {
  maxLength: 30,
});
const RUNS = { numRuns: 250 };

for (const set of SETS) {
  describe(`laws on ${set}`, () => {
    const calendar = createCalendar({ holidays: set });
    const ref = reference(set);

    test('addWorkingDays, subtractWorkingDays and nextWorkingDay agree with the day-by-day reference', () => {
      fc.assert(
        fc.property(date, n, (d, k) => {
          expect(calendar.addWorkingDays(d, k)).toBe(ref.add(d, k));
          expect(calendar.subtractWorkingDays(d, k)).toBe(ref.subtract(d, k));
          expect(calendar.nextWorkingDay(d)).toBe(ref.add(d, 1));
        }),
        RUNS,
      );
    });

    test('countWorkingDays agrees with the reference, in both directions', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: -600, max: 600 }), (d, offset) => {
          const to = iso(Math.min(LAST, Math.max(FIRST, dayOf(d) + offset)));
          expect(calendar.countWorkingDays(d, to)).toBe(ref.count(d, to));
        }),
        RUNS,
      );
    });

    test('isWorkingDay and whyNotWorking agree with the reference', () => {
      fc.assert(
        fc.property(date, (d) => {
          expect(calendar.isWorkingDay(d)).toBe(ref.working(dayOf(d)));
          expect(calendar.whyNotWorking(d) === undefined).toBe(ref.working(dayOf(d)));
        }),
        RUNS,
      );
    });

    test('countWorkingDays(d, addWorkingDays(d, n)) === n', () => {
      fc.assert(
        fc.property(date, n, (d, k) => {
          expect(calendar.countWorkingDays(d, calendar.addWorkingDays(d, k))).toBe(k);
        }),
        RUNS,
      );
    });

    test('subtractWorkingDays(addWorkingDays(d, n), n) is the last working day on or before d (n ≥ 1)', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 1, max: 400 }), (d, k) => {
          expect(calendar.subtractWorkingDays(calendar.addWorkingDays(d, k), k)).toBe(ref.lastOnOrBefore(d));
        }),
        RUNS,
      );
    });

    test('results are working days for n ≥ 1', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 1, max: 400 }), (d, k) => {
          expect(calendar.isWorkingDay(calendar.addWorkingDays(d, k))).toBe(true);
          expect(calendar.isWorkingDay(calendar.subtractWorkingDays(d, k))).toBe(true);
        }),
        RUNS,
      );
    });

    test('explain lists exactly the non-working days strictly between the start and the result', () => {
      fc.assert(
        fc.property(date, n, (d, k) => {
          const e = calendar.explain(d, k);
          expect(e.date).toBe(ref.add(d, k));
          expect(e.skipped.map((s) => s.date)).toEqual(ref.nonWorkingBetween(d, e.date));
          for (const s of e.skipped) expect(calendar.whyNotWorking(s.date)).toEqual(s);
        }),
        { numRuns: 100 },
      );
    });

    test('closures: the results agree with the reference, and adding closures never makes a result earlier', () => {
      fc.assert(
        fc.property(date, n, closures, (d, k, extra) => {
          const closed = createCalendar({ holidays: set, closures: extra });
          const closedRef = reference(set, extra);
          const withClosures = closed.addWorkingDays(d, k);
          expect(withClosures).toBe(closedRef.add(d, k));
          expect(withClosures >= calendar.addWorkingDays(d, k)).toBe(true);
          expect(closed.subtractWorkingDays(d, k) <= calendar.subtractWorkingDays(d, k)).toBe(true);
          expect(closed.countWorkingDays(d, withClosures)).toBe(k);
        }),
        { numRuns: 60 },
      );
    });
  });
}
