/**
 * Internal: replays a case with the workflow's own rules, naming the case and the event at fault when it breaks
 * one. Reporting never recomputes a due date itself: it reads them from the workflow's replay.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/index.js';
import type { Calendar } from '../calendar/index.js';
import { StatutoryComplaintsError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import type { BankHolidayFeed } from '../calendar/index.js';
import { contextOfCase, type Context } from '../workflow/context.js';
import { initialFold, step, type Fold } from '../workflow/fold.js';
import type { Case } from '../workflow/index.js';
import { ruleOf, type CaseInputIssue } from './errors.js';

/** The field an error's path names, relative to the case (`event.on` of event 2 → `events[2].on`). */
function fieldOf(error: unknown, eventIndex: number | undefined): string {
  const path = error instanceof StatutoryComplaintsError ? error.path : '';
  if (eventIndex !== undefined) {
    const tail = path.startsWith('event') ? path.slice('event'.length) : '';
    return `events[${eventIndex}]${tail}`;
  }
  return path.replace(/^case\.?/, '');
}

/** A thrown library error as an issue of the case at `index`; other errors are rethrown. */
export function issueOf(error: unknown, index: number, eventIndex?: number): CaseInputIssue {
  if (!(error instanceof StatutoryComplaintsError) && !(error instanceof RangeError)) throw error;
  return { index, field: fieldOf(error, eventIndex), rule: ruleOf(error) };
}

/** The context of a case under a policy, or an issue. */
export function contextFor(policy: Policy, kase: Case, index: number, feed?: BankHolidayFeed): Context | CaseInputIssue {
  try {
    return contextOfCase(policy, kase, 'case', feed);
  } catch (error) {
    return issueOf(error, index);
  }
}

/**
 * Replays the events of a case dated on or before `through` (all of them when absent) and returns the fold, or the
 * issue with the first event the workflow refuses.
 */
export function replayCase(ctx: Context, kase: Case, index: number, through?: CalendarDate): Fold | CaseInputIssue {
  const fold = initialFold(ctx, kase.received);
  const events = kase.events;
  for (let j = 0; j < events.length; j++) {
    const e = events[j]!;
    if (through !== undefined && e.on > through) break;
    try {
      step(ctx, fold, e, 'event');
    } catch (error) {
      return issueOf(error, index, j);
    }
  }
  return fold;
}

/**
 * Steps the events of a case dated after `through` onto `fold`, the replay of those dated on or before it, so that
 * they are checked too; returns the issue with the first event the workflow refuses, or undefined.
 */
export function replayAfter(ctx: Context, fold: Fold, kase: Case, index: number, through: CalendarDate): CaseInputIssue | undefined {
  const events = kase.events;
  let j = 0;
  while (j < events.length && !(events[j]!.on > through)) j++;
  for (; j < events.length; j++) {
    try {
      step(ctx, fold, events[j]!, 'event');
    } catch (error) {
      return issueOf(error, index, j);
    }
  }
  return undefined;
}

/** True when `value` is an issue rather than a context or fold. */
export function isIssue(value: object): value is CaseInputIssue {
  return typeof (value as CaseInputIssue).rule === 'string';
}

/**
 * Working days from `start` to `date`: the working days after `start` up to and including `date`, counting a
 * `date` that is not a working day (and is after `start`) as the next working day. So for a due date `due` that is a
 * working day, `date <= due` exactly when the count is at most the count to `due`.
 */
export function elapsedWorkingDays(calendar: Calendar, start: CalendarDate, date: CalendarDate): number {
  const n = calendar.countWorkingDays(start, date);
  return date > start && !calendar.isWorkingDay(date) ? n + 1 : n;
}
