/**
 * Internal: the check of a case value against the workflow's case schema, shared by `casesFromJson` and
 * `performanceReport`, with the workflow's own wording of each problem (never the value).
 *
 * @module
 */
import { checkCaseValue as checkStoredValue, type Case, type StoredCase } from '../workflow/index.js';
import type { CaseInputIssue } from './errors.js';

/** A case value that passed the schema (dates checked, events of known types with their fields). */
export type CheckedCase = StoredCase;

/**
 * Checks the case value at `index` against the case schema (the workflow's `checkCaseValue`): returns the parsed
 * value, or undefined after pushing one issue per problem (field relative to the case, e.g. `events[2].on`).
 */
export function checkCaseValue(value: unknown, index: number, issues: CaseInputIssue[]): CheckedCase | undefined {
  const checked = checkStoredValue(value);
  if (checked.value !== undefined) return checked.value;
  for (const p of checked.problems) issues.push({ index, field: p.field, rule: p.rule });
  return undefined;
}

/**
 * The frozen arrays of cases returned by `casesFromJson` and `casesFromCsv`: every case in them passed the schema
 * when it was read (or was built by `openCase`/`applyEvent`) and is deep-frozen, so `performanceReport` need not
 * check it again. Only this module's callers add to it.
 */
export const schemaCheckedLists: WeakSet<readonly Case[]> = new WeakSet();
