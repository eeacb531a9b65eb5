import { civilFromDays, daysFromCivil, monthsLater } from './date-maths.js';
import { InvalidArgumentError } from '../errors.js';

/** Largest number of months {@link Calendar.addCalendarMonths} accepts (100 years). */
export const MAX_MONTHS = 1200;

/**
 * The day number of the date `months` calendar months after the day number `day`: the same day of the month
 * `months` later, or that month's last day when it is shorter (31 January + 1 month = 28 or 29 February).
 * No working-day roll: the calendar does that. Internal helper of the calendar.
 *
 * @internal
 */
export function correspondingDay(day: number, months: number): number {
  if (!Number.isSafeInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new InvalidArgumentError('months', `must be a whole number of months from 1 to ${MAX_MONTHS}`);
  }
  const later = monthsLater(civilFromDays(day), months);
  return daysFromCivil(later.year, later.month, later.day);
}
