/**
 * Internal: what every workflow function needs about a policy and a case type, worked out once per (policy object,
 * case type).
 *
 * @module
 */
import { createCalendar } from '../calendar/calendar.js';
import type { Calendar } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors.js';
import { caseTypeCalendar } from '../policies/case-type-calendar.js';
import type { CaseType, Policy, PolicyCalendar, Stage } from '../policies/schema.js';
import type { Case } from './types.js';

/** A policy's case type, ready to use. */
export interface Context {
  readonly policy: Policy;
  /** The case type's working-day calendar (the policy's, overridden by the case type's own), remembering answers. */
  readonly calendar: Calendar;
  /** The settings it is made from, with the receipt cut-off and the non-working-day receipt rule. */
  readonly calendarSettings: PolicyCalendar;
  readonly caseTypeId: string;
  readonly caseType: CaseType;
  readonly stageIds: readonly string[];
  readonly stages: readonly Stage[];
  /** True for complaint kinds (a response needs an outcome). */
  readonly complaint: boolean;
}

/** Per policy object: one memoised calendar per distinct (holidays, closures), shared by the case types using it. */
const calendars = new WeakMap<object, Map<string, Calendar>>();
const contexts = new WeakMap<object, Map<string, Context>>();

/** Entries kept by a memoised calendar before it starts again (bounds memory in a long-running process). */
const MEMO_LIMIT = 200_000;

/**
 * A calendar that remembers its answers. Cases share receipt and due dates heavily (a council's cases arrive on a
 * few hundred distinct days a year), so a dashboard or a daily job over many cases asks the same questions again and
 * again. Answers are pure functions of the arguments; errors are not remembered (they are thrown again).
 */
function memoised(calendar: Calendar): Calendar {
  let size = 0;
  // Two levels, keyed by the date string itself (its hash is kept by the engine) and then by the number, so a
  // lookup builds no new string.
  const tables: Array<Map<string, Map<unknown, unknown>>> = [];
  function table(): Map<string, Map<unknown, unknown>> {
    const t = new Map<string, Map<unknown, unknown>>();
    tables.push(t);
    return t;
  }
  function get<T>(t: Map<string, Map<unknown, unknown>>, date: string, arg: unknown, compute: () => T): T {
    let inner = t.get(date);
    let value = inner?.get(arg) as T | undefined;
    if (value === undefined) {
      value = compute(); // throws for bad input before anything is stored
      if (++size > MEMO_LIMIT) {
        for (const x of tables) x.clear();
        size = 1;
        inner = undefined;
      }
      if (inner === undefined) {
        inner = new Map();
        t.set(date, inner);
      }
      inner.set(arg, value);
    }
    return value;
  }
  const working = table();
  const add = table();
  const sub = table();
  const count = table();
  const next = table();
  const explain = table();
  const months = table();
  return Object.freeze({
    holidays: calendar.holidays,
    isWorkingDay: (date) => get(working, date, 0, () => calendar.isWorkingDay(date)),
    whyNotWorking: (date) => calendar.whyNotWorking(date),
    addWorkingDays: (date, n) => get(add, date, n, () => calendar.addWorkingDays(date, n)),
    subtractWorkingDays: (date, n) => get(sub, date, n, () => calendar.subtractWorkingDays(date, n)),
    countWorkingDays: (from, to) => get(count, from, to, () => calendar.countWorkingDays(from, to)),
    nextWorkingDay: (date) => get(next, date, 0, () => calendar.nextWorkingDay(date)),
    explain: (date, n) => get(explain, date, n, () => calendar.explain(date, n)),
    addCalendarMonths: (date, m) => get(months, date, m, () => calendar.addCalendarMonths(date, m)),
  } satisfies Calendar);
}

/**
 * The working-day calendar of a policy's case type (its `calendar` over the policy's, see `caseTypeCalendar`), or
 * of the policy itself when no case type is given. One memoised calendar per policy object and distinct holidays
 * and closures: case types that count alike share it, and its remembered answers.
 */
export function calendarOf(policy: Policy, caseTypeId?: string): Calendar {
  return calendarFor(policy, caseTypeId === undefined ? policy.calendar : caseTypeCalendar(policy, caseTypeId));
}

function calendarFor(policy: Policy, settings: PolicyCalendar): Calendar {
  let byKey = calendars.get(policy);
  if (!byKey) {
    byKey = new Map();
    calendars.set(policy, byKey);
  }
  const { holidays, closures } = settings;
  const key = closures.length === 0 ? holidays : `${holidays} ${JSON.stringify(closures)}`;
  let calendar = byKey.get(key);
  if (!calendar) {
    calendar = memoised(closures.length > 0 ? createCalendar({ holidays, closures }) : createCalendar({ holidays }));
    byKey.set(key, calendar);
  }
  return calendar;
}

/** Checks that `policy` looks like a resolved policy (from `parsePolicy` or `getPolicy`). */
export function checkPolicy(policy: Policy): void {
  if (
    typeof policy !== 'object' ||
    policy === null ||
    typeof policy.id !== 'string' ||
    typeof policy.caseTypes !== 'object' ||
    typeof policy.calendar !== 'object'
  ) {
    throw new InvalidArgumentError('policy', 'must be a policy returned by parsePolicy or getPolicy');
  }
}

/** The context of one case type of a policy. */
export function contextOf(policy: Policy, caseTypeId: string, path = 'caseType'): Context {
  checkPolicy(policy);
  let byType = contexts.get(policy);
  if (!byType) {
    byType = new Map();
    contexts.set(policy, byType);
  }
  let ctx = byType.get(caseTypeId);
  if (ctx) return ctx;
  if (typeof caseTypeId !== 'string' || !Object.prototype.hasOwnProperty.call(policy.caseTypes, caseTypeId)) {
    throw new InvalidArgumentError(path, `must be one of the policy's case types: ${Object.keys(policy.caseTypes).join(', ')}`);
  }
  const caseType = policy.caseTypes[caseTypeId]!;
  const stageIds = Object.keys(caseType.stages);
  if (stageIds.length === 0) throw new InvalidArgumentError(path, 'the case type has no stages');
  const calendarSettings = caseTypeCalendar(policy, caseTypeId);
  ctx = Object.freeze({
    policy,
    calendar: calendarFor(policy, calendarSettings),
    calendarSettings,
    caseTypeId,
    caseType,
    stageIds: Object.freeze(stageIds),
    stages: Object.freeze(stageIds.map((id) => caseType.stages[id]!)),
    complaint: caseType.kind === 'statutory-complaint' || caseType.kind === 'corporate-complaint',
  });
  byType.set(caseTypeId, ctx);
  return ctx;
}

/** The context of a case, checking that the case belongs to the policy. */
export function contextOfCase(policy: Policy, kase: Case, path = 'case'): Context {
  checkPolicy(policy);
  if (typeof kase !== 'object' || kase === null || !Array.isArray(kase.events)) {
    throw new InvalidArgumentError(path, 'must be a case returned by openCase or applyEvent');
  }
  if (kase.policyId !== policy.id) {
    throw new InvalidArgumentError(`${path}.policyId`, "must be the id of the policy passed with it (a case runs under the policy it was opened with)");
  }
  return contextOf(policy, kase.caseType, `${path}.caseType`);
}

/** Deep-freezes a plain value (objects and arrays) and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
