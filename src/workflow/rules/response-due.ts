/**
 * Rule: when a stage's response is due: the original due date (the timescale from the clock start), the due date
 * in force after agreed extensions, the statutory (or preset) maximum, and what one agreed extension does.
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import { InvalidArgumentError } from '../../errors.js';
import type { Context } from '../context.js';
import { addCount, countOf, maximumCountOf } from '../dates.js';
import type { CaseEventOf } from '../events.js';
import type { ExtensionRecord, Run } from '../snapshot.js';
import { clockStart } from './clock-start.js';
import { panelDates } from './panel.js';

/** The stage's response due date before any extension (for a panel stage: the final response). */
export function originalDue(ctx: Context, run: Run): CalendarDate {
  if (run.def.panel) {
    const p = panelDates(ctx, run)!;
    return addCount(ctx.calendar, p.finalStart.date, countOf(run.def.panel.response));
  }
  return addCount(ctx.calendar, clockStart(ctx, run).date, countOf(run.def.timescale));
}

/** The response due date in force: the last extension's, else the original. */
export function currentDue(ctx: Context, run: Run): CalendarDate {
  const last = run.extensions[run.extensions.length - 1];
  return last ? last.due : originalDue(ctx, run);
}

/** The statutory (or preset) maximum for the stage's response, if the preset sets one. */
export function maximumDue(ctx: Context, run: Run): CalendarDate | undefined {
  const ext = run.def.extension;
  if (!ext || run.def.panel) return undefined;
  const max = maximumCountOf(ext);
  return max === undefined ? undefined : addCount(ctx.calendar, clockStart(ctx, run).date, max);
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
    due = cal.addCalendarMonths(clockStart(ctx, run).date, totalMonths);
  }
  if (!(due > before)) throw new InvalidArgumentError(field, 'must give a due date after the one in force');
  const max = maximumDue(ctx, run);
  const beyond = max !== undefined && due > max;
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
