/**
 * Argument checks of the calendar and receivedDate: what each rejects, the path it names and the message that says
 * what to pass instead (the library's error rule: name the field and the rule, never echo a value). Leap days are
 * the Gregorian rule (every 4th year, except centuries not divisible by 400: 2000 was a leap year, 2100 is not).
 * Written for issue 18, where mutants in these checks survived.
 */
import { describe, expect, test } from 'vitest';
import { createCalendar, InvalidArgumentError, InvalidDateError, receivedDate, type CalendarOptions, type ReceivedDateOptions } from '../../src/calendar/index.js';
import { caught } from '../caught.js';

const ew = createCalendar({ holidays: 'england-and-wales' });

describe('working-day counts', () => {
  test('the message gives the allowed range, 0 to 100000', () => {
    for (const n of [-1, 100_001, 0.5, '2']) {
      const e = caught(() => ew.addWorkingDays('2026-01-05', n as number));
      expect((e as Error).message, String(n)).toBe('n: must be a whole number of working days from 0 to 100000.');
    }
    expect(ew.addWorkingDays('2026-01-05', 0)).toBe('2026-01-05');
  });
});

describe('calendar months', () => {
  test('months must be a whole number from 1 to 1200, with the range in the message', () => {
    for (const months of [0, -1, 1201, 1.5, '1', Number.NaN]) {
      const e = caught(() => ew.addCalendarMonths('2026-01-31', months as number));
      expect(e, String(months)).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('months');
      expect((e as Error).message).toBe('months: must be a whole number of months from 1 to 1200.');
    }
    // 1200 months (100 years) is allowed: Thu 1 January 2026 + 100 years = 1 January 2126, 36,524 days later (24 leap
    // days: 2028 … 2124 without 2100), 5 weekdays on from a Thursday: Tuesday, New Year's Day, so the next working
    // day, Wednesday 2 January 2126.
    expect(ew.addCalendarMonths('2026-01-01', 1200)).toBe('2126-01-02');
  });
});

describe('createCalendar options: each message names the option and what it must be', () => {
  const message = (options: unknown) => (caught(() => createCalendar(options as CalendarOptions)) as Error).message;
  test('the options object, its keys, strict and closures', () => {
    for (const options of [null, [], 'england-and-wales']) {
      expect(message(options)).toBe("options: must be an object such as { holidays: 'england-and-wales' }.");
    }
    expect(message({ holidays: 'scotland', closure: [] })).toBe('closure: is not a calendar option; the options are holidays, closures, feed, strict.');
    expect(message({ holidays: 'scotland', strict: 'yes' })).toBe('strict: must be true or false.');
    expect(message({ holidays: 'scotland', closures: {} })).toBe('closures: must be an array of { date, reason }.');
    expect(message({ holidays: 'scotland', closures: [{ date: '2026-12-29', reason: '' }] })).toBe(
      'closures[0].reason: must be a non-empty string saying why the office is closed.',
    );
    expect(message({ holidays: 'scotland', feed: {} })).toBe('feed: must come from parseGovUkBankHolidays(json), not be the raw GOV.UK document.');
    expect(message({ holidays: 'wales' })).toBe("holidays: must be 'england-and-wales', 'scotland', 'northern-ireland' or 'united-kingdom'.");
  });

  test('a closure that is not an object (e.g. a bare date string) is refused as a whole, naming its index', () => {
    for (const closure of ['2026-12-29', 20261229, null]) {
      const e = caught(() => createCalendar({ holidays: 'scotland', closures: [closure] } as unknown as CalendarOptions));
      expect(e, String(closure)).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('closures[0]');
      expect((e as Error).message).toBe('closures[0]: must be an object { date, reason }.');
    }
  });
});

