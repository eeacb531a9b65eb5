/**
 * Internal: turns an event written by a caller into a validated {@link CaseEvent}, or a typed error naming the
 * field and the rule broken (never the value: free-text fields may be personal data).
 *
 * @module
 */
import type * as z from 'zod';
import { checkCalendarDate, daysInMonth } from '../calendar/date.js';
import { InvalidArgumentError, InvalidDateError } from '../errors.js';
import { CASE_EVENT_TYPES, caseEventSchema, type Case, type CaseEvent } from './types.js';

const DATE_FIELDS = new Set(['on', 'newDueDate', 'agreedOn', 'hearingDate']);

/**
 * Internal: the path of a zod issue as text under `root`: `event.on`, `events[2].type` (with an empty root, no
 * leading dot).
 */
export function issuePath(segments: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? String(s) : `.${String(s)}`;
  return out;
}

/**
 * Internal: a zod issue in plain English, naming the rule and never the value. `unionRule` words a value that
 * matches no member of a union; without it such an issue keeps zod's own message.
 */
export function describeIssue(issue: z.core.$ZodIssue, unionRule?: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return (issue as { input?: unknown }).input === undefined
        ? 'is required'
        : `must be ${issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.origin === 'array' ? `must have at least ${String(issue.minimum)} item(s)` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      // The schema's own wording (e.g. "must be a role id in lower-case kebab-case"); zod's default names the pattern.
      return issue.message.startsWith('Invalid') ? 'has the wrong format' : issue.message;
    case 'invalid_union':
      return unionRule ?? issue.message;
    default:
      // Custom refinements carry their own wording (never the value).
      return issue.message;
  }
}

/** Validates an event; `path` names it in errors (e.g. `event`). The result is a new, frozen object. */
export function parseEvent(input: unknown, path = 'event'): CaseEvent {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError(path, "must be an event object such as { type: 'acknowledged', on: '2026-01-06' }");
  }
  const type = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !(CASE_EVENT_TYPES as readonly string[]).includes(type)) {
    throw new InvalidArgumentError(`${path}.type`, `must be one of the event types: ${CASE_EVENT_TYPES.join(', ')}`);
  }
  const result = caseEventSchema.safeParse(input, { reportInput: true });
  if (result.success) return frozenEvent(result.data);
  const issue = result.error.issues[0]!;
  const where = issuePath(issue.path, path);
  const last = issue.path[issue.path.length - 1];
  if (typeof last === 'string' && DATE_FIELDS.has(last) && (issue.code === 'custom' || issue.code === 'invalid_type')) {
    throw new InvalidDateError(where, (issue as { input?: unknown }).input === undefined && issue.code === 'invalid_type' ? 'is required' : "must be a real calendar date between 1900-01-01 and 2199-12-31");
  }
  throw new InvalidArgumentError(where, describeIssue(issue));
}

// ---------------------------------------------------------------------------------------------------------------
// Cheap checks of a stored case on replay
// ---------------------------------------------------------------------------------------------------------------

const EVENT_TYPES: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);
const OUTCOMES: ReadonlySet<unknown> = new Set(['upheld', 'partly-upheld', 'not-upheld']);

/** Freezes a validated event (a fresh object from the schema), so that copying a case can keep it as it is. */
function frozenEvent(event: CaseEvent): CaseEvent {
  const e = event as Record<string, unknown>;
  if (Array.isArray(e.actions)) Object.freeze(e.actions);
  for (const field of DATE_FIELDS) if (typeof e[field] === 'string') e[field] = sharedDate(e[field]);
  return Object.freeze(event);
}

/**
 * One string per calendar date: checked dates are stored as the same string object, so the many cases that share a
 * day share its string (comparisons and lookups then read memory already at hand). At most one entry per day of the
 * supported range.
 */
const dates = new Map<string, string>();

/** The shared string of a checked date. */
export function sharedDate<T extends string>(date: T): T {
  const known = dates.get(date);
  if (known !== undefined) return known as T;
  if (dates.size >= 120_000) dates.clear();
  dates.set(date, date);
  return date;
}

const DATE_RULES = {
  shape: "must be a calendar date written exactly 'YYYY-MM-DD'",
  month: 'must be a real calendar date: the month must be 01 to 12',
  day: 'must be a real calendar date: that month has no such day',
  range: 'must be a calendar date between 1900-01-01 and 2199-12-31',
} as const;

/** The digit at `i`, or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * True exactly when `checkCalendarDate(s)` is 'ok', without a regular expression or a substring: the replay checks
 * every stored date, so this runs for every event of every case asked about.
 */
function isRealDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(s, 0);
  const y1 = digitAt(s, 1);
  const y2 = digitAt(s, 2);
  const y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5);
  const m1 = digitAt(s, 6);
  const d0 = digitAt(s, 8);
  const d1 = digitAt(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && year >= 1900 && year <= 2199;
}

/** What is wrong with a field: its name, the rule broken, and whether it is a date (an InvalidDateError). */
interface Problem {
  readonly field: string;
  readonly rule: string;
  readonly date?: true;
}

// Each check returns undefined when the value is fine (nothing is built on that path), else the problem.

function dateProblem(value: unknown, field: string, required: boolean): Problem | undefined {
  if (typeof value === 'string' && isRealDate(value)) return undefined;
  if (value === undefined) return required ? { field, rule: 'is required', date: true } : undefined;
  const verdict = typeof value === 'string' ? checkCalendarDate(value) : 'shape';
  return verdict === 'ok' ? undefined : { field, rule: DATE_RULES[verdict], date: true };
}

function booleanProblem(value: unknown, field: string): Problem | undefined {
  if (typeof value === 'boolean') return undefined;
  return { field, rule: value === undefined ? 'is required' : 'must be true or false' };
}

function integerProblem(value: unknown, field: string, min: number, max: number): Problem | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)) return undefined;
  return { field, rule: `must be a whole number from ${min} to ${max}` };
}

function outcomeProblem(value: unknown, required: boolean): Problem | undefined {
  if ((value === undefined && !required) || OUTCOMES.has(value)) return undefined;
  return { field: 'outcome', rule: value === undefined ? 'is required' : 'must be one of upheld, partly-upheld, not-upheld' };
}

/** A field the fold checks against the policy (a role, reason, code, step or stage id): only its type is checked here. */
function idProblem(value: unknown, field: string, required: boolean): Problem | undefined {
  if (typeof value === 'string' || (value === undefined && !required)) return undefined;
  return { field, rule: value === undefined ? 'is required' : 'must be a string' };
}

/** The first problem with the fields an event type has besides `type` and `on`, where the fold reads them. */
function fieldsProblem(event: Record<string, unknown>, type: string): Problem | undefined {
  switch (type) {
    case 'extension-agreed':
      return (
        dateProblem(event.newDueDate, 'newDueDate', false) ??
        integerProblem(event.workingDays, 'workingDays', 1, 1000) ??
        integerProblem(event.calendarMonths, 'calendarMonths', 1, 120) ??
        dateProblem(event.agreedOn, 'agreedOn', false) ??
        booleanProblem(event.agreedWithComplainant, 'agreedWithComplainant')
      );
    case 'response-sent':
      return outcomeProblem(event.outcome, false);
    case 'final-response-sent':
      return outcomeProblem(event.outcome, true);
    case 'discretion-decided':
      return booleanProblem(event.accepted, 'accepted');
    case 'mediation-concluded':
      return booleanProblem(event.resolved, 'resolved');
    case 'hearing-arranged':
      return dateProblem(event.hearingDate, 'hearingDate', true);
    case 'agreed-actions-recorded':
      return Array.isArray(event.actions) && event.actions.length > 0 ? undefined : { field: 'actions', rule: 'must be a list of at least one agreed action' };
    case 'allocated':
      return idProblem(event.role, 'role', true);
    case 'referred-back':
      return idProblem(event.reason, 'reason', true);
    case 'delay-reason-recorded':
      return idProblem(event.code, 'code', true);
    case 'step-completed':
      return idProblem(event.step, 'step', true);
    case 'next-stage-requested':
      return idProblem(event.stage, 'stage', false);
    default:
      return undefined;
  }
}

function fail(path: string, problem: Problem): never {
  const where = `${path}.${problem.field}`;
  throw problem.date ? new InvalidDateError(where, problem.rule) : new InvalidArgumentError(where, problem.rule);
}

/**
 * Cases made by `openCase` and `applyEvent`: deeply frozen, their events validated, so never checked again and safe
 * to replay once for several questions.
 */
const trusted = new WeakSet<object>();

/** Internal: marks a deeply frozen case made from validated values as trusted, and returns it. */
export function trust<T extends Case>(kase: T): T {
  trusted.add(kase);
  return kase;
}

/** Internal: true for a case made by `openCase` or `applyEvent` (deeply frozen, its events validated). */
export function isTrusted(kase: Case): boolean {
  return trusted.has(kase);
}

/**
 * Internal: the cheap checks of a case read back from storage, made on every replay before its events are folded:
 * the date of receipt and, for each event, that it is an object of a known type with a real `on` date and, where the
 * fold reads them, well-formed fields (dates, whole numbers, booleans, outcome, list of actions, ids). Ids are
 * checked against the policy (roles, reasons, codes, stages, steps) by the fold itself. Errors name
 * `<root>.received` or `<root>.events[i].<field>` (`root` is `case` by default) and the rule, never the value. No
 * schema is run: a few comparisons per event, and none for a trusted case.
 */
export function checkStoredCase(kase: Case, root = 'case'): void {
  if (trusted.has(kase)) return;
  const received = dateProblem(kase.received, 'received', true);
  if (received) fail(root, received);
  const events = kase.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as unknown;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      throw new InvalidArgumentError(`${root}.events[${i}]`, "must be an event object such as { type: 'acknowledged', on: '2026-01-06' }");
    }
    const event = e as Record<string, unknown>;
    const type = event.type;
    if (typeof type !== 'string' || !EVENT_TYPES.has(type)) {
      throw new InvalidArgumentError(`${root}.events[${i}].type`, `must be one of the event types: ${CASE_EVENT_TYPES.join(', ')}`);
    }
    const problem = dateProblem(event.on, 'on', true) ?? fieldsProblem(event, type);
    if (problem) fail(`${root}.events[${i}]`, problem);
  }
}
