/**
 * Rule: when a stage's response clock starts (`clockStart` in the preset: received, requested, acknowledged,
 * allocated, statement-agreed, hearing-held, report-received), and the date assumed before that event happens.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { Run, Start } from '../snapshot.js';
import { restartedStart } from './clock-stops.js';
import { acknowledgementTarget, allocationTarget, runStart, targetDue } from './targets.js';

/**
 * The day a stage's request starts its clock: the run's start, except for a late request accepted at the council's
 * discretion, which counts from the day it was accepted (the default) or, where the preset says
 * `lateRequestClockStart: requested`, from the day the complainant asked.
 */
export function requestStart(run: Run): Start {
  if (run.discretion === 'accepted' && run.def.lateRequestClockStart === 'requested') {
    return { date: run.requestedOn, by: 'next-stage-requested', assumed: false };
  }
  return runStart(run);
}

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
    case 'hearing-held':
      return run.hearingHeldOn
        ? { date: run.hearingHeldOn, by: 'hearing-held', assumed: false }
        : { date: run.hearingDate ?? run.startedOn, by: 'hearing-held', assumed: true };
    case 'report-received':
      return run.reportReceivedOn
        ? { date: run.reportReceivedOn, by: 'panel-report-received', assumed: false }
        : { date: run.startedOn, by: 'panel-report-received', assumed: true };
  }
}
