import type { CalendarDate, DateInput } from '../calendar/index.js';
import type { BankHolidayFeed } from '../calendar/index.js';

/**
 * The shapes of a performance report.
 *
 * Which cases each figure counts (the "membership rule"); every figure uses only the events dated on or before
 * `asOf`:
 *
 * | figure | a stage of a case counts in a period when… |
 * | --- | --- |
 * | `received` | it was received in the period: the date of receipt for the first stage, the date the complainant asked for it for a later stage |
 * | `responded` and everything measured on a response (in time, late, working days to respond, outcomes, reasons for delay, escalation) | its response was **sent** in the period (the response-sent date, never the date the case was closed on a system) |
 * | `extensionsAgreed`, `extensionsBeyondMaximum` | the extension was agreed in the period (`agreedOn`, default the event date) |
 * | `overdue` (bands and list) | a snapshot at `asOf`: the stage was received on or before `to`, has no response by `asOf`, is still being worked (not withdrawn, referred back, closed…) and its response due date (the extended one when extended) is before `asOf`; whole period only |
 *
 * So the figures for a period are exactly the sums of the figures for its quarters (all counts and the total of
 * working days), and the means, medians and percentages are worked out from those sums.
 *
 * @module
 */

/** Options of {@link performanceReport}. */
export interface PerformanceReportOptions {
  /** First day of the period, `YYYY-MM-DD` (inclusive). */
  readonly from: DateInput;
  /** Last day of the period, `YYYY-MM-DD` (inclusive). */
  readonly to: DateInput;
  /**
   * The day the report is drawn up (the library never reads the clock): events after it are ignored, and open
   * cases are overdue when their due date is before it. Default: `to`. Must not be before `from`.
   */
  readonly asOf?: DateInput;
  /** Keep case references in the overdue and reason-awaited lists and the per-case rows (default `true`). */
  readonly includeReferences?: boolean;
  /** Also collect one row per stage of each case counted ({@link PerformanceReport.rows}), for the per-case CSV (default `false`). */
  readonly rows?: boolean;
  /**
   * A GOV.UK bank-holiday feed (from `parseGovUkBankHolidays`): its dates replace the bundled ones for the years it
   * covers, as in the workflow, so a newly proclaimed bank holiday moves due dates and working-day counts.
   */
  readonly feed?: BankHolidayFeed;
  /**
   * A what-if report: the id of the preset the cases were opened under when it is not `policy` (e.g. `dudley`, for
   * a council's own preset that extends it). Cases opened under it are counted with every deadline recomputed under
   * `policy`; the report says both ({@link PerformanceReport.openedUnder}). Cases opened under `policy` itself
   * count as usual; cases opened under any other preset are still refused.
   */
  readonly openedUnder?: string;
}

/** A band of working days overdue. `1-5` also holds a case whose due date passed just before a weekend `asOf`. */
export type OverdueBand = '1-5' | '6-10' | '11-20' | 'over-20';

/**
 * The bands of working days overdue, in order: 1–5, 6–10, 11–20 and over 20.
 *
 * @example
 * import { OVERDUE_BANDS } from 'statutory-complaints/reporting';
 * OVERDUE_BANDS //=> ['1-5', '6-10', '11-20', 'over-20']
 */
export const OVERDUE_BANDS: readonly OverdueBand[] = Object.freeze(['1-5', '6-10', '11-20', 'over-20']);

