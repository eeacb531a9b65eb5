/**
 * Internal: what every workflow function needs about a policy and a case type, worked out once per (policy object,
 * case type, bank-holiday feed).
 *
 * @module
 */
import { createCalendar } from '../calendar/calendar.js';
import type { CalendarDate } from '../calendar/date.js';
import type { BankHolidayFeed, Calendar, Explanation, NonWorkingDay } from '../calendar/types.js';
import { InvalidArgumentError, isEchoableKey, keyForMessage } from '../errors.js';
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
  /** The GOV.UK bank-holiday feed the calendar uses for the years it covers, when the caller gave one. */
  readonly feed?: BankHolidayFeed;
}

/** Stands for "no feed" as a WeakMap key. */
const NO_FEED: object = Object.freeze({});

/**
 * Per feed object (or {@link NO_FEED}), then per policy object: one memoised calendar per distinct (holidays,
 * closures), shared by the case types using it. Weak keys: a feed or a policy dropped by the caller is forgotten.
 */
const calendars = new WeakMap<object, WeakMap<object, Map<string, Calendar>>>();
const contexts = new WeakMap<object, WeakMap<object, Map<string, Context>>>();

/** The inner table of a two-level weak memo, created on first use. */
function tableOf<T>(memo: WeakMap<object, WeakMap<object, Map<string, T>>>, feed: BankHolidayFeed | undefined, policy: object): Map<string, T> {
  const key = feed ?? NO_FEED;
  let byPolicy = memo.get(key);
  if (!byPolicy) {
    byPolicy = new WeakMap();
    memo.set(key, byPolicy);
  }
  let table = byPolicy.get(policy);
  if (!table) {
    table = new Map();
    byPolicy.set(policy, table);
  }
  return table;
}

const FEED_RULE = 'must be a bank-holiday feed returned by parseGovUkBankHolidays(json), not the raw GOV.UK document';

/** Checks a feed option: `undefined`, or an object the calendar then checks in full. */
export function checkFeed(feed: unknown): BankHolidayFeed | undefined {
  if (feed === undefined) return undefined;
  if (typeof feed !== 'object' || feed === null) throw new InvalidArgumentError('feed', FEED_RULE);
  return feed as BankHolidayFeed;
}

/**
 * The `feed` of a workflow function's trailing options argument (`undefined` when the argument is absent), checked:
 * the options must be an object with no other field.
 */
export function feedOption(options: unknown): BankHolidayFeed | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('options', 'must be an object such as { feed } (feed from parseGovUkBankHolidays)');
  }
  for (const key of Object.keys(options)) {
    if (key !== 'feed') throw new InvalidArgumentError(isEchoableKey(key) ? `options.${key}` : 'options', `${isEchoableKey(key) ? 'is' : `has ${keyForMessage(key)}, which is`} not an option; the only option is feed`);
  }
  return checkFeed((options as { feed?: unknown }).feed);
}

/** Entries kept by a memoised calendar before it starts again (bounds memory in a long-running process). */
const MEMO_LIMIT = 200_000;

/**
 * A calendar that remembers its answers. Cases share receipt and due dates heavily (a council's cases arrive on a
 * few hundred distinct days a year), so a dashboard or a daily job over many cases asks the same questions again and
 * again. Answers are pure functions of the arguments; errors are not remembered (they are thrown again).
 */
