import { civilFromDays, daysFromCivil, monthsLater } from './date-maths.js';
import { InvalidArgumentError } from '../errors.js';

/**
 * `value` itself when it is a whole number from `min` to `max`; else throws {@link InvalidArgumentError} naming
 * `path` and the rule ("must be a whole number of `unit` from `min` to `max`"). Internal to the calendar.
 *
 * @internal
 */
export function checkCount(value: number, min: number, max: number, path: string, unit: string): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(path, `must be a whole number of ${unit} from ${min} to ${max}`);
  }
  return value;
}

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
  const later = monthsLater(civilFromDays(day), checkCount(months, 1, MAX_MONTHS, 'months', 'months'));
  return daysFromCivil(later.year, later.month, later.day);
}
