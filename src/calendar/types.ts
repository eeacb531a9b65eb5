import type { CalendarDate, DateInput } from './date.js';

/** The three GOV.UK bank-holiday divisions. */
export type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Which bank holidays a calendar counts: one GOV.UK division, or `united-kingdom`, the union of all three
 * (a bank holiday "in any part of the United Kingdom", FOIA 2000 s.10(6)).
 */
export type HolidaySet = Division | 'united-kingdom';

/**
 * How a holiday came to be on its date:
 * - `standard`: the day itself under the statutory rules or the usual annual proclamation;
 * - `substitute`: a weekday standing in for a holiday that fell at a weekend (GOV.UK note "Substitute day");
 * - `moved`: a regular holiday moved by proclamation to another date (e.g. the 2022 spring holiday to 2 June);
 * - `one-off`: an extra holiday proclaimed for one year (e.g. the 2023 Coronation).
 */
export type HolidayKind = 'standard' | 'substitute' | 'moved' | 'one-off';

/** One bank holiday in one division. */
export interface Holiday {
  readonly date: CalendarDate;
  /** English title as GOV.UK writes it, with a typographic apostrophe (e.g. `New Year’s Day`). */
  readonly title: string;
  readonly division: Division;
  readonly kind: HolidayKind;
  /** True when the date comes from rules applied to a year GOV.UK has not yet published (after 2028). */
  readonly provisional: boolean;
}

/** A day the organisation is closed beyond weekends and bank holidays, e.g. a council's 29–31 December closure. */
export interface Closure {
  readonly date: DateInput;
  /** Why the office is closed; shown when the day is skipped. */
  readonly reason: string;
}

/** Options for {@link createCalendar}. */
export interface CalendarOptions {
  /** Which bank holidays count (default none is not allowed: name the division or `united-kingdom`). */
  readonly holidays: HolidaySet;
  /** Extra non-working days, each with a reason. */
  readonly closures?: readonly Closure[];
  /** Events from a GOV.UK bank-holidays feed (see `parseGovUkBankHolidays`); they replace the bundled data for the years they cover. */
  readonly feed?: BankHolidayFeed;
  /** Throw a `CoverageError` instead of giving a provisional answer for years no published data confirms. */
  readonly strict?: boolean;
}

/** Why a day is not a working day. */
export interface NonWorkingDay {
  readonly date: CalendarDate;
  /** `weekend`, `holiday` or `closure`. */
  readonly kind: 'weekend' | 'holiday' | 'closure';
  /** `Saturday`/`Sunday`, the holiday's title, or the closure's reason. */
  readonly reason: string;
  /** True for a holiday taken from rules for a year no published data confirms. */
  readonly provisional: boolean;
}

/** The result of {@link Calendar.explain}: the date reached and every non-working day skipped on the way. */
export interface Explanation {
  readonly start: CalendarDate;
  readonly workingDays: number;
  readonly date: CalendarDate;
  readonly skipped: readonly NonWorkingDay[];
  /** True when any year the answer depends on is not confirmed by published data. */
  readonly provisional: boolean;
}

/** An immutable working-day calendar. Weekend is Saturday and Sunday. */
export interface Calendar {
  readonly holidays: HolidaySet;
  /** True when the date is not a weekend day, a bank holiday of the calendar's set, or a closure. */
  isWorkingDay(date: DateInput): boolean;
  /** The n-th working day strictly after `date` (n = 0 returns `date` itself). */
  addWorkingDays(date: DateInput, n: number): CalendarDate;
  /** The n-th working day strictly before `date` (n = 0 returns `date` itself). */
  subtractWorkingDays(date: DateInput, n: number): CalendarDate;
  /** Working days in (from, to]; negative when `to` is before `from`. */
  countWorkingDays(from: DateInput, to: DateInput): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: DateInput): CalendarDate;
  /** The result of adding n working days, with every non-working day skipped on the way and its reason. */
  explain(date: DateInput, n: number): Explanation;
  /** Why a date is not a working day, or `undefined` when it is one. */
  whyNotWorking(date: DateInput): NonWorkingDay | undefined;
  /**
   * One calendar month (or `months` months) after `date` by the ICO rule: the corresponding date, else the last day
   * of that month, then rolled forward to the next working day if it is not one.
   */
  addCalendarMonths(date: DateInput, months: number): CalendarDate;
}

/** A validated GOV.UK bank-holidays feed. */
export interface BankHolidayFeed {
  /** Events per division, sorted by date. */
  readonly divisions: Readonly<Record<Division, readonly FeedEvent[]>>;
  /** The years the feed covers per division (first and last year that have at least one event). */
  readonly coverage: Readonly<Record<Division, { readonly from: number; readonly to: number } | undefined>>;
}

/** One event from a GOV.UK feed. */
export interface FeedEvent {
  readonly date: CalendarDate;
  readonly title: string;
  readonly notes: string;
  readonly bunting: boolean;
}
