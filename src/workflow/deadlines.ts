import type { CalendarDate } from '../calendar/index.js';
import type { Policy } from '../policies/index.js';
import { feedOption, type Context } from './context.js';
import { countOf, explainCount, skippedBetween, windowCountOf, type Count, type Explained } from './dates.js';
import { engineFor } from './engine.js';
import { panelDates } from './rules/panel.js';
import { clockStart } from './rules/clock-start.js';
import { explainPaused, explainTo, pausesAfter, stopIsOpen } from './rules/clock-stops.js';
import { requestWindowStart } from './rules/request-window.js';
import { extendedDue, lastExtension, maximumCount, monthsCount } from './rules/response-due.js';
import { acknowledgementTarget, allocationTarget, targetStart, type TargetRef } from './rules/targets.js';
import { current, type Fold, type Run, type Start } from './snapshot.js';
import type { Case, Deadline, DeadlineFlag, DeadlineKind, WorkflowOptions } from './types.js';

interface Spec {
  id: string;
  kind: DeadlineKind;
  stage?: string | undefined;
  ruleId: string;
  source: string;
  start: Start;
  count: Count;
  explained: Explained;
  metOn?: CalendarDate | undefined;
  flags?: DeadlineFlag[] | undefined;
  supersededBy?: string | undefined;
}

const NO_FLAGS: readonly DeadlineFlag[] = Object.freeze([]);

function make(s: Spec): Deadline {
  const { start, explained, metOn, count } = s;
  let flags: readonly DeadlineFlag[] = s.flags && s.flags.length > 0 ? [...s.flags] : NO_FLAGS;
  // No caller passes either flag: they are worked out here only.
  const assumed = start.assumed;
  const missed = metOn !== undefined && metOn > explained.due;
  if (assumed || missed) {
    const more = [...flags];
    if (assumed) more.push('clock-start-assumed');
    if (missed) more.push('missed');
    flags = more;
  }
  // The fields in their documented order, all but the last few in one literal (an object built field by field is
  // slower): one literal per shape (with or without a stage; the count in working days, calendar days or months).
  const id = s.id;
  const kind = s.kind;
  const stage = s.stage;
  const ruleId = s.ruleId;
  const source = s.source;
  const from = start.date;
  const startedBy = start.by;
  const due = explained.due;
  const skipped = explained.skipped;
  const provisional = explained.provisional || start.assumed;
  let d: Record<string, unknown>;
  if (count.calendarMonths !== undefined) {
    // Only a stage's own counts are in months (targets count days), so there is a stage.
    const calendarMonths = count.calendarMonths;
    d = { id, kind, stage, ruleId, source, start: from, startedBy, calendarMonths, due, skipped, provisional };
  } else if (count.calendarDays !== undefined) {
    const calendarDays = count.calendarDays;
    d =
      stage === undefined
        ? { id, kind, ruleId, source, start: from, startedBy, calendarDays, due, skipped, provisional }
        : { id, kind, stage, ruleId, source, start: from, startedBy, calendarDays, due, skipped, provisional };
  } else {
    const workingDays = count.workingDays ?? 0;
    d =
      stage === undefined
        ? { id, kind, ruleId, source, start: from, startedBy, workingDays, due, skipped, provisional }
        : { id, kind, stage, ruleId, source, start: from, startedBy, workingDays, due, skipped, provisional };
  }
  if (metOn !== undefined) d.metOn = metOn;
  if (s.supersededBy !== undefined) d.supersededBy = s.supersededBy;
  d.flags = flags === NO_FLAGS ? flags : Object.freeze(flags);
  return Object.freeze(d) as unknown as Deadline;
}

function target(ctx: Context, run: Run, t: TargetRef, id: string, kind: DeadlineKind, metOn: CalendarDate | undefined, stage?: string): Deadline {
  const start = targetStart(ctx, run, t.from);
  const count = countOf(t);
  return make({
    id,
    kind,
    stage,
    ruleId: t.ruleId,
    source: t.source,
    start,
    count,
    explained: explainCount(ctx.calendar, start.date, count),
    metOn,
  });
}