describe('the feed option must be a parsed feed', () => {
  const arrays = { 'england-and-wales': [], scotland: [], 'northern-ireland': [] };
  const coverage = { 'england-and-wales': undefined, scotland: undefined, 'northern-ireland': undefined };
  test('anything without divisions of arrays and a coverage object is refused, naming feed', () => {
    for (const feed of [
      'england-and-wales',
      42,
      null,
      { divisions: arrays, coverage: 42 },
      { divisions: 7, coverage },
      { divisions: arrays },
      { divisions: arrays, coverage: null },
      { divisions: null, coverage },
      { coverage },
      { divisions: { ...arrays, scotland: {} }, coverage },
    ]) {
      const e = caught(() => createCalendar({ holidays: 'england-and-wales', feed } as unknown as CalendarOptions));
      expect(e, JSON.stringify(feed)).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('feed');
    }
  });

  test('a feed with no events changes nothing: Fri 2026-12-25 is still Christmas Day', () => {
    const calendar = createCalendar({ holidays: 'england-and-wales', feed: { divisions: arrays, coverage } });
    expect(calendar.isWorkingDay('2026-12-25')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });
});

describe('receivedDate options', () => {
  test('options must be an object', () => {
    for (const options of [null, 'cutOff', 17]) {
      const e = caught(() => receivedDate('2026-01-05T17:30:00Z', options as unknown as ReceivedDateOptions));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('options');
      expect((e as Error).message).toBe('options: must be an object.');
    }
  });

  test('an unknown option is named when it looks like a field name, and described otherwise', () => {
    const named = caught(() => receivedDate('2026-01-05T17:30:00Z', { cutoff: '17:00' } as unknown as ReceivedDateOptions));
    expect((named as InvalidArgumentError).path).toBe('cutoff');
    expect((named as Error).message).toBe('cutoff: is not an option of receivedDate; the options are cutOff and calendar.');
    const personal = caught(() => receivedDate('2026-01-05T17:30:00Z', { 'Jo Bloggs': 1 } as unknown as ReceivedDateOptions));
    expect((personal as InvalidArgumentError).path).toBe('options');
    expect((personal as Error).message).toMatch(
      /^options: has an unknown field \(its name is not shown.*\), which is not an option of receivedDate; the options are cutOff and calendar\.$/,
    );
    expect((personal as Error).message).not.toContain('Bloggs');
  });

  test('the calendar option must have nextWorkingDay', () => {
    for (const calendar of [null, 'england-and-wales', { nextWorkingDay: 'Monday' }]) {
      const e = caught(() => receivedDate('2026-01-05T17:30:00Z', { calendar } as unknown as ReceivedDateOptions));
      expect((e as InvalidArgumentError).path, JSON.stringify(calendar)).toBe('calendar');
    }
  });
});

describe('receivedDate checks the date part of an instant by the Gregorian calendar', () => {
  test('29 February exists in 2000 and 2024, not in 2100 or 2026', () => {
    expect(receivedDate('2000-02-29T12:00:00Z')).toBe('2000-02-29');
    expect(receivedDate('2024-02-29T12:00:00Z')).toBe('2024-02-29');
    for (const bad of ['2100-02-29T12:00:00Z', '2026-02-29T12:00:00Z', '2026-02-30T12:00:00Z']) {
      expect(
        caught(() => receivedDate(bad)),
        bad,
      ).toBeInstanceOf(InvalidDateError);
    }
  });

  test('30-day months have no 31st; 31-day months do', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(receivedDate(`2026-${month}-30T12:00:00Z`)).toBe(`2026-${month}-30`);
      expect(caught(() => receivedDate(`2026-${month}-31T12:00:00Z`))).toBeInstanceOf(InvalidDateError);
    }
    // 31 December 2026, 12:00 GMT, and 31 August 2026, 12:00 UTC = 13:00 BST.
    expect(receivedDate('2026-12-31T12:00:00Z')).toBe('2026-12-31');
    expect(receivedDate('2026-08-31T12:00:00Z')).toBe('2026-08-31');
    for (const bad of ['2026-00-10T12:00:00Z', '2026-13-10T12:00:00Z', '2026-01-00T12:00:00Z']) {
      expect(
        caught(() => receivedDate(bad)),
        bad,
      ).toBeInstanceOf(InvalidDateError);
    }
  });
});
