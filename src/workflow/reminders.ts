import { parseDate, type BankHolidayFeed, type CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { checkFeed, checkOptionKeys, feedOption, type Context } from './context.js';
import { engineFor, type EngineCore } from './engine.js';
import { replay } from './replay.js';
import { addressed, datesOf, ladderDue, ladderFrom, ladderUntil, planOf, recipients } from './rules/reminder-ladder.js';
import { current, type Fold } from './snapshot.js';
import { responsibleRole } from './responsibility.js';
import type { Case, ReminderWindow, ScheduledReminder, WorkflowOptions } from './types.js';

function entry(
  reference: string,
  stage: string,
  id: string,
  date: CalendarDate,
  dueDate: CalendarDate,
  to: readonly string[],
  cc: readonly string[],
  template: string,
  provisional = false,
): ScheduledReminder {
  const key = `${reference}|${stage}|${id}|${dueDate}`;
  return Object.freeze(
    provisional
      ? { key, reference, stage, id, date, dueDate, to, cc, template, provisional: true as const }
      : { key, reference, stage, id, date, dueDate, to, cc, template },
  );
}

/** The id of the referral email in a schedule. */
const REFERRAL = 'new-referral';

/**
 * The schedule of a replayed case, in date order: the current stage's referral and ladder (merged by date, the
 * referral first on a tie), then the delay-reason entries of late responses, sorted in among them by date (a stable
 * sort: on a tie, the order above is kept).
 */
export function scheduleOf(ctx: Context, fold: Fold, kase: Case): ScheduledReminder[] {
  const cal = ctx.calendar;
  const out: ScheduledReminder[] = [];
  const run = current(fold);
  const ladder = run.def.reminders;
  const referral = run.def.referral;
  if (ladder.length > 0 || referral) {
    const plan = planOf(ctx, run);
    const who = addressed(ctx.ladder, plan, responsibleRole(ctx, run, kase.about));
    const due = ladderDue(ctx, run);
    const from = ladderFrom(run);
    const until = ladderUntil(fold, run);
    let pending: ScheduledReminder | undefined;
    if (referral) {
      // Sent when the stage's case is allocated; until then, provisionally, on the day the stage starts (the next
      // working day when it starts on a non-working day). Like the ladder, it is dropped once its date is before the
      // last extension or not before the response.
      const date = run.allocatedOn ?? (cal.isWorkingDay(run.startedOn) ? run.startedOn : cal.nextWorkingDay(run.startedOn));
      if (date >= from && (until === undefined || date < until)) {
        const { to, cc } = who.referral!;
        pending = entry(kase.reference, run.stage, REFERRAL, date, due, to, cc, referral.template, run.allocatedOn === undefined);
      }
    }
    const dates = datesOf(plan, cal, due);
    for (let i = 0; i < ladder.length; i++) {
      const date = dates[i]!;
      if (date < from || (until !== undefined && date >= until)) continue;
      // The referral goes before the first reminder dated on or after it.
      if (pending !== undefined && pending.date <= date) {
        out.push(pending);
        pending = undefined;
      }
      const { to, cc } = who.ladder[i]!;
      const r = ladder[i]!;
      out.push(entry(kase.reference, run.stage, r.id, date, due, to, cc, r.template));
    }
    if (pending !== undefined) out.push(pending);
  }
  const delay = ctx.policy.delayReasons;
  if (delay) {
    for (const r of fold.runs) {
      if (!r.late || r.respondedOn === undefined || r.dueAtResponse === undefined) continue;
      const who = responsibleRole(ctx, r, kase.about);
      const recorded = r.delayRecordedOn;
      if (delay.requestTemplate && (recorded === undefined || recorded > r.respondedOn)) {
        out.push(entry(kase.reference, r.stage, 'delay-reason-request', r.respondedOn, r.dueAtResponse, Object.freeze([who]), Object.freeze([]), delay.requestTemplate));
      }
      const f = delay.followUp;
      if (f) {
        const date = cal.addWorkingDays(r.respondedOn, f.afterWorkingDays);
        if (recorded === undefined || recorded > date) {
          const { to, cc } = recipients(ctx.ladder, f, who);
          out.push(entry(kase.reference, r.stage, 'delay-reason-follow-up', date, r.dueAtResponse, to, cc, f.template));
        }
      }
    }
  }
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) if (out[i]!.date < out[i - 1]!.date) sorted = false;
  if (!sorted) out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/**
 * The chasing ladder of the case's current stage: each reminder of the policy dated from the due date in force
 * (`offsetWorkingDays` working days before or after it), with its recipients as role ids (`responder` resolved to
 * the responsible role; nobody in both `to` and `cc`), its template, and a stable `key`
 * (`reference|stage|reminder id|due date`) to store so that each reminder is sent once.
 *
 * When the stage has a `referral` (Dudley's "New Referral" email), the schedule includes it, id `new-referral`:
 * dated the day the stage's case is allocated (the first `allocated` event at the stage), and until then the day the
 * stage starts (the date of receipt, or of the request for a later stage; the next working day when that is not a
 * working day), marked `provisional: true`. Its key has the same form, with the due date in force. Like the ladder,
 * it is dropped when an extension is recorded after its date or the response is sent on or before it. A later
 * reallocation does not schedule a second referral.
 *
 * The schedule is in date order. Entries of the same day keep this order: the referral first (the case is referred
 * before it is chased), then the ladder, then the delay-reason entries. The ladder's own dates are strictly
 * increasing (a policy lists its reminders in increasing `offsetWorkingDays`); a referral sent late, at an
 * allocation on or after the first reminders, falls among them.
 *
 * The ladder follows the due date: an agreed extension recomputes it (new keys; reminders dated before the
 * extension was recorded are dropped), and the response ends it (reminders dated on or after the response are
 * dropped), as does withdrawal, referral back, normal business or closure. A late response adds the request for a
 * delay reason (on the day of the response) and the senior-manager follow-up (when the policy's window passes with
 * no reason recorded), ids `delay-reason-request` and `delay-reason-follow-up`.
 *
 * Pass a GOV.UK bank-holidays feed as `options.feed` (from `parseGovUkBankHolidays`, see {@link WorkflowOptions}) to
 * date the ladder with bank holidays proclaimed after this release.
 *
 * @example
 * import { getPolicy, openCase, applyEvent, reminderSchedule } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * // Received Friday 19 December 2025: stage 1 is due Wednesday 7 January 2026 (Christmas, Boxing Day and New Year skipped).
 * const ladder = reminderSchedule(dudley, openCase(dudley, { reference: 'C-1', receivedAt: '2025-12-19' }));
 * // The referral, provisionally dated the day of receipt until the case is allocated; then the ladder.
 * ladder.map((r) => r.date) //=> ['2025-12-19', '2025-12-30', '2026-01-02', '2026-01-07', '2026-01-12', '2026-01-15', '2026-01-20', '2026-01-23']
 * [ladder[0].id, ladder[0].provisional, ladder[0].template] //=> ['new-referral', true, 'new-referral']
 * ladder[1].id //=> 'first-reminder'
 * ladder[1].key //=> 'C-1|stage-1|first-reminder|2026-01-07'
 * ladder[1].to //=> ['team-manager']
 * ladder[1].cc //=> ['service-manager', 'personal-assistant']
 * ladder[7].cc //=> ['service-manager', 'personal-assistant', 'head-of-service', 'director']
 * // Allocated on Monday 22 December: the referral is dated that day, with the same key.
 * const allocated = applyEvent(dudley, openCase(dudley, { reference: 'C-1', receivedAt: '2025-12-19' }), { type: 'allocated', on: '2025-12-22', role: 'team-manager' });
 * const referral = reminderSchedule(dudley, allocated)[0];
 * [referral.date, referral.key, referral.provisional] //=> ['2025-12-22', 'C-1|stage-1|new-referral|2026-01-07', undefined]
 * // Allocated only on Monday 5 January 2026: the referral falls after the first two reminders, in date order.
 * const lateAllocation = applyEvent(dudley, openCase(dudley, { reference: 'C-2', receivedAt: '2025-12-19' }), { type: 'allocated', on: '2026-01-05', role: 'team-manager' });
 * reminderSchedule(dudley, lateAllocation).slice(0, 4).map((r) => [r.id, r.date]) //=> [['first-reminder', '2025-12-30'], ['second-reminder', '2026-01-02'], ['new-referral', '2026-01-05'], ['due-date-reminder', '2026-01-07']]
 * @deprecated Use `createWorkflow(policy, { feed }).reminderSchedule(kase)`.
 */
export function reminderSchedule(policy: Policy, kase: Case, options?: WorkflowOptions): readonly ScheduledReminder[] {
  return engineFor(policy, feedOption(options, 'reminderSchedule')).reminderSchedule(kase);
}

/**
 * The reminders of many cases whose date is in the window (`after`, `through`]: a daily job passes the day it last
 * ran as `after` and today as `through`, so a run missed over a bank-holiday weekend catches up on the next one, and
 * running the same window twice gives the same keys. For any split of a period into consecutive windows, the union
 * of the windows' reminders is the whole period's, with no repeats. Sorted by date, then in the order of `cases`.
 *
 * @param cases - cases opened under `policy`.
 * @param window - `{ after, through }`, `YYYY-MM-DD`, with `after` not later than `through`, and optionally `feed`, a
 *   GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`) the calendars use for the years it covers.
 * @throws {@link InvalidArgumentError} when `after` is later than `through` or a case belongs to another policy.
 *
 * @example
 * import { getPolicy, openCase, remindersDue } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * // A due Wednesday 7 January 2026; B (received Monday 22 December) due Thursday 8 January.
 * const cases = [openCase(dudley, { reference: 'A', receivedAt: '2025-12-19' }), openCase(dudley, { reference: 'B', receivedAt: '2025-12-22' })];
 * // The job last ran on Friday 2 January and runs again on Thursday 8 January: it catches up on three reminders.
 * remindersDue(dudley, cases, { after: '2026-01-02', through: '2026-01-08' }).map((r) => r.key) //=> ['B|stage-1|second-reminder|2026-01-08', 'A|stage-1|due-date-reminder|2026-01-07', 'B|stage-1|due-date-reminder|2026-01-08']
 * // The week before Christmas: each case's referral, provisionally dated its day of receipt (not yet allocated).
 * remindersDue(dudley, cases, { after: '2025-12-18', through: '2025-12-22' }).map((r) => r.key) //=> ['A|stage-1|new-referral|2026-01-07', 'B|stage-1|new-referral|2026-01-08']
 * remindersDue(dudley, cases, { after: '2026-01-08', through: '2026-01-05' }) //=> throws InvalidArgumentError
 * @deprecated Use `createWorkflow(policy, { feed }).remindersDue(cases, { after, through })` (the feed is the
 *   engine's; a `feed` in the window is still accepted here).
 */
export function remindersDue(policy: Policy, cases: Iterable<Case>, window: ReminderWindow, options?: WorkflowOptions): readonly ScheduledReminder[] {
  const feed = feedOption(options, 'remindersDue');
  const inWindow = typeof window === 'object' && window !== null ? checkFeed((window as { feed?: unknown }).feed) : undefined;
  if (feed !== undefined && inWindow !== undefined && feed !== inWindow) {
    throw new InvalidArgumentError('window.feed', 'give the feed once: in the options ({ feed }), not also in the window');
  }
  return engineFor(policy, feed ?? inWindow).remindersDue(cases, window);
}

/** The keys a window may have (`feed` only through the 0.1 function; the engine has its own). */
const WINDOW_KEYS = ['after', 'through', 'feed'];

/** {@link remindersDue} in an engine. @internal */
export function remindersDueWith(engine: EngineCore, cases: Iterable<Case>, window: ReminderWindow & { readonly feed?: BankHolidayFeed }): readonly ScheduledReminder[] {
  if (typeof window !== 'object' || window === null || Array.isArray(window)) {
    throw new InvalidArgumentError('window', "must be an object { after, through } of 'YYYY-MM-DD' dates");
  }
  checkOptionKeys(window, WINDOW_KEYS, 'window', 'remindersDue');
  const after = parseDate(window.after, 'after');
  const through = parseDate(window.through, 'through');
  if (after > through) throw new InvalidArgumentError('through', 'must not be before after');
  if (window.feed !== undefined && window.feed !== engine.feed) {
    throw new InvalidArgumentError('window.feed', "must be the engine's feed: give the feed once, to createWorkflow(policy, { feed })");
  }
  const out: ScheduledReminder[] = [];
  let i = 0;
  for (const kase of cases) {
    const root = `cases[${i}]`;
    const ctx = engine.contextOfCase(kase, root);
    for (const r of scheduleOf(ctx, replay(ctx, kase, root), kase)) if (r.date > after && r.date <= through) out.push(r);
    i++;
  }
  // A stable sort keeps the cases' order among reminders of the same date.
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(out);
}
