import { StatutoryComplaintsError } from '../errors.js';
import { TransitionError } from '../workflow/index.js';

/**
 * Errors of reporting and of reading cases in. Like every error of the library they name the row (or the case's
 * index), the column (or field) and the rule broken, never the value: a reference, a date or a code from a council's
 * export is not repeated.
 *
 * @module
 */

/** One bad case or bad row. */
export interface CaseInputIssue {
  /** 1-based line of the CSV record (the line it starts on), for CSV input. */
  readonly line?: number;
  /** 0-based index in the array of cases, for case values (JSON). */
  readonly index?: number;
  /** The CSV column name, or the field inside the case (e.g. `events[2].on`); `(row)` for the row as a whole. */
  readonly field: string;
  /** The rule broken, in words. Never the value. */
  readonly rule: string;
}

/**
 * Where an issue is, in words: `line 4, column received` or `cases[3].events[2].on`.
 *
 * @internal
 */
export function issueLocation(issue: CaseInputIssue): string {
  if (issue.line !== undefined) return issue.field === '(row)' ? `line ${issue.line}` : `line ${issue.line}, column ${issue.field}`;
  if (issue.index !== undefined) return issue.field === '' ? `cases[${issue.index}]` : `cases[${issue.index}].${issue.field}`;
  return issue.field;
}

function summarise(issues: readonly CaseInputIssue[]): string {
  const lines = issues.slice(0, 50).map((i) => `  ${issueLocation(i)}: ${i.rule}`);
  const more = issues.length > 50 ? [`  …and ${issues.length - 50} more`] : [];
  const rows = issues.some((i) => i.line !== undefined) ? 'row' : 'case';
  const count = new Set(issues.map((i) => i.line ?? i.index)).size;
  return [`${count} bad ${rows}${count === 1 ? '' : 's'} (${issues.length} problem${issues.length === 1 ? '' : 's'}):`, ...lines, ...more].join('\n');
}

/**
 * Cases (case values, or rows of the documented CSV layout) that could not be read or that break the policy's rules.
 * Lists every problem at once, each with its line (CSV) or index (case values), the column or field, and the rule.
 *
 * @example
 * import { getPolicy, casesFromCsv, CaseInputError } from 'statutory-complaints';
 * const csv = 'reference,received,responded,extended_due_date,outcome,delay_code\r\nEX-1,2026-02-30,,,,\r\n';
 * let caught;
 * try { casesFromCsv(getPolicy('dudley'), csv); } catch (e) { caught = e; }
 * caught instanceof CaseInputError //=> true
 * caught.issues //=> [{ line: 2, field: 'received', rule: "must be a real calendar date written 'YYYY-MM-DD'" }]
 */
export class CaseInputError extends StatutoryComplaintsError {
  /** Every problem found, in the order of the input. */
  readonly issues: readonly CaseInputIssue[];
  constructor(issues: readonly CaseInputIssue[]) {
    const first = issues[0];
    super('invalid-cases', first ? issueLocation(first) : '', summarise(issues));
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }
}

/**
 * The rule part of a library error's message (`path: rule.` → `rule`). A refused event is worded without its type
 * (the issue's field already names the event): `is not allowed when the case is 'open'; allowed then: …`.
 * @internal
 */
export function ruleOf(error: unknown): string {
  if (!(error instanceof Error)) return 'is not valid';
  let message = error.message;
  const path = (error as { path?: unknown }).path;
  if (typeof path === 'string' && path !== '' && message.startsWith(`${path}: `)) message = message.slice(path.length + 2);
  // Keep the first sentence: later ones are advice ("Pass a calendar date as …"), sometimes with an example value.
  const firstLine = message.split('\n')[0]!;
  const rule = firstLine.replace(/\.\s+[A-Z].*$/s, '').replace(/\.$/, '');
  if (error instanceof TransitionError) {
    const quoted = `'${error.event}' `;
    const bare = rule.startsWith(quoted) ? rule.slice(quoted.length) : `is not allowed when the case is '${error.state}'`;
    return `${bare}; allowed then: ${error.allowed.length > 0 ? error.allowed.join(', ') : 'none'}`;
  }
  return rule;
}
