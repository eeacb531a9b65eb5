/**
 * addCalendarMonths: the ICO's month rule for subject access requests (UK GDPR art 12(3)), as the fact sheet quotes
 * it (statutory.md §5.4, vectors P2–P4): count "from the day you receive the request … until the corresponding
 * calendar date in the next month"; if there is none, "the last day of the following month"; if that is a weekend
 * or public holiday, "until the next working day".
 */
import { describe, expect, test } from 'vitest';
import { createCalendar, DateOutOfRangeError, InvalidArgumentError, InvalidDateError } from '../../src/calendar/index.js';

const ew = createCalendar({ holidays: 'england-and-wales' });
const scotland = createCalendar({ holidays: 'scotland' });

describe('ICO examples', () => {
  test('P2: received Wed 2025-09-03 → Fri 2025-10-03 (a working day, no roll)', () => {
    expect(ew.addCalendarMonths('2025-09-03', 1)).toBe('2025-10-03');
  });

  test('P3: received Sat 2026-01-31 → Sat 2026-02-28 (no 31 February) → Mon 2026-03-02 after the weekend roll', () => {
    expect(ew.addCalendarMonths('2026-01-31', 1)).toBe('2026-03-02');
  });

  test('P3 in a leap year: Mon 2028-01-31 → Tue 2028-02-29; Wed 2024-01-31 → Thu 2024-02-29', () => {
    expect(ew.addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(ew.addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  test('Lexology: Thu 2025-01-30 → Fri 2025-02-28', () => {
    expect(ew.addCalendarMonths('2025-01-30', 1)).toBe('2025-02-28');
  });

  test('1 April → 1 May: Tue 2025-04-01 → Thu 2025-05-01; Thu 2027-04-01 → Sat 1 May, Mon 3 May early May bank holiday → Tue 2027-05-04', () => {
    expect(ew.addCalendarMonths('2025-04-01', 1)).toBe('2025-05-01');
    expect(ew.addCalendarMonths('2027-04-01', 1)).toBe('2027-05-04');
  });

  test('P4, the rule since August 2019: received Fri 2025-08-01 → Mon 2025-09-01', () => {
    expect(ew.addCalendarMonths('2025-08-01', 1)).toBe('2025-09-01');
  });
});

describe('more months', () => {
  test('across the year end: Wed 2025-12-31 → Sat 2026-01-31 → Mon 2026-02-02', () => {
    expect(ew.addCalendarMonths('2025-12-31', 1)).toBe('2026-02-02');
  });

  test('the two-month extension added to one month (3 months): Tue 2026-03-31 → Tue 2026-06-30', () => {
    expect(ew.addCalendarMonths('2026-03-31', 3)).toBe('2026-06-30');
  });

  test('12 months from Thu 2024-02-29 → Fri 2025-02-28', () => {
    expect(ew.addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  test('Fri 2026-05-15 → Mon 2026-06-15: a working day in England and Wales, Scotland’s World Cup holiday → Tue 2026-06-16', () => {
    expect(ew.addCalendarMonths('2026-05-15', 1)).toBe('2026-06-15');
    expect(scotland.addCalendarMonths('2026-05-15', 1)).toBe('2026-06-16');
  });

  test('a closure on the corresponding date rolls it on: Wed 2025-09-03 → Fri 3 October closed → Mon 2025-10-06', () => {
    const c = createCalendar({ holidays: 'england-and-wales', closures: [{ date: '2025-10-03', reason: 'Office move' }] });
    expect(c.addCalendarMonths('2025-09-03', 1)).toBe('2025-10-06');
  });

  test('the start date may be a non-working day: Sun 2026-02-01 → Sun 2026-03-01 → Mon 2026-03-02', () => {
    expect(ew.addCalendarMonths('2026-02-01', 1)).toBe('2026-03-02');
  });
});

describe('validation', () => {
  test('months must be a whole number from 1 to 1200', () => {
    for (const months of [0, -1, 1.5, 1201, Number.NaN, Infinity, '1', undefined, null]) {
      let e: unknown;
      try {
        ew.addCalendarMonths('2026-01-31', months as number);
      } catch (error) {
        e = error;
      }
      expect(e, String(months)).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('months');
    }
    expect(ew.addCalendarMonths('2026-01-15', 1200)).toBe('2126-01-15');
  });

  test('a bad date is an InvalidDateError on date; a result after 2199 a DateOutOfRangeError', () => {
    expect(() => ew.addCalendarMonths('2026-1-31', 1)).toThrow(InvalidDateError);
    expect(() => ew.addCalendarMonths('2199-12-31', 1)).toThrow(DateOutOfRangeError);
  });
});