function requestWindow(ctx: Context, fold: Fold, run: Run, next: Run | undefined): Deadline | undefined {
  const esc = run.def.escalation;
  const start = requestWindowStart(run);
  if (!esc || !start) return undefined;
  const flags: DeadlineFlag[] = [];
  let metOn: CalendarDate | undefined;
  if (next) {
    metOn = next.requestedOn;
    if (next.discretion === 'accepted') flags.push('late-request-accepted');
  } else if (fold.pending) {
    metOn = fold.pending.on;
    flags.push('late-request-needs-discretion');
  } else if (fold.refusedRequest) {
    metOn = fold.refusedRequest.on;
    flags.push('late-request-refused');
  }
  const count = windowCountOf(esc);
  return make({
    id: `${esc.to}-request-window`,
    kind: 'request-window',
    stage: run.stage,
    ruleId: `caseTypes.${ctx.caseTypeId}.stages.${run.stage}.escalation`,
    source: esc.source,
    start,
    count,
    explained: explainCount(ctx.calendar, start.date, count),
    metOn,
    flags,
  });
}

/** A count from the stage's clock start explained, the days the clock was paused listed among those skipped. */
function explainStage(ctx: Context, run: Run, start: Start, count: Count): Explained {
  if (run.clockStops.length === 0) return explainCount(ctx.calendar, start.date, count);
  return explainPaused(ctx.calendar, start.date, count, pausesAfter(run, start.date), stopIsOpen(run));
}

/** The flags a stopped or restarted clock puts on the stage's response deadlines. */
function stopFlags(run: Run, start: Start): DeadlineFlag[] {
  const flags: DeadlineFlag[] = [];
  if (run.clockStops.length === 0) return flags;
  if (stopIsOpen(run)) flags.push('clock-stopped');
  if (start.by === 'clock-restarted') flags.push('clock-restarted');
  return flags;
}

function responseDeadlines(ctx: Context, run: Run, out: Deadline[]): void {
  const cal = ctx.calendar;
  const def = run.def;
  const base = `caseTypes.${ctx.caseTypeId}.stages.${run.stage}`;
  const start = clockStart(ctx, run);
  const count = countOf(def.timescale);
  const last = lastExtension(ctx, run);
  const extendedId = `${run.stage}-extended-response`;
  const stopped = stopFlags(run, start);
  out.push(
    make({
      id: `${run.stage}-response`,
      kind: 'response',
      stage: run.stage,
      ruleId: `${base}.timescale`,
      source: def.timescale.source,
      start,
      count,
      explained: explainStage(ctx, run, start, count),
      metOn: last ? undefined : run.respondedOn,
      supersededBy: last ? extendedId : undefined,
      flags: stopped,
    }),
  );
  const ext = def.extension;
  const maxCount = maximumCount(run);
  if (ext && maxCount) {
    const explained = explainStage(ctx, run, start, maxCount);
    out.push(
      make({
        id: `${run.stage}-maximum`,
        kind: 'maximum',
        stage: run.stage,
        ruleId: `${base}.extension`,
        source: ext.source,
        start,
        count: maxCount,
        explained,
        flags: stopped,
      }),
    );
  }
  if (last && ext) {
    const flags: DeadlineFlag[] = [...stopped];
    if (last.beyondMaximum) flags.push('extension-beyond-statutory-maximum');
    if (run.extensions.some((x) => x.afterOriginal)) flags.push('extension-agreed-after-original-date-passed');
    if (!last.agreedWithComplainant) flags.push('extension-not-agreed-with-complainant');
    const due = extendedDue(ctx, run, last);
    const extCount: Count = last.calendarMonths !== undefined ? monthsCount(run, last.calendarMonths) : { workingDays: cal.countWorkingDays(start.date, due) };
    let explained: Explained;
    if (last.calendarMonths !== undefined) explained = explainStage(ctx, run, start, extCount);
    else if (run.clockStops.length === 0) explained = skippedBetween(cal, start.date, due);
    else {
      const calendarCount = def.timescale.calendarMonths !== undefined || def.timescale.calendarDays !== undefined;
      explained = explainTo(cal, start.date, due, calendarCount, pausesAfter(run, start.date), stopIsOpen(run));
    }
    out.push(
      make({
        id: extendedId,
        kind: 'extended-response',
        stage: run.stage,
        ruleId: `${base}.extension`,
        source: ext.source,
        start,
        count: extCount,
        explained: { ...explained, due },
        metOn: run.respondedOn,
        flags,
      }),
    );
  }
  for (const s of def.steps ?? []) {
    if (!s.timescale) continue;
    const c = countOf(s.timescale);
    // A step counted from allocation (or acknowledgement) starts there; before it happens, provisionally, on the
    // target's date.
    const stepStart = s.from === undefined ? start : targetStart(ctx, run, s.from);
    out.push(
      make({
        id: `${run.stage}-${s.id}`,
        kind: 'step',
        stage: run.stage,
        ruleId: `${base}.steps.${s.id}`,
        source: s.timescale.source,
        start: stepStart,
        count: c,
        explained: explainCount(cal, stepStart.date, c),
        metOn: run.steps.find((x) => x.step === s.id)?.on,
      }),
    );
  }
}

