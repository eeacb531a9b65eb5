/**
 * The state of a case after its events are replayed, in two views:
 *
 * - {@link CaseSnapshot} / {@link StageSnapshot}: the read-only view every reader outside the workflow uses
 *   (templates, reporting, the CLI, a council's own code), from `Workflow.snapshot` or `Workflow.replay`.
 * - `Fold` / `Run`: the same objects as the reducer builds them, mutable, internal to the workflow. A `Fold` IS a
 *   `CaseSnapshot` (the public interfaces only list fields as `readonly` and leave out the policy's stage
 *   definition), so giving a snapshot to a reader costs nothing.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/index.js';
import type { Stage } from '../policies/index.js';
import type { Context } from './context.js';
import type { CaseEventType, CaseStateName, Outcome } from './types.js';

/** One agreed extension of a stage, as a reader sees it. */
export interface ExtensionSnapshot {
  /** The date it was recorded. */
  readonly on: CalendarDate;
  /** The date it was agreed (at most `on`). */
  readonly agreedOn: CalendarDate;
  readonly agreedWithComplainant: boolean;
  /** The due date it set. */
  readonly due: CalendarDate;
  /** Total calendar months, for a month-counted stage extended by months. */
  readonly calendarMonths?: number;
  /** True when it goes beyond the stage's maximum (allowed only where the policy allows a later local date). */
  readonly beyondMaximum: boolean;
  /** True when it was agreed after the original due date had passed. */
  readonly afterOriginal: boolean;
}

/**
 * One pass through a stage of a case, read-only: when it started and why, and what has happened in it. Dates
 * worked out from the policy (clock start, due dates) are asked of the engine: `Workflow.stageDates`.
 */
export interface StageSnapshot {
  /** The stage id. */
  readonly stage: string;
  /** The stage's position in the case type (0 for the first stage). */
  readonly index: number;
  /** Day 0 of the stage: the date of receipt for the first stage, else the request (or decision) date. */
  readonly startedOn: CalendarDate;
  /** What started it: `received`, `next-stage-requested`, `panel-requested`, `mediation-offered`, `discretion-decided`. */
  readonly startedBy: string;
  /** The date the complainant asked for this stage (differs from startedOn after a discretion decision). */
  readonly requestedOn: CalendarDate;
  /** True when the request came after the previous stage's window. */
  readonly requestLate: boolean;
  readonly discretion?: 'accepted' | undefined;
  readonly acknowledgedOn?: CalendarDate | undefined;
  readonly allocatedOn?: CalendarDate | undefined;
  readonly allocatedRole?: string | undefined;
  readonly statementAgreedOn?: CalendarDate | undefined;
  readonly investigatorOn?: CalendarDate | undefined;
  readonly independentPersonOn?: CalendarDate | undefined;
  readonly holdingResponses: readonly CalendarDate[];
  readonly furtherQuestions: readonly CalendarDate[];
  readonly extensions: readonly ExtensionSnapshot[];
  readonly respondedOn?: CalendarDate | undefined;
  readonly respondedBy?: CaseEventType | undefined;
  readonly outcome?: Outcome | undefined;
  /** The due date in force when the response was sent. */
  readonly dueAtResponse?: CalendarDate | undefined;
  /** True when the response came after `dueAtResponse`. */
  readonly late?: boolean | undefined;
  readonly steps: readonly { readonly step: string; readonly on: CalendarDate }[];
  readonly hearingArrangedOn?: CalendarDate | undefined;
  readonly hearingDate?: CalendarDate | undefined;
  readonly hearingHeldOn?: CalendarDate | undefined;
  readonly reportReceivedOn?: CalendarDate | undefined;
  readonly mediationOfferedOn?: CalendarDate | undefined;
  readonly mediationConcludedOn?: CalendarDate | undefined;
  readonly mediationResolved?: boolean | undefined;
  readonly delayRecordedOn?: CalendarDate | undefined;
  readonly delayCode?: string | undefined;
}

