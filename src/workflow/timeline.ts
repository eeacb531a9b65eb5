import type { BankHolidayFeed, CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy, PolicyCalendar } from '../policies/index.js';
import { applyEventWith } from './apply-event.js';
import { checkFeed, feedOption, type Context } from './context.js';
import { deadlinesOf } from './deadlines.js';
import { engineFor, type EngineCore } from './engine.js';
import { openCaseWith } from './open-case.js';
import { scheduleOf } from './reminders.js';
import { panelDates } from './rules/panel.js';
import { ladderDue } from './rules/reminder-ladder.js';
import { currentDue } from './rules/response-due.js';
import { current } from './snapshot.js';
import type { Case, CaseEventInput, Deadline, ScheduledReminder } from './types.js';

/** What {@link expectedTimeline} needs. */
export interface TimelineInput {
  /** When the case arrives: a `Date`, an ISO-8601 instant with an offset, or a `YYYY-MM-DD` date. */
  readonly receivedAt: Date | string;
  /** A case-type id of the policy (default: the policy's first case type). */
  readonly caseType?: string;
  /** The reference used in reminder keys (default `TIMELINE`). */
  readonly reference?: string;
  /** The complaint is about the person in this role. */
  readonly about?: string;
  /**
   * A GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`): the case type's calendar uses its dates for the
   * years it covers, so a newly proclaimed bank holiday moves the dates.
   * @deprecated Give the feed once, as `{ feed }`: to `createWorkflow(policy, { feed })`, or as
   *   `expectedTimeline`'s trailing options argument.
   */
  readonly feed?: BankHolidayFeed;
}

/** The expected course of a new case. */
export interface Timeline {
  readonly policy: string;
  readonly policyVersion: string;
  readonly caseType: string;
  /** The calendar the case type counts on: the policy's, overridden field by field by the case type's own. */
  readonly calendar: PolicyCalendar;
  /** The date of receipt (day 0). */
  readonly received: CalendarDate;
  /** Every deadline met along the way, in date order. */
  readonly deadlines: readonly Deadline[];
  /**
   * Every reminder of every stage's ladder, assuming nobody answers early, with each stage's referral (if the policy
   * sends one) provisionally dated the day the stage starts (no allocation is assumed), stage by stage in date order.
   */
  readonly reminders: readonly ScheduledReminder[];
  /** The events assumed, in order, to walk the case through its stages. */
  readonly assumed: readonly CaseEventInput[];
}

/** The next stage a timeline walks into: the escalation target (or the next stage), skipping optional stages. */
function nextStage(ctx: Context, index: number): number | undefined {
  const def = ctx.stages[index]!;
  let i = def.escalation ? ctx.stageIds.indexOf(def.escalation.to) : index + 1;
  if (i <= index) return undefined;
  while (i < ctx.stages.length && ctx.stages[i]!.optional) i++;
  return i < ctx.stages.length ? i : undefined;
}

/**
 * The whole expected course of a new case, as the `timeline` command prints it: the first stage's deadlines and its
 * chasing ladder, then, assuming each stage's response is sent on its due date and the next stage is asked for that
 * same day (optional stages such as mediation skipped), every later stage's deadlines and ladder. A panel stage is
 * walked with the hearing held on the day the panel must meet by and the report received on its due date. Nothing
 * is answered early, so every reminder of every ladder is listed. Deadlines counted from an event that has not
 * happened (e.g. an acknowledgement) are marked provisional. Everything is counted on the case type's calendar
 * (`calendar`: the policy's, overridden by the case type's own, e.g. the any-UK bank holidays of FOI requests), with
 * the bank holidays of `input.feed` (a GOV.UK feed from `parseGovUkBankHolidays`) for the years it covers.
 *
 * @example
 * import { parsePolicy, expectedTimeline } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' }, 'complaints-manager': { title: 'Complaints Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example',
 *       escalation: { to: 'stage-2', windowWorkingDays: 20, lateRequestNeedsDiscretion: true, source: 'local: example' } },
 *     'stage-2': { title: 'Stage 2', clockStart: 'requested', timescale: { workingDays: 25, source: 'SI 2006/1738 reg 17' }, responder: 'complaints-manager', source: 'local: example' } } } },
 * });
 * const t = expectedTimeline(policy, { receivedAt: '2025-12-19' });
 * // Stage 1 due Wednesday 7 January 2026; stage 2 asked for that day, due 25 working days later.
 * t.deadlines.map((d) => [d.id, d.due]) //=> [['stage-1-response', '2026-01-07'], ['stage-2-request-window', '2026-02-04'], ['stage-2-response', '2026-02-11']]
 * t.calendar.holidays //=> 'england-and-wales'
 * @deprecated Use `createWorkflow(policy, { feed }).timeline({ receivedAt })` (a `feed` in the input is still
 *   accepted here).
 */
