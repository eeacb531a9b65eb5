import { parseDate, type Calendar, type CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError, isEchoableKey, keyForMessage } from '../errors.js';
import type { Policy, Stage } from '../policies/index.js';
import { createWorkflow, describeCount, type Case, type CaseSnapshot, type StageSnapshot, type Workflow } from '../workflow/index.js';
import { CaseInputError, type CaseInputIssue } from './errors.js';
import { deepFreeze } from './freeze.js';
import { quarterIndex, quartersOf } from './quarters.js';
import { checkCaseValue, schemaCheckedLists, surelyValidCase } from './check.js';
import { elapsedWorkingDays, isIssue, replayCase } from './replay.js';
import {
  OVERDUE_BANDS,
  type CaseRow,
  type OverdueBand,
  type OverdueCase,
  type OverdueFigures,
  type PerformanceReport,
  type PerformanceReportOptions,
  type ReasonAwaitedCase,
  type ReportPeriod,
  type StageFigures,
  type StageReport,
} from './types.js';

/** Counts for one stage and one quarter; merged into the whole period at the end. */
class Tally {
  received = 0;
  responded = 0;
  inTimeOriginal = 0;
  inTime = 0;
  respondedExtended = 0;
  totalWorkingDays = 0;
  /** hist[n]: responses that took n working days (working days are whole numbers, so the median needs no list). */
  hist: number[] = [];
  longest = -1;
  upheld = 0;
  partlyUpheld = 0;
  notUpheld = 0;
  noOutcome = 0;
  escalated = 0;
  extensionsAgreed = 0;
  extensionsBeyondMaximum = 0;
  delay: number[];
  awaited = 0;

  constructor(codes: number) {
    this.delay = new Array<number>(codes).fill(0);
  }

  addWorkingDays(n: number): void {
    this.totalWorkingDays += n;
    const h = this.hist;
    while (h.length <= n) h.push(0);
    h[n]!++;
    if (n > this.longest) this.longest = n;
  }

  merge(o: Tally): void {
    this.received += o.received;
    this.responded += o.responded;
    this.inTimeOriginal += o.inTimeOriginal;
    this.inTime += o.inTime;
    this.respondedExtended += o.respondedExtended;
    this.totalWorkingDays += o.totalWorkingDays;
    while (this.hist.length < o.hist.length) this.hist.push(0);
    for (let i = 0; i < o.hist.length; i++) this.hist[i]! += o.hist[i]!;
    if (o.longest > this.longest) this.longest = o.longest;
    this.upheld += o.upheld;
    this.partlyUpheld += o.partlyUpheld;
    this.notUpheld += o.notUpheld;
    this.noOutcome += o.noOutcome;
    this.escalated += o.escalated;
    this.extensionsAgreed += o.extensionsAgreed;
    this.extensionsBeyondMaximum += o.extensionsBeyondMaximum;
    for (let i = 0; i < o.delay.length; i++) this.delay[i]! += o.delay[i]!;
    this.awaited += o.awaited;
  }

  /** The value at 0-based rank k among the working-day counts. */
  private rank(k: number): number {
    let seen = 0;
    for (let n = 0; n < this.hist.length; n++) {
      seen += this.hist[n]!;
      if (seen > k) return n;
    }
    return this.longest;
  }

  median(): number | null {
    const count = this.responded;
    if (count === 0) return null;
    const lo = this.rank((count - 1) >> 1);
    const hi = this.rank(count >> 1);
    return (lo + hi) / 2;
  }

