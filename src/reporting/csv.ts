import { InvalidArgumentError } from '../errors.js';
import { OVERDUE_BANDS, type PerformanceReport, type StageFigures, type StageReport } from './types.js';

/** A cell: text (neutralised against formula injection), a number (written as is), or empty. */
type Cell = string | number | boolean | null;

/**
 * A formula start: `=`, `+`, `-`, `@`, tab or CR, their fullwidth forms `＝ ＋ － ＠` (which some spreadsheets read as
 * the ASCII ones), each possibly after invisible characters a spreadsheet skips (zero-width space, joiners, word
 * joiner, byte order mark).
 */
const FORMULA_START = /^[\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field. NUL characters are dropped (spreadsheets and many CSV readers stop or misread at them). Text that a
 * spreadsheet would read as a formula (see FORMULA_START) gets a leading apostrophe; numbers are written as numbers
 * (a negative number stays a number: only text cells are neutralised); then a field holding a comma, a double
 * quote, CR or LF is put in double quotes with its quotes doubled (RFC 4180).
 */
function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : cell.replace(/\0/g, '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly Cell[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(field).join(',')}\r\n`;
  return out;
}

/** The columns of the summary table. @internal */
export function summaryHeader(report: PerformanceReport): string[] {
  return [
    'case_type',
    'stage',
    'period',
    'from',
    'to',
    'received',
    'responded',
    'in_time_original',
    'late_original',
    'percent_in_time_original',
    'in_time',
    'late',
    'percent_in_time',
    'responded_extended',
    'mean_working_days',
    'median_working_days',
    'longest_working_days',
    'extensions_agreed',
    'extensions_beyond_maximum',
    'upheld',
    'partly_upheld',
    'not_upheld',
    'no_outcome',
    'escalated',
    'percent_escalated',
    ...report.delayReasonCodes.map((c) => `delay_${c.code}`),
    'delay_reason_awaited',
    'overdue_at_as_of',
    ...OVERDUE_BANDS.map((b) => `overdue_${b.replace('-', '_')}`),
  ];
}

function summaryRow(report: PerformanceReport, s: StageReport, label: string, from: string, to: string, f: StageFigures, whole: boolean): Cell[] {
  return [
    s.caseType,
    s.stage,
    label,
    from,
    to,
    f.received,
    f.responded,
    f.inTimeOriginal,
    f.lateOriginal,
    f.percentInTimeOriginal,
    f.inTime,
    f.late,
    f.percentInTime,
    f.respondedExtended,
    f.meanWorkingDays,
    f.medianWorkingDays,
    f.longestWorkingDays,
    f.extensionsAgreed,
    f.extensionsBeyondMaximum,
    f.outcomes.upheld,
    f.outcomes.partlyUpheld,
    f.outcomes.notUpheld,
    f.outcomes.none,
    f.escalated,
    f.percentEscalated,
    ...report.delayReasonCodes.map((c) => f.delayReasons.byCode[c.code] ?? 0),
    f.delayReasons.awaited,
    whole ? s.overdue.total : null,
    ...OVERDUE_BANDS.map((b) => (whole ? s.overdue.bands[b] : null)),
  ];
}

const CASE_COLUMNS = [
  'case_type',
  'stage',
  'received',
  'clock_start',
  'original_due',
  'extended_due',
  'responded',
  'working_days_to_respond',
  'in_time_original',
  'in_time',
  'outcome',
  'delay_code',
  'escalated',
  'working_days_overdue',
  'days_clock_stopped',
] as const;

/**
 * A performance report as CSV (RFC 4180: comma-separated, CRLF after every record, fields with a comma, a double
 * quote, CR or LF in double quotes with quotes doubled; a JavaScript string, to be written as UTF-8).
 *
 * - `summary`: one row per case type, stage and period (each quarter, then `Whole period`), the columns named in
 *   snake case (`received`, `responded`, `in_time`, `percent_in_time`, `mean_working_days`, …, `delay_Z040` … per
 *   delay-reason code, `delay_reason_awaited`, and on the whole-period rows `overdue_at_as_of` with the bands
 *   `overdue_1_5` … `overdue_over_20`). An empty cell means no value (e.g. no percentage without responses).
 * - `cases`: one row per stage of a case counted (the report must be made with `rows: true`): `reference` (left out
 *   without `includeReferences`), dates, working days, `yes`/`no` flags, outcome, delay code, and the days the
 *   clock was stopped (`days_clock_stopped`).
 *
 * Spreadsheet formula injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return, or their
 * fullwidth forms `＝ ＋ － ＠`, even after a zero-width space or byte order mark, is written with a leading apostrophe
 * (`'=…`), so a spreadsheet shows it as text. NUL characters are dropped. Numbers are written as numbers and
 * never changed (so a negative number stays a number); only text cells, such as a case reference, are neutralised.
 *
 * @param report - from {@link performanceReport}.
 * @param table - `summary` or `cases`.
 * @throws {@link InvalidArgumentError} for another table name, or for `cases` when the report has no rows.
 *
 * @example
 * import { getPolicy, openCase, applyEvent, performanceReport, reportToCsv } from 'statutory-complaints';
 * const policy = getPolicy('dudley');
 * const kase = applyEvent(policy, openCase(policy, { reference: '=HYPERLINK("x")', receivedAt: '2026-06-01' }),
 *   { type: 'response-sent', on: '2026-06-12', outcome: 'upheld' });
 * const report = performanceReport(policy, [kase], { from: '2026-04-01', to: '2026-06-30', rows: true });
 * const lines = reportToCsv(report, 'cases').split('\r\n');
 * lines[0] //=> 'reference,case_type,stage,received,clock_start,original_due,extended_due,responded,working_days_to_respond,in_time_original,in_time,outcome,delay_code,escalated,working_days_overdue,days_clock_stopped'
 * lines[1] //=> '"\'=HYPERLINK(""x"")",statutory-complaint,stage-1,2026-06-01,2026-06-01,2026-06-15,,2026-06-12,9,yes,yes,upheld,,no,,0'
 * reportToCsv(report, 'summary').split('\r\n')[1].startsWith('statutory-complaint,stage-1,Q1 2026/27,2026-04-01,2026-06-30,1,1,1,0,100,') //=> true
 */
export function reportToCsv(report: PerformanceReport, table: 'summary' | 'cases'): string {
  if (typeof report !== 'object' || report === null || !Array.isArray((report as { stages?: unknown }).stages)) {
    throw new InvalidArgumentError('report', 'must be a report returned by performanceReport');
  }
  if (table === 'summary') {
    const rows: Cell[][] = [summaryHeader(report)];
    for (const s of report.stages) {
      s.quarters.forEach((f, i) => {
        const q = report.quarters[i]!;
        rows.push(summaryRow(report, s, q.label, q.from, q.to, f, false));
      });
      rows.push(summaryRow(report, s, report.period.label, report.from, report.to, s.period, true));
    }
    return csv(rows);
  }
  if (table === 'cases') {
    if (!report.rows) throw new InvalidArgumentError('report.rows', 'were not collected: make the report with { rows: true } to write the cases table');
    const withRef = report.includeReferences;
    const rows: Cell[][] = [withRef ? ['reference', ...CASE_COLUMNS] : [...CASE_COLUMNS]];
    for (const r of report.rows) {
      const cells: Cell[] = [
        r.caseType,
        r.stage,
        r.received,
        r.clockStart,
        r.originalDue,
        r.extendedDue,
        r.responded,
        r.workingDaysToRespond,
        r.inTimeOriginal,
        r.inTime,
        r.outcome,
        r.delayCode,
        r.escalated,
        r.workingDaysOverdue,
        r.daysClockStopped,
      ];
      rows.push(withRef ? [r.reference ?? null, ...cells] : cells);
    }
    return csv(rows);
  }
  throw new InvalidArgumentError('table', "must be 'summary' or 'cases'");
}
