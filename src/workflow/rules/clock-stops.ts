/**
 * Rule: stopping a stage's response clock (issue 16). A case type's preset lists the legal mechanisms that stop its
 * clock (`clockStops`), each with its effect:
 *
 * - `pause`: the days from the day the clock stopped to the day it resumed, both included, do not count. In a
 *   timescale of working days, the working days of that period are disregarded (FOIA 2000 s.10(2): "the working
 *   days in the period beginning with the day on which the fees notice is given … and ending with the day on which
 *   the fee is received … are to be disregarded"); in calendar days or months, every day of it (UK GDPR art
 *   12A(5)(b): "the period beginning with the day on which the controller makes the request and ending with the day
 *   on which the controller receives the information does not count towards … the applicable time period"), and the
 *   end of the period moves on by that many days before the usual roll to a working day.
 * - `restart`: the day the information is received becomes day 0 and the timescale is counted afresh from it (FOIA
 *   2000 s.10(6)(b), EIR 2004 reg 9(4), UK GDPR art 12A(2)(b),(c)). Pauses and extensions before it no longer count.
 *
 * While a stop is open, the dates are worked out as if it ended on the day it began (the earliest it can end) and
 * marked provisional: the case is not chased until it resumes or restarts.
 *
 * @module
 */
import { addDays, type CalendarDate, type Calendar } from '../../calendar/index.js';
import type { ClockStop } from '../../policies/index.js';
import type { Context } from '../context.js';
import { correspondingDate } from '../../calendar/index.js';
import { periodLastDay, skippedBetween, type Count, type Explained } from '../dates.js';
import type { ClockStopSnapshot, Run, Start } from '../snapshot.js';
import type { SkippedDay } from '../types.js';

/** A stop's period, with an open stop taken to end on the day it began. */
interface Period {
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  readonly title: string;
  readonly reason: string;
}

/** The case type's clock-stop mechanism `id`, if the preset has it. */
export function clockStopOf(ctx: Context, id: string): ClockStop | undefined {
  const stops = ctx.caseType.clockStops ?? {};
  return Object.prototype.hasOwnProperty.call(stops, id) ? stops[id] : undefined;
}

/** The open stop of a run (its clock is stopped), if any. */
export function openStop(run: Run): ClockStopSnapshot | undefined {
  const last = run.clockStops[run.clockStops.length - 1];
  return last !== undefined && last.endedBy === undefined ? last : undefined;
}

/** The last restart of a run (ended, or open: provisionally the day it began), if any. */
function lastRestart(run: Run): ClockStopSnapshot | undefined {
  for (let i = run.clockStops.length - 1; i >= 0; i--) {
    const s = run.clockStops[i]!;
    if (s.effect === 'restart' && s.endedBy !== 'request-lapsed') return s;
  }
  return undefined;
}

/** The clock start after restarts: the day the information was received (day 0 again), else `base`. */
export function restartedStart(run: Run, base: Start): Start {
  const r = lastRestart(run);
  if (r === undefined) return base;
  if (r.until !== undefined) return r.until > base.date ? { date: r.until, by: 'clock-restarted', assumed: false } : base;
  return r.from > base.date ? { date: r.from, by: 'clock-stopped', assumed: true } : { ...base, assumed: true };
}

/** The pauses that count from `start` on (after the last restart), oldest first; an open one ends on its first day. */
export function pausesAfter(run: Run, start: CalendarDate): Period[] {
  const out: Period[] = [];
  for (const s of run.clockStops) {
    if (s.effect !== 'pause') continue;
    const until = s.until ?? s.from;
    if (until <= start) continue;
    out.push({ from: s.from, until, title: s.title, reason: s.reason });
  }
  return out;
}

/** True when a run's dates rest on an open stop (provisional until it ends). */
export function stopIsOpen(run: Run): boolean {
  return openStop(run) !== undefined;
}

/** The `n`-th working day after `start`, the working days of each pause disregarded. */
function addWorkingDaysPaused(cal: Calendar, start: CalendarDate, n: number, pauses: readonly Period[]): CalendarDate {
  let cursor = start;
  let remaining = n;
  // The pauses run one after another, each ending after `start` (see pausesAfter), so none ends before the cursor.
  for (const p of pauses) {
    if (p.from > cursor) {
      const available = cal.countWorkingDays(cursor, addDays(p.from, -1));
      if (remaining <= available) return cal.addWorkingDays(cursor, remaining);
      remaining -= available;
    }
    cursor = p.until;
  }
  return cal.addWorkingDays(cursor, remaining);
}

