/**
 * Rule: when a stage's response is due: the original due date (the timescale from the clock start), the due date
 * in force after agreed extensions, the statutory (or preset) maximum, and what one agreed extension does.
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import { InvalidArgumentError } from '../../errors.js';
import type { Context } from '../context.js';
import { addCount, countOf, maximumCountOf, type Count } from '../dates.js';
import type { CaseEventOf } from '../events.js';
import type { ExtensionRecord, Run } from '../snapshot.js';
import { addCountPaused, pausesAfter, shiftFixedDate } from './clock-stops.js';
import { clockStart } from './clock-start.js';
import { panelDates } from './panel.js';

/** A count from the stage's clock start, the days its clock was paused not counted (see `clock-stops.ts`). */
export function countFromClockStart(ctx: Context, run: Run, count: Count): CalendarDate {
  const start = clockStart(ctx, run).date;
  if (run.clockStops.length === 0) return addCount(ctx.calendar, start, count);
  return addCountPaused(ctx.calendar, start, count, pausesAfter(run, start));
}

/** The stage's response due date before any extension (for a panel stage: the final response). */
export function originalDue(ctx: Context, run: Run): CalendarDate {
  if (run.def.panel) {
    const p = panelDates(ctx, run)!;
    return addCount(ctx.calendar, p.finalStart.date, countOf(run.def.panel.response));
  }
  return countFromClockStart(ctx, run, countOf(run.def.timescale));
}

/**
 * The last extension still in force: after a restart of the clock, an extension agreed before it no longer counts
 * (the timescale is counted afresh from the day the information arrived).
 */
export function lastExtension(ctx: Context, run: Run): ExtensionRecord | undefined {
  const last = run.extensions[run.extensions.length - 1];
  if (last === undefined) return undefined;
  const start = clockStart(ctx, run);
  return start.by === 'clock-restarted' && last.on < start.date ? undefined : last;
}

/** The due date an extension set, moved on by the pauses of the clock after it was recorded. */
export function extendedDue(ctx: Context, run: Run, ext: ExtensionRecord): CalendarDate {
  if (run.clockStops.length === 0 || run.def.panel) return ext.due;
  if (ext.calendarMonths !== undefined) return countFromClockStart(ctx, run, monthsCount(run, ext.calendarMonths));
  const start = clockStart(ctx, run).date;
  // A timescale has exactly one unit (checked when the policy is read): not working days, so calendar days or months.
  const calendarCount = run.def.timescale.workingDays === undefined;
  return shiftFixedDate(ctx.calendar, ext.due, ext.on, calendarCount, pausesAfter(run, start), run.def.timescale.calendarMonthsEnd !== 'period-last-day');
}

/** The response due date in force: the last extension's, else the original (each moved on by pauses of the clock). */
export function currentDue(ctx: Context, run: Run): CalendarDate {
  const last = lastExtension(ctx, run);
  return last ? extendedDue(ctx, run, last) : originalDue(ctx, run);
}

/**
 * A total of `months` calendar months for the stage's response, counted as the preset says: where the months end
 * (`timescale.calendarMonthsEnd`) and, past the timescale's own months, whether the further months run from the end
 * of the first period (`extension.calendarMonthsFrom: first-period-end`) or from the clock start (the default).
 */
export function monthsCount(run: Run, months: number): Count {
  const t = run.def.timescale;
  // Only a stage that may be extended has more months than its timescale (an extension is agreed only then). A first
  // period as long as the whole count (or none, for a timescale not in months) leaves the plain count (see monthsDue).
  const firstPeriodEnd = run.def.extension!.calendarMonthsFrom === 'first-period-end';
  return countOf({ calendarMonths: months, calendarMonthsEnd: t.calendarMonthsEnd, firstMonths: firstPeriodEnd ? t.calendarMonths : undefined });
}

