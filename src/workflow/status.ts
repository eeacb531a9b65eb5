import { parseDate, type DateInput } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { feedOption } from './context.js';
import { deadlinesOf } from './deadlines.js';
import { engineFor, type EngineCore } from './engine.js';
import { replay } from './replay.js';
import { current, delayOwed, type Fold } from './snapshot.js';
import { responsibilityOf } from './responsibility.js';
import type { Case, CaseStatus, Deadline, DeadlineFlag, WorkflowOptions } from './types.js';

const WORKING: ReadonlySet<string> = new Set(['open', 'mediation']);
const WINDOWS: ReadonlySet<string> = new Set(['request-window', 'maximum', 'normal-business-window']);

/** True when a deadline is still something the council has to do, given the case's state. */
function pending(d: Deadline, fold: Fold): boolean {
  if (d.metOn !== undefined || d.supersededBy !== undefined || WINDOWS.has(d.kind)) return false;
  if (d.kind === 'delay-reason-follow-up') return true;
  if (!WORKING.has(fold.state)) return false;
  const run = current(fold);
  if (d.kind === 'acknowledgement' || d.kind === 'allocation') {
    // The first stage's targets only matter while that stage is the one being worked.
    return d.stage === undefined ? fold.runs.length === 1 && run.respondedOn === undefined : d.stage === run.stage;
  }
  return run.respondedOn === undefined;
}

/** True when a window (not an obligation) is still open on `day`. */
function windowOpen(d: Deadline, fold: Fold, day: string): boolean {
  if (d.metOn !== undefined || d.due < day) return false;
  if (d.kind === 'normal-business-window') return fold.state === 'open' && fold.runs.length === 1 && fold.normalBusiness === undefined;
  if (d.kind === 'request-window') return fold.state === 'responded' || fold.state === 'delay-reason-awaited';
  return false;
}

/**
 * The state of a case on a date, using only the events recorded on or before that date: the state, the stage, who is
 * responsible (moved one rung up when the complaint is about the person in the usual role), the next deadline not
 * yet met and the working days to it (negative when overdue), and whether a reason for a late response is owed
 * (with the policy's awaited code, e.g. Dudley's Z045).
 *
 * When nothing is left to do at the stage, `nextDeadline` is the open window (e.g. the last day to ask for the next
 * stage) if one has not yet closed, else absent.
 *
 * @param date - the day to look at, `YYYY-MM-DD` (the caller's "today": the library never reads the clock).
 * @param options - `feed`: a GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`) the calendar uses for the years
 *   it covers (see {@link WorkflowOptions}).
 * @throws {@link InvalidArgumentError} when `date` is before the date of receipt.
 *
 * @example
 * import { parsePolicy, openCase, applyEvent, statusOn } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager', escalatesTo: 'service-manager', source: 'local: example' }, 'service-manager': { title: 'Service Manager' } },
 *   delayReasons: { codes: [{ code: 'Z040', label: 'Complex case' }], awaited: { code: 'Z045', label: 'Reason awaited' }, source: 'local: example' },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * // Received Monday 5 January 2026, about the team manager: the service manager responds, due Monday 19 January.
 * const kase = openCase(policy, { reference: 'C-1', receivedAt: '2026-01-05', about: 'team-manager' });
 * const s = statusOn(policy, kase, '2026-01-14');
 * [s.state, s.stage, s.responsible.role, s.nextDeadline.id, s.nextDeadline.due, s.workingDaysRemaining] //=> ['open', 'stage-1', 'service-manager', 'stage-1-response', '2026-01-19', 3]
 * // Answered on Wednesday 21 January, two working days late: a delay reason is owed.
 * const late = applyEvent(policy, kase, { type: 'response-sent', on: '2026-01-21', outcome: 'upheld' });
 * [statusOn(policy, late, '2026-01-21').state, statusOn(policy, late, '2026-01-21').awaitedCode] //=> ['delay-reason-awaited', 'Z045']
 * statusOn(policy, late, '2026-01-20').overdue //=> true
 * @deprecated Use `createWorkflow(policy, { feed }).statusOn(kase, date)`.
 */
export function statusOn(policy: Policy, kase: Case, date: string, options?: WorkflowOptions): CaseStatus {
  return engineFor(policy, feedOption(options, 'statusOn')).statusOn(kase, date);
}

/** {@link statusOn} in an engine. @internal */
export function statusWith(engine: EngineCore, kase: Case, date: DateInput): CaseStatus {
  const ctx = engine.contextOfCase(kase, 'case');
  const day = parseDate(date, 'date');
  if (day < kase.received) throw new InvalidArgumentError('date', 'must not be before the date of receipt of the case');
  const fold = replay(ctx, kase, 'case', { through: day });
  const run = current(fold);
  const list = deadlinesOf(ctx, fold);
  let next: Deadline | undefined;
  for (const d of list) if (pending(d, fold) && (next === undefined || d.due < next.due)) next = d;
  // Windows still open (normal business while the first stage is worked; the next-stage request once answered)
  // come next when they close before the next thing to do, or when nothing is left to do.
  for (const d of list) {
    if (!windowOpen(d, fold, day)) continue;
    if (next === undefined || d.due < next.due) next = d;
  }
  const flags: DeadlineFlag[] = [];
  for (const d of list) for (const f of d.flags) if (f !== 'missed' && f !== 'clock-start-assumed' && !flags.includes(f)) flags.push(f);
  const owed = delayOwed(fold);
  const status: Record<string, unknown> = {
    date: day,
    state: fold.state,
    stage: run.stage,
    responsible: responsibilityOf(ctx, run, kase.about),
  };
  if (next) {
    status.nextDeadline = next;
    status.workingDaysRemaining = ctx.calendar.countWorkingDays(day, next.due);
  }
  status.overdue = next !== undefined && day > next.due;
  status.delayReasonOwed = owed;
  if (owed && ctx.policy.delayReasons) status.awaitedCode = ctx.policy.delayReasons.awaited.code;
  status.flags = Object.freeze(flags);
  return Object.freeze(status) as unknown as CaseStatus;
}
