/**
 * The reducer: applies one validated event to a replayed case (mutating the internal `Fold`), or throws when the
 * event is not allowed. Which events are allowed, and where each may lead, is the transition table's
 * (`machine.ts`); what each event records is here, one handler per event type. The handlers are a mapped type over
 * every event type: a new event type without a handler fails to compile.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Context } from './context.js';
import { EventOrderError } from './errors.js';
import type { CaseEvent, CaseEventOf, CaseEventType, Outcome } from './events.js';
import { defaultNextStage, isPanel, reachable, refuse, transitionFor } from './machine.js';
import { clockStopOf, openStop } from './rules/clock-stops.js';
import { normalBusinessDue } from './rules/normal-business.js';
import { requestWindowDue } from './rules/request-window.js';
import { agreeExtension, currentDue } from './rules/response-due.js';
import { current, delayOwed, newRun, type Fold, type Run } from './snapshot.js';
import type { CaseStateName } from './types.js';

/** The state after a response: waiting for a delay reason when one is owed, else responded. */
function afterResponse(fold: Fold): CaseStateName {
  return delayOwed(fold) ? 'delay-reason-awaited' : 'responded';
}

/** Records the stage's response and returns the state after it. */
function respond(ctx: Context, fold: Fold, run: Run, on: CalendarDate, by: CaseEventType, outcome?: Outcome): CaseStateName {
  const due = currentDue(ctx, run);
  run.respondedOn = on;
  run.respondedBy = by;
  if (outcome !== undefined) run.outcome = outcome;
  run.dueAtResponse = due;
  run.late = on > due;
  return afterResponse(fold);
}

function startRun(ctx: Context, fold: Fold, index: number, on: CalendarDate, by: string, requestedOn: CalendarDate, late: boolean): Run {
  const run = newRun(ctx, index, on, by, requestedOn, late);
  fold.runs.push(run);
  return run;
}

function resolveTarget(ctx: Context, run: Run, e: CaseEventOf<'next-stage-requested'> | CaseEventOf<'panel-requested'>, path: string): number {
  // The transition table has already refused a request with nowhere to go (machine.ts: panelNext, hasNext, the same
  // questions about the same stage).
  if (e.type === 'panel-requested') return reachable(ctx, run.index, isPanel)!;
  const stage = e.stage;
  if (stage === undefined) return defaultNextStage(ctx, run)!;
  const i = ctx.stageIds.indexOf(stage);
  if (i === -1) {
    throw new InvalidArgumentError(`${path}.stage`, `must be one of the case type's stages: ${ctx.stageIds.join(', ')}`);
  }
  if (i <= run.index || reachable(ctx, run.index, (_s, j) => j === i) === undefined) {
    throw new InvalidArgumentError(`${path}.stage`, 'must be a later stage reachable from the current one (only optional stages may be skipped)');
  }
  return i;
}

function requestNextStage(ctx: Context, fold: Fold, run: Run, e: CaseEventOf<'next-stage-requested'> | CaseEventOf<'panel-requested'>, path: string): CaseStateName {
  const index = resolveTarget(ctx, run, e, path);
  if (fold.state === 'open') {
    // A complainant may ask for the next stage when the current stage's response is overdue (Swindon seed:
    // "the complainant can request to progress to Stage 2 if there is a delay in responding to Stage 1"). The
    // table's guard says the same for a date; the refusal lists what is allowed on that date.
    const t = transitionFor(ctx, fold, e.type, e.on);
    if (!('to' in t)) refuse(ctx, fold, e.type, e.on, t.refused, path);
    startRun(ctx, fold, index, e.on, e.type, e.on, false);
    return 'open';
  }
  const windowDue = requestWindowDue(ctx, run);
  const late = windowDue !== undefined && e.on > windowDue;
  if (late && run.def.escalation?.lateRequestNeedsDiscretion) {
    fold.pending = { on: e.on, stage: ctx.stageIds[index]!, index, event: e.type };
    return 'awaiting-discretion';
  }
  startRun(ctx, fold, index, e.on, e.type, e.on, late);
  return 'open';
}

