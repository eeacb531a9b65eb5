import { type CalendarDate, fromDayNumber } from './date.js';
import { daysFromCivil, daysInMonth } from './date-maths.js';
import type { Calendar } from './types.js';
import { InvalidArgumentError, InvalidDateError, isEchoableKey, keyForMessage } from '../errors.js';

/** Options for {@link receivedDate}. */
export interface ReceivedDateOptions {
  /**
   * London wall-clock time, `HH:MM` (00:00 to 23:59), from which an arrival counts as received the next day
   * (e.g. `17:00`: an e-mail at 17:00 or later counts from the next day).
   */
  readonly cutOff?: string;
  /**
   * When given, an arrival at or after the cut-off counts as received on this calendar's next working day instead
   * of the next calendar day. (It does not move arrivals on non-working days: that is a policy choice.)
   */
  readonly calendar?: Calendar;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const CUT_OFF = /^([01]\d|2[0-3]):([0-5]\d)$/;

let london: Intl.DateTimeFormat | undefined;

function invalid(rule: string): never {
  throw new InvalidDateError('instant', rule, "Pass a Date, or an ISO-8601 date-time with an offset, e.g. '2026-01-05T17:30:00Z'.");
}

/**
 * Milliseconds since the epoch of the start of the minute of an ISO-8601 date-time string that carries `Z` or a
 * `±HH:MM` offset.
 */
function parseInstant(text: string): number {
  const m = INSTANT.exec(text);
  if (!m) {
    invalid("must be a Date or an ISO-8601 date-time with 'Z' or a '±HH:MM' offset, e.g. '2026-01-05T17:30:00Z'");
  }
  // Seconds and their fraction are checked but not counted: offsets are whole minutes, so they never change the
  // London minute (and so neither the date nor the cut-off) of the instant.
  const [, y, mo, d, h, mi, s, , z, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysIn = daysInMonth(year, month);
  if (month < 1 || month > 12 || day < 1 || day > daysIn) invalid('the date part is not a real calendar day');
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) invalid('the time part must be 00:00:00 to 23:59:59');
  if (Number(oh) > 23 || Number(om) > 59) invalid('the offset must be -23:59 to +23:59');
  const offset = z ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return ((daysFromCivil(year, month, day) * 24 + Number(h)) * 60 + Number(mi) - offset) * 60_000;
}

/**
 * The `Europe/London` calendar date on which something arriving at `instant` was received, for starting a
 * deadline clock. British Summer Time is handled from the time-zone database (via `Intl`), so
 * `2026-06-30T23:30:00Z` (00:30 BST on 1 July) is received on `2026-07-01`.
 *
 * With `cutOff: 'HH:MM'` (London time), an arrival at or after the cut-off counts as received the next calendar day,
 * or, when a `calendar` is also given, that calendar's next working day (a Friday-evening e-mail then counts from
 * Monday, or Tuesday after a bank-holiday Monday). Arrivals on weekends or holidays are not moved: whether a request
 * received on a non-working day counts from that day or from the next working day is a policy choice, not part of
 * this function.
 *
 * This is the only function of the library that reads time zones, so it is kept apart from the rest of the calendar.
 *
 * @param instant - a valid `Date`, or an ISO-8601 date-time string with `Z` or an offset (`2026-01-05T17:30:00Z`,
 *   `2026-07-01T09:15:00+01:00`); a string without an offset is rejected because its meaning would depend on the
 *   host's time zone.
 * @param options - optional `cutOff` (`HH:MM`, 00:00 to 23:59) and `calendar`.
 * @throws {@link InvalidDateError} when the instant is not a valid `Date` or an ISO-8601 string with an offset.
 * @throws {@link InvalidArgumentError} when `cutOff` is not `HH:MM` or `calendar` is not a calendar.
 * @throws {@link DateOutOfRangeError} when the London date is outside 1900-01-01 to 2199-12-31.
 *
 * @example
 * import { receivedDate, createCalendar } from 'statutory-complaints/calendar';
 * receivedDate('2026-06-30T23:30:00Z') //=> '2026-07-01'
 * receivedDate('2026-01-05T17:30:00Z', { cutOff: '17:00' }) //=> '2026-01-06'
 * receivedDate('2026-01-05T16:59:59Z', { cutOff: '17:00' }) //=> '2026-01-05'
 * receivedDate(new Date('2026-12-31T23:59:00Z')) //=> '2026-12-31'
 * // Thursday 2026-04-02, 18:00 BST, after a 17:00 cut-off: Good Friday and Easter Monday are skipped.
 * receivedDate('2026-04-02T18:00:00+01:00', { cutOff: '17:00', calendar: createCalendar({ holidays: 'england-and-wales' }) }) //=> '2026-04-07'
 * receivedDate('2026-01-05T17:30:00') //=> throws InvalidDateError
 */
export function receivedDate(instant: Date | string, options: ReceivedDateOptions = {}): CalendarDate {
  let ms: number;
  if (typeof instant === 'string') ms = parseInstant(instant);
  else if (Object.prototype.toString.call(instant) === '[object Date]') {
    ms = instant.getTime();
    if (Number.isNaN(ms)) invalid('is an invalid Date');
  } else {
    invalid("must be a Date or an ISO-8601 date-time string with an offset, e.g. '2026-01-05T17:30:00Z'");
  }

  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', 'must be an object');
  for (const key of Object.keys(options)) {
    if (key !== 'cutOff' && key !== 'calendar') {
      throw new InvalidArgumentError(
        isEchoableKey(key) ? key : 'options',
        `${isEchoableKey(key) ? 'is' : `has ${keyForMessage(key)}, which is`} not an option of receivedDate; the options are cutOff and calendar`,
      );
    }
  }
  const { cutOff, calendar } = options;
  let cutOffMinutes = Infinity;
  if (cutOff !== undefined) {
    const c = typeof cutOff === 'string' ? CUT_OFF.exec(cutOff) : null;
    if (!c) throw new InvalidArgumentError('cutOff', "must be a London time 'HH:MM' from 00:00 to 23:59, e.g. '17:00'");
    cutOffMinutes = Number(c[1]) * 60 + Number(c[2]);
  }
  if (calendar !== undefined && typeof (Object(calendar) as { nextWorkingDay?: unknown }).nextWorkingDay !== 'function') {
    throw new InvalidArgumentError('calendar', 'must be a calendar made by createCalendar');
  }

  // Any valid Date, or parsed string (years 0000 to 9999), can be read in London; a London date outside the
  // supported range is a DateOutOfRangeError from fromDayNumber below.
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const p of london.formatToParts(ms)) parts[p.type] = Number(p.value);
  const day = daysFromCivil(parts.year!, parts.month!, parts.day!);
  const received = fromDayNumber(day, 'instant');
  if (parts.hour! * 60 + parts.minute! < cutOffMinutes) return received;
  return calendar ? calendar.nextWorkingDay(received) : fromDayNumber(day + 1, 'instant');
}
