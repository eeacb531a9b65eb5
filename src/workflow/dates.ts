/**
 * Internal: counting a timescale from a start date, with or without the list of skipped days.
 *
 * @module
 */
import { addDays, correspondingDate, type CalendarDate } from '../calendar/index.js';
import type { Calendar, NonWorkingDay } from '../calendar/index.js';
import type { SkippedDay } from './types.js';

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
  /**
   * For calendar months, where the count ends (a preset's `calendarMonthsEnd`): `corresponding-date` (default, the
   * ICO rule above) or `period-last-day` (the last day of the period of N months commencing on the start date: the
   * day before the corresponding date, else the month's last day; never moved to a working day).
   */
  readonly monthsEnd?: 'corresponding-date' | 'period-last-day' | undefined;
  /**
   * For calendar months: a first period of this many months is counted first and the rest from its end (an
   * extension's `calendarMonthsFrom: first-period-end`, e.g. a subject access request's "two further months").
   */
  readonly firstMonths?: number | undefined;
  /** The start date is day 1 rather than day 0 (a target's `startDay: day-1`). */
  readonly startIsDayOne?: boolean | undefined;
}

/** The fields of a policy's timescale or target that say how it is counted. */
export interface CountSpec extends Count {
  readonly calendarMonthsEnd?: 'corresponding-date' | 'period-last-day' | undefined;
  readonly startDay?: 'day-0' | 'day-1' | undefined;
}

/**
 * The count a policy's timescale or target gives: its `calendarMonths` (with where the months end), else
 * `calendarDays`, else `workingDays` (with how the start day is numbered).
 */
