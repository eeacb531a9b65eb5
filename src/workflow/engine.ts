/**
 * The workflow engine: one value per (policy, bank-holiday feed) that owns the calendars, the resolved case types
 * and every table worked out along the way, and answers every question about the policy's cases. Nothing is kept at
 * module level: two engines never share state, and an engine's memory goes when the engine goes.
 *
 * @module
 */
import { parseDate as parseDateInput, type BankHolidayFeed, type Calendar, type CalendarDate, type DateInput } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import { checkPolicyShape, type Policy, type PolicyCalendar } from '../policies/index.js';
import { applyEventWith, allowedEventsWith } from './apply-event.js';
import { buildContext, calendarKey, checkFeed, checkOptionKeys, newCalendar, type Context } from './context.js';
import { deadlinesOf } from './deadlines.js';
import { createInterner, isTrusted, type CaseEventInput, type CaseEventType } from './events.js';
import { openCaseWith } from './open-case.js';
import { resolveRecipientsWith, type Directory, type RecipientRoles } from './recipients.js';
import { remindersDueWith, scheduleOf } from './reminders.js';
import { replay, type ReplayOptions } from './replay.js';
import { clockStart } from './rules/clock-start.js';
import { ladderDue } from './rules/reminder-ladder.js';
import { currentDue, maximumDue, originalDue } from './rules/response-due.js';
import type { CaseSnapshot, Fold, Run, Start } from './snapshot.js';
import { statusWith } from './status.js';
import { timelineWith, type Timeline, type TimelineInput } from './timeline.js';
import type { Case, CaseStatus, Deadline, OpenCaseInput, Recipients, ReminderWindow, ScheduledReminder } from './types.js';

/** The options of {@link createWorkflow}: the feed, in the one shape every function that takes a feed uses. */
export interface WorkflowEngineOptions {
  /**
   * A GOV.UK bank-holidays feed from `parseGovUkBankHolidays`: the calendars count with its dates for the years it
   * covers (a newly proclaimed bank holiday moves deadlines), and with the built-in rules for the others.
   */
  readonly feed?: BankHolidayFeed | undefined;
}

/** The dates the policy's rules give one stage of a case (see {@link Workflow.stageDates}). */
export interface StageDates {
  /** When the stage's response clock started (or is assumed to start, before its event). */
  readonly clockStart: { readonly date: CalendarDate; readonly by: string; readonly assumed: boolean };
  /** The response due date from the timescale alone (for a panel stage: the final response). */
  readonly originalDue: CalendarDate;
  /** The response due date in force: the last agreed extension's, else the original. */
  readonly currentDue: CalendarDate;
  /** The statutory (or preset) maximum, when the stage has one. */
  readonly maximumDue: CalendarDate | undefined;
  /** The due date the chasing ladder follows (for a panel stage: the meeting, then the report, then the final response). */
  readonly ladderDue: CalendarDate;
}

/** The options of {@link Workflow.replay}. */
export interface WorkflowReplayOptions {
  /** Replay only the events on or before this date. */
  readonly through?: DateInput;
  /**
   * The date at which `visit` sees the case: after every event on or before it, before any later one (the later
   * events are then replayed and checked too). Not called for a case received after it.
   */
  readonly asOf?: DateInput;
  /** Called once with the case's state on `asOf` (read it during the call: the replay goes on after it). */
  readonly visit?: (snapshot: CaseSnapshot) => void;
  /** How errors name the case: `case` by default (e.g. `cases[3]`). */
  readonly root?: string;
}

/**
 * A policy's workflow: open cases, record events, and ask what is due, when, and who to chase. Made once by
 * {@link createWorkflow} and used for every case of the policy; it keeps what it works out (calendars, ladders,
 * the last replay), so asking about many cases in a row is fast.
 */
