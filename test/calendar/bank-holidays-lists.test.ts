/**
 * bankHolidays: the all-UK list in order (by date, then England and Wales, Scotland, Northern Ireland), one-day
 * ranges, and what its errors say. The 2026 dates are GOV.UK's published data (https://www.gov.uk/bank-holidays.json,
 * as listed in the project's reference notes):
 * - england-and-wales: 01-01, 04-03, 04-06, 05-04, 05-25, 08-31, 12-25, 12-28
 * - scotland: 01-01, 01-02, 04-03, 05-04, 05-25, 06-15, 08-03, 11-30, 12-25, 12-28
 * - northern-ireland: 01-01, 03-17, 04-03, 04-06, 05-04, 05-25, 07-13, 08-31, 12-25, 12-28
 */
import { describe, expect, test } from 'vitest';
import { addDays, bankHolidays, DateOutOfRangeError, InvalidArgumentError, InvalidDateError, type BankHolidaysOptions } from '../../src/calendar/index.js';

const EW = 'england-and-wales';
const S = 'scotland';
const NI = 'northern-ireland';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('united-kingdom 2026, one entry per (date, division)', () => {
  test('28 entries, sorted by date, then in DIVISIONS order on a shared date', () => {
    const expected = [
      ['2026-01-01', EW],
      ['2026-01-01', S],
      ['2026-01-01', NI],
      ['2026-01-02', S],
      ['2026-03-17', NI],
      ['2026-04-03', EW],
      ['2026-04-03', S],
      ['2026-04-03', NI],
      ['2026-04-06', EW],
      ['2026-04-06', NI],
      ['2026-05-04', EW],
      ['2026-05-04', S],
      ['2026-05-04', NI],
      ['2026-05-25', EW],
      ['2026-05-25', S],
      ['2026-05-25', NI],
      ['2026-06-15', S],
      ['2026-07-13', NI],
      ['2026-08-03', S],
      ['2026-08-31', EW],
      ['2026-08-31', NI],
      ['2026-11-30', S],
      ['2026-12-25', EW],
      ['2026-12-25', S],
      ['2026-12-25', NI],
      ['2026-12-28', EW],
      ['2026-12-28', S],
      ['2026-12-28', NI],
    ];
    expect(bankHolidays('united-kingdom', { from: '2026-01-01', to: '2026-12-31' }).map((h) => [h.date, h.division])).toEqual(expected);
  });

  test('across a year end the order holds: 25 December 2026 to 5 January 2027', () => {
    // 2027: 1 January is a Friday; Scotland's 2nd January (Saturday) moves to Monday 4.
    expect(bankHolidays('united-kingdom', { from: '2026-12-25', to: '2027-01-05' }).map((h) => [h.date, h.division])).toEqual([
      ['2026-12-25', EW],
      ['2026-12-25', S],
      ['2026-12-25', NI],
      ['2026-12-28', EW],
      ['2026-12-28', S],
      ['2026-12-28', NI],
      ['2027-01-01', EW],
      ['2027-01-01', S],
      ['2027-01-01', NI],
      ['2027-01-04', S],
    ]);
  });
});

describe('ranges', () => {
  test('from and to may be the same day: Christmas Day 2026 alone', () => {
    expect(bankHolidays(EW, { from: '2026-12-25', to: '2026-12-25' }).map((h) => h.title)).toEqual(['Christmas Day']);
  });
});

describe('what the errors say', () => {
  test('options that are not an object: InvalidArgumentError on options', () => {
    for (const options of [undefined, null, '2026-01-01']) {
      const e = thrown(() => bankHolidays(EW, options as unknown as BankHolidaysOptions));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.message).toBe("options: must be an object with 'from' and 'to' dates.");
    }
  });

  test('a bad from or to names it', () => {
    const from = thrown(() => bankHolidays(EW, { from: '2026-13-01', to: '2026-12-31' }));
    expect(from).toBeInstanceOf(InvalidDateError);
    expect((from as InvalidDateError).path).toBe('from');
    const to = thrown(() => bankHolidays(EW, { from: '2026-01-01', to: '26-12-31' }));
    expect((to as InvalidDateError).path).toBe('to');
  });

  test('to before from: InvalidArgumentError on to', () => {
    const e = thrown(() => bankHolidays(EW, { from: '2026-12-25', to: '2026-12-24' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe("to: must not be before 'from'.");
  });
});

describe('addDays past the supported range', () => {
  test('DateOutOfRangeError naming the result', () => {
    const e = thrown(() => addDays('2199-12-31', 1));
    expect(e).toBeInstanceOf(DateOutOfRangeError);
    expect((e as DateOutOfRangeError).path).toBe('result');
  });
});