function panelDeadlines(ctx: Context, run: Run, out: Deadline[]): void {
  const cal = ctx.calendar;
  const panel = run.def.panel!;
  const p = panelDates(ctx, run)!;
  const base = `caseTypes.${ctx.caseTypeId}.stages.${run.stage}.panel`;
  const count = countOf;
  out.push(
    make({
      id: `${run.stage}-panel-meeting`,
      kind: 'panel-meeting',
      stage: run.stage,
      ruleId: `${base}.meetWithin`,
      source: panel.meetWithin.source,
      start: p.meetingStart,
      count: count(panel.meetWithin),
      explained: explainCount(cal, p.meetingStart.date, count(panel.meetWithin)),
      metOn: run.hearingHeldOn,
    }),
  );
  if (panel.hearingNotice && run.hearingDate && p.notice) {
    const n = panel.hearingNotice.workingDays ?? 0;
    const between = skippedBetween(cal, p.notice, run.hearingDate);
    out.push(
      make({
        id: `${run.stage}-hearing-notice`,
        kind: 'hearing-notice',
        stage: run.stage,
        ruleId: `${base}.hearingNotice`,
        source: panel.hearingNotice.source,
        start: { date: run.hearingDate, by: 'hearing-arranged', assumed: false },
        count: { workingDays: n },
        explained: { due: p.notice, skipped: between.skipped, provisional: between.provisional },
        metOn: run.hearingArrangedOn,
      }),
    );
  }
  out.push(
    make({
      id: `${run.stage}-panel-report`,
      kind: 'panel-report',
      stage: run.stage,
      ruleId: `${base}.report`,
      source: panel.report.source,
      start: p.reportStart,
      count: count(panel.report),
      explained: explainCount(cal, p.reportStart.date, count(panel.report)),
      metOn: run.reportReceivedOn,
    }),
  );
  const final = explainCount(cal, p.finalStart.date, count(panel.response));
  const last = run.extensions[run.extensions.length - 1];
  out.push(
    make({
      id: `${run.stage}-final-response`,
      kind: 'final-response',
      stage: run.stage,
      ruleId: `${base}.response`,
      source: panel.response.source,
      start: p.finalStart,
      count: count(panel.response),
      explained: last && last.due > final.due ? { ...skippedBetween(cal, p.finalStart.date, last.due), due: last.due } : final,
      metOn: run.respondedOn,
      flags: last && last.beyondMaximum ? ['extension-beyond-statutory-maximum'] : undefined,
    }),
  );
}

function delayFollowUps(ctx: Context, fold: Fold, out: Deadline[]): void {
  const f = ctx.policy.delayReasons?.followUp;
  if (!f) return;
  for (const run of fold.runs) {
    if (!run.late || !run.respondedOn) continue;
    const start: Start = { date: run.respondedOn, by: run.respondedBy!, assumed: false }; // a response records the event that gave it (reduce.ts, respond)
    out.push(
      make({
        id: `${run.stage}-delay-reason-follow-up`,
        kind: 'delay-reason-follow-up',
        stage: run.stage,
        ruleId: 'delayReasons.followUp',
        source: f.source,
        start,
        count: { workingDays: f.afterWorkingDays },
        explained: explainCount(ctx.calendar, start.date, { workingDays: f.afterWorkingDays }),
        metOn: run.delayRecordedOn,
      }),
    );
  }
}

