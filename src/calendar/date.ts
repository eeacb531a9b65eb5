import { DateOutOfRangeError, InvalidArgumentError, InvalidDateError } from '../errors.js';
import { civilFromDays, daysFromCivil, daysInMonth, monthsLater } from './date-maths.js';

export { civilFromDays, daysFromCivil, daysInMonth } from './date-maths.js';

/**
 * A calendar date: a plain `YYYY-MM-DD` string that has been checked to be a real day in the supported range.
 * It is a string at run time (JSON-friendly, compares correctly with `<`), branded in TypeScript so that an
 * unchecked string cannot be passed where a checked date is required by mistake. It still compares with a string
 * literal (`deadline.due === '2026-02-04'`).
 *
 * @example
 * import { parseDate, type CalendarDate } from 'statutory-complaints';
 * const due: CalendarDate = parseDate('2026-02-04');
 * due //=> '2026-02-04'
 * due < parseDate('2026-02-10') //=> true
 */
export type CalendarDate = string & { readonly __calendarDate: true };

/**
 * Anything the public API accepts as a date: a {@link CalendarDate}, or any string, which is checked strictly as
 * `YYYY-MM-DD` (an {@link InvalidDateError} otherwise). Written `CalendarDate | (string & {})` so that the name
 * stays visible in editors instead of collapsing to `string`.
 *
 * @example
 * import { addDays, type DateInput } from 'statutory-complaints/calendar';
 * const received: DateInput = '2026-01-05';
 * addDays(received, 1) //=> '2026-01-06'
 */
export type DateInput = CalendarDate | (string & {});

/**
 * First supported date.
 *
 * @example
 * import { MIN_DATE } from 'statutory-complaints/calendar';
 * MIN_DATE //=> '1900-01-01'
 */
export const MIN_DATE = '1900-01-01' as CalendarDate;
/**
 * Last supported date.
 *
 * @example
 * import { MAX_DATE } from 'statutory-complaints/calendar';
 * MAX_DATE //=> '2199-12-31'
 */
export const MAX_DATE = '2199-12-31' as CalendarDate;

/** Day number of {@link MIN_DATE}. */
export const MIN_DAY = daysFromCivil(1900, 1, 1);
/** Day number of {@link MAX_DATE}. */
export const MAX_DAY = daysFromCivil(2199, 12, 31);

/**
 * Internal, non-throwing: `'ok'` when `value` is a real `YYYY-MM-DD` day from 1900-01-01 to 2199-12-31, otherwise
 * the first rule it breaks, checked in this order: `'shape'` (not exactly `YYYY-MM-DD`), `'month'` (not 01 to 12),
 * `'day'` (the month has no such day), `'range'` (the year is outside 1900 to 2199). Callers word their own messages.
 *
 * @internal
 */
export function checkCalendarDate(value: string): 'ok' | 'shape' | 'month' | 'day' | 'range' {
  const rule = check(value);
  return typeof rule === 'number' ? 'ok' : rule;
}

/** Exactly `YYYY-MM-DD`: four digits, a hyphen, two digits, a hyphen, two digits (`\d` is 0–9 only). */
const SHAPE = /^\d{4}-\d\d-\d\d$/;

/** The value of the two digits at `i` and `i + 1` of `s`. */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/**
 * The day number of `value` when it is a real date in the range, else the first rule it breaks (as above). One
 * regular-expression test, no captures and no substrings: every date a report or a calendar reads goes through here.
 */
function check(value: string): number | 'shape' | 'month' | 'day' | 'range' {
  if (!SHAPE.test(value)) return 'shape';
  const y = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const mo = twoDigits(value, 5);
  const d = twoDigits(value, 8);
  if (mo < 1 || mo > 12) return 'month';
  if (d < 1 || d > daysInMonth(y, mo)) return 'day';
  if (y < 1900 || y > 2199) return 'range';
  return daysFromCivil(y, mo, d);
}

/**
 * True when `value` is a real `YYYY-MM-DD` day between 1900 and 2199 (no exception, for schema checks).
 *
 * @internal
 */
export function isCalendarDateString(value: string): boolean {
  return checkCalendarDate(value) === 'ok';
}

