/**
 * correspondingDate: the same day of the month `months` later (or earlier), or that month's last day when it is
 * shorter (the ICO's month rule before any working-day roll). Expected dates are worked out by hand from month
 * lengths (30 days in April, June, September, November; February 28, or 29 in a leap year). Written for issue 18:
 * mutation testing found the function reached only through its doc example.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { correspondingDate, DateOutOfRangeError, InvalidArgumentError } from '../../src/calendar/index.js';
import { caught } from '../caught.js';

describe('correspondingDate', () => {
  test('same day of the month, else the month’s last day', () => {
    expect(correspondingDate('2026-01-31', 1)).toBe('2026-02-28'); // 2026 is not a leap year
    expect(correspondingDate('2028-01-31', 1)).toBe('2028-02-29'); // 2028 is
    expect(correspondingDate('2026-05-31', 1)).toBe('2026-06-30');
    expect(correspondingDate('2026-03-31', -1)).toBe('2026-02-28');
    expect(correspondingDate('2025-09-03', 12)).toBe('2026-09-03');
    expect(correspondingDate('2026-01-15', -13)).toBe('2024-12-15');
    expect(correspondingDate('2026-01-15', 0)).toBe('2026-01-15');
    expect(correspondingDate('2026-12-31', 2)).toBe('2027-02-28');
  });

  test('results at the ends of the range are allowed; beyond them is a DateOutOfRangeError on result', () => {
    expect(correspondingDate('2199-11-30', 1)).toBe('2199-12-30');
    expect(correspondingDate('1900-02-28', -1)).toBe('1900-01-28');
    for (const [date, months] of [
      ['2199-12-15', 1],
      ['1900-01-15', -1],
      ['2026-01-01', 2400],
      ['2026-01-01', -1513],
    ] as const) {
      const e = caught(() => correspondingDate(date, months));
      expect(e, `${date} ${months}`).toBeInstanceOf(DateOutOfRangeError);
      expect((e as DateOutOfRangeError).path).toBe('result');
      expect((e as Error).message).toBe('result: the result falls outside the supported range. Supported dates run from 1900-01-01 to 2199-12-31.');
    }
  });

  test('months must be a whole number', () => {
    for (const months of [1.5, Number.NaN, Infinity, '1', null]) {
      const e = caught(() => correspondingDate('2026-01-31', months as number));
      expect(e, String(months)).toBeInstanceOf(InvalidArgumentError);
      expect((e as Error).message).toBe('months: must be a whole number of months.');
    }
  });

  test('agrees with a Date.UTC reference (month arithmetic done by the platform) for any date and month count', () => {
    const MS = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1) / MS, max: Date.UTC(2150, 11, 31) / MS }), fc.integer({ min: -480, max: 480 }), (day, months) => {
        const start = new Date(day * MS);
        const y = start.getUTCFullYear();
        const m = start.getUTCMonth() + months;
        const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
        const expected = new Date(Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay))).toISOString().slice(0, 10);
        expect(correspondingDate(start.toISOString().slice(0, 10), months)).toBe(expected);
      }),
    );
  });
});
