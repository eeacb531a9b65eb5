/**
 * Rule: when a stage's response clock starts (`clockStart` in the preset: received, requested, acknowledged,
 * allocated, statement-agreed, hearing-held, report-received), and the date assumed before that event happens.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { Run, Start } from '../snapshot.js';
import { restartedStart } from './clock-stops.js';
import { panelDates } from './panel.js';
import { acknowledgementTarget, allocationTarget, requestStart, targetDue } from './targets.js';

/**
 * When the stage's clock starts: the event's date, or, before it happens, its target date (assumed); after a
 * restart of the clock (a `clock-restarted` event under a `restart` mechanism), the day the information arrived.
 */
export function clockStart(ctx: Context, run: Run): Start {
  return restartedStart(run, baseClockStart(ctx, run));
}

function baseClockStart(ctx: Context, run: Run): Start {
  switch (run.def.clockStart) {
    case 'received':
    case 'requested':
      return requestStart(run);
    case 'acknowledged': {
      if (run.acknowledgedOn) return { date: run.acknowledgedOn, by: 'acknowledged', assumed: false };
      const t = acknowledgementTarget(ctx, run);
      return { date: t ? targetDue(ctx, run, t) : run.startedOn, by: 'acknowledged', assumed: true };
    }
    case 'allocated': {
      if (run.allocatedOn) return { date: run.allocatedOn, by: 'allocated', assumed: false };
      const t = allocationTarget(ctx, run);
      return { date: t ? targetDue(ctx, run, t) : run.startedOn, by: 'allocated', assumed: true };
    }
    case 'statement-agreed':
      return run.statementAgreedOn
        ? { date: run.statementAgreedOn, by: 'statement-agreed', assumed: false }
        : { date: run.startedOn, by: 'statement-agreed', assumed: true };
    // A panel's steps: the day the panel met (before it has, the hearing date once arranged, else the day the panel
    // is due to meet) and the day its report arrived (before it has, the report's due date), as the panel's dates.
    // Only a panel stage has these events: elsewhere the clock is assumed to start with the stage.
    case 'hearing-held':
      return panelDates(ctx, run)?.reportStart ?? { date: run.startedOn, by: 'hearing-held', assumed: true };
    case 'report-received':
      return panelDates(ctx, run)?.finalStart ?? { date: run.startedOn, by: 'panel-report-received', assumed: true };
  }
}
