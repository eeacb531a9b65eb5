/**
 * Internal: counting a timescale from a start date, with or without the list of skipped days.
 *
 * @module
 */
import { addDays, correspondingDate, type CalendarDate } from '../calendar/index.js';
import type { Calendar, NonWorkingDay } from '../calendar/index.js';

/**
 * A count of working days, calendar days or calendar months (one of them; with none, 0 working days).
 *
 * - working days: the n-th working day after the start (day 0);
 * - calendar days: n days after the start, every day counted; when that day is not a working day, the next working
 *   day (the same roll as the ICO's month rule);
 * - calendar months: the ICO rule (the corresponding date, else the month's last day, then the next working day).
 */
export interface Count {
  readonly workingDays?: number | undefined;
  readonly calendarDays?: number | undefined;
  readonly calendarMonths?: number | undefined;
}

/** The count a policy's timescale or target gives: its `calendarMonths`, else `calendarDays`, else `workingDays`. */
export function countOf(t: Count): Count {
  if (t.calendarMonths !== undefined) return { calendarMonths: t.calendarMonths };
  if (t.calendarDays !== undefined) return { calendarDays: t.calendarDays };
  return { workingDays: t.workingDays ?? 0 };
}

/**
 * A count in words, for messages, letters and reports: `10 working days`, `1 calendar month`, `30 calendar days`.
 *
 * @example
 * import { describeCount } from 'statutory-complaints/workflow';
 * describeCount({ workingDays: 10 }) //=> '10 working days'
 * describeCount({ calendarMonths: 1 }) //=> '1 calendar month'
 */
export function describeCount(count: Count): string {
  const c = countOf(count);
  const [n, unit] =
    c.calendarMonths !== undefined
      ? [c.calendarMonths, 'calendar month']
      : c.calendarDays !== undefined
        ? [c.calendarDays, 'calendar day']
        : [c.workingDays ?? 0, 'working day'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * An escalation window's count (`windowWorkingDays`, `windowCalendarDays` or `windowCalendarMonths`).
 *
 * @example
 * import { windowCountOf } from 'statutory-complaints/workflow';
 * windowCountOf({ windowWorkingDays: 20 }) //=> { workingDays: 20 }
 */
export function windowCountOf(w: {
  readonly windowWorkingDays?: number | undefined;
  readonly windowCalendarDays?: number | undefined;
  readonly windowCalendarMonths?: number | undefined;
}): Count {
  return countOf({ workingDays: w.windowWorkingDays, calendarDays: w.windowCalendarDays, calendarMonths: w.windowCalendarMonths });
}

/** An extension's maximum as a count, or `undefined` when it sets none. */
export function maximumCountOf(e: {
  readonly maxWorkingDays?: number | undefined;
  readonly maxCalendarDays?: number | undefined;
  readonly maxCalendarMonths?: number | undefined;
}): Count | undefined {
  if (e.maxWorkingDays === undefined && e.maxCalendarDays === undefined && e.maxCalendarMonths === undefined) return undefined;
  return countOf({ workingDays: e.maxWorkingDays, calendarDays: e.maxCalendarDays, calendarMonths: e.maxCalendarMonths });
}

/**
 * `days` calendar days after `start`, rolled forward to the next working day when the day reached is not one.
 * The roll is the one the ICO applies to a calendar month (a due date on a weekend or public holiday moves "until
 * the next working day"); a source that says only "days" is otherwise silent on it.
 */
export function addCalendarDays(calendar: Calendar, start: CalendarDate, days: number): CalendarDate {
  const reached = addDays(start, days);
  return calendar.isWorkingDay(reached) ? reached : calendar.nextWorkingDay(reached);
}

/** The due date of a count from `start` (day 0). */
export function addCount(calendar: Calendar, start: CalendarDate, count: Count): CalendarDate {
  if (count.calendarMonths !== undefined) return calendar.addCalendarMonths(start, count.calendarMonths);
  if (count.calendarDays !== undefined) return addCalendarDays(calendar, start, count.calendarDays);
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
    return rolledOver(calendar, raw, due);
  }
  if (count.calendarDays !== undefined) {
    // Every day counts; only the days rolled over at the end (when the day reached is not a working day) are
    // skipped. Provisional when any year from the start to the due date rests on unpublished holiday data.
    const due = addCalendarDays(calendar, start, count.calendarDays);
    const raw = addDays(start, count.calendarDays);
    const provisional = skippedBetween(calendar, start, due).provisional || calendar.explain(start, 0).provisional;
    if (raw === due) return { due, skipped: NONE, provisional };
    const rolled = rolledOver(calendar, raw, due);
    return { ...rolled, provisional: rolled.provisional || provisional };
  }
  const e = calendar.explain(start, count.workingDays ?? 0);
  return { due: e.date, skipped: e.skipped, provisional: e.provisional };
}

/** The day reached (`raw`) was not a working day: it and the days after it up to `due` are the skipped ones. */
function rolledOver(calendar: Calendar, raw: CalendarDate, due: CalendarDate): Explained {
  const first = calendar.whyNotWorking(raw);
  const rest = skippedBetween(calendar, raw, due);
  return { due, skipped: Object.freeze(first ? [first, ...rest.skipped] : [...rest.skipped]), provisional: rest.provisional };
}