const BUILT_IN_REASONS = ['court-proceedings', 'out-of-time', 'not-eligible'];

/** Stops the clock for one of the case type's mechanisms; refuses one the preset does not list or not yet in force. */
function stopClock(ctx: Context, fold: Fold, run: Run, e: CaseEventOf<'clock-stopped'>, path: string): CaseStateName {
  const def = clockStopOf(ctx, e.reason);
  const stops = ctx.caseType.clockStops ?? {};
  if (def === undefined) {
    const list = Object.entries(stops)
      .map(([id, s]) => `${id} (${s.effect}, ${s.source})`)
      .join('; ');
    refuse(
      ctx,
      fold,
      e.type,
      e.on,
      `the preset '${ctx.policy.id}' does not let case type '${ctx.caseTypeId}' stop its clock for that reason: its clock stops are ${list}; for more time agreed with the complainant record extension-agreed`,
      path,
    );
  }
  if (fold.received < def.effectiveFrom) {
    refuse(
      ctx,
      fold,
      e.type,
      e.on,
      `the preset '${ctx.policy.id}' allows '${e.reason}' (${def.source}) only for cases received on or after ${def.effectiveFrom}, the date it took effect; this case was received before it, under the earlier law: record extension-agreed where more time is agreed`,
      path,
    );
  }
  run.clockStops.push({ reason: e.reason, title: def.title, effect: def.effect, source: def.source, from: e.on, until: undefined, endedBy: undefined });
  return 'clock-stopped';
}

/** Ends the open stop of the clock on `on`, the way the event says. */
function endStop(run: Run, on: CalendarDate, by: 'clock-resumed' | 'clock-restarted' | 'request-lapsed'): void {
  const i = run.clockStops.length - 1;
  run.clockStops[i] = { ...openStop(run)!, until: on, endedBy: by };
}

/** What an event records; returns the state it leads to (`same`: unchanged). */
type Handler<E extends CaseEventType> = (ctx: Context, fold: Fold, run: Run, e: CaseEventOf<E>, path: string) => CaseStateName | 'same';

const SAME = 'same' as const;

