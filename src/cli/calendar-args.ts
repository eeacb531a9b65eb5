/**
 * Shared parsing for commands that build a working-day calendar: `--calendar <id>` and `--closure <spec>`.
 *
 * @module
 */
import { addDays, createCalendar, HOLIDAY_SETS, InvalidArgumentError, parseDate, weekdayName } from '../calendar/index.js';
import type { Calendar, CalendarDate, Closure, HolidaySet, NonWorkingDay } from '../calendar/index.js';
import { oneOf } from './args.js';
import { indentedTable } from './output.js';

/** The calendar used when `--calendar` is not given. */
export const DEFAULT_CALENDAR: HolidaySet = 'england-and-wales';

/** Reason shown for a `--closure` date given without one. */
export const DEFAULT_CLOSURE_REASON = 'office closed';

/** Longest date range one `--closure FROM..TO` may cover, in days (a year). */
export const MAX_CLOSURE_RANGE_DAYS = 366;

/** Help text lines describing the calendar options, for commands' usage texts. */
export const CALENDAR_OPTIONS_HELP = [
  `  --calendar <id>      bank holidays to skip: ${HOLIDAY_SETS.join(', ')}`,
  `                       (default ${DEFAULT_CALENDAR}; united-kingdom = a holiday in any part of the UK)`,
  '  --closure <spec>     an extra non-working day, repeatable or comma-separated: DATE, DATE..DATE (inclusive),',
  `                       optionally =REASON (e.g. --closure 2025-12-29..2025-12-31="Christmas closure")`,
];

/** Checks a `--calendar` (or `--division`) value against the holiday sets. */
export function parseHolidaySet(value: string | undefined, option: string): HolidaySet {
  if (value === undefined) return DEFAULT_CALENDAR;
  return oneOf(value, HOLIDAY_SETS, `--${option}`);
}

/**
 * Expands `--closure` values into closures. Each value is a comma-separated list of items `DATE` or
 * `DATE..DATE`, the list optionally followed by `=REASON`, which applies to every date of that value.
 */
export function parseClosures(values: readonly string[] | undefined): Closure[] {
  const closures: Closure[] = [];
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const dates = eq === -1 ? value : value.slice(0, eq);
    const reason = eq === -1 ? DEFAULT_CLOSURE_REASON : value.slice(eq + 1).trim() || DEFAULT_CLOSURE_REASON;
    for (const item of dates.split(',')) {
      const range = item.split('..');
      if (range.length > 2) throw new InvalidArgumentError('closure', "a range is written 'FROM..TO', with two dates");
      const from = parseDate(range[0], 'closure');
      const to = range.length === 2 ? parseDate(range[1], 'closure') : from;
      if (to < from) throw new InvalidArgumentError('closure', 'the end of a closure range must not be before its start');
      let date: CalendarDate = from;
      closures.push({ date, reason });
      for (let days = 1; date < to; days++) {
        if (days >= MAX_CLOSURE_RANGE_DAYS) {
          throw new InvalidArgumentError('closure', `a closure range may cover at most ${MAX_CLOSURE_RANGE_DAYS} days`);
        }
        date = addDays(date, 1);
        closures.push({ date, reason });
      }
    }
  }
  return closures;
}

/** Builds the calendar named by `--calendar` with the `--closure` days. */
export function calendarFromOptions(options: { calendar?: string; closure?: string[] }): Calendar {
  const holidays = parseHolidaySet(options.calendar, 'calendar');
  const closures = parseClosures(options.closure);
  return createCalendar(closures.length > 0 ? { holidays, closures } : { holidays });
}

/** A date with its weekday, e.g. `2026-01-07 (Wednesday)`. */
export function withWeekday(date: string): string {
  return `${date} (${weekdayName(date)})`;
}

/** Why a day is not a working day, in words: `weekend`, `bank holiday: Good Friday`, `closure: office closed`. */
export function describeNonWorkingDay(day: NonWorkingDay): string {
  const why = day.kind === 'weekend' ? 'weekend' : day.kind === 'holiday' ? `bank holiday: ${day.reason}` : `closure: ${day.reason}`;
  return day.provisional ? `${why} (provisional)` : why;
}

/** Skipped non-working days as an indented table: date, weekday and why. */
export function skippedDaysTable(days: readonly NonWorkingDay[]): string[] {
  return indentedTable(
    ['date', 'weekday', 'why'],
    days.map((d) => [d.date, weekdayName(d.date), describeNonWorkingDay(d)]),
  );
}