export interface Workflow {
  /** The policy (checked once when the engine was made). */
  readonly policy: Policy;
  /** The bank-holiday feed its calendars use, if any. */
  readonly feed: BankHolidayFeed | undefined;
  /** The working-day calendar of a case type (default: the policy's own calendar). */
  calendar(caseType?: string): Calendar;
  /** The calendar settings of a case type: the policy's, overridden field by field by the case type's own. */
  calendarSettings(caseType: string): PolicyCalendar;
  /** Opens a case (see `openCase`). */
  openCase(input: OpenCaseInput): Case;
  /** Records an event on a case and returns the new case (see `applyEvent`). */
  applyEvent(kase: Case, event: CaseEventInput): Case;
  /**
   * The event types allowed now on a case, in the order of `CASE_EVENT_TYPES`. With `on`, only those allowed on that
   * date (a request for the next stage while the stage is open only once its response is overdue).
   */
  allowedEvents(kase: Case, on?: DateInput): readonly CaseEventType[];
  /** Every deadline that applies to the case now (see `deadlines`). */
  deadlines(kase: Case): readonly Deadline[];
  /** Where the case stands on a date (see `statusOn`). */
  statusOn(kase: Case, date: DateInput): CaseStatus;
  /** The reminders of the case's current stage and of late responses (see `reminderSchedule`). */
  reminderSchedule(kase: Case): readonly ScheduledReminder[];
  /** The reminders dated after `window.after` up to and including `window.through`, over many cases (see `remindersDue`). */
  remindersDue(cases: Iterable<Case>, window: ReminderWindow): readonly ScheduledReminder[];
  /** The contacts of roles, from a directory, with the complaints mailbox for roles not in it (see `resolveRecipients`). */
  recipients(roles: RecipientRoles, directory: Directory): Recipients;
  /** The expected course of a new case, assuming nothing happens early (see `expectedTimeline`). */
  timeline(input: TimelineInput): Timeline;
  /** The replayed state of a case, read-only (what templates, reports and the CLI read). */
  snapshot(kase: Case): CaseSnapshot;
  /** The one replay, for readers of many cases (reports): the state at the end, and on the way (`visit` at `asOf`). */
  replay(kase: Case, options?: WorkflowReplayOptions): CaseSnapshot;
  /** The dates the policy's rules give stage `index` (a position in `snapshot.stages`) of a replayed case. */
  stageDates(snapshot: CaseSnapshot, index: number): StageDates;
}

/** What the engine's operations share: the policy, the feed, and the tables the engine owns. @internal */
export interface EngineCore {
  readonly policy: Policy;
  readonly feed: BankHolidayFeed | undefined;
  readonly intern: (date: string) => string;
  calendarFor(settings: PolicyCalendar): Calendar;
  /** The context of a case type; `path` names it in errors. */
  contextOf(caseTypeId: string, path: string): Context;
  /** The context of a case, checking that it belongs to the policy; `path` names the case in errors. */
  contextOfCase(kase: Case, path: string): Context;
  /** The replayed state of a case for reading only (the same object may be given to the next reader). */
  read(ctx: Context, kase: Case): Fold;
}

