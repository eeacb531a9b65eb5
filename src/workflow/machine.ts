/**
 * The state machine of a case, written once as data: for each event type, the states it may be recorded in, the
 * guard it must pass there (read from the policy and the case), and the states it may lead to. `allowedEvents`
 * and the reducer (`reduce.ts`) both read this table; neither has a list of its own. The table is typed as a
 * mapped type over every event type: a new event type that the table does not cover fails to compile.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/index.js';
import type { Stage } from '../policies/index.js';
import type { Context } from './context.js';
import { TransitionError } from './errors.js';
import { CASE_EVENT_TYPES, type CaseEventType } from './events.js';
import { currentDue } from './rules/response-due.js';
import { current, delayOwed, type Fold, type Run } from './snapshot.js';
import type { CaseStateName } from './types.js';

/** A guard: true when the event may be recorded now (`on`, when known, is the date it would be recorded). */
type Guard = (ctx: Context, fold: Fold, run: Run, on: CalendarDate | undefined) => boolean;

/** One row of the table: from these states, when the guard holds, to one of these states. */
export interface Transition {
  readonly from: readonly CaseStateName[];
  /** The guard (none: always allowed in those states). */
  readonly when?: Guard;
  /** Why the event is refused when the guard fails (said in the TransitionError). */
  readonly because?: string;
  /** The states the event may lead to (`same`: the state does not change). The reducer picks one of them. */
  readonly to: readonly (CaseStateName | 'same')[];
}

/** The index of the next stage reachable from `from` (skipping optional stages) that satisfies `test`. */
export function reachable(ctx: Context, from: number, test: (s: Stage, i: number) => boolean): number | undefined {
  for (let i = from + 1; i < ctx.stages.length; i++) {
    const s = ctx.stages[i]!;
    if (test(s, i)) return i;
    if (!s.optional) return undefined;
  }
  return undefined;
}

/** The stage a next-stage request goes to by default: the escalation target, else the next stage. */
export function defaultNextStage(ctx: Context, run: Run): number | undefined {
  const to = run.def.escalation?.to;
  if (to !== undefined) {
    const i = ctx.stageIds.indexOf(to);
    return i > run.index ? i : undefined;
  }
  return run.index + 1 < ctx.stages.length ? run.index + 1 : undefined;
}

/** True for a review-panel stage. */
export const isPanel = (s: Stage): boolean => s.panel !== undefined;

const ANSWERED: readonly CaseStateName[] = ['responded', 'delay-reason-awaited'];
const ENDED: readonly CaseStateName[] = ['resolved', 'normal-business', 'outside-procedure', 'withdrawn'];
const ALL: readonly CaseStateName[] = ['open', 'mediation', 'awaiting-discretion', 'responded', 'delay-reason-awaited', ...ENDED, 'referred-to-ombudsman', 'closed'];

const hasNext: Guard = (ctx, _f, run) => defaultNextStage(ctx, run) !== undefined;
const panelNext: Guard = (ctx, _f, run) => reachable(ctx, run.index, isPanel) !== undefined;
/** While the stage is open, a request for the next stage is only allowed once its response is overdue (Swindon seed). */
const overdue = (ctx: Context, run: Run, on: CalendarDate | undefined): boolean => on === undefined || on > currentDue(ctx, run);
const NOT_OVERDUE = 'the current stage has not been answered and its response is not yet overdue';
const stepsLeft: Guard = (_c, _f, run) => run.def.steps !== undefined && run.def.steps.length > run.steps.length;