/** The count of the stage's maximum with extensions, if the preset sets one (months counted as {@link monthsCount}). */
export function maximumCount(run: Run): Count | undefined {
  const ext = run.def.extension;
  const max = ext ? maximumCountOf(ext) : undefined;
  if (max === undefined) return undefined;
  return max.calendarMonths !== undefined ? monthsCount(run, max.calendarMonths) : max;
}

/** The statutory (or preset) maximum for the stage's response, if the preset sets one. */
export function maximumDue(ctx: Context, run: Run): CalendarDate | undefined {
  if (run.def.panel) return undefined;
  const max = maximumCount(run);
  return max === undefined ? undefined : countFromClockStart(ctx, run, max);
}

/**
 * What one agreed extension does to a stage: its new due date, from exactly one of `newDueDate`,
 * `additionalWorkingDays` (working days added on top of the due date in force; `workingDays` is its deprecated
 * name), or `calendarMonths` (months added to a month-counted timescale). The result must be after the due date in
 * force and, unless the preset allows a later local date, within the stage's maximum.
 */
export function agreeExtension(ctx: Context, run: Run, e: CaseEventOf<'extension-agreed'>, path: string): ExtensionRecord {
  const added = e.additionalWorkingDays ?? e.workingDays;
  const given = [e.newDueDate !== undefined, e.additionalWorkingDays !== undefined, e.workingDays !== undefined, e.calendarMonths !== undefined].filter(Boolean).length;
  if (given !== 1) {
    throw new InvalidArgumentError(
      path,
      e.additionalWorkingDays !== undefined && e.workingDays !== undefined
        ? 'give additionalWorkingDays or its deprecated name workingDays, not both'
        : 'give exactly one of newDueDate, additionalWorkingDays (working days on top of the due date in force) or calendarMonths',
    );
  }
  const cal = ctx.calendar;
  const before = currentDue(ctx, run);
  const months = run.def.panel ? undefined : run.def.timescale.calendarMonths;
  let due: CalendarDate;
  let field: string;
  let totalMonths: number | undefined;
  if (e.newDueDate !== undefined) {
    field = `${path}.newDueDate`;
    if (!cal.isWorkingDay(e.newDueDate)) throw new InvalidArgumentError(field, "must be a working day on the policy's calendar");
    due = e.newDueDate;
  } else if (added !== undefined) {
    field = `${path}.${e.additionalWorkingDays !== undefined ? 'additionalWorkingDays' : 'workingDays'}`;
    if (months !== undefined) throw new InvalidArgumentError(field, 'this stage counts calendar months: give calendarMonths or newDueDate');
    due = cal.addWorkingDays(before, added);
  } else {
    field = `${path}.calendarMonths`;
    if (months === undefined) throw new InvalidArgumentError(field, 'this stage counts working days: give additionalWorkingDays or newDueDate');
    const previous = [...run.extensions].reverse().find((x) => x.calendarMonths !== undefined)?.calendarMonths ?? months;
    totalMonths = previous + e.calendarMonths!;
    due = countFromClockStart(ctx, run, monthsCount(run, totalMonths));
  }
  if (!(due > before)) throw new InvalidArgumentError(field, 'must give a due date after the one in force');
  const max = maximumDue(ctx, run);
  const beyond = due > (max ?? due);
  if (beyond && !run.def.extension!.localDateMayExceed) {
    throw new InvalidArgumentError(field, 'takes the response beyond the maximum the policy allows for this stage, and the policy does not allow a later local date');
  }
  const agreedOn = e.agreedOn ?? e.on;
  if (agreedOn > e.on) throw new InvalidArgumentError(`${path}.agreedOn`, 'must not be after the date the extension was recorded (on)');
  const record: ExtensionRecord = {
    on: e.on,
    agreedOn,
    agreedWithComplainant: e.agreedWithComplainant,
    due,
    beyondMaximum: beyond,
    afterOriginal: agreedOn > originalDue(ctx, run),
  };
  return totalMonths === undefined ? record : { ...record, calendarMonths: totalMonths };
}
