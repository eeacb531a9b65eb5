/**
 * Internal: turns an event written by a caller into a validated {@link CaseEvent}, or a typed error naming the
 * field and the rule broken (never the value: free-text fields may be personal data).
 *
 * @module
 */
import type * as z from 'zod';
import { InvalidArgumentError, InvalidDateError } from '../errors.js';
import { CASE_EVENT_TYPES, caseEventSchema, type CaseEvent } from './types.js';

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
      return 'has the wrong format';
    case 'invalid_union':
      return unionRule ?? issue.message;
    default:
      // Custom refinements carry their own wording (never the value).
      return issue.message;
  }
}

/** Validates an event; `path` names it in errors (e.g. `event`). */
export function parseEvent(input: unknown, path = 'event'): CaseEvent {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError(path, "must be an event object such as { type: 'acknowledged', on: '2026-01-06' }");
  }
  const type = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !(CASE_EVENT_TYPES as readonly string[]).includes(type)) {
    throw new InvalidArgumentError(`${path}.type`, `must be one of the event types: ${CASE_EVENT_TYPES.join(', ')}`);
  }
  const result = caseEventSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issuePath(issue.path, path);
  const last = issue.path[issue.path.length - 1];
  if (typeof last === 'string' && DATE_FIELDS.has(last) && (issue.code === 'custom' || issue.code === 'invalid_type')) {
    throw new InvalidDateError(where, (issue as { input?: unknown }).input === undefined && issue.code === 'invalid_type' ? 'is required' : "must be a real calendar date between 1900-01-01 and 2199-12-31");
  }
  throw new InvalidArgumentError(where, describeIssue(issue));
}
