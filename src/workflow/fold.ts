/**
 * Internal: replays a case's events into its state, checking each event against the policy and the state.
 * The fold is a private, mutable working value; nothing here is returned to callers unfrozen.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../errors.js';
import type { Stage } from '../policies/schema.js';
import type { Context } from './context.js';
import { addCount, countOf, maximumCountOf, windowCountOf } from './dates.js';
import { EventOrderError, TransitionError } from './errors.js';
import type { Case, CaseEvent, CaseEventOf, CaseEventType, CaseStateName, Outcome } from './types.js';
import { checkStoredCase } from './validate.js';

/** One agreed extension, with what it did. */
export interface ExtensionRecord {
  readonly on: CalendarDate;
  readonly agreedOn: CalendarDate;
  readonly agreedWithComplainant: boolean;
  /** The due date it set. */
  readonly due: CalendarDate;
  /** Total calendar months, for a month-counted stage extended by months. */
  readonly calendarMonths?: number;
  readonly beyondMaximum: boolean;
  readonly afterOriginal: boolean;
}

/** One pass through a stage. */
export interface Run {
  readonly stage: string;
  readonly index: number;
  readonly def: Stage;
  /** Day 0 of the stage: the date of receipt for the first stage, else the request (or decision) date. */
  readonly startedOn: CalendarDate;
  /** What started it: `received`, `next-stage-requested`, `panel-requested`, `mediation-offered`, `discretion-decided`. */
  readonly startedBy: string;
  /** The date the complainant asked for this stage (differs from startedOn after a discretion decision). */
  readonly requestedOn: CalendarDate;
  readonly requestLate: boolean;
  discretion?: 'accepted' | undefined;
  acknowledgedOn?: CalendarDate | undefined;
  allocatedOn?: CalendarDate | undefined;
  allocatedRole?: string | undefined;
  statementAgreedOn?: CalendarDate | undefined;
  investigatorOn?: CalendarDate | undefined;
  independentPersonOn?: CalendarDate | undefined;
  holdingResponses: CalendarDate[];
  furtherQuestions: CalendarDate[];
  extensions: ExtensionRecord[];
  respondedOn?: CalendarDate | undefined;
  respondedBy?: CaseEventType | undefined;
  outcome?: Outcome | undefined;
  /** The due date in force when the response was sent. */
  dueAtResponse?: CalendarDate | undefined;
  late?: boolean | undefined;
  steps: Array<{ step: string; on: CalendarDate }>;
  hearingArrangedOn?: CalendarDate | undefined;
  hearingDate?: CalendarDate | undefined;
  hearingHeldOn?: CalendarDate | undefined;
  reportReceivedOn?: CalendarDate | undefined;
  mediationOfferedOn?: CalendarDate | undefined;
  mediationConcludedOn?: CalendarDate | undefined;
  mediationResolved?: boolean | undefined;
  delayRecordedOn?: CalendarDate | undefined;
  delayCode?: string | undefined;
}

/** A request for the next stage that came after its window, awaiting a decision. */
export interface PendingRequest {
  readonly on: CalendarDate;
  readonly stage: string;
  readonly index: number;
  readonly event: CaseEventType;
}

