import { civilFromDays, isoWeekday, parseDate, toDayNumber, type DateInput } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { DateStyle } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Writes a calendar date the way GOV.UK style writes dates in British English: `long` is
 * `Wednesday 7 January 2026` (weekday, day without a leading zero, month name, year), `short` is
 * `7 January 2026`. Worked out with integer calendar arithmetic, never `Date` or `Intl`, so the host time zone
 * and locale cannot change the result.
 *
 * @param date - a `YYYY-MM-DD` calendar date.
 * @param style - `long` (the default) or `short`.
 * @throws {@link InvalidDateError} when `date` is not a real `YYYY-MM-DD` date.
 * @throws {@link DateOutOfRangeError} when the date is outside 1900-01-01 to 2199-12-31.
 * @throws {@link InvalidArgumentError} when `style` is neither `long` nor `short`.
 *
 * @example
 * import { formatDate } from 'statutory-complaints/templates';
 * formatDate('2026-01-07') //=> 'Wednesday 7 January 2026'
 * formatDate('2026-01-07', 'short') //=> '7 January 2026'
 * formatDate('2024-02-29', 'long') //=> 'Thursday 29 February 2024'
 */
export function formatDate(date: DateInput, style: DateStyle = 'long'): string {
  return formatDateAt(date, style, 'date', 'style');
}

/** {@link formatDate} with the argument names used in errors (e.g. `values.due date.date`). Internal. */
export function formatDateAt(date: unknown, style: unknown, datePath: string, stylePath: string): string {
  const checked = parseDate(date, datePath);
  if (style !== 'long' && style !== 'short') throw new InvalidArgumentError(stylePath, "must be 'long' or 'short'");
  const dayNumber = toDayNumber(checked);
  const { year, month, day } = civilFromDays(dayNumber);
  const short = `${day} ${MONTHS[month - 1]!} ${year}`;
  return style === 'long' ? `${WEEKDAYS[isoWeekday(dayNumber) - 1]!} ${short}` : short;
}
