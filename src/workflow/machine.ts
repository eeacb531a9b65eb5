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
import { clockStopOf, lapsesOn, openStop } from './rules/clock-stops.js';
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
  /** Why the event is refused when the guard fails (said in the TransitionError), or how to work it out. */
  readonly because?: string | ((ctx: Context, fold: Fold, run: Run, on: CalendarDate | undefined) => string);
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
const ENDED: readonly CaseStateName[] = ['resolved', 'normal-business', 'outside-procedure', 'withdrawn', 'lapsed'];
const ALL: readonly CaseStateName[] = [
  'open',
  'clock-stopped',
  'mediation',
  'awaiting-discretion',
  'responded',
  'delay-reason-awaited',
  ...ENDED,
  'referred-to-ombudsman',
  'closed',
];

const hasNext: Guard = (ctx, _f, run) => defaultNextStage(ctx, run) !== undefined;
const panelNext: Guard = (ctx, _f, run) => reachable(ctx, run.index, isPanel) !== undefined;
/** While the stage is open, a request for the next stage is only allowed once its response is overdue (Swindon seed). */
const overdue = (ctx: Context, run: Run, on: CalendarDate | undefined): boolean => on === undefined || on > currentDue(ctx, run);
const NOT_OVERDUE = 'the current stage has not been answered and its response is not yet overdue';
const stepsLeft: Guard = (_c, _f, run) => run.def.steps !== undefined && run.def.steps.length > run.steps.length;

// Stopping the clock (issue 16): only the mechanisms the case type's preset lists, with the effect each has.

/** The case type's clock-stop mechanisms, as `id (effect, source)` for messages. */
function mechanisms(stops: NonNullable<Context['caseType']['clockStops']>): string {
  return Object.entries(stops)
    .map(([id, s]) => `${id} (${s.effect}, ${s.source})`)
    .join('; ');
}

// The clock stops only in state `open`, where the current stage is never answered: a response moves the case on
// (responded, delay-reason-awaited), and only a new stage brings it back to `open`.
const hasClockStops: Guard = (ctx, fold) => {
  const stops = ctx.caseType.clockStops;
  if (stops === undefined) return false;
  // Only the mechanisms in force for this case: a case received before a rule took effect runs under the earlier law.
  for (const id in stops) if (fold.received >= stops[id]!.effectiveFrom) return true;
  return false;
};
const NO_CLOCK_STOPS = (ctx: Context, fold: Fold): string => {
  const stops = ctx.caseType.clockStops;
  if (stops === undefined || Object.keys(stops).length === 0) {
    return `the preset '${ctx.policy.id}' gives case type '${ctx.caseTypeId}' no way to stop its clock (no clockStops: the law behind it sets none this library found). For more time agreed with the complainant record extension-agreed; for a matter before a court record referred-back with reason court-proceedings`;
  }
  const earliest = Object.values(stops)
    .map((s) => s.effectiveFrom)
    .sort()[0]!;
  return `the preset '${ctx.policy.id}' allows its clock stops (${mechanisms(stops)}) only for cases received on or after ${earliest}, the date they took effect; this case was received on ${fold.received}, under the earlier law: record extension-agreed where more time is agreed`;
};
const stopEffect =
  (effect: 'pause' | 'restart'): Guard =>
  (_c, _f, run) =>
    openStop(run)?.effect === effect;
const WRONG_END = (ctx: Context, _f: Fold, run: Run): string => {
  const s = openStop(run)!;
  return s.effect === 'pause'
    ? `the clock stopped for '${s.reason}', which the preset '${ctx.policy.id}' gives the effect of a pause (${s.source}): record clock-resumed, and the stopped days will not count`
    : `the clock stopped for '${s.reason}', which the preset '${ctx.policy.id}' gives the effect of a restart (${s.source}): record clock-restarted, and the timescale will count afresh from that day`;
};
const mayLapse: Guard = (ctx, _f, run, on) => {
  // Asked only in state `clock-stopped`, where the current stage has an open stop.
  const from = lapsesOn(ctx, openStop(run)!);
  return from !== undefined && (on === undefined || on >= from);
};
const NOT_LAPSED = (ctx: Context, _f: Fold, run: Run): string => {
  const s = openStop(run)!;
  const from = lapsesOn(ctx, s);
  // A stop is recorded only under one of the case type's mechanisms (stopClock in reduce.ts): its source is the stop's.
  return from === undefined
    ? `the preset '${ctx.policy.id}' gives no lapse for a clock stopped for '${s.reason}' (${s.source}): record ${s.effect === 'pause' ? 'clock-resumed' : 'clock-restarted'} when what is awaited arrives, or withdrawn`
    : `the request lapses only from ${from} (${clockStopOf(ctx, s.reason)!.lapseAfter!.source}); until then record clock-resumed when what is awaited arrives`;
};

/** The transition table: every event type, the states it may be recorded in, its guards and where it leads. */
export const TRANSITIONS: { readonly [E in CaseEventType]: readonly Transition[] } = {
  acknowledged: [{ from: ['open', 'clock-stopped'], when: (_c, _f, run) => !run.acknowledgedOn, to: ['same'] }],
  allocated: [{ from: ['open', 'mediation', 'clock-stopped'], to: ['same'] }],
  'referred-back': [{ from: ['open'], to: ['outside-procedure'] }],
  'accepted-late': [{ from: ['open'], when: (ctx, fold, run) => run.index === 0 && !!ctx.policy.timeLimit?.discretion && !fold.acceptedLateOn, to: ['same'] }],
  'normal-business-confirmed': [
    { from: ['open'], when: (ctx, fold, run) => run.index === 0 && !!ctx.caseType.normalBusiness && !fold.normalBusiness, to: ['normal-business', 'same'] },
  ],
  'holding-response-sent': [{ from: ['open', 'mediation', 'clock-stopped'], to: ['same'] }],
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
  'response-received': [{ from: ANSWERED, when: (_c, _f, run) => run.respondedOn !== undefined && run.responseReceivedOn === undefined, to: ['same'] }],
  withdrawn: [{ from: ['open', 'mediation', 'awaiting-discretion', 'clock-stopped'], to: ['withdrawn'] }],
  'referred-to-ombudsman': [{ from: ['open', 'mediation', 'awaiting-discretion', 'clock-stopped', ...ANSWERED, ...ENDED], to: ['referred-to-ombudsman'] }],
  closed: [{ from: [...ANSWERED, ...ENDED, 'referred-to-ombudsman'], to: ['closed'] }],
  'agreed-actions-recorded': [{ from: ALL, to: ['same'] }],
  'delay-reason-recorded': [{ from: ALL, when: (_c, fold) => delayOwed(fold), to: ['same', 'responded'] }],
  'clock-stopped': [{ from: ['open'], when: hasClockStops, because: NO_CLOCK_STOPS, to: ['clock-stopped'] }],
  'clock-resumed': [{ from: ['clock-stopped'], when: stopEffect('pause'), because: WRONG_END, to: ['open'] }],
  'clock-restarted': [{ from: ['clock-stopped'], when: stopEffect('restart'), because: WRONG_END, to: ['open'] }],
  'request-lapsed': [{ from: ['clock-stopped'], when: mayLapse, because: NOT_LAPSED, to: ['lapsed'] }],
  // Correspondence goes on in every state (a closing letter, the ombudsman's enquiries): the preference may change any time.
  'language-preference-changed': [{ from: ALL, to: ['same'] }],
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
  const run = current(fold);
  if (t.when === undefined || t.when(ctx, fold, run, on)) return t;
  return { refused: typeof t.because === 'function' ? t.because(ctx, fold, run, on) : t.because };
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
