/**
 * Rule: the dates of a review-panel stage (SI 2006/1738 regs 19-20 as the presets set them): the panel meets,
 * the hearing notice, the panel's report, and the council's final response, each actual or assumed.
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import type { Context } from '../context.js';
import { addCount, countOf } from '../dates.js';
import type { Run, Start } from '../snapshot.js';
import { requestStart } from './targets.js';

/**
 * The panel dates of a panel stage: meeting, (hearing notice), report, and the start of the final response (its due
 * date is the response timescale from there, see `originalDue`, or an agreed extension's).
 */
export interface PanelDates {
  readonly meeting: CalendarDate;
  readonly meetingStart: Start;
  readonly notice: CalendarDate | undefined;
  readonly reportStart: Start;
  readonly report: CalendarDate;
  readonly finalStart: Start;
}

/** The panel stage's dates (hearing assumed on the meeting due date until arranged; report assumed on its due date). */
export function panelDates(ctx: Context, run: Run): PanelDates | undefined {
  const panel = run.def.panel;
  if (!panel) return undefined;
  const cal = ctx.calendar;
  const meetingStart = requestStart(run);
  const meeting = addCount(cal, meetingStart.date, countOf(panel.meetWithin));
  const hearing = run.hearingDate ?? meeting;
  const notice = panel.hearingNotice && run.hearingDate ? cal.subtractWorkingDays(run.hearingDate, panel.hearingNotice.workingDays ?? 0) : undefined;
  const reportStart: Start = run.hearingHeldOn ? { date: run.hearingHeldOn, by: 'hearing-held', assumed: false } : { date: hearing, by: 'hearing-held', assumed: true };
  const report = addCount(cal, reportStart.date, countOf(panel.report));
  const finalStart: Start = run.reportReceivedOn
    ? { date: run.reportReceivedOn, by: 'panel-report-received', assumed: false }
    : { date: report, by: 'panel-report-received', assumed: true };
  return { meeting, meetingStart, notice, reportStart, report, finalStart };
}