/** The transition table: every event type, the states it may be recorded in, its guards and where it leads. */
export const TRANSITIONS: { readonly [E in CaseEventType]: readonly Transition[] } = {
  acknowledged: [{ from: ['open'], when: (_c, _f, run) => !run.acknowledgedOn, to: ['same'] }],
  allocated: [{ from: ['open', 'mediation'], to: ['same'] }],
  'referred-back': [{ from: ['open'], to: ['outside-procedure'] }],
  'accepted-late': [{ from: ['open'], when: (ctx, fold, run) => run.index === 0 && !!ctx.policy.timeLimit?.discretion && !fold.acceptedLateOn, to: ['same'] }],
  'normal-business-confirmed': [
    { from: ['open'], when: (ctx, fold, run) => run.index === 0 && !!ctx.caseType.normalBusiness && !fold.normalBusiness, to: ['normal-business', 'same'] },
  ],
  'holding-response-sent': [{ from: ['open', 'mediation'], to: ['same'] }],
  'extension-agreed': [
    { from: ['open'], when: (_c, _f, run) => !!run.def.extension, to: ['same'] },
    { from: ['mediation'], when: (_c, _f, run) => !run.respondedOn && !!run.def.extension, to: ['same'] },
  ],
  'hearing-arranged': [{ from: ['open'], when: (_c, _f, run) => !!run.def.panel && !run.hearingHeldOn, to: ['same'] }],
  'hearing-held': [{ from: ['open'], when: (_c, _f, run) => !!run.def.panel && !!run.hearingDate && !run.hearingHeldOn, to: ['same'] }],
  'panel-report-received': [{ from: ['open'], when: (_c, _f, run) => !!run.def.panel && !!run.hearingHeldOn && !run.reportReceivedOn, to: ['same'] }],
  'final-response-sent': [{ from: ['open'], when: (_c, _f, run) => !!run.def.panel && !!run.reportReceivedOn, to: ANSWERED }],
  'response-sent': [
    { from: ['open'], when: (_c, _f, run) => !run.def.panel, to: ANSWERED },
    { from: ['mediation'], when: (_c, _f, run) => !run.respondedOn && !run.def.panel, to: ANSWERED },
  ],
  'step-completed': [{ from: ['open', ...ANSWERED], when: stepsLeft, to: ['same', ...ANSWERED] }],
  'mediation-offered': [{ from: ['open', ...ANSWERED], when: (_c, _f, run) => !run.mediationOfferedOn, to: ['mediation'] }],
  'mediation-concluded': [{ from: ['mediation'], to: ['resolved', 'open', ...ANSWERED] }],
  'investigator-appointed': [{ from: ['open'], to: ['same'] }],
  'independent-person-appointed': [{ from: ['open'], to: ['same'] }],
  'statement-agreed': [{ from: ['open'], when: (_c, _f, run) => !run.statementAgreedOn, to: ['same'] }],
  'next-stage-requested': [
    { from: ['open'], when: (ctx, f, run, on) => hasNext(ctx, f, run, on) && overdue(ctx, run, on), because: NOT_OVERDUE, to: ['open'] },
    { from: ANSWERED, when: hasNext, to: ['open', 'awaiting-discretion'] },
  ],
  'panel-requested': [
    { from: ['open'], when: (ctx, f, run, on) => panelNext(ctx, f, run, on) && overdue(ctx, run, on), because: NOT_OVERDUE, to: ['open'] },
    { from: ANSWERED, when: panelNext, to: ['open', 'awaiting-discretion'] },
  ],
  'discretion-decided': [{ from: ['awaiting-discretion'], to: ['open', 'outside-procedure'] }],
  'further-questions-answered': [{ from: ANSWERED, to: ['same'] }],
  withdrawn: [{ from: ['open', 'mediation', 'awaiting-discretion'], to: ['withdrawn'] }],
  'referred-to-ombudsman': [{ from: ['open', 'mediation', 'awaiting-discretion', ...ANSWERED, ...ENDED], to: ['referred-to-ombudsman'] }],
  closed: [{ from: [...ANSWERED, ...ENDED, 'referred-to-ombudsman'], to: ['closed'] }],
  'agreed-actions-recorded': [{ from: ALL, to: ['same'] }],
  'delay-reason-recorded': [{ from: ALL, when: (_c, fold) => delayOwed(fold), to: ['same', 'responded'] }],
};

/**
 * The table by event type and state: at most one row per (event type, state), looked up without a search (the
 * reducer asks for every event it replays). Built once from {@link TRANSITIONS}; a constant, not a cache.
 */
const BY_STATE: { readonly [E in CaseEventType]: Partial<Record<CaseStateName, Transition>> } = (() => {
  const out = {} as { [E in CaseEventType]: Partial<Record<CaseStateName, Transition>> };
  for (const type of Object.keys(TRANSITIONS) as CaseEventType[]) {
    const byState: Partial<Record<CaseStateName, Transition>> = {};
    for (const row of TRANSITIONS[type]) {
      for (const state of row.from) {
        if (byState[state] !== undefined) throw new Error(`machine.ts: two rows for ${type} in state ${state}`);
        byState[state] = row;
      }
    }
    out[type] = byState;
  }
  return out;
})();

/** The row of the table that allows `type` now, or why it is refused (`undefined`: not in this state at all). */
export function transitionFor(ctx: Context, fold: Fold, type: CaseEventType, on: CalendarDate | undefined): Transition | { readonly refused: string | undefined } {
  const t = BY_STATE[type][fold.state];
  if (t === undefined) return NOT_HERE;
  if (t.when === undefined || t.when(ctx, fold, current(fold), on)) return t;
  return { refused: t.because };
}

const NOT_HERE: { readonly refused: undefined } = Object.freeze({ refused: undefined });

/**
 * The event types allowed in the fold's state, in the order of `CASE_EVENT_TYPES`. With `on`, the guards that
 * depend on the date are applied too (a request for the next stage while the stage is open only once its response
 * is overdue); without it, such an event is listed and checked when applied.
 */
export function allowedEvents(ctx: Context, fold: Fold, on?: CalendarDate): CaseEventType[] {
  const out: CaseEventType[] = [];
  for (const type of CASE_EVENT_TYPES) if ('to' in transitionFor(ctx, fold, type, on)) out.push(type);
  return out;
}

/** Refuses an event: a TransitionError naming the state, the event, the events allowed on that date, and why. */
export function refuse(ctx: Context, fold: Fold, type: CaseEventType, on: CalendarDate | undefined, why: string | undefined, path: string): never {
  throw new TransitionError(
    fold.state,
    type,
    allowedEvents(ctx, fold, on).filter((t) => t !== type),
    why,
    path,
  );
}