/** A request for the next stage that came after its window, awaiting a decision (or refused). */
export interface RequestSnapshot {
  readonly on: CalendarDate;
  readonly stage: string;
  readonly index: number;
  readonly event: CaseEventType;
}

/**
 * The replayed state of a case, read-only: what templates, reporting and the CLI read instead of the workflow's
 * internals. From `Workflow.snapshot(kase)` (or, for many cases in a row, `Workflow.replay`).
 *
 * @example
 * import { createWorkflow, getPolicy } from 'statutory-complaints';
 * const dudley = createWorkflow(getPolicy('dudley'));
 * const kase = dudley.applyEvent(dudley.openCase({ reference: 'C-1', receivedAt: '2025-12-19' }), { type: 'acknowledged', on: '2025-12-22' });
 * const snapshot = dudley.snapshot(kase);
 * snapshot.state //=> 'open'
 * snapshot.stages[0].acknowledgedOn //=> '2025-12-22'
 */
export interface CaseSnapshot {
  /** The case type the case runs under. */
  readonly caseTypeId: string;
  readonly state: CaseStateName;
  /** The date of receipt (day 0). */
  readonly received: CalendarDate;
  /** True when the policy asks for a reason when a response is late (`delayReasons`). */
  readonly tracksDelay: boolean;
  /** Each pass through a stage, oldest first; the last is the current stage. */
  readonly stages: readonly StageSnapshot[];
  /** The date of the last event replayed (the date of receipt when none). */
  readonly lastOn: CalendarDate;
  readonly normalBusiness?: { readonly on: CalendarDate; readonly inWindow: boolean } | undefined;
  readonly acceptedLateOn?: CalendarDate | undefined;
  readonly referredBack?: { readonly on: CalendarDate; readonly reason: string } | undefined;
  readonly withdrawnOn?: CalendarDate | undefined;
  readonly ombudsmanOn?: CalendarDate | undefined;
  readonly closedOn?: CalendarDate | undefined;
  /** When the case stopped being worked (outside procedure, normal business, resolved, withdrawn, closed…). */
  readonly endedOn?: CalendarDate | undefined;
  /** A late request for the next stage awaiting a discretion decision. */
  readonly pending?: RequestSnapshot | undefined;
  /** A late request for the next stage that was refused. */
  readonly refusedRequest?: RequestSnapshot | undefined;
  /** The number of agreed actions recorded. */
  readonly actions: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The reducer's own, mutable versions (internal to the workflow)
// ---------------------------------------------------------------------------------------------------------------

/** One agreed extension, with what it did: the same fields the snapshot shows (internal to the workflow). */
export type ExtensionRecord = ExtensionSnapshot;

/** One pass through a stage. */
export interface Run extends StageSnapshot {
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
export interface PendingRequest extends RequestSnapshot {
  readonly on: CalendarDate;
  readonly stage: string;
  readonly index: number;
  readonly event: CaseEventType;
}

/** The replayed state of a case. */
export interface Fold extends CaseSnapshot {
  readonly caseTypeId: string;
  state: CaseStateName;
  readonly received: CalendarDate;
  /** True when the policy asks for a reason when a response is late (`delayReasons`). */
  readonly tracksDelay: boolean;
  readonly runs: Run[];
  /** The same list as `runs`, for readers of the snapshot. */
  readonly stages: Run[];
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

/** A start date and what set it. */
export interface Start {
  readonly date: CalendarDate;
  readonly by: string;
  /** True when the event has not happened and its target date stands in for it. */
  readonly assumed: boolean;
}

/** True when a late response's reason is still owed on some stage. */
export function delayOwed(fold: Fold): boolean {
  return fold.tracksDelay && fold.runs.some((r) => r.late === true && r.delayRecordedOn === undefined);
}

/** The current run. */
export function current(fold: Fold): Run {
  return fold.runs[fold.runs.length - 1]!;
}

/** A new pass through the stage at `index` (every field present from the start: one shape for every run). */
export function newRun(ctx: Context, index: number, startedOn: CalendarDate, startedBy: string, requestedOn: CalendarDate, requestLate: boolean): Run {
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
