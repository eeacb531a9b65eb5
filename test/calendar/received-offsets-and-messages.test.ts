/**
 * receivedDate: offsets other than whole hours, the largest offsets ISO 8601 allows here (±23:59), seconds that do
 * not change the London minute, and what each error says. Expected dates are worked out by hand: an instant with
 * offset +HH:MM is that local time minus HH:MM in UTC; in January London is on GMT (UTC+0), so the London date is
 * the UTC date.
 */
import { describe, expect, test } from 'vitest';
import { createCalendar, DateOutOfRangeError, InvalidArgumentError, InvalidDateError, receivedDate, type ReceivedDateOptions } from '../../src/calendar/index.js';

/** The error `fn` throws (the test fails when it throws nothing). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('offsets', () => {
  test('a positive offset is subtracted: 00:30+01:00 on Mon 2026-01-05 is 23:30 GMT on Sun 2026-01-04', () => {
    expect(receivedDate('2026-01-05T00:30:00+01:00')).toBe('2026-01-04');
    // and a negative one added: 20:00-05:00 on Mon 5 January is 01:00 GMT on Tue 6 January.
    expect(receivedDate('2026-01-05T20:00:00-05:00')).toBe('2026-01-06');
  });

  test('offsets with minutes: +05:30 and -03:30 move by hours and minutes', () => {
    // 05:00+05:30 on 5 January = 23:30 UTC on 4 January (5:00 − 5:30 = −0:30).
    expect(receivedDate('2026-01-05T05:00:00+05:30')).toBe('2026-01-04');
    // 05:30+05:30 = 00:00 UTC on 5 January.
    expect(receivedDate('2026-01-05T05:30:00+05:30')).toBe('2026-01-05');
    // 20:00-03:30 = 23:30 UTC on 5 January; 20:30-03:30 = 00:00 UTC on 6 January.
    expect(receivedDate('2026-01-05T20:00:00-03:30')).toBe('2026-01-05');
    expect(receivedDate('2026-01-05T20:30:00-03:30')).toBe('2026-01-06');
  });

  test('the largest offsets, ±23:59 and ±00:59, are accepted', () => {
    // 23:29+23:59 on 6 January = 23:30 UTC on 5 January (23:29 − 23:59 = −0:30, a day back).
    expect(receivedDate('2026-01-06T23:29:00+23:59')).toBe('2026-01-05');
    // 00:31-23:59 on 5 January = 00:30 UTC on 6 January.
    expect(receivedDate('2026-01-05T00:31:00-23:59')).toBe('2026-01-06');
    // 00:29+00:59 on 5 January = 23:30 UTC on 4 January.
    expect(receivedDate('2026-01-05T00:29:00+00:59')).toBe('2026-01-04');
  });

  test('offset hours above 23 or minutes above 59 are InvalidDateError on instant, saying the allowed range', () => {
    for (const instant of ['2026-01-05T12:00:00+01:60', '2026-01-05T12:00:00-00:60', '2026-01-05T12:00:00+24:00']) {
      const e = thrown(() => receivedDate(instant));
      expect(e, instant).toBeInstanceOf(InvalidDateError);
      expect((e as InvalidDateError).path).toBe('instant');
      expect(e.message).toContain('the offset must be -23:59 to +23:59');
    }
  });
});

describe('seconds and fractions of a second', () => {
  test('they are within their minute: 00:00:30 and 00:00:00.5 on 6 January are still 6 January', () => {
    expect(receivedDate('2026-01-06T00:00:30Z')).toBe('2026-01-06');
    expect(receivedDate('2026-01-06T00:00:00.5Z')).toBe('2026-01-06');
    expect(receivedDate('2026-01-06T00:00:59.999999999Z')).toBe('2026-01-06');
    expect(receivedDate('2026-01-05T23:59:59.999999999Z')).toBe('2026-01-05');
  });

  test('16:59:59.9 is before a 17:00 cut-off; 17:00:00.0 is not (Mon 5 January 2026, GMT)', () => {
    expect(receivedDate('2026-01-05T16:59:59.9Z', { cutOff: '17:00' })).toBe('2026-01-05');
    expect(receivedDate('2026-01-05T17:00:00.0Z', { cutOff: '17:00' })).toBe('2026-01-06');
  });
});

describe('what the errors say', () => {
  const HINT = "Pass a Date, or an ISO-8601 date-time with an offset, e.g. '2026-01-05T17:30:00Z'.";
  test.each([
    ['no offset', '2026-01-05T17:30:00', "instant: must be a Date or an ISO-8601 date-time with 'Z' or a '±HH:MM' offset, e.g. '2026-01-05T17:30:00Z'."],
    ['30 February', '2026-02-30T10:00:00Z', 'instant: the date part is not a real calendar day.'],
    ['hour 24', '2026-01-05T24:00:00Z', 'instant: the time part must be 00:00:00 to 23:59:59.'],
    ['an invalid Date', new Date(Number.NaN), 'instant: is an invalid Date.'],
    ['a number', 1767634200000, "instant: must be a Date or an ISO-8601 date-time string with an offset, e.g. '2026-01-05T17:30:00Z'."],
  ])('%s: InvalidDateError naming the rule, then what to pass', (_what, instant, rule) => {
    const e = thrown(() => receivedDate(instant as string));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.message).toBe(`${rule} ${HINT}`);
  });

  test('a cut-off that is not a string is rejected, even a String object; the message shows the format', () => {
    for (const cutOff of [new String('17:00'), 17, null]) {
      const e = thrown(() => receivedDate('2026-01-05T12:00:00Z', { cutOff } as unknown as ReceivedDateOptions));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.message).toBe("cutOff: must be a London time 'HH:MM' from 00:00 to 23:59, e.g. '17:00'.");
    }
  });

  test('a calendar that is not one (a division name, null, an object without nextWorkingDay) is rejected', () => {
    for (const calendar of ['england-and-wales', null, 0, { holidays: 'england-and-wales' }]) {
      const e = thrown(() => receivedDate('2026-01-05T12:00:00Z', { calendar } as unknown as ReceivedDateOptions));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.message).toBe('calendar: must be a calendar made by createCalendar.');
    }
    // A real calendar is accepted: Fri 2026-01-09 17:30 GMT after a 17:00 cut-off → Mon 2026-01-12.
    expect(receivedDate('2026-01-09T17:30:00Z', { cutOff: '17:00', calendar: createCalendar({ holidays: 'england-and-wales' }) })).toBe('2026-01-12');
  });

  test('a London date outside the supported range is DateOutOfRangeError on instant', () => {
    // 00:30 GMT on 1 January 2200; and 17:30 on 31 December 2199 after a 17:00 cut-off, which would count from 2200.
    for (const [instant, options] of [
      ['2200-01-01T00:30:00Z', {}],
      ['2199-12-31T17:30:00Z', { cutOff: '17:00' }],
      ['1899-12-31T23:59:00Z', {}],
    ] as const) {
      const e = thrown(() => receivedDate(instant, options));
      expect(e, instant).toBeInstanceOf(DateOutOfRangeError);
      expect((e as DateOutOfRangeError).path).toBe('instant');
    }
  });
});