/**
 * The days of `p` that do not count in a calendar period begun on `start`: the start is day 0 and not a day of the
 * period, unless `startIsDayOne` (then it is the period's first day).
 */
function daysNotCounted(p: Period, start: CalendarDate, startIsDayOne: boolean): number {
  const periodFirst = startIsDayOne ? start : addDays(start, 1);
  // Every pause counted ends after the start (see pausesAfter and shiftFixedDate), so on or after `first`.
  const first = p.from > periodFirst ? p.from : periodFirst;
  return Math.round((Date.parse(`${p.until}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The raw end of a calendar period (no roll), moved on by the days of each pause that began before it ended. */
function calendarEndPaused(rawEnd: CalendarDate, start: CalendarDate, pauses: readonly Period[], startIsDayOne = false): CalendarDate {
  let end = rawEnd;
  for (const p of pauses) {
    if (p.from > end) break;
    end = addDays(end, daysNotCounted(p, start, startIsDayOne));
  }
  return end;
}

/** The end of a calendar period of `months` from `start` as the count reads months: the corresponding date, or the period's last day. */
function monthsEnd(start: CalendarDate, months: number, periodLast: boolean): CalendarDate {
  return periodLast ? periodLastDay(start, months) : correspondingDate(start, months);
}

/**
 * The end of a calendar count from `start` with the pauses not counted, read as the count says (issue 16): `end`, the
 * day reached (before any roll), and `roll`, whether a non-working end moves to the next working day.
 *
 * - `monthsEnd: period-last-day`: the period's last day (the day before the corresponding date), moved on by the
 *   paused days and never rolled;
 * - `firstMonths` (an extension's `calendarMonthsFrom: first-period-end`): the first period's end is moved on by the
 *   pauses that began before it ended, the further months run from that moved end, and the pauses after it move
 *   their end in turn;
 * - `startIsDayOne` (a count whose start is day 1): the start is the period's first day, so a count of N days
 *   reaches day N-1 after it, and a pause beginning on the start takes that day out too.
 */
function calendarCountEnd(start: CalendarDate, count: Count, pauses: readonly Period[]): { readonly end: CalendarDate; readonly roll: boolean } {
  if (count.calendarMonths !== undefined) {
    const months = count.calendarMonths;
    const periodLast = count.monthsEnd === 'period-last-day';
    const first = count.firstMonths;
    // A first period is never longer than the whole count; one of all the months ends where the whole count ends.
    if (first !== undefined) {
      const firstEnd = calendarEndPaused(monthsEnd(start, first, periodLast), start, pauses);
      // The further months run from the first period's (moved) end: the day after it is their first day.
      const furtherRaw = periodLast ? periodLastDay(addDays(firstEnd, 1), months - first) : correspondingDate(firstEnd, months - first);
      const later = pauses.filter((p) => p.from > firstEnd);
      return { end: calendarEndPaused(furtherRaw, firstEnd, later), roll: !periodLast };
    }
    return { end: calendarEndPaused(monthsEnd(start, months, periodLast), start, pauses), roll: !periodLast };
  }
  const days = count.calendarDays ?? 0;
  const dayOne = count.startIsDayOne === true && days > 0;
  return { end: calendarEndPaused(addDays(start, dayOne ? days - 1 : days), start, pauses, dayOne), roll: true };
}

/** The due date of `count` from `start`, the run's pauses after `start` not counted, read as the count says (see {@link calendarCountEnd}). */
export function addCountPaused(cal: Calendar, start: CalendarDate, count: Count, pauses: readonly Period[]): CalendarDate {
  if (count.calendarMonths === undefined && count.calendarDays === undefined) {
    const n = count.workingDays ?? 0;
    // Day 1 is the start itself when it is a working day the clock ran on; a pause from the start takes it out.
    const startCounts = count.startIsDayOne === true && n > 0 && cal.isWorkingDay(start) && !pauses.some((p) => p.from <= start);
    return addWorkingDaysPaused(cal, start, startCounts ? n - 1 : n, pauses);
  }
  const { end, roll } = calendarCountEnd(start, count, pauses);
  return !roll || cal.isWorkingDay(end) ? end : cal.nextWorkingDay(end);
}

/**
 * A date fixed before the pauses after `since` (an agreed extension's date), moved on by them: the working days (or,
 * for a stage counted in calendar days or months, the days) of each pause that began on or before it; a calendar end
 * on a non-working day then rolls to the next working day unless `roll` is false.
 */
export function shiftFixedDate(cal: Calendar, fixed: CalendarDate, since: CalendarDate, calendarCount: boolean, pauses: readonly Period[], roll: boolean): CalendarDate {
  const later = pauses.filter((p) => p.from > since);
  if (!calendarCount) return addWorkingDaysPaused(cal, since, cal.countWorkingDays(since, fixed), later);
  const end = calendarEndPaused(fixed, since, later);
  // A stage whose months end on the period's last day (`calendarMonthsEnd: period-last-day`) never rolls its end.
  return !roll || cal.isWorkingDay(end) ? end : cal.nextWorkingDay(end);
}

/**
 * The days the pauses took out of a count from `start` to `due`, each listed as skipped with the mechanism's title:
 * the working days of a pause (a working-day count), or every day of it (a calendar count), up to `due`.
 */
export function pausedDays(cal: Calendar, start: CalendarDate, due: CalendarDate, calendarCount: boolean, pauses: readonly Period[]): SkippedDay[] {
  const out: SkippedDay[] = [];
  for (const p of pauses) {
    let d = p.from > start ? p.from : addDays(start, 1);
    // Stryker disable next-line EqualityOperator: the due date is a counted day, never one of a pause's days
    for (; d <= p.until && d <= due; d = addDays(d, 1)) {
      if (!calendarCount && !cal.isWorkingDay(d)) continue;
      out.push(Object.freeze({ date: d, kind: 'clock-stopped', reason: p.title, stop: p.reason, provisional: false }));
    }
  }
  return out;
}

/** The first day a request whose clock stopped under `stop` may be recorded as lapsed, or undefined when it cannot lapse. */
export function lapsesOn(ctx: Context, stop: ClockStopSnapshot): CalendarDate | undefined {
  // A stop is recorded only under one of the case type's mechanisms (stopClock in reduce.ts).
  const def = clockStopOf(ctx, stop.reason)!;
  if (def.lapseAfter === undefined) return undefined;
  // "the period of three months beginning with the day on which the fees notice is given" (FOIA 2000 s.9(2)) ends
  // the day before the corresponding date: the request lapses on the corresponding date (the last day of the month
  // when it has no such day).
  return correspondingDate(stop.from, def.lapseAfter.calendarMonths);
}

/**
 * A count from `start` with the run's pauses after it, explained: the due date, and every day not counted on the
 * way (the non-working days, and the days the clock was stopped, in date order).
 */
export function explainPaused(cal: Calendar, start: CalendarDate, count: Count, pauses: readonly Period[], provisional: boolean): Explained {
  const calendarCount = count.calendarMonths !== undefined || count.calendarDays !== undefined;
  const due = addCountPaused(cal, start, count, pauses);
  return explainTo(cal, start, due, calendarCount, pauses, provisional, calendarCount ? calendarCountEnd(start, count, pauses).end : undefined);
}

/**
 * The days not counted from `start` to a known `due`: for a working-day count the non-working days and the paused
 * working days; for a calendar count the paused days and the days rolled over at the end (from `rawEnd`).
 */
export function explainTo(
  cal: Calendar,
  start: CalendarDate,
  due: CalendarDate,
  calendarCount: boolean,
  pauses: readonly Period[],
  provisional: boolean,
  rawEnd?: CalendarDate,
): Explained {
  // A calendar period's paused days are those up to its (moved) end: a pause begun after that, among the days
  // rolled over to the next working day, took nothing out of it.
  const end = rawEnd ?? due;
  const paused = pausedDays(cal, start, calendarCount ? end : due, calendarCount, pauses);
  const between = skippedBetween(cal, start, due);
  let others: readonly SkippedDay[] = between.skipped;
  if (calendarCount) {
    // Every day counts in a calendar period: only the days rolled over at its end were skipped.
    others = end < due ? between.skipped.filter((d) => d.date >= end) : [];
  }
  // No two of them share a date: a non-working day is never a paused day of a working-day count, and a calendar
  // count's rolled days come after its paused ones. (Dates as YYYY-MM-DD compare as text.)
  const all = [...others, ...paused].sort((a, b) => a.date.localeCompare(b.date));
  return { due, skipped: Object.freeze(all), provisional: provisional || between.provisional };
}
