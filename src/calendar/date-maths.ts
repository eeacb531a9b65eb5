/**
 * The one date-maths module: days in a month, day numbers and month addition on the proleptic
 * Gregorian calendar, in pure integer arithmetic (no `Date`, no time zone). Every other file that needs one of these
 * imports it from here (inside the calendar) or from `calendar/index.ts` (outside it).
 *
 * @packageDocumentation
 */

/**
 * A civil date as three integers: `month` is 1 to 12, `day` 1 to 31.
 *
 * @internal
 */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Number of days in a month (1 = January … 12 = December) of a year.
 *
 * @example
 * import { daysInMonth } from 'statutory-complaints/calendar';
 * daysInMonth(2028, 2) //=> 29
 * daysInMonth(2100, 2) //=> 28
 * daysInMonth(2026, 4) //=> 30
 */
export function daysInMonth(year: number, month: number): number {
  // The days to the first of the next month (month 13 is January of the next year: see daysFromCivil). One
  // formula for every month and leap year, smaller in a bundle than a table of lengths (issue 17).
  return daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

/**
 * Days from 1970-01-01 (day 0) to the given civil date; proleptic Gregorian, pure integer arithmetic. Month 13
 * is January of the next year (the March-based count below gives it with no special case): {@link daysInMonth}
 * relies on that.
 *
 * @internal
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (inverse of {@link daysFromCivil}).
 *
 * @internal
 */
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

/**
 * The civil date `months` calendar months after (or, negative, before) `date`: the same day of the month, or that
 * month's last day when it is shorter (31 January + 1 month = 28 or 29 February). No working-day roll.
 *
 * @internal
 */
export function monthsLater(date: CivilDate, months: number): CivilDate {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
