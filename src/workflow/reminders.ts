import { parseDate, type CalendarDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/schema.js';
import { contextOfCase, type Context } from './context.js';
import { current, ladderDue, replay, type Fold, type Run } from './fold.js';
import { responsibilityOf } from './responsibility.js';
import type { Case, ReminderWindow, ScheduledReminder } from './types.js';

/** Role ids with `responder` replaced by the responsible role, without repeats. */
function resolveRoles(roles: readonly string[], responder: string, exclude: readonly string[] = []): readonly string[] {
  const out: string[] = [];
  for (const r of roles) {
    const role = r === 'responder' ? responder : r;
    if (!out.includes(role) && !exclude.includes(role)) out.push(role);
  }
  return Object.freeze(out);
}

function entry(
  reference: string,
  stage: string,
  id: string,
  date: CalendarDate,
  dueDate: CalendarDate,
  to: readonly string[],
  cc: readonly string[],
  template: string,
): ScheduledReminder {
  return Object.freeze({ key: `${reference}|${stage}|${id}|${dueDate}`, reference, stage, id, date, dueDate, to, cc, template });
}

/** The day the current ladder took effect: the stage's start, or the last extension's date. */
function ladderFrom(run: Run): CalendarDate {
  const last = run.extensions[run.extensions.length - 1];
  return last && last.on > run.startedOn ? last.on : run.startedOn;
}

/** The day the ladder stops: the stage's response, or the day the case stopped being worked. */
function ladderUntil(fold: Fold, run: Run): CalendarDate | undefined {
  if (run.respondedOn !== undefined) return run.respondedOn;
  if (fold.state === 'awaiting-discretion') return undefined;
  return fold.endedOn;
}

/** The schedule of a replayed case. */
export function scheduleOf(ctx: Context, fold: Fold, kase: Case): ScheduledReminder[] {
  const cal = ctx.calendar;
  const out: ScheduledReminder[] = [];
  const run = current(fold);
  const responder = responsibilityOf(ctx, run, kase.about).role;
  const ladder = run.def.reminders;
  if (ladder.length > 0) {
    const due = ladderDue(ctx, run);
    const from = ladderFrom(run);
    const until = ladderUntil(fold, run);
    for (const r of ladder) {
      const off = r.offsetWorkingDays;
      const date = off < 0 ? cal.subtractWorkingDays(due, -off) : off > 0 ? cal.addWorkingDays(due, off) : due;
      if (date < from || (until !== undefined && date >= until)) continue;
      const to = resolveRoles(r.to, responder);
      out.push(entry(kase.reference, run.stage, r.id, date, due, to, resolveRoles(r.cc, responder, to), r.template));
    }
  }
  const delay = ctx.policy.delayReasons;
  if (delay) {
    for (const r of fold.runs) {
      if (!r.late || r.respondedOn === undefined || r.dueAtResponse === undefined) continue;
      const who = responsibilityOf(ctx, r, kase.about).role;
      const recorded = r.delayRecordedOn;
      if (delay.requestTemplate && (recorded === undefined || recorded > r.respondedOn)) {
        out.push(entry(kase.reference, r.stage, 'delay-reason-request', r.respondedOn, r.dueAtResponse, Object.freeze([who]), Object.freeze([]), delay.requestTemplate));
      }
      const f = delay.followUp;
      if (f) {
        const date = cal.addWorkingDays(r.respondedOn, f.afterWorkingDays);
        if (recorded === undefined || recorded > date) {
          const to = resolveRoles(f.to, who);
          out.push(entry(kase.reference, r.stage, 'delay-reason-follow-up', date, r.dueAtResponse, to, resolveRoles(f.cc, who, to), f.template));
        }
      }
    }
  }
  if (out.length > 1) out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/**
 * The chasing ladder of the case's current stage: each reminder of the policy dated from the due date in force
 * (`offsetWorkingDays` working days before or after it), with its recipients as role ids (`responder` resolved to
 * the responsible role; nobody in both `to` and `cc`), its template, and a stable `key`
 * (`reference|stage|reminder id|due date`) to store so that each reminder is sent once.
 *
 * The ladder follows the due date: an agreed extension recomputes it (new keys; reminders dated before the
 * extension was recorded are dropped), and the response ends it (reminders dated on or after the response are
 * dropped), as does withdrawal, referral back, normal business or closure. A late response adds the request for a
 * delay reason (on the day of the response) and the senior-manager follow-up (when the policy's window passes with
 * no reason recorded), ids `delay-reason-request` and `delay-reason-follow-up`.
 *
 * @example
 * import { parsePolicy, openCase, reminderSchedule } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' }, 'service-manager': { title: 'Service Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example',
 *       reminders: [
 *         { id: 'first-reminder', offsetWorkingDays: -5, to: ['responder'], cc: ['service-manager'], template: 'reminder', source: 'local: example' },
 *         { id: 'first-overdue-reminder', offsetWorkingDays: 3, to: ['responder'], cc: ['service-manager'], template: 'overdue', source: 'local: example' } ] } } } },
 * });
 * // Received Friday 19 December 2025, due Wednesday 7 January 2026.
 * const ladder = reminderSchedule(policy, openCase(policy, { reference: 'C-1', receivedAt: '2025-12-19' }));
 * ladder.map((r) => [r.id, r.date]) //=> [['first-reminder', '2025-12-30'], ['first-overdue-reminder', '2026-01-12']]
 * ladder[0].key //=> 'C-1|stage-1|first-reminder|2026-01-07'
 * ladder[0].to //=> ['team-manager']
 */
export function reminderSchedule(policy: Policy, kase: Case): readonly ScheduledReminder[] {
  const ctx = contextOfCase(policy, kase);
  return Object.freeze(scheduleOf(ctx, replay(ctx, kase), kase));
}

/**
 * The reminders of many cases whose date is in the window (`after`, `through`]: a daily job passes the day it last
 * ran as `after` and today as `through`, so a run missed over a bank-holiday weekend catches up on the next one, and
 * running the same window twice gives the same keys. For any split of a period into consecutive windows, the union
 * of the windows' reminders is the whole period's, with no repeats. Sorted by date, then in the order of `cases`.
 *
 * @param cases - cases opened under `policy`.
 * @param window - `{ after, through }`, `YYYY-MM-DD`, with `after` not later than `through`.
 * @throws {@link InvalidArgumentError} when `after` is later than `through` or a case belongs to another policy.
 *
 * @example
 * import { parsePolicy, openCase, remindersDue } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example',
 *       reminders: [{ id: 'due-date-reminder', offsetWorkingDays: 0, to: ['responder'], template: 'due', source: 'local: example' }] } } } },
 * });
 * const cases = [openCase(policy, { reference: 'A', receivedAt: '2025-12-19' }), openCase(policy, { reference: 'B', receivedAt: '2025-12-22' })];
 * // The job last ran on Wednesday 31 December 2025 and runs again on Thursday 8 January 2026.
 * remindersDue(policy, cases, { after: '2025-12-31', through: '2026-01-08' }).map((r) => r.key) //=> ['A|stage-1|due-date-reminder|2026-01-07', 'B|stage-1|due-date-reminder|2026-01-08']
 */
export function remindersDue(policy: Policy, cases: Iterable<Case>, window: ReminderWindow): readonly ScheduledReminder[] {
  if (typeof window !== 'object' || window === null) throw new InvalidArgumentError('window', "must be an object { after, through } of 'YYYY-MM-DD' dates");
  const after = parseDate(window.after, 'after');
  const through = parseDate(window.through, 'through');
  if (after > through) throw new InvalidArgumentError('through', 'must not be before after');
  const out: ScheduledReminder[] = [];
  let i = 0;
  for (const kase of cases) {
    const ctx = contextOfCase(policy, kase, `cases[${i}]`);
    for (const r of scheduleOf(ctx, replay(ctx, kase), kase)) if (r.date > after && r.date <= through) out.push(r);
    i++;
  }
  // A stable sort keeps the cases' order among reminders of the same date.
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(out);
}
