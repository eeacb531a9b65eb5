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

/**
 * The start of the window to ask for the next stage: the response (the day it was sent, or, where the preset's
 * `escalation.windowFrom` is `response-received`, the day the complainant received it, assumed to be the day it was
 * sent until a `response-received` event records it), or the end of mediation that followed it.
 */
export function requestWindowStart(run: Run): Start | undefined {
  if (!run.respondedOn) return undefined;
  // A response records the event that gave it with its date (reduce.ts, respond).
  let start: Start = { date: run.respondedOn, by: run.respondedBy!, assumed: false };
  if (run.def.escalation?.windowFrom === 'response-received') {
    start = run.responseReceivedOn !== undefined ? { date: run.responseReceivedOn, by: 'response-received', assumed: false } : { ...start, assumed: true };
  }
  // (A response that the end of mediation gave is dated that day: mediation does not follow it.)
  if (run.mediationConcludedOn && run.mediationConcludedOn > start.date) {
    return { date: run.mediationConcludedOn, by: 'mediation-concluded', assumed: false };
  }
  return start;
}

/** The last day to ask for the next stage, when the stage has an escalation window and has been answered. */
export function requestWindowDue(ctx: Context, run: Run): CalendarDate | undefined {
  const esc = run.def.escalation;
  const start = requestWindowStart(run);
  if (!esc || !start) return undefined;
  return addCount(ctx.calendar, start.date, windowCountOf(esc));
}
