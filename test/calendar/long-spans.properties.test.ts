/**
 * fast-check properties for long spans on a new calendar each time: a calendar indexes holidays lazily, up to a few
 * years beyond the dates it has been asked about, so an answer decades ahead of the first question must widen the
 * index and be worked out again. Checked against a day-by-day reference that takes its holiday dates from
 * `holidaysInYear` (the holiday data has its own tests) and walks one day at a time, with its own weekday arithmetic
 * (`Date.UTC`), sharing no working-day code with the calendar.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCalendar, type Division, type HolidaySet } from '../../src/calendar/index.js';
import { holidaysInYear } from '../../src/calendar/holidays/year.js';

const MS_PER_DAY = 86_400_000;
const SETS: readonly HolidaySet[] = ['england-and-wales', 'scotland', 'northern-ireland', 'united-kingdom'];
const iso = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

function reference(set: HolidaySet) {
  const divisions: Division[] = set === 'united-kingdom' ? ['england-and-wales', 'scotland', 'northern-ireland'] : [set];
  const holidays = new Set<number>();
  for (let year = 1900; year <= 2199; year++) for (const d of divisions) for (const h of holidaysInYear(d, year)) holidays.add(dayOf(h.date));
  const working = (day: number) => {
    const weekday = new Date(day * MS_PER_DAY).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(day);
  };
  const walk = (date: string, n: number, by: 1 | -1) => {
    let day = dayOf(date);
    for (let left = n; left > 0;) {
      day += by;
      if (working(day)) left--;
    }
    return iso(day);
  };
  return { working, walk };
}

// Dates 1930–2150 and up to 6,000 working days (about 23 years): every answer stays within 1900–2199.
const date = fc.integer({ min: dayOf('1930-01-01'), max: dayOf('2150-12-31') }).map(iso);
const n = fc.integer({ min: 0, max: 6000 });

for (const set of SETS) {
  describe(`long spans on a new ${set} calendar`, () => {
    const ref = reference(set);

    test('addWorkingDays and subtractWorkingDays agree with the day-by-day reference', () => {
      fc.assert(
        fc.property(date, n, (d, k) => {
          expect(createCalendar({ holidays: set }).addWorkingDays(d, k)).toBe(ref.walk(d, k, 1));
          expect(createCalendar({ holidays: set }).subtractWorkingDays(d, k)).toBe(ref.walk(d, k, -1));
        }),
        { numRuns: 25 },
      );
    });

    test('countWorkingDays over decades agrees with the reference, and is the inverse of addWorkingDays', () => {
      fc.assert(
        fc.property(date, n, (d, k) => {
          const end = ref.walk(d, k, 1);
          expect(createCalendar({ holidays: set }).countWorkingDays(d, end)).toBe(k);
          expect(createCalendar({ holidays: set }).countWorkingDays(end, d)).toBe(0 - k);
          const calendar = createCalendar({ holidays: set });
          expect(calendar.countWorkingDays(d, calendar.addWorkingDays(d, k))).toBe(k);
        }),
        { numRuns: 25 },
      );
    });
  });
}
