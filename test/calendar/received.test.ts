/**
 * receivedDate: the Europe/London date of an arrival instant. Expected dates are worked out by hand from the UK's
 * clock changes (British Summer Time starts at 01:00 UTC on the last Sunday of March and ends at 01:00 UTC on the
 * last Sunday of October: Summer Time Act 1972 as amended by SI 2002/262; in 2026 those Sundays are 29 March and
 * 25 October), and from British Standard Time (UTC+1 all year, 27 October 1968 to 31 October 1971).
 */
import { describe, expect, test } from 'vitest';
import { createCalendar, DateOutOfRangeError, InvalidArgumentError, InvalidDateError, receivedDate, type ReceivedDateOptions } from '../../src/calendar/index.js';

const ew = createCalendar({ holidays: 'england-and-wales' });

describe('the issue’s vectors', () => {
  test('2026-06-30T23:30:00Z is 00:30 BST on Wed 2026-07-01', () => {
    expect(receivedDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
  });

  test('2026-01-05T17:30:00Z (Mon, GMT) with a 17:00 cut-off counts from Tue 2026-01-06', () => {
    expect(receivedDate('2026-01-05T17:30:00Z', { cutOff: '17:00' })).toBe('2026-01-06');
    expect(receivedDate('2026-01-05T17:30:00Z')).toBe('2026-01-05');
  });
});

describe('clock changes', () => {
  test('BST starts Sun 2026-03-29 01:00 UTC: 00:30Z is 00:30 GMT on the 29th; Sat 23:30Z is still Sat 2026-03-28', () => {
    expect(receivedDate('2026-03-29T00:30:00Z')).toBe('2026-03-29');
    expect(receivedDate('2026-03-28T23:30:00Z')).toBe('2026-03-28');
    expect(receivedDate('2026-03-28T23:59:59.999Z')).toBe('2026-03-28');
  });

  test('the first BST night: Sun 2026-03-29T23:30Z is 00:30 BST on Mon 2026-03-30', () => {
    expect(receivedDate('2026-03-29T23:30:00Z')).toBe('2026-03-30');
    expect(receivedDate('2026-03-29T22:59:00Z')).toBe('2026-03-29');
  });

  test('BST ends Sun 2026-10-25 01:00 UTC: Sat 23:30Z is 00:30 BST on the 25th; 00:30Z is 01:30 BST; 23:30Z is 23:30 GMT', () => {
    expect(receivedDate('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(receivedDate('2026-10-24T22:59:00Z')).toBe('2026-10-24');
    expect(receivedDate('2026-10-25T00:30:00Z')).toBe('2026-10-25');
    expect(receivedDate('2026-10-25T23:30:00Z')).toBe('2026-10-25');
  });

  test('British Standard Time: 1970-01-01T23:30Z was 00:30 on Fri 1970-01-02 in London', () => {
    expect(receivedDate('1970-01-01T23:30:00Z')).toBe('1970-01-02');
  });

  test('a 17:00 cut-off in summer is 16:00 UTC: 16:30Z on Wed 2026-07-01 counts from Thu 2026-07-02, 15:59Z does not', () => {
    expect(receivedDate('2026-07-01T16:30:00Z', { cutOff: '17:00' })).toBe('2026-07-02');
    expect(receivedDate('2026-07-01T15:59:00Z', { cutOff: '17:00' })).toBe('2026-07-01');
  });
});

describe('inputs', () => {
  test('offsets are honoured: +01:00 and -05:00', () => {
    expect(receivedDate('2026-07-01T00:30:00+01:00')).toBe('2026-07-01');
    expect(receivedDate('2026-01-05T23:30:00-05:00')).toBe('2026-01-06');
    expect(receivedDate('2026-01-05T23:30-05:00')).toBe('2026-01-06');
  });

  test('a Date object: 2026-06-30T23:30Z → 2026-07-01', () => {
    expect(receivedDate(new Date(Date.UTC(2026, 5, 30, 23, 30)))).toBe('2026-07-01');
  });

  test('the cut-off is inclusive: exactly 17:00 London counts as the next day', () => {
    expect(receivedDate('2026-01-05T17:00:00Z', { cutOff: '17:00' })).toBe('2026-01-06');
    expect(receivedDate('2026-01-05T16:59:59.999Z', { cutOff: '17:00' })).toBe('2026-01-05');
    expect(receivedDate('2026-01-05T00:00:00Z', { cutOff: '00:00' })).toBe('2026-01-06');
    expect(receivedDate('2026-01-05T23:58:00Z', { cutOff: '23:59' })).toBe('2026-01-05');
  });

  test('with a calendar, a late arrival counts from the next working day: Fri 2026-01-09 17:30 → Mon 2026-01-12 (Sat 2026-01-10 without)', () => {
    expect(receivedDate('2026-01-09T17:30:00Z', { cutOff: '17:00', calendar: ew })).toBe('2026-01-12');
    expect(receivedDate('2026-01-09T17:30:00Z', { cutOff: '17:00' })).toBe('2026-01-10');
  });

  test('with a calendar, Thu 2026-04-02 18:00 BST after the cut-off → Tue 2026-04-07 (Good Friday, Easter Monday)', () => {
    expect(receivedDate('2026-04-02T17:00:00Z', { cutOff: '17:00', calendar: ew })).toBe('2026-04-07');
  });

  test('arrivals on a non-working day are not moved (a policy decides that): Sat 2026-01-10 12:00 → 2026-01-10', () => {
    expect(receivedDate('2026-01-10T12:00:00Z', { cutOff: '17:00', calendar: ew })).toBe('2026-01-10');
  });
});

describe('validation', () => {
  test('strings without an offset, malformed strings, invalid Dates and other types are InvalidDateError on instant', () => {
    const bad: unknown[] = [
      '2026-01-05T17:30:00',
      '2026-01-05',
      '2026-01-05 17:30:00Z',
      '2026-02-30T10:00:00Z',
      '2026-01-05T24:00:00Z',
      '2026-01-05T17:60:00Z',
      '2026-01-05T17:30:60Z',
      '2026-01-05T17:30:00+1:00',
      '2026-01-05T17:30:00+24:00',
      '2026-1-5T17:30:00Z',
      ' 2026-01-05T17:30:00Z',
      '',
      new Date('not a date'),
      1767634200000,
      null,
      undefined,
      {},
    ];
    for (const instant of bad) {
      let e: unknown;
      try {
        receivedDate(instant as string);
      } catch (error) {
        e = error;
      }
      expect(e, String(instant)).toBeInstanceOf(InvalidDateError);
      expect((e as InvalidDateError).path).toBe('instant');
    }
  });

  test('cutOff must be HH:MM from 00:00 to 23:59', () => {
    for (const cutOff of ['5pm', '24:00', '7:00', '17:00:00', '17.00', '', ' 17:00', 1700, null]) {
      let e: unknown;
      try {
        receivedDate('2026-01-05T17:30:00Z', { cutOff } as unknown as ReceivedDateOptions);
      } catch (error) {
        e = error;
      }
      expect(e, String(cutOff)).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('cutOff');
    }
  });

  test('calendar must be a calendar; unknown options are rejected', () => {
    expect(() => receivedDate('2026-01-05T17:30:00Z', { calendar: {} } as unknown as ReceivedDateOptions)).toThrow(InvalidArgumentError);
    expect(() => receivedDate('2026-01-05T17:30:00Z', { cutoff: '17:00' } as unknown as ReceivedDateOptions)).toThrow(InvalidArgumentError);
  });

  test('London dates outside 1900-01-01 … 2199-12-31 are DateOutOfRangeError', () => {
    expect(() => receivedDate('1899-12-31T12:00:00Z')).toThrow(DateOutOfRangeError);
    expect(() => receivedDate('2200-01-01T00:30:00Z')).toThrow(DateOutOfRangeError);
    expect(() => receivedDate(new Date(8.64e15))).toThrow(DateOutOfRangeError);
    expect(() => receivedDate('2199-12-31T17:30:00Z', { cutOff: '17:00' })).toThrow(DateOutOfRangeError);
    expect(receivedDate('1899-12-31T23:59:00-01:00')).toBe('1900-01-01');
    expect(receivedDate('2199-12-31T23:59:59Z')).toBe('2199-12-31');
  });
});