/** The replayed state of a case. */
export interface Fold {
  state: CaseStateName;
  readonly received: CalendarDate;
  /** True when the policy asks for a reason when a response is late (`delayReasons`). */
  readonly tracksDelay: boolean;
  readonly runs: Run[];
  lastOn: CalendarDate;
  normalBusiness?: { on: CalendarDate; inWindow: boolean } | undefined;
  acceptedLateOn?: CalendarDate | undefined;
  referredBack?: { on: CalendarDate; reason: string } | undefined;
  withdrawnOn?: CalendarDate | undefined;
  ombudsmanOn?: CalendarDate | undefined;
  closedOn?: CalendarDate | undefined;
  /** When the case stopped being worked (outside procedure, normal business, resolved, withdrawn, closed…). */
  endedOn?: CalendarDate | undefined;
  pending?: PendingRequest | undefined;
  refusedRequest?: PendingRequest | undefined;
  beforeMediation?: CaseStateName | undefined;
  actions: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates of a run
// ---------------------------------------------------------------------------------------------------------------

/** A target (acknowledgement, allocation…) as the policy defines it, with where it is. */
export interface TargetRef {
  readonly workingDays?: number | undefined;
  readonly calendarDays?: number | undefined;
  readonly from?: string | undefined;
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

/** A start date and what set it. */
export interface Start {
  readonly date: CalendarDate;
  readonly by: string;
  /** True when the event has not happened and its target date stands in for it. */
  readonly assumed: boolean;
}

function runStart(run: Run): Start {
  return { date: run.startedOn, by: run.startedBy, assumed: false };
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

/** The due date of a target for a run. */
export function targetDue(ctx: Context, run: Run, target: TargetRef): CalendarDate {
  return addCount(ctx.calendar, targetStart(ctx, run, target.from).date, countOf(target));
}

/** When the stage's clock starts: the event's date, or, before it happens, its target date (assumed). */
export function clockStart(ctx: Context, run: Run): Start {
  switch (run.def.clockStart) {
    case 'received':
    case 'requested':
      return runStart(run);
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

/** The panel dates of a panel stage: meeting, (hearing notice), report and final response, actual or assumed. */
export interface PanelDates {
  readonly meeting: CalendarDate;
  readonly meetingStart: Start;
  readonly notice?: CalendarDate;
  readonly reportStart: Start;
  readonly report: CalendarDate;
  readonly finalStart: Start;
  readonly final: CalendarDate;
}

/** The panel stage's dates (hearing assumed on the meeting due date until arranged; report assumed on its due date). */
export function panelDates(ctx: Context, run: Run): PanelDates | undefined {
  const panel = run.def.panel;
  if (!panel) return undefined;
  const cal = ctx.calendar;
  const meetingStart = runStart(run);
  const meeting = addCount(cal, meetingStart.date, countOf(panel.meetWithin));
  const hearing = run.hearingDate ?? meeting;
  const notice = panel.hearingNotice && run.hearingDate ? cal.subtractWorkingDays(run.hearingDate, panel.hearingNotice.workingDays ?? 0) : undefined;
  const reportStart: Start = run.hearingHeldOn
    ? { date: run.hearingHeldOn, by: 'hearing-held', assumed: false }
    : { date: hearing, by: 'hearing-held', assumed: true };
  const report = addCount(cal, reportStart.date, countOf(panel.report));
  const finalStart: Start = run.reportReceivedOn
    ? { date: run.reportReceivedOn, by: 'panel-report-received', assumed: false }
    : { date: report, by: 'panel-report-received', assumed: true };
  let final = addCount(cal, finalStart.date, countOf(panel.response));
  const last = run.extensions[run.extensions.length - 1];
  if (last && last.due > final) final = last.due;
  return notice === undefined
    ? { meeting, meetingStart, reportStart, report, finalStart, final }
    : { meeting, meetingStart, notice, reportStart, report, finalStart, final };
}

/** The stage's response due date before any extension (for a panel stage: the final response). */
export function originalDue(ctx: Context, run: Run): CalendarDate {
  if (run.def.panel) {
    const p = panelDates(ctx, run)!;
    return addCount(ctx.calendar, p.finalStart.date, countOf(run.def.panel.response));
  }
  return addCount(ctx.calendar, clockStart(ctx, run).date, countOf(run.def.timescale));
}

/** The response due date in force: the last extension's, else the original. */
export function currentDue(ctx: Context, run: Run): CalendarDate {
  const last = run.extensions[run.extensions.length - 1];
  return last ? last.due : originalDue(ctx, run);
}

/** The statutory (or preset) maximum for the stage's response, if the preset sets one. */
export function maximumDue(ctx: Context, run: Run): CalendarDate | undefined {
  const ext = run.def.extension;
  if (!ext || run.def.panel) return undefined;
  const max = maximumCountOf(ext);
  return max === undefined ? undefined : addCount(ctx.calendar, clockStart(ctx, run).date, max);
}

/** The due date the chasing ladder follows: for a panel stage, the meeting, then the report, then the final response. */
export function ladderDue(ctx: Context, run: Run): CalendarDate {
  const p = panelDates(ctx, run);
  if (!p) return currentDue(ctx, run);
  if (!run.hearingHeldOn) return p.meeting;
  if (!run.reportReceivedOn) return p.report;
  return currentDue(ctx, run);
}

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

/** The date the normal-business window closes. */
export function normalBusinessDue(ctx: Context, fold: Fold): CalendarDate | undefined {
  const nb = ctx.caseType.normalBusiness;
  const first = fold.runs[0];
  if (!nb || !first) return undefined;
  return targetDue(ctx, first, { ...nb, ruleId: '' });
}

/** True when a late response's reason is still owed on some stage. */
export function delayOwed(fold: Fold): boolean {
  return fold.tracksDelay && fold.runs.some((r) => r.late === true && r.delayRecordedOn === undefined);
}

/** The current run. */
export function current(fold: Fold): Run {
  return fold.runs[fold.runs.length - 1]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Replay
// ---------------------------------------------------------------------------------------------------------------

function newRun(ctx: Context, index: number, startedOn: CalendarDate, startedBy: string, requestedOn: CalendarDate, requestLate: boolean): Run {
  return {
    stage: ctx.stageIds[index]!,
    index,
    def: ctx.stages[index]!,
    startedOn,
    startedBy,
    requestedOn,
    requestLate,
    // Every field is present from the start (undefined until its event), so every run has the same shape and the
    // code reading runs stays fast.
    discretion: undefined,
    acknowledgedOn: undefined,
    allocatedOn: undefined,
    allocatedRole: undefined,
    statementAgreedOn: undefined,
    investigatorOn: undefined,
    independentPersonOn: undefined,
    holdingResponses: [],
    furtherQuestions: [],
    extensions: [],
    respondedOn: undefined,
    respondedBy: undefined,
    outcome: undefined,
    dueAtResponse: undefined,
    late: undefined,
    steps: [],
    hearingArrangedOn: undefined,
    hearingDate: undefined,
    hearingHeldOn: undefined,
    reportReceivedOn: undefined,
    mediationOfferedOn: undefined,
    mediationConcludedOn: undefined,
    mediationResolved: undefined,
    delayRecordedOn: undefined,
    delayCode: undefined,
  };
}

/** The state of a freshly opened case. */
export function initialFold(ctx: Context, received: CalendarDate): Fold {
  // Every field present from the start, as in a run.
  return {
    state: 'open',
    received,
    tracksDelay: ctx.policy.delayReasons !== undefined,
    runs: [newRun(ctx, 0, received, 'received', received, false)],
    lastOn: received,
    normalBusiness: undefined,
    acceptedLateOn: undefined,
    referredBack: undefined,
    withdrawnOn: undefined,
    ombudsmanOn: undefined,
    closedOn: undefined,
    endedOn: undefined,
    pending: undefined,
    refusedRequest: undefined,
    beforeMediation: undefined,
    actions: 0,
  };
}

/** The index of the next stage reachable from `from` (skipping optional stages) that satisfies `test`. */
function reachable(ctx: Context, from: number, test: (s: Stage, i: number) => boolean): number | undefined {
  for (let i = from + 1; i < ctx.stages.length; i++) {
    const s = ctx.stages[i]!;
    if (test(s, i)) return i;
    if (!s.optional) return undefined;
  }
  return undefined;
}

/** The stage a next-stage request goes to by default: the escalation target, else the next stage. */
function defaultNextStage(ctx: Context, run: Run): number | undefined {
  const to = run.def.escalation?.to;
  if (to !== undefined) {
    const i = ctx.stageIds.indexOf(to);
    return i > run.index ? i : undefined;
  }
  return run.index + 1 < ctx.stages.length ? run.index + 1 : undefined;
}

/** True for a review-panel stage. */
const isPanel = (s: Stage): boolean => s.panel !== undefined;

/**
 * True when {@link allowedEvents} certainly includes `type`, for the events most often recorded while a stage is
 * worked, without building the list; false means "not known here: ask allowedEvents". A subset of its rules, so
 * it never allows more (a test checks this against allowedEvents).
 */
export function surelyAllowed(fold: Fold, type: CaseEventType): boolean {
  if (type === 'agreed-actions-recorded') return true;
  if (fold.state !== 'open') return false;
  const run = fold.runs[fold.runs.length - 1]!;
  switch (type) {
    case 'acknowledged':
      return !run.acknowledgedOn;
    case 'allocated':
    case 'referred-back':
    case 'holding-response-sent':
    case 'investigator-appointed':
    case 'independent-person-appointed':
    case 'withdrawn':
    case 'referred-to-ombudsman':
      return true;
    case 'extension-agreed':
      return run.def.extension !== undefined;
    case 'response-sent':
      return run.def.panel === undefined;
    default:
      return false;
  }
}

/** The event types allowed in the fold's state (the ones whose date also matters are checked when applied). */
export function allowedEvents(ctx: Context, fold: Fold): CaseEventType[] {
  const run = current(fold);
  const out: CaseEventType[] = [];
  const hasNext = defaultNextStage(ctx, run) !== undefined;
  const panelNext = reachable(ctx, run.index, isPanel) !== undefined;
  switch (fold.state) {
    case 'open': {
      if (!run.acknowledgedOn) out.push('acknowledged');
      out.push('allocated', 'referred-back');
      if (run.index === 0 && ctx.policy.timeLimit?.discretion && !fold.acceptedLateOn) out.push('accepted-late');
      if (run.index === 0 && ctx.caseType.normalBusiness && !fold.normalBusiness) out.push('normal-business-confirmed');
      out.push('holding-response-sent');
      if (run.def.extension) out.push('extension-agreed');
      if (run.def.panel) {
        if (!run.hearingHeldOn) out.push('hearing-arranged');
        if (run.hearingDate && !run.hearingHeldOn) out.push('hearing-held');
        if (run.hearingHeldOn && !run.reportReceivedOn) out.push('panel-report-received');
        if (run.reportReceivedOn) out.push('final-response-sent');
      } else {
        out.push('response-sent');
      }
      if (run.def.steps && run.def.steps.length > run.steps.length) out.push('step-completed');
      if (!run.mediationOfferedOn) out.push('mediation-offered');
      out.push('investigator-appointed', 'independent-person-appointed');
      if (!run.statementAgreedOn) out.push('statement-agreed');
      if (hasNext) out.push('next-stage-requested');
      if (panelNext) out.push('panel-requested');
      out.push('withdrawn', 'referred-to-ombudsman');
      break;
    }
    case 'mediation':
      out.push('mediation-concluded', 'allocated', 'holding-response-sent');
      if (!run.respondedOn && !run.def.panel) out.push('response-sent');
      if (!run.respondedOn && run.def.extension) out.push('extension-agreed');
      out.push('withdrawn', 'referred-to-ombudsman');
      break;
    case 'awaiting-discretion':
      out.push('discretion-decided', 'withdrawn', 'referred-to-ombudsman');
      break;
    case 'responded':
    case 'delay-reason-awaited':
      if (hasNext) out.push('next-stage-requested');
      if (panelNext) out.push('panel-requested');
      out.push('further-questions-answered');
      if (run.def.steps && run.def.steps.length > run.steps.length) out.push('step-completed');
      if (!run.mediationOfferedOn) out.push('mediation-offered');
      out.push('referred-to-ombudsman', 'closed');
      break;
    case 'resolved':
    case 'normal-business':
    case 'outside-procedure':
    case 'withdrawn':
      out.push('referred-to-ombudsman', 'closed');
      break;
    case 'referred-to-ombudsman':
      out.push('closed');
      break;
    case 'closed':
      break;
  }
  out.push('agreed-actions-recorded');
  if (delayOwed(fold)) out.push('delay-reason-recorded');
  return out;
}

function refuse(ctx: Context, fold: Fold, type: CaseEventType, why?: string): never {
  throw new TransitionError(fold.state, type, allowedEvents(ctx, fold), why);
}

function afterResponse(fold: Fold): CaseStateName {
  return delayOwed(fold) ? 'delay-reason-awaited' : 'responded';
}

function respond(ctx: Context, fold: Fold, run: Run, on: CalendarDate, by: CaseEventType, outcome?: Outcome): void {
  const due = currentDue(ctx, run);
  run.respondedOn = on;
  run.respondedBy = by;
  if (outcome !== undefined) run.outcome = outcome;
  run.dueAtResponse = due;
  run.late = on > due;
  fold.state = afterResponse(fold);
}

function startRun(ctx: Context, fold: Fold, index: number, on: CalendarDate, by: string, requestedOn: CalendarDate, late: boolean): Run {
  const run = newRun(ctx, index, on, by, requestedOn, late);
  fold.runs.push(run);
  fold.state = 'open';
  return run;
}

function resolveTarget(ctx: Context, fold: Fold, run: Run, type: CaseEventType, stage: string | undefined, path: string): number {
  if (type === 'panel-requested') {
    const i = reachable(ctx, run.index, isPanel);
    if (i === undefined) refuse(ctx, fold, type, 'no review-panel stage follows the current stage');
    return i;
  }
  if (stage === undefined) {
    const i = defaultNextStage(ctx, run);
    if (i === undefined) refuse(ctx, fold, type, 'the current stage is the last');
    return i;
  }
  const i = ctx.stageIds.indexOf(stage);
  if (i === -1) {
    throw new InvalidArgumentError(`${path}.stage`, `must be one of the case type's stages: ${ctx.stageIds.join(', ')}`);
  }
  if (i <= run.index || reachable(ctx, run.index, (_s, j) => j === i) === undefined) {
    throw new InvalidArgumentError(`${path}.stage`, 'must be a later stage reachable from the current one (only optional stages may be skipped)');
  }
  return i;
}

function requestNextStage(ctx: Context, fold: Fold, run: Run, e: CaseEventOf<'next-stage-requested'> | CaseEventOf<'panel-requested'>, path: string): void {
  const index = resolveTarget(ctx, fold, run, e.type, e.type === 'next-stage-requested' ? e.stage : undefined, path);
  if (fold.state === 'open') {
    // A complainant may ask for the next stage when the current stage's response is overdue (Swindon seed:
    // "the complainant can request to progress to Stage 2 if there is a delay in responding to Stage 1").
    if (!(e.on > currentDue(ctx, run))) refuse(ctx, fold, e.type, 'the current stage has not been answered and its response is not yet overdue');
    startRun(ctx, fold, index, e.on, e.type, e.on, false);
    return;
  }
  const windowDue = requestWindowDue(ctx, run);
  const late = windowDue !== undefined && e.on > windowDue;
  if (late && run.def.escalation?.lateRequestNeedsDiscretion) {
    fold.pending = { on: e.on, stage: ctx.stageIds[index]!, index, event: e.type };
    fold.state = 'awaiting-discretion';
    return;
  }
  startRun(ctx, fold, index, e.on, e.type, e.on, late);
}

const BUILT_IN_REASONS = ['court-proceedings', 'out-of-time', 'not-eligible'];

function agreeExtension(ctx: Context, run: Run, e: CaseEventOf<'extension-agreed'>, path: string): ExtensionRecord {
  const given = [e.newDueDate !== undefined, e.workingDays !== undefined, e.calendarMonths !== undefined].filter(Boolean).length;
  if (given !== 1) throw new InvalidArgumentError(path, 'give exactly one of newDueDate, workingDays or calendarMonths');
  const cal = ctx.calendar;
  const before = currentDue(ctx, run);
  const months = run.def.panel ? undefined : run.def.timescale.calendarMonths;
  let due: CalendarDate;
  let field: string;
  let totalMonths: number | undefined;
  if (e.newDueDate !== undefined) {
    field = `${path}.newDueDate`;
    if (!cal.isWorkingDay(e.newDueDate)) throw new InvalidArgumentError(field, "must be a working day on the policy's calendar");
    due = e.newDueDate;
  } else if (e.workingDays !== undefined) {
    field = `${path}.workingDays`;
    if (months !== undefined) throw new InvalidArgumentError(field, 'this stage counts calendar months: give calendarMonths or newDueDate');
    due = cal.addWorkingDays(before, e.workingDays);
  } else {
    field = `${path}.calendarMonths`;
    if (months === undefined) throw new InvalidArgumentError(field, 'this stage counts working days: give workingDays or newDueDate');
    const previous = [...run.extensions].reverse().find((x) => x.calendarMonths !== undefined)?.calendarMonths ?? months;
    totalMonths = previous + e.calendarMonths!;
    due = cal.addCalendarMonths(clockStart(ctx, run).date, totalMonths);
  }
  if (!(due > before)) throw new InvalidArgumentError(field, 'must give a due date after the one in force');
  const max = maximumDue(ctx, run);
  const beyond = max !== undefined && due > max;
  if (beyond && !run.def.extension!.localDateMayExceed) {
    throw new InvalidArgumentError(field, "takes the response beyond the maximum the policy allows for this stage, and the policy does not allow a later local date");
  }
  const agreedOn = e.agreedOn ?? e.on;
  if (agreedOn > e.on) throw new InvalidArgumentError(`${path}.agreedOn`, 'must not be after the date the extension was recorded (on)');
  const record: ExtensionRecord = {
    on: e.on,
    agreedOn,
    agreedWithComplainant: e.agreedWithComplainant,
    due,
    beyondMaximum: beyond,
    afterOriginal: agreedOn > originalDue(ctx, run),
  };
  return totalMonths === undefined ? record : { ...record, calendarMonths: totalMonths };
}

/**
 * Applies one validated event to the fold (mutating it), or throws when the event is not allowed.
 * `path` names the event in errors (e.g. `event` or `events[3]`).
 */
export function step(ctx: Context, fold: Fold, e: CaseEvent, path = 'event'): void {
  if (e.on < fold.received) throw new EventOrderError(`${path}.on`, 'must not be before the date of receipt');
  if (e.on < fold.lastOn) throw new EventOrderError(`${path}.on`, 'must not be before the date of the previous event');
  if (!surelyAllowed(fold, e.type) && !allowedEvents(ctx, fold).includes(e.type)) refuse(ctx, fold, e.type);
  const run = current(fold);
  switch (e.type) {
    case 'acknowledged':
      run.acknowledgedOn = e.on;
      break;
    case 'allocated':
      if (!Object.prototype.hasOwnProperty.call(ctx.policy.roles, e.role)) {
        throw new InvalidArgumentError(`${path}.role`, `must be one of the policy's roles: ${Object.keys(ctx.policy.roles).join(', ')}`);
      }
      run.allocatedOn ??= e.on;
      run.allocatedRole = e.role;
      break;
    case 'referred-back': {
      // The built-in reasons and the policy's own, each once (a preset may list a built-in one with its source).
      const ids = [...new Set([...BUILT_IN_REASONS, ...ctx.policy.outsideProcedure.map((o) => o.id)])];
      if (!ids.includes(e.reason)) throw new InvalidArgumentError(`${path}.reason`, `must be one of ${ids.join(', ')}`);
      fold.referredBack = { on: e.on, reason: e.reason };
      fold.state = 'outside-procedure';
      fold.endedOn = e.on;
      break;
    }
    case 'accepted-late':
      fold.acceptedLateOn = e.on;
      break;
    case 'normal-business-confirmed': {
      const inWindow = e.on <= normalBusinessDue(ctx, fold)!;
      fold.normalBusiness = { on: e.on, inWindow };
      if (inWindow) {
        fold.state = 'normal-business';
        fold.endedOn = e.on;
      }
      break;
    }
    case 'holding-response-sent':
      run.holdingResponses.push(e.on);
      break;
    case 'extension-agreed': {
      const record = agreeExtension(ctx, run, e, path);
      run.extensions.push(record);
      break;
    }
    case 'response-sent':
      if (ctx.complaint && e.outcome === undefined) {
        throw new InvalidArgumentError(`${path}.outcome`, 'is required for a complaint response: upheld, partly-upheld or not-upheld');
      }
      respond(ctx, fold, run, e.on, e.type, e.outcome);
      break;
    case 'further-questions-answered':
      run.furtherQuestions.push(e.on);
      break;
    case 'next-stage-requested':
    case 'panel-requested':
      requestNextStage(ctx, fold, run, e, path);
      break;
    case 'discretion-decided': {
      const p = fold.pending!;
      fold.pending = undefined;
      if (e.accepted) {
        const next = startRun(ctx, fold, p.index, e.on, 'discretion-decided', p.on, true);
        next.discretion = 'accepted';
      } else {
        fold.refusedRequest = p;
        fold.state = 'outside-procedure';
        fold.endedOn = e.on;
      }
      break;
    }
    case 'mediation-offered': {
      if (fold.state !== 'open') {
        const next = reachable(ctx, run.index, () => true);
        const nextDef = next === undefined ? undefined : ctx.stages[next];
        if (next !== undefined && nextDef?.optional) {
          const m = startRun(ctx, fold, next, e.on, e.type, e.on, false);
          m.mediationOfferedOn = e.on;
          fold.beforeMediation = 'open';
          fold.state = 'mediation';
          break;
        }
      }
      run.mediationOfferedOn = e.on;
      fold.beforeMediation = fold.state;
      fold.state = 'mediation';
      break;
    }
    case 'mediation-concluded':
      run.mediationConcludedOn = e.on;
      run.mediationResolved = e.resolved;
      if (e.resolved) {
        if (!run.respondedOn) respond(ctx, fold, run, e.on, e.type);
        fold.state = 'resolved';
        fold.endedOn = e.on;
      } else if (run.def.optional && !run.respondedOn) {
        respond(ctx, fold, run, e.on, e.type);
      } else {
        const back = fold.beforeMediation ?? 'open';
        fold.state = back === 'open' ? 'open' : afterResponse(fold);
      }
      fold.beforeMediation = undefined;
      break;
    case 'investigator-appointed':
      run.investigatorOn = e.on;
      break;
    case 'independent-person-appointed':
      run.independentPersonOn = e.on;
      break;
    case 'statement-agreed':
      run.statementAgreedOn = e.on;
      break;
    case 'hearing-arranged':
      if (e.hearingDate < e.on) throw new InvalidArgumentError(`${path}.hearingDate`, 'must not be before the date the hearing was arranged');
      run.hearingArrangedOn = e.on;
      run.hearingDate = e.hearingDate;
      break;
    case 'hearing-held':
      run.hearingHeldOn = e.on;
      break;
    case 'panel-report-received':
      run.reportReceivedOn = e.on;
      break;
    case 'final-response-sent':
      respond(ctx, fold, run, e.on, e.type, e.outcome);
      break;
    case 'referred-to-ombudsman':
      fold.ombudsmanOn = e.on;
      fold.state = 'referred-to-ombudsman';
      fold.endedOn ??= e.on;
      break;
    case 'withdrawn':
      fold.withdrawnOn = e.on;
      fold.state = 'withdrawn';
      fold.endedOn = e.on;
      break;
    case 'closed':
      fold.closedOn = e.on;
      fold.state = 'closed';
      fold.endedOn ??= e.on;
      break;
    case 'agreed-actions-recorded':
      fold.actions += e.actions.length;
      break;
    case 'delay-reason-recorded': {
      const codes = ctx.policy.delayReasons!.codes.map((c) => c.code);
      if (!codes.includes(e.code)) throw new InvalidArgumentError(`${path}.code`, `must be one of the policy's delay-reason codes: ${codes.join(', ')}`);
      const owed = fold.runs.find((r) => r.late === true && r.delayRecordedOn === undefined)!;
      owed.delayRecordedOn = e.on;
      owed.delayCode = e.code;
      if (fold.state === 'delay-reason-awaited' && !delayOwed(fold)) fold.state = 'responded';
      break;
    }
    case 'step-completed': {
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
      if (!ctx.complaint && run.steps.length === steps.length && !run.respondedOn) respond(ctx, fold, run, e.on, e.type);
      break;
    }
  }
  fold.lastOn = e.on;
}

/**
 * Replays a case's events (optionally only those on or before `through`). A case read back from storage is checked
 * first (dates, event types, the fields the fold reads: see `checkStoredCase`); errors name `<root>.events[i].<field>`
 * (`root` is `case` by default, e.g. `cases[3]` for the fourth case of a list).
 */
export function replay(ctx: Context, kase: Case, through?: CalendarDate, root = 'case'): Fold {
  checkStoredCase(kase, root);
  return replayChecked(ctx, kase, through, root);
}

/** {@link replay} of a case already checked (or made by openCase or applyEvent). */
export function replayChecked(ctx: Context, kase: Case, through?: CalendarDate, root = 'case'): Fold {
  const fold = initialFold(ctx, kase.received);
  const events = kase.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (through !== undefined && e.on > through) break;
    step(ctx, fold, e, `${root}.events[${i}]`);
  }
  return fold;
}
