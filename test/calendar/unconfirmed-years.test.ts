/**
 * Years no published data confirms: after 2028 (GOV.UK has published through 2028; later years come from the rules
 * alone) and before 1978 (not modelled). A non-strict calendar marks answers resting on them provisional; a strict
 * one throws a CoverageError naming the argument whose year is unconfirmed (else the other one). Weekdays below are
 * worked out from 1970-01-01 being a Thursday: 1 January 1978 was a Sunday, 25 December 2028 a Monday, 1 January
 * 2029 a Monday, 25 December 2029 a Tuesday.
 */
import { describe, expect, test } from 'vitest';
import { CoverageError, createCalendar, DateOutOfRangeError } from '../../src/calendar/index.js';

const ew = createCalendar({ holidays: 'england-and-wales' });

function coverageError(fn: () => unknown): CoverageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CoverageError);
    return e as CoverageError;
  }
  throw new Error('expected a CoverageError');
}

describe('a non-strict calendar marks holidays of unconfirmed years provisional', () => {
  test('Christmas Day 2029 (Tue) is a provisional holiday; Christmas Day 2028 (Mon) is confirmed', () => {
    expect(ew.whyNotWorking('2029-12-25')).toEqual({ date: '2029-12-25', kind: 'holiday', reason: 'Christmas Day', provisional: true });
    expect(ew.whyNotWorking('2028-12-25')).toEqual({ date: '2028-12-25', kind: 'holiday', reason: 'Christmas Day', provisional: false });
    // A weekend is a weekend whatever the holiday data says: Sat 2029-12-29.
    expect(ew.whyNotWorking('2029-12-29')).toEqual({ date: '2029-12-29', kind: 'weekend', reason: 'Saturday', provisional: false });
  });

  test('explain from Thu 2028-12-28, 3 working days: Fri 29 (1), Sat 30, Sun 31, Mon 1 Jan 2029 New Year’s Day, Tue 2 (2), Wed 3 (3)', () => {
    const fresh = createCalendar({ holidays: 'england-and-wales' });
    expect(fresh.explain('2028-12-28', 3)).toEqual({
      start: '2028-12-28',
      workingDays: 3,
      date: '2029-01-03',
      skipped: [
        { date: '2028-12-30', kind: 'weekend', reason: 'Saturday', provisional: false },
        { date: '2028-12-31', kind: 'weekend', reason: 'Sunday', provisional: false },
        { date: '2029-01-01', kind: 'holiday', reason: 'New Year’s Day', provisional: true },
      ],
      provisional: true,
    });
  });
});

describe('a strict calendar names the argument whose year is unconfirmed', () => {
  const strict = createCalendar({ holidays: 'england-and-wales', strict: true });

  test('isWorkingDay and whyNotWorking: the date', () => {
    expect(coverageError(() => strict.isWorkingDay('2029-01-02')).path).toBe('date');
    expect(coverageError(() => strict.whyNotWorking('1977-06-01')).path).toBe('date');
  });

  test('the message names the years the answer depends on', () => {
    expect(coverageError(() => strict.isWorkingDay('2029-01-02')).message).toBe(
      "date: the answer depends on bank holidays from 2029 to 2029, which published data does not confirm. Pass a newer GOV.UK feed as 'feed', or drop 'strict' to accept provisional dates.",
    );
  });

  test('subtractWorkingDays going back into an unconfirmed year: the date', () => {
    // From Wed 2029-01-03, 3 back: Tue 2 (1), Mon 1 New Year’s Day, Sun 31, Sat 30, Fri 29 Dec 2028 (2), Thu 28 (3):
    // the answer is in 2028 but the days counted include 2029's.
    const fromTheFuture = coverageError(() => strict.subtractWorkingDays('2029-01-03', 3));
    expect(fromTheFuture.path).toBe('date');
    expect(fromTheFuture.message).toContain('from 2028 to 2029');
    // From Wed 1978-01-04, 3 back: Tue 3 (1), Mon 2 (New Year’s Day substitute), Sun 1, Sat 31, Fri 30 Dec 1977 (2),
    // Thu 29 (3): the answer lies in 1977, which is not modelled.
    const intoThePast = coverageError(() => strict.subtractWorkingDays('1978-01-04', 3));
    expect(intoThePast.path).toBe('date');
    expect(intoThePast.message).toContain('from 1977 to 1978');
    // Within confirmed years there is no error: from Wed 2026-01-07, 3 back: Tue 6 (1), Mon 5 (2), Fri 2 (3).
    expect(strict.subtractWorkingDays('2026-01-07', 3)).toBe('2026-01-02');
  });

  test('countWorkingDays: the earlier argument when its year is unconfirmed, else the later one, in either order', () => {
    expect(coverageError(() => strict.countWorkingDays('2028-12-01', '2029-01-10')).path).toBe('to');
    expect(coverageError(() => strict.countWorkingDays('2029-01-10', '2028-12-01')).path).toBe('from');
    expect(coverageError(() => strict.countWorkingDays('1977-12-01', '1978-01-10')).path).toBe('from');
    expect(coverageError(() => strict.countWorkingDays('1978-01-10', '1977-12-01')).path).toBe('to');
    // The same unconfirmed day twice: the first argument.
    expect(coverageError(() => strict.countWorkingDays('2029-01-10', '2029-01-10')).path).toBe('from');
    // Thu 2026-12-24 to Tue 2027-01-05: Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 (Christmas Fri 25, Boxing Day
    // substitute Mon 28, New Year’s Day Fri 1 January 2027) = 5, all in confirmed years.
    expect(strict.countWorkingDays('2026-12-24', '2027-01-05')).toBe(5);
    expect(strict.countWorkingDays('2027-01-05', '2026-12-24')).toBe(-5);
  });

  test('addCalendarMonths into an unconfirmed year: the result', () => {
    expect(coverageError(() => strict.addCalendarMonths('2028-12-15', 1)).path).toBe('result');
    // 15 November 2028 + 1 month = Fri 15 December 2028, a working day in a confirmed year.
    expect(strict.addCalendarMonths('2028-11-15', 1)).toBe('2028-12-15');
  });
});

describe('answers outside the supported range', () => {
  test('DateOutOfRangeError naming the result', () => {
    for (const fn of [() => ew.addWorkingDays('2199-12-30', 5), () => ew.subtractWorkingDays('1900-01-02', 5)]) {
      let e: unknown;
      try {
        fn();
      } catch (error) {
        e = error;
      }
      expect(e).toBeInstanceOf(DateOutOfRangeError);
      expect((e as DateOutOfRangeError).path).toBe('result');
      expect((e as DateOutOfRangeError).message).toBe('result: the result falls outside the supported range. Supported dates run from 1900-01-01 to 2199-12-31.');
    }
  });

  test('a count of no working days backwards is 0, not -0: Sun 2026-01-11 back to Sat 2026-01-10', () => {
    expect(Object.is(ew.countWorkingDays('2026-01-11', '2026-01-10'), 0)).toBe(true);
  });
});
