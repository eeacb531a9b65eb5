import { type DateInput, civilFromDays, checkDay, dayNumberOf, dateOfDay, isoWeekday } from './date.js';
import type { BankHolidayFeed, Calendar, CalendarOptions, Division, HolidaySet, NonWorkingDay } from './types.js';
import { CoverageError, InvalidArgumentError } from '../errors.js';
import { CONFIRMED_THROUGH_YEAR, feedEvents } from './holidays/year.js';
import { generateHolidays } from './holidays/rules.js';
import { DIVISIONS, HOLIDAY_SET_LIST, isHolidaySet } from './holidays/divisions.js';
import { dayOfWeekdayIndex, lowerBound, slotsBefore, weekdayIndex } from './weekdays.js';
import { checkCount, correspondingDay } from './months.js';

/*
 * Numbers are written where they are used, with a comment, rather than as named constants (a bundle then declares
 * nothing for them, issue 17): the largest working-day count, 100000; the index's years, 1900 to 2199; the margin of
 * 4 years the index is widened by beyond the years asked about.
 */

const DIVISION_NAMES: Readonly<Record<Division, string>> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};
const OPTION_KEYS = ['holidays', 'closures', 'feed', 'strict'];

/** Why a weekday (or a holiday that happens to fall at a weekend) is not a working day. */
interface DayInfo {
  readonly kind: 'holiday' | 'closure';
  readonly reason: string;
  readonly provisional: boolean;
}

function yearOf(day: number): number {
  return civilFromDays(day).year;
}

function isFeed(value: unknown): value is BankHolidayFeed {
  // Object() lets null and primitives be read safely; divisions that are not an object have no arrays to find.
  // (coverage === Object(coverage): coverage is an object, not null or a primitive.)
  const { divisions, coverage } = Object(value) as { divisions?: Record<string, unknown> | null; coverage?: unknown };
  return coverage === Object(coverage) && DIVISIONS.every((d) => Array.isArray(divisions?.[d]));
}

/**
 * Creates an immutable working-day calendar: Saturdays, Sundays, the bank holidays of one GOV.UK division (or of
 * all three, `united-kingdom`, the FOIA s.10(6) "any part of the United Kingdom" rule) and any closures you add are
 * non-working days; every other day is a working day.
 *
 * - `addWorkingDays(date, n)` is the n-th working day strictly after `date` (the date itself is day 0, as in the
 *   Ombudsman's Cornwall 25 005 179 decision and the ICO's FOI guidance); n = 0 returns `date`.
 * - `subtractWorkingDays(date, n)` is the n-th working day strictly before `date`.
 * - `countWorkingDays(from, to)` counts the working days in (from, to]; it is negative when `to` is before `from`.
 * - `explain(date, n)` also lists every non-working day skipped, with its reason, and says whether the answer rests
 *   on a year no published data confirms (GOV.UK has published through 2028; earlier than 1978 is not modelled
 *   from published data either). With `strict: true` such calls throw a {@link CoverageError} instead.
 * - `addCalendarMonths(date, months)` applies the ICO's month rule (same day number, else the month's last day,
 *   rolled forward to a working day).
 *
 * A holiday that falls on a weekend date in the data is reported as the holiday; a closure on a weekend is reported
 * as the weekend. In the `united-kingdom` set a day that is a holiday in only some divisions is explained with
 * their names, e.g. `St Andrew’s Day (Scotland)`.
 *
 * Each call costs the same whatever `n` or the span of years (except `explain`, which lists what it skips): weekdays
 * are counted in closed form and holidays are found by binary search in an index each calendar builds lazily, from
 * 1900 up to a few years beyond the latest date it has been asked about, reading day numbers straight from the
 * holiday rules (or the feed).
 * `n` must be a whole number from 0 to 100000; dates are strict `YYYY-MM-DD` strings from 1900-01-01 to 2199-12-31.
 *
 * @param options - `holidays` (a division id or `united-kingdom`), optional `closures` (each `{ date, reason }`),
 *   optional `feed` (from `parseGovUkBankHolidays`, replacing the bundled dates for the years it covers) and
 *   optional `strict`.
 * @throws {@link InvalidArgumentError} when an option is missing, unknown or malformed.
 * @throws {@link InvalidDateError} when a closure date is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * import { createCalendar } from 'statutory-complaints/calendar';
 * const ew = createCalendar({ holidays: 'england-and-wales' });
 * // Stage 1 complaint received Friday 19 December 2025: 10 working days later.
 * ew.addWorkingDays('2025-12-19', 10) //=> '2026-01-07'
 * // 2 January 2026 is a bank holiday in Scotland, so the all-UK calendar gives one day more.
 * createCalendar({ holidays: 'united-kingdom' }).addWorkingDays('2025-12-19', 10) //=> '2026-01-08'
 * ew.isWorkingDay('2026-12-28') //=> false
 * ew.whyNotWorking('2026-12-28') //=> { date: '2026-12-28', kind: 'holiday', reason: 'Boxing Day', provisional: false }
 * ew.countWorkingDays('2025-12-19', '2026-01-07') //=> 10
 * ew.subtractWorkingDays('2026-01-07', 10) //=> '2025-12-19'
 * ew.nextWorkingDay('2026-04-02') //=> '2026-04-07'
 * ew.addCalendarMonths('2026-01-31', 1) //=> '2026-03-02'
 * const council = createCalendar({ holidays: 'england-and-wales', closures: [{ date: '2026-12-29', reason: 'Council closure' }] });
 * council.explain('2026-12-23', 2).date //=> '2026-12-30'
 * council.explain('2026-12-23', 2).skipped.map((d) => d.reason) //=> ['Christmas Day', 'Saturday', 'Sunday', 'Boxing Day', 'Council closure']
 * ew.addWorkingDays('2026-01-05', -1) //=> throws InvalidArgumentError
 */
