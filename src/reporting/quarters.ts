/**
 * Internal: quarters of the UK financial year (1 April to 31 March): Q1 April–June, Q2 July–September,
 * Q3 October–December, Q4 January–March.
 *
 * @module
 */
import { daysInMonth, type CalendarDate } from '../calendar/index.js';
import type { ReportPeriod } from './types.js';

/** A running number of the financial quarter a `YYYY-MM-DD` date falls in (4 per financial year). */
export function quarterIndex(date: string): number {
  // Read the year and month straight from the characters: this runs once per date in a million-case report.
  const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return m >= 4 ? y * 4 + (((m - 4) / 3) | 0) : (y - 1) * 4 + 3;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function quarterBounds(index: number): { financialYear: number; quarter: 1 | 2 | 3 | 4; from: CalendarDate; to: CalendarDate } {
  const financialYear = Math.floor(index / 4);
  const q = index - financialYear * 4;
  const year = q === 3 ? financialYear + 1 : financialYear;
  const month = q === 3 ? 1 : 4 + q * 3;
  const last = month + 2;
  return {
    financialYear,
    quarter: (q + 1) as 1 | 2 | 3 | 4,
    from: `${year}-${pad(month)}-01` as CalendarDate,
    to: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}` as CalendarDate,
  };
}

/** The financial year written the usual way, e.g. `2025/26`. */
export function financialYearLabel(financialYear: number): string {
  return `${financialYear}/${pad((financialYear + 1) % 100)}`;
}

/** The quarters from `from` to `to` (inclusive), each cut to the period. */
export function quartersOf(from: CalendarDate, to: CalendarDate): ReportPeriod[] {
  const first = quarterIndex(from);
  const last = quarterIndex(to);
  const out: ReportPeriod[] = [];
  for (let i = first; i <= last; i++) {
    const b = quarterBounds(i);
    out.push(
      Object.freeze({
        label: `Q${b.quarter} ${financialYearLabel(b.financialYear)}`,
        financialYear: b.financialYear,
        quarter: b.quarter,
        from: b.from < from ? from : b.from,
        to: b.to > to ? to : b.to,
      }),
    );
  }
  return out;
}