  figures(codes: readonly string[]): StageFigures {
    const r = this.responded;
    const byCode: Record<string, number> = {};
    codes.forEach((c, i) => (byCode[c] = this.delay[i]!));
    return {
      received: this.received,
      responded: r,
      inTimeOriginal: this.inTimeOriginal,
      lateOriginal: r - this.inTimeOriginal,
      percentInTimeOriginal: percent(this.inTimeOriginal, r),
      inTime: this.inTime,
      late: r - this.inTime,
      percentInTime: percent(this.inTime, r),
      respondedExtended: this.respondedExtended,
      totalWorkingDays: this.totalWorkingDays,
      meanWorkingDays: r === 0 ? null : round1(this.totalWorkingDays / r),
      medianWorkingDays: this.median(),
      longestWorkingDays: r === 0 ? null : this.longest,
      outcomes: { upheld: this.upheld, partlyUpheld: this.partlyUpheld, notUpheld: this.notUpheld, none: this.noOutcome },
      delayReasons: { byCode, awaited: this.awaited },
      escalated: this.escalated,
      percentEscalated: percent(this.escalated, r),
      extensionsAgreed: this.extensionsAgreed,
      extensionsBeyondMaximum: this.extensionsBeyondMaximum,
    };
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((100 * part) / whole);
}

/** `rows` listed by `order` (one number a row), rows of the same order keeping theirs. */
function inOrder(rows: readonly CaseRow[], order: readonly number[]): CaseRow[] {
  const at = rows.map((_r, i) => i);
  at.sort((a, b) => order[a]! - order[b]! || a - b);
  return at.map((i) => rows[i]!);
}

/** The band of a number of working days overdue (at least 1 unless `asOf` is a non-working day just after the due date). */
export function bandOf(workingDays: number): OverdueBand {
  return workingDays <= 5 ? '1-5' : workingDays <= 10 ? '6-10' : workingDays <= 20 ? '11-20' : 'over-20';
}

/** One stage of one case type, with a tally per quarter and the overdue snapshot. */
/** What the report needs about one case type of the policy. */
interface TypeInfo {
  readonly caseTypeId: string;
  readonly calendar: Calendar;
  readonly stageIds: readonly string[];
  readonly stages: readonly Stage[];
}

interface Section {
  readonly ctx: TypeInfo;
  readonly stageIndex: number;
  readonly tallies: Tally[];
  overdueTotal: number;
  readonly bands: number[];
  overdueLongest: number;
}

function timescaleText(ctx: TypeInfo, index: number): string {
  const def = ctx.stages[index]!;
  const base = describeCount(def.panel ? def.panel.meetWithin : def.timescale);
  return def.panel ? `panel meets within ${base}` : base;
}

/** True when a later stage was asked for after run `r` (mediation offered by the council is not an escalation). */
function escalatedAfter(runs: readonly StageSnapshot[], r: number): boolean {
  for (let j = r + 1; j < runs.length; j++) if (runs[j]!.startedBy !== 'mediation-offered') return true;
  return false;
}

const WORKING_STATES: ReadonlySet<string> = new Set(['open', 'mediation']);

/**
 * The days a stage's clock was stopped up to `until` (from the day it stopped to the day it resumed or restarted,
 * both included; an open stop to `until`), and the working days of its pauses after the clock start, which do not
 * count towards the working days taken.
 */
function clockStoppedDays(cal: Calendar, run: StageSnapshot, start: CalendarDate, until: CalendarDate): { days: number; pausedWorkingDays: number } {
  let days = 0;
  let pausedWorkingDays = 0;
  for (const s of run.clockStops) {
    const end = s.until ?? until;
    if (end < s.from) continue;
    days += Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${s.from}T00:00:00Z`)) / 86_400_000) + 1;
    if (s.effect === 'pause' && end > start && s.from <= until) {
      const from = s.from > start ? s.from : start;
      const to = end < until ? end : until;
      // Working days in [from, to], the clock start (day 0) itself never counted.
      pausedWorkingDays += Math.max(0, cal.countWorkingDays(from, to) + (from > start && cal.isWorkingDay(from) ? 1 : 0));
    }
  }
  return { days, pausedWorkingDays };
}

/**
 * Events whose validity depends on the deadlines a case was opened with: under other rules (a what-if report) an
 * extension to a date no longer after the due date, or a reason for a delay that is no longer a delay, is set aside.
 */
const DEADLINE_DEPENDENT_EVENTS: ReadonlySet<string> = new Set(['extension-agreed', 'delay-reason-recorded']);

/** A case opened under another preset with the events the new rules refuse and that only the old deadlines explain set aside. */
function eventsUnderNewRules(workflow: Workflow, kase: Case, index: number): Case {
  let current = kase;
  for (let tries = 0; tries < kase.events.length; tries++) {
    const result = replayCase(workflow, current, index);
    if (!isIssue(result)) return current;
    const at = /^events\[(\d+)\]/.exec(result.field);
    const j = at ? Number(at[1]) : -1;
    const event = current.events[j];
    if (event === undefined || !DEADLINE_DEPENDENT_EVENTS.has(event.type)) return current;
    current = { ...current, events: current.events.filter((_, n) => n !== j) };
  }
  return current;
}

/**
 * Performance figures for a set of cases over a period, as councils publish them and scrutiny committees ask for
 * them: per case type and stage, for each quarter of the financial year (April–March) that the period covers and
 * for the whole period. Pure: the same policy, cases and options always give the same report.
 *
 * Figures, and which cases each counts (every figure uses only events dated on or before `asOf`):
 * - `received`: stages received in the period (the date of receipt of the case for the first stage; the date the
 *   complainant asked for it for a later stage).
 * - Measured on responses **sent** in the period (the response-sent date, never the date the case was closed on a
 *   system): `responded`; `inTimeOriginal`/`lateOriginal` against the original due date; `inTime`/`late` against the
 *   due date in force when it was sent (the extended date when an extension was agreed); the percentages; the mean,
 *   median and longest working days to respond (from the stage's clock start; a response sent on a non-working day
 *   counts as sent on the next working day); outcomes; reasons for delay of the late responses by code, and those
 *   still awaited at `asOf`; `escalated`, the responses after which a later stage was asked for by `asOf`.
 * - `extensionsAgreed` and `extensionsBeyondMaximum`: extensions agreed in the period (each agreement counts).
 * - `overdue`: a snapshot at `asOf` for the whole period only: stages received on or before `to`, not answered by
 *   `asOf`, still being worked, whose due date in force is before `asOf`, banded by working days overdue (1–5,
 *   6–10, 11–20, over 20; `asOf` on a non-working day counts as the next working day).
 *
 * The figures for the period are the sums of the figures for its quarters. Due dates and working days come from the
 * workflow's own replay of each case (the same dates as `deadlines` and `statusOn`), on the calendar of the case's
 * case type (`caseTypeCalendar`: the policy's calendar unless the case type overrides it).
 *
 * Every case is checked before anything is counted: against the workflow's case schema (`caseSchema`: the dates
 * real `YYYY-MM-DD` dates, the events of known types with their fields, e.g. an outcome of upheld, partly-upheld or
 * not-upheld), then by replaying all of its events under the policy, those after `asOf` included. Cases returned
 * by `casesFromJson` or `casesFromCsv` were checked against the schema when read and are frozen, so that check is
 * not repeated for them.
 *
 * Figures identify no person. Case references appear only in `overdueCases` and `reasonAwaitedCases` (the list the
 * senior-manager email is sent for) and in `rows`; with `includeReferences: false` the lists are empty and rows
 * carry no reference.
 *
 * @param policy - the policy the cases run under.
 * @param cases - case values (from `openCase`/`applyEvent`, `casesFromJson` or `casesFromCsv`).
 * @param options - `from`, `to` (inclusive), `asOf` (default `to`), `includeReferences` (default true), `rows`.
 * @throws {@link InvalidDateError} for a malformed `from`, `to` or `asOf`; {@link InvalidArgumentError} when `to`
 *   is before `from` or `asOf` before `from`; {@link CaseInputError} (code `invalid-cases`) listing every case that
 *   is not a valid case value, does not belong to the policy or has events that break its rules, each as
 *   `cases[i].<field>` and the rule broken, never the value.
 *
 * @example
 * import { getPolicy, openCase, applyEvent, performanceReport } from 'statutory-complaints';
 * const policy = getPolicy('dudley');
 * // Received Monday 1 June 2026: 10 working days end Monday 15 June 2026.
 * let a = openCase(policy, { reference: 'EX-1', receivedAt: '2026-06-01' });
 * a = applyEvent(policy, a, { type: 'response-sent', on: '2026-06-12', outcome: 'upheld' });
 * // Received Tuesday 2 June: due Tuesday 16 June, answered Thursday 18 June (2 working days late), reason Z042.
 * let b = openCase(policy, { reference: 'EX-2', receivedAt: '2026-06-02' });
 * b = applyEvent(policy, b, { type: 'response-sent', on: '2026-06-18', outcome: 'not-upheld' });
 * b = applyEvent(policy, b, { type: 'delay-reason-recorded', on: '2026-06-19', code: 'Z042' });
 * const report = performanceReport(policy, [a, b], { from: '2026-04-01', to: '2026-06-30' });
 * const s1 = report.stages[0].period;
 * [s1.received, s1.responded, s1.inTime, s1.late, s1.percentInTime] //=> [2, 2, 1, 1, 50]
 * // Working days to respond: 9 (Friday 12 June) and 12 (Thursday 18 June).
 * [s1.meanWorkingDays, s1.medianWorkingDays, s1.longestWorkingDays] //=> [10.5, 10.5, 12]
 * s1.delayReasons.byCode.Z042 //=> 1
 * report.quarters.map((q) => q.label) //=> ['Q1 2026/27']
 * // A hand-made case value with a date that does not exist is refused, naming the case and the field.
 * performanceReport(policy, [a, { ...b, received: '2026-02-30' }], { from: '2026-04-01', to: '2026-06-30' }) //=> throws CaseInputError
 */
export function performanceReport(policy: Policy, cases: readonly Case[], options: PerformanceReportOptions): PerformanceReport {
  const input: unknown = cases; // checked as a value: a JavaScript caller may pass anything
  if (!Array.isArray(input)) throw new InvalidArgumentError('cases', 'must be an array of cases');
  const accumulator = createReportAccumulator(policy, options);
  // Every case is checked before it counts: against the workflow's case schema (unless it comes from casesFromJson
  // or casesFromCsv, which checked it and froze it), then by replaying all of its events under the policy, those
  // after `asOf` included. Every case is checked, so that the error lists them all.
  const checked = schemaCheckedLists.has(cases);
  const issues: CaseInputIssue[] = [];
  for (let i = 0; i < cases.length; i++) {
    const bad = accumulator.add(cases[i], i, checked);
    if (bad !== undefined) issues.push(...bad);
  }
  if (issues.length > 0) throw new CaseInputError(issues);
  return accumulator.finish();
}

/**
 * Internal: the report's accumulators, fed one case at a time (performanceReport over an array; the streaming
 * readers over a file read in chunks), so a report never needs every case in memory at once. Only the overdue and
 * reason-awaited lists (and the per-case rows when asked for) grow with the cases.
 * @internal
 */
export interface ReportAccumulator {
  /**
   * Checks one case (the schema unless `schemaChecked`, its policy and case type, a replay of all its events) and,
   * when it is good, counts it. Returns the case's issues (named by `index`) when it is bad: it is then not counted.
   * `order`, when given for every case, places the case's per-case rows: they are listed by it (cases with the same
   * `order` in the order they were added), for a reader that adds cases in another order than the input's.
   */
  add(value: unknown, index: number, schemaChecked?: boolean, order?: number): CaseInputIssue[] | undefined;
  /** The report over the good cases added so far. */
  finish(): PerformanceReport;
  /** The engine the cases are replayed with (the policy and the `feed`), for a reader that makes cases from rows. */
  readonly workflow: Workflow;
}

/** @internal See {@link ReportAccumulator}. Checks the options as performanceReport does. */
export function createReportAccumulator(policy: Policy, options: PerformanceReportOptions): ReportAccumulator {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', "must be an object such as { from: '2025-04-01', to: '2026-03-31' }");
  }
  for (const key of Object.keys(options)) {
    if (!['from', 'to', 'asOf', 'includeReferences', 'rows', 'feed', 'openedUnder'].includes(key)) {
      // A key may be data: named only when it looks like a field name (issue 20 item 3).
      throw new InvalidArgumentError(
        isEchoableKey(key) ? `options.${key}` : 'options',
        `${isEchoableKey(key) ? 'is' : `has ${keyForMessage(key)}, which is`} not an option of performanceReport; the options are from, to, asOf, includeReferences, rows, feed and openedUnder`,
      );
    }
  }
  const from = parseDate(options.from, 'from');
  const to = parseDate(options.to, 'to');
  if (to < from) throw new InvalidArgumentError('to', 'must not be before from');
  const asOf = options.asOf === undefined ? to : parseDate(options.asOf, 'asOf');
  if (asOf < from) throw new InvalidArgumentError('asOf', 'must not be before from');
  const includeReferences = options.includeReferences ?? true;
  if (typeof includeReferences !== 'boolean') throw new InvalidArgumentError('includeReferences', 'must be true or false');
  const wantRows = options.rows ?? false;
  if (typeof wantRows !== 'boolean') throw new InvalidArgumentError('rows', 'must be true or false');
  // One engine for the whole report: it checks the policy once and keeps the calendars for every case.
  const workflow: Workflow = createWorkflow(policy, options.feed === undefined ? undefined : { feed: options.feed });
  policy = workflow.policy;
  const openedUnder = options.openedUnder;
  if (openedUnder !== undefined && (typeof openedUnder !== 'string' || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(openedUnder))) {
    throw new InvalidArgumentError('openedUnder', "must be the id of the preset the cases were opened under, e.g. 'dudley'");
  }
  const policyId = policy.id;
  // What-if: a case opened under `openedUnder` is counted as if opened under `policy` (deadlines recomputed).
  const underPolicy = (value: Case): Case => (openedUnder !== undefined && openedUnder !== policyId && value.policyId === openedUnder ? { ...value, policyId } : value);
  let setAside = 0;

  const quarters = quartersOf(from, to);
  const q0 = quarterIndex(from);
  const codes = policy.delayReasons ? policy.delayReasons.codes.map((c) => c.code) : [];
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  const awaitedCode = policy.delayReasons?.awaited.code;

  // Sections per case type, created when a case of the type is first seen.
  const sectionsByType = new Map<string, Section[]>();
  const sectionsOf = (ctx: TypeInfo): Section[] => {
    let list = sectionsByType.get(ctx.caseTypeId);
    if (!list) {
      list = ctx.stages.map((_s, stageIndex) => ({
        ctx,
        stageIndex,
        tallies: quarters.map(() => new Tally(codes.length)),
        overdueTotal: 0,
        bands: [0, 0, 0, 0],
        overdueLongest: -1,
      }));
      sectionsByType.set(ctx.caseTypeId, list);
    }
    return list;
  };

  const overdueCases: OverdueCase[] = [];
  const awaitedCases: ReasonAwaitedCase[] = [];
  const rows: CaseRow[] = [];
  /** With `order` (see ReportAccumulator.add): the order of each row's case. */
  const rowOrder: number[] = [];
  let order: number | undefined;
  const inPeriod = (d: CalendarDate): number => (d < from || d > to ? -1 : quarterIndex(d) - q0);

  const types = new Map<string, TypeInfo>();
  const typeOf = (caseTypeId: string): TypeInfo => {
    let info = types.get(caseTypeId);
    if (info === undefined) {
      const stages = policy.caseTypes[caseTypeId]!.stages;
      const stageIds = Object.keys(stages);
      info = { caseTypeId, calendar: workflow.calendar(caseTypeId), stageIds, stages: stageIds.map((id) => stages[id]!) };
      types.set(caseTypeId, info);
    }
    return info;
  };
  let kase: Case;
  // Seen on `asOf` by the replay (all events are replayed and checked, those after `asOf` too).
  const visit = (snapshot: CaseSnapshot): void => {
    const info = typeOf(snapshot.caseTypeId);
    tallyCase(info, kase, snapshot, sectionsOf(info));
  };
  const replayOptions = { asOf, visit };
  function add(value: unknown, i: number, schemaChecked = false, caseOrder?: number): CaseInputIssue[] | undefined {
    kase = value as Case;
    order = caseOrder;
    // The schema words the problems; a value that certainly passes it (most of a large export) skips it.
    if (!schemaChecked && !surelyValidCase(value)) {
      const issues: CaseInputIssue[] = [];
      if (checkCaseValue(value, i, issues) === undefined) return issues;
    }
    const original = kase;
    kase = underPolicy(original);
    if (kase !== original) {
      const kept = eventsUnderNewRules(workflow, kase, i);
      setAside += kase.events.length - kept.events.length;
      kase = kept;
    }
    // A case with events after asOf is counted on asOf, before those events are checked: so they are checked
    // first, by a replay that counts nothing, and the case counts only when all of them are good.
    const given: unknown = kase.events; // checked as a value: a case that skipped the schema check may lack its list
    const events: Case['events'] = Array.isArray(given) ? (given as Case['events']) : [];
    let later = false;
    for (let j = 0; j < events.length && !later; j++) later = events[j]!.on > asOf;
    if (later) {
      const checkedAll = replayCase(workflow, kase, i);
      if (isIssue(checkedAll)) return [checkedAll];
    }
    const replayed = replayCase(workflow, kase, i, replayOptions);
    return isIssue(replayed) ? [replayed] : undefined;
  }

  function tallyCase(ctx: TypeInfo, kase: Case, fold: CaseSnapshot, sections: Section[]): void {
    const cal = ctx.calendar;
    const runs = fold.stages;
    const last = runs.length - 1;
    for (let r = 0; r <= last; r++) {
      const run = runs[r]!;
      const section = sections[run.index]!;
      const tallies = section.tallies;
      const receivedIn = inPeriod(run.requestedOn);
      if (receivedIn >= 0) tallies[receivedIn]!.received++;
      const extensions = run.extensions;
      for (let x = 0; x < extensions.length; x++) {
        const ext = extensions[x]!;
        const b = inPeriod(ext.agreedOn);
        if (b >= 0) {
          tallies[b]!.extensionsAgreed++;
          if (ext.beyondMaximum) tallies[b]!.extensionsBeyondMaximum++;
        }
      }
      const respondedOn = run.respondedOn;
      let respondedIn = -1;
      let overdueDays = -1;
      let due: CalendarDate | undefined;
      if (respondedOn !== undefined) {
        respondedIn = inPeriod(respondedOn);
        if (respondedIn < 0 && receivedIn < 0) continue;
      } else if (r === last && WORKING_STATES.has(fold.state) && run.requestedOn <= to) {
        due = workflow.stageDates(fold, r).ladderDue;
        if (asOf > due) overdueDays = elapsedWorkingDays(cal, due, asOf);
      }
      if (respondedIn < 0 && receivedIn < 0 && overdueDays < 0) continue;

      const dates = workflow.stageDates(fold, r);
      const start = dates.clockStart.date;
      const original = dates.originalDue;
      const escalated = escalatedAfter(runs, r);
      let days = -1;
      let delayCode: string | null = null;
      const stopped = clockStoppedDays(cal, run, start, respondedOn ?? asOf);
      if (respondedOn !== undefined) {
        // The working days the clock was paused do not count (FOIA 2000 s.10(2), UK GDPR art 12A(5)).
        days = elapsedWorkingDays(cal, start, respondedOn) - stopped.pausedWorkingDays;
        if (run.late === true && fold.tracksDelay) delayCode = run.delayCode ?? awaitedCode ?? null;
      }
      if (respondedIn >= 0) {
        const t = tallies[respondedIn]!;
        t.responded++;
        if (respondedOn! <= original) t.inTimeOriginal++;
        if (run.late !== true) t.inTime++;
        if (extensions.length > 0) t.respondedExtended++;
        t.addWorkingDays(days);
        const outcome = run.outcome;
        if (outcome === 'upheld') t.upheld++;
        else if (outcome === 'partly-upheld') t.partlyUpheld++;
        else if (outcome === 'not-upheld') t.notUpheld++;
        else t.noOutcome++;
        if (escalated) t.escalated++;
        if (run.late === true && fold.tracksDelay) {
          const k = run.delayCode === undefined ? undefined : codeIndex.get(run.delayCode);
          if (k !== undefined) t.delay[k]!++;
          else {
            t.awaited++;
            if (includeReferences) {
              awaitedCases.push({
                reference: kase.reference,
                caseType: ctx.caseTypeId,
                stage: run.stage,
                due: run.dueAtResponse!,
                responded: respondedOn!,
                workingDaysLate: elapsedWorkingDays(cal, run.dueAtResponse!, respondedOn!),
              });
            }
          }
        }
      }
      if (overdueDays >= 0) {
        const band = bandOf(overdueDays);
        section.overdueTotal++;
        section.bands[OVERDUE_BANDS.indexOf(band)]!++;
        if (overdueDays > section.overdueLongest) section.overdueLongest = overdueDays;
        if (includeReferences) {
          overdueCases.push({
            reference: kase.reference,
            caseType: ctx.caseTypeId,
            stage: run.stage,
            received: run.requestedOn,
            due: due!,
            workingDaysOverdue: overdueDays,
            band,
          });
        }
      }
      if (wantRows) {
        const currentDue = respondedOn !== undefined ? run.dueAtResponse! : (due ?? dates.ladderDue);
        const row: Record<string, unknown> = {};
        if (includeReferences) row.reference = kase.reference;
        row.caseType = ctx.caseTypeId;
        row.stage = run.stage;
        row.received = run.requestedOn;
        row.clockStart = start;
        row.originalDue = original;
        row.extendedDue = extensions.length > 0 ? currentDue : null;
        row.responded = respondedOn ?? null;
        row.workingDaysToRespond = days >= 0 ? days : null;
        row.inTimeOriginal = respondedOn !== undefined ? respondedOn <= original : null;
        row.inTime = respondedOn !== undefined ? run.late !== true : null;
        row.outcome = run.outcome ?? null;
        row.delayCode = delayCode;
        row.escalated = escalated;
        row.workingDaysOverdue = overdueDays >= 0 ? overdueDays : null;
        row.daysClockStopped = stopped.days;
        rows.push(row as unknown as CaseRow);
        if (order !== undefined) rowOrder.push(order);
      }
    }
  }

  function finish(): PerformanceReport {
    const stages: StageReport[] = [];
    for (const [caseTypeId, caseType] of Object.entries(policy.caseTypes)) {
      const sections = sectionsByType.get(caseTypeId);
      if (!sections) continue;
      for (const section of sections) {
        const whole = new Tally(codes.length);
        for (const t of section.tallies) whole.merge(t);
        const stageId = section.ctx.stageIds[section.stageIndex]!;
        const bands = {} as Record<OverdueBand, number>;
        OVERDUE_BANDS.forEach((b, k) => (bands[b] = section.bands[k]!));
        const overdue: OverdueFigures = {
          total: section.overdueTotal,
          bands,
          longestWorkingDays: section.overdueLongest < 0 ? null : section.overdueLongest,
        };
        stages.push({
          caseType: caseTypeId,
          caseTypeTitle: caseType.title,
          stage: stageId,
          stageTitle: section.ctx.stages[section.stageIndex]!.title,
          timescale: timescaleText(section.ctx, section.stageIndex),
          period: whole.figures(codes),
          quarters: section.tallies.map((t) => t.figures(codes)),
          overdue,
        });
      }
    }

    const byRef = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    overdueCases.sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue || byRef(a.reference, b.reference) || byRef(a.stage, b.stage));
    awaitedCases.sort((a, b) => byRef(a.responded, b.responded) || byRef(a.reference, b.reference) || byRef(a.stage, b.stage));

    const period: ReportPeriod = { label: 'Whole period', from, to };
    const report: Record<string, unknown> = {
      policy: { id: policy.id, version: policy.version, title: policy.title },
      ...(openedUnder !== undefined && openedUnder !== policy.id ? { openedUnder: { id: openedUnder, eventsSetAside: setAside } } : {}),
      from,
      to,
      asOf,
      includeReferences,
      period,
      quarters,
      delayReasonCodes: policy.delayReasons ? policy.delayReasons.codes.map((c) => ({ code: c.code, label: c.label })) : [],
    };
    if (policy.delayReasons) report.awaitedCode = { code: policy.delayReasons.awaited.code, label: policy.delayReasons.awaited.label };
    report.stages = stages;
    report.overdueCases = overdueCases;
    report.reasonAwaitedCases = awaitedCases;
    if (wantRows) report.rows = rowOrder.length === rows.length && rows.length > 0 ? inOrder(rows, rowOrder) : rows;
    return deepFreeze(report) as unknown as PerformanceReport;
  }

  return { add, finish, workflow };
}