function memoised(calendar: Calendar): Calendar {
  let size = 0;
  // Keyed by the date string itself (its hash is kept by the engine), so a lookup builds no new string; answers for
  // a count `n` (a small whole number) sit at index n of a list per date; other answers by date alone, or by the two
  // dates. No closure is made per call: a hit allocates nothing.
  const tables: Array<Map<unknown, unknown>> = [];
  function table<V>(): Map<unknown, V> {
    const t = new Map<unknown, V>();
    tables.push(t);
    return t;
  }
  /** Counts an entry about to be stored, starting afresh past the limit. */
  function grow(): void {
    if (++size > MEMO_LIMIT) {
      for (const t of tables) t.clear();
      size = 1;
    }
  }
  /** The answer for (date, n), from a list per date (n a small whole number) or computed (and then kept). */
  function byCount<V>(t: Map<unknown, V[]>, date: unknown, n: number, compute: (date: never, n: number) => V): V {
    const list = t.get(date);
    if (list !== undefined) {
      const hit = list[n];
      if (hit !== undefined) return hit;
    }
    const value = compute(date as never, n); // throws for bad input before anything is stored
    if (Number.isInteger(n) && n >= 0 && n < 512) {
      grow();
      if (list !== undefined && t.size > 0) list[n] = value;
      else {
        const fresh: V[] = [];
        fresh[n] = value;
        t.set(date, fresh);
      }
    }
    return value;
  }
  function byDate<V>(t: Map<unknown, V>, date: unknown, compute: (date: never) => V): V {
    const hit = t.get(date);
    if (hit !== undefined) return hit;
    const value = compute(date as never);
    grow();
    t.set(date, value);
    return value;
  }
  const working = table<boolean>();
  const why = table<NonWorkingDay | null>();
  const next = table<CalendarDate>();
  const add = table<CalendarDate[]>();
  const sub = table<CalendarDate[]>();
  const explain = table<Explanation[]>();
  const months = table<CalendarDate[]>();
  const count = table<Map<unknown, number>>();
  const isWorkingDay = (d: never) => calendar.isWorkingDay(d);
  const whyNotWorking = (d: never) => calendar.whyNotWorking(d) ?? null;
  const nextWorkingDay = (d: never) => calendar.nextWorkingDay(d);
  const addWorkingDays = (d: never, n: number) => calendar.addWorkingDays(d, n);
  const subtractWorkingDays = (d: never, n: number) => calendar.subtractWorkingDays(d, n);
  const explainDays = (d: never, n: number) => calendar.explain(d, n);
  const addCalendarMonths = (d: never, m: number) => calendar.addCalendarMonths(d, m);
  return Object.freeze({
    holidays: calendar.holidays,
    isWorkingDay: (date) => byDate(working, date, isWorkingDay),
    whyNotWorking: (date) => byDate(why, date, whyNotWorking) ?? undefined,
    addWorkingDays: (date, n) => byCount(add, date, n, addWorkingDays),
    subtractWorkingDays: (date, n) => byCount(sub, date, n, subtractWorkingDays),
    countWorkingDays: (from, to) => {
      let inner = count.get(from);
      const hit = inner?.get(to);
      if (hit !== undefined) return hit;
      const value = calendar.countWorkingDays(from, to);
      grow();
      if (inner === undefined || count.size === 0) {
        inner = new Map();
        count.set(from, inner);
      }
      inner.set(to, value);
      return value;
    },
    nextWorkingDay: (date) => byDate(next, date, nextWorkingDay),
    explain: (date, n) => byCount(explain, date, n, explainDays),
    addCalendarMonths: (date, m) => byCount(months, date, m, addCalendarMonths),
  } satisfies Calendar);
}

/**
 * The working-day calendar of a policy's case type (its `calendar` over the policy's, see `caseTypeCalendar`), or
 * of the policy itself when no case type is given, using `feed` (a GOV.UK feed from `parseGovUkBankHolidays`) for
 * the years it covers. One memoised calendar per (feed object, policy object, distinct holidays and closures): case
 * types that count alike share it, and its remembered answers.
 */
export function calendarOf(policy: Policy, caseTypeId?: string, feed?: BankHolidayFeed): Calendar {
  return calendarFor(policy, caseTypeId === undefined ? policy.calendar : caseTypeCalendar(policy, caseTypeId), checkFeed(feed));
}

