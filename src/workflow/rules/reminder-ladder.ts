/**
 * Rule: the reminder ladder of a stage (the preset's `reminders`, e.g. Dudley's chasing emails): the due date it
 * follows (for a panel stage, the meeting, then the report, then the final response), the dates of its steps around
 * that due date, when it starts and stops, and who each step goes to for a responsible role. What is worked out once
 * per stage is kept in the case type's context (`LadderMemo`), owned by the engine.
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import type { Stage } from '../../policies/index.js';
import type { Context } from '../context.js';
import type { Fold, Run } from '../snapshot.js';
import { panelDates } from './panel.js';
import { currentDue } from './response-due.js';

/** The due date the chasing ladder follows: for a panel stage, the meeting, then the report, then the final response. */
export function ladderDue(ctx: Context, run: Run): CalendarDate {
  const p = panelDates(ctx, run);
  if (!p) return currentDue(ctx, run);
  if (!run.hearingHeldOn) return p.meeting;
  if (!run.reportReceivedOn) return p.report;
  return currentDue(ctx, run);
}

/** The recipients of one ladder step, per responsible role: computed once, shared (frozen) by every case. */
export function recipients(memo: LadderMemo, step: { readonly to: readonly string[]; readonly cc: readonly string[] }, responder: string): Addressed {
  let byResponder = memo.recipients.get(step);
  // Stryker disable next-line ConditionalExpression: a memo (worked out afresh, the recipients are the same)
  if (!byResponder) {
    byResponder = new Map();
    memo.recipients.set(step, byResponder);
  }
  let r = byResponder.get(responder);
  // Stryker disable next-line ConditionalExpression: a memo (worked out afresh, the recipients are the same)
  if (!r) {
    const to = resolveRoles(step.to, responder);
    r = { to, cc: resolveRoles(step.cc, responder, to) };
    byResponder.set(responder, r);
  }
  return r;
}

/** Role ids with `responder` replaced by the responsible role, without repeats. */
function resolveRoles(roles: readonly string[], responder: string, exclude?: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (const r of roles) {
    const role = r === 'responder' ? responder : r;
    if (!out.includes(role) && !exclude?.includes(role)) out.push(role);
  }
  return Object.freeze(out);
}

/** One step of a ladder (or the referral): who gets it, for one responsible role. */
export interface Addressed {
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

/**
 * What a stage's ladder needs, worked out once per context (so per calendar) and stage: the dates of its steps
 * around each due date, and its recipients per responsible role. Shared by every case of the stage.
 */
export interface LadderPlan {
  readonly ladder: Stage['reminders'];
  readonly referral: Stage['referral'];
  readonly datesByDue: Map<string, readonly CalendarDate[]>;
  readonly byResponder: Map<string, { readonly ladder: readonly Addressed[]; readonly referral: Addressed | undefined }>;
}

/** What a case type's context keeps for its ladders: one plan per stage, and the recipients of each step per role. */
export interface LadderMemo {
  readonly plans: Array<LadderPlan | undefined>;
  readonly recipients: Map<object, Map<string, Addressed>>;
}

export function planOf(ctx: Context, run: Run): LadderPlan {
  const list = ctx.ladder.plans;
  let plan = list[run.index];
  // Stryker disable next-line ConditionalExpression: a memo (a fresh plan gives the same dates and recipients)
  if (!plan) {
    plan = { ladder: run.def.reminders, referral: run.def.referral, datesByDue: new Map(), byResponder: new Map() };
    list[run.index] = plan;
  }
  return plan;
}

/** The recipients of each step of the plan (and of its referral) for a responsible role. */
export function addressed(memo: LadderMemo, plan: LadderPlan, responder: string) {
  let r = plan.byResponder.get(responder);
  // Stryker disable next-line ConditionalExpression: a memo (worked out afresh, the recipients are the same)
  if (!r) {
    r = {
      ladder: plan.ladder.map((step) => recipients(memo, step, responder)),
      referral: plan.referral ? recipients(memo, plan.referral, responder) : undefined,
    };
    plan.byResponder.set(responder, r);
  }
  return r;
}

/** The dates of the plan's steps around a due date (strictly increasing, as the offsets are). */
export function datesOf(plan: LadderPlan, cal: Context['calendar'], due: CalendarDate): readonly CalendarDate[] {
  let dates = plan.datesByDue.get(due);
  // Stryker disable next-line ConditionalExpression: a memo (worked out afresh, the dates are the same)
  if (!dates) {
    // Back by the working days of a negative offset, on by those of a positive one (0 working days is the date itself).
    dates = Object.freeze(plan.ladder.map(({ offsetWorkingDays: off }) => cal.addWorkingDays(cal.subtractWorkingDays(due, Math.max(0, -off)), Math.max(0, off))));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the memo's size; the dates are the same
    if (plan.datesByDue.size >= 100_000) plan.datesByDue.clear();
    plan.datesByDue.set(due, dates);
  }
  return dates;
}

/**
 * The day the current ladder took effect: the stage's start, the last extension's date, or the day the stopped
 * clock last resumed or restarted (reminders dated before it were worked out from a due date no longer in force).
 */
export function ladderFrom(run: Run): CalendarDate {
  // An extension is recorded on or after the day its stage started.
  let from = run.extensions[run.extensions.length - 1]?.on ?? run.startedOn;
  for (const s of run.clockStops) {
    // An open stop (no end yet) leaves `from` as it is.
    const until = s.until ?? from;
    // Stryker disable next-line EqualityOperator: on equal dates `from` is the same either way
    if (until > from) from = until;
  }
  return from;
}

/**
 * The day the ladder stops: the stage's response, the day the case stopped being worked, or the day its clock
 * stopped (a case whose clock is stopped is not chased).
 */
export function ladderUntil(fold: Fold, run: Run): CalendarDate | undefined {
  // (A case awaiting a discretion decision has answered its current stage: the response date above.)
  if (run.respondedOn !== undefined) return run.respondedOn;
  if (fold.state === 'clock-stopped') return run.clockStops[run.clockStops.length - 1]!.from;
  return fold.endedOn;
}
