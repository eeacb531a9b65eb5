/**
 * Internal: what every workflow function needs about a policy and a case type, worked out once per policy object.
 *
 * @module
 */
import { createCalendar } from '../calendar/calendar.js';
import type { Calendar } from '../calendar/types.js';
import { InvalidArgumentError } from '../errors.js';
import type { CaseType, Policy, Stage } from '../policies/schema.js';
import type { Case } from './types.js';

/** A policy's case type, ready to use. */
export interface Context {
  readonly policy: Policy;
  readonly calendar: Calendar;
  readonly caseTypeId: string;
  readonly caseType: CaseType;
  readonly stageIds: readonly string[];
  readonly stages: readonly Stage[];
  /** True for complaint kinds (a response needs an outcome). */
  readonly complaint: boolean;
}

const calendars = new WeakMap<object, Calendar>();
const contexts = new WeakMap<object, Map<string, Context>>();

/** The working-day calendar of a policy (cached per policy object). */
export function calendarOf(policy: Policy): Calendar {
  let calendar = calendars.get(policy);
  if (!calendar) {
    const { holidays, closures } = policy.calendar;
    calendar = closures.length > 0 ? createCalendar({ holidays, closures }) : createCalendar({ holidays });
    calendars.set(policy, calendar);
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
  ctx = Object.freeze({
    policy,
    calendar: calendarOf(policy),
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