export function createCalendar(options: CalendarOptions): Calendar {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('options', "must be an object such as { holidays: 'england-and-wales' }");
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      throw new InvalidArgumentError(key, `is not a calendar option; the options are ${OPTION_KEYS.join(', ')}`);
    }
  }
  const set: HolidaySet = options.holidays;
  if (!isHolidaySet(set)) throw new InvalidArgumentError('holidays', `must be ${HOLIDAY_SET_LIST}`);
  const strict = options.strict ?? false;
  if (typeof strict !== 'boolean') throw new InvalidArgumentError('strict', 'must be true or false');
  const feed = options.feed;
  if (feed !== undefined && !isFeed(feed)) {
    throw new InvalidArgumentError('feed', 'must come from parseGovUkBankHolidays(json), not be the raw GOV.UK document');
  }
  const closureList = options.closures ?? [];
  if (!Array.isArray(closureList)) throw new InvalidArgumentError('closures', 'must be an array of { date, reason }');
  /**
   * Why each holiday or closure is not a working day, by day number. Closures go in first, for every year; a
   * holiday on the same day replaces its closure when its year is indexed (a holiday is reported before a closure).
   */
  const infos = new Map<number, DayInfo>();
  closureList.forEach((c: unknown, i) => {
    if (typeof c !== 'object' || c === null) {
      throw new InvalidArgumentError(`closures[${i}]`, 'must be an object { date, reason }');
    }
    const { date, reason } = c as { date?: unknown; reason?: unknown };
    const day = dayNumberOf(date, `closures[${i}].date`);
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new InvalidArgumentError(`closures[${i}].reason`, 'must be a non-empty string saying why the office is closed');
    }
    const before = infos.get(day)?.reason;
    infos.set(day, { kind: 'closure', reason: before === undefined || before === reason ? reason : `${before}; ${reason}`, provisional: false });
  });

  const divisions: readonly Division[] = set === 'united-kingdom' ? DIVISIONS : [set];

  // ---- The holiday index, built lazily: one contiguous span of years [firstYear, lastYear], widened a few years at
  // a time (only the new years are read from the holiday generator). It lives in this closure: the calendar object
  // itself is frozen and its answers never change.
  let lastYear = 1899; // the index starts at 1900
  /** Weekday indexes of the non-working weekdays (holidays and closures), sorted and distinct. */
  let excluded = new Int32Array(0);
  /** The years in the span whose holidays published data does not confirm. */
  const unconfirmed = new Set<number>();

  /** Adds one year's holidays to the index, reading day numbers straight from the feed or the generator. */
  function addYear(year: number): void {
    /** For each holiday day: the divisions keeping each title that day (in DIVISIONS order), and whether provisional. */
    const found = new Map<number, [titles: Map<string, string[]>, provisional: boolean]>();
    for (const division of divisions) {
      const events = feed && feedEvents(feed, division, year);
      const provisional = !events && year > CONFIRMED_THROUGH_YEAR;
      const list = events ? events.map((e) => ({ day: dayNumberOf(e.date, 'feed'), title: e.title })) : generateHolidays(division, year);
      // No data (before 1978, without a feed) or rules-only data (after 2028) is not confirmed.
      if (list.length === 0 || provisional) unconfirmed.add(year);
      for (const { day, title } of list) {
        const at = found.get(day) ?? [new Map<string, string[]>(), false];
        at[0].set(title, [...(at[0].get(title) ?? []), DIVISION_NAMES[division]]);
        at[1] ||= provisional;
        found.set(day, at);
      }
    }
    for (const [day, [titles, provisional]] of found) {
      // One reason per day; in the union, a holiday not kept in all three divisions names those that keep it.
      const reason = [...titles].map(([title, where]) => (divisions.length === 1 || where.length === 3 ? title : `${title} (${where.join(', ')})`)).join('; ');
      infos.set(day, { kind: 'holiday', reason, provisional });
    }
  }

  /**
   * Widens the index to 4 years beyond the year of day `b` (up to the last supported year); true when it grew.
   */
  function cover(b: number): boolean {
    // Stryker disable next-line MethodExpression: Math.max would index every year to 2199 (and a few beyond) at once: slower, same answers
    const y2 = Math.min(2199, yearOf(b) + 4); // 4 years beyond, up to the last supported year
    if (y2 <= lastYear) return false;
    // Stryker disable next-line EqualityOperator: lastYear <= y2 indexes one year more (y2 + 1) than any answer reads
    while (lastYear < y2) addYear(++lastYear);
    excluded = Int32Array.from(
      [...infos.keys()].filter((day) => isoWeekday(day) <= 5).sort((x, y) => x - y),
      weekdayIndex,
    );
    return true;
  }

  /** Working days before weekday index k (counted from 1970; only differences matter). */
  function workingBefore(k: number): number {
    return k - lowerBound(excluded, k);
  }

  /**
   * The n-th working day strictly after (`forward`) or before the day `start`: closed-form weekday arithmetic and
   * two binary searches. If the answer lands near or beyond the end of the indexed span, the span is widened and the
   * answer recomputed (holidays beyond the span can only push it further); when the span cannot grow any more, the
   * answer is outside the supported range.
   */
  function step(start: number, n: number, forward: boolean): number {
    for (;;) {
      const j = forward ? workingBefore(weekdayIndex(start + 1)) + n - 1 : workingBefore(weekdayIndex(start)) - n;
      const day = dayOfWeekdayIndex(j + slotsBefore(excluded, j));
      if (cover(day)) continue;
      return checkDay(day);
    }
  }

  /** Whether any year from that of day `a` to that of day `b` is unconfirmed (both days must be covered). */
  function provisional(a: number, b: number): boolean {
    for (let y = yearOf(a), last = yearOf(b); y <= last; y++) if (unconfirmed.has(y)) return true;
    return false;
  }

  /**
   * In a strict calendar, throws when the answer depends on an unconfirmed year between days `a` and `b`, naming
   * `argument` when the year of `a` is unconfirmed, else `other`.
   */
  function guard(a: number, b: number, argument: string, other = argument): void {
    if (strict && provisional(a, b)) {
      throw new CoverageError(
        provisional(a, a) ? argument : other,
        `the answer depends on bank holidays from ${yearOf(a)} to ${yearOf(b)}, which published data does not confirm`,
      );
    }
  }

  /**
   * The day numbers of `date` and of the n-th working day after it (`forward`) or before it. The year of `date` is
   * always indexed, so that n = 0 (the answer is `date` itself) is provisional exactly when that year is.
   */
  function move(date: DateInput, n: number, forward: boolean): [number, number] {
    const start = dayNumberOf(date, 'date');
    checkCount(n, 0, 100_000, 'n', 'working days');
    cover(start);
    const end = n === 0 ? start : step(start, n, forward);
    if (forward) guard(start, end, 'date', 'result');
    else guard(end, start, 'date');
    return [start, end];
  }

  function why(day: number): NonWorkingDay | undefined {
    const info = infos.get(day);
    const weekday = isoWeekday(day);
    // A holiday is named even at a weekend; a closure at a weekend is reported as the weekend.
    const found =
      info && (info.kind === 'holiday' || weekday <= 5)
        ? info
        : weekday > 5
          ? { kind: 'weekend' as const, reason: weekday > 6 ? 'Sunday' : 'Saturday', provisional: false }
          : undefined;
    return found && Object.freeze({ date: dateOfDay(day), ...found });
  }

  function oneDay(date: DateInput): number {
    const day = dayNumberOf(date, 'date');
    cover(day);
    guard(day, day, 'date');
    return day;
  }

  const isWorking = (day: number) => isoWeekday(day) <= 5 && !infos.has(day);

  return Object.freeze({
    holidays: set,
    isWorkingDay: (date) => isWorking(oneDay(date)),
    whyNotWorking: (date) => why(oneDay(date)),
    addWorkingDays: (date, n) => dateOfDay(move(date, n, true)[1]),
    nextWorkingDay: (date) => dateOfDay(move(date, 1, true)[1]),
    subtractWorkingDays: (date, n) => dateOfDay(move(date, n, false)[1]),
    countWorkingDays(from, to) {
      const a = dayNumberOf(from, 'from');
      const b = dayNumberOf(to, 'to');
      // A CoverageError names the earlier day when its year is unconfirmed (`from` when both are the same day), else
      // the later one.
      const [lo, hi, first, second] = a <= b ? [a, b, 'from', 'to'] : [b, a, 'to', 'from'];
      cover(hi);
      guard(lo, hi, first, second);
      // The working days in (a, b]; when b is before a, minus those in (b, a]. (A count of none is 0, never -0.)
      return workingBefore(weekdayIndex(b + 1)) - workingBefore(weekdayIndex(a + 1));
    },
    explain(date, n) {
      const [start, end] = move(date, n, true);
      const skipped: NonWorkingDay[] = [];
      // Every day between: at most 7/5 of n days plus the holidays, so about as many as the answer lists.
      // Stryker disable next-line EqualityOperator: day <= end also visits end, which is a working day when n > 0 (and is not reached when n = 0), so why(end) adds nothing
      for (let day = start + 1; day < end; day++) {
        const reason = why(day);
        if (reason) skipped.push(reason);
      }
      return Object.freeze({
        start: dateOfDay(start),
        workingDays: n,
        date: dateOfDay(end),
        skipped: Object.freeze(skipped),
        provisional: provisional(start, end),
      });
    },
    addCalendarMonths(date, months) {
      const target = correspondingDay(dayNumberOf(date, 'date'), months);
      cover(checkDay(target));
      const end = isWorking(target) ? target : step(target, 1, true);
      guard(target, end, 'result');
      return dateOfDay(end);
    },
  } satisfies Calendar);
}
