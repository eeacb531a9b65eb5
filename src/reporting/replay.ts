/**
 * Internal: replays a case with the workflow's own rules, naming the case and the event at fault when it breaks
 * one. Reporting never recomputes a due date itself: it reads them from the workflow's replay.
 *
 * @module
 */
import type { Calendar, CalendarDate } from '../calendar/index.js';
import { StatutoryComplaintsError } from '../errors.js';
import type { Case, CaseSnapshot, Workflow, WorkflowReplayOptions } from '../workflow/index.js';
import { ruleOf, type CaseInputIssue } from './errors.js';

/** The field an error's path names, relative to the case (`case.events[2].on` → `events[2].on`). */
function fieldOf(error: unknown): string {
  const path = error instanceof StatutoryComplaintsError ? error.path : '';
  return path.replace(/^case\.?/, '');
}

/** A thrown library error as an issue of the case at `index`; other errors are rethrown. */
export function issueOf(error: unknown, index: number): CaseInputIssue {
  if (!(error instanceof StatutoryComplaintsError) && !(error instanceof RangeError)) throw error;
  return { index, field: fieldOf(error), rule: ruleOf(error) };
}

/**
 * The workflow's one replay of a case (`Workflow.replay`), or the issue that stops it: the case's policy or case
 * type, or the event at fault (named `events[i].<field>`).
 */
export function replayCase(workflow: Workflow, kase: Case, index: number, options?: WorkflowReplayOptions): CaseSnapshot | CaseInputIssue {
  try {
    return workflow.replay(kase, options);
  } catch (error) {
    return issueOf(error, index);
  }
}

/** True when `value` is an issue rather than a snapshot. */
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
