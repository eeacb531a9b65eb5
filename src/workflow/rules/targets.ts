/**
 * Rule: the acknowledgement and allocation targets of a stage (the case type's for the first stage, else the
 * stage's own), and where a count "from acknowledgement" or "from allocation" starts before that event happens.
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import type { Context } from '../context.js';
import { addCount, countOf } from '../dates.js';
import type { Run, Start } from '../snapshot.js';

/** A target (acknowledgement, allocation…) as the policy defines it, with where it is. */
export interface TargetRef {
  readonly workingDays?: number | undefined;
  readonly calendarDays?: number | undefined;
  readonly from?: string | undefined;
  readonly startDay?: 'day-0' | 'day-1' | undefined;
  readonly source: string;
  readonly ruleId: string;
}

/** The acknowledgement target of a run: the case type's for the first stage (else the stage's), the stage's later. */
export function acknowledgementTarget(ctx: Context, run: Run): TargetRef | undefined {
  const base = `caseTypes.${ctx.caseTypeId}`;
  if (run.index === 0 && ctx.caseType.acknowledgement) return { ...ctx.caseType.acknowledgement, ruleId: `${base}.acknowledgement` };
  if (run.def.acknowledgement) return { ...run.def.acknowledgement, ruleId: `${base}.stages.${run.stage}.acknowledgement` };
  return undefined;
}

/** The allocation target of a run: the stage's own, else, for the first stage, the case type's. */
export function allocationTarget(ctx: Context, run: Run): TargetRef | undefined {
  const base = `caseTypes.${ctx.caseTypeId}`;
  if (run.def.allocation) return { ...run.def.allocation, ruleId: `${base}.stages.${run.stage}.allocation` };
  if (run.index === 0 && ctx.caseType.allocation) return { ...ctx.caseType.allocation, ruleId: `${base}.allocation` };
  return undefined;
}

export function runStart(run: Run): Start {
  return { date: run.startedOn, by: run.startedBy, assumed: false };
}

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
 * Resolves a target's (or a step's) `from` for a run (default: the date of receipt of the case or of the request).
 * Before the event happens, its date is assumed: the acknowledgement or allocation target's date when the run has
 * one (as {@link clockStart} does), else the run's start. `viaTargets: false` stops at the run's start; it is used
 * inside that target date, so two targets counted from each other's events cannot send the count round in a circle.
 */
export function targetStart(ctx: Context, run: Run, from: string | undefined, viaTargets = true): Start {
  switch (from) {
    case 'acknowledged': {
      if (run.acknowledgedOn) return { date: run.acknowledgedOn, by: 'acknowledged', assumed: false };
      const t = viaTargets ? acknowledgementTarget(ctx, run) : undefined;
      return t ? { date: assumedTargetDue(ctx, run, t), by: 'acknowledged', assumed: true } : { ...runStart(run), assumed: true };
    }
    case 'allocated': {
      if (run.allocatedOn) return { date: run.allocatedOn, by: 'allocated', assumed: false };
      const t = viaTargets ? allocationTarget(ctx, run) : undefined;
      return t ? { date: assumedTargetDue(ctx, run, t), by: 'allocated', assumed: true } : { ...runStart(run), assumed: true };
    }
    default:
      return runStart(run);
  }
}

/** A target's date standing in for its event: counted from the target's own start, without assuming further. */
function assumedTargetDue(ctx: Context, run: Run, target: TargetRef): CalendarDate {
  return addCount(ctx.calendar, targetStart(ctx, run, target.from, false).date, countOf(target));
}

/** The due date of a target for a run (what it counts and from what; its source and rule id are not needed). */
export function targetDue(ctx: Context, run: Run, target: Omit<TargetRef, 'source' | 'ruleId'>): CalendarDate {
  return addCount(ctx.calendar, targetStart(ctx, run, target.from).date, countOf(target));
}