/** {@link StageDates} worked out when read (a report reads two or three of them for each stage of each case). */
class StageDatesOf implements StageDates {
  readonly #ctx: Context;
  readonly #run: Run;
  constructor(ctx: Context, run: Run) {
    this.#ctx = ctx;
    this.#run = run;
  }
  get clockStart(): Start {
    return clockStart(this.#ctx, this.#run);
  }
  get originalDue(): CalendarDate {
    return originalDue(this.#ctx, this.#run);
  }
  get currentDue(): CalendarDate {
    return currentDue(this.#ctx, this.#run);
  }
  get maximumDue(): CalendarDate | undefined {
    return maximumDue(this.#ctx, this.#run);
  }
  get ladderDue(): CalendarDate {
    return ladderDue(this.#ctx, this.#run);
  }
}

/**
 * Checks a policy the engine did not make, once: a policy from parsePolicy or getPolicy (resolved, validated, frozen)
 * is used as it is; any other value (a policy built or changed in code, or passed through `policySchema.parse`) is
 * checked against the policy schema, so that a `caseTypes: null` or a case type `null` is a PolicyValidationError
 * naming the path, not a TypeError later.
 */
function checkedPolicy(policy: unknown): Policy {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    throw new InvalidArgumentError('policy', 'must be a policy returned by parsePolicy or getPolicy');
  }
  return checkPolicyShape(policy);
}

function newCore(policy: Policy, feed: BankHolidayFeed | undefined): EngineCore {
  const calendars = new Map<string, Calendar>();
  const contexts = new Map<string, Context>();
  const intern = createInterner();
  let lastCtx: Context | undefined;
  let lastCase: Case | undefined;
  let lastFold: Fold | undefined;
  let lastType: string | undefined;
  let lastTypeCtx: Context | undefined;
  const core: EngineCore = {
    policy,
    feed,
    intern,
    calendarFor(settings) {
      const key = calendarKey(settings);
      let calendar = calendars.get(key);
      if (calendar === undefined) {
        calendar = newCalendar(settings, feed);
        calendars.set(key, calendar);
      }
      return calendar;
    },
    contextOf(caseTypeId, path) {
      // Callers ask about many cases of one case type in a row: the last answer first.
      if (caseTypeId === lastType && lastTypeCtx !== undefined) return lastTypeCtx;
      let ctx = typeof caseTypeId === 'string' ? contexts.get(caseTypeId) : undefined;
      if (ctx === undefined) {
        ctx = buildContext(core, caseTypeId, path);
        contexts.set(caseTypeId, ctx);
      }
      lastType = caseTypeId;
      lastTypeCtx = ctx;
      return ctx;
    },
    contextOfCase(kase, path) {
      if (typeof kase !== 'object' || kase === null || !Array.isArray(kase.events)) {
        throw new InvalidArgumentError(path, 'must be a case returned by openCase or applyEvent');
      }
      if (kase.policyId !== policy.id) {
        throw new InvalidArgumentError(`${path}.policyId`, 'must be the id of the policy passed with it (a case runs under the policy it was opened with)');
      }
      return core.contextOf(kase.caseType, `${path}.caseType`);
    },
    read(ctx, kase) {
      // One replay for several questions in a row (a dashboard asks for deadlines, then reminders): the last replay
      // of a case made by openCase or applyEvent (deeply frozen: it cannot change) is given again. One entry only.
      if (kase === lastCase && ctx === lastCtx && lastFold !== undefined) return lastFold;
      const fold = replay(ctx, kase);
      if (isTrusted(kase)) {
        lastCtx = ctx;
        lastCase = kase;
        lastFold = fold;
      }
      return fold;
    },
  };
  return core;
}

function dateOption(value: DateInput | undefined, path: string): CalendarDate | undefined {
  if (value === undefined) return undefined;
  return parseDateInput(value, path);
}

/**
 * Makes the workflow engine of a policy: every operation on the policy's cases (open a case, record an event,
 * deadlines, status on a date, reminders, recipients, the expected timeline, a read-only snapshot), with the
 * calendars, the resolved case types and every table it works out kept in the engine, not at module level. Make
 * one per policy (and feed) and keep it: asking about many cases in a row is fast.
 *
 * A policy from `getPolicy` or `parsePolicy` is used as it is; any other value (a policy built or changed in code)
 * is checked in full once, here.
 *
 * @param policy - a policy from `getPolicy` or `parsePolicy` (or built in code: then checked).
 * @param options - `feed`: a GOV.UK bank-holidays feed from `parseGovUkBankHolidays`, used for the years it covers.
 * @throws {@link PolicyValidationError} when a policy built in code breaks the policy schema (the path says where,
 *   e.g. `caseTypes`).
 * @throws {@link InvalidArgumentError} when `policy` is not an object, or an option is unknown or wrong.
 *
 * @example
 * import { createWorkflow, getPolicy, PolicyValidationError } from 'statutory-complaints';
 * const dudley = createWorkflow(getPolicy('dudley'));
 * // Received Friday 19 December 2025: stage 1 is due 10 working days later, skipping Christmas and Boxing Day.
 * const kase = dudley.openCase({ reference: 'C-1', receivedAt: '2025-12-19' });
 * dudley.deadlines(kase).find((d) => d.id === 'stage-1-response').due //=> '2026-01-07'
 * const acknowledged = dudley.applyEvent(kase, { type: 'acknowledged', on: '2025-12-22' });
 * dudley.statusOn(acknowledged, '2025-12-22').state //=> 'open'
 * // A policy changed in code is checked once, when the engine is made.
 * let caught;
 * try { createWorkflow({ ...getPolicy('dudley'), caseTypes: null }); } catch (e) { caught = e; }
 * caught instanceof PolicyValidationError //=> true
 * caught.path //=> 'caseTypes'
 */
export function createWorkflow(policy: Policy, options?: WorkflowEngineOptions): Workflow {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new InvalidArgumentError('options', 'must be an object such as { feed } (feed from parseGovUkBankHolidays)');
  }
  if (options !== undefined) checkOptionKeys(options, ['feed'], 'options', 'createWorkflow');
  const feed = checkFeed(options?.feed);
  const checked = checkedPolicy(policy);
  const core = newCore(checked, feed);
  const workflow: Workflow = {
    policy: checked,
    feed,
    calendar: (caseType) => (caseType === undefined ? core.calendarFor(checked.calendar) : core.contextOf(caseType, 'caseType').calendar),
    calendarSettings: (caseType) => core.contextOf(caseType, 'caseType').calendarSettings,
    openCase: (input) => openCaseWith(core, input),
    applyEvent: (kase, event) => applyEventWith(core, kase, event),
    allowedEvents: (kase, on) => allowedEventsWith(core, kase, dateOption(on, 'on')),
    deadlines: (kase) => {
      const ctx = core.contextOfCase(kase, 'case');
      return Object.freeze(deadlinesOf(ctx, core.read(ctx, kase)));
    },
    statusOn: (kase, date) => statusWith(core, kase, date),
    reminderSchedule: (kase) => {
      const ctx = core.contextOfCase(kase, 'case');
      return Object.freeze(scheduleOf(ctx, core.read(ctx, kase), kase));
    },
    remindersDue: (cases, window) => remindersDueWith(core, cases, window),
    recipients: (roles, directory) => resolveRecipientsWith(checked, roles, directory),
    timeline: (input) => timelineWith(core, input),
    snapshot: (kase) => {
      const ctx = core.contextOfCase(kase, 'case');
      return core.read(ctx, kase);
    },
    replay: (kase, opts) => {
      const root = opts?.root ?? 'case';
      const ctx = core.contextOfCase(kase, root);
      const replayOptions: ReplayOptions = {
        through: dateOption(opts?.through, 'through'),
        asOf: dateOption(opts?.asOf, 'asOf'),
        visit: opts?.visit,
      };
      return replay(ctx, kase, root, replayOptions);
    },
    stageDates: (snapshot, index) => {
      const ctx = core.contextOf(snapshot.caseTypeId, 'snapshot.caseTypeId');
      const run = snapshot.stages[index] as Run | undefined;
      if (run === undefined || run.def === undefined) {
        throw new InvalidArgumentError('index', `must be the position of a stage of the snapshot (0 to ${snapshot.stages.length - 1})`);
      }
      return new StageDatesOf(ctx, run);
    },
  };
  return Object.freeze(workflow);
}

/**
 * The engines the 0.1 free functions (`deadlines(policy, kase, { feed })`…) run on. Code written against 0.1 asks
 * about many cases of one policy in a row, one call at a time; making an engine per call would build its calendar
 * (a few tenths of a millisecond) every time, and code that alternates between two policies (a report over two
 * presets) would rebuild on every call if only the last engine were kept.
 *
 * So this compatibility layer, and nothing else in the library, keeps a table at module level, and only of this
 * kind: a `WeakMap` keyed by the policy object (then by the feed object), holding the engine made for that pair. An
 * entry holds nothing alive: it goes when the caller drops the policy (or the feed), and a policy's engine is never
 * used for another policy or feed. Each engine's own tables are bounded (see `createInterner`). Code that asks about
 * many cases should make its own engine with {@link createWorkflow}. @internal
 */
export function engineFor(policy: Policy, feed: BankHolidayFeed | undefined): Workflow {
  if (typeof policy !== 'object' || policy === null) return createWorkflow(policy); // throws the engine's own error
  let entry = compatEngines.get(policy);
  if (entry === undefined) {
    entry = { plain: undefined, byFeed: undefined };
    compatEngines.set(policy, entry);
  }
  if (feed === undefined) return (entry.plain ??= createWorkflow(policy));
  entry.byFeed ??= new WeakMap();
  let engine = entry.byFeed.get(feed);
  if (engine === undefined) {
    engine = createWorkflow(policy, { feed });
    entry.byFeed.set(feed, engine);
  }
  return engine;
}

/** The engines of the 0.1 compatibility layer, per policy object and feed object (see {@link engineFor}). */
const compatEngines = new WeakMap<Policy, { plain: Workflow | undefined; byFeed: WeakMap<BankHolidayFeed, Workflow> | undefined }>();