export function countOf(t: CountSpec): Count {
  if (t.calendarMonths !== undefined) {
    const monthsEnd = t.monthsEnd ?? t.calendarMonthsEnd;
    // The ICO's rule in one period (`corresponding-date`, the default) is written as the months alone.
    if (monthsEnd !== 'period-last-day' && t.firstMonths === undefined) return { calendarMonths: t.calendarMonths };
    return { calendarMonths: t.calendarMonths, monthsEnd, firstMonths: t.firstMonths };
  }
  const dayOne = t.startDay === 'day-1';
  if (t.calendarDays !== undefined) return dayOne ? { calendarDays: t.calendarDays, startIsDayOne: true } : { calendarDays: t.calendarDays };
  return dayOne ? { workingDays: t.workingDays ?? 0, startIsDayOne: true } : { workingDays: t.workingDays ?? 0 };
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

/** The due date of a count from `start` (day 0, or day 1 with `startIsDayOne`). */
export function addCount(calendar: Calendar, start: CalendarDate, count: Count): CalendarDate {
  if (count.calendarMonths !== undefined) return monthsDue(calendar, start, count).due;
  if (count.calendarDays !== undefined) return addCalendarDays(calendar, start, daysToAdd(calendar, start, count.calendarDays, count, false));
  return calendar.addWorkingDays(start, daysToAdd(calendar, start, count.workingDays ?? 0, count, true));
}

/**
 * The days to add to `start` for a count of `n`: `n` when the start is day 0; with `startIsDayOne`, one fewer, the
 * start itself being day 1 (for working days only when the start is a working day: otherwise the first working day
 * after it is day 1, as with day 0).
 */
function daysToAdd(calendar: Calendar, start: CalendarDate, n: number, count: Count, working: boolean): number {
  if (count.startIsDayOne !== true || n === 0) return n;
  return !working || calendar.isWorkingDay(start) ? n - 1 : n;
}

/** The last day of the period of `months` months commencing on `start`: the day before the corresponding date, else the month's last day. */
export function periodLastDay(start: CalendarDate, months: number): CalendarDate {
  const corresponding = correspondingDate(start, months);
  // No corresponding date (31 August + 6 months: there is no 31 February): the period runs to the month's end.
  return corresponding.slice(8) !== start.slice(8) ? corresponding : addDays(corresponding, -1);
}

/**
 * The end of a count of calendar months: `raw`, the day the months reach (before any move), and `due`, the day the
 * response is due (`raw`, or with `corresponding-date` the next working day when `raw` is not one).
 */
export function monthsDue(calendar: Calendar, start: CalendarDate, count: Count): { readonly raw: CalendarDate; readonly due: CalendarDate } {
  const months = count.calendarMonths ?? 0;
  const period = count.monthsEnd === 'period-last-day';
  // A first period (a timescale's months, never more than the whole count, see checks.ts): the further months run
  // from its end. A first period of all the months ends where the whole count ends, so it needs no case of its own.
  const split = count.firstMonths !== undefined;
  const first = count.firstMonths!;
  if (!period && !split) return { raw: correspondingDate(start, months), due: calendar.addCalendarMonths(start, months) };
  let raw: CalendarDate;
  if (split) {
    // The first period ends (before any move to a working day); the further months run from there.
    const firstEnd = period ? periodLastDay(start, first) : correspondingDate(start, first);
    raw = period ? periodLastDay(addDays(firstEnd, 1), months - first) : correspondingDate(firstEnd, months - first);
  } else {
    raw = periodLastDay(start, months);
  }
  if (period) return { raw, due: raw };
  return { raw, due: calendar.isWorkingDay(raw) ? raw : calendar.nextWorkingDay(raw) };
}

/** A due date with the non-working days between the start and it. */
export interface Explained {
  readonly due: CalendarDate;
  readonly skipped: readonly SkippedDay[];
  readonly provisional: boolean;
}

const NONE: readonly NonWorkingDay[] = Object.freeze([]);

/** The non-working days after `from` up to `to` (both working-day aligned or not), via the calendar's explain. */
export function skippedBetween(calendar: Calendar, from: CalendarDate, to: CalendarDate): Explained {
  if (to <= from) return { due: to, skipped: NONE, provisional: false };
  const n = calendar.countWorkingDays(from, to);
  const e = calendar.explain(from, n);
  // explain stops at the n-th working day; when `to` itself is not a working day, it is skipped too.
  let skipped = e.skipped;
  if (e.date !== to) {
    // `to` is then not a working day (explain never passes it): the days after the n-th working day up to it.
    const tail = calendar.explain(e.date, 1).skipped.filter((d) => d.date < to);
    skipped = Object.freeze([...e.skipped, ...tail, calendar.whyNotWorking(to)!]);
  }
  return { due: to, skipped, provisional: e.provisional };
}

/** The due date of a count from `start`, with the skipped days. */
export function explainCount(calendar: Calendar, start: CalendarDate, count: Count): Explained {
  if (count.calendarMonths !== undefined) {
    const { raw, due } = monthsDue(calendar, start, count);
    if (raw === due) return { due, skipped: NONE, provisional: calendar.explain(start, 0).provisional };
    return rolledOver(calendar, raw, due);
  }
  if (count.calendarDays !== undefined) {
    // Every day counts; only the days rolled over at the end (when the day reached is not a working day) are
    // skipped. Provisional when any year from the start to the due date rests on unpublished holiday data.
    const days = daysToAdd(calendar, start, count.calendarDays, count, false);
    const due = addCalendarDays(calendar, start, days);
    const raw = addDays(start, days);
    const provisional = skippedBetween(calendar, start, due).provisional || calendar.explain(start, 0).provisional;
    if (raw === due) return { due, skipped: NONE, provisional };
    // (The days rolled over lie between the start and the due date: their data is part of `provisional`.)
    return { ...rolledOver(calendar, raw, due), provisional };
  }
  const e = calendar.explain(start, daysToAdd(calendar, start, count.workingDays ?? 0, count, true));
  return { due: e.date, skipped: e.skipped, provisional: e.provisional };
}

/** The day reached (`raw`) was not a working day: it and the days after it up to `due` are the skipped ones. */
function rolledOver(calendar: Calendar, raw: CalendarDate, due: CalendarDate): Explained {
  const rest = skippedBetween(calendar, raw, due);
  return { due, skipped: Object.freeze([calendar.whyNotWorking(raw)!, ...rest.skipped]), provisional: rest.provisional };
}