/** One handler per event type (a mapped type: every event type must have one). */
const HANDLERS: { readonly [E in CaseEventType]: Handler<E> } = {
  acknowledged: (_ctx, _fold, run, e) => {
    run.acknowledgedOn = e.on;
    return SAME;
  },
  allocated: (ctx, _fold, run, e, path) => {
    if (!Object.prototype.hasOwnProperty.call(ctx.policy.roles, e.role)) {
      throw new InvalidArgumentError(`${path}.role`, `must be one of the policy's roles: ${Object.keys(ctx.policy.roles).join(', ')}`);
    }
    run.allocatedOn ??= e.on;
    run.allocatedRole = e.role;
    return SAME;
  },
  'referred-back': (ctx, fold, _run, e, path) => {
    // The built-in reasons and the policy's own, each once (a preset may list a built-in one with its source).
    const ids = [...new Set([...BUILT_IN_REASONS, ...ctx.policy.outsideProcedure.map((o) => o.id)])];
    if (!ids.includes(e.reason)) throw new InvalidArgumentError(`${path}.reason`, `must be one of ${ids.join(', ')}`);
    fold.referredBack = { on: e.on, reason: e.reason };
    fold.endedOn = e.on;
    return 'outside-procedure';
  },
  'accepted-late': (_ctx, fold, _run, e) => {
    fold.acceptedLateOn = e.on;
    return SAME;
  },
  'normal-business-confirmed': (ctx, fold, _run, e) => {
    const inWindow = e.on <= normalBusinessDue(ctx, fold);
    fold.normalBusiness = { on: e.on, inWindow };
    if (!inWindow) return SAME;
    fold.endedOn = e.on;
    return 'normal-business';
  },
  'holding-response-sent': (_ctx, _fold, run, e) => {
    run.holdingResponses.push(e.on);
    return SAME;
  },
  'extension-agreed': (ctx, _fold, run, e, path) => {
    run.extensions.push(agreeExtension(ctx, run, e, path));
    return SAME;
  },
  'response-sent': (ctx, fold, run, e, path) => {
    if (ctx.complaint && e.outcome === undefined) {
      throw new InvalidArgumentError(`${path}.outcome`, 'is required for a complaint response: upheld, partly-upheld or not-upheld');
    }
    return respond(ctx, fold, run, e.on, e.type, e.outcome);
  },
  'response-received': (_ctx, _fold, run, e, path) => {
    const received = e.receivedOn ?? e.on;
    if (received > e.on) throw new InvalidArgumentError(`${path}.receivedOn`, 'must not be after the date the receipt was recorded (on)');
    if (received < run.respondedOn!) throw new InvalidArgumentError(`${path}.receivedOn`, 'must not be before the day the response was sent');
    run.responseReceivedOn = received;
    return SAME;
  },
  'further-questions-answered': (_ctx, _fold, run, e) => {
    run.furtherQuestions.push(e.on);
    return SAME;
  },
  'next-stage-requested': (ctx, fold, run, e, path) => requestNextStage(ctx, fold, run, e, path),
  'panel-requested': (ctx, fold, run, e, path) => requestNextStage(ctx, fold, run, e, path),
  'discretion-decided': (ctx, fold, _run, e) => {
    const p = fold.pending!;
    fold.pending = undefined;
    if (e.accepted) {
      const next = startRun(ctx, fold, p.index, e.on, 'discretion-decided', p.on, true);
      next.discretion = 'accepted';
      return 'open';
    }
    fold.refusedRequest = p;
    fold.endedOn = e.on;
    return 'outside-procedure';
  },
  'mediation-offered': (ctx, fold, run, e) => {
    if (fold.state !== 'open') {
      const next = reachable(ctx, run.index, () => true);
      const nextDef = next === undefined ? undefined : ctx.stages[next];
      if (next !== undefined && nextDef?.optional) {
        const m = startRun(ctx, fold, next, e.on, e.type, e.on, false);
        m.mediationOfferedOn = e.on;
        fold.beforeMediation = 'open';
        return 'mediation';
      }
    }
    run.mediationOfferedOn = e.on;
    fold.beforeMediation = fold.state;
    return 'mediation';
  },
  'mediation-concluded': (ctx, fold, run, e) => {
    run.mediationConcludedOn = e.on;
    run.mediationResolved = e.resolved;
    // Mediation is entered only by mediation-offered, which records the state it left.
    const back = fold.beforeMediation!;
    fold.beforeMediation = undefined;
    if (e.resolved) {
      if (!run.respondedOn) respond(ctx, fold, run, e.on, e.type);
      fold.endedOn = e.on;
      return 'resolved';
    }
    if (run.def.optional && !run.respondedOn) return respond(ctx, fold, run, e.on, e.type);
    return back === 'open' ? 'open' : afterResponse(fold);
  },
  'investigator-appointed': (_ctx, _fold, run, e) => {
    run.investigatorOn = e.on;
    return SAME;
  },
  'independent-person-appointed': (_ctx, _fold, run, e) => {
    run.independentPersonOn = e.on;
    return SAME;
  },
  'statement-agreed': (_ctx, _fold, run, e) => {
    run.statementAgreedOn = e.on;
    return SAME;
  },
  'hearing-arranged': (_ctx, _fold, run, e, path) => {
    if (e.hearingDate < e.on) throw new InvalidArgumentError(`${path}.hearingDate`, 'must not be before the date the hearing was arranged');
    run.hearingArrangedOn = e.on;
    run.hearingDate = e.hearingDate;
    return SAME;
  },
  'hearing-held': (_ctx, _fold, run, e) => {
    run.hearingHeldOn = e.on;
    return SAME;
  },
  'panel-report-received': (_ctx, _fold, run, e) => {
    run.reportReceivedOn = e.on;
    return SAME;
  },
  'final-response-sent': (ctx, fold, run, e) => respond(ctx, fold, run, e.on, e.type, e.outcome),
  'referred-to-ombudsman': (_ctx, fold, _run, e) => {
    fold.ombudsmanOn = e.on;
    fold.endedOn ??= e.on;
    return 'referred-to-ombudsman';
  },
  withdrawn: (_ctx, fold, _run, e) => {
    fold.withdrawnOn = e.on;
    fold.endedOn = e.on;
    return 'withdrawn';
  },
  closed: (_ctx, fold, _run, e) => {
    fold.closedOn = e.on;
    fold.endedOn ??= e.on;
    return 'closed';
  },
  'agreed-actions-recorded': (_ctx, fold, _run, e) => {
    fold.actions += e.actions.length;
    return SAME;
  },
  'delay-reason-recorded': (ctx, fold, _run, e, path) => {
    const codes = ctx.policy.delayReasons!.codes.map((c) => c.code);
    if (!codes.includes(e.code)) throw new InvalidArgumentError(`${path}.code`, `must be one of the policy's delay-reason codes: ${codes.join(', ')}`);
    const owed = fold.runs.find((r) => r.late === true && r.delayRecordedOn === undefined)!;
    owed.delayRecordedOn = e.on;
    owed.delayCode = e.code;
    return fold.state === 'delay-reason-awaited' && !delayOwed(fold) ? 'responded' : SAME;
  },
  'clock-stopped': (ctx, fold, run, e, path) => stopClock(ctx, fold, run, e, path),
  'clock-resumed': (_ctx, _fold, run, e) => {
    endStop(run, e.on, e.type);
    return 'open';
  },
  'clock-restarted': (_ctx, _fold, run, e) => {
    endStop(run, e.on, e.type);
    return 'open';
  },
  'request-lapsed': (ctx, fold, run, e, path) => {
    // The lapse depends on the date (FOIA 2000 s.9(2): three months from the fees notice): checked now.
    const t = transitionFor(ctx, fold, e.type, e.on);
    if (!('to' in t)) refuse(ctx, fold, e.type, e.on, t.refused, path);
    endStop(run, e.on, e.type);
    fold.lapsedOn = e.on;
    fold.endedOn = e.on;
    return 'lapsed';
  },
  'language-preference-changed': (_ctx, fold, _run, e) => {
    fold.language = e.language;
    return SAME;
  },
  'step-completed': (ctx, fold, run, e, path) => {
    const steps = run.def.steps!;
    const expected = steps[run.steps.length]!;
    if (e.step !== expected.id) {
      const ids = steps.map((s) => s.id);
      throw new InvalidArgumentError(
        `${path}.step`,
        ids.includes(e.step) ? `must be the next step of the stage, '${expected.id}' (steps: ${ids.join(', ')})` : `must be a step of the stage: ${ids.join(', ')}`,
      );
    }
    run.steps.push({ step: e.step, on: e.on });
    // For an enquiry or an information request, the last step (e.g. "sent") is the response. A complaint's
    // response is recorded with response-sent, which carries the outcome; its steps may run on after it
    // (Swindon: the stage-1 letter is logged by the complaints manager after it is sent).
    if (!ctx.complaint && run.steps.length === steps.length && !run.respondedOn) return respond(ctx, fold, run, e.on, e.type);
    return SAME;
  },
};

/**
 * Applies one validated event to the fold (mutating it), or throws when the event is not allowed (a
 * TransitionError from the table), is out of order (EventOrderError) or breaks a rule of the policy.
 * `path` names the event in errors (e.g. `event` or `case.events[3]`).
 */
export function reduce(ctx: Context, fold: Fold, e: CaseEvent, path: string): void {
  if (e.on < fold.received) throw new EventOrderError(`${path}.on`, 'must not be before the date of receipt');
  if (e.on < fold.lastOn) throw new EventOrderError(`${path}.on`, 'must not be before the date of the previous event');
  // Date-dependent guards are applied by the handler after the event's own fields are checked (see requestNextStage).
  const t = transitionFor(ctx, fold, e.type, undefined);
  if (!('to' in t)) refuse(ctx, fold, e.type, e.on, t.refused, path);
  const next = (HANDLERS[e.type] as Handler<CaseEventType>)(ctx, fold, current(fold), e, path);
  if (next !== SAME) fold.state = next;
  fold.lastOn = e.on;
}