function describe(value: unknown): string {
  if (value == null) return `${value}`;
  if (value instanceof Date) return 'a Date object';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks a `YYYY-MM-DD` string strictly and returns it as a {@link CalendarDate}.
 * Rejects other shapes (`2026-2-3`, `20260203`, `2026-02-03T00:00`, surrounding spaces), days that do not exist
 * (`2026-02-30`), and anything that is not a string (numbers, `null`, `Date` objects). Dates before 1900-01-01 or
 * after 2199-12-31 throw a {@link DateOutOfRangeError}.
 *
 * @param value - the value to check.
 * @param argument - the name of the argument or field, used in the error message.
 * @throws {@link InvalidDateError} when the value is not a real `YYYY-MM-DD` date.
 * @throws {@link DateOutOfRangeError} when the date is outside the supported range.
 *
 * @example
 * import { parseDate } from 'statutory-complaints';
 * parseDate('2026-01-07') //=> '2026-01-07'
 * parseDate('2024-02-29') //=> '2024-02-29'
 */
export function parseDate(value: unknown, argument = 'date'): CalendarDate {
  dayNumberOf(value, argument);
  return value as CalendarDate;
}

/**
 * The day number (days since 1970-01-01) of a date checked as {@link parseDate} checks it, with its errors: what
 * the calendar reads every date argument with.
 *
 * @internal
 */
export function dayNumberOf(value: unknown, argument: string): number {
  if (typeof value !== 'string') {
    throw new InvalidDateError(argument, `expected a 'YYYY-MM-DD' string but got ${describe(value)}`);
  }
  const rule = check(value);
  if (typeof rule === 'number') return rule;
  if (rule === 'range') throw new DateOutOfRangeError(argument, `year ${value.slice(0, 4)} is outside the supported range`);
  throw new InvalidDateError(
    argument,
    rule === 'shape'
      ? `must be exactly 'YYYY-MM-DD' (four-digit year, two-digit month and day, nothing else)`
      : rule === 'month'
        ? 'month must be 01 to 12'
        : `that month has no day ${value.slice(8, 10)}`,
  );
}

/**
 * Day number (days since 1970-01-01) of a checked date. Internal: callers use {@link parseDate} first.
 *
 * @internal
 */
export function toDayNumber(date: CalendarDate): number {
  return daysFromCivil(
    (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48),
    (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48),
    (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48),
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The {@link CalendarDate} of a day number; throws {@link DateOutOfRangeError} outside the supported range.
 * @param argument - named in the error when the result is out of range.
 *
 * @internal
 */
export function fromDayNumber(n: number, argument = 'result'): CalendarDate {
  return dateOfDay(checkDay(n, argument));
}

/**
 * The {@link CalendarDate} of a day number already known to be in the supported range (no check): what the
 * calendar writes its answers with, each of which has been through {@link checkDay} or is a date it was given.
 *
 * @internal
 */
export function dateOfDay(n: number): CalendarDate {
  const { year, month, day } = civilFromDays(n);
  return `${year}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

/**
 * The day number `n` itself when it is in the supported range; else throws {@link DateOutOfRangeError}.
 * @param argument - named in the error.
 *
 * @internal
 */
export function checkDay(n: number, argument = 'result'): number {
  if (n < MIN_DAY || n > MAX_DAY) throw new DateOutOfRangeError(argument, 'the result falls outside the supported range');
  return n;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday. (1970-01-01 was a Thursday.)
 *
 * @internal
 */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * The English weekday name of a date.
 *
 * @example
 * import { weekdayName } from 'statutory-complaints/calendar';
 * weekdayName('2026-01-07') //=> 'Wednesday'
 */
export function weekdayName(date: DateInput): string {
  return WEEKDAYS[isoWeekday(toDayNumber(parseDate(date))) - 1]!;
}

/**
 * Adds (or with a negative number subtracts) calendar days to a date.
 *
 * @example
 * import { addDays } from 'statutory-complaints/calendar';
 * addDays('2026-02-27', 2) //=> '2026-03-01'
 * addDays('2026-01-01', -1) //=> '2025-12-31'
 */
export function addDays(date: DateInput, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new InvalidArgumentError('days', 'must be a whole number of days');
  return fromDayNumber(toDayNumber(parseDate(date)) + days);
}

/**
 * The date `months` calendar months after (or, with a negative number, before) `date`: the same day of the month,
 * or that month's last day when it is shorter. No working-day roll: {@link Calendar.addCalendarMonths} adds that.
 *
 * @throws {@link InvalidArgumentError} when `months` is not a whole number.
 * @throws {@link DateOutOfRangeError} when the result falls outside 1900-01-01 to 2199-12-31.
 *
 * @example
 * import { correspondingDate } from 'statutory-complaints/calendar';
 * correspondingDate('2026-01-31', 1) //=> '2026-02-28'
 * correspondingDate('2028-01-31', 1) //=> '2028-02-29'
 * correspondingDate('2026-03-31', -1) //=> '2026-02-28'
 * correspondingDate('2025-09-03', 12) //=> '2026-09-03'
 */
export function correspondingDate(date: DateInput, months: number): CalendarDate {
  if (!Number.isSafeInteger(months)) {
    throw new InvalidArgumentError('months', 'must be a whole number of months');
  }
  const { year, month, day } = civilFromDays(toDayNumber(parseDate(date)));
  const later = monthsLater({ year, month, day }, months);
  if (later.year < 1900 || later.year > 2199) throw new DateOutOfRangeError('result', 'the result falls outside the supported range');
  return `${later.year}-${pad2(later.month)}-${pad2(later.day)}` as CalendarDate;
}