export function expectedTimeline(policy: Policy, input: TimelineInput, options?: { readonly feed?: BankHolidayFeed }): Timeline {
  if (typeof input !== 'object' || input === null) throw new InvalidArgumentError('input', "must be an object such as { receivedAt: '2026-01-05' }");
  const feed = feedOption(options, 'expectedTimeline');
  const inInput = checkFeed(input.feed);
  if (feed !== undefined && inInput !== undefined && feed !== inInput) {
    throw new InvalidArgumentError('input.feed', 'give the feed once: in the options ({ feed }), not also in the input');
  }
  return engineFor(policy, feed ?? inInput).timeline(input);
}

/** {@link expectedTimeline} in an engine. @internal */
export function timelineWith(engine: EngineCore, input: TimelineInput): Timeline {
  if (typeof input !== 'object' || input === null) throw new InvalidArgumentError('input', "must be an object such as { receivedAt: '2026-01-05' }");
  if (input.feed !== undefined && input.feed !== engine.feed) {
    throw new InvalidArgumentError('input.feed', "must be the engine's feed: give the feed once, to createWorkflow(policy, { feed })");
  }
  const policy = engine.policy;
  let kase: Case = openCaseWith(engine, {
    reference: input.reference ?? 'TIMELINE',
    receivedAt: input.receivedAt,
    ...(input.caseType === undefined ? {} : { caseType: input.caseType }),
    ...(input.about === undefined ? {} : { about: input.about }),
  });
  const ctx = engine.contextOf(kase.caseType, 'caseType');
  const outcome = ctx.complaint ? { outcome: 'not-upheld' as const } : {};
  const deadlines = new Map<string, Deadline>();
  const reminders = new Map<string, ScheduledReminder>();
  const assumed: CaseEventInput[] = [];
  const snapshot = () => {
    const fold = engine.read(ctx, kase);
    for (const d of deadlinesOf(ctx, fold)) deadlines.set(d.id, d);
    for (const r of scheduleOf(ctx, fold, kase)) if (!reminders.has(r.key)) reminders.set(r.key, r);
  };
  const apply = (event: CaseEventInput) => {
    kase = applyEventWith(engine, kase, event);
    assumed.push(event);
    snapshot();
  };
  snapshot();
  for (;;) {
    const run = current(engine.read(ctx, kase));
    if (run.def.panel) {
      const p = panelDates(ctx, run)!;
      apply({ type: 'hearing-arranged', on: run.startedOn, hearingDate: p.meeting });
      apply({ type: 'hearing-held', on: p.meeting });
      const report = ladderDue(ctx, current(engine.read(ctx, kase)));
      apply({ type: 'panel-report-received', on: report });
      const final = currentDue(ctx, current(engine.read(ctx, kase)));
      apply({ type: 'final-response-sent', on: final, outcome: 'not-upheld' });
    } else {
      apply({ type: 'response-sent', on: currentDue(ctx, run), ...outcome });
    }
    const next = nextStage(ctx, run.index);
    if (next === undefined) break;
    const due = current(engine.read(ctx, kase)).respondedOn!;
    apply({ type: 'next-stage-requested', on: due, stage: ctx.stageIds[next]! });
  }
  // Each deadline as it stands once the assumed events have happened (a Map keeps the order first seen); the
  // assumed events that meet them are not a record, so `metOn` is left out.
  const list = [...deadlines.values()].map((d) => {
    if (d.metOn === undefined && !d.flags.includes('missed')) return d;
    const { metOn: _met, ...rest } = d;
    return Object.freeze({ ...rest, flags: Object.freeze(d.flags.filter((f) => f !== 'missed')) });
  });
  // In date order (a stable sort keeps the order the case reaches deadlines that fall on the same day).
  list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return Object.freeze({
    policy: policy.id,
    policyVersion: policy.version,
    caseType: kase.caseType,
    calendar: ctx.calendarSettings,
    received: kase.received,
    deadlines: Object.freeze(list),
    reminders: Object.freeze([...reminders.values()]),
    assumed: Object.freeze(assumed.map((e) => Object.freeze({ ...e }))),
  });
}