/** Every deadline that applies to a replayed case now. */
export function deadlinesOf(ctx: Context, fold: Fold): Deadline[] {
  const out: Deadline[] = [];
  const first = fold.runs[0]!;
  const run = current(fold);
  const ack = acknowledgementTarget(ctx, first);
  if (ack) out.push(target(ctx, first, ack, 'acknowledgement', 'acknowledgement', first.acknowledgedOn));
  const alloc = allocationTarget(ctx, first);
  if (alloc) out.push(target(ctx, first, alloc, 'allocation', 'allocation', first.allocatedOn));
  const nb = ctx.caseType.normalBusiness;
  if (nb && fold.runs.length === 1) {
    const t: TargetRef = { ...nb, ruleId: `caseTypes.${ctx.caseTypeId}.normalBusiness` };
    const d = target(ctx, first, t, 'normal-business-window', 'normal-business-window', fold.normalBusiness?.inWindow ? fold.normalBusiness.on : undefined);
    if (fold.normalBusiness && !fold.normalBusiness.inWindow) {
      out.push(Object.freeze({ ...d, flags: Object.freeze<DeadlineFlag[]>([...d.flags, 'normal-business-confirmed-too-late']) }));
    } else {
      out.push(d);
    }
  }
  const previous = fold.runs.length > 1 ? fold.runs[fold.runs.length - 2] : undefined;
  if (previous && run.requestLate) {
    // A late request was late for the previous stage's window, which therefore exists.
    out.push(requestWindow(ctx, fold, previous, run)!);
  }
  if (run.index > 0) {
    const sAck = acknowledgementTarget(ctx, run);
    if (sAck) out.push(target(ctx, run, sAck, `${run.stage}-acknowledgement`, 'acknowledgement', run.acknowledgedOn, run.stage));
    const sAlloc = allocationTarget(ctx, run);
    if (sAlloc) out.push(target(ctx, run, sAlloc, `${run.stage}-allocation`, 'allocation', run.allocatedOn, run.stage));
  }
  if (run.def.panel) panelDeadlines(ctx, run, out);
  else responseDeadlines(ctx, run, out);
  const w = requestWindow(ctx, fold, run, undefined);
  if (w) out.push(w);
  delayFollowUps(ctx, fold, out);
  return out;
}

/**
 * Every deadline that applies to a case now, worked out from the policy and the events (never stored): the
 * acknowledgement and allocation targets, the normal-business window, the current stage's response (the original
 * date, and when extended the agreed date, with the stage's maximum), its steps, a panel stage's meeting, hearing
 * notice, report and final response, the window to ask for the next stage, and the senior-manager follow-up of a
 * late response whose reason has not been given.
 *
 * Each deadline names its rule (`ruleId`, a path in the policy) and `source`, the `start` (day 0) and what started
 * it, the count in working days, calendar days or calendar months, the `due` date, every non-working day `skipped` with its reason,
 * whether it is `provisional` (unpublished holiday data, or an event assumed on its target date, e.g. a response
 * counted from an acknowledgement not yet made), `metOn` when the event that satisfies it happened, and `flags`
 * (`missed`, `extension-beyond-statutory-maximum`, `extension-agreed-after-original-date-passed`,
 * `late-request-needs-discretion`, …). Ids: `acknowledgement`, `allocation`, `normal-business-window`,
 * `<stage>-response`, `<stage>-extended-response`, `<stage>-maximum`, `<stage>-<step>`, `<next stage>-request-window`,
 * `<stage>-acknowledgement`, `<stage>-allocation`, `<stage>-panel-meeting`, `<stage>-hearing-notice`, `<stage>-panel-report`,
 * `<stage>-final-response`, `<stage>-delay-reason-follow-up`.
 *
 * Pass a GOV.UK bank-holidays feed as `options.feed` (from `parseGovUkBankHolidays`, see {@link WorkflowOptions}) to
 * count with bank holidays proclaimed after this release: the feed's dates replace the bundled ones for the years it
 * covers, and a skipped holiday is reported with the feed's title.
 *
 * @example
 * import { parsePolicy, openCase, deadlines } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint',
 *     acknowledgement: { workingDays: 3, source: 'local: example' },
 *     stages: { 'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' },
 *       extension: { maxWorkingDays: 20, localDateMayExceed: true, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * // Received Friday 19 December 2025: Christmas Day, Boxing Day and New Year's Day are skipped (England and Wales).
 * const list = deadlines(policy, openCase(policy, { reference: 'C-1', receivedAt: '2025-12-19' }));
 * list.map((d) => [d.id, d.due]) //=> [['acknowledgement', '2025-12-24'], ['stage-1-response', '2026-01-07'], ['stage-1-maximum', '2026-01-21']]
 * list[1].skipped.filter((d) => d.kind === 'holiday').map((d) => d.reason) //=> ['Christmas Day', 'Boxing Day', 'New Year’s Day']
 * @deprecated Use `createWorkflow(policy, { feed }).deadlines(kase)`: the engine keeps its calendars and its last
 *   replay between calls.
 */
export function deadlines(policy: Policy, kase: Case, options?: WorkflowOptions): readonly Deadline[] {
  return engineFor(policy, feedOption(options, 'deadlines')).deadlines(kase);
}