/** A part of the report's period: a quarter of the financial year (April to March), cut to the period. */
export interface ReportPeriod {
  /** e.g. `Q1 2025/26`, or `Whole period`. */
  readonly label: string;
  /** First day of the financial year, e.g. `2025` for 2025/26 (absent for the whole period). */
  readonly financialYear?: number;
  /** 1 (April–June), 2 (July–September), 3 (October–December) or 4 (January–March); absent for the whole period. */
  readonly quarter?: 1 | 2 | 3 | 4;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** Response outcomes counted. */
export interface OutcomeCounts {
  readonly upheld: number;
  readonly partlyUpheld: number;
  readonly notUpheld: number;
  /** Responses with no outcome (enquiries and information requests, mediation). */
  readonly none: number;
}

/** Reasons for delay of the late responses. */
export interface DelayReasonCounts {
  /** Count per delay-reason code of the policy, in the policy's order (every code present, zero included). */
  readonly byCode: Readonly<Record<string, number>>;
  /** Late responses with no reason recorded by `asOf` (the policy's awaited code, e.g. Dudley's Z045, applies). */
  readonly awaited: number;
}

/** The figures of one stage for one period. */
export interface StageFigures {
  /** Stages received in the period. */
  readonly received: number;
  /** Responses sent in the period. */
  readonly responded: number;
  /** Of those, sent on or before the original due date (before any extension). */
  readonly inTimeOriginal: number;
  /** Of those, sent after the original due date. */
  readonly lateOriginal: number;
  /** `inTimeOriginal` as a percentage of `responded` (one decimal place), or null when nothing was responded. */
  readonly percentInTimeOriginal: number | null;
  /** Sent on or before the due date in force when sent (the extended date when an extension was agreed). */
  readonly inTime: number;
  /** Sent after the due date in force (these owe a reason for delay). */
  readonly late: number;
  /** `inTime` as a percentage of `responded` (one decimal place), or null. */
  readonly percentInTime: number | null;
  /** Responses sent in the period whose stage had an extension. */
  readonly respondedExtended: number;
  /** Sum of the working days to respond, over the responses (see {@link CaseRow.workingDaysToRespond}). */
  readonly totalWorkingDays: number;
  /** Mean working days to respond (one decimal place), or null. */
  readonly meanWorkingDays: number | null;
  /** Median working days to respond (a whole number or a half), or null. */
  readonly medianWorkingDays: number | null;
  /** The longest, or null. */
  readonly longestWorkingDays: number | null;
  readonly outcomes: OutcomeCounts;
  readonly delayReasons: DelayReasonCounts;
  /** Responses sent in the period after which the complainant asked for a later stage (by `asOf`). */
  readonly escalated: number;
  /** `escalated` as a percentage of `responded` (one decimal place), or null. */
  readonly percentEscalated: number | null;
  /** Extensions agreed in the period (each agreement counts: a stage extended twice counts twice). */
  readonly extensionsAgreed: number;
  /** Of those, the ones that set a date beyond the stage's statutory (or preset) maximum. */
  readonly extensionsBeyondMaximum: number;
}

/** Open stages overdue at `asOf`. */
export interface OverdueFigures {
  readonly total: number;
  readonly bands: Readonly<Record<OverdueBand, number>>;
  /** The most working days overdue, or null when none is overdue. */
  readonly longestWorkingDays: number | null;
}

/** The report for one stage of one case type. */
export interface StageReport {
  readonly caseType: string;
  readonly caseTypeTitle: string;
  readonly stage: string;
  readonly stageTitle: string;
  /** The stage's timescale in words, e.g. `10 working days`. */
  readonly timescale: string;
  /** The figures for the whole period. */
  readonly period: StageFigures;
  /** The figures for each quarter, in the order of {@link PerformanceReport.quarters}. */
  readonly quarters: readonly StageFigures[];
  /** Open and overdue at `asOf`. */
  readonly overdue: OverdueFigures;
}

/** An open stage overdue at `asOf` (listed only with `includeReferences`). */
export interface OverdueCase {
  readonly reference: string;
  readonly caseType: string;
  readonly stage: string;
  readonly received: CalendarDate;
  /** The response due date in force (extended when extended). */
  readonly due: CalendarDate;
  readonly workingDaysOverdue: number;
  readonly band: OverdueBand;
}

/** A late response sent in the period whose reason for delay is still awaited at `asOf` (listed only with `includeReferences`). */
export interface ReasonAwaitedCase {
  readonly reference: string;
  readonly caseType: string;
  readonly stage: string;
  readonly due: CalendarDate;
  readonly responded: CalendarDate;
  readonly workingDaysLate: number;
}

/** One stage of one case, as counted (collected with the `rows` option). */
export interface CaseRow {
  /** The case reference (absent when `includeReferences` is false). */
  readonly reference?: string;
  readonly caseType: string;
  readonly stage: string;
  /** Date of receipt of the stage (of the case for the first stage, of the request for later stages). */
  readonly received: CalendarDate;
  /** Day 0 of the stage's timescale. */
  readonly clockStart: CalendarDate;
  readonly originalDue: CalendarDate;
  /** The due date in force at the response (or at `asOf` when open), when an extension was agreed. */
  readonly extendedDue: CalendarDate | null;
  readonly responded: CalendarDate | null;
  /**
   * Working days from the clock start to the response: the working days after day 0 up to and including the
   * response date; a response sent on a non-working day counts as sent on the next working day (so the count is
   * never more than the timescale when the response was on time, and always more when it was late).
   */
  readonly workingDaysToRespond: number | null;
  readonly inTimeOriginal: boolean | null;
  readonly inTime: boolean | null;
  readonly outcome: 'upheld' | 'partly-upheld' | 'not-upheld' | null;
  /** The delay-reason code recorded, the awaited code (e.g. `Z045`) when a late response has none, else null. */
  readonly delayCode: string | null;
  readonly escalated: boolean;
  /** Working days overdue at `asOf` for an open stage past its due date, else null. */
  readonly workingDaysOverdue: number | null;
}

/** A delay-reason code and what it means. */
export interface DelayReasonLabel {
  readonly code: string;
  readonly label: string;
}

/** The answer of {@link performanceReport}. */
export interface PerformanceReport {
  /** The preset the figures are computed under. */
  readonly policy: { readonly id: string; readonly version: string; readonly title: string };
  /**
   * For a what-if report (the `openedUnder` option): the preset the cases were opened under, and how many of their
   * events were set aside because only the old deadlines explain them (an extension to a date that is no longer
   * after the due date, a reason for a delay that is no longer a delay).
   */
  readonly openedUnder?: { readonly id: string; readonly eventsSetAside: number };
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly asOf: CalendarDate;
  readonly includeReferences: boolean;
  /** The whole period as one {@link ReportPeriod}. */
  readonly period: ReportPeriod;
  /** The financial-year quarters the period covers, cut to the period, in order. */
  readonly quarters: readonly ReportPeriod[];
  /** The policy's delay-reason codes (empty when it has none). */
  readonly delayReasonCodes: readonly DelayReasonLabel[];
  /** The code recorded while a reason is awaited (e.g. Dudley's `Z045`), if the policy has one. */
  readonly awaitedCode?: DelayReasonLabel;
  /** One entry per stage of every case type that appears in the cases, in the policy's order. */
  readonly stages: readonly StageReport[];
  /** Open stages overdue at `asOf`, most overdue first (empty without `includeReferences`). */
  readonly overdueCases: readonly OverdueCase[];
  /** Late responses of the period still awaiting a reason at `asOf`, oldest response first (empty without `includeReferences`). */
  readonly reasonAwaitedCases: readonly ReasonAwaitedCase[];
  /** Per-case rows, when asked for with the `rows` option: every stage received or responded in the period, or overdue at `asOf`. */
  readonly rows?: readonly CaseRow[];
}
