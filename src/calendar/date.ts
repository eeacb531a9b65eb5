import { DateOutOfRangeError, InvalidArgumentError, InvalidDateError } from '../errors.js';

/**
 * A calendar date: a plain `YYYY-MM-DD` string that has been checked to be a real day in the supported range.
 * It is a string at run time (JSON-friendly, compares correctly with `<`), branded in TypeScript so that an
 * unchecked string cannot be passed where a checked date is required by mistake.
 */
export type CalendarDate = string & { readonly __calendarDate: true };

/** Anything the public API accepts as a date: a {@link CalendarDate} or a `YYYY-MM-DD` string to be parsed strictly. */
export type DateInput = CalendarDate | string;

/**
 * First supported date.
 *
 * @example
 * import { MIN_DATE } from 'statutory-complaints';
 * MIN_DATE //=> '1900-01-01'
 */
export const MIN_DATE = '1900-01-01' as CalendarDate;
/**
 * Last supported date.
 *
 * @example
 * import { MAX_DATE } from 'statutory-complaints';
 * MAX_DATE //=> '2199-12-31'
 */
export const MAX_DATE = '2199-12-31' as CalendarDate;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 (day 0) to the given civil date; proleptic Gregorian, pure integer arithmetic. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day number of {@link MIN_DATE}. */
export const MIN_DAY = daysFromCivil(1900, 1, 1);
/** Day number of {@link MAX_DATE}. */
export const MAX_DAY = daysFromCivil(2199, 12, 31);

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Internal, non-throwing: `'ok'` when `value` is a real `YYYY-MM-DD` day from 1900-01-01 to 2199-12-31, otherwise
 * the first rule it breaks, checked in this order: `'shape'` (not exactly `YYYY-MM-DD`), `'month'` (not 01 to 12),
 * `'day'` (the month has no such day), `'range'` (the year is outside 1900 to 2199). Callers word their own messages.
 */
export function checkCalendarDate(value: string): 'ok' | 'shape' | 'month' | 'day' | 'range' {
  const m = SHAPE.exec(value);
  if (!m) return 'shape';
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12) return 'month';
  if (d < 1 || d > daysInMonth(y, mo)) return 'day';
  if (y < 1900 || y > 2199) return 'range';
  return 'ok';
}

/** True when `value` is a real `YYYY-MM-DD` day between 1900 and 2199 (no exception, for schema checks). */
export function isCalendarDateString(value: string): boolean {
  return checkCalendarDate(value) === 'ok';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
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
  if (typeof value !== 'string') {
    throw new InvalidDateError(argument, `expected a 'YYYY-MM-DD' string but got ${describe(value)}`);
  }
  switch (checkCalendarDate(value)) {
    case 'ok':
      return value as CalendarDate;
    case 'shape':
      throw new InvalidDateError(argument, `must be exactly 'YYYY-MM-DD' (four-digit year, two-digit month and day, nothing else)`);
    case 'month':
      throw new InvalidDateError(argument, `month must be 01 to 12`);
    case 'day':
      throw new InvalidDateError(argument, `that month has no day ${value.slice(8, 10)}`);
    case 'range':
      throw new DateOutOfRangeError(argument, `year ${value.slice(0, 4)} is outside the supported range`);
  }
}

/** Day number (days since 1970-01-01) of a checked date. Internal: callers use {@link parseDate} first. */
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
 */
export function fromDayNumber(n: number, argument = 'result'): CalendarDate {
  if (n < MIN_DAY || n > MAX_DAY) throw new DateOutOfRangeError(argument, 'the result falls outside the supported range');
  const { year, month, day } = civilFromDays(n);
  return `${year}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. (1970-01-01 was a Thursday.) */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * The English weekday name of a date.
 *
 * @example
 * import { weekdayName } from 'statutory-complaints';
 * weekdayName('2026-01-07') //=> 'Wednesday'
 */
export function weekdayName(date: DateInput): string {
  return WEEKDAYS[isoWeekday(toDayNumber(parseDate(date))) - 1]!;
}

/**
 * Adds (or with a negative number subtracts) calendar days to a date.
 *
 * @example
 * import { addDays } from 'statutory-complaints';
 * addDays('2026-02-27', 2) //=> '2026-03-01'
 * addDays('2026-01-01', -1) //=> '2025-12-31'
 */
export function addDays(date: DateInput, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new InvalidArgumentError('days', 'must be a whole number of days');
  return fromDayNumber(toDayNumber(parseDate(date)) + days);
}
