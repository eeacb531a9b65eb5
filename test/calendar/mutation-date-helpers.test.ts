/**
 * The small date helpers every other rule rests on (weekday names, calendar-day arithmetic, the strict date check
 * and its messages), pinned with days checked by hand against a printed calendar: 1 January 1900 was a Monday,
 * 1 January 2000 a Saturday, 1 January 2024 a Monday, 1 January 2026 a Thursday. Written for issue 18: mutation
 * testing showed these helpers were reached only through doc examples.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysInMonth, DateOutOfRangeError, InvalidArgumentError, InvalidDateError, parseDate, weekdayName } from '../../src/calendar/index.js';
import { isCalendarDateString } from '../../src/calendar/date.js';
import { caught } from '../caught.js';

describe('weekdayName', () => {
  test('a week of January 2026: Thursday 1 January … Wednesday 7 January', () => {
    const names = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07'].map(weekdayName);
    expect(names).toEqual(['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']);
  });

  test('the ends of the range and leap days: Mon 1900-01-01, Tue 2000-02-29, Thu 2024-02-29', () => {
    expect(weekdayName('1900-01-01')).toBe('Monday');
    // 1 January 2000 was a Saturday; 31 days on, 1 February a Tuesday, and 29 February four weeks later.
    expect(weekdayName('2000-02-29')).toBe('Tuesday');
    // 1 January 2024 was a Monday; 1 February a Thursday, and 29 February four weeks later.
    expect(weekdayName('2024-02-29')).toBe('Thursday');
  });

  test('rejects what parseDate rejects', () => {
    expect(caught(() => weekdayName('2026-02-30'))).toBeInstanceOf(InvalidDateError);
  });
});

describe('addDays', () => {
  test('across month and year ends, in both directions', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01'); // 2026 is not a leap year: 28 February, then 1 March
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-01-07', 0)).toBe('2026-01-07');
    expect(addDays('2026-01-07', 365)).toBe('2027-01-07');
    expect(addDays('2026-01-07', -7)).toBe('2025-12-31');
  });

  test('a day count that is not a whole number is an InvalidArgumentError naming days', () => {
    for (const days of [1.5, Number.NaN, Infinity, '3', undefined, 2 ** 53]) {
      const e = caught(() => addDays('2026-01-07', days as number));
      expect(e, String(days)).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('days');
      expect((e as Error).message).toBe('days: must be a whole number of days.');
    }
  });

  test('results outside 1900-01-01 … 2199-12-31 are DateOutOfRangeErrors', () => {
    expect(caught(() => addDays('2199-12-31', 1))).toBeInstanceOf(DateOutOfRangeError);
    expect(caught(() => addDays('1900-01-01', -1))).toBeInstanceOf(DateOutOfRangeError);
    expect(addDays('2199-12-30', 1)).toBe('2199-12-31');
    expect(addDays('1900-01-02', -1)).toBe('1900-01-01');
  });

  test('agrees with Date.UTC day arithmetic (a slow, independent reference) over the whole range', () => {
    const MS = 86_400_000;
    const first = Date.UTC(1900, 0, 1) / MS;
    const last = Date.UTC(2199, 11, 31) / MS;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -2000, max: 2000 }), (day, days) => {
        const start = new Date(day * MS).toISOString().slice(0, 10);
        const end = day + days;
        if (end < first || end > last) expect(caught(() => addDays(start, days))).toBeInstanceOf(DateOutOfRangeError);
        else expect(addDays(start, days)).toBe(new Date(end * MS).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('parseDate says which rule a bad date breaks', () => {
  test('each rule has its own message, naming the argument', () => {
    expect((caught(() => parseDate('2026-2-3', 'from')) as Error).message).toBe(
      "from: must be exactly 'YYYY-MM-DD' (four-digit year, two-digit month and day, nothing else). Pass a calendar date as a 'YYYY-MM-DD' string, e.g. '2026-01-07'.",
    );
    expect((caught(() => parseDate('2026-13-01', 'from')) as Error).message).toMatch(/^from: month must be 01 to 12\. /);
    expect((caught(() => parseDate('2026-00-10', 'from')) as Error).message).toMatch(/^from: month must be 01 to 12\. /);
    expect((caught(() => parseDate('2026-02-29', 'from')) as Error).message).toMatch(/^from: that month has no day 29\. /);
    expect((caught(() => parseDate('2026-04-00', 'from')) as Error).message).toMatch(/^from: that month has no day 00\. /);
    const range = caught(() => parseDate('2200-01-01', 'to'));
    expect(range).toBeInstanceOf(DateOutOfRangeError);
    expect((range as Error).message).toBe('to: year 2200 is outside the supported range. Supported dates run from 1900-01-01 to 2199-12-31.');
  });

  test('a value that is not a string is described by its type, never echoed', () => {
    const got = (value: unknown) => (caught(() => parseDate(value)) as Error).message;
    expect(got(null)).toContain("expected a 'YYYY-MM-DD' string but got null.");
    expect(got(new Date(Date.UTC(2026, 0, 7)))).toContain('but got a Date object.');
    expect(got(['2026-01-07'])).toContain('but got an array.');
    expect(got({ date: '2026-01-07' })).toContain('but got an object.');
    expect(got(20260107)).toContain('but got a number.');
    // It used to say "but got a undefined".
    expect(got(undefined)).toContain("expected a 'YYYY-MM-DD' string but got undefined.");
    expect(got(null)).toMatch(/^date: /);
  });

  test('the month lengths of the Gregorian calendar: 30 days hath September, April, June and November', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(parseDate(`2026-${month}-30`)).toBe(`2026-${month}-30`);
      expect(caught(() => parseDate(`2026-${month}-31`))).toBeInstanceOf(InvalidDateError);
    }
    for (const month of ['01', '03', '05', '07', '08', '10', '12']) expect(parseDate(`2026-${month}-31`)).toBe(`2026-${month}-31`);
    // February: 29 days in years divisible by 4, except centuries not divisible by 400.
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(caught(() => parseDate('1900-02-29'))).toBeInstanceOf(InvalidDateError);
    expect(caught(() => parseDate('2100-02-29'))).toBeInstanceOf(InvalidDateError);
    expect(caught(() => parseDate('2026-02-29'))).toBeInstanceOf(InvalidDateError);
  });
});

describe('isCalendarDateString (the schema’s non-throwing check)', () => {
  test('true only for a real day from 1900 to 2199 written YYYY-MM-DD', () => {
    expect(isCalendarDateString('2024-02-29')).toBe(true);
    expect(isCalendarDateString('1900-01-01')).toBe(true);
    expect(isCalendarDateString('2199-12-31')).toBe(true);
    for (const bad of ['2023-02-29', '1899-12-31', '2200-01-01', '2026-1-07', '2026-01-07 ', '']) expect(isCalendarDateString(bad), bad).toBe(false);
  });
});

describe('daysInMonth', () => {
  test('every month of 2026 ("thirty days hath September, April, June and November"; February 28 in a common year)', () => {
    const lengths = Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1));
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  test('February: 29 days in 2024 and 2000 (leap years), 28 in 1900 and 2100 (centuries not divisible by 400); December 2199 has 31', () => {
    expect([2024, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
    expect(daysInMonth(2199, 12)).toBe(31);
  });
});
