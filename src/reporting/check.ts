/**
 * Internal: the check of a case value against the workflow's case schema, shared by `casesFromJson` and
 * `performanceReport`, with the workflow's own wording of each problem (never the value).
 *
 * @module
 */
import type * as z from 'zod';
import { CASE_EVENT_TYPES, caseSchema, type Case } from '../workflow/index.js';
import { describeIssue, issuePath } from '../workflow/validate.js';
import type { CaseInputIssue } from './errors.js';

/** A case value that passed the schema (dates checked, events of known types with their fields). */
export type CheckedCase = z.output<typeof caseSchema>;

const EVENT_TYPE_RULE = `must be one of the event types: ${CASE_EVENT_TYPES.join(', ')}`;
const EVENT_RULE = 'is not a valid event: check its type and fields';

/** The rule of a zod issue: an event matching no event type names the types, other issues as the workflow words them. */
function ruleOfIssue(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_union' && last === 'type' && issue.path[0] === 'events') return EVENT_TYPE_RULE;
  return describeIssue(issue, EVENT_RULE);
}

/**
 * Checks the case value at `index` against the case schema: returns the parsed value, or undefined after pushing
 * one issue per problem (field relative to the case, e.g. `events[2].on`).
 */
export function checkCaseValue(value: unknown, index: number, issues: CaseInputIssue[]): CheckedCase | undefined {
  // zod parses about twice as fast without `reportInput`; the input is only needed to word a failure ("is required").
  const parsed = caseSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reported = caseSchema.safeParse(value, { reportInput: true });
  for (const issue of reported.error?.issues ?? parsed.error.issues) issues.push({ index, field: issuePath(issue.path), rule: ruleOfIssue(issue) });
  return undefined;
}

/**
 * The frozen arrays of cases returned by `casesFromJson` and `casesFromCsv`: every case in them passed the schema
 * when it was read (or was built by `openCase`/`applyEvent`) and is deep-frozen, so `performanceReport` need not
 * check it again. Only this module's callers add to it.
 */
export const schemaCheckedLists: WeakSet<readonly Case[]> = new WeakSet();
