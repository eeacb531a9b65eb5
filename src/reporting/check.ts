/**
 * Internal: the check of a case value against the workflow's case schema, shared by `casesFromJson` and
 * `performanceReport`, with the workflow's own wording of each problem (never the value).
 *
 * @module
 */
import { isCalendarDateString } from '../calendar/index.js';
import { checkCaseValue as checkStoredValue, isEmailAddress, type Case, type StoredCase } from '../workflow/index.js';
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

// ---------------------------------------------------------------------------------------------------------------
// A fast path in front of the schema, for reports over many cases
// ---------------------------------------------------------------------------------------------------------------

/** The workflow's id pattern (lower-case kebab-case), as its schemas write it. */
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** How a field of an event is written, as the case schema (`caseEventSchema`) says. A leading `?` marks it optional. */
type FieldKind = 'date' | 'id' | 'bool' | 'outcome' | 'language' | 'text' | 'code' | 'email' | 'days' | 'months' | 'texts';

/**
 * The fields of each event type besides `type` and `on`, as `caseEventSchema` declares them (a test holds this table
 * to the schema's shapes). A type left out here is always checked by the schema itself.
 */
export const EVENT_FIELDS: Readonly<Record<string, Readonly<Record<string, readonly [FieldKind, boolean]>>>> = {
  acknowledged: {},
  allocated: { role: ['id', true], name: ['text', false], email: ['email', false], team: ['id', false] },
  'referred-back': { reason: ['id', true] },
  'accepted-late': {},
  'normal-business-confirmed': {},
  'holding-response-sent': {},
  'extension-agreed': {
    newDueDate: ['date', false],
    additionalWorkingDays: ['days', false],
    workingDays: ['days', false],
    calendarMonths: ['months', false],
    reason: ['text', true],
    agreedWithComplainant: ['bool', true],
    agreedOn: ['date', false],
  },
  'response-sent': { outcome: ['outcome', false] },
  'response-received': { receivedOn: ['date', false] },
  'further-questions-answered': {},
  'next-stage-requested': { stage: ['id', false] },
  'discretion-decided': { accepted: ['bool', true] },
  'mediation-offered': {},
  'mediation-concluded': { resolved: ['bool', true] },
  'investigator-appointed': {},
  'independent-person-appointed': {},
  'statement-agreed': {},
  'panel-requested': {},
  'hearing-arranged': { hearingDate: ['date', true] },
  'hearing-held': {},
  'panel-report-received': {},
  'final-response-sent': { outcome: ['outcome', true] },
  'referred-to-ombudsman': {},
  withdrawn: {},
  closed: {},
  'agreed-actions-recorded': { actions: ['texts', true] },
  'delay-reason-recorded': { code: ['code', true], text: ['text', false] },
  'step-completed': { step: ['id', true] },
  'language-preference-changed': { language: ['language', true] },
  'clock-stopped': { reason: ['id', true], note: ['text', false] },
  'clock-resumed': {},
  'clock-restarted': {},
  'request-lapsed': {},
};

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

function isText(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const n = v.trim().length;
  return n >= 1 && n <= 10_000;
}

function isWhole(v: unknown, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;
}

function fieldOk(kind: FieldKind, v: unknown): boolean {
  switch (kind) {
    case 'date':
      return typeof v === 'string' && isCalendarDateString(v);
    case 'id':
      return typeof v === 'string' && ID.test(v);
    case 'bool':
      return typeof v === 'boolean';
    case 'outcome':
      return v === 'upheld' || v === 'partly-upheld' || v === 'not-upheld';
    case 'language':
      return v === 'english' || v === 'welsh' || v === 'bilingual';
    case 'text':
      return isText(v);
    case 'code':
      return typeof v === 'string' && v.length >= 1 && v.length <= 20;
    case 'email':
      return isEmailAddress(v);
    case 'days':
      return isWhole(v, 1000);
    case 'months':
      return isWhole(v, 120);
    case 'texts':
      return Array.isArray(v) && v.length >= 1 && v.every(isText);
  }
}

function eventOk(value: unknown): boolean {
  if (!isPlain(value)) return false;
  const type = value.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(EVENT_FIELDS, type)) return false;
  const fields = EVENT_FIELDS[type]!;
  let required = 0;
  let seen = 0;
  for (const key in value) {
    seen++;
    if (key === 'type') continue;
    const v = value[key];
    if (key === 'on') {
      if (typeof v !== 'string' || !isCalendarDateString(v)) return false;
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(fields, key)) return false;
    const [kind, isRequired] = fields[key]!;
    if (!fieldOk(kind, v)) return false;
    if (isRequired) required++;
  }
  let requiredCount = 0;
  for (const key in fields) if (fields[key]![1]) requiredCount++;
  return typeof value.on === 'string' && required === requiredCount && seen === Object.keys(value).length;
}

/**
 * True only when `value` certainly passes the workflow's case schema (`caseSchema`): a plain object with exactly the
 * schema's fields, each well written, and events of the common types written as `caseEventSchema` declares them.
 * False means "not sure", never "bad": the caller then runs the schema, which words the problems. It costs a few
 * comparisons a field where the schema costs several microseconds a case, and a report over a million cases checks
 * a million values. Internal.
 */
export function surelyValidCase(value: unknown): boolean {
  if (!isPlain(value)) return false;
  let seen = 0;
  for (const key in value) {
    seen++;
    const v = value[key];
    switch (key) {
      case 'reference':
        if (typeof v !== 'string' || v.length < 1 || v.length > 200) return false;
        break;
      case 'caseType':
      case 'policyId':
        if (typeof v !== 'string' || !ID.test(v)) return false;
        break;
      case 'policyVersion':
        if (typeof v !== 'string') return false;
        break;
      case 'receivedAt':
        if (v !== null && typeof v !== 'string') return false;
        break;
      case 'received':
        if (typeof v !== 'string' || !isCalendarDateString(v)) return false;
        break;
      case 'about':
        if (typeof v !== 'string' || !ID.test(v)) return false;
        break;
      case 'events': {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!eventOk(v[i])) return false;
        break;
      }
      default:
        return false;
    }
  }
  // Every required field present (about is the one optional field), and no own field hidden from `for…in`.
  const required = 'about' in value ? 8 : 7;
  return (
    seen === required &&
    Object.keys(value).length === required &&
    'reference' in value &&
    'caseType' in value &&
    'policyId' in value &&
    'policyVersion' in value &&
    'receivedAt' in value &&
    'received' in value &&
    'events' in value
  );
}
