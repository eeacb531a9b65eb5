/**
 * Internal: counting a timescale from a start date, with or without the list of skipped days.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/date.js';
import type { Calendar, NonWorkingDay } from '../calendar/types.js';

/** A count of working days or calendar months. */
export interface Count {
  readonly workingDays?: number | undefined;
  readonly calendarMonths?: number | undefined;
}

/** The due date of a count from `start` (day 0). */
export function addCount(calendar: Calendar, start: CalendarDate, count: Count): CalendarDate {
  if (count.calendarMonths !== undefined) return calendar.addCalendarMonths(start, count.calendarMonths);
  return calendar.addWorkingDays(start, count.workingDays ?? 0);
}

/** A due date with the non-working days between the start and it. */
export interface Explained {
  readonly due: CalendarDate;
  readonly skipped: readonly NonWorkingDay[];
  readonly provisional: boolean;
}

const NONE: readonly NonWorkingDay[] = Object.freeze([]);

/** The non-working days after `from` up to `to` (both working-day aligned or not), via the calendar's explain. */
export function skippedBetween(calendar: Calendar, from: CalendarDate, to: CalendarDate): Explained {
  if (to <= from) return { due: to, skipped: NONE, provisional: false };
  const n = calendar.countWorkingDays(from, to);
  const e = calendar.explain(from, n);
  // explain stops at the n-th working day; when `to` itself is not a working day, it is skipped too.
  const last = calendar.whyNotWorking(to);
  let skipped = e.skipped;
  if (e.date !== to) {
    const extra: NonWorkingDay[] = [];
    if (e.date < to) {
      const tail = calendar.explain(e.date, 1).skipped.filter((d) => d.date <= to);
      extra.push(...tail);
      if (last && !tail.some((d) => d.date === to)) extra.push(last);
    }
    skipped = Object.freeze([...e.skipped, ...extra]);
  }
  return { due: to, skipped, provisional: e.provisional };
}

/** The due date of a count from `start`, with the skipped days. */
export function explainCount(calendar: Calendar, start: CalendarDate, count: Count): Explained {
  if (count.calendarMonths !== undefined) {
    const due = calendar.addCalendarMonths(start, count.calendarMonths);
    const raw = correspondingDate(start, count.calendarMonths);
    if (raw === due) return { due, skipped: NONE, provisional: calendar.explain(start, 0).provisional };
    // The corresponding date was not a working day: the days rolled over are the skipped ones.
    const first = calendar.whyNotWorking(raw);
    const rest = skippedBetween(calendar, raw, due);
    return { due, skipped: Object.freeze(first ? [first, ...rest.skipped] : [...rest.skipped]), provisional: rest.provisional };
  }
  const e = calendar.explain(start, count.workingDays ?? 0);
  return { due: e.date, skipped: e.skipped, provisional: e.provisional };
}

/** The date `months` calendar months after `date`: the same day number, else the month's last day (no roll). */
export function correspondingDate(date: CalendarDate, months: number): CalendarDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const day = Math.min(d, last);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
}