function calendarFor(policy: Policy, settings: PolicyCalendar, feed: BankHolidayFeed | undefined): Calendar {
  const byKey = tableOf(calendars, feed, policy);
  const { holidays, closures } = settings;
  const key = closures.length === 0 ? holidays : `${holidays} ${JSON.stringify(closures)}`;
  let calendar = byKey.get(key);
  if (!calendar) {
    calendar = memoised(
      createCalendar({ holidays, ...(closures.length > 0 ? { closures } : {}), ...(feed === undefined ? {} : { feed }) }),
    );
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

/**
 * The context of one case type of a policy, its calendar using `feed` for the years the feed covers. `path` names
 * the case type in errors.
 */
export function contextOf(policy: Policy, caseTypeId: string, path = 'caseType', feed?: BankHolidayFeed): Context {
  // Callers ask about many cases of one policy and case type in a row: the last answer first.
  if (policy === lastPolicy && caseTypeId === lastCaseType && feed === lastFeed && lastContext !== undefined) return lastContext;
  checkPolicy(policy);
  const byType = tableOf(contexts, checkFeed(feed), policy);
  let ctx = byType.get(caseTypeId);
  if (ctx) return remember(policy, caseTypeId, feed, ctx);
  if (typeof caseTypeId !== 'string' || !Object.prototype.hasOwnProperty.call(policy.caseTypes, caseTypeId)) {
    throw new InvalidArgumentError(path, `must be one of the policy's case types: ${Object.keys(policy.caseTypes).join(', ')}`);
  }
  const caseType = policy.caseTypes[caseTypeId]!;
  const stageIds = Object.keys(caseType.stages);
  if (stageIds.length === 0) throw new InvalidArgumentError(path, 'the case type has no stages');
  const calendarSettings = caseTypeCalendar(policy, caseTypeId);
  ctx = Object.freeze({
    policy,
    calendar: calendarFor(policy, calendarSettings, feed),
    calendarSettings,
    caseTypeId,
    caseType,
    stageIds: Object.freeze(stageIds),
    stages: Object.freeze(stageIds.map((id) => caseType.stages[id]!)),
    complaint: caseType.kind === 'statutory-complaint' || caseType.kind === 'corporate-complaint',
    ...(feed === undefined ? {} : { feed }),
  });
  byType.set(caseTypeId, ctx);
  return remember(policy, caseTypeId, feed, ctx);
}

// The last context returned by contextOf, and what it was for.
let lastPolicy: object | undefined;
let lastCaseType: string | undefined;
let lastFeed: object | undefined;
let lastContext: Context | undefined;

function remember(policy: Policy, caseTypeId: string, feed: BankHolidayFeed | undefined, ctx: Context): Context {
  lastPolicy = policy;
  lastCaseType = caseTypeId;
  lastFeed = feed;
  lastContext = ctx;
  return ctx;
}

/**
 * The context of a case, checking that the case belongs to the policy; its calendar uses `feed` for the years the
 * feed covers. `path` names the case in errors.
 */
export function contextOfCase(policy: Policy, kase: Case, path = 'case', feed?: BankHolidayFeed): Context {
  checkPolicy(policy);
  if (typeof kase !== 'object' || kase === null || !Array.isArray(kase.events)) {
    throw new InvalidArgumentError(path, 'must be a case returned by openCase or applyEvent');
  }
  if (kase.policyId !== policy.id) {
    throw new InvalidArgumentError(`${path}.policyId`, "must be the id of the policy passed with it (a case runs under the policy it was opened with)");
  }
  return contextOf(policy, kase.caseType, `${path}.caseType`, feed);
}

/**
 * A deeply frozen version of a plain value (objects and arrays): the value itself when it is already deeply frozen,
 * else a frozen copy of what is not (the caller's objects are never frozen in place).
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const source = value as unknown as Record<string, unknown>;
  const keys = Object.keys(source);
  let copy: Record<string, unknown> | unknown[] | undefined = Object.isFrozen(value) ? undefined : Array.isArray(value) ? [] : {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const child = source[key];
    const frozen = frozenCopy(child);
    if (copy === undefined && frozen !== child) {
      // A frozen container holding something unfrozen: copy it after all, with the children seen so far.
      copy = Array.isArray(value) ? [] : {};
      for (let j = 0; j < i; j++) (copy as Record<string, unknown>)[keys[j]!] = source[keys[j]!];
    }
    if (copy !== undefined) (copy as Record<string, unknown>)[key] = frozen;
  }
  return copy === undefined ? value : (Object.freeze(copy) as T);
}

/** Deep-freezes a plain value (objects and arrays) and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
