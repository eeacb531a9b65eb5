/**
 * Rule: the window to ask for the next stage (the preset's `escalation`): it opens with the stage's response (or
 * the end of mediation that followed it) and closes after the window's count.
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import type { Context } from '../context.js';
import { addCount, windowCountOf } from '../dates.js';
import type { Run, Start } from '../snapshot.js';

/** The start of the window to ask for the next stage: the response, or the end of mediation that followed it. */
export function requestWindowStart(run: Run): Start | undefined {
  if (!run.respondedOn) return undefined;
  if (run.mediationConcludedOn && run.mediationConcludedOn > run.respondedOn && run.respondedBy !== 'mediation-concluded') {
    return { date: run.mediationConcludedOn, by: 'mediation-concluded', assumed: false };
  }
  return { date: run.respondedOn, by: run.respondedBy ?? 'response-sent', assumed: false };
}

/** The last day to ask for the next stage, when the stage has an escalation window and has been answered. */
export function requestWindowDue(ctx: Context, run: Run): CalendarDate | undefined {
  const esc = run.def.escalation;
  const start = requestWindowStart(run);
  if (!esc || !start) return undefined;
  return addCount(ctx.calendar, start.date, windowCountOf(esc));
}
