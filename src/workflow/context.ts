/**
 * Internal: what every workflow operation needs about a policy's case type (its calendar, its stages), worked out
 * once by the engine that owns it (see `engine.ts`). Nothing here is kept at module level: every table lives in an
 * engine, and goes when the engine goes.
 *
 * @module
 */
import { createCalendar, type BankHolidayFeed, type Calendar, type CalendarDate, type Explanation, type NonWorkingDay } from '../calendar/index.js';
import { InvalidArgumentError, isEchoableKey, keyForMessage } from '../errors.js';
import { caseTypeCalendar, type CaseType, type Policy, type PolicyCalendar, type Stage } from '../policies/index.js';
import { closest } from '../suggest.js';
import type { Intern } from './events.js';
import type { LadderMemo } from './rules/reminder-ladder.js';

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
  /** The engine's date interner (one string per date for the cases it makes). */
  readonly intern: Intern;
  /** The reminder ladder's plans and recipients for this case type, filled as cases are asked about. */
  readonly ladder: LadderMemo;
}

const FEED_RULE = 'must come from parseGovUkBankHolidays(json), not be the raw GOV.UK document';

/** Checks a feed option: `undefined`, or an object the calendar then checks in full. */
export function checkFeed(feed: unknown): BankHolidayFeed | undefined {
  if (feed === undefined) return undefined;
  if (typeof feed !== 'object' || feed === null) throw new InvalidArgumentError('feed', FEED_RULE);
  return feed as BankHolidayFeed;
}

/**
 * Checks the keys of an options object: each must be one of `known`. An unknown key is named as unknown (when it
 * looks like a field name, see `keyForMessage`), with a did-you-mean when it is a near miss of a known one.
 * `path` names the options object in errors; `of` names the function.
 */
export function checkOptionKeys(options: object, known: readonly string[], path: string, of: string): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const near = closest(key, known);
    const list = known.length === 1 ? `the only option is ${known[0]}` : `the options are ${known.slice(0, -1).join(', ')} and ${known[known.length - 1]}`;
    throw new InvalidArgumentError(
      isEchoableKey(key) ? `${path}.${key}` : path,
      `${keyForMessage(key)} is not an option of ${of}${near !== undefined ? `: did you mean \`${near}\`?` : ''} (${list})`,
    );
  }
}

/**
 * The `feed` of a trailing `{ feed }` options argument (`undefined` when the argument is absent), checked: the
 * options must be an object with no other field.
 */
export function feedOption(options: unknown, of: string): BankHolidayFeed | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('options', 'must be an object such as { feed } (feed from parseGovUkBankHolidays)');
  }
  checkOptionKeys(options, ['feed'], 'options', of);
  return checkFeed((options as { feed?: unknown }).feed);
}

/** Entries kept by a memoised calendar before it starts again (bounds memory in a long-running process). */
const MEMO_LIMIT = 200_000;

/**
 * A calendar that remembers its answers. Cases share receipt and due dates heavily (a council's cases arrive on a
 * few hundred distinct days a year), so a dashboard or a daily job over many cases asks the same questions again and
 * again. Answers are pure functions of the arguments; errors are not remembered (they are thrown again).
 */
export function memoised(calendar: Calendar): Calendar {
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
 * The calendar settings of a policy's case type and a key naming what makes two of them count alike (holidays and
 * closures: the cut-off and the non-working-day rule only change the date of receipt).
 */
export function calendarKey(settings: PolicyCalendar): string {
  const { holidays, closures } = settings;
  return closures.length === 0 ? holidays : `${holidays} ${JSON.stringify(closures)}`;
}

/** A memoised calendar for calendar settings, counting with `feed` for the years it covers. */
export function newCalendar(settings: PolicyCalendar, feed: BankHolidayFeed | undefined): Calendar {
  const { holidays, closures } = settings;
  return memoised(createCalendar({ holidays, ...(closures.length > 0 ? { closures } : {}), ...(feed === undefined ? {} : { feed }) }));
}

/** What an engine gives a context it builds. */
export interface ContextParts {
  readonly policy: Policy;
  readonly feed: BankHolidayFeed | undefined;
  readonly intern: Intern;
  /** The engine's calendar for these settings (one per distinct holidays and closures). */
  calendarFor(settings: PolicyCalendar): Calendar;
}

/** The context of one case type of a policy; `path` names the case type in errors. */
export function buildContext(parts: ContextParts, caseTypeId: string, path: string): Context {
  const { policy } = parts;
  if (typeof caseTypeId !== 'string' || !Object.prototype.hasOwnProperty.call(policy.caseTypes, caseTypeId)) {
    throw new InvalidArgumentError(path, `must be one of the policy's case types: ${Object.keys(policy.caseTypes).join(', ')}`);
  }
  const caseType = policy.caseTypes[caseTypeId]!;
  const stageIds = Object.keys(caseType.stages);
  if (stageIds.length === 0) throw new InvalidArgumentError(path, 'the case type has no stages');
  const calendarSettings = caseTypeCalendar(policy, caseTypeId);
  return Object.freeze({
    policy,
    calendar: parts.calendarFor(calendarSettings),
    calendarSettings,
    caseTypeId,
    caseType,
    stageIds: Object.freeze(stageIds),
    stages: Object.freeze(stageIds.map((id) => caseType.stages[id]!)),
    complaint: caseType.kind === 'statutory-complaint' || caseType.kind === 'corporate-complaint' || caseType.kind === 'data-protection-complaint',
    intern: parts.intern,
    ladder: { plans: [], recipients: new Map() },
  });
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
